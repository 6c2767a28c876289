# E0303: A required field that is missing, with the fix.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    年度 2025
    主管部门 某某局
=== with
    年度 2025
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:7:4: error[E0303]: required field '主管部门' is missing (form '通用项目' requires it)
  |
7 | 项目 培训项目 {
  |      ^^^^^^^^
  = help: write it in the table or in the file's 默认 block: 主管部门 …
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
