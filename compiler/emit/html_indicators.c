/* The indicator table of a form. Rows are the 三级指标 in output order (the form's framework
 * order, then source order); the 一级, 二级 and 重点工作 cells are merged over their rows
 * (rowspan), as on the printed forms. A form whose 版式 says 空二级 gives every 二级 of its
 * framework a row, an empty one when it has no indicator (南通's 成本指标); a table with no
 * indicator at all prints the heading only, as the seeds do.
 *
 * The 部门整体 form prints its 履职 part with a fourth column, 重点工作, under a heading of its
 * own: the table is cut into bands of consecutive 一级 with and without that level, each a
 * <table> with its heading, on one six-column grid (三级 spans two columns where there is no
 * 重点工作), so the bands' columns line up. */
#include <string.h>
#include "model/model.h"
#include "emit/html_out.h"

typedef struct Run {       /* consecutive rows sharing a name: a merged cell */
    const char *name;
    int first, n;          /* rows [first, first + n) of the table's row list */
} Run;

typedef struct Rows {
    Program *p;
    PtrVec rows;           /* const Indicator*, or NULL for an empty 二级's row */
    PtrVec tops, subs, keys; /* Run* */
    PtrVec top_key;        /* per top run: (void *)1 when its 一级 has the 重点工作 level */
} Rows;

static Run *run(Rows *r, PtrVec *v, const char *name) {
    Run *x = arena_alloc(r->p->arena, sizeof *x);
    x->name = name;
    x->first = r->rows.len;
    ptrvec_push(r->p->arena, v, x);
    return x;
}

static bool same(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

/* The names, in order of first appearance, of path[level] among the indicators `ids` that
 * match `prefix` (path[0..level-1]). */
static void names_at(Rows *r, const Table *t, const char **prefix, int level, PtrVec *out) {
    for (int i = 0; i < t->nindicators; i++) {
        const Indicator *ind = t->indicators[i];
        if (ind->depth <= level) continue;
        bool match = true;
        for (int k = 0; k < level; k++)
            if (!same(ind->path[k], prefix[k])) match = false;
        if (!match) continue;
        const char *name = ind->path[level];
        if (level == 2 && ind->depth == 3) name = ""; /* a 三级 directly under a 重点工作 二级 */
        bool seen = false;
        for (int k = 0; k < out->len; k++)
            if (strcmp(out->items[k], name) == 0) seen = true;
        if (!seen) ptrvec_push(r->p->arena, out, (void *)name);
    }
}

static void add_names(Rows *r, PtrVec *to, const PtrVec *from) {
    for (int i = 0; i < from->len; i++) {
        bool seen = false;
        for (int k = 0; k < to->len; k++)
            if (strcmp(to->items[k], from->items[i]) == 0) seen = true;
        if (!seen) ptrvec_push(r->p->arena, to, from->items[i]);
    }
}

/* The rows of one 二级: grouped by 重点工作 (in order of first appearance), then source order. */
static void sub_rows(Rows *r, const Table *t, const char *top, const char *sub, bool key_work) {
    const char *prefix[3] = {top, sub, NULL};
    PtrVec keys = {0};
    if (key_work) names_at(r, t, prefix, 2, &keys);
    else ptrvec_push(r->p->arena, &keys, (void *)"");
    for (int k = 0; k < keys.len; k++) {
        const char *key = keys.items[k];
        Run *kr = key_work ? run(r, &r->keys, key) : NULL;
        for (int i = 0; i < t->nindicators; i++) {
            const Indicator *ind = t->indicators[i];
            if (!same(ind->path[0], top) || !same(ind->path[1], sub)) continue;
            if (key_work && strcmp(ind->depth == 4 ? ind->path[2] : "", key) != 0) continue;
            ptrvec_push(r->p->arena, &r->rows, (void *)ind);
        }
        if (kr) kr->n = r->rows.len - kr->first;
    }
}

/* A 一级 of the table's framework, or of another of its form's (a table that mixes them). */
static const TopCategoryDef *top_def(const Table *t, const char *name) {
    int idx;
    const TopCategoryDef *td = framework_top(t->framework, name, &idx);
    for (int k = 0; !td && t->form && k < t->form->nframeworks; k++) td = framework_top(&t->form->frameworks[k], name, &idx);
    return td;
}

static void collect(Rows *r, const Table *t, bool every_sub) {
    if (t->nindicators == 0) return;
    const Framework *f = t->framework;
    PtrVec tops = {0}, found = {0};
    for (int i = 0; f && i < f->ntops; i++) ptrvec_push(r->p->arena, &tops, (void *)f->tops[i].name);
    names_at(r, t, NULL, 0, &found);
    add_names(r, &tops, &found);
    for (int i = 0; i < tops.len; i++) {
        const char *top = tops.items[i];
        const TopCategoryDef *def = top_def(t, top);
        bool key_work = def && def->key_work;
        PtrVec subs = {0}, used = {0};
        const char *prefix[1] = {top};
        names_at(r, t, prefix, 1, &used);
        if (every_sub && def && !def->open)
            for (int k = 0; k < def->nsubs; k++) ptrvec_push(r->p->arena, &subs, (void *)def->subs[k].name);
        add_names(r, &subs, &used);
        if (!every_sub && used.len == 0) continue;
        Run *tr = run(r, &r->tops, top);
        ptrvec_push(r->p->arena, &r->top_key, key_work ? (void *)1 : NULL);
        if (subs.len == 0) ptrvec_push(r->p->arena, &subs, (void *)"");
        for (int k = 0; k < subs.len; k++) {
            Run *sr = run(r, &r->subs, subs.items[k]);
            sub_rows(r, t, top, subs.items[k], key_work);
            if (r->rows.len == sr->first) { /* an empty 二级: one blank row */
                if (key_work) run(r, &r->keys, "")->n = 1;
                ptrvec_push(r->p->arena, &r->rows, NULL);
            }
            sr->n = r->rows.len - sr->first;
        }
        tr->n = r->rows.len - tr->first;
    }
}

static const Run *starting(const PtrVec *runs, int row) {
    for (int i = 0; i < runs->len; i++) {
        const Run *x = runs->items[i];
        if (x->first == row && x->n > 0) return x;
    }
    return NULL;
}

static void merged(FILE *out, const Run *x, const char *cls) {
    if (x->n > 1) fprintf(out, "<th rowspan=\"%d\" class=\"%s\">", x->n, cls);
    else fprintf(out, "<th class=\"%s\">", cls);
    html_text(out, x->name);
    fputs("</th>", out);
}

static void value_cell(FILE *out, Program *p, const Value *v) {
    fputs("<td class=\"val\">", out);
    if (v) html_text(out, value_text(p, v));
    fputs("</td>", out);
}

typedef struct Band {
    FILE *out;
    Program *p;
    const LayoutPart *part;
    bool six;        /* the grid has a 重点工作 column */
    bool key_work;   /* this band's rows fill it */
    bool half;       /* two value columns */
} Band;

static void band_head(Band *b) {
    FILE *out = b->out;
    fputs("<colgroup>", out);
    if (b->part->label) fputs("<col class=\"section\">", out);
    fputs("<col class=\"l1\"><col class=\"l2\">", out);
    if (b->six) fputs("<col class=\"kw\">", out);
    fputs("<col class=\"l3\">", out);
    for (int i = 0; i < (b->half ? 2 : 1); i++) fputs(b->half ? "<col class=\"val\">" : "<col class=\"val1\">", out);
    fputs("</colgroup>\n<thead><tr>", out);
    if (b->part->label) fputs("<th class=\"section\"></th>", out);
    fputs("<th>一级指标</th><th>二级指标</th>", out);
    if (b->key_work) fputs("<th>重点工作</th><th>三级指标</th>", out);
    else fputs(b->six ? "<th colspan=\"2\">三级指标</th>" : "<th>三级指标</th>", out);
    for (int i = 0; i < b->part->nheads; i++) {
        fputs("<th>", out);
        html_text(out, b->part->heads[i]);
        fputs("</th>", out);
    }
    if (b->part->nheads == 0) fputs(b->half ? "<th>半年指标值</th><th>全年指标值</th>" : "<th>年度指标值</th>", out);
    fputs("</tr></thead>\n", out);
}

static void band(Band *b, const Rows *r, int from, int to, bool first_band) {
    FILE *out = b->out;
    fprintf(out, "<table class=\"grid ind%s\">\n", b->six ? " six" : "");
    band_head(b);
    fputs("<tbody>\n", out);
    for (int i = from; i < to; i++) {
        const Indicator *ind = r->rows.items[i];
        fputs("<tr>", out);
        if (b->part->label && first_band && i == from) {
            fprintf(out, "<th rowspan=\"%d\" class=\"section\">", to - from);
            html_text(out, b->part->label);
            fputs("</th>", out);
        }
        const Run *x;
        if ((x = starting(&r->tops, i))) merged(out, x, "l1");
        if ((x = starting(&r->subs, i))) merged(out, x, "l2");
        if (b->key_work && (x = starting(&r->keys, i))) merged(out, x, "kw");
        fputs(b->six && !b->key_work ? "<td colspan=\"2\" class=\"name\">" : "<td class=\"name\">", out);
        if (ind) {
            html_text(out, ind->path[ind->depth - 1]);
            if (ind->note) {
                fputs("<span class=\"note\">", out);
                html_text(out, ind->note->text);
                fputs("</span>", out);
            }
        }
        fputs("</td>", out);
        if (b->half) value_cell(out, b->p, ind ? ind->half : NULL);
        value_cell(out, b->p, ind ? ind->full : NULL);
        fputs("</tr>\n", out);
    }
    fputs("</tbody>\n</table>\n", out);
}

void html_indicators(FILE *out, Program *p, const Table *t, const LayoutPart *part, bool every_sub) {
    Rows r = {.p = p};
    collect(&r, t, every_sub);
    const Form *f = t->form;
    const Framework *fw = t->framework;
    bool six = false;
    for (int i = 0; fw && i < fw->ntops; i++)
        if (fw->tops[i].key_work) six = true;
    Band b = {out, p, part, six, false, f ? f->has_half : false};
    if (part->nheads) b.half = part->nheads == 2;
    if (r.tops.len == 0) { /* no indicator: the heading alone */
        band(&b, &r, 0, 0, true);
        return;
    }
    /* Bands: runs of consecutive 一级 that agree on the 重点工作 level. */
    int i = 0;
    bool first = true;
    while (i < r.tops.len) {
        bool key = r.top_key.items[i] != NULL;
        int j = i;
        while (j < r.tops.len && (r.top_key.items[j] != NULL) == key) j++;
        const Run *a = r.tops.items[i], *z = r.tops.items[j - 1];
        b.key_work = key;
        band(&b, &r, a->first, z->first + z->n, first);
        first = false;
        i = j;
    }
}
