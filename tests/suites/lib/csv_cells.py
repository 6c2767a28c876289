#!/usr/bin/env python3
"""Compares a CSV written by jxc with what LibreOffice made of it (the .fods it converted the
CSV to, read by fods_cells.py).

Usage: csv_cells.py FILE.csv FILE.fods ENCODING [NUMBER-COLUMN...]

Checks the bytes first: RFC 4180 records ending in CRLF, a UTF-8 byte order mark unless
ENCODING is utf-8-nobom or gb18030. Then, cell by cell:
  - a column named in NUMBER-COLUMN (年度, amounts) must be a number whose value equals the
    exact decimal jxc wrote (or empty when jxc wrote nothing);
  - every other cell must be text that shows exactly what jxc wrote, never a formula; the one
    exception is a plain integer (3), which a spreadsheet reads as that same number.
Prints each difference and exits 1 if there is any."""
import csv
import io
import json
import os
import re
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fods_cells  # noqa: E402


def check_bytes(data, encoding, problems):
    bom = data.startswith(b"\xef\xbb\xbf")
    if encoding == "utf-8" and not bom:
        problems.append("no UTF-8 byte order mark")
    if encoding != "utf-8" and bom:
        problems.append("a UTF-8 byte order mark where none was asked for")
    if not data.endswith(b"\r\n"):
        problems.append("the last record does not end in CRLF")
    quoted = False
    for i, b in enumerate(data):
        if b == 0x22:
            quoted = not quoted
        elif b == 0x0A and not quoted and (i == 0 or data[i - 1] != 0x0D):
            problems.append(f"a bare LF ends a record at byte {i}")
            break


def main():
    csv_path, fods_path, encoding = sys.argv[1:4]
    numbers = set(sys.argv[4:])
    data = open(csv_path, "rb").read()
    problems = []
    check_bytes(data, encoding, problems)
    text = data.decode({"utf-8": "utf-8-sig", "utf-8-nobom": "utf-8", "gb18030": "gb18030"}[encoding])
    ours = list(csv.reader(io.StringIO(text, newline="")))
    theirs = fods_cells.cells(fods_path)
    if len(ours) != len(theirs):
        problems.append(f"{len(ours)} rows written, LibreOffice read {len(theirs)}")
    header = ours[0] if ours else []
    checked = 0
    for r, (row, got) in enumerate(zip(ours, theirs)):
        got = got + [[None, None, "", None]] * (len(row) - len(got))
        if len(got) > len(row):
            problems.append(f"row {r + 1}: {len(row)} cells written, LibreOffice read {len(got)}")
        for c, want in enumerate(row):
            typ, value, shown, formula = got[c]
            where = f"row {r + 1}, column {header[c] if c < len(header) else c + 1}"
            checked += 1
            if formula:
                problems.append(f"{where}: {want!r} was read as the formula {formula}")
            elif want == "":
                if typ is not None or shown:
                    problems.append(f"{where}: empty cell read as {typ} {shown!r}")
            elif r > 0 and header[c] in numbers:
                if typ != "float" or Decimal(value) != Decimal(want):
                    problems.append(f"{where}: amount {want} read as {typ} {value!r} ({shown!r})")
            elif typ == "string" and shown == want:
                pass
            elif typ == "float" and re.fullmatch(r"[1-9][0-9]{0,14}|0", want) and shown == want:
                pass
            else:
                problems.append(f"{where}: {want!r} read as {typ} {value!r} shown {shown!r}")
    for p in problems[:40]:
        print(f"{csv_path}: {p}")
    if not problems:
        print(f"{os.path.basename(csv_path)}: {len(ours)} rows, {checked} cells as written")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
