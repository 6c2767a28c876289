# W0422: 指标性质 定性 with a measure as the target, or 定量 with a level or a text.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 指标性质 定性 }
=== file: good.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 指标性质 定量 }
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:20:22: warning[W0422]: indicator '培训人次' is 定性 by its 指标性质, but the target ≥100人次 is 定量
   |
20 |                 培训人次 ≥100人次 { 指标性质 定性 }
   |                          ^^^^^^^^
1 warning
=== run
jxc check --lang=en good.jx
