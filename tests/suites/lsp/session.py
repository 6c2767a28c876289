#!/usr/bin/env python3
"""Drives `jxc lsp` with a scripted client and compares its answers with expected.txt.

    python3 tests/suites/lsp/session.py JXC            compare (exit 1 and a diff on a difference)
    python3 tests/suites/lsp/session.py --update JXC   rewrite expected.txt (review the git diff)

The session: initialize; didOpen of a correct table (no diagnostics); didChange typing an error
(an unknown unit, with its did-you-mean) and the code action that fixes it; completion at three
places (a field name, a 二级 category, a unit after a number) and after 引用 and 表式; hover on
a field, a category and a value; definition of 引用, 表式 and 导入; document symbols;
formatting; an import open and unsaved in the editor; then bad input (half-typed text, a malformed header, a body that is not JSON, an
unknown method, a document that is not open), after which the server still answers; shutdown,
exit. Each answer is written as one line of the transcript, with the temporary paths replaced.
"""
import json
import os
import shutil
import sys
import tempfile
import difflib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from lsp_client import Client, ServerError  # noqa: E402

TABLE = """导入 "common.jx"
默认 {
    表式 江苏省级项目
    年度 2025
    主管部门 江苏省卫生健康委员会
    实施单位 江苏省医学会
    项目级次 省本级
    项目类型 常年安排项目
    开始时间 2025年
    完成时间 2025年
    年度目标 "完成年度任务"
}

项目 培训项目 {
    资金 {
        一般公共预算资金 90
    }
    支出 {
        业务费 半年 30 全年 90
    }
    指标 {
        引用 江苏省级项目共性指标
        产出指标 {
            数量指标 {
                培训人次 半年 ≥50人次 全年 ≥100人次
            }
            质量指标 {
                合格率 半年 ≥95% 全年 ≥95%
            }
            时效指标 {
                及时率 半年 =100% 全年 =100%
            }
            成本指标 {
                项目总成本 半年 ≤总成本预算数 全年 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益 {
                知晓率 半年 ≥80%  全年 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度 {
                满意度 半年 ≥90% 全年 ≥90%
            }
        }
    }
}
"""
COMMON = "单位 课次 计数\n"


def main():
    args = sys.argv[1:]
    update = False
    if args and args[0] == "--update":
        update, args = True, args[1:]
    jxc = os.path.abspath(args[0])
    tmp = tempfile.mkdtemp()
    try:
        lines = session(jxc, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    expected_path = os.path.join(HERE, "expected.txt")
    text = "".join(line + "\n" for line in lines)
    if update:
        with open(expected_path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {expected_path}")
        return 0
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    if text != expected:
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "expected.txt", "actual"))
        return 1
    print(f"lsp: {len(lines)} answers as expected")
    return 0


def where(text, needle, delta=0, nth=0):
    """The position (line, UTF-16 column) of the nth `needle` in text, moved by `delta` characters."""
    off = -1
    for _ in range(nth + 1):
        off = text.index(needle, off + 1)
    off += delta
    before = text[:off]
    line = before.count("\n")
    col = before[before.rfind("\n") + 1:]
    return line, len(col.encode("utf-16-le")) // 2


def session(jxc, tmp):
    work = os.path.join(tmp, "work")
    cache = os.path.join(tmp, "cache")
    os.makedirs(work)
    path = os.path.join(work, "t.jx")
    with open(path, "w", encoding="utf-8") as f:
        f.write(TABLE)
    with open(os.path.join(work, "common.jx"), "w", encoding="utf-8") as f:
        f.write(COMMON)
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    env.pop("JXC_LANG", None)
    env.pop("JX_STDLIB", None)
    c = Client([jxc, "lsp"], cwd=work, env=env)
    uri = "file://" + path
    out = []

    def norm(x):
        s = json.dumps(x, ensure_ascii=False, sort_keys=True)
        return s.replace("file://" + cache, "file://$CACHE").replace("file://" + work, "file://$WORK")

    def record(what, x):
        out.append(f"{what}: {norm(x)}")

    def ask(method, params):
        try:
            return c.request(method, params)
        except ServerError as e:
            return {"error": e.error}

    def at(line, ch):
        return {"textDocument": {"uri": uri}, "position": {"line": line, "character": ch}}

    def completion(what, line, ch):
        r = ask("textDocument/completion", at(line, ch))
        items = r.get("items", []) if isinstance(r, dict) else []
        labels = [i["label"] for i in items]
        rng = items[0]["textEdit"]["range"] if items else None
        record(what, {"count": len(labels), "first": labels[:12], "range": rng})

    # before initialize: an error, not a crash
    record("before initialize", ask("textDocument/hover", at(0, 0)))
    r = c.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + work, "capabilities": {}})
    record("initialize", r)
    c.notify("initialized", {})
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "jx", "version": 1, "text": TABLE}})
    record("didOpen diagnostics", c.wait_notification("textDocument/publishDiagnostics"))

    # an error typed in: 全年 ≥100人次 → ≥100人吃
    el, ec = where(TABLE, "人次", nth=2)
    span = {"start": {"line": el, "character": ec}, "end": {"line": el, "character": ec + 2}}
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": span, "text": "人吃"}]})
    record("didChange diagnostics", c.wait_notification("textDocument/publishDiagnostics"))
    record("codeAction", ask("textDocument/codeAction", {"textDocument": {"uri": uri},
                                                       "range": {"start": {"line": el, "character": 0}, "end": span["end"]},
                                                       "context": {"diagnostics": []}}))
    # the fix applied
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"range": span, "text": "人次"}]})
    record("fixed diagnostics", c.wait_notification("textDocument/publishDiagnostics"))

    # completion at three positions (a field name on a new line of 项目, a 二级 on a new line
    # under 产出指标, a unit after a number), and after 引用 and 表式
    pl, _ = where(TABLE, "    资金 {")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                                        "contentChanges": [{"range": {"start": {"line": pl, "character": 0}, "end": {"line": pl, "character": 0}}, "text": "    项\n"}]})
    c.wait_notification("textDocument/publishDiagnostics")
    completion("completion of a field name in 项目 after '项'", pl, 5)
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 5},
                                        "contentChanges": [{"range": {"start": {"line": pl, "character": 0}, "end": {"line": pl + 1, "character": 0}}, "text": ""}]})
    record("back to the correct table", c.wait_notification("textDocument/publishDiagnostics"))
    completion("completion of a 二级 under 产出指标", *where(TABLE, "            数量指标", 12))
    completion("completion of a unit after ≥50", *where(TABLE, "≥50", 3))
    completion("completion after 引用", *where(TABLE, "引用 ", 3))
    completion("completion after 表式", *where(TABLE, "表式 ", 3))

    # hover
    record("hover on the field 项目类型", ask("textDocument/hover", at(*where(TABLE, "项目类型", 1))))
    record("hover on the 一级 产出指标", ask("textDocument/hover", at(*where(TABLE, "产出指标", 1))))
    record("hover on the 二级 数量指标", ask("textDocument/hover", at(*where(TABLE, "数量指标", 1))))
    record("hover on the value ≥95%", ask("textDocument/hover", at(*where(TABLE, "≥95%", 1))))
    record("hover on a reference value", ask("textDocument/hover", at(*where(TABLE, "≤总成本预算数", 2))))
    record("hover on the unit 人次", ask("textDocument/hover", at(*where(TABLE, "人次", 1, nth=1))))
    record("hover on the form's name", ask("textDocument/hover", at(*where(TABLE, "江苏省级项目", 1))))

    # definition
    record("definition of 引用's group", ask("textDocument/definition", at(*where(TABLE, "江苏省级项目共性指标", 2))))
    record("definition of 表式's form", ask("textDocument/definition", at(*where(TABLE, "江苏省级项目", 2))))
    record("definition of 导入's file", ask("textDocument/definition", at(*where(TABLE, "common.jx", 2))))

    record("documentSymbol", ask("textDocument/documentSymbol", {"textDocument": {"uri": uri}}))
    record("formatting", ask("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {"tabSize": 4, "insertSpaces": True}}))

    # an import that is open in the editor, unsaved: its text, not its file's, is what counts;
    # a change to it checks the importing document again
    curi = "file://" + os.path.join(work, "common.jx")
    c.notify("textDocument/didOpen", {"textDocument": {"uri": curi, "languageId": "jx", "version": 1, "text": COMMON + "单位 场馆 计数\n"}})
    record("open import diagnostics", c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == curi))
    record("document using the import's new unit", c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == uri))
    ul, uc = where(TABLE, "≥100人次", 4)
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 6},
                                        "contentChanges": [{"range": {"start": {"line": ul, "character": uc}, "end": {"line": ul, "character": uc + 2}}, "text": "场馆"}]})
    record("the unsaved import's unit is known", c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == uri))
    c.notify("textDocument/didChange", {"textDocument": {"uri": curi, "version": 2}, "contentChanges": [{"text": COMMON}]})
    c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == curi)
    record("the unit taken out of the import", c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == uri))
    c.notify("textDocument/didClose", {"textDocument": {"uri": curi}})
    c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == curi)
    record("the import closed: its file is read", c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == uri))

    # half-typed input: the text cut inside a string, then inside a block
    half = TABLE[: TABLE.index("完成年度") + 2]
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 7}, "contentChanges": [{"text": half}]})
    record("half-typed diagnostics", c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == uri))
    half2 = TABLE[: TABLE.index("数量指标 {") + len("数量指标 {\n")] + "                培训人次 半年 ≥5"
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 8}, "contentChanges": [{"text": half2}]})
    record("half-typed block diagnostics", c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == uri))
    last = half2.split("\n")
    completion("completion in half-typed block (unit)", len(last) - 1, len(last[-1]))
    record("hover in half-typed block", ask("textDocument/hover", at(len(last) - 1, 18)))
    record("hover on a field in a file with a syntax error", ask("textDocument/hover", at(*where(half2, "项目类型", 1))))
    record("hover on the form in a file with a syntax error", ask("textDocument/hover", at(*where(half2, "江苏省级项目", 1))))
    record("definition of 引用 in a file with a syntax error", ask("textDocument/definition", at(*where(half2, "江苏省级项目共性指标", 2))))
    record("formatting half-typed", ask("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}}))

    # malformed messages
    c.send_raw(b"Content-Length: 9\r\n\r\n{\"jsonrpc")
    record("body not JSON", c.response(None))
    c.send_raw(b"Content-Type: text/plain\r\n\r\n")
    record("header without Content-Length", c.response(None))
    c.send_raw(b"Content-Length: 2\r\n\r\n[]")
    record("not an object", c.response(None))
    record("unknown method", ask("textDocument/frobnicate", {}))
    record("not open", ask("textDocument/hover", {"textDocument": {"uri": "file:///nowhere.jx"}, "position": {"line": 0, "character": 0}}))
    record("bad position", ask("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": "x"}}))
    record("position past the end", ask("textDocument/hover", at(10000, 10000)))

    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    record("didClose diagnostics", c.wait_notification("textDocument/publishDiagnostics", match=lambda p: p["uri"] == uri and "version" not in p))
    record("shutdown", ask("shutdown", None))
    record("after shutdown", ask("textDocument/hover", at(0, 0)))
    c.notify("exit")
    record("exit status", c.close())

    # in English: jxc lsp --lang=en, and the initialization option {"lang": "en"}
    for argv, options in (([jxc, "lsp", "--lang=en"], None), ([jxc, "lsp"], {"lang": "en"})):
        e = Client(argv, cwd=work, env=env)
        e.request("initialize", {"processId": os.getpid(), "capabilities": {}, "initializationOptions": options})
        e.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "jx", "version": 1, "text": TABLE.replace("≥100人次", "≥100人吃")}})
        what = " ".join(argv[1:]) + (" with initializationOptions" if options else "")
        record(f"{what}: diagnostics", e.wait_notification("textDocument/publishDiagnostics"))
        record(f"{what}: hover", e.request("textDocument/hover", at(*where(TABLE, "数量指标", 1))))
        e.request("shutdown")
        e.notify("exit")
        record(f"{what}: exit status", e.close())
    return out


if __name__ == "__main__":
    sys.exit(main())
