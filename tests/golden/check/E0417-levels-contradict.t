# E0417: Two level scales that order the same words the opposite way (jxc diff would class one change
# both 收紧 and 放宽). Scales that share words in the same order are fine.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx
等级 甲 > 乙 > 丙
等级 丁 > 丙 > 甲
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
等级 甲 > 乙 > 丙
等级 甲 > 丙 > 丁
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
bad.jx:2:4: error[E0417]: this scale contradicts another: here '丙' is better than '甲'
  |
2 | 等级 丁 > 丙 > 甲
  |      ^^^^^^^^^^^^
bad.jx:1:1: note: the other scale is here
  |
1 | 等级 甲 > 乙 > 丙
  | -----------------
1 error
--- the correct twin:
