#!/usr/bin/env python3
"""Reads the cells of the first sheet of a flat ODF spreadsheet (.fods, as LibreOffice writes
it after opening a CSV): prints them as JSON, a list of rows, each cell a list
[type, value, text, formula] where type is ODF's office:value-type (string, float,
percentage, date, boolean …) or null for an empty cell, value its office:value (the number a
spreadsheet computes with), text the text the cell shows and formula the formula if any.
Usage: fods_cells.py FILE.fods"""
import json
import sys
import xml.etree.ElementTree as ET

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def shown_text(el):
    """The text of a text:p, with its space, tab and line-break elements."""
    out = [el.text or ""]
    for child in el:
        if child.tag == q("text", "s"):
            out.append(" " * int(child.get(q("text", "c"), "1")))
        elif child.tag == q("text", "tab"):
            out.append("\t")
        elif child.tag == q("text", "line-break"):
            out.append("\n")
        else:
            out.append(shown_text(child))
        out.append(child.tail or "")
    return "".join(out)


def cells(path):
    root = ET.parse(path).getroot()
    table = next(root.iter(q("table", "table")))
    rows = []
    for row in table.iter(q("table", "table-row")):
        cur = []
        for cell in row:
            if cell.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                continue
            typ = cell.get(q("office", "value-type"))
            value = cell.get(q("office", "value")) or cell.get(q("office", "date-value")) or cell.get(q("office", "boolean-value"))
            text = "\n".join(shown_text(p) for p in cell.findall("text:p", NS))
            formula = cell.get(q("table", "formula"))
            n = int(cell.get(q("table", "number-columns-repeated"), "1"))
            cur.extend([[typ, value, text, formula]] * min(n, 64))
        while cur and cur[-1][0] is None and not cur[-1][2]:
            cur.pop()
        n = int(row.get(q("table", "number-rows-repeated"), "1"))
        if cur:
            rows.extend([cur] * n)
    return rows


if __name__ == "__main__":
    json.dump(cells(sys.argv[1]), sys.stdout, ensure_ascii=False)
