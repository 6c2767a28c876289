# E0501: A written 资金总额 that is not the sum of the sources, with every figure.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
        财政拨款 90
=== with
        资金总额 100
        财政拨款 60
        其他资金 30.5
=== file: good.jx (fixture 通用项目, replacing)
        财政拨款 90
=== with
        资金总额 90
        财政拨款 60
        其他资金 30
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:12:14: error[E0501]: 资金总额 is 100, but the sources add up to 90.5 (财政拨款 60 + 其他资金 30.5): a difference of 9.5
   |
12 |         资金总额 100
   |                  ^^^
bad.jx:16:5: error[E0504]: the 全年 expenses add up to 90 (业务费 90), but 资金总额 is 100: a difference of -10
   |
16 |     支出 {
   |     ^^^^
2 errors
=== exit
1
=== run
jxc check --lang=en good.jx
