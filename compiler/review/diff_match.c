/* Matching two versions: tables by kind, name, 年度 and 实施单位; within a table, fields and
 * fund and expense lines by name (level by level), indicators by their path. Every match is
 * a hash-map lookup, so the diff takes time linear in the size of the two versions (renamed
 * tables aside: compared pairwise, in groups of at most RENAME_CANDIDATES). An
 * indicator that disappeared from one place while one with the same targets appeared under
 * the same parent is reported as renamed. */
#include <stdint.h>
#include <string.h>
#include "model/model.h"
#include "review/diff.h"

typedef struct Ctx {
    DiffResult *r;
    DiffSide *o, *n;
    Arena *a;
    TableDiff *td;
    bool in_yuan;          /* the two versions have different money units: compare in 元 */
    const char *unit;      /* the unit of the figures shown */
} Ctx;

static void *index_ptr(int i) { return (void *)(intptr_t)(i + 1); }
static int ptr_index(void *p) { return (int)(intptr_t)p - 1; }

static const char **path_push(Arena *a, const char **path, int depth, const char *name) {
    const char **p = arena_alloc(a, sizeof *p * (size_t)(depth + 1));
    if (depth) memcpy(p, path, sizeof *p * (size_t)depth);
    p[depth] = name;
    return p;
}

/* ---- amounts -------------------------------------------------------------------------------- */

static bool shown_amount(Ctx *c, const Table *t, Decimal d, Decimal *out) {
    if (!c->in_yuan) {
        *out = d;
        return true;
    }
    return to_yuan(t, d, out);
}

static AmountChange *amount_change(Ctx *c, bool is_expense, const char **path, int depth, const char *column,
                                   bool has_old, Decimal old, bool has_new, Decimal new_) {
    Decimal a = {0, 0}, b = {0, 0};
    if (has_old && !shown_amount(c, c->td->old, old, &a)) has_old = false;
    if (has_new && !shown_amount(c, c->td->new_ ? c->td->new_ : c->td->old, new_, &b)) has_new = false;
    if (has_old && has_new && decimal_cmp(a, b) == 0) return NULL;
    if (!has_old && !has_new) return NULL;
    AmountChange *ch = arena_alloc(c->a, sizeof *ch);
    ch->change = has_old && has_new ? CH_CHANGED : has_new ? CH_ADDED : CH_REMOVED;
    ch->is_expense = is_expense;
    ch->path = path;
    ch->depth = depth;
    ch->column = column;
    ch->has_old = has_old;
    ch->has_new = has_new;
    ch->old = a;
    ch->new_ = b;
    ch->unit = c->unit;
    if (has_old && has_new && decimal_sub(b, a, &ch->delta)) {
        ch->has_delta = true;
        ch->has_pct = decimal_percent(ch->delta, a, 1, &ch->pct);
    }
    ptrvec_push(c->a, &c->td->amounts, ch);
    c->r->n.amounts++;
    return ch;
}

static bool fund_amount(const FundLine *f, Decimal *out) {
    if (f->has_amount) *out = f->amount;
    else if (f->nchildren) *out = f->sum;
    else return false;
    return true;
}

static void diff_fund_lines(Ctx *c, FundLine **a, int na, FundLine **b, int nb, const char **path, int depth) {
    StrMap by_name;
    strmap_init(&by_name, c->a);
    for (int i = 0; i < na; i++)
        if (!strmap_get(&by_name, a[i]->name)) strmap_put(&by_name, a[i]->name, index_ptr(i));
    char *used = na ? arena_alloc(c->a, (size_t)na) : NULL;
    for (int j = 0; j < nb; j++) {
        const char **p = path_push(c->a, path, depth, b[j]->name);
        Decimal vb = {0, 0}, va = {0, 0};  /* passed by value even when absent */
        bool hb = fund_amount(b[j], &vb);
        void *hit = strmap_get(&by_name, b[j]->name);
        int i = hit ? ptr_index(hit) : -1;
        if (i >= 0 && !used[i]) {
            used[i] = 1;
            bool ha = fund_amount(a[i], &va);
            amount_change(c, false, p, depth + 1, NULL, ha, va, hb, vb);
            diff_fund_lines(c, a[i]->children, a[i]->nchildren, b[j]->children, b[j]->nchildren, p, depth + 1);
        } else {
            amount_change(c, false, p, depth + 1, NULL, false, va, hb, vb);
            diff_fund_lines(c, NULL, 0, b[j]->children, b[j]->nchildren, p, depth + 1);
        }
    }
    for (int i = 0; i < na; i++) {
        if (used[i]) continue;
        const char **p = path_push(c->a, path, depth, a[i]->name);
        Decimal va = {0, 0}, none = {0, 0};
        bool ha = fund_amount(a[i], &va);
        amount_change(c, false, p, depth + 1, NULL, ha, va, false, none);
        diff_fund_lines(c, a[i]->children, a[i]->nchildren, NULL, 0, p, depth + 1);
    }
}

static bool expense_amount(const Value *v, Decimal *out) {
    if (!v || !v->number_ok) return false;
    *out = v->number;
    return true;
}

static void expense_columns(Ctx *c, const char **p, int depth, const ExpenseLine *a, const ExpenseLine *b) {
    Decimal va = {0, 0}, vb = {0, 0};
    bool ha = a && expense_amount(a->half, &va), hb = b && expense_amount(b->half, &vb);
    amount_change(c, true, p, depth, "half", ha, va, hb, vb);
    ha = a && expense_amount(a->full, &va);
    hb = b && expense_amount(b->full, &vb);
    amount_change(c, true, p, depth, "full", ha, va, hb, vb);
}

static void diff_expense_lines(Ctx *c, ExpenseLine **a, int na, ExpenseLine **b, int nb, const char **path, int depth) {
    StrMap by_name;
    strmap_init(&by_name, c->a);
    for (int i = 0; i < na; i++)
        if (!strmap_get(&by_name, a[i]->name)) strmap_put(&by_name, a[i]->name, index_ptr(i));
    char *used = na ? arena_alloc(c->a, (size_t)na) : NULL;
    for (int j = 0; j < nb; j++) {
        const char **p = path_push(c->a, path, depth, b[j]->name);
        void *hit = strmap_get(&by_name, b[j]->name);
        int i = hit ? ptr_index(hit) : -1;
        if (i >= 0 && !used[i]) {
            used[i] = 1;
            expense_columns(c, p, depth + 1, a[i], b[j]);
            diff_expense_lines(c, a[i]->children, a[i]->nchildren, b[j]->children, b[j]->nchildren, p, depth + 1);
        } else {
            expense_columns(c, p, depth + 1, NULL, b[j]);
            diff_expense_lines(c, NULL, 0, b[j]->children, b[j]->nchildren, p, depth + 1);
        }
    }
    for (int i = 0; i < na; i++) {
        if (used[i]) continue;
        const char **p = path_push(c->a, path, depth, a[i]->name);
        expense_columns(c, p, depth + 1, a[i], NULL);
        diff_expense_lines(c, a[i]->children, a[i]->nchildren, NULL, 0, p, depth + 1);
    }
}

static void diff_funds(Ctx *c, const Table *o, const Table *n) {
    const char *label = n->form && n->form->total_label ? n->form->total_label : "资金总额";
    const char **p = path_push(c->a, NULL, 0, label);
    AmountChange *t = amount_change(c, false, p, 1, NULL, o->funds.present, o->funds.total, n->funds.present, n->funds.total);
    if (t) {
        t->is_total = true;
        c->td->total = t;
    }
    /* Did the budget grow? Compared in 元, whatever the units; no funds counts as 0. */
    Decimal a = {0, 0}, b = {0, 0};
    if (o->funds.present && !to_yuan(o, o->funds.total, &a)) return;
    if (n->funds.present && !to_yuan(n, n->funds.total, &b)) return;
    c->td->total_grew = decimal_cmp(b, a) > 0;
    diff_fund_lines(c, o->funds.sources, o->funds.nsources, n->funds.sources, n->funds.nsources, NULL, 0);
}

/* The mid-term funds (中央部门项目's 中期): its total and lines under the set's name; the
 * budget-grew warning looks at the year's total only. */
static void diff_mid_funds(Ctx *c, const Table *o, const Table *n) {
    if (!o->mid_funds.present && !n->mid_funds.present) return;
    const char *set = n->form && n->form->mid_name ? n->form->mid_name : "中期";
    const char **p = path_push(c->a, NULL, 0, arena_printf(c->a, "%s资金总额", set));
    amount_change(c, false, p, 1, NULL, o->mid_funds.present, o->mid_funds.total, n->mid_funds.present, n->mid_funds.total);
    const char **parent = path_push(c->a, NULL, 0, set);
    diff_fund_lines(c, o->mid_funds.sources, o->mid_funds.nsources, n->mid_funds.sources, n->mid_funds.nsources, parent, 1);
}

/* ---- fields ---------------------------------------------------------------------------------- */

static void field_change(Ctx *c, ChangeKind k, const char *name, const char *old, const char *new_) {
    FieldChange *f = arena_alloc(c->a, sizeof *f);
    f->change = k;
    f->name = name;
    f->old = old;
    f->new_ = new_;
    ptrvec_push(c->a, &c->td->fields, f);
    c->r->n.fields++;
}

static void diff_fields(Ctx *c, const Table *o, const Table *n) {
    const char *fo = o->form ? o->form->name : "", *fn = n->form ? n->form->name : "";
    if (strcmp(fo, fn) != 0) field_change(c, CH_CHANGED, "表式", fo, fn);
    if (strcmp(o->money_unit ? o->money_unit : "", n->money_unit ? n->money_unit : "") != 0)
        field_change(c, CH_CHANGED, "金额单位", o->money_unit, n->money_unit);
    StrMap by_name;
    strmap_init(&by_name, c->a);
    for (int i = 0; i < o->nfields; i++) strmap_put(&by_name, o->fields[i].name, (void *)&o->fields[i]);
    StrMap seen;
    strmap_init(&seen, c->a);
    for (int j = 0; j < n->nfields; j++) {
        const Field *b = &n->fields[j];
        const Field *a = strmap_get(&by_name, b->name);
        strmap_put(&seen, b->name, (void *)b);
        if (!a) field_change(c, CH_ADDED, b->name, NULL, b->text);
        else if (strcmp(a->text ? a->text : "", b->text ? b->text : "") != 0) field_change(c, CH_CHANGED, b->name, a->text, b->text);
    }
    for (int i = 0; i < o->nfields; i++)
        if (!strmap_get(&seen, o->fields[i].name)) field_change(c, CH_REMOVED, o->fields[i].name, o->fields[i].text, NULL);
}

/* ---- indicators ------------------------------------------------------------------------------ */

static const char *ind_key(Arena *a, const Indicator *ind, int depth) {
    size_t len = 1;
    for (int i = 0; i < depth; i++) len += strlen(ind->path[i]) + 1;
    char *k = arena_alloc(a, len), *p = k;
    for (int i = 0; i < depth; i++) {
        size_t n = strlen(ind->path[i]);
        memcpy(p, ind->path[i], n);
        p += n;
        if (i + 1 < depth) *p++ = '\x1f';
    }
    *p = 0;
    return k;
}

/* The targets of an indicator as text, for pairing a renamed one. */
static const char *targets_key(Ctx *c, DiffSide *s, const Indicator *ind) {
    const char *h = value_display(c->a, s->p, ind->half), *f = value_display(c->a, s->p, ind->full);
    const char *note = ind->note ? ind->note->text : NULL;
    return arena_printf(c->a, "%s\x1e%s\x1e%s\x1e%s", ind_key(c->a, ind, ind->depth - 1), h ? h : "", f ? f : "", note ? note : "");
}

static void count_target(Ctx *c, const TargetChange *t) {
    switch (t->cls) {
    case TC_TIGHTENED: c->td->tightened++; c->r->n.tightened++; break;
    case TC_LOOSENED:
        c->td->loosened++;
        c->r->n.loosened++;
        /* The loosenings a budget's warning names: what was dropped or made unmeasurable. */
        if (!strcmp(t->reason, "indicator_removed") || !strcmp(t->reason, "value_removed")) c->td->loosened_removed++;
        else if (!strcmp(t->reason, "replaced_by_level")) c->td->loosened_to_level++;
        else if (!strcmp(t->reason, "replaced_by_text")) c->td->loosened_to_text++;
        break;
    case TC_CHANGED: c->td->changed_targets++; c->r->n.changed++; break;
    case TC_SAME: break;
    }
}

/* The text of an indicator's cell in the column `name` of its table's form, or NULL. */
static const char *cell_text(const Table *t, const Indicator *ind, const char *name) {
    for (int k = 0; t && t->form && ind->cols && k < t->form->ncolumns; k++)
        if (strcmp(t->form->columns[k].name, name) == 0) return ind->cols[k].text;
    return NULL;
}

/* The 指标列 cells that differ, by column name: the new form's columns, then the old's others. */
static void cell_changes(Ctx *c, const Indicator *a, const Indicator *b, IndicatorChange *ic) {
    const Table *to = c->td->old, *tn = c->td->new_;
    const Form *forms[2] = {tn ? tn->form : NULL, to ? to->form : NULL};
    int cap = (forms[0] ? forms[0]->ncolumns : 0) + (forms[1] ? forms[1]->ncolumns : 0);
    if (!cap || (!a->cols && !b->cols)) return;
    ic->cell_names = arena_alloc(c->a, sizeof *ic->cell_names * (size_t)cap);
    ic->cell_old = arena_alloc(c->a, sizeof *ic->cell_old * (size_t)cap);
    ic->cell_new = arena_alloc(c->a, sizeof *ic->cell_new * (size_t)cap);
    for (int f = 0; f < 2; f++) {
        for (int k = 0; forms[f] && k < forms[f]->ncolumns; k++) {
            const char *name = forms[f]->columns[k].name;
            bool done = false;
            for (int i = 0; f == 1 && forms[0] && i < forms[0]->ncolumns && !done; i++) done = strcmp(forms[0]->columns[i].name, name) == 0;
            if (done) continue;
            const char *o = cell_text(to, a, name), *n = cell_text(tn, b, name);
            if ((!o && !n) || (o && n && strcmp(o, n) == 0)) continue;
            ic->cell_names[ic->ncells] = name;
            ic->cell_old[ic->ncells] = o;
            ic->cell_new[ic->ncells++] = n;
        }
    }
}

static IndicatorChange *compare_indicator(Ctx *c, const Indicator *a, const Indicator *b) {
    IndicatorChange ic = {.change = CH_CHANGED, .old = a, .new_ = b};
    ic.two_columns = a->half || b->half;
    TargetChange t;
    diff_target(c->o, a->half, c->n, b->half, &t);
    if (t.cls != TC_SAME) {
        t.column = "half";
        ic.targets[ic.ntargets++] = t;
    }
    diff_target(c->o, a->full, c->n, b->full, &t);
    if (t.cls != TC_SAME) {
        t.column = "full";
        ic.targets[ic.ntargets++] = t;
    }
    const char *na = a->note ? a->note->text : NULL, *nb = b->note ? b->note->text : NULL;
    ic.note_changed = (na || nb) && !(na && nb && strcmp(na, nb) == 0);
    cell_changes(c, a, b, &ic);
    if (!ic.ntargets && !ic.note_changed && !ic.ncells) return NULL;
    IndicatorChange *out = arena_alloc(c->a, sizeof *out);
    *out = ic;
    for (int i = 0; i < out->ntargets; i++) count_target(c, &out->targets[i]);
    return out;
}

static IndicatorChange *one_sided(Ctx *c, ChangeKind k, const Indicator *ind) {
    IndicatorChange *ic = arena_alloc(c->a, sizeof *ic);
    ic->change = k;
    if (k == CH_ADDED) ic->new_ = ind;
    else ic->old = ind;
    ic->two_columns = ind->half != NULL;
    DiffSide *s = k == CH_ADDED ? c->n : c->o;
    const Value *cols[2] = {ind->half, ind->full};
    const char *names[2] = {"half", "full"};
    for (int i = 0; i < 2; i++) {
        if (!cols[i]) continue;
        TargetChange *t = &ic->targets[ic->ntargets++];
        t->column = names[i];
        t->cls = TC_SAME;
        if (k == CH_ADDED) { t->new_ = cols[i]; t->new_text = value_display(c->a, s->p, cols[i]); }
        else {
            /* A deleted indicator takes its targets with it: each is 放宽. */
            t->old = cols[i];
            t->old_text = value_display(c->a, s->p, cols[i]);
            t->cls = TC_LOOSENED;
            t->reason = "indicator_removed";
            count_target(c, t);
        }
    }
    return ic;
}

static void diff_indicators(Ctx *c, const Table *o, const Table *n) {
    int no = o->nindicators, nn = n->nindicators;
    StrMap old_at;
    strmap_init(&old_at, c->a);
    for (int i = 0; i < no; i++) strmap_put(&old_at, ind_key(c->a, o->indicators[i], o->indicators[i]->depth), index_ptr(i));
    int *match_of_new = arena_alloc(c->a, sizeof(int) * (size_t)(nn + 1));
    char *old_used = arena_alloc(c->a, (size_t)no + 1);
    for (int j = 0; j < nn; j++) {
        void *hit = strmap_get(&old_at, ind_key(c->a, n->indicators[j], n->indicators[j]->depth));
        match_of_new[j] = hit ? ptr_index(hit) : -1;
        if (hit) old_used[ptr_index(hit)] = 1;
    }
    /* Renames: a removed and an added indicator under the same parent, with the same
     * targets, each the only one of its kind. */
    StrMap removed_by, added_by, removed_count, added_count;
    strmap_init(&removed_by, c->a);
    strmap_init(&added_by, c->a);
    strmap_init(&removed_count, c->a);
    strmap_init(&added_count, c->a);
    for (int i = 0; i < no; i++) {
        if (old_used[i]) continue;
        const char *k = targets_key(c, c->o, o->indicators[i]);
        strmap_put(&removed_by, k, index_ptr(i));
        strmap_put(&removed_count, k, index_ptr(ptr_index(strmap_get(&removed_count, k)) + 1));
    }
    const char **added_key = arena_alloc(c->a, sizeof *added_key * (size_t)(nn + 1));
    for (int j = 0; j < nn; j++) {
        if (match_of_new[j] >= 0) continue;
        const char *k = added_key[j] = targets_key(c, c->n, n->indicators[j]);
        strmap_put(&added_by, k, index_ptr(j));
        strmap_put(&added_count, k, index_ptr(ptr_index(strmap_get(&added_count, k)) + 1));
    }
    int *renamed_from = arena_alloc(c->a, sizeof(int) * (size_t)(nn + 1));
    for (int j = 0; j < nn; j++) {
        renamed_from[j] = -1;
        if (match_of_new[j] >= 0) continue;
        const char *k = added_key[j];
        if (ptr_index(strmap_get(&added_count, k)) == 0 && ptr_index(strmap_get(&removed_count, k)) == 0) {
            renamed_from[j] = ptr_index(strmap_get(&removed_by, k));
            old_used[renamed_from[j]] = 2;
        }
    }
    /* In the new version's order; a removed indicator goes before the next one that follows it
     * in the old version. */
    int next_old = 0;
    for (int j = 0; j < nn; j++) {
        int i = match_of_new[j] >= 0 ? match_of_new[j] : renamed_from[j];
        if (i >= 0) {
            for (; next_old < i; next_old++) {
                if (old_used[next_old]) continue;
                ptrvec_push(c->a, &c->td->indicators, one_sided(c, CH_REMOVED, o->indicators[next_old]));
                c->r->n.ind_removed++;
            }
            if (next_old == i) next_old++;
        }
        if (match_of_new[j] >= 0) {
            IndicatorChange *ic = compare_indicator(c, o->indicators[i], n->indicators[j]);
            if (ic) {
                ptrvec_push(c->a, &c->td->indicators, ic);
                c->r->n.ind_changed++;
            }
        } else if (renamed_from[j] >= 0) {
            IndicatorChange *ic = arena_alloc(c->a, sizeof *ic);
            ic->change = CH_RENAMED;
            ic->old = o->indicators[i];
            ic->new_ = n->indicators[j];
            ptrvec_push(c->a, &c->td->indicators, ic);
            c->r->n.ind_renamed++;
        } else {
            ptrvec_push(c->a, &c->td->indicators, one_sided(c, CH_ADDED, n->indicators[j]));
            c->r->n.ind_added++;
        }
    }
    for (; next_old < no; next_old++) {
        if (old_used[next_old]) continue;
        ptrvec_push(c->a, &c->td->indicators, one_sided(c, CH_REMOVED, o->indicators[next_old]));
        c->r->n.ind_removed++;
    }
}

/* ---- tables ------------------------------------------------------------------------------------ */

static const char *table_key(Arena *a, const Table *t) {
    char year[16] = "";
    if (t->has_year) snprintf(year, sizeof year, "%d", t->year);
    return arena_printf(a, "%d\x1f%s\x1f%s\x1f%s", (int)t->kind, t->name, year, t->unit_name ? t->unit_name : "");
}

static int *count_of(DiffResult *r, const Table *t) { return t->kind == TABLE_PROJECT ? r->n.projects : r->n.departments; }

static void one_sided_table(DiffResult *r, ChangeKind k, const Table *t) {
    TableDiff *td = arena_alloc(r->arena, sizeof *td);
    td->change = k;
    td->t = t;
    if (k == CH_ADDED) td->new_ = t;
    else td->old = t;
    ptrvec_push(r->arena, &r->tables, td);
    count_of(r, t)[k]++;
}

/* A table's mid-term indicators (中央部门项目's 中期) for the diff: copies whose 一级 is marked
 * with the set's name ("中期 · 产出指标"), so that they match among themselves and the
 * report says which set a change is in. */
static Table mid_for_diff(Arena *a, const Table *t) {
    Table m = table_mid_view(t);
    Indicator **inds = arena_alloc(a, sizeof *inds * (size_t)(t->nmid + 1));
    for (int i = 0; i < t->nmid; i++) {
        Indicator *c = arena_alloc(a, sizeof *c);
        *c = *t->mid[i];
        c->path[0] = arena_printf(a, "%s · %s", t->form && t->form->mid_name ? t->form->mid_name : "中期", c->path[0]);
        inds[i] = c;
    }
    m.indicators = inds;
    return m;
}


/* The key of a table without its 实施单位: a project handed to another unit (or whose
 * 实施单位 was respelt) is the same project. */
static const char *move_key(Arena *a, const Table *t) {
    char year[16] = "";
    if (t->has_year) snprintf(year, sizeof year, "%d", t->year);
    return arena_printf(a, "%d\x1f%s\x1f%s", (int)t->kind, t->name, year);
}

static void matched_tables(DiffResult *r, DiffSide *o, DiffSide *n, const Table *a, const Table *b, bool moved, bool renamed) {
    TableDiff *td = arena_alloc(r->arena, sizeof *td);
    td->change = CH_CHANGED;
    td->old = a;
    td->new_ = b;
    td->t = b;
    td->moved = moved;
    td->renamed = renamed;
    Ctx c = {r, o, n, r->arena, td, false, b->money_unit};
    if (strcmp(a->money_unit ? a->money_unit : "", b->money_unit ? b->money_unit : "") != 0) {
        c.in_yuan = true;
        c.unit = "元";
    }
    diff_fields(&c, a, b);
    diff_funds(&c, a, b);
    diff_expense_lines(&c, a->expenses, a->nexpenses, b->expenses, b->nexpenses, NULL, 0);
    diff_mid_funds(&c, a, b);
    if (a->nmid || b->nmid) {
        Table ma = mid_for_diff(r->arena, a), mb = mid_for_diff(r->arena, b);
        diff_indicators(&c, &ma, &mb);
    }
    diff_indicators(&c, a, b);
    if (!moved && !renamed && !td->fields.len && !td->amounts.len && !td->indicators.len) return;
    ptrvec_push(r->arena, &r->tables, td);
    count_of(r, b)[CH_CHANGED]++;
    if (moved) count_of(r, b)[3]++;
    if (renamed) count_of(r, b)[4]++;
    if (td->total_grew && td->loosened > 0) r->warnings++;
}

/* ---- renamed tables ---------------------------------------------------------------------------- */

/* The indicators a table writes itself, by path: those of a common group (引用) are shared
 * by the unit's other projects, and would make any two of them look alike. */
static int own_indicators(Arena *a, const Table *t, StrMap *out) {
    strmap_init(out, a);
    int n = 0;
    for (int i = 0; i < t->nindicators; i++) {
        const Indicator *ind = t->indicators[i];
        if (ind->via_ref && !ind->overridden) continue;
        const char *k = ind_key(a, ind, ind->depth);
        if (strmap_get(out, k)) continue;
        strmap_put(out, k, index_ptr(0));
        n++;
    }
    return n;
}

static int common_indicators(Arena *a, const StrMap *old_own, const Table *t) {
    StrMap seen;
    strmap_init(&seen, a);
    int n = 0;
    for (int i = 0; i < t->nindicators; i++) {
        const Indicator *ind = t->indicators[i];
        if (ind->via_ref && !ind->overridden) continue;
        const char *k = ind_key(a, ind, ind->depth);
        if (strmap_get(&seen, k)) continue;
        strmap_put(&seen, k, index_ptr(0));
        if (strmap_get(old_own, k)) n++;
    }
    return n;
}

/* Renames: a table left unmatched on each side, of the same kind, 年度 and 实施单位, whose own
 * indicators are mostly the same (at least two, and at least 60% of those of each side), is
 * one table that was renamed: compared like any other, so that a target loosened in it is
 * counted (before, it was one table removed and one added, and escaped the warning). A pair is
 * taken only when each is the other's one best match; tables with another table as alike are
 * left as they were. Sides with more than RENAME_CANDIDATES unmatched tables of one key are not
 * compared pairwise (the diff stays linear). */
enum { RENAME_CANDIDATES = 64 };

static const char *rename_key(Arena *a, const Table *t) {
    char year[16] = "";
    if (t->has_year) snprintf(year, sizeof year, "%d", t->year);
    return arena_printf(a, "%d\x1f%s\x1f%s", (int)t->kind, year, t->unit_name ? t->unit_name : "");
}

static void pair_renamed(Arena *a, PtrVec *ot, PtrVec *nt, char *used, int *match, char *moved) {
    /* The unmatched of each side, grouped by key. */
    StrMap olds, news;
    strmap_init(&olds, a);
    strmap_init(&news, a);
    for (int i = 0; i < ot->len; i++) {
        if (used[i]) continue;
        const char *k = rename_key(a, ot->items[i]);
        PtrVec *g = strmap_get(&olds, k);
        if (!g) {
            g = arena_alloc(a, sizeof *g);
            memset(g, 0, sizeof *g);
            strmap_put(&olds, k, g);
        }
        ptrvec_push(a, g, index_ptr(i));
    }
    for (int j = 0; j < nt->len; j++) {
        if (match[j] >= 0) continue;
        const char *k = rename_key(a, nt->items[j]);
        PtrVec *g = strmap_get(&news, k);
        if (!g) {
            g = arena_alloc(a, sizeof *g);
            memset(g, 0, sizeof *g);
            strmap_put(&news, k, g);
        }
        ptrvec_push(a, g, index_ptr(j));
    }
    for (int j0 = 0; j0 < nt->len; j0++) {
        if (match[j0] >= 0) continue;
        const char *k = rename_key(a, nt->items[j0]);
        PtrVec *gn = strmap_get(&news, k), *go = strmap_get(&olds, k);
        /* Each group once: from its first new table. */
        if (!gn || !go || ptr_index(gn->items[0]) != j0) continue;
        if (gn->len > RENAME_CANDIDATES || go->len > RENAME_CANDIDATES) continue;
        int no = go->len, nn = gn->len;
        StrMap *own = arena_alloc(a, sizeof *own * (size_t)no);
        int *nown = arena_alloc(a, sizeof(int) * (size_t)no);
        for (int x = 0; x < no; x++) nown[x] = own_indicators(a, ot->items[ptr_index(go->items[x])], &own[x]);
        /* score[y][x]: common own indicators when alike enough, else 0 */
        int *score = arena_alloc(a, sizeof(int) * (size_t)(no * nn));
        for (int y = 0; y < nn; y++) {
            const Table *t = nt->items[ptr_index(gn->items[y])];
            StrMap mine;
            int nmine = own_indicators(a, t, &mine);
            for (int x = 0; x < no; x++) {
                int common = common_indicators(a, &own[x], t);
                bool alike = common >= 2 && common * 10 >= nmine * 6 && common * 10 >= nown[x] * 6;
                score[y * no + x] = alike ? common : 0;
            }
        }
        for (int y = 0; y < nn; y++) {
            int best = -1, bestscore = 0;
            bool tie = false;
            for (int x = 0; x < no; x++) {
                int sc = score[y * no + x];
                if (sc > bestscore) best = x, bestscore = sc, tie = false;
                else if (sc && sc == bestscore) tie = true;
            }
            if (best < 0 || tie) continue;
            /* and this new table is the old one's one best */
            bool mutual = true;
            for (int y2 = 0; y2 < nn && mutual; y2++)
                if (y2 != y && score[y2 * no + best] >= bestscore) mutual = false;
            if (!mutual) continue;
            int i = ptr_index(go->items[best]), j = ptr_index(gn->items[y]);
            used[i] = 1;
            match[j] = i;
            moved[j] = 2;
        }
    }
}

void diff_programs(DiffResult *r, DiffSide *o, DiffSide *n) {
    r->arena = n->p->arena;
    Arena *a = r->arena;
    PtrVec *ot = &o->p->tables, *nt = &n->p->tables;
    StrMap old_at;
    strmap_init(&old_at, a);
    for (int i = 0; i < ot->len; i++) {
        const char *k = table_key(a, ot->items[i]);
        if (!strmap_get(&old_at, k)) strmap_put(&old_at, k, index_ptr(i));
    }
    char *used = arena_alloc(a, (size_t)ot->len + 1);
    int *match = arena_alloc(a, sizeof(int) * (size_t)(nt->len + 1));
    for (int j = 0; j < nt->len; j++) {
        void *hit = strmap_get(&old_at, table_key(a, nt->items[j]));
        int i = hit ? ptr_index(hit) : -1;
        if (i >= 0 && used[i]) i = -1; /* a duplicate (the checker has said so) */
        if (i >= 0) used[i] = 1;
        match[j] = i;
    }
    /* Moves: a table left unmatched on each side with the same kind, name and 年度 (and the
     * only one so on each side) is one table whose 实施单位 changed. */
    StrMap gone, come;
    strmap_init(&gone, a);
    strmap_init(&come, a);
    for (int i = 0; i < ot->len; i++) {
        if (used[i]) continue;
        const char *k = move_key(a, ot->items[i]);
        strmap_put(&gone, k, strmap_get(&gone, k) ? index_ptr(-2) : index_ptr(i));
    }
    const char **new_key = arena_alloc(a, sizeof *new_key * (size_t)(nt->len + 1));
    for (int j = 0; j < nt->len; j++) {
        if (match[j] >= 0) continue;
        const char *k = new_key[j] = move_key(a, nt->items[j]);
        strmap_put(&come, k, strmap_get(&come, k) ? index_ptr(-2) : index_ptr(j));
    }
    char *moved = arena_alloc(a, (size_t)nt->len + 1);
    for (int j = 0; j < nt->len; j++) {
        if (match[j] >= 0 || ptr_index(strmap_get(&come, new_key[j])) != j) continue;
        void *hit = strmap_get(&gone, new_key[j]);
        int i = hit ? ptr_index(hit) : -1;
        if (i < 0) continue;
        used[i] = 1;
        match[j] = i;
        moved[j] = 1;
    }
    pair_renamed(a, ot, nt, used, match, moved);
    /* In the new version's order; a removed table goes before the next one that follows it in
     * the old version. */
    int next_old = 0;
    for (int j = 0; j < nt->len; j++) {
        int i = match[j];
        if (i < 0) {
            one_sided_table(r, CH_ADDED, nt->items[j]);
            continue;
        }
        for (; next_old < i; next_old++)
            if (!used[next_old]) one_sided_table(r, CH_REMOVED, ot->items[next_old]);
        if (next_old == i) next_old++;
        matched_tables(r, o, n, ot->items[i], nt->items[j], moved[j] == 1, moved[j] == 2);
    }
    for (; next_old < ot->len; next_old++)
        if (!used[next_old]) one_sided_table(r, CH_REMOVED, ot->items[next_old]);
}
