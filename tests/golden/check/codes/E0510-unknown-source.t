# E0510: A funding source the form does not have, with a did-you-mean (on a form of its own
# sources only, as the seed forms are; 通用项目 keeps any source: W0511 for a near miss).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 江苏省级项目, replacing)
        一般公共预算资金 90
=== with
        一般公共预算资全 90
=== file: good.jx (fixture 江苏省级项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:15:9: error[E0510]: form '江苏省级项目' has no funding source '一般公共预算资全'
   |
15 |         一般公共预算资全 90
   |         ^^^^^^^^^^^^^^^^
   = help: did you mean '一般公共预算资金'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
