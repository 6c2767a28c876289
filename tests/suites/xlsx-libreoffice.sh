#!/usr/bin/env bash
# The XLSX output in a real spreadsheet: LibreOffice (headless) opens the workbook
# `jxc build -f xlsx` writes for every example and for hostile text, and every cell it reads
# back is checked against the JSON of the same input (tests/suites/lib/xlsx_check.py): the
# sheets, text, numbers, the merged 一级/二级 cells, no formula anywhere, A4 portrait fit to
# one page wide. Then a form sheet printed to PDF is one page wide on A4.
set -u
jxc=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/lib/need.sh"
. "$here/lib/examples.sh"
need soffice python3 pdfinfo pdftotext || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
cd "$root"

build() { # build NAME INPUT... : writes $tmp/NAME.xlsx and $tmp/NAME.json
  local name=$1; shift
  if ! "$jxc" build -f xlsx -o "$tmp/$name.xlsx" "$@" 2>"$tmp/$name.err" ||
     ! "$jxc" build -f json -o "$tmp/$name.json" "$@" 2>>"$tmp/$name.err"; then
    echo "FAIL: jxc build $* failed:"; cat "$tmp/$name.err"; fail=1
  fi
}
build examples $(example_tables)
build hostile tests/suites/fixtures/hostile.jx
build songjiang examples/songjiang-2025.jx
[ $fail = 0 ] || exit 1

soffice() {
  command soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore "$@" >>"$tmp/soffice.log" 2>&1
}
mkdir -p "$tmp/out"
soffice --convert-to fods --outdir "$tmp/out" "$tmp/examples.xlsx" "$tmp/hostile.xlsx"
soffice --convert-to pdf --outdir "$tmp/out" "$tmp/songjiang.xlsx"
for f in examples.fods hostile.fods songjiang.pdf; do
  if [ ! -s "$tmp/out/$f" ]; then
    echo "FAIL: LibreOffice did not convert to $f:"; cat "$tmp/soffice.log"; fail=1
  fi
done
[ $fail = 0 ] || exit 1

python3 "$here/lib/xlsx_check.py" "$tmp/out/examples.fods" "$tmp/examples.json" || fail=1
python3 "$here/lib/xlsx_check.py" "$tmp/out/hostile.fods" "$tmp/hostile.json" || fail=1

# The hostile values are text cells showing exactly what was written: =100% is not computed.
python3 - "$tmp/out/hostile.fods" "$here/lib" <<'PY' || fail=1
import sys
sys.path.insert(0, sys.argv[2])
import ods_sheets
book = ods_sheets.sheets(sys.argv[1])
seen = {}
for s in book:
    for row in s["grid"]:
        for c in row:
            if "covered" not in c and c["text"]:
                seen.setdefault(c["text"], set()).add(c["type"])
want = ["=100%", "100%", "=1+1", "+3", "-", "@SUM(1)", "  =2", "95.00", "3/4", "1-2", "(5)", "TRUE",
        "007", "1,000", "3", 'a"""b, c', "</td><script>alert(4)</script>", "第一行 & <b>\n第二行",
        '=HYPERLINK("http://example.com","点我")']
bad = [w for w in want if seen.get(w) != {"string"}]
for w in bad:
    print(f"FAIL: {w!r} is shown as {seen.get(w)}, expected one text cell")
sys.exit(1 if bad else 0)
PY

# Printed: the contents and the flat list A4 landscape, each form A4 portrait; every form
# page is one page wide (a page cut off on the right would lack the first column's labels,
# and its indicator heading would lack the last column's).
pdf=$tmp/out/songjiang.pdf
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
tables=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["projects"])+len(d["departments"]))' "$tmp/songjiang.json")
if [ "$pages" -ne $((tables + 2)) ]; then
  echo "FAIL: $pages pages printed for $tables short tables, expected $((tables + 2)) (one each, the contents, the list)"; fail=1
fi
for i in $(seq 1 "$pages"); do
  size=$(pdfinfo -f "$i" -l "$i" "$pdf" | awk -v p="$i" '$1 == "Page" && $2 == p && $3 == "size:" {print $4 "x" $6}')
  text=$(pdftotext -f "$i" -l "$i" -layout "$pdf" -)
  if [ "$i" = 1 ] || [ "$i" = "$pages" ]; then want=841.89x595.304; else want=595.304x841.89; fi
  if [ "$size" != "$want" ]; then echo "FAIL: page $i is $size pt, expected $want (A4)"; fail=1; fi
  if [ "$i" != 1 ] && [ "$i" != "$pages" ]; then
    if ! grep -q '项目名称' <<<"$text" || ! grep -q '一级指标' <<<"$text" || ! grep -q '指标值' <<<"$text"; then
      echo "FAIL: page $i does not hold the form's whole width:"; head -n 8 <<<"$text"; fail=1
    fi
  fi
done
exit $fail
