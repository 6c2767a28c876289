# E0601: A project that ends before it starts.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    完成时间 2025
=== with
    完成时间 2024
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:10:10: error[E0601]: 完成时间 2024 is before 开始时间 2025
   |
10 |     完成时间 2024
   |              ^^^^
bad.jx:9:10: note: 开始时间 is here
  |
9 |     开始时间 2025
  |              ----
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
