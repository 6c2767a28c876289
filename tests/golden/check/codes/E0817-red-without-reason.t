# E0817: a red light (below 60% of the pro-rata target) without 偏差原因.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
监控 2025-07-31 {
    项目 培训项目 {
        执行数 60
        指标 {
            培训人次 30人次 全年预计 100人次 完成可能性 确定能
            合格率 96%
        }
    }
}
=== file: good.jx
监控 2025-07-31 {
    项目 培训项目 {
        执行数 60
        指标 {
            培训人次 30人次 偏差原因 "培训集中在第四季度" 全年预计 100人次 完成可能性 确定能
            合格率 96%
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:5:18: error[E0817]: '培训人次' is red (progress 30%, pro-rata ≈58.08%): it needs a 偏差原因
  |
5 |             培训人次 30人次 全年预计 100人次 完成可能性 确定能
  |                      ^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
