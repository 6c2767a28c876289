#!/usr/bin/env bash
# The Debian package (make deb, scripts/deb.sh): its files are those of tests/suites/deb/files.txt
# (dpkg-deb -c), its Depends name the libraries the binary links, and it installs with dpkg into a
# fresh root (an empty dpkg database), from where `jxc --version` runs and checks an example
# with the standard library built in, and the Vim syntax file is in Vim's runtime path.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/suites/lib/need.sh"
need dpkg dpkg-deb dpkg-shlibdeps
jxc=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
deb=$("$root/scripts/deb.sh" "$jxc" "$tmp/out")
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort > "$tmp/files.txt"
diff -u "$root/tests/suites/deb/files.txt" "$tmp/files.txt"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libcjson1; do
  case "$depends" in *"$lib"*) ;; *) echo "FAIL: Depends lacks $lib: $depends"; exit 1 ;; esac
done
# A fresh root: an empty dpkg database, nothing else installed (so its Depends are not met there:
# the libraries are the host's).
r="$tmp/root"
mkdir -p "$r/var/lib/dpkg/info" "$r/var/lib/dpkg/updates"
: > "$r/var/lib/dpkg/status"
dpkg --root="$r" --log=/dev/null --force-not-root --force-depends -i "$deb" >/dev/null 2>"$tmp/dpkg.err" || { cat "$tmp/dpkg.err"; exit 1; }
dpkg --root="$r" -s jxc | grep -q '^Status: install ok installed$'
"$r/usr/bin/jxc" --version
cp "$root/examples/jiangsu-2025.jx" "$tmp/t.jx"
(cd "$tmp" && "$r/usr/bin/jxc" check t.jx 2>/dev/null)
JX_STDLIB="$r/usr/share/jxc/stdlib" "$r/usr/bin/jxc" check "$tmp/t.jx" 2>/dev/null
test -f "$r/usr/share/vim/vimfiles/syntax/jx.vim"
zcat "$r/usr/share/man/man1/jxc.1.gz" | grep -q '^\.TH'
dpkg --root="$r" --log=/dev/null --force-not-root -r jxc >/dev/null
test ! -e "$r/usr/bin/jxc"
echo "deb: $(basename "$deb"), $(du -k "$deb" | cut -f1) KB, installed into a fresh root and removed"
