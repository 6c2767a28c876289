# W0413: An empty target.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                合格率 ""
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:23:21: warning[W0413]: the target value is empty
   |
23 |                 合格率 ""
   |                        ^^
1 warning
=== run
jxc check --lang=en good.jx
