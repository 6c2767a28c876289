# E0812: a stated 执行率 that is not 执行数 ÷ 预算数.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 85
        执行率 95%
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
        全年执行数 85
        执行率 94.44%
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
bad.jx:2:8: error[E0812]: '培训项目' states the 执行率 95%; 执行数 ÷ 预算数 = 85 ÷ 90 = ≈94.44%
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
