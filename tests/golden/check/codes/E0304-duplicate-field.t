# E0304: A field written twice.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    开始时间 2025
=== with
    开始时间 2025
    开始时间 2025
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:10:5: error[E0304]: '开始时间' is written twice
   |
10 |     开始时间 2025
   |     ^^^^^^^^
bad.jx:9:5: note: first written here
  |
9 |     开始时间 2025
  |     --------
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
