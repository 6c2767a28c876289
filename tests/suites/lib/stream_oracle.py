#!/usr/bin/env python3
"""jxc check streams: it reads one file at a time when no file declares anything, and checks
each table of a file as soon as it is parsed when the file's 默认 blocks come first
(compiler/driver/compile.c). Whatever it does must be what compiling everything at once does,
byte for byte: this runs `jxc check` three ways over the same inputs and compares them.

    JX_NO_STREAM=1      every file parsed and kept, then checked (what build and diff do)
    JX_NO_STREAM=table  one file at a time, each parsed whole before it is checked
    (unset)             one file at a time, a table at a time where the file allows it

The inputs: every `jxc check` run of every golden test (with its options, in its directory),
each .jx file of every golden test checked alone and all of them together, the examples, and
the files given on the command line (a generated one-file input, for instance).

    stream_oracle.py JXC [FILE.jx …]
"""
import concurrent.futures
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import golden  # noqa: E402

MODES = [("all at once", "1"), ("a file at a time", "table"), ("a table at a time", None)]


def run_modes(jxc, args, cwd):
    """The outputs of `jxc check ARGS` in each mode: [(stdout, stderr, status)]."""
    outs = []
    for _, value in MODES:
        env = dict(os.environ)
        env.pop("JX_NO_STREAM", None)
        if value is not None:
            env["JX_NO_STREAM"] = value
        p = subprocess.run([jxc, "check"] + args, cwd=cwd, env=env, capture_output=True, timeout=600)
        outs.append((p.stdout, p.stderr, p.returncode))
    return outs


def compare(what, outs):
    """A message when the modes differ, else None."""
    for k in range(1, len(outs)):
        if outs[k] != outs[0]:
            a, b = outs[0], outs[k]
            return (f"{what}: {MODES[k][0]} differs from {MODES[0][0]} (status {a[2]} and {b[2]})\n"
                    f"--- {MODES[0][0]}\n{a[1].decode(errors='replace')}{a[0].decode(errors='replace')}"
                    f"--- {MODES[k][0]}\n{b[1].decode(errors='replace')}{b[0].decode(errors='replace')}")
    return None


def check_args(command):
    """The arguments of a `jxc check …` command (a simple one: no pipe, no redirection), or None."""
    if any(c in command for c in "|;&<>`$\n"):
        return None
    try:
        words = shlex.split(command)
    except ValueError:
        return None
    if len(words) < 2 or words[0] != "jxc" or words[1] != "check":
        return None
    return words[2:]


def one_test(jxc, path):
    """Every comparison for one golden test: a list of messages (empty when all agree)."""
    try:
        test = golden.parse(path)
    except ValueError:
        return [], 0
    problems, count = [], 0
    with tempfile.TemporaryDirectory(prefix="jx-stream-") as work:
        names = []
        for name, data in test["files"]:
            full = os.path.join(work, name)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)
            if name.endswith(".jx"):
                names.append(name)
        rel = os.path.relpath(path, ROOT)
        runs = [(f"{rel}: {r['command']}", a) for r in test["runs"] if (a := check_args(r["command"])) is not None]
        runs += [(f"{rel}: jxc check --lang=en {n}", ["--lang=en", n]) for n in names]
        if len(names) > 1:
            runs.append((f"{rel}: jxc check --lang=en (all its files)", ["--lang=en"] + names))
        for what, args in runs:
            count += 1
            msg = compare(what, run_modes(jxc, args, work))
            if msg:
                problems.append(msg)
    return problems, count


def main():
    jxc = os.path.abspath(sys.argv[1])
    extra = [os.path.abspath(f) for f in sys.argv[2:]]
    tests = sorted(os.path.join(d, f) for d, _, fs in os.walk(golden.GOLDEN) for f in fs
                   if f.endswith(".t") and not d.startswith(golden.FIXTURES))
    problems, count = [], 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for p, c in pool.map(lambda t: one_test(jxc, t), tests):
            problems += p
            count += c
    examples = sorted(os.path.relpath(os.path.join(d, f), ROOT) for d, _, fs in os.walk(os.path.join(ROOT, "examples"))
                      for f in fs if f.endswith(".jx"))
    inputs = [[e] for e in examples] + [examples] + [[f] for f in extra]
    for args in inputs:
        for opts in ([], ["--max-errors", "3", "--max-warnings", "5"]):
            count += 1
            what = "jxc check " + " ".join(opts + (args if len(args) < 4 else ["(all the examples)"]))
            msg = compare(what, run_modes(jxc, ["--lang=en"] + opts + args, ROOT))
            if msg:
                problems.append(msg)
    for msg in problems:
        print(msg, file=sys.stderr)
    print(f"stream oracle: {count} checks, {len(problems)} differ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
