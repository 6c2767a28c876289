# A character no token may hold (E0106), with a hint to quote names; one error for the line.
=== file: t.jx
项目 A {
    指标 {
        产出指标 { 数量指标 { 指标 1: 就业率 >95% } }
    }
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:3:27: error[E0106]: unexpected character ':'
  |
3 |         产出指标 { 数量指标 { 指标 1: 就业率 >95% } }
  |                                     ^
  = help: a name that starts with a digit or holds spaces, colons, '-' or ASCII parentheses is written as a string: "…"
1 error
=== exit
1
