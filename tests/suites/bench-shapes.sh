#!/usr/bin/env bash
# The benchmark's inputs cannot rot (bench/gen.py, issue 16): at 1 MB, both shapes and both
# versions check with 0 errors; the one-file shape is one file, a 默认 block and project tables
# that each splice in their form's common group (引用); the second version differs from the
# first by one table added, one removed and a few targets changed (jxc diff, exit 1); the
# output is the same for the same seed; jxc tokens --count lexes the same directory. A few
# seconds; the benchmark itself (make bench) is never part of the tests.
set -eu
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

gen() { python3 "$root/bench/gen.py" --mb 1 --no-journals "$@" 2>/dev/null; }
gen --shape one --out "$work/one1"
gen --shape one --version 2 --out "$work/one2"
gen --shape files --out "$work/files1"
gen --shape files --version 2 --out "$work/files2"
gen --out "$work/files1-again"

for d in one1 one2 files1 files2; do
  "$jxc" check "$work/$d/jx" 2>/dev/null || fail "$d: jxc check found errors (status $?)"
  "$jxc" check --diagnostics=json "$work/$d/jx" 2>&1 >/dev/null | grep -q '"severity": *"error"' && fail "$d: an error diagnostic"
done

[ "$(ls "$work/one1/jx")" = budget.jx ] || fail "the one-file shape is not one file: $(ls "$work/one1/jx")"
f=$work/one1/jx/budget.jx
[ "$(grep -c '^默认 {' "$f")" = 1 ] || fail "the one-file shape has no single 默认 block"
projects=$(grep -c '^项目 ' "$f")
refs=$(grep -c '^        引用 江苏省级项目共性指标' "$f")
[ "$projects" -gt 100 ] || fail "only $projects project tables in 1 MB"
[ "$projects" = "$refs" ] || fail "$projects project tables but $refs 引用 of the common group"

for shape in one files; do
  set +e
  out=$("$jxc" diff "$work/${shape}1/jx" "$work/${shape}2/jx")
  status=$?
  set -e
  [ "$status" = 1 ] || fail "$shape: jxc diff of the two versions exited $status"
  summary=$(printf '%s\n' "$out" | tail -n 1)
  case $summary in
    *"新增 1、删除 1"*) ;;
    *) fail "$shape: the versions differ by other than one table added and one removed: $summary" ;;
  esac
  case $summary in
    *"修改 0、新增"*) fail "$shape: no table changed between the versions: $summary" ;;
  esac
done

diff -r "$work/files1" "$work/files1-again" >/dev/null || fail "the files shape differs for the same seed"
"$jxc" tokens --count "$work/one1/jx" | grep -q '^词法单元 [1-9]' || fail "jxc tokens --count on a directory"
echo "bench-shapes: ok ($projects tables in the one-file shape)"
