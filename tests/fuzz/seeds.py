#!/usr/bin/env python3
"""Builds the fuzzers' seed corpus in DIR from the project's own inputs:

  - examples/*.jx, whole, and split into one file per table (each with its file's 默认 block
    and declarations before it), so that most seeds are small and fast;
  - stdlib/**/*.jx (forms, units, levels: the declaration syntax);
  - every stdlib form (stdlib/forms/*.jx) copied as a user form: each name it declares (表式,
    指标组) renamed, so that the copy is not a redeclaration; the whole file, each declaration
    alone, and the file followed by its fixture tables (tests/golden/fixtures/) moved onto the
    copy, so that a table on a user form goes through the emitters, fmt and diff;
  - tests/fuzz/seeds/*.jx: small files for every declaration kind of the grammar (导入, 单位 in
    both forms, 等级 in both forms, 别名, 指标组, 表式, 默认, 项目, 部门), each used as it is
    meant to be; the script fails when a `decl ::=` rule of compiler/front/parser.y begins with
    a keyword that no seed declaration begins with;
  - every input file of the golden tests (tests/golden/**/*.t, fixtures included), among them
    those of the fuzz/ folders (tests/golden/front/fuzz/, …), the inputs that once crashed jxc.

Usage: tests/fuzz/seeds.py DIR
"""
import glob
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


def user_forms():
    """Each stdlib form file with the names it declares renamed (通用项目 -> 通用项目副本), as a
    user would copy one to change it; with the fixture tables of its forms, renamed too."""
    out = []
    fixtures = os.path.join(ROOT, "tests", "golden", "fixtures")
    for path in sorted(glob.glob(os.path.join(ROOT, "stdlib", "forms", "*.jx"))):
        text = open(path, encoding="utf-8").read()
        forms = re.findall(r"^表式 (\S+) \{", text, re.M)
        names = forms + re.findall(r"^指标组 (\S+) \{", text, re.M)
        if not forms:
            raise SystemExit(f"seeds.py: no 表式 in {path}")
        pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
        rename = lambda t: pattern.sub(lambda m: m.group(0) + "副本", t)
        copy = rename(text)
        out.append(copy.encode())
        out.extend(d.encode() for d in declarations(copy))
        tables = ""
        for f in forms:
            fixture = os.path.join(fixtures, f + ".jx")
            if os.path.exists(fixture):
                tables += "\n" + rename(open(fixture, encoding="utf-8").read())
        if tables:
            out.append((copy + tables).encode())
    return out


def declarations(text: str):
    """Each top-level declaration of a file (with the comment lines before it)."""
    out, cur = [], []
    for line in text.splitlines(keepends=True):
        cur.append(line)
        if line.startswith("}") or (not line.startswith((" ", "\t", "#", "\n")) and "{" not in line):
            if any(not l.startswith(("#", "\n")) for l in cur):
                out.append("".join(cur))
            cur = []
    return out


def declaration_seeds():
    """tests/fuzz/seeds/*.jx; checks that every declaration kind of the grammar is among them."""
    seeds = []
    starts = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "fuzz", "seeds", "*.jx"))):
        data = open(path, "rb").read()
        seeds.append(data)
        starts.update(re.findall(r"^(\S+)", data.decode("utf-8"), re.M))
    lang = open(os.path.join(ROOT, "compiler", "front", "lang.def"), encoding="utf-8").read()
    text_of = dict(re.findall(r'^KEYWORD\(\s*(\w+),\s*"([^"]+)"', lang, re.M))
    grammar = open(os.path.join(ROOT, "compiler", "front", "parser.y"), encoding="utf-8").read()
    kinds = sorted(set(re.findall(r"^decl ::= (\w+)\(", grammar, re.M)))
    missing = [f"{k} ({text_of.get(k, '?')})" for k in kinds if text_of.get(k) not in starts]
    if missing:
        raise SystemExit("seeds.py: no seed in tests/fuzz/seeds/ declares " + ", ".join(missing))
    return seeds


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
    seeds.extend(user_forms())
    seeds.extend(declaration_seeds())
    for dirpath, _, files in os.walk(os.path.join(ROOT, "tests", "golden")):
        for f in sorted(files):
            if f.endswith(".t"):
                try:
                    test = golden.parse(os.path.join(dirpath, f))
                except ValueError:
                    continue
                seeds.extend(data for name, data in test["files"])
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
