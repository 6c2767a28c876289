# Options of one output format given with another are usage errors (exit 2), not silently
# ignored: --split belongs to html, --table/--no-bom/--encoding to csv.
=== file: t.jx
默认 { 表式 通用项目 }
=== run
jxc --lang=en build -f csv --split pages t.jx; echo "exit $?"; jxc --lang=en build -f html --no-bom t.jx; echo "exit $?"; jxc --lang=en build -f json --table funds t.jx; echo "exit $?"
=== stdout
exit 2
exit 2
exit 2
=== stderr
jxc: --split is an option of -f html, not of -f csv
(see 'jxc help build')
jxc: --table, --no-bom and --encoding are options of -f csv, not of -f html
(see 'jxc help build')
jxc: --table, --no-bom and --encoding are options of -f csv, not of -f json
(see 'jxc help build')
