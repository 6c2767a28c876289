#!/usr/bin/env bash
# Runs the libFuzzer harness for a number of seconds, on one core (make fuzz FUZZ_SECONDS=N).
#   tests/fuzz/run.sh FUZZER SECONDS [extra libFuzzer options...]
# The working corpus is kept in build/fuzz/corpus (seeded from the project's inputs by
# tests/fuzz/seeds.py, and grown by every run); what crashes, leaks or hangs is written to
# build/fuzz/crashes/. Exits 1 when the run found something. docs/robustness.md says how to
# turn a finding into a golden test.
set -euo pipefail
fuzzer=$1
seconds=${2:-60}
shift 2 || true
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$fuzzer")
mkdir -p "$out/corpus" "$out/crashes"
python3 "$here/seeds.py" "$out/corpus" >/dev/null
python3 "$here/dict.py" "$out/jx.dict" >/dev/null
before=$(ls "$out/crashes" | wc -l)
echo "fuzz: running $(basename "$fuzzer") for ${seconds}s on $(ls "$out/corpus" | wc -l) corpus files"
status=0
# -timeout: an input that takes seconds is a hang; -rss_limit_mb: one that takes gigabytes is a
# memory bug; -max_len: jx files are small per table, and short inputs make fast runs.
"$fuzzer" "$out/corpus" -dict="$out/jx.dict" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -artifact_prefix="$out/crashes/" \
  "$@" 2>"$out/last-run.log" || status=$?
tail -n 20 "$out/last-run.log" | grep -E '^(stat::|#[0-9]+|==[0-9]+==|SUMMARY)' | tail -n 12 || true
after=$(ls "$out/crashes" | wc -l)
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
  echo "fuzz: FOUND a problem; see $out/last-run.log and $out/crashes/" >&2
  exit 1
fi
echo "fuzz: no crash, leak or hang in ${seconds}s"
