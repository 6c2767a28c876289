#!/usr/bin/env python3
"""Compares two JSON outputs of jxc build (the original and the round trip through an
imported file), source positions aside (and a funds total's total_written: a form prints the
total whether it was written or summed, and the import writes it, so that jx checks the sum;
and which indicators came from a 引用 group: the form prints them in place): every table's name, year, form, framework, fields,
money unit, funds, expenses and indicators (path, values, note) must be equal.

Usage: json_same.py ORIGINAL.json ROUNDTRIP.json [--indicators-only] [--values] [--blank-fields]
  --indicators-only: compare each table's name and indicators only (a CSV holds no more).
  --blank-fields: a field written empty ("") counts as not written: the form prints both as a
            blank cell (the import writes a required field left blank empty, so that it builds).
  --values: compare values by what they mean (kind, comparator, number, unit), not by their
            text: a spreadsheet that read the HTML keeps 3.00 as the number 3.
Prints the differences and exits 1 if there is any."""
import json
import sys
from decimal import Decimal


VALUES = "--values" in sys.argv
BLANK_FIELDS = "--blank-fields" in sys.argv


def strip(x):
    if isinstance(x, dict):
        skip = ("source", "group", "total_written") + (("text",) if VALUES and "kind" in x else ())
        return {k: strip(v) for k, v in x.items() if k not in skip}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x


def main():
    a = json.load(open(sys.argv[1], encoding="utf-8"), parse_float=Decimal)
    b = json.load(open(sys.argv[2], encoding="utf-8"), parse_float=Decimal)
    only = "--indicators-only" in sys.argv
    problems = []
    for kind in ("projects", "departments"):
        ta, tb = a[kind], b[kind]
        if len(ta) != len(tb):
            problems.append(f"{kind}: {len(ta)} tables, the round trip has {len(tb)}")
        for x, y in zip(ta, tb):
            x, y = strip(x), strip(y)
            if BLANK_FIELDS:
                for t in (x, y):
                    t["fields"] = {k: v for k, v in t.get("fields", {}).items() if v != ""}
            if only:
                x = {"name": x["name"], "indicators": x["indicators"]}
                y = {"name": y["name"], "indicators": y["indicators"]}
            for k in sorted(set(x) | set(y)):
                if x.get(k) != y.get(k):
                    problems.append(f"{x.get('name')!r}: {k}: {json.dumps(x.get(k), ensure_ascii=False, default=str)[:300]}"
                                    f"\n    round trip: {json.dumps(y.get(k), ensure_ascii=False, default=str)[:300]}")
    for p in problems[:30]:
        print(f"FAIL: {p}")
    return 1 if problems else 0


sys.exit(main())
