/* A structure-aware mutator for the fuzzing harness (libFuzzer's LLVMFuzzerCustomMutator and
 * LLVMFuzzerCustomCrossOver; AFL++ runs them through its libFuzzer driver as well).
 *
 * Byte mutations rarely make a new declaration or a block that is well formed: writing a form's
 * 字段 block a second time, with more lines than the first, takes copying some hundred bytes
 * from brace to brace to the right place, and no byte mutation does that. This mutator sees a
 * jx file as what it is, lines and blocks (a line ending in '{' up to its '}' line), and works
 * on those: it duplicates a block or a line in place, deletes one, moves or copies one to another
 * place (at any depth), swaps two, grows a block by repeating one of its lines, gives a line's
 * first word another keyword or item name, or inserts a snippet of every declaration kind and
 * every form and table item. Half of the mutations are still libFuzzer's own on bytes
 * (LLVMFuzzerMutate, with the dictionary), so nothing that byte mutation reaches is lost. The
 * crossover inserts a line or a block of one input into the other, or joins the head of one to
 * the tail of the other at line boundaries.
 *
 * Everything is bounded by max_size; a mutation that does not fit falls back to byte mutation. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);

/* Snippets: every declaration kind of compiler/front/parser.y, and the items of a form, a
 * table and their blocks (LANGUAGE.md §4). */
static const char *const snippets[] = {
    "导入 \"std/units.jx\"\n",
    "默认 {\n    表式 通用项目\n    年度 2025\n    主管部门 某某局\n}\n",
    "项目 甲 {\n    表式 通用项目\n    年度 2025\n    主管部门 某某局\n    年度目标 \"完成\"\n"
    "    资金 {\n        财政拨款 10\n    }\n    支出 {\n        业务费 全年 10\n    }\n"
    "    指标 {\n        产出指标 {\n            数量指标 {\n                人次 ≥100人次\n            }\n        }\n    }\n}\n",
    "部门 乙 {\n    表式 通用部门整体\n    年度 2025\n    年度目标 \"完成\"\n    资金 {\n        财政拨款 10\n    }\n}\n",
    "指标组 组 {\n    产出指标 {\n        质量指标 {\n            合格率 ≥95%\n        }\n    }\n}\n",
    "单位 立方米 体积\n",
    "单位 计数 {\n    台 套\n}\n",
    "等级 很好 > 好 > 还行\n",
    "等级 含糊 {\n    还行\n}\n",
    "别名 {\n    实施单位 承办单位\n}\n",
    "表式 我的表 {\n    标题 \"测试\"\n    对象 项目\n    金额单位 万元\n    字段 {\n        甲 文本\n        乙 年份 必填\n    }\n"
    "    资金来源 {\n        财政拨款\n    }\n    指标框架 {\n        产出指标 {\n            数量指标\n        }\n    }\n}\n",
    /* form items */
    "字段 {\n    甲 文本\n    乙 选项 是 否\n}\n",
    "资金来源 {\n    财政拨款 {\n        一般公共预算\n    }\n    其他资金\n}\n",
    "指标框架 {\n    产出指标 {\n        数量指标 必填\n    }\n    效益指标 {\n        社会效益指标\n    }\n}\n",
    "版式 {\n    副标题 \"（{年度}年度）\"\n    名称 项目名称\n    行 主管部门 实施单位\n    资金 项目资金 {\n        收入 年度资金总额\n"
    "        支出 年度预算数\n    }\n    指标 {\n        标签 绩效指标\n        列 指标值\n    }\n}\n",
    "别名 {\n    主管部门 预算部门\n}\n",
    "角色 {\n    主管部门 主管部门\n}\n",
    "标题 \"表\"\n", "对象 部门\n", "金额单位 元\n", "半年 是\n", "总额 资金总额\n", "开始 开始时间\n",
    "目标 中长期目标 年度目标\n", "参照 总成本预算数 资金总额\n", "共性指标 组\n", "其他字段 是\n", "其他来源 是\n",
    "二级指标值 是\n",
    /* table items */
    "资金 {\n    财政拨款 10 {\n        一般公共预算 10\n    }\n}\n",
    "支出 {\n    业务费 半年 5 全年 10\n}\n",
    "指标 {\n    引用 组\n    满意度指标 {\n        服务对象满意度指标 {\n            满意度 ≥90%\n        }\n    }\n}\n",
    "引用 组\n", "表式 我的表\n", "年度 2025\n", "开始时间 2025年1月\n", "完成时间 2025年12月\n",
    "年度目标 \"\"\"\n    多行\n    \"\"\"\n", "数量 ≥10~20台 \"说明\"\n", "进度 半年 ≥50% 全年 =100%\n",
    "}\n", "{\n",
};

/* The words a line's first word may become: keywords (compiler/front/lang.def), form and
 * layout items, blocks (compiler/check/). */
static const char *const words[] = {
    "导入", "默认", "项目", "部门", "资金", "支出", "指标", "半年", "全年", "引用", "指标组", "表式", "单位", "等级",
    "别名", "标题", "对象", "金额单位", "总额", "开始", "完成", "目标", "参照", "共性指标", "字段", "资金来源",
    "指标框架", "版式", "角色", "其他字段", "其他来源", "二级指标值", "副标题", "名称", "合并", "标签", "行", "并列",
    "列", "收入", "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "年度", "主管部门", "实施单位",
};

typedef struct {
    size_t start, end; /* bytes of the line, its line break included */
    int close;         /* the index of the line that closes the block this line opens, or -1 */
    int parent;        /* the line that opens the block this line is in, or -1 */
} Line;

enum { MAX_LINES = 4096 };

static uint32_t next(uint32_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}
static uint32_t below(uint32_t *s, uint32_t n) { return n ? next(s) % n : 0; }

/* Lines and the blocks they open, by the braces outside strings and comments. */
static int scan(const uint8_t *d, size_t n, Line *lines) {
    int nl = 0, stack[64], depth = 0;
    size_t i = 0;
    while (i < n && nl < MAX_LINES) {
        Line *l = &lines[nl];
        l->start = i;
        l->close = -1;
        l->parent = depth > 0 ? stack[depth - 1] : -1;
        int opens = 0, closes = 0;
        bool str = false, comment = false, last_open = false;
        for (; i < n && d[i] != '\n'; i++) {
            uint8_t c = d[i];
            if (comment) continue;
            if (str) {
                if (c == '\\' && i + 1 < n && d[i + 1] != '\n') i++;
                else if (c == '"') str = false;
                continue;
            }
            if (c == '"') str = true;
            else if (c == '#') comment = true;
            else if (c == '{') opens++, last_open = true;
            else if (c == '}') closes++, last_open = false;
            else if (c != ' ' && c != '\t' && c != '\r') last_open = false;
        }
        if (i < n) i++;
        l->end = i;
        /* A line with a '}' first closes blocks, then may open one ("} else {" is not jx, but
         * a mutated file may hold anything). */
        for (int k = 0; k < closes && depth > 0; k++) {
            depth--;
            lines[stack[depth]].close = nl;
        }
        if (opens > closes && last_open && depth < 64) stack[depth++] = nl;
        nl++;
    }
    return nl;
}

/* A unit: a line, or a block from its opening line to its closing line. */
static void unit(const Line *lines, int k, size_t *a, size_t *b) {
    *a = lines[k].start;
    *b = lines[lines[k].close >= 0 ? lines[k].close : k].end;
}

/* Inserts src[0..len) at pos in d (size n, room max); returns the new size or 0. */
static size_t insert(uint8_t *d, size_t n, size_t max, size_t pos, const uint8_t *src, size_t len) {
    if (n + len > max || pos > n) return 0;
    memmove(d + pos + len, d + pos, n - pos);
    memcpy(d + pos, src, len);
    return n + len;
}

static size_t erase(uint8_t *d, size_t n, size_t a, size_t b) {
    memmove(d + a, d + b, n - b);
    return n - (b - a);
}

static size_t mutate_once(uint8_t *d, size_t n, size_t max, uint32_t *rng) {
    static Line lines[MAX_LINES];
    static uint8_t tmp[1 << 16];
    int nl = scan(d, n, lines);
    size_t a, b, c, e;
    switch (below(rng, 9)) {
    case 0: /* a line or block written twice, in place */
    case 1: {
        if (!nl) return 0;
        int k = (int)below(rng, (uint32_t)nl);
        unit(lines, k, &a, &b);
        if (b - a > sizeof tmp) return 0;
        memcpy(tmp, d + a, b - a);
        return insert(d, n, max, b, tmp, b - a);
    }
    case 2: { /* deleted */
        if (!nl) return 0;
        int k = (int)below(rng, (uint32_t)nl);
        unit(lines, k, &a, &b);
        return b > a ? erase(d, n, a, b) : 0;
    }
    case 3: { /* copied to the start of another line (any depth), or to the end */
        if (!nl) return 0;
        int k = (int)below(rng, (uint32_t)nl);
        unit(lines, k, &a, &b);
        if (b - a > sizeof tmp) return 0;
        memcpy(tmp, d + a, b - a);
        uint32_t to = below(rng, (uint32_t)nl + 1);
        size_t pos = to < (uint32_t)nl ? lines[to].start : n;
        if (below(rng, 2)) {
            /* moved rather than copied: the original goes */
            if (pos > a && pos < b) return 0;
            size_t m = erase(d, n, a, b);
            if (pos >= b) pos -= b - a;
            return insert(d, m, max, pos, tmp, b - a);
        }
        return insert(d, n, max, pos, tmp, b - a);
    }
    case 4: { /* two siblings swapped */
        if (nl < 2) return 0;
        int k = (int)below(rng, (uint32_t)nl), j = -1;
        for (int t = k + 1; t < nl; t++)
            if (lines[t].parent == lines[k].parent && (lines[k].close < 0 || t > lines[k].close) && below(rng, 3) == 0) { j = t; break; }
        if (j < 0) return 0;
        unit(lines, k, &a, &b);
        unit(lines, j, &c, &e);
        if (b > c || e - a > sizeof tmp) return 0;
        size_t p = 0;
        memcpy(tmp + p, d + c, e - c), p += e - c;
        memcpy(tmp + p, d + b, c - b), p += c - b;
        memcpy(tmp + p, d + a, b - a), p += b - a;
        memcpy(d + a, tmp, p);
        return n;
    }
    case 5: { /* a block grown: one of its lines (or inner blocks) repeated inside it */
        int k = -1;
        for (int t = 0; t < 8 && k < 0 && nl; t++) {
            int c2 = (int)below(rng, (uint32_t)nl);
            if (lines[c2].parent >= 0) k = c2;
        }
        if (k < 0) return 0;
        unit(lines, k, &a, &b);
        if (b - a > sizeof tmp) return 0;
        memcpy(tmp, d + a, b - a);
        uint32_t times = 1 + below(rng, 4);
        size_t m = n;
        for (uint32_t t = 0; t < times; t++) {
            size_t r = insert(d, m, max, b, tmp, b - a);
            if (!r) break;
            m = r;
        }
        return m == n ? 0 : m;
    }
    case 6: { /* a line's first word becomes another keyword or item */
        if (!nl) return 0;
        int k = (int)below(rng, (uint32_t)nl);
        a = lines[k].start;
        while (a < lines[k].end && (d[a] == ' ' || d[a] == '\t')) a++;
        b = a;
        while (b < lines[k].end && d[b] != ' ' && d[b] != '\t' && d[b] != '\n' && d[b] != '{') b++;
        const char *w = words[below(rng, sizeof words / sizeof words[0])];
        size_t wl = strlen(w);
        if (n - (b - a) + wl > max) return 0;
        memmove(d + a + wl, d + b, n - b);
        memcpy(d + a, w, wl);
        return n - (b - a) + wl;
    }
    case 7: { /* a snippet inserted at the start of a line */
        const char *s = snippets[below(rng, sizeof snippets / sizeof snippets[0])];
        uint32_t to = below(rng, (uint32_t)nl + 1);
        size_t pos = to < (uint32_t)nl ? lines[to].start : n;
        return insert(d, n, max, pos, (const uint8_t *)s, strlen(s));
    }
    default: { /* a block's content replaced by another block's */
        int k = -1, j = -1;
        for (int t = 0; t < 16 && (k < 0 || j < 0) && nl; t++) {
            int c2 = (int)below(rng, (uint32_t)nl);
            if (lines[c2].close > c2 + 1) {
                if (k < 0) k = c2;
                else if (c2 != k) j = c2;
            }
        }
        if (k < 0 || j < 0) return 0;
        size_t ja = lines[j + 1].start, jb = lines[lines[j].close].start;
        size_t ka = lines[k + 1].start, kb = lines[lines[k].close].start;
        if (jb - ja > sizeof tmp || n - (kb - ka) + (jb - ja) > max) return 0;
        memcpy(tmp, d + ja, jb - ja);
        size_t m = erase(d, n, ka, kb);
        return insert(d, m, max, ka, tmp, jb - ja);
    }
    }
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed) {
    uint32_t rng = seed * 2654435761u + 1;
    if (below(&rng, 2) == 0 || size == 0) return LLVMFuzzerMutate(data, size, max_size);
    size_t n = size;
    bool changed = false;
    uint32_t times = 1 + below(&rng, 3);
    for (uint32_t t = 0; t < times; t++) {
        size_t m = mutate_once(data, n, max_size, &rng);
        if (m) n = m, changed = true;
    }
    return changed && n ? n : LLVMFuzzerMutate(data, n, max_size);
}

/* A line or block of the second input inserted into the first, or the first's head joined to
 * the second's tail, at line boundaries. */
size_t LLVMFuzzerCustomCrossOver(const uint8_t *d1, size_t n1, const uint8_t *d2, size_t n2, uint8_t *out,
                                 size_t max_out, unsigned int seed) {
    static Line l1[MAX_LINES], l2[MAX_LINES];
    uint32_t rng = seed * 2246822519u + 7;
    int c1 = scan(d1, n1, l1), c2 = scan(d2, n2, l2);
    if (!c1 || !c2) return 0;
    if (below(&rng, 3) == 0) {
        size_t h = l1[below(&rng, (uint32_t)c1)].start, t = l2[below(&rng, (uint32_t)c2)].start;
        size_t len = h + (n2 - t);
        if (len > max_out) return 0;
        memcpy(out, d1, h);
        memcpy(out + h, d2 + t, n2 - t);
        return len;
    }
    size_t a, b;
    unit(l2, (int)below(&rng, (uint32_t)c2), &a, &b);
    uint32_t to = below(&rng, (uint32_t)c1 + 1);
    size_t pos = to < (uint32_t)c1 ? l1[to].start : n1;
    if (n1 + (b - a) > max_out) return 0;
    memcpy(out, d1, pos);
    memcpy(out + pos, d2 + a, b - a);
    memcpy(out + pos + (b - a), d1 + pos, n1 - pos);
    return n1 + (b - a);
}
