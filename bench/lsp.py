#!/usr/bin/env python3
"""The language server's benchmark: how long `jxc lsp` takes to re-check a table of 1,000
indicators after an edit, as an editor sees it (from the didChange sent to the
publishDiagnostics received, over the pipes), and how long completion and hover take there.

    python3 bench/lsp.py --jxc build/jxc [--indicators 1000] [--edits 200]

The table is one project on the form 江苏省级项目 with the given number of 三级 indicators spread
over the framework's 二级 categories (measures with units, ranges, references, levels). Each
edit changes one target value (every other edit types an unknown unit, the next one puts it
right), as a writer does; the server checks the whole document (with the standard library)
every time. Prints the median, the 95th percentile and the worst time of each, in ms, and
fails (exit 1) when the median re-check is not under --limit ms (50 by default).
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "suites", "lib"))
from lsp_client import Client  # noqa: E402

CATEGORIES = [
    ("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
    ("效益指标", ["经济效益", "社会效益", "生态效益", "可持续影响"]),
    ("满意度指标", ["服务对象满意度"]),
]
VALUES = ["≥{n}人次", "≥9{d}%", "={n}台", "≤{n}万元", "80%~9{d}%", "按时完成", "≥{n}个", "合规"]


def table(n):
    out = ["默认 {", "    表式 江苏省级项目", "    年度 2025", "    主管部门 江苏省卫生健康委员会", "    实施单位 江苏省医学会",
           "    项目级次 省本级", "    项目类型 常年安排项目", "    开始时间 2025年", "    完成时间 2025年", '    年度目标 "完成年度任务"', "}", "",
           "项目 基准项目 {", "    资金 {", "        一般公共预算资金 100000", "    }", "    支出 {", "        业务费 半年 50000 全年 100000", "    }",
           "    指标 {", "        引用 江苏省级项目共性指标"]
    subs = [(t, s) for t, ss in CATEGORIES for s in ss]
    per = [n // len(subs) + (1 if i < n % len(subs) else 0) for i in range(len(subs))]
    lines_of_values = []
    k = 0
    for top, ss in CATEGORIES:
        out.append(f"        {top} {{")
        for s in ss:
            out.append(f"            {s} {{")
            count = per[subs.index((top, s))]
            for _ in range(count):
                v = VALUES[k % len(VALUES)] if s != "成本指标" else "≤{n}万元"
                if top == "满意度指标":
                    v = "≥9{d}%"
                v = v.format(n=10 + k % 90, d=k % 10)
                half = v
                lines_of_values.append(len(out))
                out.append(f"                指标{k:04d}{'率' if '%' in v else '数'} 半年 {half} 全年 {v}")
                k += 1
            out.append("            }")
        out.append("        }")
    out += ["    }", "}", ""]
    return "\n".join(out), lines_of_values


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jxc", required=True)
    ap.add_argument("--indicators", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--limit", type=float, default=50.0)
    a = ap.parse_args()
    text, value_lines = table(a.indicators)
    lines = text.split("\n")
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, "bench.jx")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    c = Client([os.path.abspath(a.jxc), "lsp"], cwd=tmp)
    uri = "file://" + path
    c.request("initialize", {"processId": os.getpid(), "capabilities": {}})
    c.notify("initialized", {})
    t0 = time.perf_counter()
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "jx", "version": 1, "text": text}})
    first = c.wait_notification("textDocument/publishDiagnostics")
    open_ms = (time.perf_counter() - t0) * 1000
    if first["diagnostics"]:
        print(f"the benchmark table is not clean: {first['diagnostics'][:3]}", file=sys.stderr)
        return 1
    checks, errors_seen = [], 0
    for i in range(a.edits):
        ln = value_lines[(i // 2 * 37) % len(value_lines)]
        # every other edit types an x after the full-year value (an unknown unit or level word:
        # a diagnostic); the next one takes it out again
        end = len(lines[ln].encode("utf-16-le")) // 2
        bad = i % 2 == 0
        change = {"range": {"start": {"line": ln, "character": end}, "end": {"line": ln, "character": end}}, "text": "x"} if bad else \
                 {"range": {"start": {"line": ln, "character": end}, "end": {"line": ln, "character": end + 1}}, "text": ""}
        t0 = time.perf_counter()
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": i + 2}, "contentChanges": [change]})
        d = c.wait_notification("textDocument/publishDiagnostics")
        checks.append((time.perf_counter() - t0) * 1000)
        errors_seen += bool(d["diagnostics"]) == bad
    comp, hover = [], []
    for i in range(50):
        ln = value_lines[(i * 53) % len(value_lines)]
        t0 = time.perf_counter()
        c.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": ln, "character": 16}})
        comp.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": ln, "character": 30}})
        hover.append((time.perf_counter() - t0) * 1000)
    c.request("shutdown")
    c.notify("exit")
    c.close()
    print(f"table: {a.indicators} indicators (+ the 11 of the common group), {len(text.encode())} bytes, {len(lines)} lines")
    print(f"didOpen → diagnostics: {open_ms:.1f} ms")
    for name, xs in (("didChange → diagnostics", checks), ("completion", comp), ("hover", hover)):
        print(f"{name}: median {statistics.median(xs):.1f} ms, p95 {pct(xs, 95):.1f} ms, worst {max(xs):.1f} ms ({len(xs)} runs)")
    print(f"edits whose diagnostics were as expected (an error after a bad edit, none after its fix): {errors_seen}/{len(checks)}")
    ok = statistics.median(checks) < a.limit and errors_seen == len(checks)
    print("under the limit of %.0f ms: %s" % (a.limit, "yes" if ok else "NO"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
