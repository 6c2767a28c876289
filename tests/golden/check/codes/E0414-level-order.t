# E0414: A level scale ordered with something else than '>'.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
默认 {
=== with
等级 甲 < 乙 < 丙
默认 {
=== file: good.jx (fixture 通用项目, replacing)
默认 {
=== with
等级 甲 > 乙 > 丙
默认 {
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:1:6: error[E0414]: a level scale is ordered with '>' (best first), not '<'
  |
1 | 等级 甲 < 乙 < 丙
  |         ^
bad.jx:1:10: error[E0414]: a level scale is ordered with '>' (best first), not '<'
  |
1 | 等级 甲 < 乙 < 丙
  |              ^
2 errors
=== exit
1
=== run
jxc check --lang=en good.jx
