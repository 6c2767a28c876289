# E0506: A negative amount.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
        财政拨款 90
=== with
        财政拨款 100
        其他资金 -10
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:13:14: error[E0506]: an amount cannot be negative: -10
   |
13 |         其他资金 -10
   |                  ^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
