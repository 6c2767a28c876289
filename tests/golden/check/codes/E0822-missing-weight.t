# E0822: some indicators of a 一级 with 分值, others without.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 120人次 分值 20
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
bad.jx:6:13: error[E0822]: '合格率' has no 分值, while other indicators under 产出指标 have one
  |
6 |             合格率 96%
  |             ^^^^^^
bad.jx:7:13: error[E0822]: '完成及时率' has no 分值, while other indicators under 产出指标 have one
  |
7 |             完成及时率 100%
  |             ^^^^^^^^^^
bad.jx:8:13: error[E0822]: '项目总成本' has no 分值, while other indicators under 产出指标 have one
  |
8 |             项目总成本 88万元
  |             ^^^^^^^^^^
3 errors
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
