#!/usr/bin/env bash
# Writes docs/forms/NAME.md for every form of the standard library from `jxc help 表式 NAME`, so
# that the page is what jxc knows of the form (tests/suites/form-docs.sh checks they agree).
#   scripts/form-docs.sh build/jxc
set -euo pipefail
jxc=$1
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root/docs/forms"
"$jxc" help 表式 | sed -n 's/^  \([^　]*\)　.*/\1/p' | while read -r name; do
  {
    printf '# 表式 %s\n\n' "$name"
    printf '由 `jxc help 表式 %s` 生成（`scripts/form-docs.sh`），与标准库中的声明一致。\n' "$name"
    printf 'Generated from `jxc help 表式 %s` (`scripts/form-docs.sh`): what the standard library declares.\n\n' "$name"
    printf '```text\n'
    "$jxc" help 表式 "$name"
    printf '```\n'
  } > "$root/docs/forms/$name.md"
done
