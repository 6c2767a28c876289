# E0804: a level actual for a measure target.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 120人次
            合格率 较好
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
bad.jx:6:17: error[E0804]: the target ≥95% of '合格率' is a measure, but its actual 较好 is a level or text
  |
6 |             合格率 较好
  |                    ^^^^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
