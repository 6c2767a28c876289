#!/usr/bin/env bash
# Every warning and note `jxc check examples/` prints is listed in examples/README.md (file
# relative to examples/, line and code), and every row of the README's tables is still reported: the table of the
# seeds' real mistakes and the compiler agree both ways.
set -euo pipefail
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
# The evaluation examples (examples/evaluation/) are checked one at a time: they may hold errors,
# the published tables' own, listed as evaluation/FILE:LINE.
{ "$jxc" check --diagnostics=json --max-warnings=1000000 $(ls -d examples/*.jx examples/*/ | grep -v /evaluation/) 2>&1 >/dev/null
  for f in examples/evaluation/*.jx; do "$jxc" check --diagnostics=json --max-warnings=1000000 "$f" 2>&1 >/dev/null || true; done
} | python3 -c '
import json, re, sys, collections
reported = collections.Counter()
for line in sys.stdin:
    d = json.loads(line)
    evaluation = "/evaluation/" in d["file"]
    if d["severity"] == "error" and not evaluation:
        print("error in the examples:", d["file"], d["line"], d["code"]); sys.exit(1)
    f = d["file"]
    reported[(f[len("examples/"):] if f.startswith("examples/") else f, d["line"], d["code"])] += 1
listed = collections.Counter()
for row in open("examples/README.md", encoding="utf-8"):
    m = re.match(r"\| ([\w/-]+\.jx):([\d, ]+) \| ([EWN]\d{4})(?: ×(\d+))? \|", row)
    if not m:
        continue
    for n in m.group(2).split(","):
        listed[(m.group(1), int(n), m.group(3))] += int(m.group(4) or 1)
missing = sorted(set(reported) - set(listed))
stale = sorted(set(listed) - set(reported))
for k in missing: print("reported but not in examples/README.md:", *k)
for k in stale: print("in examples/README.md but no longer reported:", *k)
for k in sorted(set(listed) & set(reported)):
    if listed[k] != reported[k]: print("count differs:", *k, "listed", listed[k], "reported", reported[k])
bad = missing or stale or any(listed[k] != reported[k] for k in set(listed) & set(reported))
print(f"{sum(reported.values())} diagnostics, {len(reported)} places, all listed" if not bad else "")
sys.exit(1 if bad else 0)
'
