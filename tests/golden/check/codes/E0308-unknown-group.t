# E0308: An unknown indicator group in 引用.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 江苏省级项目, replacing)
        引用 江苏省级项目共性指标
=== with
        引用 江苏省级项目共性指表
=== file: good.jx (fixture 江苏省级项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:21:12: error[E0308]: unknown indicator group '江苏省级项目共性指表'
   |
21 |         引用 江苏省级项目共性指表
   |              ^^^^^^^^^^^^^^^^^^^^
   = help: did you mean '江苏省级项目共性指标'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
