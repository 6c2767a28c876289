# SARIF: artifactLocation.uri is a URI reference (RFC 3986), not the raw path: a file named
# 名字.jx, or with a space, '#' or '%' in its path, is percent-encoded (UTF-8 bytes), and an
# absolute path is a file: URI. The helps and the notes without a place are kept in the result,
# as related locations that hold a message alone. --diagnostics-file writes the SARIF to a file
# (for CI to upload) while the terminal gets the text. (tests/suites/sarif-schema.sh validates
# all of it against the official SARIF 2.1.0 schema.)
=== run
mkdir 'sub dir'
printf '项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 开始时间 明年 }\n' > 名字.jx
printf '项目 丁 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨 90 } }\n' > 'sub dir/a b#c%d.jx'
jxc check --lang=en --diagnostics=sarif 名字.jx 'sub dir/a b#c%d.jx' 2> out.sarif; echo "exit $?"
python3 -c '
import json
run = json.load(open("out.sarif"))["runs"][0]
for r in run["results"]:
    print(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    for line in r["message"]["text"].split("\n")[1:]:
        print("  ", line)
    for l in r.get("relatedLocations", []):
        print("  ", l["message"]["text"])'
jxc check --lang=en --diagnostics=sarif "$PWD/名字.jx" 2>&1 | grep -o '"uri":.*' | sed "s|$PWD|PWD|"
jxc check --lang=en --diagnostics-file=ci.sarif 名字.jx 2> text.txt; echo "exit $?"; head -1 text.txt
python3 -c 'import json; print([r["ruleId"] for r in json.load(open("ci.sarif"))["runs"][0]["results"]])'
jxc check --lang=en --diagnostics=json --diagnostics-file=ci.json 名字.jx 2>/dev/null; head -c 40 ci.json; echo
jxc check --diagnostics-file=no/such/dir/ci.sarif 名字.jx 2> text.txt; echo "exit $?"; tail -1 text.txt
=== stdout
exit 1
W0705 %E5%90%8D%E5%AD%97.jx
E0410 %E5%90%8D%E5%AD%97.jx
W0701 sub%20dir/a%20b%23c%25d.jx
W0701 sub%20dir/a%20b%23c%25d.jx
W0701 sub%20dir/a%20b%23c%25d.jx
W0701 sub%20dir/a%20b%23c%25d.jx
W0511 sub%20dir/a%20b%23c%25d.jx
   help: did you mean '财政拨款'?
"uri":	"file://PWD/%E5%90%8D%E5%AD%97.jx"
"uri":	"file://PWD/%E5%90%8D%E5%AD%97.jx"
exit 1
名字.jx:1:4: warning[W0705]: '甲' is an empty table: no funds, expenses or indicators
['W0705', 'E0410']
{"severity":"warning","code":"W0705","me
exit 2
jxc: 无法写入 'no/such/dir/ci.sarif'：没有这个文件或目录
