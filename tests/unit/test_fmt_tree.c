/* The formatter on trees without source (front/ast_build.h, fmt_render_tree):
 *   (a) a project built in memory prints to the exact canonical text;
 *   (b) every example (and the standard library), and the formatted text of each, prints to
 *       the same bytes once its tree is detached from its text;
 *   (c) the text printed from a tree in memory parses back to the same tree.
 * Run from the repository's root (make unit does). */
#include <dirent.h>
#include <stdlib.h>
#include "unit.h"
#include "front/ast_build.h"
#include "front/parse.h"
#include "review/fmt.h"

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, f);
    s[got] = 0;
    fclose(f);
    *len = got;
    return s;
}

/* One compilation's worth of state for parsing texts. */
typedef struct Ctx {
    Arena a;
    SourceSet sources;
    Diags diags;
} Ctx;

static void ctx_init(Ctx *c) {
    arena_init(&c->a);
    sources_init(&c->sources, &c->a);
    diags_init(&c->diags, &c->a, &c->sources);
}

static void ctx_free(Ctx *c) {
    sources_free(&c->sources);
    arena_free(&c->a);
}

static ParsedFile *parse_text(Ctx *c, const char *name, const char *text, size_t len, const char **src) {
    uint32_t id = sources_add(&c->sources, name, text, len, 0);
    *src = sources_get(&c->sources, id)->text;
    return parse_file(&c->a, &c->diags, &c->sources, id);
}

static int count_comments(const ParsedFile *pf) {
    int n = 0;
    for (const Comment *k = pf->comments; k; k = k->next_in_file) n++;
    return n;
}

/* ---- no span is left after ast_detach ------------------------------------------------------- */

static bool unset(Span s) { return s.file == 0 && s.off == 0 && s.len == 0; }

static void check_value_unset(const Value *v) {
    if (!v) return;
    CHECK(unset(v->span) && unset(v->cmp_span) && unset(v->number_span) && unset(v->mult_span) &&
          unset(v->unit_span) && unset(v->range_sep));
    check_value_unset(v->lo);
    check_value_unset(v->hi);
}

static void check_comments_unset(const Comment *c) {
    for (; c; c = c->next) CHECK(unset(c->span));
}

static void check_nodes_unset(const Node *n) {
    for (; n; n = n->next) {
        CHECK(unset(n->span) && unset(n->kw) && unset(n->name_span) && unset(n->half_kw) && unset(n->full_kw) &&
              unset(n->lbrace) && unset(n->rbrace));
        for (int i = 0; i < n->nvalues; i++) check_value_unset(n->values[i]);
        check_value_unset(n->half);
        check_value_unset(n->full);
        check_value_unset(n->note);
        check_comments_unset(n->leading);
        check_comments_unset(n->trailing);
        check_comments_unset(n->dangling);
        check_comments_unset(n->brace_comment);
        check_nodes_unset(n->children);
    }
}

/* ---- (b) a parsed file prints the same with and without its source ---------------------------- */

/* Prints `text` with its source, then its tree detached; returns the first output (malloc'd)
 * for a second round on the formatted text. */
static char *same_without_source(const char *name, const char *text, size_t len, size_t *outlen) {
    Ctx c;
    ctx_init(&c);
    const char *src_a, *src_b;
    ParsedFile *a = parse_text(&c, name, text, len, &src_a);
    ParsedFile *b = parse_text(&c, name, text, len, &src_b);
    CHECK(!a->had_errors && c.diags.errors == 0);
    size_t la, lb;
    int ca, cb;
    char *with = fmt_render(&c.a, sources_get(&c.sources, a->file), a, &la, &ca);
    ast_detach(b);
    CHECK(b->file == AST_NO_FILE);
    check_nodes_unset(b->decls);
    check_comments_unset(b->end_comments);
    for (const Comment *k = b->comments; k; k = k->next_in_file) CHECK(unset(k->span));
    char *without = fmt_render_tree(&c.a, b, &lb, &cb);
    test_checks++;
    if (la != lb || memcmp(with, without, la) != 0) {
        test_failures++;
        size_t i = 0;
        while (i < la && i < lb && with[i] == without[i]) i++;
        fprintf(stderr, "%s: printed without source, differs at byte %zu:\n--- with source\n%.80s\n--- without\n%.80s\n", name,
                i, with + (i > 20 ? i - 20 : 0), without + (i > 20 ? i - 20 : 0));
    }
    CHECK(ca == cb && ca == count_comments(a));
    const char *where = NULL;
    bool same = fmt_same_tree(&c.a, NULL, b, src_a, a, &where);
    if (!same) fprintf(stderr, "%s: the detached tree is not the same: %s\n", name, where);
    CHECK(same);
    free(without);
    ctx_free(&c);
    *outlen = la;
    return with;
}

static int by_name(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

/* Every .jx file of `dir`, and the formatted text of each. Returns how many files. */
static int round_trip_dir(const char *dir) {
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    if (!d) return 0;
    char *names[256];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 256) {
        size_t k = strlen(e->d_name);
        if (k > 3 && strcmp(e->d_name + k - 3, ".jx") == 0) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof names[0], by_name);
    for (int i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t len, flen, flen2;
        char *text = slurp(path, &len);
        CHECK(text != NULL);
        if (text) {
            char *formatted = same_without_source(path, text, len, &flen);
            char fpath[1100];
            snprintf(fpath, sizeof fpath, "%s (formatted)", path);
            char *again = same_without_source(fpath, formatted, flen, &flen2);
            CHECK(flen == flen2 && memcmp(formatted, again, flen) == 0); /* formatting is idempotent */
            free(again);
            free(formatted);
            free(text);
        }
        free(names[i]);
    }
    return n;
}

/* ---- (a) and (c): a project built in memory ------------------------------------------------------ */

static Decimal dec(int64_t coef, int scale) { return (Decimal){coef, scale}; }

static Node *leaf(Arena *a, Node *parent, const char *name, Value *half, Value *full) {
    Node *n = ast_add_child(parent, ast_new_node(a, N_LEAF, name));
    n->half = half;
    n->full = full;
    return n;
}

static Node *category(Arena *a, Node *parent, const char *name) {
    return ast_add_child(parent, ast_new_node(a, N_CATEGORY, name));
}

static Node *field(Arena *a, Node *parent, const char *name, Value *v) {
    Node *n = ast_add_child(parent, ast_new_node(a, N_FIELD, name));
    ast_add_value(a, n, v);
    return n;
}

static ParsedFile *build_project(Arena *a) {
    ParsedFile *pf = ast_new_file(a);
    Node *p = ast_add_decl(pf, ast_new_node(a, N_PROJECT, "2026 业务车辆更新"));
    ast_add_comment(a, pf, &p->leading, " 由导入程序生成");
    field(a, p, "项目类型", ast_word(a, "常年安排项目"));
    field(a, p, "开始时间", ast_year(a, 2026));
    field(a, p, "联系电话", ast_code(a, "025-83620682"));
    field(a, p, "计划开始日期", ast_date(a, CMP_NONE, "2026-01-01"));
    field(a, p, "年度目标", ast_string(a, "一是更新执法车辆；\n  二是保障应急出行。"));

    Node *funds = ast_add_child(p, ast_new_node(a, N_FUNDS, NULL));
    funds->blank_before = true;
    Node *group = ast_add_child(funds, ast_new_node(a, N_FUND, "财政拨款"));
    Value *big = ast_measure(a, CMP_NONE, dec(500000000, 2), 0, NULL);
    big->number_grouped = true;
    ast_add_child(group, ast_new_node(a, N_FUND, "一般公共预算资金"))->full = big;
    ast_add_child(funds, ast_new_node(a, N_FUND, "其他资金"))->full = ast_measure(a, CMP_NONE, dec(0, 0), 0, NULL);

    Node *exp = ast_add_child(p, ast_new_node(a, N_EXPENSES, NULL));
    Node *e = ast_add_child(exp, ast_new_node(a, N_EXPENSE, "车辆购置"));
    e->half = ast_measure(a, CMP_NONE, dec(30, 0), 0, NULL);
    e->full = ast_measure(a, CMP_NONE, dec(9000, 2), 0, NULL);
    e = ast_add_child(exp, ast_new_node(a, N_EXPENSE, "运维"));
    e->full = ast_measure(a, CMP_NONE, dec(10, 0), 0, NULL);
    e->full_written = true;

    Node *ind = ast_add_child(p, ast_new_node(a, N_INDICATORS, NULL));
    Node *out = category(a, ind, "产出指标");
    Node *c = category(a, out, "数量指标");
    leaf(a, c, "购置车辆数", NULL, ast_measure(a, CMP_EQ, dec(3, 0), 0, "台"));
    leaf(a, c, "新能源车（含 混动）", NULL, ast_value_from_text(a, NULL, "≥1台"));
    c = category(a, out, "质量指标");
    leaf(a, c, "验收合格率", ast_measure(a, CMP_GE, dec(90, 0), 0, "%"), ast_measure(a, CMP_EQ, dec(100, 0), 0, "%"));
    leaf(a, c, "完好率", NULL,
         ast_range(a, ast_measure(a, CMP_NONE, dec(80, 0), 0, "%"), ast_measure(a, CMP_NONE, dec(90, 0), 0, "%")));
    c = category(a, out, "成本指标");
    Node *cost = leaf(a, c, "项目总成本", NULL, ast_refword(a, CMP_LE, "总成本预算数"));
    ast_add_comment(a, pf, &cost->trailing, " 引自预算");
    Node *eff = category(a, ind, "效益指标");
    c = category(a, eff, "经济效益");
    leaf(a, c, "年均收费额", ast_measure(a, CMP_GE, dec(3, 0), 0, "万元"), ast_measure(a, CMP_GE, dec(8, 0), 4, "元"));
    c = category(a, eff, "社会效益");
    leaf(a, c, "服务保障能力", NULL, ast_word(a, "较好"));
    ast_add_comment(a, pf, &pf->end_comments, " 完");
    return pf;
}

static const char *expected_project =
    "# 由导入程序生成\n"
    "项目 \"2026 业务车辆更新\" {\n"
    "    项目类型 常年安排项目\n"
    "    开始时间 2026年\n"
    "    联系电话 025-83620682\n"
    "    计划开始日期 2026-01-01\n"
    "    年度目标 \"\"\"\n"
    "        一是更新执法车辆；\n"
    "          二是保障应急出行。\n"
    "        \"\"\"\n"
    "\n"
    "    资金 {\n"
    "        财政拨款 {\n"
    "            一般公共预算资金 5,000,000.00\n"
    "        }\n"
    "        其他资金 0\n"
    "    }\n"
    "    支出 {\n"
    "        车辆购置 半年 30 全年 90.00\n"
    "        运维     全年 10\n"
    "    }\n"
    "    指标 {\n"
    "        产出指标 {\n"
    "            数量指标 {\n"
    "                购置车辆数            =3台\n"
    "                \"新能源车（含 混动）\" ≥1台\n"
    "            }\n"
    "            质量指标 {\n"
    "                验收合格率 半年 ≥90% 全年 =100%\n"
    "                完好率     80%~90%\n"
    "            }\n"
    "            成本指标 {\n"
    "                项目总成本 ≤总成本预算数  # 引自预算\n"
    "            }\n"
    "        }\n"
    "        效益指标 {\n"
    "            经济效益 {\n"
    "                年均收费额 半年 ≥3万元 全年 ≥8万元\n"
    "            }\n"
    "            社会效益 {\n"
    "                服务保障能力 较好\n"
    "            }\n"
    "        }\n"
    "    }\n"
    "}\n"
    "# 完\n";

/* Prints the tree, checks the text, and parses it back: the same tree, which prints again
 * (now with its source) to the same text. */
static void check_tree_prints(Arena *a, const ParsedFile *pf, const char *expected) {
    size_t len;
    int ncomments;
    char *text = fmt_render_tree(a, pf, &len, &ncomments);
    CHECK(strlen(text) == len);
    CHECK_STR(text, expected);
    CHECK(ncomments == count_comments(pf));
    Ctx c;
    ctx_init(&c);
    const char *src;
    ParsedFile *back = parse_text(&c, "<built>", text, len, &src);
    CHECK(!back->had_errors && c.diags.errors == 0);
    const char *where = NULL;
    bool same = fmt_same_tree(&c.a, NULL, pf, src, back, &where);
    if (!same) fprintf(stderr, "parsed back, not the same tree: %s\n", where);
    CHECK(same);
    size_t len2;
    int nc2;
    char *again = fmt_render(&c.a, sources_get(&c.sources, back->file), back, &len2, &nc2);
    CHECK_STR(again, text);
    free(again);
    ctx_free(&c);
    free(text);
}

static void test_built_project(void) {
    Arena a;
    arena_init(&a);
    check_tree_prints(&a, build_project(&a), expected_project);
    arena_free(&a);
}

/* Names: bare when the lexer reads them back as the same word where they stand. */
static void test_names(void) {
    Arena a;
    arena_init(&a);
    CHECK(ast_is_word(&a, "项目类型"));
    CHECK(ast_is_word(&a, "资金"));            /* a keyword token, a word where a name is expected */
    CHECK(ast_is_word(&a, "《条例》执行率"));
    CHECK(!ast_is_word(&a, "2026业务车辆更新")); /* starts with a digit */
    CHECK(!ast_is_word(&a, "至1"));
    CHECK(!ast_is_word(&a, "a b"));
    CHECK(!ast_is_word(&a, "A-1"));
    CHECK(!ast_is_word(&a, "率#1"));
    CHECK(!ast_is_word(&a, "比率≥1"));
    CHECK(!ast_is_word(&a, ""));
    CHECK(!ast_is_word(&a, "缓解医患矛盾，维护医疗秩序"));
    CHECK(ast_new_node(&a, N_LEAF, "a b")->name_quoted);
    CHECK(!ast_new_node(&a, N_LEAF, "资金")->name_quoted);
    CHECK(ast_new_node(&a, N_IMPORT, "std/units.jx")->name_quoted);

    /* In memory: a field named 资金 in a project is quoted (it would open the 资金 block), an
     * indicator named 资金 is not; an indicator named 引用 is. */
    ParsedFile *pf = ast_new_file(&a);
    Node *dft = ast_add_decl(pf, ast_new_node(&a, N_DEFAULTS, NULL));
    field(&a, dft, "资金", ast_word(&a, "由财政安排"));
    Node *p = ast_add_decl(pf, ast_new_node(&a, N_PROJECT, "项目"));
    field(&a, p, "资金", ast_word(&a, "由财政安排"));
    field(&a, p, "说明", ast_word(&a, "按时 完成"));            /* not a word: a string */
    field(&a, p, "引文", ast_string(&a, "他说\"好\"\\n"));
    field(&a, p, "两行", ast_string(&a, "行尾有空格 \n第二行"));  /* no block can keep it */
    field(&a, p, "段落", ast_text_block(&a, "一段话。"));
    Node *ind = ast_add_child(p, ast_new_node(&a, N_INDICATORS, NULL));
    Node *c = category(&a, ind, "资金");
    leaf(&a, c, "引用", NULL, ast_value_from_text(&a, NULL, "按时完成"));
    ast_add_decl(pf, ast_new_node(&a, N_IMPORT, "std/units.jx"));
    Node *u = ast_add_decl(pf, ast_new_node(&a, N_UNITDECL, "计数"));
    u->has_block = true;
    ast_add_value(&a, u, ast_word(&a, "台"));
    ast_add_value(&a, u, ast_word(&a, "套"));
    ast_add_comment(&a, pf, &u->dangling, " 更多");
    CHECK(!ast_name_bare(&a, p->children, p));
    CHECK(ast_name_bare(&a, dft->children, dft));
    check_tree_prints(&a, pf,
                      "默认 {\n"
                      "    资金 由财政安排\n"
                      "}\n"
                      "\n"
                      "项目 项目 {\n"
                      "    \"资金\" 由财政安排\n"
                      "    说明 \"按时 完成\"\n"
                      "    引文 \"他说\\\"好\\\"\\\\n\"\n"
                      "    两行 \"行尾有空格 \\n第二行\"\n"
                      "    段落 \"\"\"\n"
                      "        一段话。\n"
                      "        \"\"\"\n"
                      "    指标 {\n"
                      "        资金 {\n"
                      "            \"引用\" 按时完成\n"
                      "        }\n"
                      "    }\n"
                      "}\n"
                      "\n"
                      "导入 \"std/units.jx\"\n"
                      "\n"
                      "单位 计数 {\n"
                      "    # 更多\n"
                      "    台 套\n"
                      "}\n");
    arena_free(&a);
}

/* Values read from jx text, and the builders' values. */
static void test_values(void) {
    Arena a;
    arena_init(&a);
    Value *v = ast_value_from_text(&a, NULL, "≥90%");
    CHECK(v && v->syntax == VX_MEASURE && v->cmp == CMP_GE && v->number.coef == 90 && v->unit && strcmp(v->unit, "%") == 0);
    CHECK(v && v->span.len == 0 && v->number_span.len == 0 && v->unit_span.len == 0);
    v = ast_value_from_text(&a, NULL, "＝3台");
    CHECK(v && v->cmp == CMP_EQ && strcmp(fmt_value(&a, NULL, v, 0), "=3台") == 0);
    v = ast_value_from_text(&a, NULL, "按时完成");
    CHECK(v && v->syntax == VX_WORD && strcmp(v->text, "按时完成") == 0);
    v = ast_value_from_text(&a, NULL, "2025-01-01");
    CHECK(v && v->syntax == VX_DATE && strcmp(v->text, "2025-01-01") == 0);
    v = ast_value_from_text(&a, NULL, "全年");
    CHECK(v && v->syntax == VX_WORD);
    struct { const char *in, *out; } canon[] = {
        {"90.00", "90.00"},           {"5,000,000.00", "5,000,000.00"}, {"≥ 3万元", "≥3万元"},
        {"80% ～ 90%", "80%~90%"},    {"80%至90%", "80%~90%"},          {"<= 总成本预算数", "≤总成本预算数"},
        {"被收录数>= 1个", "被收录数≥1个"}, {"60000.00(人次)", "60000.00(人次)"}, {"6（元/人次）", "6（元/人次）"},
        {"2025年", "2025年"},         {"025-83620682", "025-83620682"}, {"\"a \\\"b\\\"\"", "\"a \\\"b\\\"\""},
        {"-0.50亿", "-0.50亿"},       {"007", "007"},                   {"1.5千万元", "1.5千万元"},
        {"\"\"\"单行\"\"\"", "\"\"\"单行\"\"\""},
    };
    for (size_t i = 0; i < sizeof canon / sizeof canon[0]; i++) {
        v = ast_value_from_text(&a, NULL, canon[i].in);
        CHECK(v != NULL);
        if (v) CHECK_STR(fmt_value(&a, NULL, v, 0), canon[i].out);
    }
    /* Not one value: NULL; errors are reported where they are. */
    const char *bad[] = {"", "  ", "90% 全年", "≥", "a;b", "# 注", "x {", "90 %", "1,00", "\"未完"};
    Ctx c;
    ctx_init(&c);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) CHECK(ast_value_from_text(&c.a, &c.diags, bad[i]) == NULL);
    CHECK(c.diags.errors == 4); /* ≥ (a value expected), 90 % (the '%'), 1,00, "未完; the others say nothing */
    CHECK(c.sources.nfiles == 4);  /* a source "<value>" for each, that the diagnostics quote */
    ctx_free(&c);

    /* The builders. */
    CHECK_STR(fmt_value(&a, NULL, ast_measure(&a, CMP_LT, dec(600, 2), 0, "(元/人次)"), 0), "<6.00(元/人次)");
    CHECK_STR(fmt_value(&a, NULL, ast_measure(&a, CMP_NONE, dec(62, 1), 4, "条"), 0), "6.2万条");
    CHECK_STR(fmt_value(&a, NULL, ast_measure(&a, CMP_NONE, dec(-2550000, 0), 0, "元"), 0), "-2550000元");
    v = ast_measure(&a, CMP_NONE, dec(5, 0), 0, "千克");
    CHECK(v->mult_exp == 3 && strcmp(v->unit, "克") == 0); /* as the parser splits 5千克 */
    CHECK_STR(fmt_value(&a, NULL, ast_labelled(&a, "被收录数", CMP_GE, ast_measure(&a, CMP_NONE, dec(1, 0), 0, "个")), 0),
              "被收录数≥1个");
    CHECK_STR(fmt_value(&a, NULL, ast_date(&a, CMP_GE, "2025-01-01"), 0), "≥2025-01-01");
    CHECK(ast_word(&a, "按时 完成")->syntax == VX_STRING);
    CHECK(ast_string(&a, "两行\n文字")->triple);
    CHECK(!ast_string(&a, "两行 \n文字")->triple);
    CHECK(!ast_text_block(&a, "含\"\"\"的")->triple);
    arena_free(&a);
}

int main(void) {
    test_built_project();
    test_names();
    test_values();
    CHECK(round_trip_dir("examples") >= 5);
    CHECK(round_trip_dir("stdlib") >= 2);
    CHECK(round_trip_dir("stdlib/forms") >= 4);
    TEST_DONE("test_fmt_tree");
}
