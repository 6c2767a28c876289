# W0809: a stated 得分 differing from the profile's score, with both figures and the formula.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 120人次
            合格率 93% 得分 12.5
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
            合格率 93% 得分 12.24
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
bad.jx:6:24: warning[W0809]: '合格率' states the score 12.5; the profile gives ≈12.24 (12.5 × 93 ÷ 95 = ≈12.24)
  |
6 |             合格率 93% 得分 12.5
  |                             ^^^^
1 warning
=== run
jxc check --lang=en targets.jx good.jx
