# A syntax error quotes at most 60 bytes of the token it found, cut on a character boundary
# (the message must stay valid UTF-8 for the JSON and SARIF formats) and marked with …
=== file: a.jx
项目 A B项项项项项项项项项项项项项项项项项项项项项项项项项项项项项项 {
}
=== run
jxc check --lang=en a.jx
jxc check --diagnostics=json a.jx 2>&1 | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["message"])'
=== stdout
语法错误：此处应为'{'，却遇到'B项项项项项项项项项项项项项项项项项项项…'
=== stderr
a.jx:1:6: error[E0201]: syntax error: expected '{', found 'B项项项项项项项项项项项项项项项项项项项…'
  |
1 | 项目 A B项项项项项项项项项项项项项项项项项项项项项项项项项项项项项项 {
  |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
1 error
