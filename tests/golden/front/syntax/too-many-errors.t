# --max-errors stops the report (N0205) and says so.
=== file: t.jx
项目 A0 { x }
项目 A1 { x }
项目 A2 { x }
项目 A3 { x }
项目 A4 { x }
项目 A5 { x }
=== run
jxc check --lang=en --max-errors=3 t.jx
=== stderr
t.jx:1:11: error[E0201]: syntax error: expected a value or '{', found '}'
  |
1 | 项目 A0 { x }
  |             ^
t.jx:2:11: error[E0201]: syntax error: expected a value or '{', found '}'
  |
2 | 项目 A1 { x }
  |             ^
t.jx:3:11: error[E0201]: syntax error: expected a value or '{', found '}'
  |
3 | 项目 A2 { x }
  |             ^
jxc: note[N0205]: more than 3 errors; the rest are not reported
3 errors
=== exit
1
