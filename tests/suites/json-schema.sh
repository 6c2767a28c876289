#!/usr/bin/env bash
# The JSON output of every example (and of the language design's first example) validates
# against docs/jx.schema.json, and its numbers are the exact decimals of the source.
set -euo pipefail
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
py=""
for cand in python3 /usr/bin/python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import jsonschema' 2>/dev/null; then py=$cand; break; fi
done
[ -n "$py" ] || { echo "python3 with jsonschema is missing (scripts/deps.sh test installs python3-jsonschema)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$root"
. "$root/tests/suites/lib/examples.sh"
"$jxc" build -f json -o "$tmp/examples.json" $(example_tables) 2>/dev/null
"$jxc" build -f json -o "$tmp/stdin.json" - < examples/jiangsu-2025.jx 2>/dev/null
"$py" - "$root/docs/jx.schema.json" "$tmp/examples.json" "$tmp/stdin.json" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    raw = open(path, encoding="utf-8").read()
    doc = json.loads(raw)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
    if errors:
        sys.exit(1)
    print(f"{path}: valid ({len(doc['projects'])} projects, {len(doc['departments'])} departments)")
# The schema can fail: a comparator spelt as in the source, a missing key, a bad code are caught.
doc = json.load(open(sys.argv[2]))
doc["projects"][0]["indicators"][0]["full"]["op"] = "≥"
del doc["projects"][1]["funds"]["total"]
doc["diagnostics"].append({"severity": "fatal", "code": "X1", "message": "", "file": None, "line": None, "column": None, "notes": [], "help": []})
found = {tuple(e.path)[:2] for e in validator.iter_errors(doc)}
if len(list(validator.iter_errors(doc))) < 3:
    print("the schema accepted a broken document")
    sys.exit(1)
print("a broken document is rejected")
PY
