#!/usr/bin/env bash
# The SARIF output of jxc check validates against the official SARIF 2.1.0 schema
# (tests/sarif/sarif-schema-2.1.0.json) with a format checker that checks every URI: files
# whose names need percent-encoding (名字.jx, a space, '#', '%'), an absolute path, a result
# whose diagnostic has no place (a file too large), helps and notes, a report cut by
# --max-errors and --max-warnings, and the file --diagnostics-file writes. The checker itself
# is checked: the raw path '名字 #%.jx' must fail as a uri-reference.
set -euo pipefail
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
py=""
for cand in python3 /usr/bin/python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import jsonschema, rfc3987' 2>/dev/null; then py=$cand; break; fi
done
if [ -z "$py" ]; then "$root/scripts/deps.sh" test >&2 || true; fi
for cand in python3 /usr/bin/python3; do
  if [ -z "$py" ] && command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import jsonschema, rfc3987' 2>/dev/null; then py=$cand; fi
done
[ -n "$py" ] || { echo "python3 with jsonschema and rfc3987 is missing (scripts/deps.sh test installs python3-jsonschema, python3-rfc3987)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
mkdir "sub dir"
printf '项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 开始时间 明年 }\n' > 名字.jx
printf '项目 乙 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 完成时间 后年 }\n' > 'sub dir/a b#c%d.jx'
printf '项目 丙 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }\n项目 丙 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }\n' > twice.jx
printf '项目 丁 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨 90 } }\n' > help.jx
truncate -s 2200M huge.jx   # sparse: E0902 is reported before anything is read
seq 1 5 | sed 's/.*/项目 表&号 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x" }/' > many.jx
logs=()
run() { # run NAME ARGS...: the SARIF of jxc check ARGS
  "$jxc" check --lang=en --diagnostics=sarif "${@:2}" > "$1.sarif" 2>&1 || true
  logs+=("$1.sarif")
}
run names 名字.jx 'sub dir/a b#c%d.jx' twice.jx help.jx
run absolute "$tmp/名字.jx"
run nowhere huge.jx
run cut --max-errors=1 --max-warnings=2 many.jx 名字.jx 'sub dir/a b#c%d.jx'
run zh --lang=zh 名字.jx help.jx
"$jxc" check --diagnostics-file=file.sarif 名字.jx help.jx 2> text.txt || true
grep -q 'error\[E0410\]' text.txt || { echo "--diagnostics-file: the text is not on stderr"; cat text.txt; exit 1; }
logs+=(file.sarif)
"$py" - "$root/tests/sarif/sarif-schema-2.1.0.json" "${logs[@]}" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
checker = jsonschema.FormatChecker()
if checker.conforms("名字 #%.jx", "uri-reference") or not checker.conforms("%E5%90%8D.jx", "uri-reference"):
    print("the format checker does not check URI references"); sys.exit(1)
validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
bad = 0
for path in sys.argv[2:]:
    doc = json.load(open(path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
    bad += len(errors)
    run = doc["runs"][0]
    uris = sorted({l["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"] for l in r.get("locations", []) + r.get("relatedLocations", []) if "physicalLocation" in l})
    helps = sum(1 for r in run["results"] for line in r["message"]["text"].split("\n")[1:] if line.startswith("help: "))
    notes = [n["descriptor"]["id"] for i in run.get("invocations", []) for n in i["toolExecutionNotifications"]]
    print(f"{path}: {'invalid' if errors else 'valid'}: {len(run['results'])} results, {helps} helps, uris {uris}, cut {notes}")
# The schema can fail: a raw path as the uri is rejected.
doc = json.load(open(sys.argv[2], encoding="utf-8"))
doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "sub dir/a b#c%d.jx"
if not list(validator.iter_errors(doc)):
    print("the schema accepted a raw path as a uri"); sys.exit(1)
print("a raw path as the uri is rejected")
sys.exit(1 if bad else 0)
PY
