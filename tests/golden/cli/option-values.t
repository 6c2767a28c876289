# An option that takes a value, given none (it is last on the line), says so, and -o '' is
# refused before anything is compiled: both are usage errors (exit 2), not "unknown option".
=== run
jxc build -f csv x.jx --table; echo "exit $?"
jxc check x.jx -A; echo "exit $?"
jxc --lang=en check x.jx --max-errors; echo "exit $?"
jxc --lang=en build x.jx -f; echo "exit $?"
jxc build -o '' -f json x.jx; echo "exit $?"
jxc --lang=en build --output= -f json x.jx; echo "exit $?"
=== stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
=== stderr
jxc: 选项 '--table' 缺少取值
（用法见 jxc help）
jxc: 选项 '-A' 缺少取值
（用法见 jxc help）
jxc: option '--max-errors' needs a value
(see 'jxc help')
jxc: option '-f' needs a value
(see 'jxc help')
jxc: -o 的值应为文件名，而不是 ''
（用法见 jxc help）
jxc: -o takes a file name, not ''
(see 'jxc help')
