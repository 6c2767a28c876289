# E0307: An unknown unit gets a did-you-mean.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人欠
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:20:26: error[E0307]: unknown unit '人欠'
   |
20 |                 培训人次 ≥100人欠
   |                              ^^^^
   = help: did you mean '人次'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
