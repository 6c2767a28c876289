# E0806: the 分值 of a project not summing to the profile's total (100).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        分值 20
        指标 {
            培训人次 120人次
            合格率 96%
            完成及时率 100%
            项目总成本 88万元
            群众知晓率 85%
            学员满意度 95%
        }
    }
}
=== file: good.jx
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
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:2:8: error[E0806]: the 分值 of '培训项目' sum to 110, not 100 (预算执行率 20, 产出指标 50, 效益指标 30, 满意度指标 10)
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
