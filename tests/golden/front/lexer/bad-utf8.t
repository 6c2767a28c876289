# Invalid UTF-8 (E0101) names the line, the column and the byte; the lexer goes on.
=== file: t.jx (escaped)
项目 A {\n  年度 20\xFF25\n  主管部门 \xE9\xA1\n}\n
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:2:8: error[E0101]: invalid UTF-8 byte 0xFF
  |
2 |   年度 20?25
  |          ^
  = help: save the file as UTF-8 (convert GBK/GB18030 files first)
t.jx:3:8: error[E0101]: invalid UTF-8 byte 0xE9
  |
3 |   主管部门 ??
  |            ^
  = help: save the file as UTF-8 (convert GBK/GB18030 files first)
t.jx:3:9: error[E0101]: invalid UTF-8 byte 0xA1
  |
3 |   主管部门 ??
  |             ^
  = help: save the file as UTF-8 (convert GBK/GB18030 files first)
3 errors
=== exit
1
