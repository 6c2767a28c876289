#!/usr/bin/env bash
# jxc fmt on the real corpus, the standard library and a messy file:
#   - formatting is a fixed point: fmt of fmt's output is the same text;
#   - the formatted files compile to the same JSON (`jxc build -f json`) as the originals,
#     leaving out only the source line numbers and the diagnostics' places (and reading the
#     other spellings of a comparator or range sign as the one fmt writes);
#   - CRLF and BOM versions of a file format exactly like the LF version;
#   - every comment survives (counted with `jxc tokens`);
#   - fmt --check accepts formatted files and lists unformatted ones; -w writes what fmt prints.
set -eu
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v python3 >/dev/null || "$root/scripts/deps.sh" test

fail() { echo "FAIL: $*" >&2; exit 1; }

cat > "$work/messy.jx" <<'EOF'
# 一个故意写乱的文件
默认 { 表式 江苏省级项目; 年度 2025
主管部门 江苏省卫生健康委员会 ;实施单位 江苏省医学会; 项目级次 省本级
	金额单位 万元 }
项目 "2025 测试项目"   # 项目注释
{
项目类型 常年安排项目
      开始时间 2025年
  完成时间 2026年     # 完成


    年度目标 """
一是……
      二是……
          """
    资金 {资金总额 90; 一般公共预算资金 90
    上年结转资金 0 # 结转
    }
    支出 {
      医疗事故技术鉴定   半年   30   全年   90
    }
    指标 {
        引用 江苏省级项目共性指标
        产出指标 {  # 产出
            数量指标 {
                案件办理率 半年 >= 90% 全年 ≧ 90%
                鉴定文书合格率 半年 ≥95% 全年 ≥ 95%
                # 中间的注释
                鉴定程序合法合规率 半年 ＝100% 全年 ＝ 100% "注"
                案件数 半年 ≥ 3件 全年 ≥6件

                区间 半年 80%～90% 全年 80% ~ 90%
            }
            成本指标 { 项目总成本 半年 ≤ 总成本预算数 全年 <= 总成本预算数 }
        }
        效益指标{
            社会效益 {
                推动 半年 较好 全年 较好
                # 悬挂注释
            }
        }
        满意度指标 { 服务对象满意度 { 满意率 半年 ≥90% 全年 ≥90% } }
    }
}
# 文件尾注释


# 最后
EOF

inputs=("$root"/examples/*.jx "$work/messy.jx")
n=0
for f in "${inputs[@]}"; do
  n=$((n + 1))
  base=$work/f$n
  "$jxc" fmt "$f" > "$base.fmt.jx" || fail "fmt $f"
  "$jxc" fmt "$base.fmt.jx" > "$base.fmt2.jx" || fail "fmt of fmt $f"
  cmp -s "$base.fmt.jx" "$base.fmt2.jx" || { diff -u "$base.fmt.jx" "$base.fmt2.jx" | head -40; fail "fmt is not a fixed point on $f"; }
  "$jxc" fmt --check "$base.fmt.jx" >/dev/null || fail "fmt --check rejects formatted $f"

  # CRLF, BOM, and both.
  python3 - "$f" "$base" <<'PY'
import sys
src, base = sys.argv[1], sys.argv[2]
data = open(src, "rb").read()
crlf = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
open(base + ".crlf.jx", "wb").write(crlf)
open(base + ".bom.jx", "wb").write(b"\xef\xbb\xbf" + data)
open(base + ".bomcrlf.jx", "wb").write(b"\xef\xbb\xbf" + crlf)
PY
  for v in crlf bom bomcrlf; do
    "$jxc" fmt "$base.$v.jx" > "$base.$v.out" || fail "fmt $v $f"
    cmp -s "$base.fmt.jx" "$base.$v.out" || fail "the $v version of $f formats differently"
  done

  # Every comment survives.
  before=$("$jxc" tokens "$f" | grep -c ' COMMENT ' || true)
  after=$("$jxc" tokens "$base.fmt.jx" | grep -c ' COMMENT ' || true)
  [ "$before" = "$after" ] || fail "$f has $before comments, formatted $after"
  [ "$before" -gt 0 ] || fail "$f: no comments counted (is 'jxc tokens' working?)"

  # The same JSON.
  "$jxc" build -f json "$f" > "$base.orig.json" 2>/dev/null || true
  "$jxc" build -f json "$base.fmt.jx" > "$base.fmt.json" 2>/dev/null || true
  python3 - "$base.orig.json" "$base.fmt.json" "$f" <<'PY' || fail "the formatted $f compiles to different JSON"
import json, sys
SPELL = [(">=", "≥"), ("<=", "≤"), ("≧", "≥"), ("≦", "≤"), ("⩾", "≥"), ("⩽", "≤"), ("＞", ">"),
         ("＜", "<"), ("＝", "="), ("!=", "≠"), ("～", "~"), ("至", "~")]
def spell(s):
    for a, b in SPELL: s = s.replace(a, b)
    for c in "≥≤><=≠~": s = s.replace(c + " ", c).replace(" ~", "~")
    return s
def norm(x, key=None):
    if isinstance(x, dict):
        return {k: norm(v, k) for k, v in x.items() if k != "source"}
    if isinstance(x, list):
        if key == "diagnostics":
            return sorted((d["severity"], d["code"]) for d in x)
        return [norm(v) for v in x]
    if isinstance(x, str): return spell(x)
    return x
a, b, name = sys.argv[1], sys.argv[2], sys.argv[3]
ja, jb = json.load(open(a)), json.load(open(b))
if not ja["projects"] and not ja["departments"]: sys.exit("no tables in " + name)
na, nb = norm(ja), norm(jb)
if na != nb:
    import difflib
    sa = json.dumps(na, ensure_ascii=False, indent=1).splitlines()
    sb = json.dumps(nb, ensure_ascii=False, indent=1).splitlines()
    print("\n".join(list(difflib.unified_diff(sa, sb, lineterm=""))[:60]))
    sys.exit(1)
PY
done

# The standard library formats to a fixed point, and a formatted copy of it gives the same JSON.
mkdir -p "$work/std/forms"
for f in "$root"/stdlib/*.jx "$root"/stdlib/forms/*.jx; do
  rel=${f#"$root/stdlib/"}
  "$jxc" fmt "$f" > "$work/std/$rel" || fail "fmt $f"
  "$jxc" fmt --check "$work/std/$rel" >/dev/null || fail "fmt is not a fixed point on $f"
done
tables=$(cd "$root" && . tests/suites/lib/examples.sh && example_tables | sed "s|^|$root/|")
"$jxc" build -f json $tables > "$work/std-orig.json" 2>/dev/null || true
JX_STDLIB=$work/std "$jxc" build -f json $tables > "$work/std-fmt.json" 2>/dev/null || true
python3 - "$work/std-orig.json" "$work/std-fmt.json" <<'PY' || fail "a formatted standard library compiles the examples differently"
import json, sys
def norm(x, key=None):
    if isinstance(x, dict): return {k: norm(v, k) for k, v in x.items() if k != "source"}
    if isinstance(x, list):
        if key == "diagnostics": return sorted((d["severity"], d["code"], d["message"]) for d in x)
        return [norm(v) for v in x]
    return x
a, b = (json.load(open(p)) for p in sys.argv[1:3])
if not a["projects"]: sys.exit("no projects")
sys.exit(0 if norm(a) == norm(b) else 1)
PY

# --check lists an unformatted file and exits 1; -w rewrites it to what fmt prints.
cp "$work/messy.jx" "$work/w.jx"
set +e
out=$("$jxc" fmt --check "$work/w.jx"); st=$?
set -e
[ $st = 1 ] && [ "$out" = "$work/w.jx" ] || fail "fmt --check: status $st, output '$out'"
"$jxc" fmt -w "$work/w.jx" || fail "fmt -w"
"$jxc" fmt "$work/messy.jx" | cmp -s - "$work/w.jx" || fail "fmt -w wrote something else than fmt prints"
"$jxc" fmt --check "$work/w.jx" >/dev/null || fail "fmt --check after -w"
echo "fmt: $n files are fixed points with the same JSON and comments; CRLF/BOM alike; stdlib alike"
