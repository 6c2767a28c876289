# E0504: The 全年 expenses do not add up to 资金总额.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
        业务费 全年 90
=== with
        业务费 全年 80
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:14:5: error[E0504]: the 全年 expenses add up to 80 (业务费 80), but 资金总额 is 90: a difference of -10
   |
14 |     支出 {
   |     ^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
