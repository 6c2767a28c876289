# Usage errors exit 2 with a message: no command, an unknown command or option, no input, a missing file.
=== run
jxc; echo "exit $?"; jxc frob; echo "exit $?"; jxc check --frob x.jx; echo "exit $?"; jxc check; echo "exit $?"; jxc --lang=en check missing.jx; echo "exit $?"; jxc --lang=en build x.jx; echo "exit $?"; jxc --lang=en build -f pdf x.jx; echo "exit $?"
=== stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
=== stderr
jxc: 没有给出命令
（用法见 jxc help）
jxc: 未知的命令 'frob'（可用 check、build、fmt、diff、score、monitor、new、import、lsp、tokens、help）
（用法见 jxc help）
jxc: 未知的选项 '--frob'
（用法见 jxc help）
jxc: 'check' 至少需要一个文件或目录
（用法见 jxc help）
jxc: cannot read 'missing.jx': No such file or directory
jxc: build needs -f json|csv|html|xlsx
(see 'jxc help')
jxc: unknown output format 'pdf' (json, csv, html or xlsx)
(see 'jxc help')
