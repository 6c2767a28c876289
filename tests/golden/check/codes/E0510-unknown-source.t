# E0510: A funding source the form does not have, with a did-you-mean.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
        财政拨款 90
=== with
        财政拨歀 90
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:12:9: error[E0510]: form '通用项目' has no funding source '财政拨歀'
   |
12 |         财政拨歀 90
   |         ^^^^^^^^
   = help: did you mean '财政拨款'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
