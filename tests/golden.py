#!/usr/bin/env python3
"""Golden-file tests for jxc, in the manner of Ledger's test/regress and jq's jq.test.

Each tests/golden/**/*.t file holds the input files, one command, and what the command must
print and return:

    # a comment saying what the test is about
    === file: input.jx
    项目 A { … }
    === file: raw.jx (escaped)
    \\xEF\\xBB\\xBF年度 2025\\r\\n        <- escapes \\xNN \\n \\r \\t \\\\ ; no final newline added
    === run
    jxc check --lang=en input.jx
    === stdout
    …
    === stderr
    …
    === exit
    1

A missing stdout or stderr section means the output must be empty; a missing exit section
means 0. The command runs under `sh` in a fresh directory holding the files, with `jxc` on
PATH (run through $JXC_WRAPPER when that is set, for valgrind) and $ROOT set to the
repository. `golden.py --update [PATTERN]` rewrites the expectations of the matching tests
from what the command does now: review the change with `git diff` before committing it.
"""
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = re.compile(rb"^=== (file: (.+?)( \(escaped\))?|run|stdout|stderr|exit)\s*$")


def unescape(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        c = data[i]
        if c == 0x5C and i + 1 < len(data):  # backslash
            n = data[i + 1]
            if n == ord("x") and i + 3 < len(data):
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, 0x5C: 0x5C}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def parse(path):
    sections = []  # (kind, name, escaped, bytes)
    current = None
    with open(path, "rb") as f:
        for line in f.read().splitlines(keepends=True):
            m = HEADER.match(line.rstrip(b"\n"))
            if m:
                head = m.group(1)
                if head.startswith(b"file:"):
                    current = ["file", m.group(2).decode(), bool(m.group(3)), bytearray()]
                else:
                    current = [head.decode(), None, False, bytearray()]
                sections.append(current)
            elif current is not None:
                current[3] += line
    test = {"files": [], "run": None, "stdout": b"", "stderr": b"", "exit": 0, "has": set()}
    for kind, name, escaped, data in sections:
        data = bytes(data)
        test["has"].add(kind)
        if kind == "file":
            if escaped:
                data = unescape(data.rstrip(b"\n"))
            test["files"].append((name, data))
        elif kind == "run":
            test["run"] = data.decode().strip()
        elif kind == "exit":
            test["exit"] = int(data.decode().strip() or "0")
        else:
            test[kind] = data
    if not test["run"]:
        raise ValueError(f"{path}: no '=== run' section")
    return test


def make_bindir(jxc):
    """A directory holding the `jxc` the tests run: a script that execs the binary under test
    (through $JXC_WRAPPER). It is written once, before any test starts: a script written while
    other threads fork can be held open for writing by their children, and executing it then
    fails with ETXTBSY (exit 126) now and then."""
    bindir = tempfile.mkdtemp(prefix="jx-golden-bin-")
    wrapper = os.environ.get("JXC_WRAPPER", "")
    with open(os.path.join(bindir, "jxc"), "w") as f:
        f.write(f'#!/bin/sh\nexec {wrapper} "{jxc}" "$@"\n')
    os.chmod(os.path.join(bindir, "jxc"), 0o755)
    return bindir


def run(bindir, path):
    test = parse(path)
    tmp = tempfile.mkdtemp(prefix="jx-golden-")
    try:
        for name, data in test["files"]:
            full = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)
        env = dict(os.environ)
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
        env["ROOT"] = ROOT
        env.pop("JXC_LANG", None)
        env.pop("JX_STDLIB", None)
        env["NO_COLOR"] = "1"
        proc = subprocess.run(["sh", "-c", test["run"]], cwd=tmp, env=env, capture_output=True, timeout=300)
        return test, proc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def show_diff(name, want, got):
    lines = difflib.unified_diff(want.decode(errors="replace").splitlines(keepends=True),
                                 got.decode(errors="replace").splitlines(keepends=True),
                                 f"expected {name}", f"actual {name}")
    return "".join(lines)


def update(path, proc):
    """Rewrites the expectations of a test file from the command's actual behaviour."""
    with open(path, "rb") as f:
        text = f.read()
    keep = []
    skip = False
    for line in text.splitlines(keepends=True):
        m = HEADER.match(line.rstrip(b"\n"))
        if m:
            skip = m.group(1) in (b"stdout", b"stderr", b"exit")
        if not skip:
            keep.append(line)
    out = b"".join(keep)
    if not out.endswith(b"\n"):
        out += b"\n"
    for kind, data in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        if data:
            out += f"=== {kind}\n".encode() + data
            if not data.endswith(b"\n"):
                out += b"\n"
    if proc.returncode != 0:
        out += f"=== exit\n{proc.returncode}\n".encode()
    with open(path, "wb") as f:
        f.write(out)


def main():
    args = sys.argv[1:]
    do_update = "--update" in args
    args = [a for a in args if a != "--update"]
    if not args:
        print("usage: golden.py [--update] JXC [PATTERN...]", file=sys.stderr)
        return 2
    jxc = os.path.abspath(args[0])
    patterns = args[1:]
    paths = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, "tests", "golden")):
        for f in files:
            if f.endswith(".t"):
                p = os.path.join(dirpath, f)
                if not patterns or any(pat in p for pat in patterns):
                    paths.append(p)
    paths.sort()
    failures = 0
    jobs = int(os.environ.get("JOBS", os.cpu_count() or 2))
    bindir = make_bindir(jxc)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(lambda p: (p, run(bindir, p)), paths))
    finally:
        shutil.rmtree(bindir, ignore_errors=True)
    for path, (test, proc) in results:
        rel = os.path.relpath(path, ROOT)
        problems = []
        if proc.returncode < 0 or proc.returncode >= 64 and proc.returncode != 99:
            problems.append(f"crashed or killed (status {proc.returncode})")
        if proc.returncode == 99:
            problems.append("valgrind found errors")
        if b"ERROR: AddressSanitizer" in proc.stderr or b"runtime error:" in proc.stderr or b"LeakSanitizer" in proc.stderr:
            problems.append("sanitizer report")
        if proc.stdout != test["stdout"]:
            problems.append(show_diff("stdout", test["stdout"], proc.stdout))
        if proc.stderr != test["stderr"]:
            problems.append(show_diff("stderr", test["stderr"], proc.stderr))
        if proc.returncode != test["exit"]:
            problems.append(f"exit status {proc.returncode}, expected {test['exit']}")
        if problems and do_update and not any(p.startswith(("crashed", "sanitizer", "valgrind")) for p in problems):
            update(path, proc)
            print(f"updated {rel}")
            continue
        if problems:
            failures += 1
            print(f"FAIL {rel}")
            for p in problems:
                print("  " + p.replace("\n", "\n  ").rstrip())
    print(f"golden: {len(results) - failures} passed, {failures} failed ({len(results)} tests)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
