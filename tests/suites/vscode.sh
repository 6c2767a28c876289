#!/usr/bin/env bash
# The VS Code extension (editors/vscode/): its npm packages install (vscode-languageclient, and
# @vscode/vsce to package it), `vsce package` makes a .vsix holding the extension, its grammar
# and the language client, and the TextMate grammar, run by vscode-textmate with Oniguruma as
# VS Code runs it, gives the expected scopes to a sample table's tokens. Needs the npm registry.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/suites/lib/need.sh"
need node npm unzip
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$root/editors/vscode" "$tmp/ext"
rm -rf "$tmp/ext/node_modules" "$tmp/ext/"*.vsix
(cd "$tmp/ext" && npm install --no-audit --no-fund --loglevel=error >/dev/null &&
  npx --no-install vsce package --skip-license --allow-missing-repository -o jx.vsix >"$tmp/vsce.log" 2>&1) ||
  { cat "$tmp/vsce.log"; exit 1; }
unzip -l "$tmp/ext/jx.vsix" > "$tmp/list.txt"
for f in extension/package.json extension/extension.js extension/syntaxes/jx.tmLanguage.json \
         extension/language-configuration.json extension/node_modules/vscode-languageclient/node.js; do
  grep -q " $f\$" "$tmp/list.txt" || { echo "FAIL: the .vsix lacks $f"; cat "$tmp/list.txt"; exit 1; }
done
if grep -q "node_modules/@vscode/vsce/" "$tmp/list.txt"; then echo "FAIL: the .vsix holds vsce itself"; exit 1; fi
mkdir "$tmp/tm"
(cd "$tmp/tm" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error vscode-textmate@9 vscode-oniguruma@2 >/dev/null)
cp "$root/tests/suites/vscode/tokens.js" "$tmp/tm/"
node "$tmp/tm/tokens.js" "$root/editors/vscode/syntaxes/jx.tmLanguage.json" "$root/tests/suites/vscode/sample.jx" \
  "$root/tests/suites/vscode/expected-scopes.txt"
echo "vscode: packaged $(du -k "$tmp/ext/jx.vsix" | cut -f1) KB ($(grep -c ' extension/' "$tmp/list.txt") files)"
