/* The cover of the HTML output: the contents (one row a table, with a link to its form) and
 * the summary of the funds, drawn as inline SVG: for each 实施单位 and 年度, one bar a table
 * split by funding source, and the sources' totals. Bars compare amounts in 元, so a 万元
 * table and a 元 table are drawn to one scale; lengths are computed from the exact decimals
 * with integer arithmetic. */
#include <string.h>
#include "model/model.h"
#include "emit/html_out.h"
#include "base/utf8.h"

static const char *const palette[] = {"#2f5597", "#c55a11", "#548235", "#7f6000", "#7030a0",
                                      "#1f7a7a", "#a61c3c", "#5b5b5b", "#3b8ede", "#b8860b"};
enum { NPALETTE = sizeof palette / sizeof palette[0] };

static const char *kind_word(const Table *t) { return t->kind == TABLE_DEPARTMENT ? "部门整体" : "项目"; }

static bool table_total(const Table *t, Decimal *d) {
    if (!t->funds.present) return false;
    *d = t->funds.total;
    return true;
}

static const char *money_text(Program *p, const Table *t, Decimal d) {
    bool thousands = t->form && t->form->layout && t->form->layout->thousands;
    return arena_printf(p->arena, "%s %s", html_amount(p, d, thousands), t->money_unit);
}

static bool same_group(const Table *a, const Table *b) {
    return a && b && a->form == b->form && a->has_year == b->has_year && a->year == b->year;
}

/* The cover: the title, a line of counts, and the contents, one row a table, grouped under a
 * heading row (the form's title and the 年度) wherever they change. */
void html_contents(FILE *out, Program *p, TableHref href, void *arg) {
    int projects = 0, departments = 0, nunits = 0;
    StrMap units;
    strmap_init(&units, p->arena);
    for (int i = 0; i < p->tables.len; i++) {
        const Table *t = p->tables.items[i];
        if (t->kind == TABLE_PROJECT) projects++;
        else departments++;
        if (!strmap_put(&units, t->unit_name, (void *)t)) nunits++;
    }
    fputs("<header class=\"sheet cover\" id=\"contents\">\n<h1>预算绩效目标表</h1>\n<p class=\"lead\">", out);
    fprintf(out, "共 %d 张表", p->tables.len);
    if (projects && departments) fprintf(out, "（项目 %d 张，部门整体 %d 张）", projects, departments);
    fprintf(out, "，%d 个单位", nunits);
    fputs("</p>\n<nav>\n<h2>目录</h2>\n<table class=\"contents\">\n<colgroup><col class=\"no\"><col><col class=\"unit\"><col class=\"total\"></colgroup>\n"
          "<thead><tr><th class=\"num\">序号</th><th>名称</th><th>实施单位</th><th class=\"num\">资金总额</th></tr></thead>\n<tbody>\n",
          out);
    for (int i = 0; i < p->tables.len; i++) {
        const Table *t = p->tables.items[i];
        if (!same_group(i ? p->tables.items[i - 1] : NULL, t)) {
            fputs("<tr class=\"group\"><th colspan=\"4\">", out);
            html_text(out, t->form && t->form->title ? t->form->title : t->form ? t->form->name : "");
            fputs("<span class=\"sub\">", out);
            if (t->has_year) fprintf(out, "%d年度", t->year);
            fputs("</span></th></tr>\n", out);
        }
        fprintf(out, "<tr><td class=\"num\">%d</td><td><a href=\"", i + 1);
        html_text(out, href(p, i, arg));
        fputs("\">", out);
        html_text(out, t->name);
        fputs("</a>", out);
        if (t->kind == TABLE_DEPARTMENT) fputs("<span class=\"tag\">部门整体</span>", out);
        fputs("</td><td class=\"unit\">", out);
        html_text(out, t->unit_name);
        fputs("</td><td class=\"num\">", out);
        Decimal d;
        if (table_total(t, &d)) html_text(out, money_text(p, t, d));
        else fputs("<span class=\"none\">未填</span>", out);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody>\n</table>\n</nav>\n</header>\n", out);
}

/* ---- the charts ----------------------------------------------------------------------------- */

typedef struct Slice {
    const char *source;
    Decimal yuan;      /* for the bar lengths */
    Decimal amount;    /* in the table's money unit, for the labels */
} Slice;

typedef struct Bar {
    const Table *t;
    Decimal yuan;      /* the table's total in 元 */
    PtrVec slices;     /* Slice*: its leaf sources in 元 */
} Bar;

typedef struct Chart {
    const char *unit;  /* 实施单位 */
    int year;
    bool has_year;
    TableKind kind;
    PtrVec bars;       /* Bar* */
} Chart;

static void leaves(Program *p, const Table *t, const FundLine *l, Bar *bar) {
    if (l->nchildren) {
        for (int i = 0; i < l->nchildren; i++) leaves(p, t, l->children[i], bar);
        return;
    }
    Decimal y;
    if (!l->has_amount || !to_yuan(t, l->amount, &y) || decimal_cmp(y, decimal_from_int(0)) <= 0) return;
    Slice *s = arena_alloc(p->arena, sizeof *s);
    s->source = l->name;
    s->yuan = y;
    s->amount = l->amount;
    ptrvec_push(p->arena, &bar->slices, s);
}

/* The source's colour: its place among all the sources of the output, in order of first
 * appearance, so a source has one colour on every chart. */
static const char *colour(const PtrVec *sources, const char *name) {
    for (int i = 0; i < sources->len; i++)
        if (strcmp(sources->items[i], name) == 0) return palette[i % NPALETTE];
    return palette[NPALETTE - 1];
}

/* Brings amounts to one scale of fraction digits and to at most 15 digits, so that
 * amount × width fits in 64 bits; returns the integer of `d` on that scale. */
typedef struct Scale {
    int scale;  /* fraction digits kept */
    int drop;   /* then this many low digits dropped */
} Scale;

static int64_t scaled(Decimal d, Scale s) {
    Decimal r;
    int64_t v;
    if (d.scale > s.scale) {
        v = d.coef;
        for (int i = d.scale; i > s.scale; i--) v /= 10;
    } else {
        if (!decimal_rescale(d, s.scale, &r)) return 0;
        v = r.coef;
    }
    for (int i = 0; i < s.drop; i++) v /= 10;
    return v;
}

static Scale scale_for(const Chart *c, const PtrVec *extra) {
    Scale s = {0, 0};
    for (int i = 0; i < c->bars.len; i++) {
        const Bar *b = c->bars.items[i];
        if (b->yuan.scale > s.scale) s.scale = b->yuan.scale;
    }
    if (s.scale > 6) s.scale = 6;
    int64_t max = 0;
    for (int i = 0; i < c->bars.len; i++) {
        int64_t v = scaled(((const Bar *)c->bars.items[i])->yuan, s);
        if (v > max) max = v;
    }
    for (int i = 0; extra && i < extra->len; i++) {
        int64_t v = scaled(((const Slice *)extra->items[i])->yuan, s);
        if (v > max) max = v;
    }
    while (max > 1000000000000000LL) {
        max /= 10;
        s.drop++;
    }
    return s;
}

static int length(int64_t v, int64_t max, int width) { return max > 0 ? (int)(v * width / max) : 0; }

/* A name cut to fit `cols` display columns (a CJK character takes two), with an ellipsis. */
static const char *fit(Program *p, const char *s, int cols) {
    size_t n = strlen(s);
    if (display_width(s, n) <= cols) return s;
    size_t i = 0;
    int w = 0;
    while (i < n) {
        uint32_t cp;
        int len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (len <= 0) break;
        int cw = codepoint_width(cp);
        if (w + cw > cols - 2) break;
        w += cw;
        i += (size_t)len;
    }
    return arena_printf(p->arena, "%.*s…", (int)i, s);
}

enum { CHART_W = 680, NAME_W = 236, BAR_X = 244, BAR_W = 300, ROW_H = 22 };

static void svg_text(FILE *out, int x, int y, const char *anchor, const char *cls, const char *text) {
    fprintf(out, "<text x=\"%d\" y=\"%d\"%s%s%s%s>", x, y, anchor ? " text-anchor=\"" : "", anchor ? anchor : "", anchor ? "\"" : "",
            cls ? cls : "");
    html_text(out, text);
    fputs("</text>", out);
}

static void chart_by_table(FILE *out, Program *p, const Chart *c, const PtrVec *sources) {
    Scale s = scale_for(c, NULL);
    int64_t max = 0;
    for (int i = 0; i < c->bars.len; i++) {
        int64_t v = scaled(((const Bar *)c->bars.items[i])->yuan, s);
        if (v > max) max = v;
    }
    int h = c->bars.len * ROW_H + 8;
    fprintf(out, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">\n",
            CHART_W, h, CHART_W, h);
    fprintf(out, "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>\n", BAR_X, BAR_X, h);
    for (int i = 0; i < c->bars.len; i++) {
        const Bar *b = c->bars.items[i];
        int y = i * ROW_H + 4;
        fputs("<g><title>", out);
        html_text(out, b->t->name);
        fputs("：", out);
        html_text(out, money_text(p, b->t, b->t->funds.total));
        fputs("</title>", out);
        svg_text(out, NAME_W, y + 15, "end", NULL, fit(p, b->t->name, 38));
        int64_t cum = 0;
        for (int k = 0; k < b->slices.len; k++) {
            const Slice *sl = b->slices.items[k];
            int x0 = length(cum, max, BAR_W);
            cum += scaled(sl->yuan, s);
            int x1 = length(cum, max, BAR_W);
            if (x1 <= x0) x1 = x0 + 1;
            fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", BAR_X + x0, y + 3, x1 - x0, ROW_H - 8,
                    colour(sources, sl->source));
        }
        svg_text(out, BAR_X + length(cum, max, BAR_W) + 6, y + 15, NULL, NULL,
                 b->t->funds.present ? money_text(p, b->t, b->t->funds.total) : "（未填资金）");
        fputs("</g>\n", out);
    }
    fputs("</svg>\n", out);
}

static void chart_by_source(FILE *out, Program *p, const Chart *c, const PtrVec *sources) {
    /* The sources' sums over the chart's tables, in the output's source order. */
    PtrVec sums = {0};
    for (int i = 0; i < sources->len; i++) {
        Slice *sum = NULL;
        for (int b = 0; b < c->bars.len; b++) {
            const Bar *bar = c->bars.items[b];
            for (int k = 0; k < bar->slices.len; k++) {
                const Slice *sl = bar->slices.items[k];
                if (strcmp(sl->source, sources->items[i]) != 0) continue;
                if (!sum) {
                    sum = arena_alloc(p->arena, sizeof *sum);
                    sum->source = sl->source;
                    sum->yuan = decimal_from_int(0);
                    sum->amount = decimal_from_int(0);
                }
                Decimal t;
                if (decimal_add(sum->yuan, sl->yuan, &t)) sum->yuan = t;
                if (decimal_add(sum->amount, sl->amount, &t)) sum->amount = t;
            }
        }
        if (sum) ptrvec_push(p->arena, &sums, sum);
    }
    if (sums.len == 0) return;
    Scale s = scale_for(c, &sums);
    int64_t max = 0;
    for (int i = 0; i < sums.len; i++) {
        int64_t v = scaled(((const Slice *)sums.items[i])->yuan, s);
        if (v > max) max = v;
    }
    /* The unit of the chart's tables when they share one, else 元. */
    const Table *t0 = ((const Bar *)c->bars.items[0])->t;
    bool same_unit = true;
    for (int b = 0; b < c->bars.len; b++)
        if (((const Bar *)c->bars.items[b])->t->money_exp != t0->money_exp) same_unit = false;
    int h = sums.len * ROW_H + 8;
    fprintf(out, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">\n",
            CHART_W, h, CHART_W, h);
    fprintf(out, "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>\n", BAR_X, BAR_X, h);
    for (int i = 0; i < sums.len; i++) {
        const Slice *sl = sums.items[i];
        int y = i * ROW_H + 4;
        Decimal shown = same_unit ? sl->amount : sl->yuan;
        const char *unit = same_unit ? t0->money_unit : "元";
        bool thousands = same_unit && t0->form && t0->form->layout && t0->form->layout->thousands;
        const char *label = arena_printf(p->arena, "%s %s", html_amount(p, shown, thousands), unit);
        fputs("<g><title>", out);
        html_text(out, sl->source);
        fputs("：", out);
        html_text(out, label);
        fputs("</title>", out);
        svg_text(out, NAME_W, y + 15, "end", NULL, fit(p, sl->source, 38));
        int w = length(scaled(sl->yuan, s), max, BAR_W);
        fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", BAR_X, y + 3, w > 0 ? w : 1, ROW_H - 8,
                colour(sources, sl->source));
        svg_text(out, BAR_X + w + 6, y + 15, NULL, NULL, label);
        fputs("</g>\n", out);
    }
    fputs("</svg>\n", out);
}

void html_summary(FILE *out, Program *p) {
    PtrVec charts = {0}, sources = {0};
    StrMap by_key, source_seen; /* a chart by its unit, year and kind; the sources met */
    strmap_init(&by_key, p->arena);
    strmap_init(&source_seen, p->arena);
    for (int i = 0; i < p->tables.len; i++) {
        const Table *t = p->tables.items[i];
        const char *key = arena_printf(p->arena, "%s\x1f%d\x1f%d\x1f%d", t->unit_name, t->has_year, t->year, (int)t->kind);
        Chart *c = strmap_get(&by_key, key);
        if (!c) {
            c = arena_alloc(p->arena, sizeof *c);
            c->unit = t->unit_name;
            c->year = t->year;
            c->has_year = t->has_year;
            c->kind = t->kind;
            ptrvec_push(p->arena, &charts, c);
            strmap_put(&by_key, key, c);
        }
        Bar *b = arena_alloc(p->arena, sizeof *b);
        b->t = t;
        if (!t->funds.present || !to_yuan(t, t->funds.total, &b->yuan)) b->yuan = decimal_from_int(0);
        for (int k = 0; k < t->funds.nsources; k++) leaves(p, t, t->funds.sources[k], b);
        for (int k = 0; k < b->slices.len; k++) {
            const char *name = ((Slice *)b->slices.items[k])->source;
            if (!strmap_put(&source_seen, name, (void *)name)) ptrvec_push(p->arena, &sources, (void *)name);
        }
        ptrvec_push(p->arena, &c->bars, b);
    }
    fputs("<section class=\"sheet summary\" id=\"summary\">\n<h2>资金概览</h2>\n"
          "<p class=\"lead\">按实施单位和年度，每张表一条，按资金来源分色；条长按元比较。</p>\n",
          out);
    if (sources.len) {
        fputs("<ul class=\"legend\">", out);
        for (int i = 0; i < sources.len; i++) {
            fprintf(out, "<li><span class=\"swatch\" style=\"background:%s\"></span>", colour(&sources, sources.items[i]));
            html_text(out, sources.items[i]);
            fputs("</li>", out);
        }
        fputs("</ul>\n", out);
    }
    for (int k = 0; k < charts.len; k++) {
        const Chart *c = charts.items[k];
        Decimal sum = decimal_from_int(0);
        bool ok = true;
        const Table *t0 = ((const Bar *)c->bars.items[0])->t;
        bool same_unit = true;
        for (int b = 0; b < c->bars.len; b++) {
            const Table *t = ((const Bar *)c->bars.items[b])->t;
            if (t->money_exp != t0->money_exp) same_unit = false;
            Decimal d;
            if (table_total(t, &d) && !decimal_add(sum, d, &sum)) ok = false;
        }
        fputs("<figure class=\"funds-chart\">\n<figcaption><b>", out);
        html_text(out, c->unit);
        fputs("</b>", out);
        if (c->has_year) fprintf(out, " · %d年度", c->year);
        fprintf(out, " · %s %d 张", kind_word(t0), c->bars.len);
        if (ok && same_unit) {
            fputs(" · 合计 ", out);
            html_text(out, money_text(p, t0, sum));
        }
        fputs("</figcaption>\n<div class=\"chart-pair\">\n<div><h3>各表资金</h3>\n", out);
        chart_by_table(out, p, c, &sources);
        fputs("</div>\n<div><h3>资金来源</h3>\n", out);
        chart_by_source(out, p, c, &sources);
        fputs("</div>\n</div>\n</figure>\n", out);
    }
    fputs("</section>\n", out);
}
