#!/usr/bin/env bash
# Runs every script in tests/suites/ (tests that drive jxc with other programs: the JSON
# Schema validator, LibreOffice, Chromium, git …). Each gets the jxc binary as $1 and must
# exit 0 to pass. Under CI ($CI set) a missing program is a failure, not a skip.
set -u
jxc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
failed=0; passed=0
for t in "$here"/suites/*.sh; do
  [ -e "$t" ] || continue
  name=$(basename "$t" .sh)
  if out=$(bash "$t" "$jxc" 2>&1); then
    passed=$((passed + 1))
    printf 'ok   %s\n' "$name"
  else
    failed=$((failed + 1))
    printf 'FAIL %s\n%s\n' "$name" "$(printf '%s\n' "$out" | sed 's/^/    /' | tail -n 40)"
  fi
done
printf 'suites: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
