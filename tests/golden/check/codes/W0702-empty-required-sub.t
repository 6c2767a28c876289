# W0702: A 二级 category the framework requires that has no indicator.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
=== with
            时效指标 {
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:17:5: warning[W0702]: '培训项目' has no indicator under 产出指标 › 质量指标
   |
17 |     指标 {
   |     ^^^^
1 warning
=== run
jxc check --lang=en good.jx
