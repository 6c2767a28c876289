# A version with errors cannot be compared: its errors are reported (not its warnings) and
# the status is 2.
=== file: a.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
=== file: b.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 开始时间 明年 }
=== run
jxc diff a.jx b.jx
=== stderr
b.jx:1:52: error[E0410]: 字段 '开始时间' 应为时间，却写了 '明年'
  |
1 | 项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 开始时间 明年 }
  |                                                                               ^^^^
1 个错误
jxc diff：b.jx 有错误，无法比较
=== exit
2
