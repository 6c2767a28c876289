#!/usr/bin/env bash
# Runs the libFuzzer harness on one core.
#   tests/fuzz/run.sh FUZZER SECONDS [extra libFuzzer options...]    (make fuzz FUZZ_SECONDS=N)
#   tests/fuzz/run.sh --check FUZZER RUNS SEED                        (make check-fuzz)
# The exploring run keeps its working corpus in build/fuzz/corpus (seeded from the project's
# inputs by tests/fuzz/seeds.py, and grown by every run). The check of make test is
# reproducible: it starts from the seeds alone (build/fuzz/check-corpus, made afresh), with a
# fixed seed and a fixed number of runs, so a finding in CI is found again by `make check-fuzz`
# on any machine, however fast. What crashes, leaks or hangs is written to build/fuzz/crashes/,
# and the head of the report is printed. Exits 1 when the run found something.
# docs/robustness.md says how to turn a finding into a golden test.
set -euo pipefail
check=false
if [ "${1:-}" = --check ]; then check=true; shift; fi
fuzzer=$1
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$fuzzer")
if $check; then
  runs=$2 seed=$3
  shift 3
  corpus=$out/check-corpus
  rm -rf "$corpus"
  limit=(-runs="$runs" -seed="$seed")
  what="$runs runs from seed $seed"
else
  seconds=${2:-60}
  shift 2 || true
  corpus=$out/corpus
  limit=(-max_total_time="$seconds")
  what="${seconds}s"
fi
mkdir -p "$corpus" "$out/crashes"
python3 "$here/seeds.py" "$corpus" >/dev/null
python3 "$here/dict.py" "$out/jx.dict" >/dev/null
before=$(ls "$out/crashes" | wc -l)
echo "fuzz: $(basename "$fuzzer"), $what, on $(ls "$corpus" | wc -l) corpus files"
status=0
# -timeout: an input that takes seconds is a hang; -rss_limit_mb: one that takes gigabytes is a
# memory bug; -max_len: jx files are small per table, and short inputs make fast runs.
"$fuzzer" "$corpus" -dict="$out/jx.dict" "${limit[@]}" -timeout=10 \
  -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -artifact_prefix="$out/crashes/" \
  "$@" 2>"$out/last-run.log" || status=$?
after=$(ls "$out/crashes" | wc -l)
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
  # The report's head (what went wrong, where, with the first frames) and its summary; the
  # whole report is in last-run.log, which a CI log does not keep.
  awk '/ERROR: |runtime error|^fuzz: /{on=1} on && n<40 {print; n++} /^SUMMARY:/{print}' "$out/last-run.log" | uniq
  grep -E '^(MS:|artifact_prefix|Base64|stat::)' "$out/last-run.log" | tail -n 12 || true
  echo "fuzz: FOUND a problem; see $out/last-run.log and $out/crashes/" >&2
  echo "fuzz: reproduce with: $fuzzer FILE-IN-CRASHES (or make check-fuzz, the same runs)" >&2
  exit 1
fi
grep -E '^stat::' "$out/last-run.log" | tail -n 6 || true
echo "fuzz: no crash, leak or hang in $what"
