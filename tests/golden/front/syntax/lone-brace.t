# A lone '{' reports where it was opened.
=== file: t.jx
{
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:1:1: error[E0201]: syntax error: expected a declaration (项目, 部门, 默认, 导入 …), found '{'
  |
1 | {
  | ^
t.jx:2:1: error[E0202]: '}' expected (to close '{' at line 1)
  |
2 | 
  | ^
t.jx:1:1: note: '{' opened here
  |
1 | {
  | -
2 errors
=== exit
1
