# An unterminated one-line string (E0103) ends at the line's end; the next line parses.
=== file: t.jx
项目 A {
    主管部门 "江苏省
    年度 2025
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:2:10: error[E0103]: unterminated string
  |
2 |     主管部门 "江苏省
  |              ^^^^^^^
  = help: write text that spans lines as """ … """
1 error
=== exit
1
