# The command line is read by its tables (compiler/cli/commands.c, options.def): an option may
# stand anywhere, before the command too (-f json before diff was silently ignored); an option
# the command does not take is a usage error that names the command (fmt --table and check -f
# were accepted and ignored); every command has help (help tokens had none); an unknown command
# gets did-you-mean.
=== file: a.jx
默认 { 表式 通用项目; 年度 2025; 主管部门 某局; 年度目标 "完成" }
项目 甲 {
    开始时间 2025
    完成时间 2025
    资金 { 财政拨款 90 }
    支出 { 业务费 全年 90 }
    指标 {
        产出指标 { 数量指标 { 培训人次 ≥100人次 } }
    }
}
=== file: b.jx
默认 { 表式 通用项目; 年度 2025; 主管部门 某局; 年度目标 "完成" }
项目 甲 {
    开始时间 2025
    完成时间 2025
    资金 { 财政拨款 90 }
    支出 { 业务费 全年 90 }
    指标 {
        产出指标 { 数量指标 { 培训人次 ≥90人次 } }
    }
}
=== run
jxc -f json diff a.jx b.jx | grep -c '"class":	"loosened"'; echo "exit $?"
jxc --lang=en fmt --table=funds a.jx; echo "exit $?"
jxc check -f json a.jx; echo "exit $?"
jxc --lang=en check --split=out a.jx; echo "exit $?"
jxc chek a.jx; echo "exit $?"
jxc --lang=en frob a.jx; echo "exit $?"
jxc help tokens | head -n 1; echo "exit $?"
jxc --lang=en tokens --help | head -n 1
jxc help | grep -c '^  \(check\|build\|fmt\|diff\|new\|tokens\|help\) '
jxc --lang=en help nosuch; echo "exit $?"
=== stdout
1
exit 0
exit 2
exit 2
exit 2
exit 2
exit 2
用法：jxc tokens [--count] 文件|目录...
exit 0
Usage: jxc tokens [--count] FILE|DIR...
7
exit 2
=== stderr
jxc: 'fmt' takes no option '--table'
(see 'jxc help fmt')
jxc: 'check' 没有选项 '-f'
（用法见 jxc help check）
jxc: 'check' takes no option '--split'
(see 'jxc help check')
jxc: 未知的命令 'chek'：是不是 'check'？
（用法见 jxc help）
jxc: unknown command 'frob' (check, build, fmt, diff, score, monitor, new, import, lsp, tokens, help)
(see 'jxc help')
jxc: no help for 'nosuch'
(see 'jxc help')
