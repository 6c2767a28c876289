# E0301: An unknown form gets a did-you-mean.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    表式 通用项目
=== with
    表式 通用项木
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:2:8: error[E0301]: unknown form (表式) '通用项木'
  |
2 |     表式 通用项木
  |          ^^^^^^^^
  = help: did you mean '通用项目'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
