# E0303: A required field that is missing, with the fix.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    年度目标 "完成年度任务"
=== with
    中长期目标 "完成年度任务"
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:8:4: error[E0303]: required field '年度目标' is missing (form '通用项目' requires it)
  |
8 | 项目 培训项目 {
  |      ^^^^^^^^
  = help: write it in the table or in the file's 默认 block: 年度目标 …
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
