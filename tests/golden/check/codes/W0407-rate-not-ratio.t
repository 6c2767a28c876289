# W0407: A rate whose target is a count (the seed's 案例鉴定率 ≥200.00(例)).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                案例鉴定率 ≥200.00(例)
=== file: good.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                案例鉴定率 ≥95.00(%)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:23:23: warning[W0407]: '案例鉴定率' is a rate, but its target ≥200.00(例) is not a ratio
   |
23 |                 案例鉴定率 ≥200.00(例)
   |                            ^^^^^^^^^^^
   = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
1 warning
=== run
jxc check --lang=en good.jx
