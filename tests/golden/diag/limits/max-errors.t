# --max-errors=N keeps the first N errors and ends with N0205; the default is 100. A line of
# 300000 characters that are all wrong is reported in time linear in its length (each error
# used to search back to the start of the line), and the help on a kept error is given once.
=== run
{ printf '项目 A {\n    x '; head -c 300000 /dev/zero | tr '\000' ':'; printf '\n}\n'; } > colons.jx
jxc check --lang=en --max-errors=3 colons.jx
jxc check --diagnostics=json colons.jx 2>&1 | grep -c E0106
jxc check --diagnostics=json --lang=en colons.jx 2>&1 | grep -c 'written as a string'
=== stdout
100
100
=== stderr
colons.jx:2:7: error[E0106]: unexpected character ':'
  |
2 |     x ::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::…
  |       ^
  = help: a name that starts with a digit or holds spaces, colons, '-' or ASCII parentheses is written as a string: "…"
colons.jx:2:8: error[E0106]: unexpected character ':'
  |
2 |     x ::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::…
  |        ^
  = help: a name that starts with a digit or holds spaces, colons, '-' or ASCII parentheses is written as a string: "…"
colons.jx:2:9: error[E0106]: unexpected character ':'
  |
2 |     x ::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::…
  |         ^
  = help: a name that starts with a digit or holds spaces, colons, '-' or ASCII parentheses is written as a string: "…"
jxc: note[N0205]: more than 3 errors; the rest are not reported
3 errors
