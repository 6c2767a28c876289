# W0314: No 表式: the table is checked as 通用项目, with a warning.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
默认 {
    表式 通用项目
=== with
默认 {
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:7:4: warning[W0314]: no form (表式) given; checked as '通用项目'
  |
7 | 项目 培训项目 {
  |      ^^^^^^^^
  = help: write 表式 … in the table or in 默认 (for example 表式 江苏省级项目)
1 warning
=== run
jxc check --lang=en good.jx
