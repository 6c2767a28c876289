# W0331: a file whose 默认 block has no table to apply to (默认 applies only to the tables of
# its own file: one written in a file of its own, for the tables of the others, does nothing).
# Its fields are still checked as a first table would check them: a field written twice is
# E0304. The last run is the correct twin, the same 默认 with its table: silent.
=== file: good.jx (fixture 通用项目)
=== run
sed -n '/^默认/,/^}/p' good.jx > alone.jx
jxc check --lang=en alone.jx
=== stderr
alone.jx:1:1: warning[W0331]: the 默认 of this file applies to nothing: the file has no 项目 or 部门
  |
1 | 默认 {
  | ^^^^
  = help: 默认 applies only to the tables of its own file: write it in the file that holds them
1 warning
=== run
sed -n '/^默认/,/^}/p' good.jx | sed 's/^    年度 2025$/    年度 2025\n    年度 2026/' > twice.jx
jxc check --lang=en twice.jx
=== stderr
twice.jx:1:1: warning[W0331]: the 默认 of this file applies to nothing: the file has no 项目 or 部门
  |
1 | 默认 {
  | ^^^^
  = help: 默认 applies only to the tables of its own file: write it in the file that holds them
twice.jx:4:5: error[E0304]: '年度' is written twice
  |
4 |     年度 2026
  |     ^^^^
twice.jx:3:5: note: first written here
  |
3 |     年度 2025
  |     ----
1 error, 1 warning
=== exit
1
=== run
jxc check --lang=en good.jx
