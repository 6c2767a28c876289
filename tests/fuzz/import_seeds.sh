#!/usr/bin/env bash
# The seeds of the import fuzzer: the workbook and the CSV of each example's target tables, and
# of the golden fixtures, written to DIR (tests/fuzz/import_seeds.sh JXC DIR).
set -eu
jxc=$1 dir=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$dir"
cd "$root"
for f in examples/*.jx tests/golden/fixtures/*.jx; do
  n=$(basename "$f" .jx)
  "$jxc" build -f xlsx -o "$dir/$n.xlsx" "$f" 2>/dev/null || true
  "$jxc" build -f csv -o "$dir/$n.csv" "$f" 2>/dev/null || true
done
