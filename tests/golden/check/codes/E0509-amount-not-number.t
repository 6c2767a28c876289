# E0509: An amount with a comparator.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
        财政拨款 90
=== with
        财政拨款 90台
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:12:14: error[E0509]: an amount is a number (this table counts in 万元): 90台
   |
12 |         财政拨款 90台
   |                  ^^^^
   = help: amounts are in the table's 金额单位 (万元): write 90, 90万元 or 900000元, without a comparator; a unit must be money
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
