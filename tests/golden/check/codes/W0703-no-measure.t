# W0703: A project whose targets are all levels or text.
# The first run breaks exactly that rule; the second is the correct twin (one target a
# measure), silent.
=== file: bad.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 培训项目 {
    资金 {
        财政拨款 90
    }
    指标 {
        产出指标 {
            数量指标 { 培训开展 完成 }
            质量指标 { 培训质量 达标 }
            时效指标 { 完成及时性 及时 }
        }
        成本指标 { 经济成本指标 { 成本控制 "不超过90万元" } }
        效益指标 { 社会效益指标 { 社会影响 "逐步显现" } }
        满意度指标 { 服务对象满意度指标 { 学员满意度 满意 } }
    }
}
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:12:5: warning[W0703]: '培训项目' has only level or text targets, none a measure
   |
12 |     指标 {
   |     ^^^^
1 warning
=== run
sed 's/培训开展 完成/培训人次 ≥100人次/' bad.jx > good.jx
jxc check --lang=en good.jx
