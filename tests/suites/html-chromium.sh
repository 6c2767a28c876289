#!/usr/bin/env bash
# The HTML output in a real browser: headless Chromium loads what `jxc build -f html` writes.
#   - every table's grid is whole; every indicator of the JSON output is in its form's table,
#     in its row, with its values;
#   - each of the four seed forms (江苏 project, 江苏 部门整体, 上海, 南通) shows one seed
#     table's rows, merges and values in the seed's order (tests/suites/fixtures/seed-forms);
#   - printed to PDF: A4 pages, each form starting a page;
#   - hostile text (<script>, quotes, &, """) is text, and nothing runs;
#   - --split writes one page per table and an index, every link resolving.
# Screenshots are kept in build/test-artifacts/html/ (not committed) for a person to look at.
set -u
jxc=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/lib/need.sh"
. "$here/lib/examples.sh"
need chromium pdfinfo pdftotext python3 || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
art="$root/build/test-artifacts/html"
mkdir -p "$art"
fail=0
cd "$root"
check() { python3 "$here/lib/html_check.py" "$@" || fail=1; }

# A fresh profile for every run, no network, nothing from outside.
chrome() {
  local profile
  profile=$(mktemp -d "$tmp/profile.XXXXXX")
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$profile" "$@" 2>>"$tmp/chromium.log"
}

"$jxc" build -f html -o "$tmp/examples.html" $(example_tables) 2>/dev/null || { echo "FAIL: jxc build -f html examples/"; exit 1; }
"$jxc" build -f json -o "$tmp/examples.json" $(example_tables) 2>/dev/null || { echo "FAIL: jxc build -f json examples/"; exit 1; }
chrome --dump-dom "file://$tmp/examples.html" >"$tmp/examples.dom"
if [ ! -s "$tmp/examples.dom" ]; then echo "FAIL: Chromium loaded nothing:"; tail -5 "$tmp/chromium.log"; exit 1; fi

check grids "$tmp/examples.dom"
check indicators "$tmp/examples.dom" "$tmp/examples.json"
for f in "$here"/fixtures/seed-forms/*.txt; do check seed "$tmp/examples.dom" "$f"; done

# Print: A4 pages, every form starting a page (its title the first line of the page).
chrome --no-pdf-header-footer --print-to-pdf="$tmp/examples.pdf" "file://$tmp/examples.html" >/dev/null
if ! pdfinfo "$tmp/examples.pdf" >"$tmp/pdfinfo" 2>&1; then
  echo "FAIL: Chromium printed no PDF:"; tail -5 "$tmp/chromium.log"; exit 1
fi
python3 - "$tmp/examples.pdf" "$tmp/examples.json" "$tmp/pdfinfo" <<'PY' || fail=1
import json, re, subprocess, sys
pdf, data, info = sys.argv[1], json.load(open(sys.argv[2])), open(sys.argv[3]).read()
pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
bad = []
if abs(w - 595.3) > 2 or abs(h - 841.9) > 2:
    bad.append(f"pages are {w} x {h} pt, not A4 (595.3 x 841.9)")
text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
firsts = [next((l.strip() for l in p.splitlines() if l.strip()), "") for p in text[:pages]]
# the seed forms', the generic forms' (the regions' tables) and the 东莞 form examples/ declares
titles = {"江苏省省级项目预算绩效目标表", "江苏省省级部门整体预算绩效目标表", "南通市本级项目预算绩效目标表", "财政项目支出绩效目标申报表",
          "项目支出绩效目标申报表", "部门整体支出绩效目标申报表", "东莞市财政项目支出绩效目标批复表"}
starts = [f for f in firsts if f in titles]
tables = len(data["projects"]) + len(data["departments"])
if len(starts) != tables:
    bad.append(f"{len(starts)} pages start with a form's title, for {tables} forms")
# a title anywhere but at the top of a page, after the cover and summary, is a form that
# did not start a page
first_form = next((i for i, f in enumerate(firsts) if f in titles), 0)
for i, p in enumerate(text[first_form:pages], first_form):
    lines = [l.strip() for l in p.splitlines() if l.strip()]
    if any(l in titles for l in lines[1:]):
        bad.append(f"page {i + 1}: a form starts below the top of the page")
for b in bad:
    print("FAIL:", b)
if not bad:
    print(f"PDF: {pages} A4 pages, each of the {tables} forms starting a page")
sys.exit(1 if bad else 0)
PY

# Screenshots to look at: the cover and, through --split, one page of each seed form.
chrome --hide-scrollbars --window-size=1280,1600 --screenshot="$art/examples.png" "file://$tmp/examples.html" >/dev/null
"$jxc" build -f html --split "$tmp/split" $(example_tables) 2>/dev/null || { echo "FAIL: jxc build -f html --split"; fail=1; }
python3 - "$tmp/split" <<'PY' || fail=1
import os, re, sys
d = sys.argv[1]
names = sorted(os.listdir(d))
bad = [n for n in names if not n.endswith(".html")]
index = open(os.path.join(d, "index.html"), encoding="utf-8").read()
links = re.findall(r'href="([^"#]+)"', index)
bad += [f"index.html links to {l}, which is missing" for l in links if not os.path.exists(os.path.join(d, l))]
if len(links) != len(names) - 1:
    bad.append(f"{len(links)} links in index.html, {len(names) - 1} pages")
for n in names:
    if n != "index.html" and 'href="index.html"' not in open(os.path.join(d, n), encoding="utf-8").read():
        bad.append(f"{n} has no link back to index.html")
for b in bad:
    print("FAIL: --split:", b)
if not bad:
    print(f"--split: index.html and {len(names) - 1} pages, every link resolving")
sys.exit(1 if bad else 0)
PY
for page in "$tmp"/split/001-*.html "$tmp"/split/005-*.html "$tmp"/split/006-*.html "$tmp"/split/024-*.html; do
  [ -e "$page" ] || { echo "FAIL: no page $page"; fail=1; continue; }
  chrome --hide-scrollbars --window-size=1000,1500 --screenshot="$art/$(basename "$page" .html).png" "file://$page" >/dev/null
done

# Hostile text: markup, quotes and formulas come out as text, and nothing runs.
"$jxc" build -f html -o "$tmp/hostile.html" tests/suites/fixtures/hostile.jx 2>/dev/null || { echo "FAIL: jxc build -f html hostile.jx"; fail=1; }
chrome --dump-dom "file://$tmp/hostile.html" >"$tmp/hostile.dom"
check hostile "$tmp/hostile.dom"
check grids "$tmp/hostile.dom"
chrome --hide-scrollbars --window-size=1000,1400 --screenshot="$art/hostile.png" "file://$tmp/hostile.html" >/dev/null

for f in examples.png hostile.png; do
  [ -s "$art/$f" ] || { echo "FAIL: no screenshot $f"; fail=1; }
done
[ $fail = 0 ] && echo "screenshots: build/test-artifacts/html/"
exit $fail
