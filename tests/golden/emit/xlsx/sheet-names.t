# XLSX sheet names: a spreadsheet allows 31 characters and none of []:*?/\ , unique without
# regard to case; 目录 and 指标 are the workbook's own sheets. Each table's sheet is named
# after it, cut and numbered where needed, the number within the 31 characters (a bug once:
# the twelfth of a long name, '…修(12)', was 32 characters, and the workbook was not written). The workbook is read back with Python's zipfile.
=== file: names.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 "某局"
    实施单位 "某中心"
    年度目标 "完成"
}
项目 "a[b]:c*d?e/f\\g" {
    资金 { 财政拨款 10 }
}
项目 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三" {
    资金 { 财政拨款 10 }
}
项目 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四" {
    资金 { 财政拨款 10 }
}
项目 "指标" {
    资金 { 财政拨款 10 }
}
项目 "'引号'" {
    资金 { 财政拨款 10 }
}
项目 Abc {
    资金 { 财政拨款 10 }
}
项目 abc {
    资金 { 财政拨款 10 }
}
=== file: sheets.py
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for name in re.findall(r'<sheet name="([^"]*)"', z.read("xl/workbook.xml").decode()):
    print(name.replace("&apos;", "'"), len(name.replace("&apos;", "'")))
=== run
jxc build -f xlsx --allow=W0701 -o names.xlsx names.jx && python3 sheets.py names.xlsx
=== stdout
目录 2
a_b__c_d_e_f_g 14
一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一 31
一二三四五六七八九十一二三四五六七八九十一二三四五六七八(2) 31
指标(2) 5
引号 2
Abc 3
abc(2) 6
指标 2
=== run
(head -n 7 names.jx; for i in 1 2 3 4 5 6 7 8 9 10 11 12; do printf '项目 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三" {\n    实施单位 "单位%s"\n    资金 { 财政拨款 10 }\n}\n' $i; done) > many.jx && jxc build -f xlsx --allow=W0701 -o many.xlsx many.jx 2>&1 && python3 sheets.py many.xlsx | tail -n 4
=== stdout
一二三四五六七八九十一二三四五六七八九十一二三四五六七(10) 31
一二三四五六七八九十一二三四五六七八九十一二三四五六七(11) 31
一二三四五六七八九十一二三四五六七八九十一二三四五六七(12) 31
指标 2
