#!/usr/bin/env python3
"""Half-typed input, at random: `jxc lsp` gets the examples cut, spliced and broken at random
places (a fixed seed, so a failure repeats), and after each change completion, hover and
definition at random positions, symbols, formatting and code actions. Every request must be
answered (a result or a JSON-RPC error) and the server must exit 0 after shutdown.

    python3 tests/suites/lsp/robust.py JXC [ROUNDS] [SEED]
"""
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from lsp_client import Client, ServerError  # noqa: E402

EXAMPLES = os.path.join(HERE, "..", "..", "..", "examples")
PIECES = ["{", "}", "\"", "\"\"\"", "引用 ", "表式 ", "≥", "~", "\n", "#", "半年 ", "导入 \"nowhere.jx\"\n", "\r\n", "\ufeff", "𠀀"]


def main():
    jxc = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    texts = [open(os.path.join(EXAMPLES, f), encoding="utf-8").read() for f in sorted(os.listdir(EXAMPLES)) if f.endswith(".jx")]
    tmp = tempfile.mkdtemp()
    c = Client([jxc, "lsp"], cwd=tmp, env=dict(os.environ, XDG_CACHE_HOME=os.path.join(tmp, "cache")))
    c.request("initialize", {"capabilities": {}})
    uri = "file://" + os.path.join(tmp, "t.jx")
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "jx", "version": 0, "text": ""}})
    c.wait_notification("textDocument/publishDiagnostics")
    answered = 0

    def ask(method, params):
        nonlocal answered
        try:
            c.request(method, params)
        except ServerError:
            pass
        answered += 1

    for i in range(rounds):
        t = rnd.choice(texts)
        a = rnd.randrange(len(t))
        b = min(len(t), a + rnd.randrange(2000))
        kind = rnd.randrange(4)
        doc = [t[:b], t[:a] + t[b:], t[:a] + rnd.choice(PIECES) + t[a:], t[a:b]][kind]
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": i + 1}, "contentChanges": [{"text": doc}]})
        c.wait_notification("textDocument/publishDiagnostics")
        lines = doc.split("\n")
        for m in ("textDocument/completion", "textDocument/hover", "textDocument/definition"):
            line = rnd.randrange(len(lines))
            ask(m, {"textDocument": {"uri": uri}, "position": {"line": line, "character": rnd.randrange(len(lines[line]) + 2)}})
        ask("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
        ask("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
        ask("textDocument/codeAction", {"textDocument": {"uri": uri}, "context": {"diagnostics": []},
                                        "range": {"start": {"line": 0, "character": 0}, "end": {"line": len(lines), "character": 0}}})
    c.request("shutdown")
    c.notify("exit")
    status = c.close()
    if status != 0:
        print(f"FAIL: exit status {status}")
        return 1
    print(f"lsp robustness: {rounds} broken documents, {answered} requests answered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
