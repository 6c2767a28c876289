# --split DIR: one page per table, named by its number and name (characters file systems
# trip on replaced), and DIR/index.html with the contents and the summary; each file is
# written atomically (no temporary file is left). --split with -o is a usage error.
=== file: a.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 委
}
项目 "甲/乙 项目" {
    年度目标 "x"
}
项目 丙 {
    年度目标 "y"
}
=== run
jxc build -f html --split pages -A W0705 a.jx && ls pages && grep -o 'href="[^"]*"' pages/index.html && grep -c 'href="index.html"' pages/001-甲_乙_项目.html; jxc build -f html --split pages -o x.html a.jx; echo "exit $?"
=== stdout
001-甲_乙_项目.html
002-丙.html
index.html
href="001-甲_乙_项目.html"
href="002-丙.html"
1
exit 2
=== stderr
jxc: --split 把页面写进目录 'pages'，不能与 -o 同用
（用法见 jxc help build）
