# The shared fixtures (tests/golden/fixtures/NAME.jx, copied into a test by
# `=== file: good.jx (fixture NAME)`): one minimal table for each form of the standard library,
# named after its form and written on it. Each passes jxc check with no diagnostic at all, even
# with --strict, alone and with the others (they agree: the department's 项目支出 line is the
# 江苏省级项目 table's 资金总额); they go through the three outputs and are formatted.
=== run
sed -n 's/^表式 \([^ ]*\) {$/\1/p' "$ROOT"/stdlib/forms/*.jx | sort > forms
for f in "$ROOT"/tests/golden/fixtures/*.jx; do basename "$f" .jx; done | sort > fixtures
diff forms fixtures && echo "one fixture a form: $(wc -l < forms)"
for name in $(cat fixtures); do
    grep -q "^ *表式 $name\$" "$ROOT/tests/golden/fixtures/$name.jx" || echo "$name.jx is not on form $name"
done
=== stdout
one fixture a form: 7
=== run
cd "$ROOT/tests/golden/fixtures"
for f in *.jx; do jxc check --strict "$f" || echo "$f: exit $?"; done
jxc check --strict *.jx
jxc fmt --check *.jx
=== run
cd "$ROOT/tests/golden/fixtures"
jxc build -f json -o "$OLDPWD/all.json" *.jx && jxc build -f csv -o "$OLDPWD/all.csv" *.jx && jxc build -f html -o "$OLDPWD/all.html" *.jx
cd "$OLDPWD"
python3 -c 'import json; j = json.load(open("all.json")); print(*(t["form"] + " " + t["name"] for k in ("projects", "departments") for t in j.get(k, [])), sep="\n")'
=== stdout
上海项目 健康宣传项目
中央部门项目 业务系统运行维护
南通市本级项目 医保基金监督检查经费
江苏省级项目 培训项目
通用项目 培训项目
江苏省级部门整体 江苏省医学会
通用部门整体 某某局
