# W0401: A bare word that is no declared level: quote it or declare it.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次
                培训质量 很好
=== file: good.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次
                培训质量 "很好"
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:21:22: warning[W0401]: '很好' is not a declared level word
   |
21 |                 培训质量 很好
   |                          ^^^^
   = help: if it is a description, quote it: "很好"; if it is a level your unit uses, declare it: 等级 很好
1 warning
=== run
jxc check --lang=en good.jx
