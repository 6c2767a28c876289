/* A form's 版式 block: the printed layout that the HTML output follows (model.h FormLayout,
 * docs/stdlib.md). Read after the rest of the form, so that its cells can be checked against
 * the form's fields and funding sources whatever the order of the form's items.
 *
 *   版式 {
 *       副标题 "{年度}年度"                        the line under the title
 *       名称 项目名称                              the label of the table's own name
 *       合并 "项目负责人/联系电话" 项目负责人 联系电话  one printed cell for several fields
 *       标签 主要职能 单位主要职能                  a field printed under another label
 *       千分位 是                                  amounts as 670,000.00
 *       空二级 是                                  every 二级 of the framework gets a row
 *       行 项目名称 主管部门                        a row of label/value cells
 *       行 项目名称 项目性质 项目类别 { 宽 2 1 1 }  …whose values share the width 2:1:1
 *       资金 "项目资金（万元）" { 收入 HEAD; 支出 HEAD HEAD }     funds, income over expenses
 *       资金 "项目资金（元）" { 左 LABEL FIELD; 右 LABEL 总额|SOURCE }  funds in two columns
 *       并列 项目绩效目标 项目总目标 年度总体目标     fields side by side under a label
 *       指标 { 标签 绩效指标; 列 HEAD… }           the indicator table
 *   }
 */
#include <string.h>
#include "check/check.h"

static const char *const layout_keys[] = {"副标题", "名称", "合并", "标签", "千分位", "空二级", "行", "资金", "并列", "指标"};
static const char *const funds_keys[] = {"收入", "支出", "左", "右", "期"};
static const char *const indicator_keys[] = {"标签", "列", "期"};


typedef struct Merge {
    const char *label;
    const char **fields;
    int nfields;
} Merge;

typedef struct LayoutReader {
    Program *p;
    Form *f;
    FormLayout *L;
    PtrVec merges;  /* Merge* */
    PtrVec labels;  /* pairs: field, label */
} LayoutReader;

static const char *word(LayoutReader *r, Node *it, int i) { return i < it->nvalues ? value_text(r->p, it->values[i]) : NULL; }

static void bad_value(LayoutReader *r, Node *it, Span where, const char *expected) {
    diag_at(r->p->diags, E0317, where, it->name, expected, NULL);
}

static void unknown_key(LayoutReader *r, Node *it, const char *const *keys, int n) {
    Diag *d = diag_at(r->p->diags, E0318, it->name_span, it->name, NULL);
    help_did_you_mean(r->p, d, it->name, keys, n);
}

static void arity(LayoutReader *r, Node *it, const char *needed) {
    diag_at(r->p->diags, E0330, it->name_span, it->name, needed, arena_printf(r->p->arena, "%d", it->nvalues), NULL);
}

static bool yes_no(LayoutReader *r, Node *it) {
    const char *w = word(r, it, 0);
    if (w && (strcmp(w, "是") == 0 || strcmp(w, "否") == 0)) return strcmp(w, "是") == 0;
    bad_value(r, it, it->nvalues ? it->values[0]->span : it->name_span, "是 | 否");
    return false;
}

static const FieldDef *form_field(const Form *f, const char *name) {
    for (int i = 0; i < f->nfields; i++)
        if (strcmp(f->fields[i].name, name) == 0) return &f->fields[i];
    return NULL;
}

static bool form_source(const SourceDef *const *defs, int n, const char *name) {
    for (int i = 0; i < n; i++) {
        if (strcmp(defs[i]->name, name) == 0) return true;
        if (form_source((const SourceDef *const *)defs[i]->children, defs[i]->nchildren, name)) return true;
    }
    return false;
}

/* Reports a cell that names no field, with the closest field, merged cell or name label. */
static void unknown_cell(LayoutReader *r, Value *v, const char *text) {
    PtrVec cands = {0};
    for (int i = 0; i < r->f->nfields; i++) ptrvec_push(r->p->arena, &cands, (void *)r->f->fields[i].name);
    for (int i = 0; i < r->merges.len; i++) ptrvec_push(r->p->arena, &cands, (void *)((Merge *)r->merges.items[i])->label);
    if (r->L->name_label) ptrvec_push(r->p->arena, &cands, (void *)r->L->name_label);
    Diag *d = diag_at(r->p->diags, E0302, v->span, text, r->f->name, NULL);
    help_did_you_mean(r->p, d, text, (const char *const *)cands.items, cands.len);
}

static const char *label_of(LayoutReader *r, const char *field) {
    for (int i = 0; i + 1 < r->labels.len; i += 2)
        if (strcmp(r->labels.items[i], field) == 0) return r->labels.items[i + 1];
    return field;
}

/* A cell of a row: the name, a merged cell, or a field (年度 and 金额单位 are every table's). */
static bool read_cell(LayoutReader *r, Value *v, LayoutCell *c) {
    const char *w = value_text(r->p, v);
    memset(c, 0, sizeof *c);
    if (r->L->name_label && strcmp(w, r->L->name_label) == 0) {
        c->label = w;
        c->is_name = true;
        return true;
    }
    for (int i = 0; i < r->merges.len; i++) {
        Merge *m = r->merges.items[i];
        if (strcmp(m->label, w) == 0) {
            c->label = m->label;
            c->fields = m->fields;
            c->nfields = m->nfields;
            return true;
        }
    }
    if (form_field(r->f, w) || strcmp(w, "年度") == 0 || strcmp(w, "金额单位") == 0) {
        c->label = label_of(r, w);
        c->fields = arena_alloc(r->p->arena, sizeof *c->fields);
        c->fields[0] = w;
        c->nfields = 1;
        return true;
    }
    unknown_cell(r, v, w);
    return false;
}

static LayoutCell *read_cells(LayoutReader *r, Node *it, int from, int *n) {
    LayoutCell *cells = arena_alloc(r->p->arena, sizeof *cells * (size_t)(it->nvalues + 1));
    *n = 0;
    for (int i = from; i < it->nvalues; i++)
        if (read_cell(r, it->values[i], &cells[*n])) (*n)++;
    return cells;
}

static const char **words_from(LayoutReader *r, Node *it, int from, int *n) {
    const char **out = arena_alloc(r->p->arena, sizeof *out * (size_t)(it->nvalues + 1));
    *n = 0;
    for (int i = from; i < it->nvalues; i++) out[(*n)++] = word(r, it, i);
    return out;
}

/* 左 LABEL FIELD: a row of the left column (no values: an empty row). */
static void read_left(LayoutReader *r, Node *it, LayoutPart *part, PtrVec *rows) {
    LayoutCell *c = arena_alloc(r->p->arena, sizeof *c);
    if (it->nvalues >= 2) {
        c->label = word(r, it, 0);
        const char *field = word(r, it, 1);
        if (!form_field(r->f, field)) unknown_cell(r, it->values[1], field);
        c->fields = arena_alloc(r->p->arena, sizeof *c->fields);
        c->fields[0] = field;
        c->nfields = 1;
    } else if (it->nvalues == 1) {
        arity(r, it, "0 | 2");
    }
    ptrvec_push(r->p->arena, rows, c);
    (void)part;
}

/* 右 LABEL 总额|SOURCE: a row of the right column, the total or a funding source. */
static void read_right(LayoutReader *r, Node *it, PtrVec *rows) {
    LayoutCell *c = arena_alloc(r->p->arena, sizeof *c);
    if (it->nvalues == 2) {
        c->label = word(r, it, 0);
        const char *what = word(r, it, 1);
        if (strcmp(what, "总额") == 0) c->is_total = true;
        else if (form_source((const SourceDef *const *)r->f->sources, r->f->nsources, what)) c->source = what;
        else bad_value(r, it, it->values[1]->span, "总额 | 资金来源");
    } else if (it->nvalues) {
        arity(r, it, "0 | 2");
    }
    ptrvec_push(r->p->arena, rows, c);
}

/* 期 中期: the part prints the form's mid-term set (its 中期 NAME), not the year's (年度). */
static void read_set(LayoutReader *r, Node *c, LayoutPart *part) {
    const char *w = c->nvalues == 1 ? word(r, c, 0) : NULL;
    if (w && r->f->mid_name && strcmp(w, r->f->mid_name) == 0) part->mid = true;
    else if (!w || strcmp(w, "年度") != 0)
        bad_value(r, c, c->nvalues ? c->values[0]->span : c->name_span,
                  r->f->mid_name ? arena_printf(r->p->arena, "%s | 年度", r->f->mid_name) : "年度");
}

static void read_funds(LayoutReader *r, Node *it, LayoutPart *part) {
    part->label = word(r, it, 0);
    PtrVec left = {0}, right = {0};
    for (Node *c = it->children; c; c = c->next) {
        if (!c->name) continue;
        if (strcmp(c->name, "收入") == 0) part->heads = words_from(r, c, 0, &part->nheads);
        else if (strcmp(c->name, "支出") == 0) part->expense_heads = words_from(r, c, 0, &part->nexpense_heads);
        else if (strcmp(c->name, "左") == 0) read_left(r, c, part, &left);
        else if (strcmp(c->name, "右") == 0) read_right(r, c, &right);
        else if (strcmp(c->name, "期") == 0) read_set(r, c, part);
        else unknown_key(r, c, funds_keys, (int)(sizeof funds_keys / sizeof funds_keys[0]));
    }
    for (Node *c = it->children; c; c = c->next)
        if (c->name && strcmp(c->name, "支出") == 0 && c->nvalues != (r->f->has_half ? 2 : 1)) {
            arity(r, c, r->f->has_half ? "2" : "1");
            part->nexpense_heads = 0;
        }
    part->left = arena_alloc(r->p->arena, sizeof *part->left * (size_t)(left.len + 1));
    part->right = arena_alloc(r->p->arena, sizeof *part->right * (size_t)(right.len + 1));
    for (int i = 0; i < left.len; i++) part->left[part->nleft++] = *(LayoutCell *)left.items[i];
    for (int i = 0; i < right.len; i++) part->right[part->nright++] = *(LayoutCell *)right.items[i];
}

/* 行 A B C { 宽 2 1 1 }: the shares of the row's width that the cells' values take. */
static void read_widths(LayoutReader *r, Node *it, LayoutPart *part) {
    for (int i = 0; i < part->ncells; i++) part->cells[i].weight = 1;
    for (Node *c = it->children; c; c = c->next) {
        if (!c->name) continue;
        if (strcmp(c->name, "宽") != 0) {
            static const char *const keys[] = {"宽"};
            unknown_key(r, c, keys, 1);
            continue;
        }
        if (c->nvalues != part->ncells) {
            arity(r, c, arena_printf(r->p->arena, "%d", part->ncells));
            continue;
        }
        for (int i = 0; i < c->nvalues; i++) {
            const char *w = word(r, c, i);
            int n = 0;
            for (const char *d = w; *d && n < 100; d++) n = *d >= '0' && *d <= '9' ? n * 10 + (*d - '0') : 100;
            if (n < 1 || n > 12) {
                bad_value(r, c, c->values[i]->span, "1–12");
                continue;
            }
            part->cells[i].weight = n;
        }
    }
}

static void read_indicators(LayoutReader *r, Node *it, LayoutPart *part) {
    for (Node *c = it->children; c; c = c->next) {
        if (!c->name) continue;
        if (strcmp(c->name, "标签") == 0) part->label = word(r, c, 0);
        else if (strcmp(c->name, "期") == 0) read_set(r, c, part);
        else if (strcmp(c->name, "列") == 0) {
            part->heads = words_from(r, c, 0, &part->nheads);
            if (part->nheads != (r->f->has_half ? 2 : 1)) {
                arity(r, c, r->f->has_half ? "2" : "1");
                part->nheads = 0;
            }
        } else unknown_key(r, c, indicator_keys, (int)(sizeof indicator_keys / sizeof indicator_keys[0]));
    }
}

void check_form_layout(Program *p, Form *f, Node *block) {
    LayoutReader r = {p, f, arena_alloc(p->arena, sizeof(FormLayout)), {0}, {0}};
    FormLayout *L = r.L;
    L->decl = block->name_span;
    /* The declarations that cells refer to come first, wherever they are written. */
    for (Node *it = block->children; it; it = it->next) {
        if (!it->name) continue;
        const char *k = it->name;
        if (strcmp(k, "名称") == 0) L->name_label = word(&r, it, 0);
        else if (strcmp(k, "副标题") == 0) L->subtitle = word(&r, it, 0);
        else if (strcmp(k, "千分位") == 0) L->thousands = yes_no(&r, it);
        else if (strcmp(k, "空二级") == 0) L->every_sub = yes_no(&r, it);
        else if (strcmp(k, "合并") == 0) {
            if (it->nvalues < 2) {
                arity(&r, it, "2+");
                continue;
            }
            Merge *m = arena_alloc(p->arena, sizeof *m);
            m->label = word(&r, it, 0);
            m->fields = words_from(&r, it, 1, &m->nfields);
            for (int i = 1; i < it->nvalues; i++)
                if (!form_field(f, m->fields[i - 1])) unknown_cell(&r, it->values[i], m->fields[i - 1]);
            ptrvec_push(p->arena, &r.merges, m);
        } else if (strcmp(k, "标签") == 0) {
            if (it->nvalues != 2) {
                arity(&r, it, "2");
                continue;
            }
            if (!form_field(f, word(&r, it, 0))) unknown_cell(&r, it->values[0], word(&r, it, 0));
            ptrvec_push(p->arena, &r.labels, (void *)word(&r, it, 0));
            ptrvec_push(p->arena, &r.labels, (void *)word(&r, it, 1));
        }
    }
    L->parts = arena_alloc(p->arena, sizeof *L->parts * (size_t)(block->nchildren + 1));
    for (Node *it = block->children; it; it = it->next) {
        if (!it->name) continue;
        const char *k = it->name;
        LayoutPart *part = &L->parts[L->nparts];
        memset(part, 0, sizeof *part);
        part->decl = it->name_span;
        if (strcmp(k, "行") == 0) {
            part->kind = LP_ROW;
            part->cells = read_cells(&r, it, 0, &part->ncells);
            read_widths(&r, it, part);
        } else if (strcmp(k, "资金") == 0) {
            part->kind = LP_FUNDS;
            read_funds(&r, it, part);
        } else if (strcmp(k, "并列") == 0) {
            part->kind = LP_SIDE;
            part->label = word(&r, it, 0);
            part->cells = read_cells(&r, it, 1, &part->ncells);
        } else if (strcmp(k, "指标") == 0) {
            part->kind = LP_INDICATORS;
            read_indicators(&r, it, part);
        } else {
            bool known = false;
            for (int i = 0; i < (int)(sizeof layout_keys / sizeof layout_keys[0]); i++)
                if (strcmp(k, layout_keys[i]) == 0) known = true;
            if (!known) unknown_key(&r, it, layout_keys, (int)(sizeof layout_keys / sizeof layout_keys[0]));
            continue;
        }
        L->nparts++;
    }
    f->layout = L;
}
