# The edges of one-line strings (scanned by hand, not by the automaton): the empty string, an
# escaped quote, an escape of a Chinese character (kept whole), a backslash just before the line
# break (part of the unterminated string), a backslash at the very end of the file, and """
# blocks with lone quotes inside, next to one-line strings.
=== file: t.jx (escaped)
项目 "" {\n  a "x\\"y" "\\项"\n  t """ say "hi" "" ok """ "s"\n  b "ab\\\n  c "tail\\
=== run
jxc tokens t.jx
=== stdout
1:1 PROJECT 项目
1:4 STRING ""
1:7 LBRACE {
1:8 NL
2:3 WORD a
2:5 STRING "x\"y"
2:12 STRING "\项"
2:16 NL
3:3 WORD t
3:5 STRING """ say "hi" "" ok """
3:28 STRING "s"
3:31 NL
4:3 WORD b
4:5 STRING "ab\
4:9 NL
5:3 WORD c
5:5 STRING "tail\
=== stderr
t.jx:4:5: error[E0103]: 字符串缺少结束的引号
  |
4 |   b "ab\
  |     ^^^^
  = help: 跨行的文字请用 """ … """ 书写
t.jx:5:5: error[E0103]: 字符串缺少结束的引号
  |
5 |   c "tail\
  |     ^^^^^^
  = help: 跨行的文字请用 """ … """ 书写
2 个错误
=== exit
1
