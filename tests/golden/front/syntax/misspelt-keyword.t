# A misspelt keyword where a declaration starts gets the keyword it is closest to; a word
# near none of them gets no guess.
=== file: t.jx
项木 道路养护 {
    年度 2025
}
指标祖 共性 {
}
随便 什么 {
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:1:1: error[E0201]: syntax error: expected a declaration (项目, 部门, 默认, 导入 …), found '项木'
  |
1 | 项木 道路养护 {
  | ^^^^
  = help: did you mean '项目'?
t.jx:4:1: error[E0201]: syntax error: expected a declaration (项目, 部门, 默认, 导入 …), found '指标祖'
  |
4 | 指标祖 共性 {
  | ^^^^^^
  = help: did you mean '指标组'?
t.jx:6:1: error[E0201]: syntax error: expected a declaration (项目, 部门, 默认, 导入 …), found '随便'
  |
6 | 随便 什么 {
  | ^^^^
3 errors
=== exit
1
