# The machine formats name a hidden character of the source in a message as the text format
# does (<U+202E>), since their messages are read by people in a browser or editor, where a raw
# U+202E would reorder the text around it; the file's path stays as it is. Before the fix the
# JSON and SARIF messages carried the raw character. Its twin: a message with no hidden
# character (and with ≥, whose first byte is the same as U+202E's) is unchanged.
=== file: bidi.jx (escaped)
项目 甲\xE2\x80\xAEb {\n}\n
=== file: plain.jx
项目 甲 ≥
=== run
jxc check --diagnostics=json bidi.jx
=== stderr
{"severity":"error","code":"E0106","message":"无法识别的字符 '<U+202E>'","file":"bidi.jx","line":1,"column":5,"end_line":1,"end_column":6,"notes":[],"help":[]}
=== exit
1
=== run
jxc check --diagnostics=sarif bidi.jx 2>&1 | grep -c 'U+202E'; jxc check --diagnostics=sarif bidi.jx 2>&1 | LC_ALL=C grep -c $'\xe2\x80\xae'
=== stdout
1
0
=== exit
1
=== run
jxc check --diagnostics=json plain.jx
=== stderr
{"severity":"error","code":"E0201","message":"语法错误：此处应为'{'，却遇到'≥'","file":"plain.jx","line":1,"column":6,"end_line":1,"end_column":7,"notes":[],"help":[]}
=== exit
1
