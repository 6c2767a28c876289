# E0310: An indicator written twice at the same place.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                合格率 ≥95%
                合格率 ≥98%
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:24:17: error[E0310]: indicator '合格率' is written twice at the same place
   |
24 |                 合格率 ≥98%
   |                 ^^^^^^
bad.jx:23:17: note: first written here
   |
23 |                 合格率 ≥95%
   |                 ------
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
