# '-' formats standard input; -w with --check is a usage error (status 2), as is -w on '-'.
=== file: s.jx
项目 甲 {年度目标 "x"}
=== run
jxc fmt - < s.jx; jxc fmt -w --check s.jx; echo "status $?"; jxc fmt -w - < s.jx; echo "status $?"
=== stdout
项目 甲 {
    年度目标 "x"
}
status 2
status 2
=== stderr
jxc: fmt 的 -w 和 --check 不能同时使用
（用法见 jxc help fmt）
jxc: fmt -w 不能改写标准输入
