# A version with errors cannot be compared: its errors are reported (not its warnings) and
# the status is 2.
=== file: a.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
=== file: b.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 负责人 张三 }
=== run
jxc diff a.jx b.jx
=== stderr
b.jx:1:47: error[E0302]: 表式 '通用项目' 没有字段 '负责人'
  |
1 | 项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 负责人 张三 }
  |                                                                      ^^^^^^
1 个错误
jxc diff：b.jx 有错误，无法比较
=== exit
2
