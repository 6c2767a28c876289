# --max-warnings=N keeps the first N warnings and notes by place (100 by default) and ends with
# N0206, as --max-errors does for errors with N0205; every diagnostics format says that the
# report was cut: text and GitHub with a note line, JSON with a last object of its own (no
# place), SARIF with a tool execution notification in the run's invocation. Warnings a pragma
# turns off do not count: the cap is applied after them (the two of 甲 and 乙 are off, so the
# first two kept are 丙 and 丁). 100,000 empty tables gave 100,000 warnings (21 MB of
# text) before; now 100 (55 KB), and at most 10,000 more than N are ever held.
=== file: t.jx
# jxc: allow W0705
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
# jxc: allow W0705
项目 乙 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
项目 丙 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
项目 丁 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
项目 戊 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
项目 己 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 开始时间 明年; 完成时间 后年 }
=== run
jxc check --lang=en --max-warnings=2 --max-errors=1 t.jx
=== stderr
t.jx:5:4: warning[W0705]: '丙' is an empty table: no funds, expenses or indicators
  |
5 | 项目 丙 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
  |      ^^
t.jx:6:4: warning[W0705]: '丁' is an empty table: no funds, expenses or indicators
  |
6 | 项目 丁 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }
  |      ^^
t.jx:8:52: error[E0410]: field '开始时间' expects 时间, found '明年'
  |
8 | 项目 己 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 开始时间 明年; 完成时间 后年 }
  |                                                                               ^^^^
jxc: note[N0205]: more than 1 errors; the rest are not reported
jxc: note[N0206]: more than 2 warnings and notes; the rest are not reported
1 error, 2 warnings
=== exit
1
=== run
jxc check --lang=en --max-warnings=2 --max-errors=1 --diagnostics=json t.jx 2>&1 | cut -c1-90
jxc check --lang=en --max-warnings=2 --max-errors=1 --diagnostics=github t.jx 2>&1 | cut -c1-90
jxc check --lang=en --max-warnings=2 --max-errors=1 --diagnostics=sarif t.jx 2>&1 | python3 -c '
import json, sys
run = json.load(sys.stdin)["runs"][0]
print([r["ruleId"] for r in run["results"]])
for n in run["invocations"][0]["toolExecutionNotifications"]: print(n["descriptor"]["id"], n["message"]["text"])'
=== stdout
{"severity":"warning","code":"W0705","message":"'丙' is an empty table: no funds, expense
{"severity":"warning","code":"W0705","message":"'丁' is an empty table: no funds, expense
{"severity":"error","code":"E0410","message":"field '开始时间' expects 时间, found '
{"severity":"note","code":"N0205","message":"more than 1 errors; the rest are not reported
{"severity":"note","code":"N0206","message":"more than 2 warnings and notes; the rest are 
::warning file=t.jx,line=5,col=4,endLine=5,endColumn=5,title=W0705::'丙' is an empty tabl
::warning file=t.jx,line=6,col=4,endLine=6,endColumn=5,title=W0705::'丁' is an empty tabl
::error file=t.jx,line=8,col=52,endLine=8,endColumn=54,title=E0410::field '开始时间' e
::notice title=N0205::more than 1 errors; the rest are not reported
::notice title=N0206::more than 2 warnings and notes; the rest are not reported
['W0705', 'W0705', 'E0410']
N0205 more than 1 errors; the rest are not reported
N0206 more than 2 warnings and notes; the rest are not reported
=== run
jxc check --max-warnings=0 t.jx
=== stderr
jxc: --max-warnings 的值应为正整数，而不是 '0'
（用法见 jxc help）
=== exit
2
=== run
seq 1 150 | sed 's/.*/项目 表&号 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }/' > many.jx
jxc check --lang=en many.jx 2>&1 | grep -c 'warning\[W0705\]'
jxc check --lang=en many.jx 2>&1 | tail -2
=== stdout
100
jxc: note[N0206]: more than 100 warnings and notes; the rest are not reported
100 warnings
