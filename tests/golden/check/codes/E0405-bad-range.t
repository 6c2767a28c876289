# E0405: A range whose low end is above its high end.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                合格率 98%~95%
=== file: good.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                合格率 95%~98%
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:23:21: error[E0405]: range 98%~95% has its low end above its high end
   |
23 |                 合格率 98%~95%
   |                        ^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
