#!/usr/bin/env python3
"""A file over 64 MiB (MAX_FILE_BYTES) of tables only, through `jxc check`:

  1. it is checked (not refused), and what is said of its first 60 MB is byte for byte what is
     said of the same 60 MB as a file of its own checked the whole way (JX_NO_STREAM=1), and
     more is said after them (the rest was checked too);
  2. in memory that does not grow with it: the peak resident size is under half the file's;
     and `jxc tokens --count` lexes it, with the counts of its two halves;
  3. with a byte-order mark and CRLF line ends, the same diagnostics at the same places; a
     pragma comment before each table turns off that table's note, and nothing else;
  4. an unclosed table at its end is reported at its line (past a million lines) with its
     excerpt, and the tables before it are still checked;
  5. with a 默认 block after the tables (so it would have to be kept whole), a declaration, or
     the word 导入 (even in a comment, at the end or across the prescan's windows), it is
     refused with E0902 and its size, at most 67108864.

    big_file.py JXC BIG.jx WORKDIR
"""
import json
import os
import subprocess
import sys

jxc, big, work = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def run(path, env_extra=None, args=()):
    """(stdout, stderr, status) of jxc check ARGS PATH, all diagnostics reported."""
    env = dict(os.environ)
    env.pop("JX_NO_STREAM", None)
    env.update(env_extra or {})
    cmd = [jxc, "check", "--max-warnings=100000000", "--max-errors=100000000"] + list(args) + [path]
    p = subprocess.run(cmd, capture_output=True, env=env, cwd=work, timeout=600)
    return p.stdout.decode(), p.stderr.decode(), p.returncode


def run_rss(path, args=()):
    """As run, with the peak resident size (KiB) from the kernel's account of the child."""
    env = dict(os.environ)
    env.pop("JX_NO_STREAM", None)
    cmd = [jxc, "check", "--max-warnings=100000000", "--max-errors=100000000"] + list(args) + [path]
    with open(os.path.join(work, "out"), "wb") as o, open(os.path.join(work, "err"), "wb") as e:
        p = subprocess.Popen(cmd, stdout=o, stderr=e, env=env, cwd=work)
        _, status, usage = os.wait4(p.pid, 0)
    out = open(os.path.join(work, "out"), encoding="utf-8").read()
    err = open(os.path.join(work, "err"), encoding="utf-8").read()
    return out, err, os.waitstatus_to_exitcode(status), usage.ru_maxrss


def diags(stderr, name):
    """The JSON diagnostics, one per line, with the file's name made the same."""
    return [line.replace(json.dumps(name)[1:-1], "FILE") for line in stderr.splitlines() if line.startswith("{")]


def line_of(d):
    return json.loads(d)["line"]


size = os.path.getsize(big)
if size <= 64 << 20:
    sys.exit(f"big_file: the generated file has {size} bytes, not over 64 MiB")

# 1, 2: checked, in little memory, as its first 60 MB are. (Measured before this script reads
# the file: a child's peak counts the memory of the process it was forked from.)
out, err, status, rss = run_rss(big, ["--diagnostics=json"])
data = open(big, "rb").read()
if status != 0:
    failures.append(f"{size}-byte file: exit {status}, expected 0\n{err[:2000]}")
big_diags = diags(err, big)
cut = data.index(b"\n\xe9\xa1\xb9\xe7\x9b\xae ", 60_000_000) + 1  # the start of a table (项目)
prefix_lines = data[:cut].count(b"\n")
prefix = os.path.join(work, "prefix.jx")
open(prefix, "wb").write(data[:cut])
_, perr, pstatus = run(prefix, {"JX_NO_STREAM": "1"}, ["--diagnostics=json"])
prefix_diags = diags(perr, prefix)
head = [d for d in big_diags if line_of(d) <= prefix_lines]
if head != prefix_diags:
    failures.append(f"diagnostics of the first {cut} bytes: {len(head)} when the file is {size} bytes, "
                    f"{len(prefix_diags)} when they are a file checked whole")
if not prefix_diags or len(big_diags) <= len(head):
    failures.append(f"expected diagnostics before and after byte {cut}: {len(head)} and {len(big_diags) - len(head)}")
if rss * 1024 >= size // 2:
    failures.append(f"peak resident size {rss} KiB for a file of {size} bytes: not under half of it")
print(f"big_file: {size} bytes checked in a peak of {rss} KiB; {len(big_diags)} diagnostics, "
      f"{len(head)} in the first {cut} bytes as when checked whole")

# 2b: the lexer alone (jxc tokens --count, the benchmark's measure) reads it as check does, and
# counts what it counts in the two halves as files of their own.
rest = os.path.join(work, "rest.jx")
open(rest, "wb").write(data[cut:])
def count(*paths):
    p = subprocess.run([jxc, "--lang=en", "tokens", "--count"] + list(paths), capture_output=True, cwd=work, timeout=600)
    return p.returncode, p.stdout.decode().split(", files")[0]
whole, halves = count(big), count(prefix, rest)
if whole[0] != 0 or whole != halves:
    failures.append(f"tokens --count: {whole} for the file, {halves} for its two halves")
os.unlink(rest)

# 3: a byte-order mark and CRLF line ends change nothing said.
crlf = os.path.join(work, "crlf.jx")
open(crlf, "wb").write(b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"))
_, cerr, cstatus = run(crlf, None, ["--diagnostics=json"])
if cstatus != status or diags(cerr, crlf) != big_diags:
    failures.append("with a byte-order mark and CRLF line ends: other diagnostics")
os.unlink(crlf)

# 3b: a pragma comment before every table, the last 70 MB in: each is kept through the
# lexer's comment arenas taking turns (one waits there whenever they turn), and turns off the
# note of its table (N0706, what the generated tables are told) and nothing else.
marker = "\n项目 ".encode()
prag = os.path.join(work, "pragma.jx")
open(prag, "wb").write(data.replace(marker, "\n# jxc: allow N0706\n项目 ".encode()))
_, gerr, gstatus = run(prag, None, ["--diagnostics=json"])
want = [d for d in big_diags if json.loads(d)["code"] != "N0706"]
got = diags(gerr, prag)
if len(want) == len(big_diags) or gstatus != status or [json.loads(d)["code"] for d in got] != [json.loads(d)["code"] for d in want]:
    failures.append(f"a pragma before every table: {len(got)} diagnostics, expected {len(want)} "
                    f"(all but the {len(big_diags) - len(want)} N0706)")
os.unlink(prag)

# 4: an unclosed table at the end, past a million lines.
lines = data.count(b"\n")
tail = os.path.join(work, "tail.jx")
open(tail, "wb").write(data + "项目 \"末尾\" {\n".encode())
_, terr, tstatus = run(tail, None, ["--lang=en"])
want = f"tail.jx:{lines + 1}:"
if tstatus != 1 or want not in terr or "'}' expected" not in terr or f"{lines + 1} | 项目 \"末尾\" {{" not in terr:
    failures.append(f"an unclosed table at line {lines + 1}: exit {tstatus}, expected 1 and an error at "
                    f"{want} with its excerpt\n{terr[-1500:]}")
os.unlink(tail)

# 5: refused when it would be kept whole.
# 导入 anywhere sends a file the usual way, even in a comment: at the end, or cut by the edge of
# the prescan's 1 MiB windows (a line that starts 3 bytes before 2 MiB, so the word's 6 bytes
# straddle it).
edge = data.index(b"\n", (2 << 20) - 200) + 1
straddle = data[:edge] + b"\n" * ((2 << 20) - 3 - 2 - edge) + "# 导入\n".encode() + data[edge:]
assert straddle.index("导入".encode()) == (2 << 20) - 3
cases = [("late-defaults.jx", data + "默认 {\n  年度 2025\n}\n".encode()), ("decl.jx", data + "单位 套 = 件\n".encode()),
         ("import-end.jx", data + "# 导入 \"x.jx\"\n".encode()), ("import-edge.jx", straddle)]
for name, text in cases:
    path = os.path.join(work, name)
    open(path, "wb").write(text)
    _, rerr, rstatus = run(path, None, ["--lang=en"])
    n = len(text)
    want = (f"jxc: error[E0902]: file '{path}' is too large: {n} bytes (at most 67108864)\n"
            "  = help: only jxc check takes a file over 64 MiB, and only when every file checked with it holds "
            "tables alone (项目, 部门, with 默认 before the first table): no declaration (单位, 等级, 指标组, "
            "表式 {…}), 导入 or NUL byte\n1 error\n")
    if rstatus != 1 or rerr != want:
        failures.append(f"{name}: exit {rstatus}, expected 1 and\n{want}got\n{rerr[:1500]}")
    os.unlink(path)

for f in failures:
    print("FAIL", f)
sys.exit(1 if failures else 0)
