# jxc import of workbooks with the parts the HTML and the workbook print for 指标列 and for a
# mid-term set: a form's 指标列 read by their headings (right of the 三级, wherever they are) into
# each leaf's cells, and not taken for value columns; a 版式 part of the mid-term set (中央部门项目's
# 中期 funds and indicators) read into 资金 中期 { … } and 指标 中期 { … }, its 中期资金总额 the
# set's total. Both build to the same JSON as the tables they were written from.
=== file: central.jx (fixture 中央部门项目)
=== file: cols.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
=== with
                培训人次 ≥100 { 指标性质 定量; 计量单位 人次; 权重 50 }
            }
            质量指标 {
                合格率 ≥95% { 分值 40; 指标解释 "合格的占比" }
=== file: same.py
import json, sys
def strip(x):
    if isinstance(x, dict): return {k: strip(v) for k, v in x.items() if k not in ("source", "total_written")}
    if isinstance(x, list): return [strip(v) for v in x]
    return x
a, b = (strip(json.load(open(p))) for p in sys.argv[1:3])
print("same JSON" if a == b else "DIFFERENT JSON")
=== run
for t in central cols; do
    jxc build -f xlsx -o $t.xlsx $t.jx && jxc import $t.xlsx -o $t.back.jx 2>/dev/null &&
    jxc build -f json -o $t.a.json $t.jx && jxc build -f json -o $t.b.json $t.back.jx && python3 same.py $t.a.json $t.b.json
done
grep -n "中期 {\|{$" central.back.jx | head -4
sed -n '/培训人次/,/^                }/p' cols.back.jx
=== stdout
same JSON
same JSON
1:项目 业务系统运行维护 {
8:    资金 中期 {
13:    资金 {
20:    指标 中期 {
                培训人次 ≥100 {
                    指标性质 定量
                    度量单位 人次
                    分值 50
                }
