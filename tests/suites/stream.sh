#!/usr/bin/env bash
# jxc check, streaming a file at a time and a table at a time, says exactly what compiling all
# at once says (JX_NO_STREAM=1), over every golden input, the examples and a generated file of
# many tables: tests/suites/lib/stream_oracle.py.
set -eu
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v python3 >/dev/null || "$root/scripts/deps.sh" test
# One file of many tables after one 默认, with the generator's mistakes in them; and the same
# with the 默认 moved to the end (a file then checked whole).
python3 "$root/bench/gen.py" --mb 1 --no-journals --out "$work/gen" >/dev/null 2>&1
python3 - "$work" <<'PY'
import glob, os, re, sys
work = sys.argv[1]
files = sorted(glob.glob(os.path.join(work, "gen", "jx", "*.jx")))
text = "".join(open(f, encoding="utf-8").read() for f in files[:40])
defaults = re.findall(r"(?ms)^默认 \{.*?^\}\n", text)
tables = re.sub(r"(?ms)^默认 \{.*?^\}\n", "", text)
first = defaults[0] if defaults else ""
open(os.path.join(work, "one.jx"), "w", encoding="utf-8").write(first + tables)
open(os.path.join(work, "late.jx"), "w", encoding="utf-8").write(tables + first)
PY
python3 "$root/tests/suites/lib/stream_oracle.py" "$jxc" "$work/one.jx" "$work/late.jx"
