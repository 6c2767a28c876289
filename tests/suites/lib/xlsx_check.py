#!/usr/bin/env python3
"""Checks what LibreOffice read from a workbook `jxc build -f xlsx` wrote (converted to .fods)
against the JSON `jxc build -f json` writes for the same input.

Usage: xlsx_check.py BOOK.fods BOOK.json

  - the sheets: 目录 first, one sheet per table in source order, 指标, and 声明 last when the
    tables use declarations of the user's files (hidden, under its heading row);
  - no cell anywhere is a formula; a number cell is a year, a row number or an amount of
    the JSON, every other cell is text;
  - 目录: each table's name, year, form and total (a number equal to the exact decimal);
  - each form sheet: the table's name; every amount of the funds block as a number equal to
    the JSON's exact decimal; every indicator's row, with the 一级 and 二级 cells covering it
    (merged over their rows) and its 半年/全年 values as text exactly as the JSON writes them;
    A4 portrait, fit to one page wide;
  - 指标: a heading and one row per indicator, in order, with the same names and values.
Prints each difference and exits 1 if there is any."""
import json
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ods_sheets  # noqa: E402

problems = []


def fail(msg):
    if len(problems) < 60:
        problems.append(msg)


def text_of(v):
    return "" if v is None else v["text"]


def main():
    book = ods_sheets.sheets(sys.argv[1])
    data = json.load(open(sys.argv[2], encoding="utf-8"), parse_float=Decimal, parse_int=Decimal)
    tables = sorted(data["projects"] + data["departments"], key=lambda t: (t["source"]["file"], t["source"]["line"]))
    names = [s["name"] for s in book]
    if names and names[-1] == "声明":
        # the declarations the tables need beyond the stdlib, for jxc import: hidden, a line a row
        carried = book.pop()
        names.pop()
        head = carried["grid"][0][0].get("text", "") if carried["grid"] and carried["grid"][0] else ""
        if not carried["hidden"] or not head.startswith("# jxc："):
            fail(f"sheet 声明: hidden {carried['hidden']}, first cell {head[:20]!r}: expected a hidden sheet under its heading")
        if any(c.get("formula") for row in carried["grid"] for c in row):
            fail("sheet 声明 holds a formula")
    if len(book) != len(tables) + 2 or names[0] != "目录" or names[-1] != "指标":
        fail(f"sheets {names[:3]}…{names[-2:]} ({len(book)}): expected 目录, {len(tables)} tables, 指标")
        return
    numbers = set()
    for t in tables:
        numbers.add(Decimal(t["year"]))
        f = t["funds"]
        if f:
            for k in ("total", "sum"):
                if f.get(k) is not None:
                    numbers.add(Decimal(str(f[k])))
            stack = list(f["sources"])
            while stack:
                s = stack.pop()
                if s.get("amount") is not None:
                    numbers.add(Decimal(str(s["amount"])))
                stack.extend(s.get("children", []))
        stack = list(t.get("expenses", []))
        while stack:
            e = stack.pop()
            stack.extend(e.get("children", []))
            for k in ("half", "full"):
                if e.get(k) is not None:
                    numbers.add(Decimal(str(e[k])))
    numbers.update(Decimal(i) for i in range(1, len(tables) + 1))

    for s in book:
        for r, row in enumerate(s["grid"]):
            for c, cell in enumerate(row):
                if "covered" in cell:
                    continue
                where = f"{s['name']}!R{r + 1}C{c + 1}"
                if cell["formula"]:
                    fail(f"{where}: a formula {cell['formula']}")
                elif cell["type"] == "float":
                    if Decimal(cell["value"]) not in numbers:
                        fail(f"{where}: the number {cell['value']} is no year, row number or amount of the JSON")
                elif cell["type"] not in (None, "string"):
                    fail(f"{where}: a {cell['type']} cell {cell['text']!r}")

    # 目录
    grid = book[0]["grid"]
    for i, t in enumerate(tables):
        row = grid[i + 1] if i + 1 < len(grid) else []
        cells = [text_of(ods_sheets.anchor(grid, i + 1, c)) for c in range(len(row))]
        if t["name"] not in cells:
            fail(f"目录 row {i + 2}: {cells} lacks {t['name']!r}")
        if t["funds"] and t["funds"].get("total") is not None:
            want = Decimal(str(t["funds"]["total"]))
            if not any(c.get("type") == "float" and Decimal(c["value"]) == want for c in row if "covered" not in c):
                fail(f"目录 row {i + 2}: no total {want}")

    # the form sheets
    for t, s in zip(tables, book[1:-1]):
        grid = s["grid"]
        where = s["name"]
        page = s["page"] or {}
        if not (page.get("orientation") == "portrait" and abs((page.get("width") or 0) - 21.0) < 0.1
                and abs((page.get("height") or 0) - 29.7) < 0.1 and page.get("scale_to_x") == "1"):
            fail(f"{where}: page {page}, expected A4 portrait fit to one page wide")
        texts = {}
        floats = []
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if "covered" in cell:
                    continue
                texts.setdefault(cell["text"], []).append((r, c))
                if cell["type"] == "float":
                    floats.append(Decimal(cell["value"]))
        if t["name"] not in texts:
            fail(f"{where}: the name {t['name']!r} is not in the sheet")
        f = t["funds"]
        if f:
            stack = list(f["sources"])
            while stack:
                src = stack.pop()
                stack.extend(src.get("children", []))
                if src.get("amount") is not None and Decimal(str(src["amount"])) not in floats:
                    fail(f"{where}: the amount {src['amount']} of {src['name']} is not a number cell")
        used = set()
        for ind in t["indicators"]:
            leaf = ind["path"][-1]
            spots = [p for p in texts.get(leaf, []) if p not in used]
            ok = False
            for r, c in spots:
                left = [text_of(ods_sheets.anchor(grid, r, k)) for k in range(c)]
                right = [ods_sheets.anchor(grid, r, k) for k in range(c + 1, len(grid[r]))]
                right = [x["text"] for x in right if x and "covered" not in x and x is not ods_sheets.anchor(grid, r, c)]
                want = [v["text"] for v in (ind["half"], ind["full"]) if v is not None]
                if ind["path"][0] in left and ind["path"][1] in left and all(w in right for w in want):
                    used.add((r, c))
                    ok = True
                    break
            if not ok:
                fail(f"{where}: no row shows {' › '.join(ind['path'])} with its values "
                     f"{[v['text'] for v in (ind['half'], ind['full']) if v]} under merged 一级/二级 cells")

    # 指标
    grid = book[-1]["grid"]
    head = [text_of(c) for c in grid[0]] if grid else []
    rows = [ind for t in tables for ind in t["indicators"]]
    if len(grid) != len(rows) + 1:
        fail(f"指标: {len(grid) - 1} rows, expected {len(rows)}")
    col = {h: i for i, h in enumerate(head)}
    r = 1
    for t in tables:
        for ind in t["indicators"]:
            row = grid[r] if r < len(grid) else []
            get = lambda h: text_of(row[col[h]]) if h in col and col[h] < len(row) else ""
            want = {"项目": t["name"] if t in data["projects"] else "", "一级指标": ind["path"][0], "二级指标": ind["path"][1],
                    "三级指标": ind["path"][-1], "半年指标值": ind["half"]["text"] if ind["half"] else "",
                    "全年指标值": ind["full"]["text"] if ind["full"] else "", "表式": t["form"]}
            for h, w in want.items():
                if get(h) != w:
                    fail(f"指标 row {r + 1}: {h} {get(h)!r}, expected {w!r}")
            r += 1


main()
for p in problems:
    print(f"FAIL: {p}")
sys.exit(1 if problems else 0)
