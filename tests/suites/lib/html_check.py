#!/usr/bin/env python3
"""Checks a jxc HTML page as Chromium loaded it (its --dump-dom).

  html_check.py grids DOM                 every table's grid is whole (rowspans and colspans
                                          make a rectangle)
  html_check.py indicators DOM JSON       every indicator of the JSON output is in its form's
                                          indicator table, in its row, in order, with its values
  html_check.py seed DOM EXPECTED         one form shows the rows, merges and values of the
                                          seed table transcribed in EXPECTED
  html_check.py hostile DOM               the hostile fixture's text is text: no script, no
                                          image, no event handler got into the page
Exits 1 with the differences printed."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import html_grid  # noqa: E402

WIDTH = str.maketrans({"＝": "=", "≦": "≤", "≧": "≥", "＜": "<", "＞": ">", "（": "(", "）": ")", "：": ":"})


def norm(s):
    return "".join(s.split()).translate(WIDTH)


def load(path):
    return html_grid.parse(open(path, encoding="utf-8").read())


def table_classes(page, table):
    return page.table_classes.get(id(table), [])


def article_source(article):
    m = re.search(r"(\S+\.jx) 第 (\d+) 行", article[1])
    return (m.group(1), int(m.group(2))) if m else None


def grids(page):
    problems = []
    for i, t in enumerate(page.tables):
        for p in html_grid.grid_problems(t):
            problems.append(f"table {i + 1}: {p}")
    return problems, f"{len(page.tables)} tables, every grid whole"


def indicator_rows(page, tables):
    """The indicator tables' body rows as (path, values), from the heading's columns."""
    rows = []
    for t in tables:
        if "ind" not in page.table_classes.get(id(t), []):
            continue
        resolved = html_grid.resolved_rows(t)
        head = [c.text for c in resolved[0]]
        col = lambda name: head.index(name) if name in head else None  # noqa: E731
        names = [col("一级指标"), col("二级指标"), col("重点工作"), col("三级指标")]
        last3 = len(head) - 1 - head[::-1].index("三级指标")
        for row in resolved[1:]:
            texts = [c.text for c in row]
            leaf = texts[names[3]]
            if not leaf:
                continue  # an empty 二级's row
            path = [texts[names[0]], texts[names[1]]]
            if names[2] is not None and row[names[2]] is not row[names[3]]:
                path.append(texts[names[2]])
            path.append(leaf)
            rows.append((path, texts[last3 + 1:]))
    return rows


def indicators(page, data):
    problems, count = [], 0
    by_source = {}
    for t in data["projects"] + data["departments"]:
        by_source[(t["source"]["file"], t["source"]["line"])] = t
    if len(page.articles) != len(by_source):
        problems.append(f"{len(page.articles)} forms in the page, {len(by_source)} tables in the JSON")
    for art in page.articles:
        src = article_source(art)
        t = by_source.get(src)
        if not t:
            problems.append(f"form {art[0]}: no table of the JSON at {src}")
            continue
        got = indicator_rows(page, art[2])
        want = []
        for ind in t["indicators"]:
            values = [(ind["half"] or {}).get("text", ""), (ind["full"] or {}).get("text", "")]
            want.append((ind["path"], values))
        ncols = len(got[0][1]) if got else 2
        if ncols == 1:
            want = [(p, v[1:]) for p, v in want]
        if got != want:
            for i, (g, w) in enumerate(zip(got + [None] * len(want), want + [None] * len(got))):
                if g != w:
                    problems.append(f"{t['name']} ({src[0]}:{src[1]}) row {i + 1}: page {g}, JSON {w}")
                    break
        count += len(want)
    return problems, f"{len(page.articles)} forms, {count} indicators each in its row"


def read_expected(path):
    source, sections, current = None, {}, None
    for line in open(path, encoding="utf-8").read().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("表 "):
            source = line[2:].split(" ", 1)
        elif line.startswith("== "):
            current = sections.setdefault(line[3:].strip(), [])
        else:
            current.append(["" if c == "∅" else c for c in line.split("\t")])
    return source, sections


def same_cell(want, got):
    if want.endswith("…"):
        return norm(got).startswith(norm(want[:-1]))
    return norm(want) == norm(got)


def seed(page, expected_path):
    (file, name), sections = read_expected(expected_path)
    arts = []
    for art in page.articles:
        src = article_source(art)
        if not src or src[0] != file:
            continue
        for t in art[2]:
            rows = html_grid.logical_rows(t)
            if any(len(r) > 1 and r[1] == name for r in rows[:1]):
                arts.append(art)
                break
    if len(arts) != 1:
        return [f"{len(arts)} forms of {file} named {name}"], ""
    art = arts[0]
    kinds = {"表头": ("fields", "side"), "资金": ("funds",), "指标": ("ind",)}
    problems = []
    for section, want in sections.items():
        got = []
        for t in art[2]:
            if set(page.table_classes.get(id(t), [])) & set(kinds[section]):
                got += html_grid.logical_rows(t)
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else None
            w = want[i] if i < len(want) else None
            if g is None or w is None or len(g) != len(w) or not all(same_cell(a, b) for a, b in zip(w, g)):
                problems.append(f"{name} {section} row {i + 1}: page {g}, seed {w}")
                break
    return problems, f"{name}: {', '.join(f'{k} {len(v)} rows' for k, v in sections.items())} as in the seed"


def hostile(page):
    problems = []
    for tag, attrs in page.elements:
        if tag in ("script", "img", "iframe", "object", "embed"):
            problems.append(f"a <{tag}> element got into the page")
        for k, v in attrs:
            if k.lower().startswith("on"):
                problems.append(f"<{tag}> has the event handler {k}={v!r}")
    cells = [c.text for t in page.tables for g in t for r in g for c in r]
    for text in ["<script>alert(1)</script>", "</td><script>alert(4)</script>", 'a"""b, c', "<script>alert(3)</script>"]:
        if text not in cells:
            problems.append(f"no cell reads {text!r}")
    if not any("<img src=x onerror=alert(2)>" in c for c in cells):
        problems.append("the goal text with <img …> is not shown as text")
    if "<script>alert(1)</script>" not in page.title_text:
        problems.append(f"the page title reads {page.title_text!r}")
    return problems, "the hostile text is text"


def main():
    mode, dom = sys.argv[1], sys.argv[2]
    page = load(dom)
    if mode == "grids":
        problems, ok = grids(page)
    elif mode == "indicators":
        problems, ok = indicators(page, json.load(open(sys.argv[3], encoding="utf-8")))
    elif mode == "seed":
        problems, ok = seed(page, sys.argv[3])
    else:
        problems, ok = hostile(page)
    for p in problems[:30]:
        print(f"FAIL: {p}")
    if not problems:
        print(ok)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
