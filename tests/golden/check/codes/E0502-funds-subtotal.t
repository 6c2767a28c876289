# E0502: A group 小计 that is not the sum of its lines (the Nantong form's 财政拨款).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 南通市本级项目, replacing)
            一般公共预算资金 72
=== with
            一般公共预算资金 70
=== file: good.jx (fixture 南通市本级项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:16:14: error[E0502]: '财政拨款' subtotal 72 differs from the sum of its lines 70 (一般公共预算资金 70): a difference of 2
   |
16 |         财政拨款 72 {
   |                  ^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
