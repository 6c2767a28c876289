# E0412: A comparator before a word that is neither an amount the form names nor a level.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                项目总成本 ≤总成本预算数
=== with
                项目总成本 ≤总成本预算
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:31:23: error[E0412]: unknown reference '总成本预算': neither an amount the form names nor a level word
   |
31 |                 项目总成本 ≤总成本预算
   |                            ^^^^^^^^^^^
   = help: did you mean '总成本预算数'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
