# W0704: A vague level word as an output target.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                培训质量 较好
=== file: good.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                培训质量 达标
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:23:22: warning[W0704]: output indicator '培训质量' has a vague target '较好'
   |
23 |                 培训质量 较好
   |                          ^^^^
   = help: give an output indicator a measurable target, such as ≥95% or 按时完成
1 warning
=== run
jxc check --lang=en good.jx
