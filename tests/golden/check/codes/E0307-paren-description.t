# E0307: Parentheses that hold a description are not a unit: write the value as a string.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 =1.00(1 部教材, 800 千字)
=== file: good.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 "=1.00(1 部教材, 800 千字)"
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:20:28: error[E0307]: unknown unit '1 部教材, 800 千字'
   |
20 |                 培训人次 =1.00(1 部教材, 800 千字)
   |                                ^^^^^^^^^^^^^^^^^^
   = help: if the parentheses hold a description rather than a unit, write the whole value as a string: "=1.00(1 部教材, 800 千字)"
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
