# E0416: A word twice in one level scale: it cannot be better than itself.
# The first run breaks exactly that rule; the second is the correct twin, silent. A file of
# declarations alone is a whole program: no table is needed.
=== file: bad.jx
等级 甲 > 乙 > 甲
=== file: good.jx
等级 甲 > 乙 > 丙
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:1:12: error[E0416]: level '甲' appears twice in one scale
  |
1 | 等级 甲 > 乙 > 甲
  |                ^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
