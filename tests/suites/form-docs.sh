#!/usr/bin/env bash
# docs/forms/NAME.md is what `jxc help 表式 NAME` prints, for every form of the standard
# library (scripts/form-docs.sh writes them), and `jxc new NAME` for every form writes a table
# that is formatted and compiles with warnings only.
set -euo pipefail
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
forms=$("$jxc" help 表式 | sed -n 's/^  \([^　]*\)　.*/\1/p')
[ -n "$forms" ]
n=0
for name in $forms; do
  page="$root/docs/forms/$name.md"
  [ -f "$page" ] || { echo "no docs/forms/$name.md (run scripts/form-docs.sh)"; exit 1; }
  sed -n '/^```text$/,/^```$/p' "$page" | sed '1d;$d' > "$tmp/page"
  "$jxc" help 表式 "$name" > "$tmp/help"
  diff -u "$tmp/page" "$tmp/help" || { echo "docs/forms/$name.md differs from jxc help 表式 $name (run scripts/form-docs.sh)"; exit 1; }
  "$jxc" new "$name" -o "$tmp/new.jx"
  "$jxc" fmt --check "$tmp/new.jx" >/dev/null || { echo "jxc new $name is not formatted"; exit 1; }
  status=0
  "$jxc" check --diagnostics=json "$tmp/new.jx" 2> "$tmp/diags" || status=$?
  [ $status -eq 0 ] || { echo "jxc new $name does not compile:"; cat "$tmp/diags"; exit 1; }
  grep -q '"severity":"warning"' "$tmp/diags" || { echo "jxc new $name: no warning says what is left to fill in"; exit 1; }
  n=$((n + 1))
done
for page in "$root"/docs/forms/*.md; do
  name=$(basename "$page" .md)
  printf '%s\n' $forms | grep -qx "$name" || { echo "docs/forms/$name.md: no such form"; exit 1; }
done
echo "$n forms: docs match, jxc new compiles with warnings"
