#!/usr/bin/env bash
# Builds the Debian package of jxc (make deb): the binary (the standard library is built into
# it), a copy of the standard library's .jx files to read, the man pages, the Vim and Neovim
# syntax and filetype files, and the three lines of Neovim configuration that attach
# `jxc lsp`. Installable on Debian-family systems (Debian, Ubuntu, 统信 UOS, 麒麟).
#   scripts/deb.sh JXC OUTDIR     writes OUTDIR/jxc_VERSION_ARCH.deb and prints its path
# The dependencies (libc6, libcjson1, libxlsxwriter4 …) are found by dpkg-shlibdeps from the
# binary itself.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jxc=$1
out=$2
version=$(sed -n 's/^#define JX_VERSION "\(.*\)"$/\1/p' "$root/compiler/base/version.h")
arch=$(dpkg --print-architecture)
name="jxc_${version}_${arch}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
stage="$work/$name"

install -D -m 755 "$jxc" "$stage/usr/bin/jxc"
strip --strip-unneeded "$stage/usr/bin/jxc" 2>/dev/null || true
(cd "$root/stdlib" && find . -name '*.jx' -print0 | sort -z | while IFS= read -r -d '' f; do
  install -D -m 644 "$f" "$stage/usr/share/jxc/stdlib/${f#./}"; done)
install -d "$stage/usr/share/man/man1"
gzip -9n < "$root/docs/jxc.1" > "$stage/usr/share/man/man1/jxc.1.gz"
# The Chinese manual page, where the tree has one (docs/zh_CN/jxc.1 or docs/jxc.zh_CN.1).
for zh in "$root/docs/zh_CN/jxc.1" "$root/docs/jxc.zh_CN.1"; do
  if [ -f "$zh" ]; then
    install -d "$stage/usr/share/man/zh_CN/man1"
    gzip -9n < "$zh" > "$stage/usr/share/man/zh_CN/man1/jxc.1.gz"
    break
  fi
done
for rt in usr/share/vim/vimfiles usr/share/nvim/site; do
  install -D -m 644 "$root/editors/vim/syntax/jx.vim" "$stage/$rt/syntax/jx.vim"
  install -D -m 644 "$root/editors/vim/ftdetect/jx.vim" "$stage/$rt/ftdetect/jx.vim"
done
install -D -m 644 "$root/editors/vim/jxc.lua" "$stage/usr/share/doc/jxc/jxc.lua"
install -D -m 644 "$root/editors/vscode/syntaxes/jx.tmLanguage.json" "$stage/usr/share/jxc/editors/jx.tmLanguage.json"
install -m 644 "$root/README.md" "$stage/usr/share/doc/jxc/README.md"

# Depends, from the libraries the binary links (dpkg-shlibdeps reads debian/control).
mkdir -p "$work/src/debian"
printf 'Source: jxc\n\nPackage: jxc\nArchitecture: any\n' > "$work/src/debian/control"
depends=$(cd "$work/src" && dpkg-shlibdeps -O "$stage/usr/bin/jxc" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
size=$(du -sk "$stage/usr" | cut -f1)
install -d "$stage/DEBIAN"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: jxc
Version: $version
Architecture: $arch
Maintainer: jx developers <jx@localhost>
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: compiler of jx, the language of budget performance targets
 jx writes the budget performance target tables (预算绩效目标表) of Chinese
 government agencies as plain text; jxc checks them (types, units, exact money
 arithmetic, the Ministry of Finance's indicator framework), formats them,
 compares versions semantically and writes JSON, CSV, XLSX and the official
 forms as HTML. It has a language server (jxc lsp) and Vim/Neovim syntax files.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out/$name.deb" >/dev/null
echo "$out/$name.deb"
