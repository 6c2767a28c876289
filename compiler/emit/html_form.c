/* One table as its official form: the title and 年度, then the parts of the form's 版式 in
 * order — rows of label/value cells, the funds block, fields side by side, the indicator
 * table. Each part is a <table>; the tables are drawn flush, so the form reads as one grid. */
#include <string.h>
#include "model/model.h"
#include "emit/emit.h"
#include "emit/html_out.h"

/* The rows' grid: 24 columns, a label takes 4 of them (one sixth of the width, the width of
 * the section labels of the other parts), 3 when a row has four cells or more. */
enum { GRID = 24, LABEL_SPAN = 4 };

static void colgroup(FILE *out, int n) { fprintf(out, "<colgroup><col span=\"%d\"></colgroup>\n", n); }

/* A row of cells: each a label and a value. A label takes 4 of the 24 columns (3 in a row
 * of three cells or more); the values share the rest by their weights (宽), the columns left
 * by rounding going to the largest remainders. One cell alone is a long text. */
static void row(FILE *out, Program *p, const Table *t, const LayoutPart *part) {
    enum { MAXCELLS = 8 };
    int k = part->ncells < MAXCELLS ? part->ncells : MAXCELLS;
    if (k == 0) return;
    int label = k >= 3 ? 3 : LABEL_SPAN;
    int room = GRID - k * label, weights = 0, given = 0;
    if (room < k) room = k;
    int span[MAXCELLS], rest[MAXCELLS];
    for (int i = 0; i < k; i++) weights += part->cells[i].weight > 0 ? part->cells[i].weight : 1;
    for (int i = 0; i < k; i++) {
        int w = part->cells[i].weight > 0 ? part->cells[i].weight : 1;
        span[i] = room * w / weights;
        rest[i] = room * w % weights;
        given += span[i];
    }
    for (; given < room; given++) {
        int best = 0;
        for (int i = 1; i < k; i++)
            if (rest[i] > rest[best]) best = i;
        span[best]++;
        rest[best] = -1;
    }
    fputs("<tr>", out);
    for (int i = 0; i < k; i++) {
        const LayoutCell *c = &part->cells[i];
        fputs("<th colspan=\"", out);
        html_int(out, label);
        fputs("\">", out);
        html_text(out, c->label);
        fputs("</th><td colspan=\"", out);
        html_int(out, span[i] > 0 ? span[i] : 1);
        fputs(k == 1 ? "\" class=\"text\">" : "\">", out);
        html_text(out, layout_cell_text(p, t, c));
        fputs("</td>", out);
    }
    fputs("</tr>\n", out);
}

static void side(FILE *out, Program *p, const Table *t, const LayoutPart *part) {
    fputs("<table class=\"grid side\">\n<colgroup><col class=\"section\">", out);
    for (int i = 0; i < part->ncells; i++) fputs("<col>", out);
    fputs("</colgroup>\n<tbody>\n<tr>", out);
    fputs("<th rowspan=\"2\" class=\"section\">", out);
    html_text(out, part->label);
    fputs("</th>", out);
    for (int i = 0; i < part->ncells; i++) {
        fputs("<th>", out);
        html_text(out, part->cells[i].label);
        fputs("</th>", out);
    }
    fputs("</tr>\n<tr>", out);
    for (int i = 0; i < part->ncells; i++) {
        fputs("<td class=\"text\">", out);
        html_text(out, layout_cell_text(p, t, &part->cells[i]));
        fputs("</td>", out);
    }
    fputs("</tr>\n</tbody>\n</table>\n", out);
}

/* The subtitle with {年度} replaced by the table's year (left blank when it has none). */
static void subtitle(FILE *out, Program *p, const Table *t, const char *pattern) {
    const char *mark = "{年度}";
    const char *at = strstr(pattern, mark);
    if (!at) {
        html_text(out, pattern);
        return;
    }
    html_text(out, arena_strndup(p->arena, pattern, (size_t)(at - pattern)));
    if (t->has_year) fprintf(out, "%d", t->year);
    else fputs("&emsp;&emsp;", out);
    html_text(out, at + strlen(mark));
}

void html_form(FILE *out, Program *p, const Table *t, const char *id, const char *back) {
    const Form *f = t->form;
    const FormLayout *L = form_layout(p, f);
    fputs("<article class=\"sheet form\" id=\"", out);
    html_text(out, id);
    fputs("\">\n<p class=\"meta\">", out);
    if (back) {
        fputs("<a href=\"", out);
        html_text(out, back);
        fputs("\">目录</a> · ", out);
    }
    html_text(out, table_source_path(p, t));
    fprintf(out, " 第 %d 行", node_line(p, t->node));
    if (f) {
        fputs(" · 表式 ", out);
        html_text(out, f->name);
    }
    if (t->framework && t->framework->name) {
        fputs(" · 指标框架 ", out);
        html_text(out, t->framework->name);
    }
    fputs("</p>\n<header class=\"form-head\">\n<h2>", out);
    html_text(out, f && f->title ? f->title : "预算绩效目标表");
    fputs("</h2>\n<p class=\"year\">", out);
    subtitle(out, p, t, L->subtitle ? L->subtitle : "{年度}年度");
    fputs("</p>\n</header>\n", out);
    bool in_rows = false;
    Field **others;
    int nothers = layout_other_fields(p, t, L, &others), at = layout_others_part(L);
    for (int i = 0; i <= L->nparts; i++) {
        if (i == at) {
            /* The fields no cell of the layout prints (其他字段), a row each in the order
             * written, after the form's own rows of the header (the importer reads them there). */
            for (int k = 0; k < nothers; k++) {
                if (!in_rows) {
                    fputs("<table class=\"grid fields\">\n", out);
                    colgroup(out, GRID);
                    fputs("<tbody>\n", out);
                    in_rows = true;
                }
                LayoutCell cell = {.label = others[k]->name, .fields = &others[k]->name, .nfields = 1, .weight = 1};
                LayoutPart one = {.kind = LP_ROW, .cells = &cell, .ncells = 1};
                row(out, p, t, &one);
            }
        }
        if (i == L->nparts) break;
        const LayoutPart *part = &L->parts[i];
        if (part->kind == LP_ROW) {
            if (!in_rows) {
                fputs("<table class=\"grid fields\">\n", out);
                colgroup(out, GRID);
                fputs("<tbody>\n", out);
                in_rows = true;
            }
            row(out, p, t, part);
            continue;
        }
        if (in_rows) {
            fputs("</tbody>\n</table>\n", out);
            in_rows = false;
        }
        Table mid = table_mid_view(t); /* a part of the mid-term set (期 中期) prints it as the year's */
        const Table *set = part->mid ? &mid : t;
        if (part->kind == LP_FUNDS) html_funds(out, p, set, part, L->thousands);
        else if (part->kind == LP_SIDE) side(out, p, t, part);
        else html_indicators(out, p, set, part, L->every_sub);
    }
    if (in_rows) fputs("</tbody>\n</table>\n", out);
    fputs("</article>\n", out);
}
