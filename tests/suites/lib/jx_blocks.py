#!/usr/bin/env python3
"""Compares the 指标 blocks of two .jx files written by jxc import (canonical formatter
output): for each table (its `项目 NAME {` / `部门 NAME {` line, in order) the lines of its
指标 block must be the same. Tables with no 指标 block in the first file are skipped.

Usage: jx_blocks.py FROM_CSV.jx FROM_XLSX.jx"""
import sys


def blocks(path):
    out, table, block, depth = [], None, None, 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.startswith(" ") and line.endswith("{"):
            table = line
        elif table and line == "    指标 {":
            block, depth = [], 1
            continue
        if block is not None:
            depth += line.count("{") - line.count("}")
            if depth == 0:
                out.append((table, block))
                block = None
            else:
                block.append(line)
    return out


a, b = blocks(sys.argv[1]), dict()
for t, blk in blocks(sys.argv[2]):
    b.setdefault(t, []).append(blk)
bad = 0
for t, blk in a:
    if not b.get(t) or b[t].pop(0) != blk:
        print(f"FAIL: {t} the 指标 block differs")
        bad += 1
print(f"{len(a)} tables compared, {bad} different")
sys.exit(1 if bad or not a else 0)
