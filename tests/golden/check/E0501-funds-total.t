# E0501: A written 资金总额 that is not the sum of the sources, with every figure.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 培训项目 {
    开始时间 2025
    完成时间 2025
    资金 {
        资金总额 100
        财政拨款 60
        其他资金 30.5
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
                学员满意度 ≥90%
            }
        }
    }
}
=== file: good.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 培训项目 {
    开始时间 2025
    完成时间 2025
    资金 {
        资金总额 90
        财政拨款 60
        其他资金 30
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
                学员满意度 ≥90%
            }
        }
    }
}
=== run
jxc check --lang=en bad.jx 2>&1; echo "--- the correct twin:"; jxc check --lang=en good.jx 2>&1
=== stdout
bad.jx:12:14: error[E0501]: 资金总额 is 100, but the sources add up to 90.5 (财政拨款 60 + 其他资金 30.5): a difference of 9.5
   |
12 |         资金总额 100
   |                  ^^^
bad.jx:16:5: error[E0504]: the 全年 expenses add up to 90 (业务费 90), but 资金总额 is 100: a difference of -10
   |
16 |     支出 {
   |     ^^^^
2 errors
--- the correct twin:
