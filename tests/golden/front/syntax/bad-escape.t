# An escape a string does not know (E0107).
=== file: t.jx
项目 "a\tb" {
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:1:6: error[E0107]: invalid escape sequence '\t'
  |
1 | 项目 "a\tb" {
  |        ^^
  = help: the escapes a string knows are \", \\ and \n
1 error
=== exit
1
