# The full-width pairs a Chinese input method types for >= <= != are comparators; fmt writes
# their canonical spelling, and the JSON has the same op as for ≥ ≤ ≠.
=== file: t.jx
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
                培训人次 ＞＝100人次
                投诉件数 ！＝0件
                收录 被收录数＞＝1个
            }
            质量指标 {
                差错率 ＜＝5%
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
jxc fmt t.jx | sed -n '/数量指标/,/差错率/p'
jxc build -f json t.jx 2>/dev/null | grep '"op"' | head -n 4 | tr -d '\t'
=== stdout
            数量指标 {
                培训人次 ≥100人次
                投诉件数 ≠0件
                收录     被收录数≥1个
            }
            质量指标 {
                差错率 ≤5%
"op":">=",
"op":"!=",
"op":">=",
"op":"<=",
