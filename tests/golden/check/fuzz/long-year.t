# Found by libFuzzer (2026-11-23 run, after 3 min): a year field of sixteen digits. Reading it
# as a year multiplied an int past its range (UBSan: signed integer overflow) before the digit
# count was checked. Now at most five digits are read: a longer run is not a year (E0410).
=== file: long-year.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 培训项目 {
    开始时间 2222222222222025
    完成时间 2025
    资金 {
        财政拨款 90
    }
    支出 {
        业务费 全年 90
    }
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
                学员满意度 满意
            }
        }
    }
}
=== run
jxc --lang=en check long-year.jx; echo "exit $?"
=== stdout
exit 1
=== stderr
long-year.jx:9:10: error[E0410]: field '开始时间' expects 时间, found '2222222222222025'
  |
9 |     开始时间 2222222222222025
  |              ^^^^^^^^^^^^^^^^
1 error
