# E0305: A 一级 category the form's framework does not have.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
        效益指标 {
=== with
        效果指标 {
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:34:9: error[E0305]: form '通用项目' has no 一级 category '效果指标' in its framework
   |
34 |         效果指标 {
   |         ^^^^^^^^
   = help: did you mean '效益指标'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
