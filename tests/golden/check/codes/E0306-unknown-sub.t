# E0306: A misspelt 二级 category: 数量指表 → 数量指标.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
            数量指标 {
=== with
            数量指表 {
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:19:13: error[E0306]: 一级 category '产出指标' has no 二级 category '数量指表' (form '通用项目')
   |
19 |             数量指表 {
   |             ^^^^^^^^
   = help: did you mean '数量指标'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
