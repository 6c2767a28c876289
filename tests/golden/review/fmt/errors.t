# A file with syntax errors is not formatted: its errors are reported, nothing is printed, and
# the status is 1. Other files given with it are still formatted.
=== file: bad.jx
项目 坏 {
    资金 { 财政拨款 }
    指标 {
}
=== file: good.jx
项目 好 { 年度目标 "x" }
=== run
jxc fmt bad.jx good.jx
=== stdout
项目 好 {
    年度目标 "x"
}
=== stderr
bad.jx:2:15: error[E0201]: 语法错误：此处应为数字或'{'，却遇到'}'
  |
2 |     资金 { 财政拨款 }
  |                     ^
bad.jx:5:1: error[E0202]: 缺少 '}'（用于闭合第 1 行的 '{'）
  |
5 | 
  | ^
bad.jx:1:6: note: '{' 在这里打开
  |
1 | 项目 坏 {
  |         -
2 个错误
=== exit
1
