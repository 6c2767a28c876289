# W0408: A satisfaction indicator whose target is a count.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                学员满意度 ≥90%
=== with
                学员满意度 ≥90人
=== file: good.jx (fixture 通用项目, replacing)
                学员满意度 ≥90%
=== with
                学员满意度 满意
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:41:23: warning[W0408]: satisfaction indicator '学员满意度' has a target ≥90人 that is neither a ratio nor a level
   |
41 |                 学员满意度 ≥90人
   |                            ^^^^^
1 warning
=== run
jxc check --lang=en good.jx
