#!/usr/bin/env python3
"""The rule of the user-facing pages (README.md, docs/*.md and the manual page): each page is bilingual, the
Chinese first and the English after, saying the same. The English part starts at a line
`## English` or `<!-- English -->`; the Chinese part may sit under a `## 中文` heading. Both
parts must have the same sections: the same headings, at the same levels, in the same order
(headings inside code blocks are not headings), and the Chinese part must be Chinese.

Pages still in English only are listed in NOT_YET below, each a page to translate; the test
names them on every run, and fails if a listed page has become bilingual (take it off the
list) or if a page is neither bilingual nor listed. The manual page is docs/jxc.1 (English)
and docs/zh_CN/jxc.1 (Chinese), with the same sections, entries and commands.

    python3 tests/docs_lang.py"""
import glob
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NOT_YET = {
}
CJK = re.compile(r"[\u4e00-\u9fff]")


def headings(lines):
    out, fence = [], False
    for line in lines:
        if line.startswith("```"):
            fence = not fence
            continue
        m = re.match(r"(#{1,6}) (.*)", line)
        if m and not fence and m.group(2).strip() not in ("中文", "English"):
            out.append((len(m.group(1)), m.group(2).strip()))
    return out


def main():
    problems, checked = [], 0
    pages = ["README.md"] + sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "docs", "*.md")))
    for page in pages:
        lines = open(os.path.join(ROOT, page), encoding="utf-8").read().split("\n")
        split = next((i for i, l in enumerate(lines) if l.strip() in ("## English", "<!-- English -->")), None)
        if split is None:
            if page not in NOT_YET:
                problems.append(f"{page}: no English part (a line '## English' or '<!-- English -->') and not listed as still to translate")
            continue
        if page in NOT_YET:
            problems.append(f"{page}: bilingual now; take it off NOT_YET in tests/docs_lang.py")
            continue
        checked += 1
        zh, en = headings(lines[1:split]), headings(lines[split + 1:])
        # the English title may repeat the page's title line
        if en and zh and en[0][0] == 1 and zh[0][0] != 1:
            en = en[1:]
        if [h[0] for h in zh] != [h[0] for h in en]:
            problems.append(f"{page}: the Chinese part has the sections {[('#' * l) + ' ' + t for l, t in zh]}, the English part {[('#' * l) + ' ' + t for l, t in en]}")
        text_zh = "\n".join(lines[1:split])
        if len(CJK.findall(text_zh)) < len(re.findall(r"[A-Za-z]{3,}", text_zh)) // 4:
            problems.append(f"{page}: the part before the English is not in Chinese")
    # the manual pages: the Chinese one has the English one's sections and entries
    man_en = open(os.path.join(ROOT, "docs", "jxc.1"), encoding="utf-8").read()
    man_zh = open(os.path.join(ROOT, "docs", "zh_CN", "jxc.1"), encoding="utf-8").read()
    for macro in (".SH", ".TP"):
        a, b = len(re.findall("^" + re.escape(macro) + r"\b", man_en, re.M)), len(re.findall("^" + re.escape(macro) + r"\b", man_zh, re.M))
        if a != b:
            problems.append(f"docs/jxc.1 has {a} {macro}, docs/zh_CN/jxc.1 {b}: the two manual pages differ")
    cmds_en = re.findall(r"^\.B jxc (\w+)", man_en, re.M)
    cmds_zh = re.findall(r"^\.B jxc (\w+)", man_zh, re.M)
    if cmds_en != cmds_zh:
        problems.append(f"the manual pages' synopses differ: {cmds_en} and {cmds_zh}")
    for p in problems:
        print(f"docs: {p}")
    print(f"docs: {checked} pages bilingual with the same sections; still in English only: {', '.join(sorted(NOT_YET)) or 'none'}")
    return 1 if problems else 0


sys.exit(main())
