#!/usr/bin/env python3
"""Golden-file tests for jxc, in the manner of Ledger's test/regress and jq's jq.test.

Each tests/golden/**/*.t file holds input files, then one or more commands, each with what it
must print and return:

    # a comment saying what the test is about
    === file: input.jx
    项目 A { … }
    === file: raw.jx (escaped)
    \\xEF\\xBB\\xBF年度 2025\\r\\n        <- escapes \\xNN \\n \\r \\t \\\\ ; no final newline added
    === file: good.jx (fixture 通用项目)
    === file: bad.jx (fixture 通用项目, replacing)
        开始时间 2025
    === with
        开始时间 2025
        开始时间 2025
    === run
    jxc check --lang=en bad.jx
    === stdout
    …
    === stderr
    …
    === exit
    1
    === run
    jxc check --lang=en good.jx

The files come first. `(fixture NAME)` copies tests/golden/fixtures/NAME.jx (a minimal valid
table of a form; the section holds no text); `(fixture NAME, replacing)` copies it with the
exact text of the block under the file header (whole lines, with their line ends), which must
occur exactly once in the fixture, replaced by the block under `=== with` (which may be empty).
A fixture that is missing or a text to replace that is not there once fails the test.

Each `=== run` is a command, followed by its own optional `=== stdout`, `=== stderr` and
`=== exit` sections: a missing stdout or stderr section means the output must be empty; a
missing exit section means 0. The runs of a file run in order, under `sh`, in one fresh
directory holding the files (a run sees what the runs before it wrote), with `jxc` on PATH (run
through $JXC_WRAPPER when that is set, for valgrind) and $ROOT set to the repository. Every
failing run is reported with its number and its command; a test passes when all its runs do.

`golden.py --update [PATTERN]` rewrites the expectations of every run of the matching tests
from what the commands do now, in place: review the change with `git diff` before committing it.
The fixtures folder holds no tests.
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
GOLDEN = os.path.join(ROOT, "tests", "golden")
FIXTURES = os.path.join(GOLDEN, "fixtures")
HEADER = re.compile(rb"^=== (file: (.+?)(?: \((escaped|fixture (.+?)(, replacing)?)\))?|run|stdout|stderr|exit|with)\s*$")
TIMEOUT = 300


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


def sections_of(text: bytes):
    """The sections of a test file in order: [kind, header match or None, line number, bytes]."""
    sections = []
    current = None
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        m = HEADER.match(line.rstrip(b"\n"))
        if m:
            head = m.group(1)
            kind = "file" if head.startswith(b"file:") else head.decode()
            current = [kind, m, number, bytearray()]
            sections.append(current)
        elif current is not None:
            current[3] += line
    return sections


def fixture(path, number, name):
    full = os.path.join(FIXTURES, name + ".jx")
    try:
        with open(full, "rb") as f:
            return f.read()
    except OSError:
        raise ValueError(f"{path}:{number}: no fixture named '{name}' ({os.path.relpath(full, ROOT)})") from None


def parse(path):
    """The test in a .t file: {"files": [(name, bytes)], "runs": [{"command", "stdout", "stderr",
    "exit", "line"}]}. A malformed file raises ValueError with the place and the reason."""
    with open(path, "rb") as f:
        sections = sections_of(f.read())
    if os.path.abspath(path).startswith(ROOT + os.sep):
        path = os.path.relpath(path, ROOT)
    test = {"files": [], "runs": []}
    pending = None  # a '(fixture NAME, replacing)' file waiting for its '=== with'
    for kind, m, number, data in sections:
        data = bytes(data)
        where = f"{path}:{number}"
        if pending is not None and kind != "with":
            raise ValueError(f"{pending[0]}: file {pending[1]} replaces a text of fixture '{pending[2]}' "
                             f"but has no '=== with' section giving the new text")
        if kind == "file":
            if test["runs"]:
                raise ValueError(f"{where}: the files come before the first '=== run'")
            name, option, fixture_name, replacing = m.group(2).decode(), m.group(3), m.group(4), m.group(5)
            if fixture_name is None:
                if option == b"escaped":
                    data = unescape(data.rstrip(b"\n"))
                test["files"].append((name, data))
            elif replacing:
                if not data:
                    raise ValueError(f"{where}: file {name}: the text to replace is empty")
                pending = (where, name, fixture_name.decode(), data)
            else:
                if data.strip():
                    raise ValueError(f"{where}: file {name}: a fixture section holds no text "
                                     f"(to change the fixture, write '(fixture {fixture_name.decode()}, replacing)')")
                test["files"].append((name, fixture(path, number, fixture_name.decode())))
        elif kind == "with":
            if pending is None:
                raise ValueError(f"{where}: '=== with' follows no '(fixture NAME, replacing)' file")
            fwhere, name, fixture_name, old = pending
            pending = None
            text = fixture(path, int(fwhere.rsplit(":", 1)[1]), fixture_name)
            first = text.find(old)
            count = 0 if first < 0 else 1 if text.find(old, first + 1) < 0 else 2
            if count != 1:
                raise ValueError(f"{fwhere}: file {name}: the text to replace occurs "
                                 f"{'nowhere' if count == 0 else 'more than once'} in fixture '{fixture_name}' "
                                 f"(it must occur exactly once)")
            test["files"].append((name, text[:first] + data + text[first + len(old):]))
        elif kind == "run":
            command = data.decode().strip()
            if not command:
                raise ValueError(f"{where}: '=== run' without a command")
            test["runs"].append({"command": command, "stdout": b"", "stderr": b"", "exit": 0,
                                 "line": number, "has": set()})
        else:
            if not test["runs"]:
                raise ValueError(f"{where}: '=== {kind}' before any '=== run'")
            run_ = test["runs"][-1]
            if kind in run_["has"]:
                raise ValueError(f"{where}: a second '=== {kind}' for the same run")
            run_["has"].add(kind)
            if kind == "exit":
                try:
                    run_["exit"] = int(data.decode().strip() or "0")
                except ValueError:
                    raise ValueError(f"{where}: '=== exit' holds no number") from None
            else:
                run_[kind] = data
    if pending is not None:
        raise ValueError(f"{pending[0]}: file {pending[1]} replaces a text of fixture '{pending[2]}' "
                         f"but has no '=== with' section giving the new text")
    if not test["runs"]:
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
    """Runs every command of the test at path in order: (test, [CompletedProcess or None when it
    timed out]), or (None, the reason) when the file is malformed."""
    try:
        test = parse(path)
    except ValueError as e:
        return None, str(e)
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
        procs = []
        for r in test["runs"]:
            try:
                procs.append(subprocess.run(["sh", "-c", r["command"]], cwd=tmp, env=env,
                                            capture_output=True, timeout=TIMEOUT))
            except subprocess.TimeoutExpired:
                procs.append(None)
        return test, procs
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def show_diff(name, want, got):
    lines = difflib.unified_diff(want.decode(errors="replace").splitlines(keepends=True),
                                 got.decode(errors="replace").splitlines(keepends=True),
                                 f"expected {name}", f"actual {name}")
    return "".join(lines)


def problems_of(expected, proc):
    """What is wrong with one run: a list of texts, empty when the run passes."""
    if proc is None:
        return [f"timed out after {TIMEOUT} s"]
    problems = []
    if proc.returncode < 0 or proc.returncode >= 64 and proc.returncode != 99:
        problems.append(f"crashed or killed (status {proc.returncode})")
    if proc.returncode == 99:
        problems.append("valgrind found errors")
    if b"ERROR: AddressSanitizer" in proc.stderr or b"runtime error:" in proc.stderr or b"LeakSanitizer" in proc.stderr:
        problems.append("sanitizer report")
    if proc.stdout != expected["stdout"]:
        problems.append(show_diff("stdout", expected["stdout"], proc.stdout))
    if proc.stderr != expected["stderr"]:
        problems.append(show_diff("stderr", expected["stderr"], proc.stderr))
    if proc.returncode != expected["exit"]:
        problems.append(f"exit status {proc.returncode}, expected {expected['exit']}")
    return problems


def expectations(proc) -> bytes:
    out = b""
    for kind, data in (("stdout", proc.stdout), ("stderr", proc.stderr)):
        if data:
            out += f"=== {kind}\n".encode() + data
            if not data.endswith(b"\n"):
                out += b"\n"
    if proc.returncode != 0:
        out += f"=== exit\n{proc.returncode}\n".encode()
    return out


def update(path, procs):
    """Rewrites the expectations of every run of a test file, in place, from what its commands
    did: each run's stdout, stderr and exit sections are replaced, the rest is kept."""
    with open(path, "rb") as f:
        text = f.read()
    out = []
    skip = False
    runs_seen = 0

    def close_run():
        if runs_seen:
            if out and not out[-1].endswith(b"\n"):
                out[-1] += b"\n"
            out.append(expectations(procs[runs_seen - 1]))

    for line in text.splitlines(keepends=True):
        m = HEADER.match(line.rstrip(b"\n"))
        if m:
            skip = m.group(1) in (b"stdout", b"stderr", b"exit")
            if m.group(1) == b"run":
                close_run()
                runs_seen += 1
        if not skip:
            out.append(line)
    close_run()
    with open(path, "wb") as f:
        f.write(b"".join(out))


def test_paths(patterns):
    paths = []
    for dirpath, dirnames, files in os.walk(GOLDEN):
        dirnames[:] = [d for d in dirnames if os.path.join(dirpath, d) != FIXTURES]
        for f in files:
            if f.endswith(".t"):
                p = os.path.join(dirpath, f)
                if not patterns or any(pat in p for pat in patterns):
                    paths.append(p)
    return sorted(paths)


def show_command(command):
    lines = command.splitlines()
    shown = "\n      ".join(lines[:3])
    if len(lines) > 3:
        more = len(lines) - 3
        shown += f"\n      … ({more} more line{'s' if more > 1 else ''})"
    return shown


def main():
    args = sys.argv[1:]
    do_update = "--update" in args
    args = [a for a in args if a != "--update"]
    if not args:
        print("usage: golden.py [--update] JXC [PATTERN...]", file=sys.stderr)
        return 2
    jxc = os.path.abspath(args[0])
    paths = test_paths(args[1:])
    failures = 0
    runs = 0
    jobs = int(os.environ.get("JOBS", os.cpu_count() or 2))
    bindir = make_bindir(jxc)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(lambda p: (p, run(bindir, p)), paths))
    finally:
        shutil.rmtree(bindir, ignore_errors=True)
    for path, (test, procs) in results:
        rel = os.path.relpath(path, ROOT)
        if test is None:
            failures += 1
            print(f"FAIL {rel}")
            print(f"  malformed test: {procs}")
            continue
        runs += len(test["runs"])
        failed = []
        for number, (expected, proc) in enumerate(zip(test["runs"], procs), 1):
            problems = problems_of(expected, proc)
            if problems:
                failed.append((number, expected, problems))
        if not failed:
            continue
        serious = ("timed out", "crashed", "sanitizer", "valgrind")
        if do_update and not any(p.startswith(serious) for _, _, ps in failed for p in ps):
            update(path, procs)
            print(f"updated {rel}")
            continue
        failures += 1
        print(f"FAIL {rel}")
        for number, expected, problems in failed:
            print(f"  run {number} of {len(test['runs'])} (line {expected['line']}): {show_command(expected['command'])}")
            for p in problems:
                print("    " + p.replace("\n", "\n    ").rstrip())
    print(f"golden: {len(results) - failures} passed, {failures} failed ({len(results)} tests, {runs} runs)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
