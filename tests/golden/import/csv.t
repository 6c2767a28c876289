# jxc import of the CSV jxc build -f csv writes (the indicators table): a table per
# 年度/表式/主管部门/实施单位/项目, its indicators under their categories; the formula guard
# undone (＝100% is read as =100%, 100％ as 100%); UTF-8 with a byte order mark, without one,
# and GB18030 all give the same .jx.
=== file: t.jx (fixture 通用项目)
=== run
jxc build -f csv -o t.csv t.jx && jxc import t.csv
=== stdout
项目 培训项目 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    指标 {
        产出指标 {
            数量指标 {
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        成本指标 {
            经济成本指标 {
                项目总成本 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益指标 {
                群众知晓率 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
    }
}
=== stderr
jxc: 从 't.csv' 导入了 1 张表
=== run
jxc import t.csv 2>/dev/null > a.jx; jxc build -f csv --no-bom -o nobom.csv t.jx && jxc import nobom.csv 2>/dev/null | cmp - a.jx && jxc build -f csv --encoding gb18030 -o gb.csv t.jx && jxc import gb.csv 2>/dev/null | cmp - a.jx && echo "the same from each encoding"
=== stderr
cmp: EOF on - which is empty
=== exit
1
