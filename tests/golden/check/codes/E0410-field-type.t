# E0410: A field value of the wrong type.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    开始时间 2025
=== with
    开始时间 二〇二五
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:9:10: error[E0410]: field '开始时间' expects 时间, found '二〇二五'
  |
9 |     开始时间 二〇二五
  |              ^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
