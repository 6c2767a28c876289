# E0816: a 监控 dated outside its 年度.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
监控 2026-01-15 {
    年度 2025
    项目 培训项目 {
        执行数 60
        指标 {
            培训人次 70人次 全年预计 100人次 完成可能性 确定能
            合格率 96%
        }
    }
}
=== file: good.jx
监控 2025-07-31 {
    年度 2025
    项目 培训项目 {
        执行数 60
        指标 {
            培训人次 70人次 全年预计 100人次 完成可能性 确定能
            合格率 96%
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:1:4: error[E0816]: the monitoring date 2026-01-15 is outside the year 2025
  |
1 | 监控 2026-01-15 {
  |      ^^^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
