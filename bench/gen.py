#!/usr/bin/env python3
"""Generates realistic benchmark inputs of any size, from the shapes of the seed tables.

    bench/gen.py --mb 10 --out DIR [--seed 1] [--shape files|one] [--version 2]

writes, for about the given number of megabytes each, in the shape `files` (the default):

  DIR/jx/unit-NNNNN.jx   one file per budget unit (单位): its 默认 block, its department table
                         (部门) or its project tables (项目), as in examples/. Each file is one of
                         the five seed files of examples/ (Jiangsu projects and department
                         整体 table, Nantong, Shanghai, Songjiang) with the unit, the 主管部门 and
                         every table renamed (so that the names are unique and the duplicate
                         checks stay quiet), the amounts scaled by a whole factor (so every total
                         still adds up exactly), the seeds' one error-prone year fixed, and to
                         every 数量指标 block three more indicators, so that each file has every
                         kind of value: measures with multipliers and compound units, ranges,
                         references, levels, text, labelled values. Chinese text, comments,
                         ＂＂＂ blocks and the seeds' own mistakes (warnings) are kept.
  DIR/ledger.journal     a Ledger/hledger journal of the same budget, one transaction per
                         expense line (funding source → expense account), repeated over the
                         year's dates until it has the same size in bytes as DIR/jx.
  DIR/beancount.beancount  the same journal in Beancount's syntax (ASCII account names, which
                         Beancount requires; the Chinese names go into the narration).

In the shape `one` it writes a single file, the way one department hands in all its units'
project tables at once:

  DIR/jx/budget.jx       a 默认 block (表式 江苏省级项目, 年度, 主管部门, 项目级次, 金额单位), then
                         thousands of project tables, each one of the seed projects of examples/
                         that splice in their form's common group (引用 江苏省级项目共性指标),
                         with its own 实施单位 and name, the amounts scaled and the three extra
                         indicators as above. No journals (the peers read the files shape's).

--version 2 writes the same data as the next version of the budget, for `jxc diff`: a
percentage target moved by one point in every 50th table (one file) or in the first project
table of every 5th file (files), one table removed and one added (a renamed copy).

The output is deterministic for a given --seed, size, shape and version. bench/run.py uses it.
"""
import argparse
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")

TABLE_HEAD = re.compile(r'^(项目|部门) ("[^"\n]*"|\S+) \{', re.M)
UNIT_LINE = re.compile(r'^(\s*实施单位\s+)(\S+)\s*$', re.M)
DEPT_LINE = re.compile(r'^(\s*主管部门\s+)(\S+)\s*$', re.M)
AMOUNT_BLOCK = re.compile(r'^(\s*)(资金|支出) \{\n(.*?)^\1\}', re.M | re.S)
NUMBER = re.compile(r'(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w.,%])')
QUANTITY_BLOCK = re.compile(r'^(\s*)数量指标 \{\n', re.M)

PLACES = ["江苏省", "南京市", "苏州市", "无锡市", "常州市", "南通市", "扬州市", "镇江市", "泰州市", "盐城市",
          "淮安市", "宿迁市", "徐州市", "连云港市", "上海市", "松江区", "浦东新区", "闵行区", "嘉定区", "崇明区"]
FIELDS = ["卫生健康", "教育", "交通运输", "生态环境", "农业农村", "文化和旅游", "民政", "人力资源和社会保障",
          "住房和城乡建设", "水利", "市场监督管理", "医疗保障", "体育", "科学技术", "自然资源", "应急管理"]
KINDS = ["委员会", "局", "厅", "中心", "研究院", "管理所", "服务中心", "学会", "协会", "监测站"]


def read_examples():
    files = []
    for name in sorted(os.listdir(EXAMPLES)):
        if name.endswith(".jx"):
            with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
                files.append((name, f.read()))
    if not files:
        sys.exit("gen.py: no examples/*.jx to build from")
    return files


def scale_amounts(block, factor):
    """Multiplies every plain number of a 资金 or 支出 block by a whole factor: sums stay exact."""
    def one(m):
        whole, frac = m.group(1), m.group(2) or ""
        grouped = "," in whole
        places = len(frac) - 1 if frac else 0
        units = int(whole.replace(",", "") + frac[1:]) * factor  # exact: in units of 10^-places
        int_part, frac_part = divmod(units, 10 ** places)
        text = f"{int_part:,}" if grouped else str(int_part)
        return text + (f".{frac_part:0{places}d}" if places else "")
    return NUMBER.sub(one, block)


def extra_indicators(indent, serial, has_half):
    """Three more 三级 indicators for a 数量指标 block, with the value kinds the seeds lack."""
    pad = indent + "    "
    lo, hi = 60 + serial % 20, 90 + serial % 10
    if has_half:
        return (f"{pad}覆盖区间达标率{serial} 半年 {lo}%~{hi}% 全年 {lo}%~{hi}%\n"
                f"{pad}服务人次{serial}     半年 ≥{1 + serial % 5}万人次 全年 ≥{6 + serial % 5}万人次\n"
                f"{pad}人均服务成本{serial} 半年 ≤{100 + serial % 50}.50元/人次 全年 ≤{100 + serial % 50}.50元/人次\n")
    return (f"{pad}覆盖区间达标率{serial} {lo}%~{hi}%\n"
            f"{pad}服务人次{serial}     ≥{6 + serial % 5}万人次\n"
            f"{pad}人均服务成本{serial} ≤{100 + serial % 50}.50元/人次\n")


def unit_names(rng, serial):
    place = rng.choice(PLACES)
    field = rng.choice(FIELDS)
    dept = f"{place}{field}{rng.choice(['委员会', '局', '厅'])}"
    unit = f"{place}{field}{rng.choice(KINDS)}第{serial}分部"
    return dept, unit


def rewrite(text, rng, serial, ledger_rows):
    """One example file, made into the file of a new unit."""
    dept, unit = unit_names(rng, serial)
    factor = rng.randint(1, 9)
    has_half = "江苏" in text or "南通" in text
    year = re.search(r"^\s*年度\s+(\d{4})", text, re.M)
    year = year.group(1) if year else "2025"
    text = text.replace("2123年", "2030年")
    text = UNIT_LINE.sub(lambda m: m.group(1) + unit, text)
    text = DEPT_LINE.sub(lambda m: m.group(1) + dept, text)
    count = [0]

    def rename(m):
        count[0] += 1
        kw, name = m.group(1), m.group(2)
        if kw == "部门":
            return f"部门 {unit} {{"
        suffix = f"（{serial}之{count[0]}）"
        if name.startswith('"'):
            return f'{kw} "{name[1:-1]}{suffix}" {{'
        return f"{kw} {name}{suffix} {{"
    text = TABLE_HEAD.sub(rename, text)
    text = AMOUNT_BLOCK.sub(lambda m: m.group(0).replace(m.group(3), scale_amounts(m.group(3), factor)), text)
    text = QUANTITY_BLOCK.sub(lambda m: m.group(0) + extra_indicators(m.group(1), serial, has_half), text)
    # What the journal books: each table's expense lines (or its funds, when it has none).
    for m in TABLE_HEAD.finditer(text):
        start = m.end()
        nxt = TABLE_HEAD.search(text, start)
        body = text[start:nxt.start() if nxt else len(text)]
        table = m.group(2).strip('"')
        amounts = re.findall(r'^\s*("[^"\n]*"|[^\s{}#]+)\s+(?:半年\s+[\d.,]+\s+)?(?:全年\s+)?([\d,]+(?:\.\d+)?)\s*$', body, re.M)
        for item, amount in amounts[:12]:
            ledger_rows.append((year, unit, table, item.strip('"'), amount.replace(",", "")))
    header = f"# 生成的基准数据：{unit}（{dept}），取自 examples/ 的表样，金额乘以 {factor}\n"
    return header + text


ONE_DEFAULTS = """默认 {
    表式 江苏省级项目
    年度 2025
    主管部门 江苏省卫生健康委员会
    项目级次 省本级
    金额单位 万元
}
"""
PROJECT_BLOCK = re.compile(r'^项目 ("[^"\n]*"|\S+) \{\n.*?^\}\n', re.M | re.S)
# A percentage target of an indicator line (not of a comment or a text).
PERCENT_TARGET = re.compile(r'^(\s+[^#"\n]*?\s)([≥≤=])(\d+)%(?=\s|$)', re.M)


def common_group_projects():
    """The seed projects that splice in their form's common group (引用), with their form."""
    out = []
    for name, text in read_examples():
        form = re.search(r'^\s*表式\s+(\S+)', text, re.M)
        if not form or form.group(1) != "江苏省级项目":
            continue
        for m in PROJECT_BLOCK.finditer(text):
            if re.search(r'^\s*引用 ', m.group(0), re.M):
                out.append(m.group(0))
    if not out:
        sys.exit("gen.py: no seed project with 引用 in examples/")
    return out


def one_project(text, rng, serial, names):
    """A seed project made into the table of the serial-th project of the one file."""
    if serial // 8 not in names:   # a unit has some eight projects
        names[serial // 8] = unit_names(rng, serial // 8)[1]
    unit = names[serial // 8]
    factor = rng.randint(1, 9)
    text = text.replace("2123年", "2030年")
    m = TABLE_HEAD.match(text)
    name = m.group(2)
    suffix = f"（{serial}）"
    head = f'项目 "{name[1:-1]}{suffix}" {{' if name.startswith('"') else f"项目 {name}{suffix} {{"
    text = head + f"\n    实施单位 {unit}" + text[m.end():]
    text = AMOUNT_BLOCK.sub(lambda b: b.group(0).replace(b.group(3), scale_amounts(b.group(3), factor)), text)
    text = QUANTITY_BLOCK.sub(lambda q: q.group(0) + extra_indicators(q.group(1), serial, True), text)
    return text


def write_one(out, target, rng, version2=False):
    """Writes DIR/jx/budget.jx table by table (a 1 GB file is never held in memory); returns
    its bytes and tables. The next version (version2): every 50th table's first percentage
    target one point higher, the third table removed, a renamed copy of the first added."""
    seeds = common_group_projects()
    os.makedirs(os.path.join(out, "jx"), exist_ok=True)
    head = ("# 生成的基准数据：一个主管部门的全部项目表写在一个文件中，取自 examples/ 中引用共性指标组的项目\n"
            + ONE_DEFAULTS).encode("utf-8")
    total, serial, written, names, first = len(head), 0, 0, {}, None
    with open(os.path.join(out, "jx", "budget.jx"), "wb") as f:
        f.write(head)
        while total < target:
            serial += 1
            t = "\n" + one_project(seeds[rng.randrange(len(seeds))], rng, serial, names)
            data = t.encode("utf-8")
            total += len(data)   # the size of the first version: both versions have the same tables
            first = first or t
            if version2:
                if serial == 3:
                    continue
                if serial % 50 == 1:
                    data = raise_first_percent(t).encode("utf-8")
            f.write(data)
            written += 1
        if version2:
            f.write(("\n" + renamed_copy(first.lstrip("\n"))).encode("utf-8"))
            written += 1
        size = f.tell()
    return size, written


def raise_first_percent(t):
    """The table with its first percentage target one point higher (lower when at 100%)."""
    m = PERCENT_TARGET.search(t)
    if not m:
        return t
    n = int(m.group(3))
    n = n + 1 if n < 100 else n - 1
    return t[:m.start()] + f"{m.group(1)}{m.group(2)}{n}%" + t[m.end():]


def renamed_copy(t):
    """A copy of a project table under a new name (names stay unique)."""
    def rename(m):
        name = m.group(2)
        name = f'"{name[1:-1]}（新增）"' if name.startswith('"') else name + "（新增）"
        return f"{m.group(1)} {name} {{"
    return TABLE_HEAD.sub(rename, t, count=1)


def write_jx(out, target, rng, version2=False):
    examples = read_examples()
    os.makedirs(os.path.join(out, "jx"), exist_ok=True)
    total, serial, rows, state = 0, 0, [], {}
    while total < target:
        serial += 1
        _, text = examples[rng.randrange(len(examples))]
        text = rewrite(text, rng, serial, rows)
        if version2:
            text = next_version_of_file(text, serial, state)
        data = text.encode("utf-8")
        with open(os.path.join(out, "jx", f"unit-{serial:05d}.jx"), "wb") as f:
            f.write(data)
        total += len(data)
    return total, rows


def next_version_of_file(text, serial, state):
    """The files shape's next version, file by file: the first project table of every 5th
    file that has one with a percentage target one point higher, the last project table of the first file that
    has two removed, and a renamed copy of a project table added to the next file after that."""
    blocks = list(PROJECT_BLOCK.finditer(text))
    if not blocks:
        return text
    tables = [m.group(0) for m in blocks]
    extra = ""
    state["with_projects"] = state.get("with_projects", 0) + 1
    if state["with_projects"] % 5 == 1:
        tables[0] = raise_first_percent(tables[0])
    if not state.get("removed") and len(tables) > 1:
        tables[-1] = ""
        state["removed"] = serial
    elif state.get("removed") and not state.get("added"):
        extra = "\n" + renamed_copy(tables[0])
        state["added"] = serial
    pieces, last = [], 0
    for m, t in zip(blocks, tables):
        pieces.append(text[last:m.start()])
        pieces.append(t)
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces) + extra


def ascii_account(kind, *parts):
    return kind + "".join(":" + p for p in parts)


def write_journals(out, target, rows, rng):
    """Ledger and Beancount journals of `target` bytes each, booking the budget's expenses."""
    ids = {}

    def ident(prefix, name):
        key = (prefix, name)
        if key not in ids:
            ids[key] = f"{prefix}{len(ids):06d}"
        return ids[key]
    sources = ["一般公共预算资金", "政府性基金", "上年结转资金", "其他资金", "财政专户管理资金"]
    with open(os.path.join(out, "ledger.journal"), "w", encoding="utf-8") as led, \
         open(os.path.join(out, "beancount.beancount"), "w", encoding="utf-8") as bean:
        bean.write('option "operating_currency" "CNY"\n')
        opened = set()
        led_size = bean_size = 0
        day = 0
        i = 0
        while led_size < target or bean_size < target:
            year, unit, table, item, amount = rows[i % len(rows)]
            i += 1
            day += 1
            date = f"{year}-{1 + day % 12:02d}-{1 + day % 28:02d}"
            source = sources[i % len(sources)]
            cents = f"{amount}" if "." in amount else f"{amount}.00"
            if led_size < target:
                t = (f"{date} * {unit} | {table}\n"
                     f"    ; 支出项: {item}\n"
                     f"    支出:{unit}:{table}:{item}  {cents} CNY\n"
                     f"    资金:{unit}:{source}\n\n")
                led.write(t)
                led_size += len(t.encode("utf-8"))
            if bean_size < target:
                exp = ascii_account("Expenses", ident("U", unit), ident("T", table), ident("E", item))
                src = ascii_account("Assets", ident("U", unit), ident("S", source))
                t = ""
                for acct in (exp, src):
                    if acct not in opened:
                        opened.add(acct)
                        t += f"{year}-01-01 open {acct} CNY\n"
                t += (f'{date} * "{unit}" "{table} · {item}"\n'
                      f"  {exp}  {cents} CNY\n"
                      f"  {src}\n\n")
                bean.write(t)
                bean_size += len(t.encode("utf-8"))
    return led_size, bean_size


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, required=True, help="size of each input, in megabytes (10^6 bytes)")
    ap.add_argument("--out", required=True, help="directory to write into (created)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-journals", action="store_true", help="write the .jx files only")
    ap.add_argument("--shape", choices=("files", "one"), default="files",
                    help="files: one file per budget unit (the default); one: a single file of project tables")
    ap.add_argument("--version", type=int, choices=(1, 2), default=1,
                    help="2: the next version of the same budget (values changed, a table added, one removed)")
    args = ap.parse_args()
    target = int(args.mb * 1_000_000)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    if args.shape == "one":
        size, tables = write_one(args.out, target, rng, args.version == 2)
        print(f"gen: {size} bytes of jx in {args.out}/jx/budget.jx ({tables} tables)", file=sys.stderr)
        return 0
    if args.version == 2:
        args.no_journals = True
    jx_size, rows = write_jx(args.out, target, rng, args.version == 2)
    print(f"gen: {jx_size} bytes of jx in {args.out}/jx", file=sys.stderr)
    if not args.no_journals:
        led, bean = write_journals(args.out, jx_size, rows, rng)
        print(f"gen: {led} bytes of ledger journal, {bean} bytes of beancount", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
