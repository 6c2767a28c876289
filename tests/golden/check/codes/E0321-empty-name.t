# E0321: a name written as an empty or blank string: a table, a fund or expense line, an
# indicator. Each is needed to tell the rows apart in the forms and in jxc diff.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 "" {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 90
    }
    支出 {
        "　" 全年 90
    }
    指标 {
        产出指标 {
            数量指标 {
                " " ≥100人次
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
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:8:4: error[E0321]: the name is empty
  |
8 | 项目 "" {
  |      ^^
bad.jx:15:9: error[E0321]: the name is empty
   |
15 |         "　" 全年 90
   |         ^^^^
bad.jx:20:17: error[E0321]: the name is empty
   |
20 |                 " " ≥100人次
   |                 ^^^
3 errors
=== exit
1
=== run
jxc check --lang=en good.jx
