# E0508: Amounts whose sum cannot be represented exactly: an error, not a rounding.
# The first run breaks exactly that rule; the second is the correct twin (a sum with a fraction,
# exact), silent.
=== file: bad.jx (fixture 通用项目, replacing)
        财政拨款 90
=== with
        财政拨款 999999999999999999
        其他资金 0.1
=== file: good.jx (fixture 通用项目, replacing)
        财政拨款 90
=== with
        财政拨款 89.9
        其他资金 0.1
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:13:9: error[E0508]: the sum of the amounts is too large to represent exactly
   |
13 |         其他资金 0.1
   |         ^^^^^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
