# W0807: the 分值 under a 一级 differing from the profile's weight of it.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 120人次 分值 20
            合格率 96% 分值 10
            完成及时率 100% 分值 10
            项目总成本 88万元 分值 10
            群众知晓率 85% 分值 35
            学员满意度 95% 分值 5
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
bad.jx:2:8: warning[W0807]: the 分值 under 效益指标 of '培训项目' sum to 35; profile '财政部' gives it 30
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
bad.jx:2:8: warning[W0807]: the 分值 under 满意度指标 of '培训项目' sum to 5; profile '财政部' gives it 10
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
2 warnings
=== run
jxc check --lang=en targets.jx good.jx
