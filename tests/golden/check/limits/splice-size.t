# Indicator groups that reference groups multiply their rows: 16 levels of two 引用 each ask
# for 65,536 rows per 引用, and 50 of them for 3 million from a 2 KB file (2.4 s and 360 MB
# before this limit; a few more lines would exhaust memory). A table's 引用 stop at 10,000
# rows with E0906, said once, and a mistake met again through every 引用 of a group (here the
# duplicate 甲) is said once too.
=== run
python3 - <<'PY'
out = []
n = 15
for i in range(n):
    out.append('指标组 组%d {\n    引用 组%d\n    引用 组%d\n}\n' % (i, i + 1, i + 1))
out.append('指标组 组%d {\n    甲 ≥1个\n}\n' % n)
refs = ''.join('                引用 组0\n' for _ in range(50))
out.append('项目 A {\n    表式 通用项目\n    年度 2025\n    主管部门 某局\n    年度目标 "目标"\n    指标 {\n'
           '        产出指标 {\n            数量指标 {\n' + refs + '            }\n        }\n    }\n}\n')
open('groups.jx', 'w').write(''.join(out))
PY
jxc check --lang=en -A W0701 -A W0702 groups.jx
=== stderr
groups.jx:64:4: warning[W0712]: 'A' has indicators but no amount at all: no funds, total or expenses
   |
64 | 项目 A {
   |      ^
groups.jx:72:17: error[E0310]: indicator '甲' is written twice at the same place
   |
72 |                 引用 组0
   |                 ^^^^^^^^
groups.jx:72:17: note: first written here
   |
72 |                 引用 组0
   |                 --------
groups.jx:72:17: error[E0906]: the 引用 of table 'A' expand to more than 10000 indicator rows: groups that reference groups multiply them
   |
72 |                 引用 组0
   |                 ^^^^^^^^
2 errors, 1 warning
=== exit
1
