#!/usr/bin/env bash
# `make install` honours PREFIX and DESTDIR: the binary and the man page land under
# DESTDIR/PREFIX, the installed jxc runs on its own (the standard library is built in), and
# `make uninstall` removes them again.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
make -s -C "$root" install PREFIX=/opt/jx DESTDIR="$tmp/stage" >/dev/null
test -x "$tmp/stage/opt/jx/bin/jxc"
test -f "$tmp/stage/opt/jx/share/man/man1/jxc.1"
test -f "$tmp/stage/opt/jx/share/man/zh_CN/man1/jxc.1"
cp "$root/examples/jiangsu-2025.jx" "$tmp/t.jx"
(cd "$tmp" && "$tmp/stage/opt/jx/bin/jxc" check -A W0602 -A N0706 -A W0702 t.jx)
if command -v man >/dev/null 2>&1; then man -l "$tmp/stage/opt/jx/share/man/man1/jxc.1" 2>/dev/null | grep -q "budget performance targets"; fi
make -s -C "$root" uninstall PREFIX=/opt/jx DESTDIR="$tmp/stage" >/dev/null
test ! -e "$tmp/stage/opt/jx/bin/jxc"
echo "installed and uninstalled under DESTDIR/PREFIX"
