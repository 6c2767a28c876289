# The blank table of every form (jxc new FORM) through its workbook and back: the subtitle
# with the year left blank (（    年度）, or 年度) reads as 年度 "", silently; 履职, a 一级 the
# form prints with no 二级, is read; a required field left blank comes back empty, so that
# the import builds. The import's only diagnostic is N1006 (the workbook's 指标 sheet), and it
# builds to the same tables in JSON (the diagnostics aside: W0324 on the blank fields), a field written empty counted as one not written (both are a blank
# cell). tests/suites/import.sh does the same for every form jxc help 表式 lists.
=== file: same.py
import json, sys
def strip(x):
    if isinstance(x, dict): return {k: strip(v) for k, v in x.items() if k not in ("source", "total_written", "group")}
    if isinstance(x, list): return [strip(v) for v in x]
    return x
a, b = ([strip(json.load(open(p))[k]) for k in ("projects", "departments")] for p in sys.argv[1:3])
for t in a[0] + a[1] + b[0] + b[1]:
    t["fields"] = {k: v for k, v in t["fields"].items() if v != ""}
print("same JSON" if a == b else "DIFFERENT JSON")
=== run
for f in 上海项目 中央部门项目 南通市本级项目 江苏省级部门整体 江苏省级项目 通用部门整体 通用项目; do jxc new $f > $f.jx && jxc build -f xlsx -o $f.xlsx $f.jx 2>/dev/null && jxc --lang=en import --diagnostics=json -o $f.x.jx $f.xlsx 2>&1 | python3 -c 'import json,sys; print(sys.argv[1], [json.loads(l)["code"] for l in sys.stdin if l.strip()])' $f && jxc build -f json -o a.json $f.jx 2>/dev/null && jxc build -f json -o b.json $f.x.jx 2>/dev/null && python3 same.py a.json b.json; done
=== stdout
上海项目 ['N1006']
same JSON
中央部门项目 ['N1006']
same JSON
南通市本级项目 ['N1006']
same JSON
江苏省级部门整体 ['N1006']
same JSON
江苏省级项目 ['N1006']
same JSON
通用部门整体 ['N1006']
same JSON
通用项目 ['N1006']
same JSON
=== run
jxc new 江苏省级部门整体 > t.jx && jxc build -f xlsx -o t.xlsx t.jx 2>/dev/null && jxc import t.xlsx 2>/dev/null | head -n 12
=== stdout
部门 新部门 {
    表式 江苏省级部门整体
    年度 ""
    主要职能 ""
    机构设置及人员配置 ""
    资金 {
        资金总额         0
        一般公共预算资金 0
        政府性基金       0
        国有资本金       0
        社保基金         0
        财政专户管理资金 0
