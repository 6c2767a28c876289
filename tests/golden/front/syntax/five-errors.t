# Five syntax errors on five different lines: five errors, each at its own line and column,
# and exit 1; the lines between them still parse.
=== file: t.jx
项目 A {
    年度 2025
    资金 {
        一般公共预算资金
        其他资金 5 6
    }
    支出 {
        会议费 半年 3
    }
    指标 {
        产出指标 {
            数量指标 {
                案件办理率 半年 ≥90%
                鉴定率 ≥
            }
        }
    }
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:4:17: error[E0201]: syntax error: expected a number or '{', found end of line
  |
4 |         一般公共预算资金
  |                         ^
t.jx:5:16: error[E0201]: syntax error: expected '{' or end of line, found '6'
  |
5 |         其他资金 5 6
  |                    ^
t.jx:8:17: error[E0201]: syntax error: expected '全年', found end of line
  |
8 |         会议费 半年 3
  |                      ^
t.jx:13:30: error[E0201]: syntax error: expected '全年', found end of line
   |
13 |                 案件办理率 半年 ≥90%
   |                                     ^
t.jx:14:22: error[E0201]: syntax error: expected a number or a word, found end of line
   |
14 |                 鉴定率 ≥
   |                         ^
5 errors
=== exit
1
