# E0327: A conversion between units that is not a positive number of another declared unit:
# no unit, a negative number, a compound unit, the unit itself.
# The first run breaks that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
默认 {
=== with
单位 长度 { 里 寸 }
单位 里 500
单位 丈 -3米
单位 尺 1元/人
单位 寸 1寸
默认 {
=== file: good.jx (fixture 通用项目, replacing)
默认 {
=== with
单位 长度 { 里 }
单位 里 500米
单位 丈 3.33米
默认 {
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:2:6: error[E0327]: unit '里' cannot be 500: a conversion is a positive number of another declared unit, as in 单位 公里 1000米
  |
2 | 单位 里 500
  |         ^^^
bad.jx:3:6: error[E0327]: unit '丈' cannot be -3米: a conversion is a positive number of another declared unit, as in 单位 公里 1000米
  |
3 | 单位 丈 -3米
  |         ^^^^
bad.jx:4:6: error[E0327]: unit '尺' cannot be 1元/人: a conversion is a positive number of another declared unit, as in 单位 公里 1000米
  |
4 | 单位 尺 1元/人
  |         ^^^^^^
bad.jx:5:6: error[E0327]: unit '寸' cannot be 1寸: a conversion is a positive number of another declared unit, as in 单位 公里 1000米
  |
5 | 单位 寸 1寸
  |         ^^^
4 errors
=== exit
1
=== run
jxc check --lang=en good.jx
