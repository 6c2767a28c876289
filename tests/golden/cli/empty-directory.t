# A directory without any .jx file is an input error (exit 2), not a silent success.
=== file: d/readme.txt
nothing here
=== run
jxc check d; echo "exit $?"
=== stdout
exit 2
=== stderr
jxc: 'd' 下没有 .jx 文件
