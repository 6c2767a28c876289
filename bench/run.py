#!/usr/bin/env python3
"""The benchmark: jxc beside the lexer alone, the floor, JSON tools and the plain-text
accounting peers, on the same data, in two shapes, at several sizes (make bench;
docs/performance.md has the method and the results).

    bench/run.py [--jxc build/jxc] [--sizes 1,10,100] [--big] [--runs 5] [--out build/bench]

For each size it generates, with bench/gen.py (cached in OUT/<shape>-<size>mb), the inputs of
both shapes: `files` (one file per budget unit) and `one` (a single file of project tables),
each also as a second version for `jxc diff`; and the JSON equivalent of the data with
`jxc build -f json`. --big (or a size of 1000 in BENCH_SIZES) adds a 1 GB run of the one-file
shape.

Runs are paired: each repetition runs every command of a shape once, back to back (jxc and
the commands it is compared with in turn), so that the ratios within a repetition compare
runs made under the same load. RUNS repetitions (default 5); a command whose first run takes
over 20 s runs 3 times, over 60 s once. The report gives each command's MEDIAN wall time and
the spread (min–max), never the fastest, its median CPU time (user + sys), and its peak
resident memory ("Maximum resident set size" of /usr/bin/time -v). jxc's times are also given
as ratios, taken repetition by repetition and then the median: to `jq -c .` reading the JSON
equivalent, and to the lexer alone (`jxc tokens --count`, which only lexes). The peers
(bean-check, with its cache disabled and removed; hledger; ledger; Python's json.load) read the
journals of the files shape. The load average is printed at the start and the end. The report
(also OUT/report.md) ends with the targets of issues 16 and 14, the figure measured and
whether it is met.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER_BUDGET_SECONDS = 300  # a peer expected to take longer than this at a size is skipped there


def run_once(argv, env=None, timeout=None):
    """Runs argv under /usr/bin/time -v; returns a dict: wall (s, None when it failed to
    finish), cpu (user + sys, s), rss (bytes), status, err (the end of its stderr)."""
    with tempfile.NamedTemporaryFile(prefix="bench-", suffix=".time") as tf:
        full = ["/usr/bin/time", "-v", "-o", tf.name] + argv
        start = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        # Drain stderr beside the wait (a chatty program must not block on a full pipe).
        chunks = []
        t = threading.Thread(target=lambda: chunks.append(proc.stderr.read()))
        t.start()
        # A blocking wait4 (Popen.wait with a timeout polls, in steps of up to 50 ms): its
        # rusage is the time process's and, reaped by it, jxc's, to the microsecond.
        # On a timeout the whole group goes: time and the command it runs.
        killer = threading.Timer(timeout, lambda: os.killpg(proc.pid, 9)) if timeout else None
        if killer:
            killer.start()
        _, wstatus, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wstatus)
        if killer:
            killer.cancel()
        t.join()
        if proc.returncode < 0:
            return {"wall": None, "cpu": None, "rss": 0, "status": proc.returncode, "err": b"killed (timed out)"}
        stats = {}
        with open(tf.name, errors="replace") as f:
            for line in f:
                key, _, value = line.strip().rpartition(": ")
                stats[key] = value
    cpu = usage.ru_utime + usage.ru_stime
    rss = int(stats.get("Maximum resident set size (kbytes)", 0)) * 1024
    err = chunks[0] if chunks else b""
    # GNU time reports a child's failure as "Command exited with non-zero status N" first.
    status = int(stats.get("Exit status", proc.returncode))
    return {"wall": wall, "cpu": cpu, "rss": rss, "status": status, "err": err[-600:]}


def median(xs):
    return statistics.median(xs) if xs else None


def loadavg():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "?"


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            mem = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    cc = subprocess.run(["cc", "--version"], capture_output=True, text=True).stdout.splitlines()
    return {"cpu": model, "cores": os.cpu_count(), "memory": mem, "kernel": platform.release(),
            "cc": cc[0] if cc else "?"}


def version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return None


def generate(out, size, shape, ver, journals):
    """Runs gen.py into OUT/<shape>-<size>mb[-v2] once (cached); returns the directory."""
    data = os.path.join(out, f"{shape}-{size:g}mb" + ("-v2" if ver == 2 else ""))
    if not os.path.isdir(os.path.join(data, "jx")) or not os.path.exists(os.path.join(data, ".done")):
        shutil.rmtree(data, ignore_errors=True)
        argv = [sys.executable, os.path.join(ROOT, "bench", "gen.py"), "--mb", str(size), "--out", data,
                "--shape", shape, "--version", str(ver)]
        if not journals:
            argv.append("--no-journals")
        subprocess.run(argv, check=True)
        open(os.path.join(data, ".done"), "w").close()
    return data


def jx_paths(data):
    jxdir = os.path.join(data, "jx")
    files = sorted(os.path.join(jxdir, f) for f in os.listdir(jxdir))
    return jxdir, files, sum(os.path.getsize(p) for p in files)


def equivalent(jxc, data):
    """The JSON equivalent of the data (what jxc build -f json writes), and its counts; None
    when jxc cannot build it (the reason then)."""
    equiv = os.path.join(data, "equivalent.json")
    if not os.path.exists(equiv):
        with open(equiv + ".tmp", "wb") as f:
            r = subprocess.run([jxc, "build", "-f", "json", os.path.join(data, "jx")], stdout=f,
                               stderr=subprocess.PIPE)
        if r.returncode != 0:
            os.unlink(equiv + ".tmp")
            return None, None, reason(r.stderr)
        os.rename(equiv + ".tmp", equiv)
    with open(equiv, "rb") as f:
        doc = json.load(f)
    tables = doc["projects"] + doc["departments"]
    counts = (len(tables), sum(len(t["indicators"]) for t in tables), len(doc["diagnostics"]))
    del doc
    return equiv, counts, None


def reason(err):
    text = err.decode(errors="replace") if isinstance(err, bytes) else err
    for line in text.splitlines():
        if "error[" in line or line.startswith("jxc:"):
            return line.strip()[:160]
    return text.strip()[-160:]


class Cmd:
    def __init__(self, key, name, argv, nbytes, kind, ok=(0,), env=None, before=None, after=None):
        self.key, self.name, self.argv, self.nbytes, self.kind = key, name, argv, nbytes, kind
        self.ok, self.env, self.before, self.after = ok, env, before, after
        self.runs = []        # the run_once dicts of the successful runs
        self.note = ""        # why it has no figures (failed, missing, skipped)
        self.limit = None     # how many runs it gets (None: every repetition)


def run_paired(cmds, reps, label):
    """Every repetition runs each command once, in order; returns the commands."""
    for rep in range(reps):
        for c in cmds:
            if c.note or (c.limit is not None and len(c.runs) >= c.limit):
                continue
            if c.before:
                c.before()
            r = run_once(c.argv, env=c.env, timeout=PEER_BUDGET_SECONDS * 2)
            if c.after:
                c.after()
            if r["wall"] is None or r["status"] not in c.ok:
                c.note = f"failed (status {r['status']}): {reason(r['err'])}"
                continue
            r["rep"] = rep
            c.runs.append(r)
            if len(c.runs) == 1:
                c.limit = None if r["wall"] < 20 else 3 if r["wall"] < 60 else 1
            print(f"bench: {label} rep {rep + 1}/{reps}  {c.name:38s} {r['wall']:8.3f} s  "
                  f"{r['cpu']:7.2f} s CPU  {r['rss'] / 1e6:8.1f} MB  load {loadavg()}", file=sys.stderr)
    return cmds


def ratio_by_rep(a, b, field="wall"):
    """The median over the repetitions both ran in of a's wall (or CPU) time ÷ b's."""
    bw = {r["rep"]: r[field] for r in b.runs}
    xs = [r[field] / bw[r["rep"]] for r in a.runs if r["rep"] in bw and bw[r["rep"]] > 0]
    return median(xs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jxc", default=os.path.join(ROOT, "build", "jxc"))
    ap.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1,10,100"),
                    help="megabytes, comma-separated (a size of 1000 or more runs the one-file shape only)")
    ap.add_argument("--big", action="store_true", help="also the 1 GB run of the one-file shape")
    ap.add_argument("--runs", type=int, default=5, help="repetitions (default 5)")
    ap.add_argument("--shapes", default="files,one", help="files, one or both (default)")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--render", action="store_true",
                    help="only print the report again from OUT/results.json (the runs of the last time)")
    args = ap.parse_args()
    if args.render:
        with open(os.path.join(args.out, "results.json")) as f:
            saved = json.load(f)
        results = {(r["shape"], r["size"]): load_result(r) for r in saved["results"]}
        args.runs = saved["runs"]
        args.shapes = saved.get("shapes", "files,one")
        report = render(results, saved["sizes"], saved["jxc"], args, saved["started"], saved["load_start"], saved["load_end"])
        print(report)
        return 0
    jxc = os.path.abspath(args.jxc)
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    if args.big and 1000 not in sizes:
        sizes.append(1000.0)
    os.makedirs(args.out, exist_ok=True)
    load_start = loadavg()
    print(f"bench: load average at the start {load_start}", file=sys.stderr)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())

    results = {}   # (shape, size) -> {"cmds": {key: Cmd}, "bytes": n, "counts": …, "equiv_note": …}
    for size in sizes:
        shapes = [sh for sh in ("files", "one") if sh in args.shapes.split(",") and (sh == "one" or size < 1000)]
        for shape in shapes:
            data = generate(args.out, size, shape, 1, journals=(shape == "files"))
            data2 = generate(args.out, size, shape, 2, journals=False)
            jxdir, files, nbytes = jx_paths(data)
            jxdir2, _, nbytes2 = jx_paths(data2)
            equiv, counts, equiv_note = equivalent(jxc, data) if size < 1000 else (None, None, "not made at 1 GB")
            cmds = [
                Cmd("wc", "floor: wc -l", ["wc", "-l"] + files, nbytes, "jx"),
                Cmd("lexer", "lexer alone: jxc tokens --count", [jxc, "tokens", "--count", jxdir], nbytes, "jx"),
                Cmd("check", "jxc check", [jxc, "check", jxdir], nbytes, "jx"),
            ]
            if equiv:
                cmds.append(Cmd("jq", "jq -c . (JSON equivalent)", ["jq", "-c", ".", equiv],
                                os.path.getsize(equiv), "json"))
            cmds += [
                Cmd("check_all", "jxc check, all at once", [jxc, "check", jxdir], nbytes, "jx",
                    env=dict(os.environ, JX_NO_STREAM="1")),
                Cmd("json", "jxc build -f json", [jxc, "build", "-f", "json", jxdir], nbytes, "jx"),
                Cmd("csv", "jxc build -f csv", [jxc, "build", "-f", "csv", jxdir], nbytes, "jx"),
                Cmd("html", "jxc build -f html", [jxc, "build", "-f", "html", jxdir], nbytes, "jx"),
                Cmd("fmt", "jxc fmt", [jxc, "fmt", jxdir], nbytes, "jx"),
                # diff exits 1 when the versions differ (they do); its input is both versions.
                Cmd("diff", "jxc diff (two versions)", [jxc, "diff", jxdir, jxdir2], nbytes + nbytes2, "jx", ok=(1,)),
            ]
            if size == 10:
                # Issue 14's targets: the workbook, and reading it back.
                xlsx = os.path.join(args.out, f"{shape}-10mb.xlsx")
                imported = os.path.join(args.out, f"{shape}-10mb-imported.jx")
                cmds.append(Cmd("xlsx", "jxc build -f xlsx", [jxc, "build", "-f", "xlsx", "-o", xlsx, jxdir], nbytes, "jx"))
                imp = Cmd("import", "jxc import (that workbook)", [jxc, "import", xlsx, "-o", imported], 0, "xlsx")
                imp.before = lambda imp=imp, xlsx=xlsx: setattr(imp, "nbytes", os.path.getsize(xlsx) if os.path.exists(xlsx) else 0)
                cmds.append(imp)
            if shape == "files":
                ledger = os.path.join(data, "ledger.journal")
                bean = os.path.join(data, "beancount.beancount")
                cache = os.path.join(data, ".beancount.beancount.picklecache")
                rm_cache = lambda cache=cache: os.path.exists(cache) and os.unlink(cache)
                cmds += [
                    Cmd("pyjson", "python3 json.load (JSON equivalent)",
                        [sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1], 'rb'))", equiv or "-"],
                        os.path.getsize(equiv) if equiv else 0, "json"),
                    Cmd("bean", "bean-check (journal)", ["bean-check", bean], os.path.getsize(bean), "peer",
                        env=dict(os.environ, BEANCOUNT_DISABLE_LOAD_CACHE="1"), before=rm_cache, after=rm_cache),
                    Cmd("hledger", "hledger check (journal)", ["hledger", "check", "-f", ledger], os.path.getsize(ledger), "peer"),
                    Cmd("ledger", "ledger balance (journal)", ["ledger", "-f", ledger, "balance"], os.path.getsize(ledger), "peer"),
                ]
                if not equiv:
                    cmds[-4].note = "no JSON equivalent"
            for c in cmds:
                if not shutil.which(c.argv[0]):
                    c.note = f"{c.argv[0]} is not installed"
            reps = args.runs if size < 1000 else min(args.runs, 3)
            run_paired(cmds, reps, f"{shape} {size:g} MB")
            results[(shape, size)] = {"cmds": {c.key: c for c in cmds}, "order": cmds, "bytes": nbytes, "nfiles": len(files),
                                      "counts": counts, "equiv_note": equiv_note}
            save(args, results, sizes, jxc, started, load_start, f"{loadavg()} (still running)")
    load_end = loadavg()
    print(f"bench: load average at the end {load_end}", file=sys.stderr)
    save(args, results, sizes, jxc, started, load_start, load_end)
    report = render(results, sizes, jxc, args, started, load_start, load_end)
    with open(os.path.join(args.out, "report.md"), "w") as f:
        f.write(report)
    print(report)
    return 0


def save(args, results, sizes, jxc, started, load_start, load_end):
    """OUT/results.json: the runs so far (written after each shape and size, so that a run cut
    short still leaves its figures for --render)."""
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"sizes": sizes, "runs": args.runs, "shapes": args.shapes, "jxc": jxc, "started": started, "load_start": load_start,
                   "load_end": load_end,
                   "results": [dict(shape=k[0], size=k[1], nfiles=v["nfiles"], bytes=v["bytes"], counts=v["counts"],
                                    equiv_note=v["equiv_note"],
                                    cmds=[dict(key=c.key, name=c.name, nbytes=c.nbytes, note=c.note,
                                               runs=[{x: r[x] for x in ("wall", "cpu", "rss", "status", "rep")} for r in c.runs])
                                          for c in v["order"]])
                               for k, v in results.items()]}, f, indent=1)


def load_result(r):
    order = []
    for d in r["cmds"]:
        c = Cmd(d["key"], d["name"], [], d["nbytes"], "")
        c.note, c.runs = d["note"], d["runs"]
        order.append(c)
    return {"cmds": {c.key: c for c in order}, "order": order, "bytes": r["bytes"], "nfiles": r["nfiles"],
            "counts": r["counts"], "equiv_note": r["equiv_note"]}


def fmt_s(x):
    return "–" if x is None else f"{x:.3f}" if x < 100 else f"{x:.1f}"


def render(results, sizes, jxc, args, started, load_start, load_end):
    m = machine()
    out = ["## Results", ""]
    out.append(f"Run: {started}; `bench/run.py --sizes {','.join(f'{s:g}' for s in sizes)} --runs {args.runs}"
               f"{' --shapes ' + args.shapes if getattr(args, 'shapes', 'files,one') != 'files,one' else ''}`; "
               f"load average (1, 5, 15 min) {load_start} at the start, {load_end} at the end.")
    out.append(f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; Linux {m['kernel']}; {m['cc']}.")
    vers = [version([jxc, "--version"]), version(["jq", "--version"]), version(["bean-check", "--version"]),
            version(["hledger", "--version"]), version(["ledger", "--version"]), f"Python {platform.python_version()}"]
    out.append("Versions: " + "; ".join(v for v in vers if v) + ".")
    if 1000 not in sizes:
        out.append("The 1 GB run of the one-file shape was skipped (it runs with --big or BENCH_SIZES=…,1000).")
    out.append("")
    for size in sizes:
        for shape in ("files", "one"):
            res = results.get((shape, size))
            if not res:
                continue
            counts = res["counts"]
            what = (f"{counts[0]:,} tables, {counts[1]:,} indicators" if counts
                    else f"no JSON equivalent: {res['equiv_note']}")
            nfiles = "one file" if shape == "one" else f"{res['nfiles']:,} files, one per unit"
            out.append(f"### {size:g} MB, shape `{shape}` ({nfiles}; {what})")
            out.append("")
            out.append("| command | input bytes | runs | median (s) | min–max (s) | MB/s | CPU (s) | × faster than jq | ÷ lexer | peak memory | memory ÷ input |")
            out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            cm = res["cmds"]
            for c in res["order"]:
                if not c.runs:
                    out.append(f"| {c.name} | {c.nbytes:,} | 0 | – | – | – | – | – | – | – | {c.note or 'not run'} |")
                    continue
                walls = [r["wall"] for r in c.runs]
                med = median(walls)
                cpu = median([r["cpu"] for r in c.runs])
                rss = max(r["rss"] for r in c.runs)
                jq = ""
                lex = ""
                if c.key.startswith(("check", "json", "csv", "html", "fmt", "diff", "xlsx", "lexer")):
                    if "jq" in cm and cm["jq"].runs and c.key != "lexer":
                        r = ratio_by_rep(cm["jq"], c)
                        jq = f"{r:.1f}" if r else ""
                    if "lexer" in cm and cm["lexer"].runs and c.key != "lexer":
                        r = ratio_by_rep(c, cm["lexer"])
                        lex = f"{r:.2f}" if r else ""
                mbs = c.nbytes / med / 1e6 if c.nbytes and med else 0
                out.append(f"| {c.name} | {c.nbytes:,} | {len(walls)} | {fmt_s(med)} | {fmt_s(min(walls))}–{fmt_s(max(walls))} | "
                           f"{mbs:.1f} | {cpu:.2f} | {jq} | {lex} | {rss / 1e6:.1f} MB | "
                           f"{rss / c.nbytes if c.nbytes else 0:.2f} |" + (f" {c.note}" if c.note else ""))
            out.append("")
    # Linearity: the median time per megabyte at each size.
    out.append("### Time per megabyte (median; linearity)")
    out.append("")
    out.append("| command | shape | " + " | ".join(f"{s:g} MB" for s in sizes) + " |")
    out.append("| --- | --- | " + " | ".join("---:" for _ in sizes) + " |")
    for key, name in (("lexer", "lexer alone"), ("check", "jxc check"), ("json", "jxc build -f json"), ("fmt", "jxc fmt"),
                      ("diff", "jxc diff")):
        for shape in ("files", "one"):
            cells = []
            for size in sizes:
                c = results.get((shape, size), {}).get("cmds", {}).get(key)
                cells.append(f"{median([r['wall'] for r in c.runs]) / c.nbytes * 1e6 * 1000:.1f} ms"
                             if c and c.runs else "–")
            if any(x != "–" for x in cells):
                out.append(f"| {name} | {shape} | " + " | ".join(cells) + " |")
    out.append("")
    out += targets(results, sizes)
    return "\n".join(out) + "\n"


def targets(results, sizes):
    """The TARGETS table: each target of issues 16 and 14, the figure, met or not."""
    rows = []

    def cmd(shape, size, key):
        c = results.get((shape, size), {}).get("cmds", {}).get(key)
        return c if c and c.runs else None

    def why(shape, size, key):
        c = results.get((shape, size), {}).get("cmds", {}).get(key)
        if (shape, size) not in results:
            return f"{size:g} MB not run"
        return c.note if c and c.note else "not measured"

    def med(c):
        return median([r["wall"] for r in c.runs])

    def peak(c):
        return max(r["rss"] for r in c.runs)

    def cpu(c):
        return median([r["cpu"] for r in c.runs])

    def verdict(oks):
        return False if False in oks else None if None in oks else True

    big = 100.0 if 100.0 in sizes else max(s for s in sizes if s < 1000) if any(s < 1000 for s in sizes) else None
    at = f"{big:g} MB" if big else "–"

    def each_shape(label, key, fn, test):
        figs, oks = [], []
        for shape in ("files", "one"):
            c = cmd(shape, big, key) if big else None
            if not c:
                figs.append(f"{shape}: {why(shape, big, key) if big else 'no size under 1 GB'}")
                # A command that failed (jxc refused the input) has not met it; one not run is unmeasured.
                failed = big and results.get((shape, big), {}).get("cmds", {}).get(key)
                oks.append(False if failed and failed.note else None)
                continue
            v = fn(shape, c)
            if v is None:
                figs.append(f"{shape}: not measured")
                oks.append(None)
                continue
            figs.append(f"{shape}: {v[0]}")
            oks.append(test(v[1]))
        rows.append((label, "; ".join(figs), verdict(oks)))

    def speed(s, c):
        v = c.nbytes / med(c) / 1e6
        return (f"{v:.1f} MB/s (of CPU time: {c.nbytes / cpu(c) / 1e6:.1f})", v)
    each_shape(f"`jxc check` ≥ 150 MB/s, median, both shapes at {at}", "check", speed, lambda v: v >= 150)

    def vs_jq(s, c):
        jq = cmd(s, big, "jq")
        r = ratio_by_rep(jq, c) if jq else None
        return (f"{r:.1f} × (of CPU time: {ratio_by_rep(jq, c, 'cpu'):.1f})", r) if r else None
    each_shape(f"`jxc check` ≥ 15 × faster than `jq -c .` on the JSON equivalent ({at})", "check", vs_jq, lambda v: v >= 15)

    def vs_lex(s, c):
        lx = cmd(s, big, "lexer")
        r = ratio_by_rep(c, lx) if lx else None
        return (f"{r:.2f} × the lexer's time (of CPU time: {ratio_by_rep(c, lx, 'cpu'):.2f})", r) if r else None
    each_shape(f"`jxc check` within 2 × the lexer alone ({at})", "check", vs_lex, lambda v: v <= 2)
    each_shape(f"`jxc build -f json` ≥ 100 MB/s ({at})", "json", speed, lambda v: v >= 100)
    for key, label, limit in (("check", "`jxc check`", 1.5), ("json", "`jxc build -f json`", 2), ("fmt", "`jxc fmt`", 2),
                              ("diff", "`jxc diff` (÷ both inputs)", 3)):
        each_shape(f"peak memory of {label} ≤ {limit:g} × the input ({at})", key,
                   lambda s, c: (f"{peak(c) / c.nbytes:.2f} ×", peak(c) / c.nbytes), lambda v, limit=limit: v <= limit)

    # Flat memory above 100 MB, one-file shape: the peak per input byte does not grow.
    above = [s for s in sizes if s > 100]
    c100, cbig = cmd("one", 100.0, "check"), (cmd("one", max(above), "check") if above else None)
    if not above:
        rows.append(("flat memory above 100 MB (one file): peak ÷ input of `check` at 1 GB ≤ 1.15 × that at 100 MB",
                     "not measured: the 1 GB run was skipped", None))
    elif not (c100 and cbig):
        rows.append(("flat memory above 100 MB (one file): peak ÷ input of `check` at 1 GB ≤ 1.15 × that at 100 MB",
                     f"100 MB: {why('one', 100.0, 'check') if not c100 else 'ok'}; "
                     f"{max(above):g} MB: {why('one', max(above), 'check') if not cbig else 'ok'}", False))
    else:
        a, b = peak(c100) / c100.nbytes, peak(cbig) / cbig.nbytes
        rows.append(("flat memory above 100 MB (one file): peak ÷ input of `check` at 1 GB ≤ 1.15 × that at 100 MB",
                     f"{a:.2f} × at 100 MB, {b:.2f} × at {max(above):g} MB", b <= a * 1.15))

    # Linear: the time per MB of check at every size within ±15% of the largest size's.
    for shape in ("files", "one"):
        per = []
        for s in sizes:
            c = cmd(shape, s, "check")
            per.append((s, med(c) / c.nbytes * 1e9 if c else None))
        got = [(s, v) for s, v in per if v is not None]
        missing = [f"{s:g} MB" for s, v in per if v is None]
        label = f"`jxc check` time per MB linear ±15 % from 1 MB to 1 GB ({shape})"
        if len(got) < 2:
            rows.append((label, "not measured" + (f" ({', '.join(missing)} failed)" if missing else ""),
                         False if missing else None))
            continue
        ref = got[-1][1]
        spread = ", ".join(f"{s:g} MB {v:.1f} ms" for s, v in got) + f" (±15 % of the {got[-1][0]:g} MB figure)"
        within = all(abs(v / ref - 1) <= 0.15 for _, v in got)
        ok = False if not within or missing else True if 1000 in sizes else None
        note = "" if 1000 in sizes else "; 1 GB not run"
        if missing:
            note += f"; {', '.join(missing)} failed"
        rows.append((label, spread + note, ok))

    for shape in ("files", "one"):
        x, h, i = cmd(shape, 10.0, "xlsx"), cmd(shape, 10.0, "html"), cmd(shape, 10.0, "import")
        if x and h:
            r = median([r["cpu"] for r in x.runs]) / median([r["cpu"] for r in h.runs])
            rows.append((f"`jxc build -f xlsx` CPU ≤ 3 × `-f html` (10 MB, {shape})", f"{r:.1f} ×", r <= 3))
        else:
            rows.append((f"`jxc build -f xlsx` CPU ≤ 3 × `-f html` (10 MB, {shape})",
                         why(shape, 10.0, "xlsx") if (shape, 10.0) in results else "10 MB not run",
                         False if (shape, 10.0) in results else None))
        if i:
            v = i.nbytes / med(i) / 1e6
            rows.append((f"`jxc import` ≥ 10 MB/s of workbook (10 MB, {shape})",
                         f"{v:.1f} MB/s (of CPU time: {i.nbytes / cpu(i) / 1e6:.1f}; a workbook of {i.nbytes:,} bytes)", v >= 10))
        else:
            rows.append((f"`jxc import` ≥ 10 MB/s of workbook (10 MB, {shape})",
                         why(shape, 10.0, "import") if (shape, 10.0) in results else "10 MB not run",
                         False if (shape, 10.0) in results else None))

    out = ["### TARGETS", "", "| target | measured | met |", "| --- | --- | --- |"]
    for label, fig, ok in rows:
        out.append(f"| {label} | {fig} | {'met' if ok else 'not measured' if ok is None else '**not met**'} |")
    out.append("")
    return out


if __name__ == "__main__":
    sys.exit(main())
