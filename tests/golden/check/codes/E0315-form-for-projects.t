# E0315: A project form used for a 部门 table.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
项目 培训项目 {
=== with
部门 培训项目 {
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:2:8: error[E0315]: form '通用项目' is for a 项目 table, not a 部门 table
  |
2 |     表式 通用项目
  |          ^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
