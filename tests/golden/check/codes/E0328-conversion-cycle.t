# E0328: Conversions that lead back to the unit they start from (甲 is 2 乙, 乙 is 3 丙, 丙 is
# 1 甲; 乙 and 丙 are declared by their conversions, read in any order); the units of the cycle
# convert to nothing. A synonym (别名) is a conversion too: 丁 is 1 戊, and 戊 is 丁.
# The first run breaks that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
默认 {
=== with
单位 长度 { 甲 }
单位 甲 2乙
单位 乙 3丙
单位 丙 1甲
单位 长度 { 丁 }
单位 丁 1戊
别名 {
    丁 戊
}
默认 {
=== file: good.jx (fixture 通用项目, replacing)
默认 {
=== with
单位 长度 { 甲 }
单位 甲 2乙
单位 乙 3丙
单位 丙 1米
单位 长度 { 丁 }
别名 {
    丁 戊
}
默认 {
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:4:6: error[E0328]: the conversions of unit '丙' lead back to itself
  |
4 | 单位 丙 1甲
  |         ^^^
bad.jx:8:7: error[E0328]: the conversions of unit '戊' lead back to itself
  |
8 |     丁 戊
  |        ^^
2 errors
=== exit
1
=== run
jxc check --lang=en good.jx
