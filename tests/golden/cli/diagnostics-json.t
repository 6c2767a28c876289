# --diagnostics=json: one JSON object per diagnostic, a line each.
=== file: t.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 培训项目 {
    开始时间 2025
    完成时间 2123
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
jxc check --lang=en --diagnostics=json t.jx
=== stderr
{"severity":"warning","code":"W0602","message":"完成时间 2123 is 98 years after 开始时间 2025 (more than 10)","file":"t.jx","line":10,"column":10,"end_line":10,"end_column":14,"notes":[{"message":"开始时间 is here","file":"t.jx","line":9,"column":10,"end_line":9,"end_column":14}],"help":[]}
