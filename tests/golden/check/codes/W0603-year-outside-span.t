# W0603: A 年度 outside the project's span.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    年度 2025
=== with
    年度 2026
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:3:8: warning[W0603]: 年度 2026 is outside the project's span 2025–2025
  |
3 |     年度 2026
  |          ^^^^
1 warning
=== run
jxc check --lang=en good.jx
