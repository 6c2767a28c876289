#!/usr/bin/env bash
# jxc lsp driven by a scripted client (tests/suites/lsp/session.py): initialize, didOpen,
# didChange with an error typed in and its quick fix, completion, hover, definition, symbols,
# formatting, half-typed input and malformed messages, shutdown and exit; every answer is
# compared with tests/suites/lsp/expected.txt (rewrite it with
# `python3 tests/suites/lsp/session.py --update build/jxc` and review the diff); then
# tests/suites/lsp/robust.py: 200 examples broken at random places, every request answered.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib/need.sh"
need python3
python3 "$here/lsp/session.py" "$1"
python3 "$here/lsp/robust.py" "$1" 200
