#!/usr/bin/env python3
"""Builds the fuzzers' seed corpus in DIR from the project's own inputs:

  - examples/*.jx, whole, and split into one file per table (each with its file's 默认 block
    and declarations before it), so that most seeds are small and fast;
  - stdlib/**/*.jx (forms, units, levels: the declaration syntax);
  - every .jx input of the golden tests (tests/golden/**/*.t, fixtures included), among them
    those of the fuzz/ folders (tests/golden/front/fuzz/, …), the inputs that once crashed jxc.

Usage: tests/fuzz/seeds.py DIR
"""
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import golden  # noqa: E402  (the golden test format's parser)



def split_tables(text: bytes):
    """The preamble (everything before the first table) plus each table in turn."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith(("项目 ".encode(), "部门 ".encode()))]
    if not starts:
        return []
    preamble = b"".join(lines[:starts[0]])
    out = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(lines)
        out.append(preamble + b"".join(lines[s:e]))
    return out


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    dest = sys.argv[1]
    os.makedirs(dest, exist_ok=True)
    seeds = []
    for d in ("examples", "stdlib"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, d)):
            for f in sorted(files):
                if f.endswith(".jx"):
                    with open(os.path.join(dirpath, f), "rb") as fh:
                        text = fh.read()
                    seeds.append(text)
                    seeds.extend(split_tables(text))
    for dirpath, _, files in os.walk(os.path.join(ROOT, "tests", "golden")):
        for f in sorted(files):
            if f.endswith(".t"):
                try:
                    test = golden.parse(os.path.join(dirpath, f))
                except ValueError:
                    continue
                seeds.extend(data for name, data in test["files"] if name.endswith(".jx"))
    written = 0
    for s in seeds:
        name = hashlib.sha1(s).hexdigest()
        path = os.path.join(dest, name)
        if not os.path.exists(path):
            with open(path, "wb") as fh:
                fh.write(s)
            written += 1
    print(f"seeds: {written} new files in {dest} ({len(seeds)} inputs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
