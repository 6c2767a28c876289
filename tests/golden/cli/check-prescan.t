# Before reading files one at a time, jxc check looks for declarations in their text
# (check_stream.c); a file that declares a unit, a level, a form or a group, or imports one,
# must be compiled with the others at once. Each file below uses what it declares in an
# awkward place (after ';' or '}', after a byte-order mark, indented with U+3000 or a tab,
# CRLF, a 表式 whose block opens lines later, a form named by a string, an import); each must
# give what compiling all at once gives, and none may report the declared names as unknown.
=== run
python3 - <<'PY'
base = ('默认 {\n    表式 通用项目\n    年度 2025\n    主管部门 某某局\n    年度目标 "完成"\n}\n'
        '项目 甲 {\n    资金 { 财政拨款 1 }\n    指标 {\n        产出指标 {\n            数量指标 {\n'
        '                重量 ≥5千克\n                评级 甲等\n            }\n        }\n    }\n}\n')
unit, level = '单位 千克 计数\n', '等级 甲等 > 乙等\n'
plain = base.replace('通用项目', '新表').replace('≥5千克', '≥5个').replace('甲等', '完成')  # uses only the form
variants = {
    'semicolon': base + '默认 { 年度 2025 }; ' + unit + level,
    'brace': '项目 乙 { 表式 通用项目 } ' + unit + level + base,
    'ideographic': base + '\u3000\u3000' + unit + '\u3000' + level,
    'bom': '\ufeff' + unit + level + base,
    'crlf': (base + unit + level).replace('\n', '\r\n'),
    'tab': base + '\t' + unit + '\t' + level,
    'form-next-line': plain + '表式 新表\n# 注释\n\n{\n    标题 "新表"\n}\n',
    'form-string': plain + '表式 "新表"\n{\n    标题 "新表"\n}\n',
    'import': base + '导入 "declarations.jx"\n',
}
for name, text in variants.items():
    open(name + '.jx', 'w', encoding='utf-8', newline='').write(text)
open('declarations.jx', 'w').write(unit + level)
PY
for f in semicolon brace ideographic bom crlf tab form-next-line form-string import; do
  jxc check --lang=en $f.jx > one.txt 2>&1; echo "exit $?" >> one.txt
  JX_NO_STREAM=1 jxc check --lang=en $f.jx > all.txt 2>&1; echo "exit $?" >> all.txt
  if cmp -s one.txt all.txt; then same=same; else same=DIFFERENT; fi
  if grep -q "E0307\|E0301\|W0401" one.txt; then names="a declared name unknown"; else names="declared names known"; fi
  echo "$f: $same, $names"
done
=== stdout
semicolon: same, declared names known
brace: same, declared names known
ideographic: same, declared names known
bom: same, declared names known
crlf: same, declared names known
tab: same, declared names known
form-next-line: same, declared names known
form-string: same, declared names known
import: same, declared names known
