#!/usr/bin/env bash
# The hostile inputs and outputs of issue 12 (findings 2, 3, 9, 12, 13, 14), each run under
# /usr/bin/time with generous bounds of memory and time, and under timeout so that a hang is a
# failure and not a stuck suite. The bounds are far above what jxc needs (the figures it gives
# are printed); they catch a return of the old behaviour (2 GiB read from /dev/zero, a FIFO
# waited on forever), not a slow machine.
set -eu
jxc=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/lib/need.sh"
need python3 timeout
[ -x /usr/bin/time ] || "$root/scripts/deps.sh" test >&2
[ -x /usr/bin/time ] || { echo "FAIL: this suite needs /usr/bin/time (GNU time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

# bounded NAME MAX_MB MAX_S EXPECTED_STATUS COMMAND...: runs COMMAND (a shell command) with its
# output thrown away; fails when it hangs, ends with another status, or exceeds the bounds.
bounded() {
  local name=$1 max_mb=$2 max_s=$3 want=$4; shift 4
  local status=0
  timeout 120 /usr/bin/time -o "$work/time.txt" -f '%e %M' sh -c "$*" >/dev/null 2>"$work/err.txt" || status=$?
  [ "$status" -ne 124 ] || fail "$name: still running after 120 s"
  local secs kb
  read -r secs kb < <(tail -n 1 "$work/time.txt")
  printf '%-44s %6.2f s %8d KB  status %d\n' "$name" "$secs" "$kb" "$status"
  # GNU time gives the status of sh, which passes on jxc's.
  [ "$status" -eq "$want" ] || { cat "$work/err.txt" >&2; fail "$name: status $status, expected $want"; }
  [ "$kb" -le $((max_mb * 1024)) ] || fail "$name: $kb KB, more than $max_mb MB"
  awk -v s="$secs" -v m="$max_s" 'BEGIN { exit !(s <= m) }' || fail "$name: $secs s, more than $max_s s"
}

cp "$root/tests/golden/fixtures/通用项目.jx" ok.jx

# Finding 9: an endless input stops at the size limit (64 MiB), with bounded memory.
bounded "check /dev/zero" 400 30 1 "'$jxc' check /dev/zero"
bounded "check - < endless pipe" 400 30 1 "cat /dev/zero | '$jxc' check -"
bounded "fmt /dev/zero" 400 30 2 "'$jxc' fmt /dev/zero"
bounded "check a 3 GiB sparse file" 50 10 1 "truncate -s 3G big.jx && '$jxc' check big.jx"
rm -f big.jx
grep -q E0902 "$work/err.txt" || fail "check of a 3 GiB file: no E0902"

# Finding 3: a FIFO or a device in a walk is skipped; named, a FIFO with no writer is an error.
mkdir d && cp ok.jx d/a.jx && mkfifo d/p.jx && ln -s /dev/zero d/zero.jx && ln -s /dev/tty d/tty.jx
bounded "check DIR with a FIFO and devices" 100 30 0 "'$jxc' check d"
bounded "fmt --check DIR with a FIFO and devices" 100 30 0 "'$jxc' fmt --check d"
bounded "fmt -w DIR with a FIFO and devices" 100 30 0 "'$jxc' fmt -w d"
bounded "check FIFO (no writer)" 100 30 2 "'$jxc' check d/p.jx"
bounded "fmt FIFO (no writer)" 100 30 2 "'$jxc' fmt d/p.jx"
bounded "tokens FIFO (no writer)" 100 30 2 "'$jxc' tokens d/p.jx"
bounded "diff FIFO FIFO (no writer)" 100 30 2 "'$jxc' diff d/p.jx d/p.jx"

# Finding 14: an import outside is refused without reading it: /etc/passwd is never quoted.
printf '导入 "/etc/passwd"\n导入 "../../../../../../../../etc/passwd"\n' > imp.jx
bounded "check 导入 /etc/passwd" 100 30 1 "'$jxc' check --diagnostics=sarif imp.jx"
grep -q 'root:' "$work/err.txt" && fail "an import outside quoted /etc/passwd"
[ "$(grep -c E0329 "$work/err.txt")" -ge 2 ] || fail "导入 outside: no E0329"

# Finding 12: diagnostics or output that cannot be written are status 2.
printf '项目 {\n' > bad.jx
bounded "check, diagnostics to /dev/full" 100 30 2 "'$jxc' check --diagnostics=sarif bad.jx 2>/dev/full"
bounded "build -f json > /dev/full" 100 30 2 "'$jxc' build -f json ok.jx >/dev/full"

# A large budget for the output tests: bench/gen.py, 10 MB of tables (a 29 MB JSON).
python3 "$root/bench/gen.py" --mb 10 --out gen --no-journals >/dev/null 2>&1
bounded "build -f json 10 MB" 600 120 0 "'$jxc' build -f json -o big.json gen/jx"

# Finding 2: over a file size limit (ulimit -f), the write fails, is reported, and leaves the
# old file and no temporary file.
echo keep > out.json
bounded "build -o under ulimit -f 1" 100 30 2 "ulimit -f 1; '$jxc' build -f json -o out.json ok.jx"
grep -q 'out.json' "$work/err.txt" || fail "ulimit -f: the write error was not reported"
[ "$(cat out.json)" = keep ] || fail "ulimit -f: the old output was changed"
ls out.json.tmp.* >/dev/null 2>&1 && fail "ulimit -f: a temporary file was left"

# Finding 13: SIGTERM and SIGINT while the 29 MB output is being written remove the temporary
# file. The signal is sent once the temporary file holds 1 MB; a machine so fast that the
# build has finished by then is said, not failed.
for sig in TERM INT; do
  caught=0
  for try in 1 2 3; do
    rm -f out.json out.json.tmp.*
    env --default-signal=INT "$jxc" build -f json -o out.json gen/jx 2>/dev/null & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      t=$(ls out.json.tmp.* 2>/dev/null | head -n 1 || true)
      [ -n "$t" ] && [ "$(stat -c %s "$t" 2>/dev/null || echo 0)" -gt 1048576 ] && break
    done
    if kill -"$sig" "$pid" 2>/dev/null; then
      status=0; wait "$pid" || status=$?
      if [ "$status" -ne 0 ]; then
        caught=1
        want=$([ $sig = TERM ] && echo 143 || echo 130)
        [ "$status" -eq "$want" ] || fail "SIG$sig during build -o: status $status, expected $want"
        ls out.json.tmp.* >/dev/null 2>&1 && fail "SIG$sig during build -o: the temporary file was left"
        [ -e out.json ] && fail "SIG$sig during build -o: an output was written anyway"
        printf '%-44s removed its temporary file, status %d\n' "SIG$sig during build -o" "$status"
        break
      fi
    else
      wait "$pid" || true
    fi
  done
  [ $caught = 1 ] || echo "note: SIG$sig: the build finished before the signal, three times"
done
echo "ok"
