# W0424: 指标方向 正向 (higher is better) with a ≤ target, or 反向 with a ≥ one.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 指标方向 反向 }
=== file: good.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 指标方向 正向 }
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:20:22: warning[W0424]: indicator '培训人次' is 反向 by its 指标方向, but the target ≥100人次 compares the other way
   |
20 |                 培训人次 ≥100人次 { 指标方向 反向 }
   |                          ^^^^^^^^
   = help: a 正向 indicator is better higher (≥, >); a 反向 one better lower (≤, <)
1 warning
=== run
jxc check --lang=en good.jx
