#!/usr/bin/env bash
# The CSV output in a real spreadsheet: LibreOffice (headless) opens what `jxc build -f csv`
# writes for every example (UTF-8 with BOM, without BOM, GB18030; the indicators, funds and
# expenses tables) and for hostile text, and every cell it reads back is as jxc wrote it:
# text stays text (=100% is never computed to 1), Chinese is intact, amounts are numbers.
set -u
jxc=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/lib/need.sh"
. "$here/lib/examples.sh"
need soffice python3 || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
cd "$root"

build() { # build NAME ARGS... : writes $tmp/NAME.csv
  local name=$1; shift
  if ! "$jxc" build -f csv "$@" -o "$tmp/$name.csv" 2>"$tmp/$name.err"; then
    echo "FAIL: jxc build -f csv $* failed:"; cat "$tmp/$name.err"; fail=1
  fi
}
build indicators $(example_tables)
build indicators-nobom --no-bom $(example_tables)
build indicators-gb18030 --encoding gb18030 $(example_tables)
build funds --table funds $(example_tables)
build expenses --table expenses $(example_tables)
build hostile tests/suites/fixtures/hostile.jx
build hostile-funds --table funds tests/suites/fixtures/hostile.jx
# The control: a bare =100% that LibreOffice must compute, or this suite could not tell a
# guarded cell from an unguarded one.
printf '\xef\xbb\xbfa\r\n=100%%\r\n' >"$tmp/control.csv"

# LibreOffice converts each CSV to a flat ODF spreadsheet, keeping the types and the shown
# text of every cell. Filter options: comma, double quote, character set (76 UTF-8, 85
# GB18030), data from line 1.
convert() { # convert CHARSET FILE...
  local charset=$1; shift
  soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore \
    --convert-to fods --infilter="CSV:44,34,$charset,1" --outdir "$tmp/out" "$@" >"$tmp/soffice.log" 2>&1
}
mkdir -p "$tmp/out"
convert 76 "$tmp"/indicators.csv "$tmp"/indicators-nobom.csv "$tmp"/funds.csv "$tmp"/expenses.csv \
  "$tmp"/hostile.csv "$tmp"/hostile-funds.csv "$tmp"/control.csv
convert 85 "$tmp"/indicators-gb18030.csv
for f in indicators indicators-nobom indicators-gb18030 funds expenses hostile hostile-funds control; do
  if [ ! -s "$tmp/out/$f.fods" ]; then
    echo "FAIL: LibreOffice did not convert $f.csv:"; cat "$tmp/soffice.log"; fail=1
  fi
done
[ $fail = 0 ] || exit 1

if ! python3 "$here/lib/fods_cells.py" "$tmp/out/control.fods" | grep -q '"of:=100%"'; then
  echo "FAIL: the control =100% was not read as a formula; this LibreOffice cannot test the guard"
  fail=1
fi

cells() { python3 "$here/lib/csv_cells.py" "$@" || fail=1; }
cells "$tmp/indicators.csv" "$tmp/out/indicators.fods" utf-8 年度
cells "$tmp/indicators-nobom.csv" "$tmp/out/indicators-nobom.fods" utf-8-nobom 年度
cells "$tmp/indicators-gb18030.csv" "$tmp/out/indicators-gb18030.fods" gb18030 年度
cells "$tmp/funds.csv" "$tmp/out/funds.fods" utf-8 年度 金额 金额（元）
cells "$tmp/expenses.csv" "$tmp/out/expenses.fods" utf-8 年度 半年计划执行数 全年预算数 半年计划执行数（元） 全年预算数（元）
cells "$tmp/hostile.csv" "$tmp/out/hostile.fods" utf-8 年度
cells "$tmp/hostile-funds.csv" "$tmp/out/hostile-funds.fods" utf-8 年度 金额 金额（元）

# GB18030 is the same text as UTF-8, byte for byte once converted back.
if ! iconv -f GB18030 -t UTF-8 "$tmp/indicators-gb18030.csv" | cmp -s - "$tmp/indicators-nobom.csv"; then
  echo "FAIL: the GB18030 output is not the UTF-8 output converted"; fail=1
fi

# The hostile cells, as LibreOffice shows them.
python3 - "$tmp/out/hostile.fods" "$here/lib" <<'PY' || fail=1
import sys
sys.path.insert(0, sys.argv[2])
import fods_cells
rows = fods_cells.cells(sys.argv[1])
shown = {r[7][2]: (r[9][0], r[9][2]) for r in rows[1:]}
want = {
    "等于百分比": ("string", "＝100%"), "百分比": ("string", "100％"), "＝SUM(A1:A9)": ("string", "＝1+1"),
    "＋3": ("string", "＋3"), "－": ("string", "－"), "＠cmd": ("string", "＠SUM(1)"),
    "引号\"\"\"与逗号,": ("string", 'a"""b, c'), "多行": ("string", "第一行 & <b>\n第二行"),
    "<script>alert(3)</script>": ("string", "</td><script>alert(4)</script>"),
}
bad = [(k, shown.get(k), v) for k, v in want.items() if shown.get(k) != v]
for k, got, v in bad:
    print(f"FAIL: {k!r} shows {got!r}, expected {v!r}")
sys.exit(1 if bad else 0)
PY
exit $fail
