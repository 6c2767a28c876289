# E0802: an actual for an indicator that has no target (did-you-mean).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人数 120人次
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
bad.jx:5:13: error[E0802]: the target table of '培训项目' has no indicator '培训人数'
  |
5 |             培训人数 120人次
  |             ^^^^^^^^
  = help: did you mean '培训人次'?
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
