# E0417: Two level scales that order the same words the opposite way (jxc diff would class one change
# both 收紧 and 放宽). Scales that share words in the same order are fine.
# The first run breaks exactly that rule; the second is the correct twin, silent. A file of
# declarations alone is a whole program: no table is needed.
=== file: bad.jx
等级 甲 > 乙 > 丙
等级 丁 > 丙 > 甲
=== file: good.jx
等级 甲 > 乙 > 丙
等级 甲 > 丙 > 丁
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:2:4: error[E0417]: this scale contradicts another: here '丙' is better than '甲'
  |
2 | 等级 丁 > 丙 > 甲
  |      ^^^^^^^^^^^^
bad.jx:1:1: note: the other scale is here
  |
1 | 等级 甲 > 乙 > 丙
  | -----------------
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
