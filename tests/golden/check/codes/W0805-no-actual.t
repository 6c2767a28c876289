# W0805: a target with no actual in a 自评: it scores 0.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
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
targets.jx:41:17: warning[W0805]: indicator '学员满意度' has no actual: it scores 0
   |
41 |                 学员满意度 ≥90%
   |                 ^^^^^^^^^^
1 warning
=== run
jxc check --lang=en targets.jx good.jx
