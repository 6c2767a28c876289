# XLSX amounts are number cells in the table's money unit, with a format showing the places
# as written; an amount a double cannot hold exactly (more than 15 significant digits) is
# written as text, with a comment saying why, never rounded silently. Every other value is a
# text cell, so =100% is not a formula. An input with errors writes no workbook (exit 1).
# The funds label names the table's money unit (项目资金（元）), not the form's 万元: the
# workbook and the HTML both (a bug once: the form's label was printed over 元 amounts); and
# jxc import reads the unit back from that label (a bug once: 元 amounts imported as 万元).
=== file: t.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 "某局"
    实施单位 "某中心"
    年度目标 "完成"
    金额单位 元
}
项目 甲 {
    资金 {
        财政拨款 1,234.50
        其他资金 1234567890123456.78
    }
    指标 {
        产出指标 {
            数量指标 { 覆盖率 =100% }
            质量指标 { 合格率 ≥95% }
            时效指标 { 完成时间 按时完成 }
        }
        效益指标 { 社会效益指标 { 知晓率 ≥90% } }
        满意度指标 { 服务对象满意度指标 { 群众满意率 ≥90% } }
        成本指标 { 经济成本指标 { 总成本 ≤2万元 } }
    }
}
=== file: cells.py
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
strings = [re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<si>(.*?)</si>", z.read("xl/sharedStrings.xml").decode(), re.S)]
sheet = z.read("xl/worksheets/sheet2.xml").decode()
for ref, attrs, body in re.findall(r'<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', sheet, re.S):
    v = re.search(r"<v>(.*?)</v>", body or "")
    f = re.search(r"<f>", body or "")
    if 't="s"' in attrs and v:
        text = strings[int(v.group(1))]
        if any(k in text for k in ("100%", "90%", "万元", "（元）", "1234567890123456.78")):
            print(ref, "text", text)
    elif v:
        print(ref, "number", v.group(1))
    if f:
        print(ref, "FORMULA")
for name in z.namelist():
    if name.startswith("xl/comments"):
        for c in re.findall(r"<t[^>]*>(.*?)</t>", z.read(name).decode(), re.S):
            print("comment:", re.sub(r"<[^>]+>", "", c))
=== run
jxc build -f xlsx -o t.xlsx t.jx && python3 cells.py t.xlsx
=== stdout
A8 text 项目资金（元）
I10 number 1234.5
I12 text 1234567890123456.78
I17 text =100%
I20 text ≤2万元
I21 text ≥90%
I22 text ≥90%
comment: 此金额的位数超出电子表格数字的精度，按文字写出（原样保留）
comment: 此金额的位数超出电子表格数字的精度，按文字写出（原样保留）
=== run
jxc build -f html t.jx | grep -o '项目资金[^<]*'
=== stdout
项目资金（元）
=== run
sed 's/财政拨款 1,234.50/财政拨款 "一千"/' t.jx > bad.jx; jxc build -f xlsx -o bad.xlsx bad.jx 2>/dev/null; echo "exit $?"; ls bad.xlsx 2>/dev/null; echo "no workbook: $?"
=== stdout
exit 1
no workbook: 2
=== run
jxc import t.xlsx 2>/dev/null | grep -E '金额单位|财政拨款'
=== stdout
    金额单位 元
        财政拨款 1234.50
