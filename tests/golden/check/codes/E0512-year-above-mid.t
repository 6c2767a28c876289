# E0512: the year's funds exceed the mid-term ones (中央部门项目: 年度资金总额 within 中期资金总额,
# the year being a part of the 项目期).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 中央部门项目, replacing)
    资金 中期 {
        财政拨款 300
=== with
    资金 中期 {
        财政拨款 30
=== file: good.jx (fixture 中央部门项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:17:5: error[E0512]: the year's funds, 100, exceed the 中期 funds, 30
   |
17 |     资金 {
   |     ^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
