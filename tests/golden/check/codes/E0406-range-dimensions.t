# E0406: A range whose ends have different dimensions.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                合格率 95%~98天
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:23:21: error[E0406]: the ends of range 95%~98天 have different dimensions (比率, 时长)
   |
23 |                 合格率 95%~98天
   |                        ^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
