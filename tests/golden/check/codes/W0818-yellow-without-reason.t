# W0818: a yellow light (below 80% of the pro-rata target) without 偏差原因.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
监控 2025-07-31 {
    项目 培训项目 {
        执行数 40
        指标 {
            培训人次 70人次 全年预计 100人次 完成可能性 确定能
            合格率 96%
        }
    }
}
=== file: good.jx
监控 2025-07-31 {
    项目 培训项目 {
        执行数 40
        偏差原因 "设备采购在九月付款"
        指标 {
            培训人次 70人次 全年预计 100人次 完成可能性 确定能
            合格率 96%
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:2:8: warning[W0818]: '预算执行率' is yellow (progress ≈44.44%, pro-rata ≈58.08%) and gives no 偏差原因
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
1 warning
=== run
jxc check --lang=en targets.jx good.jx
