# A file cut short inside blocks: the innermost unclosed '{' is reported, with where it was opened (E0202).
=== file: t.jx
项目 A {
    年度 2025
    资金 {
        其他资金 5
=== run
jxc check t.jx
=== stderr
t.jx:5:1: error[E0202]: 缺少 '}'（用于闭合第 3 行的 '{'）
  |
5 | 
  | ^
t.jx:3:8: note: '{' 在这里打开
  |
3 |     资金 {
  |          -
1 个错误
=== exit
1
