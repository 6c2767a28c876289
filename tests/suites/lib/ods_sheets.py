#!/usr/bin/env python3
"""Reads every sheet of a flat ODF spreadsheet (.fods, as LibreOffice writes it after opening
an XLSX): for each sheet its name, its grid of cells and its page layout.

A cell is a dict: type (ODF office:value-type, None when empty), value (office:value), text
(what it shows), formula, and for the top-left cell of a merged range rows/cols (its span).
A covered cell (inside a merged range) is {"covered": (row, col)} naming its anchor.
Page layout: the page width and height in cm, print orientation and scale-to-X/Y (fit to
pages wide/tall) of the sheet's master page, as LibreOffice read them."""
import re
import xml.etree.ElementTree as ET

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def shown_text(el):
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


def cm(length):
    m = re.fullmatch(r"([0-9.]+)(cm|mm|in|pt)", length or "")
    if not m:
        return None
    v = float(m.group(1))
    return {"cm": v, "mm": v / 10, "in": v * 2.54, "pt": v * 2.54 / 72}[m.group(2)]


def page_layouts(root):
    """style name of a table -> page layout properties."""
    layouts = {}
    for pl in root.iter(q("style", "page-layout")):
        props = pl.find("style:page-layout-properties", NS)
        if props is None:
            continue
        layouts[pl.get(q("style", "name"))] = {
            "width": cm(props.get(q("fo", "page-width"))),
            "height": cm(props.get(q("fo", "page-height"))),
            "orientation": props.get(q("style", "print-orientation")),
            "scale_to_x": props.get(q("style", "scale-to-X")),
            "scale_to_y": props.get(q("style", "scale-to-Y")),
        }
    masters = {mp.get(q("style", "name")): layouts.get(mp.get(q("style", "page-layout-name")))
               for mp in root.iter(q("style", "master-page"))}
    tables = {}
    for st in root.iter(q("style", "style")):
        if st.get(q("style", "family")) == "table":
            tables[st.get(q("style", "name"))] = masters.get(st.get(q("style", "master-page-name")))
    return tables


def hidden_styles(root):
    """The table styles that hide their sheet (table:display="false")."""
    out = set()
    for st in root.iter(q("style", "style")):
        if st.get(q("style", "family")) != "table":
            continue
        for props in st.iter(q("style", "table-properties")):
            if props.get(q("table", "display")) == "false":
                out.add(st.get(q("style", "name")))
    return out


def sheets(path):
    root = ET.parse(path).getroot()
    layouts = page_layouts(root)
    hidden = hidden_styles(root)
    out = []
    for table in root.iter(q("table", "table")):
        grid = []
        for row in table.iter(q("table", "table-row")):
            cur = []
            for cell in row:
                if cell.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                    continue
                n = int(cell.get(q("table", "number-columns-repeated"), "1"))
                if cell.tag == q("table", "covered-table-cell"):
                    c = {"covered": None}
                else:
                    c = {
                        "type": cell.get(q("office", "value-type")),
                        "value": cell.get(q("office", "value")),
                        "text": "\n".join(shown_text(p) for p in cell.findall("text:p", NS)),
                        "formula": cell.get(q("table", "formula")),
                        "rows": int(cell.get(q("table", "number-rows-spanned"), "1")),
                        "cols": int(cell.get(q("table", "number-columns-spanned"), "1")),
                    }
                cur.extend([dict(c) for _ in range(min(n, 256))])
            while cur and cur[-1].get("type") is None and not cur[-1].get("text") and "covered" not in cur[-1]:
                cur.pop()
            n = int(row.get(q("table", "number-rows-repeated"), "1"))
            grid.extend([list(cur) for _ in range(min(n, 4))] if cur else [[] for _ in range(min(n, 4))])
        while grid and not grid[-1]:
            grid.pop()
        # name each covered cell's anchor
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                if "covered" in cell:
                    continue
                for dr in range(cell["rows"]):
                    for dc in range(cell["cols"]):
                        if (dr or dc) and r + dr < len(grid) and c + dc < len(grid[r + dr]):
                            grid[r + dr][c + dc] = {"covered": (r, c)}
        out.append({
            "name": table.get(q("table", "name")),
            "grid": grid,
            "page": layouts.get(table.get(q("table", "style-name"))),
            "hidden": table.get(q("table", "style-name")) in hidden,
        })
    return out


def anchor(grid, r, c):
    """The cell shown at (r, c): itself, or the merged range's top-left cell covering it."""
    cell = grid[r][c] if r < len(grid) and c < len(grid[r]) else {}
    if "covered" in cell and cell["covered"]:
        return grid[cell["covered"][0]][cell["covered"][1]]
    return cell
