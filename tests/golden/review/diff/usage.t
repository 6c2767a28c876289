# diff takes two paths (or git's seven arguments) and -f text, markdown or json; anything else
# is a usage error (status 2), as is a path that cannot be read.
=== file: a.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
=== run
jxc diff a.jx; echo "status $?"; jxc diff -f xml a.jx a.jx; echo "status $?"; jxc diff a.jx missing.jx; echo "status $?"
=== stdout
status 2
status 2
status 2
=== stderr
jxc: diff 需要两个文件或目录：旧版本和新版本（或 git 的七个或九个参数）
（用法见 jxc help diff）
jxc: 未知的比较输出格式 'xml'（可用 text、markdown、json）
（用法见 jxc help diff）
jxc: 无法读取 'missing.jx'：没有这个文件或目录
