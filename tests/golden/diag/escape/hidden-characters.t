# Control, bidi and invisible characters reach no terminal raw: an excerpt shows a comment's
# U+202E (right-to-left override) and U+200B by name, jxc tokens shows a comment's ESC by name,
# and the line diff that git's driver prints for a version with errors shows the ESC[1A ESC[2K
# of a string (which would erase the lines above it) by name, and so does the heading of a
# semantic diff with a path holding an ESC (the colours of jxc's own output stay), and a
# message about a file that cannot be read. jxc fmt keeps the bytes as
# they are (it refuses the file with the E0109, and changes nothing).
=== file: a.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
=== run
printf '项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 开始时间 明年 }  # \342\200\256abc\342\200\213\n' > rlo.jx
jxc check --lang=en rlo.jx
printf '# \033[2Kx\n' > esc.jx
jxc tokens esc.jx
printf '项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x\033[1A\033[2K" }\n' > b.jx
cp b.jx b.orig
jxc diff --lang=en p/a.jx a.jx 1111111 100644 b.jx 2222222 100644 2>&1; echo "exit $?"
jxc fmt -w b.jx 2>/dev/null; echo "exit $?"; cmp b.jx b.orig && echo "b.jx unchanged"
jxc check "$(printf 'no\033[2Kfile.jx')" 2>&1; echo "exit $?"
sed 's/"x"/"y"/' a.jx > c.jx
jxc diff --color=always "$(printf 'p/\033[2Ka.jx')" a.jx 1 100644 c.jx 2 100644 | head -1 | od -c | sed -n 1,2p
=== stdout
1:8 NL
1:1 COMMENT # <U+001B>[2Kx
b/p/a.jx:1:44: error[E0109]: control character U+001B in a string
  |
1 | 项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x<U+001B>[1A<U+001B>[2K" }
  |                                                                   ^^^^^^^^
  = help: write a line break as \n; control, bidirectional and invisible characters cannot be written in a string: delete it
b/p/a.jx:1:48: error[E0109]: control character U+001B in a string
  |
1 | 项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x<U+001B>[1A<U+001B>[2K" }
  |                                                                              ^^^^^^^^
  = help: write a line break as \n; control, bidirectional and invisible characters cannot be written in a string: delete it
2 errors
jxc diff: b/p/a.jx has errors; cannot compare
jxc diff a/p/a.jx b/p/a.jx
(b/p/a.jx has errors; a line diff follows)
--- a/p/a.jx
+++ b/p/a.jx
@@ -1 +1 @@
-项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
+项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x<U+001B>[1A<U+001B>[2K" }
exit 0
exit 1
b.jx unchanged
jxc: 无法读取 'no<U+001B>[2Kfile.jx'：没有这个文件或目录
exit 2
0000000 033   [   1   m   j   x   c       d   i   f   f       a   /   p
0000020   /   <   U   +   0   0   1   B   >   [   2   K   a   .   j   x
=== stderr
rlo.jx:1:4: warning[W0705]: '甲' is an empty table: no funds, expenses or indicators
  |
1 | 项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 开始时间 明年 }  # <U+202E>abc<U+200B>
  |      ^^
rlo.jx:1:52: error[E0410]: field '开始时间' expects 时间, found '明年'
  |
1 | …员会; 年度目标 "x"; 开始时间 明年 }  # <U+202E>abc<U+200B>
  |                               ^^^^
1 error, 1 warning
