#!/usr/bin/env bash
# Runs the same harness (tests/fuzz/fuzz_jxc.c) under AFL++ for a number of seconds, on one
# core, with AddressSanitizer and UBSan:
#   tests/fuzz/afl.sh SECONDS
# Needs Debian's afl++ (installed when missing). The harness is linked with AFL++'s libFuzzer
# driver (which does not use tests/fuzz/mutator.c: AFL++ mutates bytes, with the dictionary of
# tests/fuzz/dict.py); the seeds are those of the libFuzzer corpus (tests/fuzz/seeds.py). Findings land in
# build/fuzz-afl/out/default/crashes and hangs; the script exits 1 when there are any.
set -euo pipefail
seconds=${1:-600}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/build/fuzz-afl
command -v afl-fuzz >/dev/null 2>&1 || { apt-get install -y -q afl++ >/dev/null || { echo "afl.sh: install afl++ first" >&2; exit 2; }; }
driver=$(ls /usr/lib/afl/libAFLDriver.a /usr/local/lib/afl/libAFLDriver.a 2>/dev/null | head -n 1 || true)
[ -n "$driver" ] || { echo "afl.sh: libAFLDriver.a (afl++) not found" >&2; exit 2; }
make -C "$root" --no-print-directory build/gen/lexer.c build/gen/parser.c build/gen/stdlib_data.c >/dev/null
mkdir -p "$out/seeds"
srcs=$(ls "$root"/compiler/*/*.c | grep -v '/cli/')
AFL_QUIET=1 AFL_USE_ASAN=1 AFL_USE_UBSAN=1 afl-clang-fast -std=c11 -D_XOPEN_SOURCE=700 -O1 -g -w \
  -I"$root/compiler" -I"$root/build/gen" $(pkg-config --cflags libcjson 2>/dev/null) \
  -o "$out/fuzz_jxc" "$root/tests/fuzz/fuzz_jxc.c" $srcs "$root"/build/gen/{lexer,parser,stdlib_data}.c \
  "$driver" $(pkg-config --libs libcjson 2>/dev/null || echo -lcjson) -lstdc++
# AFL++ wants small seeds: those under 16 KiB.
tmp=$(mktemp -d)
python3 "$root/tests/fuzz/seeds.py" "$tmp" >/dev/null
find "$tmp" -type f -size -16k -exec cp {} "$out/seeds/" \;
rm -rf "$tmp"
python3 "$root/tests/fuzz/dict.py" "$out/jx.dict" >/dev/null
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
export ASAN_OPTIONS=abort_on_error=1:symbolize=0:detect_leaks=1

[ -d "$out/out/default/queue" ] && resume="-i -" || resume="-i $out/seeds"
echo "afl: running for ${seconds}s"
timeout --preserve-status $((seconds + 60)) afl-fuzz $resume -o "$out/out" -x "$out/jx.dict" \
  -m none -t 10000 -V "$seconds" -- "$out/fuzz_jxc" >"$out/afl.log" 2>&1 || true
stats=$out/out/default/fuzzer_stats
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs) ' "$stats" || true
n=$(find "$out/out/default/crashes" "$out/out/default/hangs" -type f ! -name README.txt 2>/dev/null | wc -l)
if [ "$n" -gt 0 ]; then echo "afl: FOUND $n crashes or hangs in $out/out/default" >&2; exit 1; fi
echo "afl: no crash or hang in ${seconds}s"
