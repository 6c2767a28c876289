# --diagnostics=github: workflow commands, with %, CR, LF (and : , in properties) escaped as GitHub requires.
=== file: t.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 "培训:项目,100%" {
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
    }
}
=== run
jxc check --lang=en --diagnostics=github t.jx
=== stderr
::warning file=t.jx,line=10,col=10,endLine=10,endColumn=14,title=W0602::完成时间 2123 is 98 years after 开始时间 2025 (more than 10)%0Anote: 开始时间 is here
::warning file=t.jx,line=17,col=5,endLine=17,endColumn=7,title=W0701::'培训:项目,100%25' has no indicator under 满意度指标
