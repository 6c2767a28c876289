# W0602: A completion more than 10 years after the start (the seed's 2123年).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    完成时间 2025
=== with
    完成时间 2123
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:10:10: warning[W0602]: 完成时间 2123 is 98 years after 开始时间 2025 (more than 10)
   |
10 |     完成时间 2123
   |              ^^^^
bad.jx:9:10: note: 开始时间 is here
  |
9 |     开始时间 2025
  |              ----
1 warning
=== run
jxc check --lang=en good.jx
