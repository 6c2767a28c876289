# E0326: a block of funds or indicators named for a set the form does not have. 中央部门项目 has
# the mid-term set 中期 (实施期 is read as it) beside the year's (年度); 通用项目 has no other.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 中央部门项目, replacing)
    指标 中期 {
=== with
    指标 中长期 {
=== file: good.jx (fixture 中央部门项目, replacing)
    指标 中期 {
=== with
    指标 实施期 {
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:21:8: error[E0326]: form '中央部门项目' has no set of funds or indicators called '中长期'
   |
21 |     指标 中长期 {
   |          ^^^^^^
   = help: did you mean '中期'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
