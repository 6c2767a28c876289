# E0404: A negative percentage.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                合格率 ≥-5%
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:23:21: error[E0404]: a percentage cannot be negative: ≥-5%
   |
23 |                 合格率 ≥-5%
   |                        ^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
