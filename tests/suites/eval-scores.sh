#!/usr/bin/env bash
# The scores of every evaluation example (examples/evaluation/), recomputed independently by
# the default profile (财预〔2020〕10号: 产出 50 with 成本指标, 效益 30, 满意度 10, 预算执行率 10;
# ≥ scores 分值 × 完成值 ÷ 指标值, ≤ 分值 × 指标值 ÷ 完成值, capped; a qualitative line its stated
# score, or its band's share; 执行率 × 分值 capped at 100%; rounded once, half up, to 2 places)
# from the target and actual texts jxc score prints, with Python's exact fractions, and compared
# with jxc's exact and rounded figures.
set -euo pipefail
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
fail=0
for f in examples/evaluation/*.jx; do
  "$jxc" score -f json "$f" 2>/dev/null > "${TMPDIR:-/tmp}/jx-eval-scores.json" || true
  python3 - "$f" "${TMPDIR:-/tmp}/jx-eval-scores.json" <<'PY' || fail=1
import json, re, sys
from fractions import Fraction as F
from decimal import Decimal, ROUND_HALF_UP
name, path = sys.argv[1], sys.argv[2]
data = json.load(open(path, encoding="utf-8"), parse_float=Decimal, parse_int=Decimal)
WEIGHTS = {"产出指标": F(50), "效益指标": F(30), "满意度指标": F(10)}
ALSO = {"成本指标": "产出指标"}
BANDS = {"达成年度指标": (80, 100), "部分达成并具有一定效果": (60, 80), "未达成且效果较差": (0, 60)}
MULT = {"千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8}
CMP = {"≥": ">=", "≧": ">=", ">=": ">=", "≤": "<=", "≦": "<=", "<=": "<=", ">": ">", "<": "<", "=": "=", "＝": "=", "═": "="}

def frac(text):
    return F(Decimal(text.replace(",", "")))

def measure(text, unit_of=None):
    """(comparator, value in a base unit, unit class) of 98%, ≥735人次, ≤90万元, 43.2."""
    m = re.match(r"^(≥|≧|>=|≤|≦|<=|>|<|=|＝|═)?([0-9][0-9,]*(?:\.[0-9]+)?)(千万|百万|十万|千|万|亿)?(.*)$", text)
    if not m:
        return None
    op = CMP.get(m.group(1) or "", "=")
    v = frac(m.group(2)) * 10 ** MULT.get(m.group(3) or "", 0)
    unit = m.group(4)
    if unit.startswith("万元"):
        v, unit = v * 10000, "元"
    if unit == "‰":
        v, unit = v / 10, "%"
    return op, v, unit

def round2(x):
    # Half up at two places, exactly: x is a fraction, rounded by integer arithmetic.
    q, r = divmod(x.numerator * 100, x.denominator)
    if 2 * r >= x.denominator: q += 1
    return (Decimal(q) / Decimal(100)).quantize(Decimal("0.01"))

def exact(text):
    if "/" in text:
        a, b = text.split("/")
        return F(int(a), int(b))
    return frac(text)

bad = []
for ev in data["evaluations"]:
    for p in ev["projects"]:
        inds = p["indicators"]
        tops = {}
        for i in inds:
            top = i["path"][0]
            top = ALSO.get(top, top)
            i["_top"] = top if top in WEIGHTS or i["weight_written"] is not None else None
            if i["_top"]:
                tops.setdefault(i["_top"], []).append(i)
        total = F(0)
        for top, rows in tops.items():
            written = [r for r in rows if r["weight_written"] is not None]
            for r in rows:
                if written:
                    w = frac(str(r["weight_written"])) if r["weight_written"] is not None else F(0)
                else:
                    w = WEIGHTS[top] / len(rows)
                t, a = r["target"], r["actual"]
                if a is None:
                    s = F(0)
                else:
                    mt, ma = measure(t) if t else None, measure(a)
                    rng = re.match(r"^(.+?)(?:~|～|至)(.+)$", t or "")
                    if rng and measure(rng.group(1)) and measure(rng.group(2)):
                        lo, hi = measure(rng.group(1))[1], measure(rng.group(2))[1]
                        av = ma[1]
                        s = w if lo <= av <= hi else (w * av / lo if av < lo else w * hi / av)
                    elif mt and ma:
                        op, tv, _ = mt
                        av = ma[1] * (10 ** 4 if ma[2] == "" and mt[2] == "元" and t.endswith("万元") else 1)
                        met = {">=": av >= tv, ">": av > tv, "<=": av <= tv, "<": av < tv, "=": av == tv}[op]
                        if met: s = w
                        elif op in (">=", ">"): s = w * av / tv if tv > 0 else F(0)
                        elif op in ("<=", "<"): s = w * tv / av if av > 0 else F(0)
                        else: s = (w * av / tv if av < tv else w * tv / av) if tv > 0 and av > 0 else F(0)
                        s = max(F(0), min(s, w))
                    elif r["stated"] is not None:
                        s = frac(str(r["stated"]))
                    elif r["band"]:
                        lo, hi = BANDS[r["band"]]
                        s = w * (hi if hi == 100 else lo) / 100
                    else:
                        s = F(0)
                if s != exact(r["score_exact"]):
                    bad.append(f"{name}: {p['name']} › {r['path'][-1]}: python {s}, jxc {r['score_exact']}")
                total += s
        b = p["budget"]
        bw = frac(str(b["weight_written"])) if b["weight_written"] is not None else F(10)
        bs = F(0)
        if b["full"] not in (None, 0) and b["spent"] is not None and frac(str(b["full"])) != 0:
            bs = bw * min(frac(str(b["spent"])) / frac(str(b["full"])), F(1))
        if bs != exact(b["score_exact"]):
            bad.append(f"{name}: {p['name']} › 预算执行率: python {bs}, jxc {b['score_exact']}")
        total += bs
        if total != exact(p["total_exact"]) or round2(total) != p["total"]:
            bad.append(f"{name}: {p['name']} total: python {total} → {round2(total)}, jxc {p['total_exact']} → {p['total']}")
        else:
            print(f"{name}: {p['name']}: {round2(total)} (python and jxc agree)")
for m in bad: print("FAIL", m)
sys.exit(1 if bad else 0)
PY
done
exit $fail
