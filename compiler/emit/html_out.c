/* HTML output basics: escaping, amounts, the page frame, and the fallback layout of a form
 * that declares no 版式. */
#include <string.h>
#include "check/check.h"
#include "emit/html_out.h"
#include "base/version.h"

void html_text(FILE *out, const char *s) {
    if (!s) return;
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputc(*s, out);
        }
    }
}

const char *html_amount(Program *p, Decimal d, bool thousands) {
    char buf[DECIMAL_STR_MAX], out[DECIMAL_STR_MAX * 2];
    decimal_format(d, buf);
    if (!thousands) return arena_strdup(p->arena, buf);
    decimal_group_thousands(buf, out);
    return arena_strdup(p->arena, out);
}

const char *html_field(Program *p, const Table *t, const char *name) {
    if (strcmp(name, "年度") == 0) return t->has_year ? arena_printf(p->arena, "%d", t->year) : NULL;
    if (strcmp(name, "金额单位") == 0) return t->money_unit;
    const Field *f = table_field(t, name);
    return f ? f->text : NULL;
}

/* ---- the layout of a form without 版式 ------------------------------------------------------- */

static bool is_goal(const Form *f, const char *name) {
    for (int i = 0; i < f->ngoals; i++)
        if (strcmp(f->goal_fields[i], name) == 0) return true;
    return false;
}

static LayoutCell field_cell(Program *p, const char *name) {
    LayoutCell c = {0};
    c.label = name;
    c.weight = 1;
    c.fields = arena_alloc(p->arena, sizeof *c.fields);
    c.fields[0] = name;
    c.nfields = 1;
    return c;
}

/* The name, then the fields two to a row (text fields a row each), the funds, the goals a row
 * each, the indicators: the order of the Ministry's forms. */
const FormLayout *html_layout(Program *p, const Form *f) {
    if (f && f->layout) return f->layout;
    FormLayout *L = arena_alloc(p->arena, sizeof *L);
    L->subtitle = "{年度}年度";
    L->name_label = f && f->object == FORM_DEPARTMENT ? "单位名称" : "项目名称";
    L->every_sub = false;
    int nfields = f ? f->nfields : 0;
    L->parts = arena_alloc(p->arena, sizeof *L->parts * (size_t)(nfields + 4));
    LayoutPart *part = &L->parts[L->nparts++];
    part->kind = LP_ROW;
    part->cells = arena_alloc(p->arena, sizeof *part->cells);
    part->cells[0].label = L->name_label;
    part->cells[0].is_name = true;
    part->cells[0].weight = 1;
    part->ncells = 1;
    LayoutPart *pair = NULL;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) { /* funds between the fields and the goals */
            part = &L->parts[L->nparts++];
            part->kind = LP_FUNDS;
            part->label = arena_printf(p->arena, "资金（%s）", f && f->money_unit ? f->money_unit : "万元");
            part->heads = arena_alloc(p->arena, sizeof(char *));
            part->heads[0] = "全年预算数";
            part->nheads = 1;
            bool half = f && f->has_half;
            part->expense_heads = arena_alloc(p->arena, sizeof(char *) * 2);
            part->expense_heads[0] = half ? "半年计划执行数" : "全年预算数";
            part->expense_heads[1] = "全年预算数";
            part->nexpense_heads = half ? 2 : 1;
            pair = NULL;
        }
        for (int i = 0; i < nfields; i++) {
            const FieldDef *fd = &f->fields[i];
            if (is_goal(f, fd->name) != (pass == 1)) continue;
            bool wide = fd->type == FT_TEXT || pass == 1;
            if (!wide && pair && pair->ncells == 1) {
                pair->cells[1] = field_cell(p, fd->name);
                pair->ncells = 2;
                pair = NULL;
                continue;
            }
            part = &L->parts[L->nparts++];
            part->kind = LP_ROW;
            part->cells = arena_alloc(p->arena, sizeof *part->cells * 2);
            part->cells[0] = field_cell(p, fd->name);
            part->ncells = 1;
            pair = wide ? NULL : part;
        }
    }
    part = &L->parts[L->nparts++];
    part->kind = LP_INDICATORS;
    part->heads = arena_alloc(p->arena, sizeof(char *) * 2);
    bool half = f && f->has_half;
    part->heads[0] = half ? "半年指标值" : "年度指标值";
    part->heads[1] = "全年指标值";
    part->nheads = half ? 2 : 1;
    return L;
}

/* ---- the page ------------------------------------------------------------------------------- */

void html_page_start(FILE *out, const char *title) {
    fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          /* The page needs nothing from outside and runs nothing: the policy says so to the
           * browser, which then refuses any script or outside file that got in anyway. */
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
          "<meta name=\"generator\" content=\"jxc " JX_VERSION "\">\n<title>",
          out);
    html_text(out, title);
    fputs("</title>\n<style>\n", out);
    fputs(html_style, out);
    fputs("</style>\n</head>\n<body>\n", out);
}

void html_page_end(FILE *out) { fputs("</body>\n</html>\n", out); }
