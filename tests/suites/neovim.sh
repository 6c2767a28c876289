#!/usr/bin/env bash
# A real client: headless Neovim (its LSP client is built in) starts `jxc lsp` by the three
# lines of editors/vim/jxc.lua, as written, opens an example, and writes out the diagnostics
# it received; they must be those of `jxc check` on the same file (line, column, code), and
# the syntax file must mark a keyword.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/suites/lib/need.sh"
need nvim python3
jxc=$1
# docs/editors.md shows the three lines as they are in editors/vim/jxc.lua
python3 - "$root" <<'PY'
import sys
root = sys.argv[1]
lines = open(root + "/editors/vim/jxc.lua", encoding="utf-8").read()
assert len(lines.splitlines()) == 3, "editors/vim/jxc.lua is not three lines"
assert "```lua\n" + lines + "```" in open(root + "/docs/editors.md", encoding="utf-8").read(), "docs/editors.md does not show editors/vim/jxc.lua as it is"
PY
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/home"
ln -s "$jxc" "$tmp/bin/jxc"
cp "$root/examples/jiangsu-2025.jx" "$tmp/t.jx"
cat > "$tmp/read.lua" <<'LUA'
local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local line = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1] or ""
  local col = vim.str_utfindex(line, math.min(d.col, #line))
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
  table.insert(out, string.format("%d:%d:%s", d.lnum + 1, col + 1, code))
end
table.sort(out)
if not got then out = { "no diagnostics within 20 s" } end
local clients = vim.lsp.buf_get_clients and vim.lsp.buf_get_clients(0) or vim.lsp.get_clients({ bufnr = 0 })
local names = {}
for _, c in pairs(clients) do table.insert(names, c.name) end
table.insert(out, "clients: " .. table.concat(names, ","))
vim.cmd("syntax on")
table.insert(out, "syntax: " .. vim.fn.synIDattr(vim.fn.synID(2, 1, 1), "name"))
vim.fn.writefile(out, os.getenv("OUT"))
vim.cmd("qa!")
LUA
(cd "$tmp" && HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home" XDG_DATA_HOME="$tmp/home" XDG_STATE_HOME="$tmp/home" \
  PATH="$tmp/bin:$PATH" OUT="$tmp/got.txt" timeout 60 \
  nvim --headless --clean --cmd "set rtp^=$root/editors/vim" --cmd "luafile $root/editors/vim/jxc.lua" \
       -c "luafile $tmp/read.lua" t.jx </dev/null >"$tmp/nvim.log" 2>&1) || { cat "$tmp/nvim.log"; exit 1; }
(cd "$tmp" && "$jxc" check --diagnostics=json t.jx 2>&1 >/dev/null || true) | python3 -c '
import json, sys
rows = sorted("%d:%d:%s" % (d["line"], d["column"], d["code"]) for d in map(json.loads, sys.stdin) if d.get("file") == "t.jx")
print("\n".join(rows))
print("clients: jxc")
print("syntax: jxKeyword")' > "$tmp/want.txt"
if ! diff -u "$tmp/want.txt" "$tmp/got.txt"; then
  cat "$tmp/nvim.log"
  exit 1
fi
echo "neovim: $(grep -c '^[0-9]' "$tmp/got.txt") diagnostics received, as jxc check reports them"
