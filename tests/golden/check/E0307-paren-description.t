# E0307: Parentheses that hold a description are not a unit: write the value as a string.
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
        财政拨款 90
    }
    支出 {
        业务费 全年 90
    }
    指标 {
        产出指标 {
            数量指标 {
                培训人次 =1.00(1 部教材, 800 千字)
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
        财政拨款 90
    }
    支出 {
        业务费 全年 90
    }
    指标 {
        产出指标 {
            数量指标 {
                培训人次 "=1.00(1 部教材, 800 千字)"
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
bad.jx:20:28: error[E0307]: unknown unit '1 部教材, 800 千字'
   |
20 |                 培训人次 =1.00(1 部教材, 800 千字)
   |                                ^^^^^^^^^^^^^^^^^^
   = help: if the parentheses hold a description rather than a unit, write the whole value as a string: "=1.00(1 部教材, 800 千字)"
1 error
--- the correct twin:
