#!/usr/bin/env bash
# A file over 64 MiB (MAX_FILE_BYTES) holding only tables: jxc check maps it and checks it a
# table at a time (docs/robustness.md), in memory that does not grow with it, and says of it
# what it says of the same tables in a smaller file checked the whole way; a file that big that
# would have to be kept whole is refused with E0902. tests/suites/lib/big_file.py.
set -eu
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v python3 >/dev/null || "$root/scripts/deps.sh" test
python3 "$root/bench/gen.py" --mb 70 --shape one --no-journals --out "$work/gen" >/dev/null 2>&1
python3 "$root/tests/suites/lib/big_file.py" "$jxc" "$work/gen/jx/budget.jx" "$work"
