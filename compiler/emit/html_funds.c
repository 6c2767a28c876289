/* The funds block of a form. Two shapes, as the forms print them:
 *   stacked (江苏, 南通, 部门整体): the section label, then 收入 — the total and the form's
 *     funding sources in its row order, a group (南通's 财政拨款) with its 小计 — and 支出, one
 *     row an expense (a department's 项目支出 with its projects under it);
 *   two columns (上海): the whole project's amounts on the left (fields), this year's funds
 *     on the right (the total, then the sources).
 * A source the table leaves out is a blank cell; one written as 0 shows 0. */
#include <stdio.h>
#include <string.h>
#include "emit/html_out.h"

typedef struct FundsOut {
    FILE *out;
    Program *p;
    const Table *t;
    bool thousands;
} FundsOut;

static void amount_cell(FundsOut *f, const char *attrs, bool has, Decimal d) {
    fprintf(f->out, "<td class=\"num\"%s>", attrs);
    if (has) html_text(f->out, html_amount(f->p, d, f->thousands));
    fputs("</td>", f->out);
}

static void th(FILE *out, const char *attrs, const char *text) {
    fprintf(out, "<th%s>", attrs);
    html_text(out, text);
    fputs("</th>", out);
}

static const FundLine *find_line(FundLine *const *lines, int n, const SourceDef *def) {
    for (int i = 0; i < n; i++)
        if (lines[i]->def == def || strcmp(lines[i]->name, def->name) == 0) return lines[i];
    return NULL;
}

static const FundLine *find_named(FundLine *const *lines, int n, const char *name) {
    for (int i = 0; i < n; i++) {
        if (strcmp(lines[i]->name, name) == 0) return lines[i];
        const FundLine *c = find_named(lines[i]->children, lines[i]->nchildren, name);
        if (c) return c;
    }
    return NULL;
}

static int source_rows(const SourceDef *d) {
    int n = 1;
    for (int i = 0; i < d->nchildren; i++) n += source_rows(d->children[i]);
    return d->nchildren ? n : 1;
}

static int expense_rows(const ExpenseLine *e) {
    int n = 1;
    for (int i = 0; i < e->nchildren; i++) n += expense_rows(e->children[i]);
    return n;
}

static bool line_amount(const FundLine *l, Decimal *d) {
    if (!l) return false;
    if (l->has_amount) *d = l->amount;
    else if (l->nchildren) *d = l->sum;
    else return false;
    return true;
}

/* A funding source's rows: a leaf takes both name columns; a group's name spans its rows,
 * its first row is the 小计 and its sources follow in the second name column. */
static void source(FundsOut *f, const SourceDef *d, const FundLine *line, int depth) {
    Decimal amount;
    bool has = line_amount(line, &amount);
    fputs("<tr>", f->out);
    if (!d->nchildren) {
        th(f->out, depth ? "" : " colspan=\"2\"", d->name);
        amount_cell(f, " colspan=\"2\"", has, amount);
        fputs("</tr>\n", f->out);
        return;
    }
    char attrs[48];
    snprintf(attrs, sizeof attrs, " rowspan=\"%d\"", source_rows(d));
    th(f->out, attrs, d->name);
    th(f->out, "", "小计");
    amount_cell(f, " colspan=\"2\"", has, amount);
    fputs("</tr>\n", f->out);
    for (int i = 0; i < d->nchildren; i++)
        source(f, d->children[i], line ? find_line(line->children, line->nchildren, d->children[i]) : NULL, depth + 1);
}

static void expense(FundsOut *f, const ExpenseLine *e, int depth, int nheads) {
    fprintf(f->out, "<tr><th colspan=\"2\" class=\"item%s\">", depth ? " sub" : "");
    html_text(f->out, e->name);
    fputs("</th>", f->out);
    const Value *half = e->half, *full = e->full;
    if (nheads == 2) amount_cell(f, "", half && half->number_ok, half ? half->number : (Decimal){0, 0});
    amount_cell(f, nheads == 2 ? "" : " colspan=\"2\"", full && full->number_ok, full ? full->number : (Decimal){0, 0});
    fputs("</tr>\n", f->out);
    for (int i = 0; i < e->nchildren; i++) expense(f, e->children[i], depth + 1, nheads);
}

static void stacked(FundsOut *f, const LayoutPart *part) {
    FILE *out = f->out;
    const Table *t = f->t;
    const Form *form = t->form;
    int nsources = form ? form->nsources : 0;
    /* Rows: the heading and the total, the form's sources, the table's lines the form lacks. */
    int income = 2, extra = 0;
    for (int i = 0; i < nsources; i++) income += source_rows(form->sources[i]);
    for (int i = 0; i < t->funds.nsources; i++)
        if (!t->funds.sources[i]->def) extra++;
    income += extra;
    int spending = 0;
    if (part->nexpense_heads) {
        spending = 1;
        for (int i = 0; i < t->nexpenses; i++) spending += expense_rows(t->expenses[i]);
    }
    fputs("<table class=\"grid funds\">\n<colgroup><col class=\"section\"><col class=\"side\"><col class=\"name1\"><col class=\"name2\">"
          "<col class=\"amount\"><col class=\"amount\"></colgroup>\n<tbody>\n",
          out);
    fprintf(out, "<tr><th rowspan=\"%d\" class=\"section\">", income + spending);
    html_text(out, funds_label(f->p, f->t, part->label));
    fprintf(out, "</th><th rowspan=\"%d\" class=\"side\">收入</th><th colspan=\"2\"></th>", income);
    th(out, " colspan=\"2\" class=\"head\"", part->nheads ? part->heads[0] : "全年预算数");
    fputs("</tr>\n<tr>", out);
    char mid_total[256]; /* the mid-term set's total row: 中期资金总额 */
    if (part->mid && form && form->mid_name) snprintf(mid_total, sizeof mid_total, "%s资金总额", form->mid_name);
    th(out, " colspan=\"2\"", part->mid && form && form->mid_name ? mid_total : form && form->total_label ? form->total_label : "资金总额");
    amount_cell(f, " colspan=\"2\"", t->funds.present, t->funds.total);
    fputs("</tr>\n", out);
    for (int i = 0; i < nsources; i++)
        source(f, form->sources[i], find_line(t->funds.sources, t->funds.nsources, form->sources[i]), 0);
    for (int i = 0; i < t->funds.nsources; i++) {
        const FundLine *l = t->funds.sources[i];
        if (l->def) continue;
        Decimal d;
        fputs("<tr>", out);
        th(out, " colspan=\"2\"", l->name);
        bool has = line_amount(l, &d);
        amount_cell(f, " colspan=\"2\"", has, d);
        fputs("</tr>\n", out);
    }
    if (part->nexpense_heads) {
        fprintf(out, "<tr><th rowspan=\"%d\" class=\"side\">支出</th><th colspan=\"2\"></th>", spending);
        if (part->nexpense_heads == 2) {
            th(out, " class=\"head\"", part->expense_heads[0]);
            th(out, " class=\"head\"", part->expense_heads[1]);
        } else {
            th(out, " colspan=\"2\" class=\"head\"", part->expense_heads[0]);
        }
        fputs("</tr>\n", out);
        for (int i = 0; i < t->nexpenses; i++) expense(f, t->expenses[i], 0, part->nexpense_heads);
    }
    fputs("</tbody>\n</table>\n", out);
}

static void column_cell(FundsOut *f, const LayoutCell *c, bool right) {
    th(f->out, right ? " class=\"right\"" : "", c ? c->label : NULL);
    if (!c || (!c->is_total && !c->source && !c->nfields)) {
        fputs("<td class=\"num\"></td>", f->out);
        return;
    }
    if (c->is_total) {
        amount_cell(f, "", f->t->funds.present, f->t->funds.total);
    } else if (c->source) {
        Decimal d;
        const FundLine *l = find_named(f->t->funds.sources, f->t->funds.nsources, c->source);
        bool has = line_amount(l, &d);
        amount_cell(f, "", has, d);
    } else {
        fputs("<td class=\"num\">", f->out);
        html_text(f->out, table_field_text(f->p, f->t, c->fields[0]));
        fputs("</td>", f->out);
    }
}

static void two_columns(FundsOut *f, const LayoutPart *part) {
    FILE *out = f->out;
    int rows = part->nleft > part->nright ? part->nleft : part->nright;
    fputs("<table class=\"grid funds two\">\n<colgroup><col class=\"section\"><col class=\"llabel\"><col class=\"lamount\">"
          "<col class=\"rlabel\"><col class=\"ramount\"></colgroup>\n<tbody>\n",
          out);
    for (int r = 0; r < rows; r++) {
        fputs("<tr>", out);
        if (r == 0) {
            fprintf(out, "<th rowspan=\"%d\" class=\"section\">", rows);
            html_text(out, funds_label(f->p, f->t, part->label));
            fputs("</th>", out);
        }
        column_cell(f, r < part->nleft ? &part->left[r] : NULL, false);
        column_cell(f, r < part->nright ? &part->right[r] : NULL, true);
        fputs("</tr>\n", out);
    }
    fputs("</tbody>\n</table>\n", out);
}

void html_funds(FILE *out, Program *p, const Table *t, const LayoutPart *part, bool thousands) {
    FundsOut f = {out, p, t, thousands};
    if (part->nleft || part->nright) two_columns(&f, part);
    else stacked(&f, part);
}
