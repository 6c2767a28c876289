# E0813: a published total that is not the sum of its own stated scores.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        得分 10
        总分 98
        指标 {
            培训人次 120人次 得分 12.5
            合格率 96% 得分 12.5
            完成及时率 100% 得分 12.5
            项目总成本 88万元 得分 12.5
            群众知晓率 85% 得分 30
            学员满意度 95% 得分 10
        }
    }
}
=== file: good.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        得分 10
        总分 100
        指标 {
            培训人次 120人次 得分 12.5
            合格率 96% 得分 12.5
            完成及时率 100% 得分 12.5
            项目总成本 88万元 得分 12.5
            群众知晓率 85% 得分 30
            学员满意度 95% 得分 10
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:2:8: error[E0813]: '培训项目' states the total 98, but its stated scores sum to 100
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
