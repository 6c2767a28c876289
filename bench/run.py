#!/usr/bin/env python3
"""The benchmark: jxc beside the floor, JSON tools and the plain-text accounting peers, on the
same data, side by side, at several sizes (make bench; docs/performance.md has the results).

    bench/run.py [--jxc build/jxc] [--sizes 1,10,100] [--runs 3] [--out build/bench]

For each size it generates the inputs with bench/gen.py (cached in OUT/<size>mb), makes the
JSON equivalent of the data with `jxc build -f json`, then runs each command RUNS times and
keeps the fastest wall time and the largest peak resident memory (each child's own, from
wait4). Commands whose program is missing are left out, as are jxc's outputs that are still
placeholders in this build; a peer that would take too long at the next size (from its speed
at the last one) is left out there. Prints a Markdown report, also written to
OUT/report.md.
"""
import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER_BUDGET_SECONDS = 300  # a peer expected to take longer than this at a size is skipped there


def run_once(argv, stdout=subprocess.DEVNULL, timeout=None):
    """Runs argv; returns (wall seconds, peak RSS in bytes, exit status, stderr tail).

    The peak memory is measured by GNU time (/usr/bin/time -f %M), not by this process's
    wait4: a child forked from a large Python process would count the parent's pages."""
    import tempfile
    with tempfile.NamedTemporaryFile(prefix="jx-bench-", suffix=".rss") as rssfile:
        wall, _, status, err = _run_once(["/usr/bin/time", "-q", "-f", "%M", "-o", rssfile.name] + argv, stdout, timeout)
        try:
            with open(rssfile.name) as f:
                rss = int(f.read().split()[-1]) * 1024
        except (OSError, ValueError, IndexError):
            rss = 0
    return wall, rss, status, err


def _run_once(argv, stdout, timeout):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    # Drain stderr in the background of wait4 (a chatty program must not block on a full pipe).
    err_chunks = []
    import threading
    t = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
    t.start()
    deadline = None if timeout is None else start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline and time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            t.join()
            return None, usage.ru_maxrss * 1024, -9, b"timed out"
        time.sleep(0.002)
    wall = time.perf_counter() - start
    t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss * 1024, proc.returncode, (err_chunks[0] if err_chunks else b"")[-400:]


def measure(argv, runs, ok_status=(0,), timeout=None):
    best, peak, status, err = None, 0, 0, b""
    for _ in range(runs):
        wall, rss, status, err = run_once(argv, timeout=timeout)
        if wall is None or status not in ok_status:
            return None, rss, status, err
        best = wall if best is None else min(best, wall)
        peak = max(peak, rss)
    return best, peak, status, err


def dir_bytes(paths):
    return sum(os.path.getsize(p) for p in paths)


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


def is_placeholder(jxc, args, sample):
    """Is this jxc output still a placeholder ('not available in this build')?"""
    out = subprocess.run([jxc] + args + [sample], capture_output=True)
    return out.returncode == 2 and b"not available" in out.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jxc", default=os.path.join(ROOT, "build", "jxc"))
    ap.add_argument("--sizes", default="1,10,100", help="megabytes, comma-separated")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    args = ap.parse_args()
    jxc = os.path.abspath(args.jxc)
    sizes = [float(s) for s in args.sizes.split(",")]
    os.makedirs(args.out, exist_ok=True)

    rows = []          # (size, tool, bytes, seconds, rss, note)
    speed = {}         # tool -> seconds per byte at the last size, to skip slow peers
    indicators = {}
    for size in sizes:
        data = os.path.join(args.out, f"{size:g}mb")
        if not os.path.isdir(os.path.join(data, "jx")):
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen.py"), "--mb", str(size), "--out", data],
                           check=True)
        jx_files = sorted(os.path.join(data, "jx", f) for f in os.listdir(os.path.join(data, "jx")))
        jx_bytes = dir_bytes(jx_files)
        equiv = os.path.join(data, "equivalent.json")
        if not os.path.exists(equiv):
            with open(equiv, "wb") as f:
                subprocess.run([jxc, "build", "-f", "json", os.path.join(data, "jx")], stdout=f,
                               stderr=subprocess.DEVNULL)
        with open(equiv, "rb") as f:
            doc = json.load(f)
        n_ind = sum(len(t["indicators"]) for t in doc["projects"] + doc["departments"])
        n_tables = len(doc["projects"]) + len(doc["departments"])
        n_diags = len(doc["diagnostics"])
        del doc
        indicators[size] = (n_ind, n_tables, n_diags)
        ledger = os.path.join(data, "ledger.journal")
        bean = os.path.join(data, "beancount.beancount")
        jxdir = os.path.join(data, "jx")
        commands = [
            ("floor: wc -l", ["wc", "-l"] + jx_files, jx_bytes, "jx"),
            ("jxc check", [jxc, "check", jxdir], jx_bytes, "jx"),
            # The same check compiling every file at once, as jxc did before it could read one file at a time
            # (and as it still does when a file declares something).
            ("jxc check, all at once", ["env", "JX_NO_STREAM=1", jxc, "check", jxdir], jx_bytes, "jx"),
            ("jxc build -f json", [jxc, "build", "-f", "json", jxdir], jx_bytes, "jx"),
            ("jxc build -f csv", [jxc, "build", "-f", "csv", jxdir], jx_bytes, "jx"),
            ("jxc build -f html", [jxc, "build", "-f", "html", jxdir], jx_bytes, "jx"),
            ("jxc fmt", [jxc, "fmt"] + jx_files, jx_bytes, "jx"),
            ("jq -c . (JSON equivalent)", ["jq", "-c", "."] + [equiv], os.path.getsize(equiv), "json"),
            ("python3 json.load (JSON equivalent)",
             [sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1], 'rb'))", equiv],
             os.path.getsize(equiv), "json"),
            ("bean-check (journal)", ["bean-check", bean], os.path.getsize(bean), "peer"),
            ("hledger check (journal)", ["hledger", "check", "-f", ledger], os.path.getsize(ledger), "peer"),
            ("ledger balance (journal)", ["ledger", "-f", ledger, "balance"], os.path.getsize(ledger), "peer"),
        ]
        for name, argv, nbytes, kind in commands:
            if not shutil.which(argv[0]):
                rows.append((size, name, nbytes, None, None, f"{argv[0]} is not installed"))
                continue
            if argv[0] == jxc and name != "jxc check" and is_placeholder(jxc, argv[1:-1] if name != "jxc fmt" else ["fmt"],
                                                                          jx_files[0]):
                rows.append((size, name, nbytes, None, None, "not in this build yet"))
                continue
            est = speed.get(name, 0) * nbytes
            if kind == "peer" and est > PEER_BUDGET_SECONDS:
                rows.append((size, name, nbytes, None, None, f"skipped: about {est:.0f} s expected"))
                continue
            runs = args.runs if (speed.get(name, 0) * nbytes) < 60 else 1
            # jxc exits 1 when the input has errors; the generated data has none, so 0 is asked.
            ok = (0,) if not name.startswith("jxc fmt") else (0, 1)
            wall, rss, status, err = measure(argv, runs, ok_status=ok, timeout=PEER_BUDGET_SECONDS * 2)
            if wall is None:
                rows.append((size, name, nbytes, None, rss, f"failed (status {status}): {err.decode(errors='replace').strip()[:120]}"))
                continue
            speed[name] = wall / nbytes
            rows.append((size, name, nbytes, wall, rss, ""))
            print(f"bench: {size:g} MB  {name:40s} {wall:8.3f} s  {nbytes / wall / 1e6:8.1f} MB/s  "
                  f"{rss / 1e6:8.1f} MB peak", file=sys.stderr)

    report = render(rows, sizes, indicators, jxc)
    with open(os.path.join(args.out, "report.md"), "w") as f:
        f.write(report)
    print(report)
    return 0


def render(rows, sizes, indicators, jxc):
    m = machine()
    out = ["## Results", ""]
    out.append(f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; Linux {m['kernel']}; {m['cc']}.")
    vers = [version([jxc, "--version"]), version(["jq", "--version"]), version(["bean-check", "--version"]),
            version(["hledger", "--version"]), version(["ledger", "--version"]), f"Python {platform.python_version()}"]
    out.append("Versions: " + "; ".join(v for v in vers if v) + ".")
    out.append("")
    for size in sizes:
        n_ind, n_tables, n_diags = indicators[size]
        out.append(f"### {size:g} MB of jx ({n_tables} tables, {n_ind} indicators, {n_diags} diagnostics)")
        out.append("")
        out.append("| command | input | bytes | time (s) | MB/s | indicators/s | peak memory | memory ÷ input |")
        out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for s, name, nbytes, wall, rss, note in rows:
            if s != size:
                continue
            kind = "journal" if "journal" in name else "JSON" if "JSON" in name else "jx"
            if wall is None:
                out.append(f"| {name} | {kind} | {nbytes:,} | – | – | – | – | {note} |")
                continue
            ind = f"{n_ind / wall:,.0f}" if name.startswith("jxc") else ""
            out.append(f"| {name} | {kind} | {nbytes:,} | {wall:.3f} | {nbytes / wall / 1e6:.1f} | {ind} | "
                       f"{rss / 1e6:.1f} MB | {rss / nbytes:.2f} |")
        out.append("")
    # Linearity: time per MB at each size, for jxc's commands.
    names = [n for n in dict.fromkeys(r[1] for r in rows)]
    out.append("### Time per megabyte (linearity)")
    out.append("")
    out.append("| command | " + " | ".join(f"{s:g} MB" for s in sizes) + " |")
    out.append("| --- | " + " | ".join("---:" for _ in sizes) + " |")
    for name in names:
        cells = []
        for size in sizes:
            r = [x for x in rows if x[0] == size and x[1] == name]
            cells.append(f"{r[0][3] / r[0][2] * 1e6 * 1000:.1f} ms" if r and r[0][3] else "–")
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
