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

static void merged(FILE *out, const LayoutRun *x, const char *cls) {
    if (x->n > 1) {
        fputs("<th rowspan=\"", out);
        html_int(out, x->n);
        fputs("\" class=\"", out);
    } else {
        fputs("<th class=\"", out);
    }
    fputs(cls, out);
    fputs("\">", out);
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
    const Form *form;
    /* The form's 指标列 that some indicator of the table fills, in the form's order: `at` of
     * them print before the value columns, the others after. */
    int cols[MAX_COLUMNS];
    int ncols, at;
} Band;

static void column_heads(Band *b, int from, int to) {
    for (int i = from; i < to; i++) {
        fputs("<th>", b->out);
        html_text(b->out, b->form->columns[b->cols[i]].name);
        fputs("</th>", b->out);
    }
}

static void column_cells(Band *b, const Indicator *ind, int from, int to) {
    for (int i = from; i < to; i++) {
        int k = b->cols[i];
        const IndicatorColumn *cell = ind && ind->cols ? &ind->cols[k] : NULL;
        fputs(b->form->columns[k].kind == COL_TEXT ? "<td class=\"coltext\">" : "<td class=\"col\" style=\"text-align:center\">", b->out);
        if (cell && cell->text) html_text(b->out, cell->text);
        fputs("</td>", b->out);
    }
}

/* A <col>, with its width inline when the table prints 指标列 (the page's style sheet, and
 * every output without such columns, stay as they were). */
static void col(FILE *out, const char *cls, double width) {
    if (width > 0) fprintf(out, "<col class=\"%s\" style=\"width:%.1f%%\">", cls, width);
    else fprintf(out, "<col class=\"%s\">", cls);
}

static void band_head(Band *b) {
    FILE *out = b->out;
    int at = b->at, nvals = b->half ? 2 : 1;
    /* With 指标列, every width is given so that they add up to the page's: the categories and
     * values a little narrower than without, the 三级 at least 16%, the 指标列 share the rest. */
    double w_section = 0, w1 = 0, w2 = 0, wk = 0, w3 = 0, wv = 0, scale = 1;
    if (b->ncols) {
        w_section = b->part->label ? 8 : 0, w1 = 9, w2 = 10, wk = b->six ? 11 : 0, wv = b->half ? 10 : 13;
        double extra = 0;
        for (int i = 0; i < b->ncols; i++) extra += b->form->columns[b->cols[i]].kind == COL_TEXT ? 12 : 6;
        double rest = 100 - w_section - w1 - w2 - wk - nvals * wv;
        w3 = rest - extra;
        if (w3 < 16) {
            scale = (rest - 16) / extra;
            w3 = 16;
        }
    }
    fputs("<colgroup>", out);
    if (b->part->label) col(out, "section", w_section);
    col(out, "l1", w1);
    col(out, "l2", w2);
    if (b->six) col(out, "kw", wk);
    col(out, "l3", w3);
    for (int i = 0; i < at; i++) col(out, b->form->columns[b->cols[i]].kind == COL_TEXT ? "coltext" : "col", scale * (b->form->columns[b->cols[i]].kind == COL_TEXT ? 12 : 6));
    for (int i = 0; i < nvals; i++) col(out, b->half ? "val" : "val1", wv);
    for (int i = at; i < b->ncols; i++) col(out, b->form->columns[b->cols[i]].kind == COL_TEXT ? "coltext" : "col", scale * (b->form->columns[b->cols[i]].kind == COL_TEXT ? 12 : 6));
    fputs("</colgroup>\n<thead><tr>", out);
    if (b->part->label) fputs("<th class=\"section\"></th>", out);
    fputs("<th>一级指标</th><th>二级指标</th>", out);
    if (b->key_work) fputs("<th>重点工作</th><th>三级指标</th>", out);
    else fputs(b->six ? "<th colspan=\"2\">三级指标</th>" : "<th>三级指标</th>", out);
    column_heads(b, 0, at);
    for (int i = 0; i < b->part->nheads; i++) {
        fputs("<th>", out);
        html_text(out, b->part->heads[i]);
        fputs("</th>", out);
    }
    if (b->part->nheads == 0) fputs(b->half ? "<th>半年指标值</th><th>全年指标值</th>" : "<th>年度指标值</th>", out);
    column_heads(b, at, b->ncols);
    fputs("</tr></thead>\n", out);
}

static void band(Band *b, const IndicatorRows *r, int from, int to, bool first_band) {
    FILE *out = b->out;
    fputs(b->six ? "<table class=\"grid ind six\">\n" : "<table class=\"grid ind\">\n", out);
    band_head(b);
    fputs("<tbody>\n", out);
    for (int i = from; i < to; i++) {
        const Indicator *ind = r->rows.items[i];
        fputs("<tr>", out);
        if (b->part->label && first_band && i == from) {
            fputs("<th rowspan=\"", out);
            html_int(out, to - from);
            fputs("\" class=\"section\">", out);
            html_text(out, b->part->label);
            fputs("</th>", out);
        }
        const LayoutRun *x;
        if ((x = run_starting(&r->tops, i))) merged(out, x, "l1");
        if ((x = run_starting(&r->subs, i))) merged(out, x, "l2");
        if (b->key_work && (x = run_starting(&r->keys, i))) merged(out, x, "kw");
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
        column_cells(b, ind, 0, b->at);
        if (b->half) value_cell(out, b->p, ind ? ind->half : NULL);
        value_cell(out, b->p, ind ? ind->full : NULL);
        column_cells(b, ind, b->at, b->ncols);
        fputs("</tr>\n", out);
    }
    fputs("</tbody>\n</table>\n", out);
}

void html_indicators(FILE *out, Program *p, const Table *t, const LayoutPart *part, bool every_sub) {
    IndicatorRows r;
    indicator_rows(p->arena, t, every_sub, &r);
    const Form *f = t->form;
    const Framework *fw = t->framework;
    bool six = false;
    for (int i = 0; fw && i < fw->ntops; i++)
        if (fw->tops[i].key_work) six = true;
    Band b = {out, p, part, six, false, f ? f->has_half : false, f, {0}, 0, 0};
    for (int k = 0; f && k < f->ncolumns && b.ncols < (int)(sizeof b.cols / sizeof b.cols[0]); k++) {
        if (!column_filled(t->indicators, t->nindicators, k)) continue;
        if (k < f->values_at) b.at++;
        b.cols[b.ncols++] = k;
    }
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
        const LayoutRun *a = r.tops.items[i], *z = r.tops.items[j - 1];
        b.key_work = key;
        band(&b, &r, a->first, z->first + z->n, first);
        first = false;
        i = j;
    }
}
