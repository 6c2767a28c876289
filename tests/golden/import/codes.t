# The diagnostics of jxc import, each with its correct twin:
# E1001 a file that is not a workbook (not a zip; a zip without xl/workbook.xml; a workbook
#       part with a DTD, refused before any entity is declared: billion laughs);
# W1002 a cell under no label the importer knows (twin: the same CSV without that column);
# E1003 no table at all (exit 1);
# N1005 more than 50 such cells: the first 50 are listed, then their number;
# E1004 beyond a limit (a cell of more than 1 MiB).
=== file: t.jx (fixture 通用项目)
=== file: notzip.xlsx
this is not a workbook
=== file: make.py
import sys, zipfile
with zipfile.ZipFile("nowb.xlsx", "w") as z:
    z.writestr("hello.txt", "hi")
with zipfile.ZipFile("dtd.xlsx", "w") as z:
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><workbook><sheets><sheet name="&b;" r:id="rId1"/></sheets></workbook>')
with open("big.csv", "w") as f:
    f.write("年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值\n")
    f.write("2025,通用项目,某局,某中心,甲,产出指标,数量指标,人数," + "x" * (1 << 20 | 1) + ",≥1人\n")
with open("ok.csv", "w") as f:
    f.write("年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值\n")
    f.write("2025,通用项目,某局,某中心,甲,产出指标,数量指标,人数,,≥1人\n")
with open("extra.csv", "w") as f:
    f.write("年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值,备注\n")
    f.write("2025,通用项目,某局,某中心,甲,产出指标,数量指标,人数,,≥1人,已核对\n")
with open("many.csv", "w") as f:
    f.write("年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值,备注\n")
    for i in range(60):
        f.write(f"2025,通用项目,某局,某中心,甲,产出指标,数量指标,人数{i},,≥1人,已核对\n")
with open("none.csv", "w") as f:
    f.write("姓名,电话\n张三,123\n")
=== run
python3 make.py; jxc --lang=en import notzip.xlsx; echo "exit $?"; jxc --lang=en import nowb.xlsx; echo "exit $?"; jxc --lang=en import dtd.xlsx; echo "exit $?"
=== stdout
exit 1
exit 1
exit 1
=== stderr
jxc: error[E1001]: cannot import 'notzip.xlsx': not a zip archive, so not an .xlsx workbook (Not a zip archive)
1 error
jxc: error[E1001]: cannot import 'nowb.xlsx': xl/workbook.xml: missing, so not a workbook
1 error
jxc: error[E1001]: cannot import 'dtd.xlsx': xl/workbook.xml: a document type declaration (DTD), which a workbook never has: refused (entity expansion)
1 error
=== run
jxc --lang=en import extra.csv; echo "exit $?"
=== stdout
项目 甲 {
    表式 通用项目
    年度 2025
    主管部门 某局
    实施单位 某中心
    指标 {
        产出指标 {
            数量指标 {
                人数 ≥1人
            }
        }
    }
}
exit 0
=== stderr
jxc: warning[W1002]: extra.csv!K1: '备注' was not imported (it is under no label the importer knows)
  = help: correct the cell to the form's labels (jxc help 表式 NAME), or add it to the .jx after importing
jxc: warning[W1002]: extra.csv!K2: '已核对' was not imported (it is under no label the importer knows)
  = help: correct the cell to the form's labels (jxc help 表式 NAME), or add it to the .jx after importing
2 warnings
jxc: imported from 'extra.csv': 1 table(s)
=== run
jxc --lang=en import ok.csv; echo "exit $?"
=== stdout
项目 甲 {
    表式 通用项目
    年度 2025
    主管部门 某局
    实施单位 某中心
    指标 {
        产出指标 {
            数量指标 {
                人数 ≥1人
            }
        }
    }
}
exit 0
=== stderr
jxc: imported from 'ok.csv': 1 table(s)
=== run
jxc --lang=en import none.csv; echo "exit $?"
=== stdout
exit 1
=== stderr
jxc: error[E1003]: no table found in 'none.csv': the importer looks for a 项目名称 or 单位名称 label, or a heading row with 一级指标, 二级指标 and 三级指标
1 error
=== run
jxc --lang=en import big.csv; echo "exit $?"
=== stdout
exit 1
=== stderr
jxc: error[E1004]: 'big.csv' is beyond the import's limits: bytes in a cell 1048577 (at most 1048576)
1 error
=== run
jxc --lang=en import many.csv 2>&1 >/dev/null | grep -c 'warning\[W1002\]'; jxc --lang=en import many.csv 2>&1 >/dev/null | grep N1005
=== stdout
50
jxc: note[N1005]: many.csv: 11 more cells were not imported, not listed
