# W0815: an actual far above a ≥ target (the target was set too low): flagged, not rewarded.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 250人次
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
bad.jx:5:18: warning[W0815]: the actual 250人次 of '培训人次' is 250% of its target ≥100人次: was the target set too low?
  |
5 |             培训人次 250人次
  |                      ^^^^^^^
1 warning
=== run
jxc check --lang=en targets.jx good.jx
