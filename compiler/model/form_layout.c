/* The printed layout of a form, which every form-shaped output (HTML, and the workbook) follows:
 * the form's own 版式 (read by the checker, check_layout.c), or, for a form without one, a
 * layout made from its fields in the order of the Ministry's forms. */
#include <string.h>
#include "model/model.h"

const char *table_field_text(Program *p, const Table *t, const char *name) {
    if (strcmp(name, "年度") == 0) return t->has_year ? arena_printf(p->arena, "%d", t->year) : NULL;
    if (strcmp(name, "金额单位") == 0) return t->money_unit;
    const Field *f = table_field(t, name);
    return f ? f->text : NULL;
}

const char *funds_label(Program *p, const Table *t, const char *label) {
    const Form *f = t->form;
    if (!label || !f || !f->money_unit || !t->money_unit || strcmp(f->money_unit, t->money_unit) == 0) return label;
    static const char *const brackets[][2] = {{"（", "）"}, {"(", ")"}};
    for (size_t k = 0; k < sizeof brackets / sizeof brackets[0]; k++) {
        const char *open = brackets[k][0], *close = brackets[k][1];
        const char *inner = arena_printf(p->arena, "%s%s%s", open, f->money_unit, close);
        const char *at = strstr(label, inner);
        if (at)
            return arena_printf(p->arena, "%.*s%s%s%s%s", (int)(at - label), label, open, t->money_unit, close,
                                at + strlen(inner));
    }
    return label;
}

/* ---- what a cell prints, and reading it back ------------------------------------------------ */

/* "字段：" at the start of a line of a labelled cell: which of the cell's fields, or -1. */
static int labelled_field(const LayoutCell *c, const char *line) {
    for (int i = 0; i < c->nfields; i++) {
        size_t n = strlen(c->fields[i]);
        if (strncmp(line, c->fields[i], n) == 0 && strncmp(line + n, "：", 3) == 0) return i;
    }
    return -1;
}

const char *layout_cell_text(Program *p, const Table *t, const LayoutCell *c) {
    if (c->is_name) return t->name;
    const char *joined = NULL;
    bool plain = true, gap = false;
    for (int i = 0; i < c->nfields; i++) {
        const char *v = table_field_text(p, t, c->fields[i]);
        if (!v || !*v) {
            gap = true;
            continue;
        }
        /* read back by splitting at the blanks, the last field taking the rest */
        if (gap || (i < c->nfields - 1 && strpbrk(v, " \n")) || (c->nfields > 1 && !joined && labelled_field(c, v) >= 0)) plain = false;
        joined = joined ? arena_printf(p->arena, "%s %s", joined, v) : v;
    }
    if (plain || c->nfields < 2) return joined;
    joined = NULL;
    for (int i = 0; i < c->nfields; i++) {
        const char *v = table_field_text(p, t, c->fields[i]);
        if (!v || !*v) continue;
        const char *line = arena_printf(p->arena, "%s：%s", c->fields[i], v);
        joined = joined ? arena_printf(p->arena, "%s\n%s", joined, line) : line;
    }
    return joined;
}

void layout_cell_split(Arena *a, const LayoutCell *c, const char *text, const char **values) {
    for (int i = 0; i < c->nfields; i++) values[i] = NULL;
    if (!text || c->nfields == 0) return;
    if (c->nfields > 1 && labelled_field(c, text) >= 0) {
        /* a line a field, after its name; a line without one continues the field before */
        int cur = -1;
        for (const char *line = text; line;) {
            const char *nl = strchr(line, '\n');
            size_t n = nl ? (size_t)(nl - line) : strlen(line);
            const char *l = arena_strndup(a, line, n);
            int k = labelled_field(c, l);
            if (k >= 0) values[cur = k] = l + strlen(c->fields[k]) + 3;
            else if (cur >= 0) values[cur] = arena_printf(a, "%s\n%s", values[cur], l);
            line = nl ? nl + 1 : NULL;
        }
        return;
    }
    const char *rest = text;
    for (int i = 0; i < c->nfields && rest; i++) {
        const char *sp = i < c->nfields - 1 ? strchr(rest, ' ') : NULL;
        values[i] = sp ? arena_strndup(a, rest, (size_t)(sp - rest)) : rest;
        rest = sp ? sp + 1 : NULL;
    }
}

/* ---- the fields no cell prints ------------------------------------------------------------ */

static bool cells_print(const LayoutCell *cells, int n, const char *name) {
    for (int i = 0; i < n; i++)
        for (int k = 0; k < cells[i].nfields; k++)
            if (strcmp(cells[i].fields[k], name) == 0) return true;
    return false;
}

static bool layout_prints(const FormLayout *L, const char *name) {
    for (int i = 0; i < L->nparts; i++) {
        const LayoutPart *part = &L->parts[i];
        if (cells_print(part->cells, part->ncells, name) || cells_print(part->left, part->nleft, name) ||
            cells_print(part->right, part->nright, name))
            return true;
    }
    return false;
}

int layout_other_fields(Program *p, const Table *t, const FormLayout *L, Field ***out) {
    Field **v = arena_alloc(p->arena, sizeof *v * (size_t)(t->nfields + 1));
    int n = 0;
    for (int k = 0; k < t->nfields; k++)
        if (!t->fields[k].def || !layout_prints(L, t->fields[k].name)) v[n++] = &t->fields[k];
    *out = v;
    return n;
}

int layout_others_part(const FormLayout *L) {
    for (int i = 0; i < L->nparts; i++)
        if (L->parts[i].kind != LP_ROW) return i;
    return L->nparts;
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
const FormLayout *form_layout(Program *p, const Form *f) {
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

/* ---- the rows of the indicator table ----------------------------------------------------- */

static LayoutRun *run(IndicatorRows *r, PtrVec *v, const char *name) {
    LayoutRun *x = arena_alloc(r->arena, sizeof *x);
    x->name = name;
    x->first = r->rows.len;
    ptrvec_push(r->arena, v, x);
    return x;
}

static bool same(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

/* The names, in order of first appearance, of path[level] among the indicators `ids` that
 * match `prefix` (path[0..level-1]). */
static void names_at(IndicatorRows *r, const Table *t, const char **prefix, int level, PtrVec *out) {
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
        if (!seen) ptrvec_push(r->arena, out, (void *)name);
    }
}

static void add_names(IndicatorRows *r, PtrVec *to, const PtrVec *from) {
    for (int i = 0; i < from->len; i++) {
        bool seen = false;
        for (int k = 0; k < to->len; k++)
            if (strcmp(to->items[k], from->items[i]) == 0) seen = true;
        if (!seen) ptrvec_push(r->arena, to, from->items[i]);
    }
}

/* The rows of one 二级: grouped by 重点工作 (in order of first appearance), then source order. */
static void sub_rows(IndicatorRows *r, const Table *t, const char *top, const char *sub, bool key_work) {
    const char *prefix[3] = {top, sub, NULL};
    PtrVec keys = {0};
    if (key_work) names_at(r, t, prefix, 2, &keys);
    else ptrvec_push(r->arena, &keys, (void *)"");
    for (int k = 0; k < keys.len; k++) {
        const char *key = keys.items[k];
        LayoutRun *kr = key_work ? run(r, &r->keys, key) : NULL;
        for (int i = 0; i < t->nindicators; i++) {
            const Indicator *ind = t->indicators[i];
            if (!same(ind->path[0], top) || !same(ind->path[1], sub)) continue;
            if (key_work && strcmp(ind->depth == 4 ? ind->path[2] : "", key) != 0) continue;
            ptrvec_push(r->arena, &r->rows, (void *)ind);
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

void indicator_rows(Arena *a, const Table *t, bool every_sub, IndicatorRows *r) {
    memset(r, 0, sizeof *r);
    r->arena = a;
    if (t->nindicators == 0) return;
    const Framework *f = t->framework;
    PtrVec tops = {0}, found = {0};
    for (int i = 0; f && i < f->ntops; i++) ptrvec_push(r->arena, &tops, (void *)f->tops[i].name);
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
            for (int k = 0; k < def->nsubs; k++) ptrvec_push(r->arena, &subs, (void *)def->subs[k].name);
        add_names(r, &subs, &used);
        if (!every_sub && used.len == 0) continue;
        LayoutRun *tr = run(r, &r->tops, top);
        ptrvec_push(r->arena, &r->top_key, key_work ? (void *)1 : NULL);
        if (subs.len == 0) ptrvec_push(r->arena, &subs, (void *)"");
        for (int k = 0; k < subs.len; k++) {
            LayoutRun *sr = run(r, &r->subs, subs.items[k]);
            sub_rows(r, t, top, subs.items[k], key_work);
            if (r->rows.len == sr->first) { /* an empty 二级: one blank row */
                if (key_work) run(r, &r->keys, "")->n = 1;
                ptrvec_push(r->arena, &r->rows, NULL);
            }
            sr->n = r->rows.len - sr->first;
        }
        tr->n = r->rows.len - tr->first;
    }
}

bool column_filled(Indicator *const *inds, int n, int k) {
    for (int i = 0; i < n; i++)
        if (inds[i]->cols && inds[i]->cols[k].text) return true;
    return false;
}

bool table_column_filled(const Table *t, int k) { return column_filled(t->indicators, t->nindicators, k) || column_filled(t->mid, t->nmid, k); }

Table table_mid_view(const Table *t) {
    Table m = *t;
    m.funds = t->mid_funds;
    m.indicators = t->mid;
    m.nindicators = t->nmid;
    m.indicators_node = t->mid_node;
    return m;
}

const LayoutRun *run_starting(const PtrVec *runs, int row) {
    for (int i = 0; i < runs->len; i++) {
        const LayoutRun *x = runs->items[i];
        if (x->first == row && x->n > 0) return x;
    }
    return NULL;
}

