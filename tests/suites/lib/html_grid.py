#!/usr/bin/env python3
"""The tables of an HTML page (Chromium's --dump-dom of a jxc page), as grids.

parse(html) -> Page with
  .tables     every <table>: a list of row groups (thead, tbody), each a list of rows, each a
              list of Cell(tag, rowspan, colspan, text, classes)
  .articles   every <article>: (id, meta text, its tables)
  .elements   (tag, attributes) of every element, to look for <script>, <img>, on* handlers
grid_problems(table) -> what is wrong with the table's grid: rows of different widths,
              overlapping cells, rowspans running past their row group
logical_rows(table) -> each row as a list of its cells' texts left to right, where a column
              still covered by a cell of a row above gives "^" (once per covering cell)
resolved_rows(table) -> each row as the texts of all its columns, a spanning cell's text
              repeated in every column and row it covers"""
from html.parser import HTMLParser


class Cell:
    def __init__(self, tag, attrs):
        self.tag = tag
        a = dict(attrs)
        self.rowspan = max(1, int(a.get("rowspan") or 1))
        self.colspan = max(1, int(a.get("colspan") or 1))
        self.classes = (a.get("class") or "").split()
        self.parts = []

    @property
    def text(self):
        return " ".join("".join(self.parts).split())


class Page(HTMLParser):
    VOID = {"meta", "link", "br", "img", "col", "input", "hr", "rect", "line", "path"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.articles, self.elements, self.title_text = [], [], [], ""
        self.table_classes = {}  # id(table) -> its classes
        self.stack = []       # open tables: [groups]
        self.article = None
        self.cell = None
        self.skip = 0         # inside a class="note" span, whose text is not the cell's
        self.in_meta = False
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        a = dict(attrs)
        if tag == "title" and not self.title_text:
            self.in_title = True
        if tag == "article":
            self.article = [a.get("id"), "", []]
            self.articles.append(self.article)
        elif tag == "p" and "meta" in (a.get("class") or "").split():
            self.in_meta = True
        elif tag == "table":
            t = []
            self.stack.append(t)
            self.tables.append(t)
            self.table_classes[id(t)] = (a.get("class") or "").split()
            if self.article is not None:
                self.article[2].append(t)
        elif tag in ("thead", "tbody") and self.stack:
            self.stack[-1].append([])
        elif tag == "tr" and self.stack:
            if not self.stack[-1]:
                self.stack[-1].append([])
            self.stack[-1][-1].append([])
        elif tag in ("td", "th") and self.stack and self.stack[-1] and self.stack[-1][-1]:
            self.cell = Cell(tag, attrs)
            self.stack[-1][-1][-1].append(self.cell)
        elif tag == "span" and "note" in (a.get("class") or "").split():
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "table" and self.stack:
            self.stack.pop()
        elif tag in ("td", "th"):
            self.cell = None
        elif tag == "span" and self.skip:
            self.skip -= 1
        elif tag == "article":
            self.article = None
        elif tag == "p":
            self.in_meta = False

    def handle_data(self, data):
        if self.in_title:
            self.title_text += data
        if self.in_meta and self.article is not None:
            self.article[1] += data
        if self.cell is not None and not self.skip:
            self.cell.parts.append(data)


def parse(html):
    p = Page()
    p.feed(html)
    p.close()
    return p


def _place(group):
    """Places a row group's cells on a grid: {(row, col): (cell, first_row, first_col)}."""
    taken, problems = {}, []
    for r, row in enumerate(group):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if (r + dr, c + dc) in taken:
                        problems.append(f"row {r + 1}: cell {cell.text!r} overlaps another")
                    taken[(r + dr, c + dc)] = (cell, r, c)
            if r + cell.rowspan > len(group):
                problems.append(f"row {r + 1}: cell {cell.text!r} spans {cell.rowspan} rows, past the end of its group")
            c += cell.colspan
    return taken, problems


def grid_problems(table):
    problems, widths = [], set()
    for group in table:
        taken, p = _place(group)
        problems += p
        for r in range(len(group)):
            cols = [c for (rr, c) in taken if rr == r]
            width = max(cols) + 1 if cols else 0
            if sorted(cols) != list(range(width)):
                problems.append(f"row {r + 1} has a hole in its grid")
            widths.add(width)
    if len(widths) > 1:
        problems.append(f"rows of different widths: {sorted(widths)}")
    return problems


def logical_rows(table):
    out = []
    for group in table:
        taken, _ = _place(group)
        for r in range(len(group)):
            row, seen = [], set()
            cols = sorted(c for (rr, c) in taken if rr == r)
            for c in cols:
                cell, r0, c0 = taken[(r, c)]
                if id(cell) in seen:
                    continue
                seen.add(id(cell))
                row.append(cell.text if r0 == r else "^")
            out.append(row)
    return out


def resolved_rows(table):
    out = []
    for group in table:
        taken, _ = _place(group)
        for r in range(len(group)):
            cols = sorted(c for (rr, c) in taken if rr == r)
            out.append([taken[(r, c)][0] for c in cols])
    return out
