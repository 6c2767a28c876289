# E0505: An expense planned for the half year above its full-year budget.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 江苏省级项目, replacing)
        业务费 半年 30 全年 90
=== with
        业务费 半年 95 全年 90
=== file: good.jx (fixture 江苏省级项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:18:16: error[E0505]: expense '业务费': the 半年 plan 95 is above the 全年 budget 90
   |
18 |         业务费 半年 95 全年 90
   |                     ^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
