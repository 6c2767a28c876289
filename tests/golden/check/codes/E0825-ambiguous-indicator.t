# E0825: an indicator name that several targets share, written without its category.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目, replacing)
                学员满意度 ≥90%
=== with
                学员满意度 ≥90%
                合格率 ≥90%
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 120人次
            合格率 96%
            完成及时率 100%
            项目总成本 88万元
            群众知晓率 85%
            学员满意度 95%
            满意度指标 { 合格率 92% }
        }
    }
}
=== file: good.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 120人次
            质量指标 { 合格率 96% }
            完成及时率 100%
            项目总成本 88万元
            群众知晓率 85%
            学员满意度 95%
            满意度指标 { 合格率 92% }
        }
    }
}
=== run
jxc check --lang=en -A W0711 targets.jx bad.jx
=== stderr
bad.jx:6:13: error[E0825]: '培训项目' has several indicators called '合格率': write its category
  |
6 |             合格率 96%
  |             ^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en -A W0711 targets.jx good.jx
