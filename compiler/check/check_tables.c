/* A project or department table: its form, fields, funds, expenses and dates. The
 * indicators are check_indicators.c's. */
#include <stdlib.h>
#include <string.h>
#include "check/check.h"

static const char *const builtin_fields[] = {"表式", "年度", "金额单位"};

/* ---- the fields written for a table: its own, then its file's 默认 ---------------------------- */

typedef struct FieldSet {
    StrMap own;       /* name → N_FIELD of the table */
    PtrVec own_order;
    const StrMap *defaults;
    const PtrVec *default_order;
} FieldSet;

static Node *get_field(const FieldSet *fs, const char *name, bool *inherited) {
    Node *n = strmap_get(&fs->own, name);
    if (n) { if (inherited) *inherited = false; return n; }
    n = fs->defaults ? strmap_get(fs->defaults, name) : NULL;
    if (inherited) *inherited = n != NULL;
    return n;
}

static bool has_field(const Form *f, const char *name) {
    for (int i = 0; f && i < f->nfields; i++)
        if (strcmp(f->fields[i].name, name) == 0) return true;
    return false;
}

/* The form's name of a field written `name` (its 别名, then the standard library's). A label
 * the budget systems print with their mark of a required cell, "*联系人", "＊年度绩效总目标", is
 * the label without it when that is a field or an alias of the form. */
static const char *field_name(const Program *p, const Form *f, const char *name) {
    const StrMap *maps[2] = {f ? f->aliases : NULL, &p->aliases};
    for (int i = 0; i < 2; i++) {
        if (!maps[i] || !maps[i]->count) continue;
        const Node *line = strmap_get(maps[i], name);
        if (line) return line->name;
    }
    const char *bare = name[0] == '*' ? name + 1 : strncmp(name, "＊", strlen("＊")) == 0 ? name + strlen("＊") : NULL;
    if (bare && *bare) {
        const char *r = field_name(p, f, bare);
        if (r != bare || has_field(f, bare)) return r;
    }
    return name;
}

/* The fields by the form's names, once the form is known: an alias written for a field
 * counts as the field, and two spellings of one field in a table are one written twice. */
static void by_form_names(Program *p, const Form *f, FieldSet *fs) {
    if (!(f && f->aliases && f->aliases->count) && !p->aliases.count) return;
    StrMap own, *defaults = arena_alloc(p->arena, sizeof *defaults);
    strmap_init_unordered(&own, p->arena);
    strmap_init_unordered(defaults, p->arena);
    for (int i = 0; i < fs->own_order.len; i++) {
        Node *n = fs->own_order.items[i];
        const char *name = field_name(p, f, n->name);
        Node *first = strmap_get(&own, name);
        if (first) {
            Diag *g = diag_at(p->diags, E0304, n->name_span, n->name, NULL);
            diag_note(p->diags, g, E0304_note, first->name_span, NULL);
            continue;
        }
        strmap_put(&own, name, n);
    }
    for (int i = 0; fs->default_order && i < fs->default_order->len; i++) {
        Node *n = fs->default_order->items[i];
        const char *name = field_name(p, f, n->name);
        if (!strmap_get(defaults, name)) strmap_put(defaults, name, n);
    }
    fs->own = own;
    fs->defaults = defaults;
}

/* A field written as "" (or a blank string): not filled in yet. */
static bool unfilled(const Node *f) {
    if (f->nvalues != 1 || f->values[0]->syntax != VX_STRING) return false;
    for (const char *s = f->values[0]->text; *s; s++)
        if (*s != ' ' && *s != '\t') return false;
    return true;
}

/* A field's value as text: as written when it is several unquoted pieces (2022年3月-2023年11月
 * is lexed in pieces, but is one text), else its words and strings joined by a space. */
static const char *field_text(Program *p, const Node *f) {
    if (f->nvalues == 1) return value_text(p, f->values[0]);
    bool quoted = false;
    for (int i = 0; i < f->nvalues && !quoted; i++) quoted = f->values[i]->syntax == VX_STRING;
    if (f->nvalues > 1 && !quoted) return span_text(p, span_join(f->values[0]->span, f->values[f->nvalues - 1]->span));
    const char *s = "";
    for (int i = 0; i < f->nvalues; i++) s = arena_printf(p->arena, "%s%s%s", s, i ? " " : "", value_text(p, f->values[i]));
    return s;
}

static bool parse_year(Program *p, const Value *v, int *year) {
    const char *s;
    if (v->syntax == VX_YEAR) s = v->text;
    else if (v->syntax == VX_MEASURE && v->cmp == CMP_NONE && !v->mult_exp &&
             (!v->unit || strcmp(v->unit, "年") == 0)) s = span_text(p, v->number_span);
    else return false;
    if (!(s[0] >= '1' && s[0] <= '9')) return false;
    /* Four digits and no fifth: a longer run is not a year, and must not overflow y. */
    int y = 0, n = 0;
    for (; n < 5 && s[n] >= '0' && s[n] <= '9'; n++) y = y * 10 + (s[n] - '0');
    if (n != 4) return false;
    *year = y;
    return true;
}

static const char *type_name(FieldType t) {
    static const char *names[] = {"文本", "年份", "日期", "电话", "金额", "数字", "选项", "时间", "月份", "期间"};
    return names[t];
}

static bool plain_number(const Value *v) {
    return v->syntax == VX_MEASURE && v->cmp == CMP_NONE && !v->unit && !v->mult_exp;
}

/* Written as a date would be (digits and 年月日 or - . /), though none: 2025-02-30, 2023年13月. */
static bool looks_like_date(const char *s) {
    int digits = 0;
    for (const char *c = s; *c; c++) digits += *c >= '0' && *c <= '9';
    return digits >= 6 && (strstr(s, "月") || strchr(s, '-') || strchr(s, '.') || strchr(s, '/'));
}

static void check_field_type(Program *p, Table *t, const FieldDef *fd, Node *f) {
    Value *v = f->values[0];
    bool ok = true;
    switch (fd->type) {
    case FT_TEXT: return;
    case FT_YEAR: {
        int y;
        ok = f->nvalues == 1 && parse_year(p, v, &y);
        break;
    }
    case FT_TIME:   /* a year, a month or a day, as written: 2025, 2023年11月, 2025-01-01 … */
    case FT_MONTH:  /* a month (or a day) */
    case FT_DATE: { /* a day: 2025-01-01, 2022年1月1日, 2022.1.1 */
        const char *text = field_text(p, f);
        When w;
        bool parsed = when_parse(text, &w);
        if (!parsed && looks_like_date(text)) {
            diag_at(p->diags, E0411, span_join(f->values[0]->span, f->values[f->nvalues - 1]->span), text, NULL);
            return;
        }
        ok = parsed && (fd->type == FT_TIME || (fd->type == FT_MONTH ? w.unit != WHEN_YEAR : w.unit == WHEN_DAY));
        break;
    }
    case FT_PERIOD: { /* two of those, or one: 2023.07-2024.01, 2022年3月-2023年11月 */
        When a, b;
        ok = period_parse(field_text(p, f), &a, &b);
        break;
    }
    case FT_PHONE:
        ok = f->nvalues == 1 && (v->syntax == VX_CODE || v->syntax == VX_STRING ||
                                 (plain_number(v) && !strpbrk(span_text(p, v->span), ",.")));
        break;
    case FT_AMOUNT:
    case FT_NUMBER:
        ok = f->nvalues == 1 && plain_number(v);
        break;
    case FT_CHOICE: {
        const char *text = field_text(p, f);
        for (int i = 0; i < fd->nchoices; i++)
            if (strcmp(fd->choices[i], text) == 0) return;
        Diag *d = diag_at(p->diags, E0410, f->nvalues ? span_join(f->values[0]->span, f->values[f->nvalues - 1]->span) : f->span,
                          fd->name, type_name(fd->type), text, NULL);
        const char *list = "";
        for (int i = 0; i < fd->nchoices; i++) list = arena_printf(p->arena, "%s%s%s", list, i ? "、" : "", fd->choices[i]);
        diag_note_nowhere(p->diags, d, E0410_choices, fd->name, list, NULL);
        help_did_you_mean_or_list(p, d, text, fd->choices, fd->nchoices);
        return;
    }
    }
    (void)t;
    if (!ok) {
        Span sp = span_join(f->values[0]->span, f->values[f->nvalues - 1]->span);
        diag_at(p->diags, E0410, sp, fd->name, type_name(fd->type), field_text(p, f), NULL);
    }
}

static const FieldDef *form_field(const Form *f, const char *name) {
    for (int i = 0; i < f->nfields; i++)
        if (strcmp(f->fields[i].name, name) == 0) return &f->fields[i];
    return NULL;
}

static bool is_builtin_field(const char *name) {
    for (size_t i = 0; i < sizeof builtin_fields / sizeof builtin_fields[0]; i++)
        if (strcmp(builtin_fields[i], name) == 0) return true;
    return false;
}

static void unknown_field(Program *p, const Form *form, Node *f) {
    Diag *d = diag_at(p->diags, E0302, f->name_span, f->name, form->name, NULL);
    PtrVec names = {0};
    for (int i = 0; i < form->nfields; i++) ptrvec_push(p->arena, &names, (void *)form->fields[i].name);
    for (size_t i = 0; i < sizeof builtin_fields / sizeof builtin_fields[0]; i++)
        ptrvec_push(p->arena, &names, (void *)builtin_fields[i]);
    help_did_you_mean(p, d, f->name, (const char *const *)names.items, names.len);
}

/* ---- funds ---------------------------------------------------------------------------------- */

static const char *parts_text(Program *p, const char *const *names, const Decimal *amounts, int n) {
    const char *s = "";
    int shown = n > 8 ? 8 : n;
    for (int i = 0; i < shown; i++)
        s = arena_printf(p->arena, "%s%s%s %s", s, i ? " + " : "", names[i], fmt_decimal(p, amounts[i]));
    if (n > shown) s = arena_printf(p->arena, "%s + …", s);
    return s;
}

static void overflow(Program *p, Table *t, Span where);

/* An amount as people write it, in the table's money unit: 90 (in that unit), 90万元, 360万
 * (万 alone: of 元), 3,309,840.00元; converted exactly (a shift of the decimal point). A
 * comparator, or a unit of another dimension, is not an amount. */
static bool amount_value(Program *p, Table *t, Value *v, Decimal *out) {
    if (v && v->syntax != VX_MEASURE) {
        t->amounts_invalid = true;
        diag_at(p->diags, E0509, v->span, span_text(p, v->span), t->money_unit ? t->money_unit : "", NULL);
        return false;
    }
    if (!v || !v->number_ok) return false;
    int exp = 0;
    bool ok = v->cmp == CMP_NONE && v->syntax == VX_MEASURE;
    if (ok && (v->unit || v->mult_exp)) {
        /* The unit, if any, must be money: 元, or 万元 … (a multiplier inside the unit's text). */
        int unit_exp = 0;
        const Unit *u = v->unit ? resolve_unit(p, v->unit, &unit_exp) : NULL;
        if (v->unit && (!u || strcmp(u->dimension, "货币") != 0)) ok = false;
        exp = v->mult_exp + unit_exp - t->money_exp;
    }
    if (!ok) {
        t->amounts_invalid = true;
        diag_at(p->diags, E0509, v->span, span_text(p, v->span), t->money_unit ? t->money_unit : "", NULL);
        return false;
    }
    Decimal d = v->number;
    if (exp > 0 && !decimal_mul_pow10(d, exp, &d)) {
        overflow(p, t, v->span);
        return false;
    }
    if (exp < 0) {
        /* 3,309,840.00元 in 万元: 330.984 — the point moves left; no digit is lost. */
        if (d.scale - exp > DECIMAL_MAX_SCALE) {
            overflow(p, t, v->span);
            return false;
        }
        d.scale -= exp;
        while (d.scale > v->number.scale && d.coef % 10 == 0) {
            d.coef /= 10;
            d.scale--;
        }
    }
    if (decimal_is_negative(d)) diag_at(p->diags, E0506, v->span, span_text(p, v->span), NULL);
    *out = d;
    return true;
}

static const SourceDef *find_source(const SourceDef *const *defs, int n, const char *name) {
    for (int i = 0; i < n; i++) {
        if (strcmp(defs[i]->name, name) == 0) return defs[i];
        const SourceDef *c = find_source((const SourceDef *const *)defs[i]->children, defs[i]->nchildren, name);
        if (c) return c;
    }
    return NULL;
}

static void all_source_names(Program *p, const SourceDef *const *defs, int n, PtrVec *out) {
    for (int i = 0; i < n; i++) {
        ptrvec_push(p->arena, out, (void *)defs[i]->name);
        all_source_names(p, (const SourceDef *const *)defs[i]->children, defs[i]->nchildren, out);
    }
}

static void overflow(Program *p, Table *t, Span where) {
    t->amounts_invalid = true;
    diag_at(p->diags, E0508, where, NULL);
}

static FundLine *fund_line(Program *p, Table *t, Node *n, StrMap *seen) {
    check_name_not_blank(p, n->name, n->name_span);
    FundLine *fl = arena_alloc(p->arena, sizeof *fl);
    fl->name = n->name;
    fl->node = n;
    Node *first = strmap_get(seen, n->name);
    if (first) {
        Diag *d = diag_at(p->diags, E0304, n->name_span, n->name, NULL);
        diag_note(p->diags, d, E0304_note, first->name_span, NULL);
    } else {
        strmap_put(seen, n->name, n);
    }
    if (t->form && t->form->nsources) {
        fl->def = find_source((const SourceDef *const *)t->form->sources, t->form->nsources, field_name(p, t->form, n->name));
        if (fl->def) fl->name = fl->def->name;
        if (!fl->def && t->form->other_sources) {
            /* Kept as written; a name close to one of the form's is most likely it, misspelt. */
            PtrVec names = {0};
            all_source_names(p, (const SourceDef *const *)t->form->sources, t->form->nsources, &names);
            add_aliases(p, t->form, &names, p->arena);
            const char *near = did_you_mean_close(n->name, (const char *const *)names.items, names.len);
            if (near) {
                Diag *d = diag_at(p->diags, W0511, n->name_span, n->name, t->form->name, NULL);
                diag_help(p->diags, d, HELP_did_you_mean, near, NULL);
            }
        } else if (!fl->def) {
            Diag *d = diag_at(p->diags, E0510, n->name_span, n->name, t->form->name, NULL);
            PtrVec names = {0};
            all_source_names(p, (const SourceDef *const *)t->form->sources, t->form->nsources, &names);
            ptrvec_push(p->arena, &names, (void *)t->form->total_label);
            help_did_you_mean_or_list(p, d, n->name, (const char *const *)names.items, names.len);
        }
    }
    if (n->full) fl->has_amount = amount_value(p, t, n->full, &fl->amount);
    if (n->nchildren) {
        fl->children = arena_alloc(p->arena, sizeof *fl->children * (size_t)n->nchildren);
        const char **names = arena_alloc(p->arena, sizeof *names * (size_t)n->nchildren);
        Decimal *amounts = arena_alloc(p->arena, sizeof *amounts * (size_t)n->nchildren);
        Decimal sum = decimal_from_int(0);
        bool sum_ok = true;
        for (Node *c = n->children; c; c = c->next) {
            FundLine *cl = fund_line(p, t, c, seen);
            Decimal amt = cl->has_amount ? cl->amount : cl->sum;
            if (cl->has_amount || cl->nchildren) {
                names[fl->nchildren] = cl->name;
                amounts[fl->nchildren] = amt;
                if (!decimal_add(sum, amt, &sum)) { overflow(p, t, c->span); sum_ok = false; }
            }
            fl->children[fl->nchildren++] = cl;
        }
        fl->sum = sum;
        if (sum_ok && fl->has_amount && decimal_cmp(fl->amount, sum) != 0) {
            Decimal diff;
            decimal_sub(fl->amount, sum, &diff);
            int nparts = 0;
            for (int i = 0; i < fl->nchildren; i++)
                if (fl->children[i]->has_amount || fl->children[i]->nchildren) nparts++;
            diag_at(p->diags, E0502, n->full->span, n->name, fmt_decimal(p, fl->amount), fmt_decimal(p, sum),
                    parts_text(p, names, amounts, nparts), fmt_decimal(p, diff), NULL);
        }
        if (!fl->has_amount) fl->amount = sum;
    }
    return fl;
}

/* The funds: the 资金 block (NULL if none), and the total when it is written among the header
 * fields (年度资金总额 120), as many real tables print it. */
static void check_funds(Program *p, Table *t, Node *block, Node *total_field) {
    Funds *fu = &t->funds;
    fu->present = true;
    StrMap seen;
    strmap_init_unordered(&seen, p->arena);
    int nlines = block ? block->nchildren : 0;
    fu->sources = arena_alloc(p->arena, sizeof *fu->sources * (size_t)(nlines + 1));
    const char **names = arena_alloc(p->arena, sizeof *names * (size_t)(nlines + 1));
    Decimal *amounts = arena_alloc(p->arena, sizeof *amounts * (size_t)(nlines + 1));
    int nparts = 0;
    Decimal sum = decimal_from_int(0);
    bool sum_ok = true;
    const char *total_label = t->form ? t->form->total_label : "资金总额";
    if (total_field) {
        fu->total_node = total_field;
        fu->total_written = total_field->nvalues == 1 && amount_value(p, t, total_field->values[0], &fu->total_written_amount);
        if (total_field->nvalues != 1) {
            t->amounts_invalid = true;
            diag_at(p->diags, E0509, total_field->name_span, field_text(p, total_field), t->money_unit ? t->money_unit : "", NULL);
        }
        if (fu->total_written) total_field->full = total_field->values[0];
    }
    for (Node *n = block ? block->children : NULL; n; n = n->next) {
        const char *name = field_name(p, t->form, n->name);
        bool is_total = strcmp(name, total_label) == 0 || strcmp(name, "资金总额") == 0;
        if (is_total && !n->nchildren) {
            if (fu->total_node) {
                Diag *d = diag_at(p->diags, E0304, n->name_span, n->name, NULL);
                diag_note(p->diags, d, E0304_note, fu->total_node->name_span, NULL);
                continue;
            }
            fu->total_node = n;
            fu->total_written = amount_value(p, t, n->full, &fu->total_written_amount);
            continue;
        }
        FundLine *fl = fund_line(p, t, n, &seen);
        fu->sources[fu->nsources++] = fl;
        if (fl->has_amount || fl->nchildren) {
            names[nparts] = fl->name;
            amounts[nparts++] = fl->amount;
            if (!decimal_add(sum, fl->amount, &sum)) { overflow(p, t, n->span); sum_ok = false; }
        }
    }
    fu->sum = sum;
    fu->total = fu->total_written ? fu->total_written_amount : sum;
    if (fu->total_written && sum_ok && !t->amounts_invalid && nparts > 0 && decimal_cmp(fu->total_written_amount, sum) != 0) {
        Decimal diff;
        decimal_sub(fu->total_written_amount, sum, &diff);
        diag_at(p->diags, E0501, fu->total_node->full->span, fu->total_node->name, fmt_decimal(p, fu->total_written_amount),
                fmt_decimal(p, sum), parts_text(p, names, amounts, nparts), fmt_decimal(p, diff), NULL);
    }
}

/* ---- expenses --------------------------------------------------------------------------------- */

static ExpenseLine *expense_line(Program *p, Table *t, Node *n) {
    check_name_not_blank(p, n->name, n->name_span);
    ExpenseLine *e = arena_alloc(p->arena, sizeof *e);
    e->name = n->name;
    e->node = n;
    e->half = n->half;
    e->full = n->full;
    Decimal half = {0, 0}, full = {0, 0};
    bool has_half = n->half && amount_value(p, t, n->half, &half);
    bool has_full = n->full && amount_value(p, t, n->full, &full);
    if (n->half && t->form && !t->form->has_half)
        diag_at(p->diags, E0415, n->half_kw.len ? n->half_kw : n->half->span, t->form->name, NULL);
    if (has_half && has_full && decimal_cmp(half, full) > 0)
        diag_at(p->diags, E0505, n->half->span, n->name, fmt_decimal(p, half), fmt_decimal(p, full), NULL);
    if (n->nchildren) {
        e->children = arena_alloc(p->arena, sizeof *e->children * (size_t)n->nchildren);
        Decimal hs = decimal_from_int(0), fs = decimal_from_int(0);
        bool hok = true, fok = true, any_half = false;
        const char **names = arena_alloc(p->arena, sizeof *names * (size_t)n->nchildren);
        Decimal *amts = arena_alloc(p->arena, sizeof *amts * (size_t)n->nchildren);
        int nf = 0;
        for (Node *c = n->children; c; c = c->next) {
            ExpenseLine *ce = expense_line(p, t, c);
            e->children[e->nchildren++] = ce;
            Decimal v;
            if (ce->full && ce->full->number_ok) {
                v = ce->full->number;
                names[nf] = ce->name;
                amts[nf++] = v;
                if (!decimal_add(fs, v, &fs)) { overflow(p, t, c->span); fok = false; }
            }
            if (ce->half && ce->half->number_ok) {
                any_half = true;
                if (!decimal_add(hs, ce->half->number, &hs)) { overflow(p, t, c->span); hok = false; }
            }
        }
        if (has_full && fok && nf && decimal_cmp(full, fs) != 0) {
            Decimal diff;
            decimal_sub(full, fs, &diff);
            diag_at(p->diags, E0503, n->full->span, n->name, "全年", fmt_decimal(p, full), fmt_decimal(p, fs),
                    parts_text(p, names, amts, nf), fmt_decimal(p, diff), NULL);
        }
        if (has_half && hok && any_half && decimal_cmp(half, hs) != 0) {
            Decimal diff;
            decimal_sub(half, hs, &diff);
            diag_at(p->diags, E0503, n->half->span, n->name, "半年", fmt_decimal(p, half), fmt_decimal(p, hs), "…",
                    fmt_decimal(p, diff), NULL);
        }
    }
    return e;
}

static void check_expenses(Program *p, Table *t, Node *block) {
    t->expenses = arena_alloc(p->arena, sizeof *t->expenses * (size_t)(block->nchildren + 1));
    Decimal fs = decimal_from_int(0), hs = decimal_from_int(0);
    bool ok = true;
    int nf = 0;
    const char **names = arena_alloc(p->arena, sizeof *names * (size_t)(block->nchildren + 1));
    Decimal *amts = arena_alloc(p->arena, sizeof *amts * (size_t)(block->nchildren + 1));
    for (Node *n = block->children; n; n = n->next) {
        ExpenseLine *e = expense_line(p, t, n);
        t->expenses[t->nexpenses++] = e;
        Decimal v;
        if (e->full && e->full->number_ok) {
            v = e->full->number;
        } else if (e->nchildren) {
            v = decimal_from_int(0);
            for (int i = 0; i < e->nchildren; i++)
                if (e->children[i]->full && e->children[i]->full->number_ok) decimal_add(v, e->children[i]->full->number, &v);
        } else {
            continue;
        }
        names[nf] = e->name;
        amts[nf++] = v;
        if (!decimal_add(fs, v, &fs)) { overflow(p, t, n->span); ok = false; }
        if (e->half && e->half->number_ok) decimal_add(hs, e->half->number, &hs);
    }
    t->expense_full_sum = fs;
    t->expense_half_sum = hs;
    /* A total built from amounts that were not read is no basis for comparison. */
    if (ok && nf && !t->amounts_invalid && t->funds.present && (t->funds.total_written || t->funds.nsources) &&
        decimal_cmp(fs, t->funds.total) != 0) {
        Decimal diff;
        decimal_sub(fs, t->funds.total, &diff);
        diag_at(p->diags, E0504, block->kw, fmt_decimal(p, fs), parts_text(p, names, amts, nf),
                fmt_decimal(p, t->funds.total), fmt_decimal(p, diff), NULL);
    }
}

/* ---- dates ------------------------------------------------------------------------------------- */

/* A field's date as written (a year, a month or a day). */
static bool date_of(Program *p, Node *f, When *out) {
    if (!f || f->nvalues < 1) return false;
    int y;
    if (f->nvalues == 1 && parse_year(p, f->values[0], &y)) {
        *out = (When){y, 0, 0, WHEN_YEAR};
        return true;
    }
    return when_parse(field_text(p, f), out);
}

static Span value_span(const Node *f) { return span_join(f->values[0]->span, f->values[f->nvalues - 1]->span); }

/* 开始 and 完成: the fields of those roles, or else the two ends of the table's 期间 (项目期
 * 2023.07-2024.01). */
static void check_dates(Program *p, Table *t, const FieldSet *fs) {
    if (!t->form) return;
    const char *start_name = t->form->roles[ROLE_START], *end_name = t->form->roles[ROLE_END];
    Node *sf = start_name ? get_field(fs, start_name, NULL) : NULL, *ef = end_name ? get_field(fs, end_name, NULL) : NULL;
    When s, e;
    bool has_s = date_of(p, sf, &s), has_e = date_of(p, ef, &e);
    const char *period_name = t->form->roles[ROLE_PERIOD] ? t->form->roles[ROLE_PERIOD] : role_default_field(ROLE_PERIOD);
    Node *pf = !has_s && !has_e ? get_field(fs, period_name, NULL) : NULL;
    const char *s_text = sf ? field_text(p, sf) : NULL, *e_text = ef ? field_text(p, ef) : NULL;
    size_t from_len, to_off;
    if (pf && pf->nvalues) {
        const char *text = field_text(p, pf);
        if (period_split(text, &s, &e, &from_len, &to_off) && to_off) {
            /* Both ends are in the one field: the messages name its two ends. */
            has_s = has_e = true;
            sf = ef = pf;
            start_name = arena_printf(p->arena, "%s（开始）", pf->name);
            end_name = arena_printf(p->arena, "%s（结束）", pf->name);
            s_text = arena_strndup(p->arena, text, from_len);
            e_text = text + to_off;
        }
    }
    if (has_s && has_e) {
        if (when_cmp(e, s) < 0) {
            Diag *d = diag_at(p->diags, E0601, value_span(ef), end_name, e_text, start_name, s_text, NULL);
            if (sf != ef) diag_note(p->diags, d, E0601_note, value_span(sf), start_name, NULL);
        } else if (e.y - s.y > 10) {
            char years[16];
            snprintf(years, sizeof years, "%d", e.y - s.y);
            Diag *d = diag_at(p->diags, W0602, value_span(ef), end_name, e_text, years, start_name, s_text, NULL);
            if (sf != ef) diag_note(p->diags, d, E0601_note, value_span(sf), start_name, NULL);
        }
    }
    if (t->has_year && has_s && has_e && when_cmp(e, s) >= 0 && (t->year < s.y || t->year > e.y)) {
        Node *yf = get_field(fs, "年度", NULL);
        char y[16], ys[16], ye[16];
        snprintf(y, sizeof y, "%d", t->year);
        snprintf(ys, sizeof ys, "%d", s.y);
        snprintf(ye, sizeof ye, "%d", e.y);
        diag_at(p->diags, W0603, yf ? yf->values[0]->span : t->node->name_span, y, ys, ye, NULL);
    }
    t->has_period = has_s && has_e;
    if (t->has_period) {
        t->period_start = s;
        t->period_end = e;
    }
}

/* N0706: field b's text the same as field a's (named by the form's names). */
static bool same_text(Program *p, const FieldSet *fs, const char *an, const char *bn) {
    Node *a = get_field(fs, an, NULL), *b = get_field(fs, bn, NULL);
    if (!a || !b || a == b) return false;
    const char *ta = field_text(p, a), *tb = field_text(p, b);
    if (!ta[0] || strcmp(ta, tb) != 0) return false;
    Diag *d = diag_at(p->diags, N0706, b->name_span, bn, an, NULL);
    diag_note(p->diags, d, N0706_note, a->name_span, an, NULL);
    return true;
}

static void check_goals(Program *p, Table *t, const FieldSet *fs) {
    if (!t->form || t->form->ngoals < 1) return;
    const char *last = t->form->goal_fields[t->form->ngoals - 1];
    if (t->form->ngoals >= 2 && same_text(p, fs, t->form->goal_fields[0], t->form->goal_fields[1])) return;
    /* A department's goal that copies its functions (主要职能): the goal says nothing of the
     * year's work. */
    if (has_field(t->form, "主要职能")) same_text(p, fs, "主要职能", last);
}

/* ---- the table ------------------------------------------------------------------------------------ */

void file_defaults(Program *p, Node *decls, FileDefaults *out) {
    strmap_init_unordered(&out->map, p->arena);
    out->order = (PtrVec){0};
    for (Node *d = decls; d; d = d->next) {
        if (d->kind != N_DEFAULTS) continue;
        for (Node *f = d->children; f; f = f->next) {
            Node *first = strmap_get(&out->map, f->name);
            if (first) {
                Diag *g = diag_at(p->diags, E0304, f->name_span, f->name, NULL);
                diag_note(p->diags, g, E0304_note, first->name_span, NULL);
                continue;
            }
            strmap_put(&out->map, f->name, f);
            ptrvec_push(p->arena, &out->order, f);
        }
    }
}

void check_table(Program *p, Table *t, const FileDefaults *defaults) {
    Node *n = t->node;
    check_name_not_blank(p, n->name, n->name_span);
    FieldSet fs = {0};
    strmap_init_unordered(&fs.own, p->arena);
    fs.defaults = &defaults->map;
    fs.default_order = &defaults->order;
    Node *funds = NULL, *expenses = NULL, *indicators = NULL, *mid_funds = NULL, *mid_indicators = NULL;
    PtrVec named_sets = {0};
    for (Node *c = n->children; c; c = c->next) {
        Node **slot = c->kind == N_FUNDS ? &funds : c->kind == N_EXPENSES ? &expenses : c->kind == N_INDICATORS ? &indicators : NULL;
        if (slot && c->name) {
            /* 资金 中期 { … }, 指标 中期 { … }: a set, known once the form is (below). */
            ptrvec_push(p->arena, &named_sets, c);
            continue;
        }
        if (slot) {
            if (*slot) {
                Diag *g = diag_at(p->diags, E0304, c->kw, span_text(p, c->kw), NULL);
                diag_note(p->diags, g, E0304_note, (*slot)->kw, NULL);
            } else {
                *slot = c;
            }
            continue;
        }
        if (c->kind == N_ITEM) {
            static const char *const blocks[] = {"资金", "支出", "指标"};
            Diag *g = diag_at(p->diags, E0320, c->name_span, c->name, NULL);
            help_did_you_mean_or_list(p, g, c->name, blocks, 3);
            continue;
        }
        if (c->kind != N_FIELD) continue;
        Node *first = strmap_get(&fs.own, c->name);
        if (first) {
            Diag *g = diag_at(p->diags, E0304, c->name_span, c->name, NULL);
            diag_note(p->diags, g, E0304_note, first->name_span, NULL);
            continue;
        }
        strmap_put(&fs.own, c->name, c);
        ptrvec_push(p->arena, &fs.own_order, c);
    }

    /* The form. */
    Node *ff = get_field(&fs, "表式", NULL);
    if (ff) {
        const char *name = field_text(p, ff);
        t->form = strmap_get(&p->forms, name);
        if (!t->form) {
            Diag *d = diag_at(p->diags, E0301, span_join(ff->values[0]->span, ff->values[ff->nvalues - 1]->span), name, NULL);
            PtrVec names = {0};
            for (size_t i = 0; i < p->forms.cap; i++)
                if (p->forms.slots[i].key) ptrvec_push(p->arena, &names, (void *)p->forms.slots[i].key);
            help_did_you_mean(p, d, name, (const char *const *)names.items, names.len);
        }
    } else {
        t->form = strmap_get(&p->forms, "通用项目");
        diag_at(p->diags, W0314, n->name_span, t->form ? "通用项目" : "", NULL);
    }
    by_form_names(p, t->form, &fs);
    if (t->form && (t->form->object == FORM_DEPARTMENT) != (t->kind == TABLE_DEPARTMENT))
        diag_at(p->diags, E0315, ff ? ff->values[0]->span : n->name_span, t->form->name,
                t->form->object == FORM_DEPARTMENT ? "部门" : "项目", t->kind == TABLE_DEPARTMENT ? "部门" : "项目", NULL);

    /* 年度 */
    Node *yf = get_field(&fs, "年度", NULL);
    if (yf) {
        if (yf->nvalues == 1 && parse_year(p, yf->values[0], &t->year)) t->has_year = true;
        else if (unfilled(yf)) diag_at(p->diags, W0324, yf->values[0]->span, "年度", NULL);
        else diag_at(p->diags, E0410, yf->values[0]->span, "年度", "年份", field_text(p, yf), NULL);
    } else {
        diag_at(p->diags, E0303, n->name_span, "年度", t->form ? t->form->name : "", NULL);
    }

    /* 金额单位 */
    Node *mf = get_field(&fs, "金额单位", NULL);
    t->money_unit = mf ? field_text(p, mf) : t->form ? t->form->money_unit : "元";
    {
        int exp = 0;
        const Unit *u = resolve_unit(p, t->money_unit, &exp);
        if (!u || strcmp(u->dimension, "货币") != 0) {
            diag_at(p->diags, E0410, mf ? mf->values[0]->span : n->name_span, "金额单位", "货币单位", t->money_unit, NULL);
            t->money_exp = 0;
        } else {
            t->money_exp = exp;
        }
    }

    /* The other fields, in the form's order (those the form does not have after them, in the
     * order written). */
    Node *total_field = NULL;
    int cap = fs.own_order.len + defaults->order.len + 1;
    t->fields = arena_alloc(p->arena, sizeof *t->fields * (size_t)cap);
    PtrVec all = {0};
    for (int i = 0; i < fs.own_order.len; i++) ptrvec_push(p->arena, &all, fs.own_order.items[i]);
    for (int i = 0; i < defaults->order.len; i++) {
        Node *f = defaults->order.items[i];
        if (!strmap_get(&fs.own, f->name)) ptrvec_push(p->arena, &all, f);
    }
    PtrVec others = {0};
    for (int i = 0; i < all.len; i++) {
        Node *f = all.items[i];
        if (is_builtin_field(f->name)) continue;
        const char *name = field_name(p, t->form, f->name);
        if (get_field(&fs, name, NULL) != f) continue; /* the same field by another name, reported */
        bool own = strmap_get(&fs.own, name) == f;
        const FieldDef *fd = t->form ? form_field(t->form, name) : NULL;
        if (t->form && !fd && strcmp(name, t->form->total_label) == 0) {
            /* 年度资金总额 120 among the fields: the funds' total (check_funds). */
            total_field = f;
            continue;
        }
        if (t->form && !fd && !t->form->other_fields) {
            /* A default the form does not know is not this table's mistake when the 默认
             * serves tables of several forms; only report fields written in the table. */
            if (own) unknown_field(p, t->form, f);
            continue;
        }
        if (t->form && !fd && own) {
            /* Kept as text; but a name close to one of the form's is most likely that field
             * misspelt (项目负责任 for 项目负责人). */
            PtrVec names = {0};
            for (int k = 0; k < t->form->nfields; k++) ptrvec_push(p->arena, &names, (void *)t->form->fields[k].name);
            add_aliases(p, t->form, &names, p->arena);
            const char *near = did_you_mean_close(f->name, (const char *const *)names.items, names.len);
            if (near) {
                Diag *d = diag_at(p->diags, W0323, f->name_span, f->name, t->form->name, NULL);
                diag_help(p->diags, d, HELP_did_you_mean, near, NULL);
            } else {
                ptrvec_push(p->arena, &others, f);
            }
        }
        if (fd && unfilled(f)) {
            /* "": a field not yet filled in (jxc new writes them so). */
            if (fd->required) diag_at(p->diags, W0324, f->values[0]->span, name, NULL);
        } else if (fd && f->nvalues > 0) {
            check_field_type(p, t, fd, f);
        }
        Field *out = &t->fields[t->nfields++];
        out->name = name;
        out->written = strcmp(name, f->name) != 0 ? f->name : NULL;
        out->text = field_text(p, f);
        out->node = f;
        out->inherited = !own;
        out->def = fd;
    }
    if (others.len) {
        /* One note a table, naming them: a real table prints many a label of its own. */
        const char *list = "";
        for (int i = 0; i < others.len; i++) list = arena_printf(p->arena, "%s%s%s", list, i ? "、" : "", ((Node *)others.items[i])->name);
        diag_at(p->diags, N0322, ((Node *)others.items[0])->name_span, t->form->name, list, NULL);
    }
    if (t->form) {
        /* Sort into the form's field order (a stable insertion sort: tables are small). */
        for (int i = 1; i < t->nfields; i++) {
            Field x = t->fields[i];
            int px = x.def ? (int)(x.def - t->form->fields) : 1 << 20;
            int j = i - 1;
            while (j >= 0 && (t->fields[j].def ? (int)(t->fields[j].def - t->form->fields) : 1 << 20) > px) {
                t->fields[j + 1] = t->fields[j];
                j--;
            }
            t->fields[j + 1] = x;
        }
        for (int i = 0; i < t->form->nfields; i++) {
            const FieldDef *fd = &t->form->fields[i];
            if (fd->required && !get_field(&fs, fd->name, NULL)) {
                Diag *d = diag_at(p->diags, E0303, n->name_span, fd->name, t->form->name, NULL);
                diag_help(p->diags, d, E0303_help, fd->name, NULL);
            }
        }
    }
    const Field *unit_field = table_role(t, ROLE_UNIT);
    t->unit_name = t->kind == TABLE_DEPARTMENT ? t->name : unit_field ? unit_field->text : "";

    for (int i = 0; i < named_sets.len; i++) {
        /* The form's mid-term set (中期), or the year's written by its name (年度). */
        Node *c = named_sets.items[i];
        const char *set = t->form ? field_name(p, t->form, c->name) : c->name;
        Node **slot = NULL;
        if (t->form && t->form->mid_name && strcmp(set, t->form->mid_name) == 0) slot = c->kind == N_FUNDS ? &mid_funds : &mid_indicators;
        else if (strcmp(set, "年度") == 0) slot = c->kind == N_FUNDS ? &funds : &indicators;
        if (!slot) {
            Diag *g = diag_at(p->diags, E0326, c->name_span, c->name, t->form ? t->form->name : "?", NULL);
            const char *sets[] = {"年度", t->form ? t->form->mid_name : NULL};
            help_did_you_mean_or_list(p, g, c->name, sets, sets[1] ? 2 : 1);
            continue;
        }
        if (*slot) {
            Diag *g = diag_at(p->diags, E0304, c->kw, span_text(p, c->kw), NULL);
            diag_note(p->diags, g, E0304_note, (*slot)->kw, NULL);
            continue;
        }
        *slot = c;
    }
    if (funds || total_field) check_funds(p, t, funds, total_field);
    if (mid_funds) {
        /* Checked as the year's are, in the table's place for them. */
        Funds year = t->funds;
        memset(&t->funds, 0, sizeof t->funds);
        check_funds(p, t, mid_funds, NULL);
        t->mid_funds = t->funds;
        t->funds = year;
        if (t->funds.present && !t->amounts_invalid && decimal_cmp(t->funds.total, t->mid_funds.total) > 0)
            diag_at(p->diags, E0512, t->funds.total_node ? t->funds.total_node->name_span : funds ? funds->kw : n->name_span,
                    fmt_decimal(p, t->funds.total), t->form->mid_name, fmt_decimal(p, t->mid_funds.total), NULL);
    }
    if (expenses) check_expenses(p, t, expenses);
    check_dates(p, t, &fs);
    check_goals(p, t, &fs);
    t->framework = t->form && t->form->nframeworks ? &t->form->frameworks[0] : NULL;
    if (mid_indicators) {
        /* The mid-term indicators: built and checked as the year's (each indicator's rules), in
         * the table's place for them; the rules on a whole table look at the year's. */
        check_indicators(p, t, mid_indicators);
        t->mid = t->indicators;
        t->nmid = t->nindicators;
        t->mid_node = mid_indicators;
        t->indicators = NULL;
        t->nindicators = 0;
        t->indicators_node = NULL;
        t->framework = t->form && t->form->nframeworks ? &t->form->frameworks[0] : NULL;
        t->mixed_frameworks = t->category_errors = t->top_errors = false;
        memset(&t->error_tops, 0, sizeof t->error_tops);
        check_mid_scores(p, t);
    }
    if (indicators) check_indicators(p, t, indicators);
    check_framework(p, t);
}
