# W0423: the 度量单位 column says one unit, the target is written in another. A target
# written without its unit takes the column's (the twin: ≥100 and 人次 is not W0418).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人 { 度量单位 人次 }
=== file: good.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100 { 度量单位 人次 }
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:20:22: warning[W0423]: indicator '培训人次': its 度量单位 is 人次, but the target ≥100人 is in 人
   |
20 |                 培训人次 ≥100人 { 度量单位 人次 }
   |                          ^^^^^^
1 warning
=== run
jxc check --lang=en good.jx
