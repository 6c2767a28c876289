# jxc tokens --count: lexes only and prints the totals (what bench/run.py times as the lexer
# alone); a directory is read as its .jx files, as check reads it. The count is the number of
# tokens the plain listing prints (16 here, the comments apart); a lexical error is reported
# as usual (exit 1); an empty directory is an error with no totals (exit 2).
=== file: d/a.jx
# 注释
项目 甲 {
    年度 2025
}
=== file: d/b.jx
项目 乙 { # 行尾注释
}
=== file: d/notes.txt
not jx
=== file: bad.jx
项目 "未闭合
=== run
jxc tokens --count d
=== stdout
词法单元 16，注释 2，文件 2，字节 70
=== run
jxc tokens d | grep -vc ' COMMENT '
=== stdout
16
=== run
jxc --lang=en tokens --count d/a.jx d/b.jx
=== stdout
tokens 16, comments 2, files 2, bytes 70
=== run
jxc --lang=en tokens --count bad.jx
=== stdout
tokens 3, comments 0, files 1, bytes 18
=== stderr
bad.jx:1:4: error[E0103]: unterminated string
  |
1 | 项目 "未闭合
  |      ^^^^^^^
  = help: write text that spans lines as """ … """
1 error
=== exit
1
=== run
mkdir empty && jxc --lang=en tokens --count empty
=== stderr
jxc: no .jx file in 'empty'
=== exit
2
