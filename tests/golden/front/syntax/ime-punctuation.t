# What a Chinese input method types by mistake: full-width braces and semicolons get the
# half-width character to use; a name run into its value gets the space it lacks.
=== file: t.jx
项目 A {
    表式 通用项目；年度 2025
    指标 ｛
        产出指标 { 数量指标 { 案件办理率≥90% } }
    }
}
=== file: u.jx
项目 B {
    指标 {
        产出指标 { 数量指标 { 案件办理率≥90% } }
    }
}
=== run
jxc check --lang=en t.jx; jxc check --lang=en u.jx
=== stderr
t.jx:2:12: error[E0106]: unexpected character '；'
  |
2 |     表式 通用项目；年度 2025
  |                  ^^
  = help: this is a full-width character: write the half-width ';'
t.jx:3:8: error[E0106]: unexpected character '｛'
  |
3 |     指标 ｛
  |          ^^
  = help: this is a full-width character: write the half-width '{'
t.jx:6:1: error[E0203]: unmatched '}'
  |
6 | }
  | ^
3 errors
u.jx:3:23: error[E0201]: syntax error: expected a name, found '案件办理率≥90%'
  |
3 |         产出指标 { 数量指标 { 案件办理率≥90% } }
  |                               ^^^^^^^^^^^^^^
  = help: put a space between the name and the value: '案件办理率 ≥90%'
1 error
=== exit
1
