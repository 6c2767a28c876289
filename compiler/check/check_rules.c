/* The rules of the language design's section 6 that look at one indicator, or at a table's
 * indicators as a whole: a table of small functions, run in order for every indicator
 * (check_indicator) and every table (check_framework). A new rule is a function and a row.
 * The rules that need the tree as written (names, depth, duplicates, the framework's order) are
 * check_indicators.c's. */
#include <string.h>
#include "base/strbuf.h"
#include "check/check.h"
#include "diag/ui.h"

/* What a rule on one indicator sees. */
typedef struct IndicatorCtx {
    Program *p;
    Table *t;
    Indicator *ind;
    const char *name, *top, *sub; /* its 三级 name, its 一级 and 二级 */
    Value *cols[2];               /* 半年, 全年 (either may be NULL) */
    bool cost;                    /* under a 成本 一级 or 二级 (two rules ask) */
} IndicatorCtx;

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool is_rate_value(const Value *v) {
    if (!v) return true;
    if (v->kind == VK_TEXT && template_residue(v->text)) return true; /* W0709 says so */
    if (v->kind == VK_TEXT && v->text && !v->text[0]) return true; /* empty: W0413 says so */
    if ((v->kind == VK_MEASURE || v->kind == VK_RANGE || v->kind == VK_LEVEL) && is_rate_dimension(v->dimension)) return true;
    return false;
}

/* Where a diagnostic of the indicator's value points: the value, or the 引用 that brought it. */
static Span where_of(const Indicator *ind, const Value *v) { return ind->via_ref ? ind->via_ref->span : v->span; }

/* E0415: a 半年 value on a form that has no 半年 column. */
static void half_column(IndicatorCtx *c) {
    const Form *f = c->t->form;
    if (!c->ind->half || !f || f->has_half) return;
    const Indicator *ind = c->ind;
    diag_at(c->p->diags, E0415, ind->node->half_kw.len && !ind->via_ref ? ind->node->half_kw : where_of(ind, ind->half), f->name,
            NULL);
}

/* E0402: 半年 and 全年 of different dimensions. */
static void same_dimension(IndicatorCtx *c) {
    Value *h = c->cols[0], *f = c->cols[1];
    if (h && f && h->dimension && f->dimension && (h->kind == VK_MEASURE || h->kind == VK_RANGE) &&
        (f->kind == VK_MEASURE || f->kind == VK_RANGE) && strcmp(h->dimension, f->dimension) != 0)
        diag_at(c->p->diags, E0402, where_of(c->ind, f), c->name, span_text(c->p, h->span), h->dimension, span_text(c->p, f->span),
                f->dimension, NULL);
}

/* W0403: a cumulative count (≥ of 计数) whose 半年 target is above its 全年 one. */
static void half_above_full(IndicatorCtx *c) {
    Value *h = c->cols[0], *f = c->cols[1];
    if (!(h && f && h->kind == VK_MEASURE && f->kind == VK_MEASURE && h->cmp == CMP_GE && f->cmp == CMP_GE && h->dimension &&
          f->dimension && strcmp(h->dimension, "计数") == 0 && strcmp(f->dimension, "计数") == 0))
        return;
    /* Compared in one unit: 半年 ≥8000字 is below 全年 ≥1万字, and ≥3千字 is 3000 字. Targets
     * in units that do not convert (人次 and 个) are not compared. */
    Decimal a, b;
    const Unit *ra, *rb;
    if (!measure_in_root(h, &a, &ra) || !measure_in_root(f, &b, &rb)) return;
    bool same = ra || rb ? ra == rb : (!h->unit && !f->unit) || (h->unit && f->unit && strcmp(h->unit, f->unit) == 0);
    if (same && decimal_cmp(a, b) > 0)
        diag_at(c->p->diags, W0403, where_of(c->ind, h), c->name, span_text(c->p, h->span), span_text(c->p, f->span), NULL);
}

/* The name without what a table prints after it in parentheses: 成活率(≥**%), 完成及时率(%). */
static const char *bare_name(Program *p, const char *name) {
    size_t n = strlen(name);
    if (n > 1 && name[n - 1] == ')') {
        const char *open = strrchr(name, '(');
        if (open && open > name) return arena_strndup(p->arena, name, (size_t)(open - name));
    }
    if (n > 3 && strcmp(name + n - 3, "）") == 0) {
        for (const char *s = name + n - 3; s > name; s--)
            if (strncmp(s, "（", 3) == 0) return arena_strndup(p->arena, name, (size_t)(s - name));
    }
    return name;
}

/* Is the indicator a rate (…率, …比例)? 效率 (efficiency) and 频率 (frequency) end in 率 without
 * being ratios of a whole. */
static bool is_rate_name(Program *p, const char *name) {
    name = bare_name(p, name);
    return (ends_with(name, "率") && !ends_with(name, "效率") && !ends_with(name, "频率")) || ends_with(name, "比例");
}

/* W0407: a rate whose target is not a ratio. */
static void rate_is_ratio(IndicatorCtx *c) {
    const char *name = c->name;
    if (!is_rate_name(c->p, name)) return;
    for (int i = 0; i < 2; i++)
        if (c->cols[i] && !is_rate_value(c->cols[i])) {
            diag_at(c->p->diags, W0407, where_of(c->ind, c->cols[i]), name, span_text(c->p, c->cols[i]->span), NULL);
            return;
        }
}

/* W0408: a satisfaction indicator whose target is neither a ratio nor a level. */
static void satisfaction_target(IndicatorCtx *c) {
    if (!strstr(c->top, "满意度") && !strstr(c->name, "满意")) return;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        if (v && !(v->kind == VK_LEVEL || ((v->kind == VK_MEASURE || v->kind == VK_RANGE) && is_rate_dimension(v->dimension)))) {
            diag_at(c->p->diags, W0408, where_of(c->ind, v), c->name, span_text(c->p, v->span), NULL);
            return;
        }
    }
}

/* E0409: a money target under 成本 above the project's 资金总额 (compared exactly, in 元). */
static void cost_within_funds(IndicatorCtx *c) {
    Table *t = c->t;
    if (!c->cost || !t->funds.present) return;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        if (!v || v->kind != VK_MEASURE || !v->dimension || strcmp(v->dimension, "货币") != 0) continue;
        if (v->cmp == CMP_GE || v->cmp == CMP_GT || v->cmp == CMP_NE) continue;
        Decimal target, total;
        if (!measure_base(v, &target) || !to_yuan(t, t->funds.total, &total)) continue;
        if (decimal_cmp(target, total) > 0) {
            diag_at(c->p->diags, E0409, where_of(c->ind, v), c->name, span_text(c->p, v->span), fmt_decimal(c->p, target),
                    fmt_decimal(c->p, t->funds.total), t->money_unit, fmt_decimal(c->p, total), NULL);
            return;
        }
    }
}

/* W0418: a number without a unit as a target (2, 85, 60000): 85 what? A rate is W0407's. */
static const IndicatorColumn *cell_of(const IndicatorCtx *c, ColumnKind kind, const ColumnDef **def);

static void has_unit(IndicatorCtx *c) {
    if (is_rate_name(c->p, c->name)) return;
    if (cell_of(c, COL_UNIT, NULL)) return; /* the unit is in its own column */
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        if (v && v->kind == VK_MEASURE && !v->unit && !v->mult_exp && v->number_ok && !v->label) {
            diag_at(c->p->diags, W0418, where_of(c->ind, v), c->name, span_text(c->p, v->span), NULL);
            return;
        }
    }
}

/* Is there an amount of money in the text (20万元, 5000元)? */
static bool amount_in(const char *s) {
    for (const char *d = s; *d; d++) {
        if (!(*d >= '0' && *d <= '9')) continue;
        const char *e = d;
        while ((*e >= '0' && *e <= '9') || *e == '.') e++;
        if (strncmp(e, "元", 3) == 0 || strncmp(e, "万元", 6) == 0 || strncmp(e, "亿元", 6) == 0) return true;
        d = e - 1;
    }
    return false;
}

/* W0419: a target under 成本 that is no amount of money (500人/天, 100%, or words: 青山区's
 * 建设项目成本 "参照政府采购成本控制"); the money may be in the indicator's name instead
 * (项目总成本20万元 100%). */
static void cost_is_money(IndicatorCtx *c) {
    if (!c->cost) return;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        bool words = v && ((v->kind == VK_TEXT && v->syntax == VX_STRING) || (v->kind == VK_LEVEL && v->cmp == CMP_NONE));
        if (words && v->text && v->text[0] && !template_residue(v->text) && !amount_in(v->text)) {
            /* words (an empty text is W0413's, a placeholder W0709's, an amount in words is money) */
            Diag *d = diag_at(c->p->diags, W0419, where_of(c->ind, v), c->name, span_text(c->p, v->span),
                              ui(v->kind == VK_TEXT ? UI_cost_words : UI_cost_level), NULL);
            if (amount_in(c->name)) diag_help(c->p->diags, d, W0419_name, c->name, NULL);
            return;
        }
        if (!v || (v->kind != VK_MEASURE && v->kind != VK_RANGE) || !v->dimension) continue;
        if (strcmp(v->dimension, "货币") == 0 || strncmp(v->dimension, "货币/", strlen("货币/")) == 0) continue;
        /* A rate of the cost (成本节约率 ≤10%) is a ratio by name; a ratio for an amount is not. */
        if (is_rate_dimension(v->dimension) && is_rate_name(c->p, c->name) && !amount_in(c->name)) continue;
        Diag *d = diag_at(c->p->diags, W0419, where_of(c->ind, v), c->name, span_text(c->p, v->span), v->dimension, NULL);
        if (amount_in(c->name)) diag_help(c->p->diags, d, W0419_name, c->name, NULL);
        return;
    }
}

/* W0709: the blank form's placeholder left in the indicator's name (XX项目完成率). */
static void name_filled(IndicatorCtx *c) {
    if (template_residue(c->name)) diag_at(c->p->diags, W0709, c->ind->via_ref ? c->ind->via_ref->span : c->ind->node->name_span, c->name, NULL);
}

/* W0710: a category's name written as a 三级 indicator (社会成本指标 under 成本指标). */
static void not_a_category(IndicatorCtx *c) {
    const Form *f = c->t->form;
    if (!f || !f->nframeworks) return;
    const char *name = alias_of(c->p, f, NULL, c->name); /* 服务对象满意度 is 服务对象满意度指标 */
    if (f->category_names) {
        if (strmap_get(f->category_names, name))
            diag_at(c->p->diags, W0710, c->ind->via_ref ? c->ind->via_ref->span : c->ind->node->name_span, c->name, NULL);
        return;
    }
    for (int k = 0; k < f->nframeworks; k++) {
        const Framework *fw = &f->frameworks[k];
        for (int i = 0; i < fw->ntops; i++) {
            bool hit = strcmp(fw->tops[i].name, name) == 0;
            for (int s = 0; !hit && s < fw->tops[i].nsubs; s++) hit = strcmp(fw->tops[i].subs[s].name, name) == 0;
            if (hit) {
                diag_at(c->p->diags, W0710, c->ind->via_ref ? c->ind->via_ref->span : c->ind->node->name_span, c->name, NULL);
                return;
            }
        }
    }
}

/* W0604: a 时效 target dated after the project's period ends. */
static void timely_within_period(IndicatorCtx *c) {
    if (!c->t->has_period || !c->sub || !strstr(c->sub, "时效")) return;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        When w;
        if (!v || v->syntax != VX_DATE || !when_parse(v->text, &w)) continue;
        if (when_cmp(w, c->t->period_end) > 0) {
            char end[32];
            const When *e = &c->t->period_end;
            if (e->unit == WHEN_YEAR) snprintf(end, sizeof end, "%d年", e->y);
            else if (e->unit == WHEN_MONTH) snprintf(end, sizeof end, "%d年%d月", e->y, e->m);
            else snprintf(end, sizeof end, "%d年%d月%d日", e->y, e->m, e->d);
            diag_at(c->p->diags, W0604, where_of(c->ind, v), c->name, v->text, end, NULL);
            return;
        }
    }
}

/* W0704: a vague level word (较好, 明显 …) as an output target. */
static void output_not_vague(IndicatorCtx *c) {
    if (strcmp(c->top, "产出指标") != 0) return;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        if (v && v->kind == VK_LEVEL && v->level && v->level->vague) {
            diag_at(c->p->diags, W0704, where_of(c->ind, v), c->name, v->text, NULL);
            return;
        }
    }
}

/* ---- the form's 指标列 ------------------------------------------------------------------------ */

/* What a cell of each kind is written as (E0421's help). */
static const char *const column_kind_words[] = {"10", "定量 | 定性", "人次", "正向 | 反向", "\"…\""};

static const ColumnDef *find_column(const Program *p, const Form *f, const char *written, int *index) {
    const char *name = f ? alias_of(p, f, NULL, written) : written;
    for (int i = 0; f && i < f->ncolumns; i++)
        if (strcmp(f->columns[i].name, name) == 0 || strcmp(f->columns[i].name, written) == 0) {
            *index = i;
            return &f->columns[i];
        }
    return NULL;
}

/* One cell of a leaf's block: its value read by the kind of the column (E0421 when it is not
 * of that kind). */
static void read_cell(IndicatorCtx *c, const ColumnDef *def, IndicatorColumn *cell, Node *line) {
    Program *p = c->p;
    const Indicator *ind = c->ind;
    Span where = ind->via_ref ? ind->via_ref->span : span_join(line->values[0]->span, line->values[line->nvalues - 1]->span);
    cell->node = line;
    StrBuf b = {0};
    for (int i = 0; i < line->nvalues; i++) {
        if (i) sb_putc(&b, ' ');
        sb_puts(&b, value_text(p, line->values[i]));
    }
    cell->text = arena_strdup(p->arena, b.len ? b.data : "");
    sb_free(&b);
    const Value *v = line->values[0];
    bool ok = line->nvalues == 1;
    switch (def->kind) {
    case COL_SCORE:
        ok = ok && v->syntax == VX_MEASURE && v->number_ok && !v->cmp && !v->mult_exp && (!v->unit || strcmp(v->unit, "分") == 0) &&
             !decimal_is_negative(v->number);
        if (ok) {
            cell->has_number = true;
            cell->number = v->number;
        }
        break;
    case COL_NATURE:
        ok = ok && (strcmp(cell->text, "定量") == 0 || strcmp(cell->text, "定性") == 0);
        break;
    case COL_DIRECTION:
        ok = ok && (strcmp(cell->text, "正向") == 0 || strcmp(cell->text, "反向") == 0);
        break;
    case COL_UNIT:
        if (ok && (v->syntax == VX_WORD || v->syntax == VX_STRING || v->syntax == VX_MEASURE)) {
            const char *text = v->syntax == VX_MEASURE ? (v->unit && !v->number_span.len ? v->unit : NULL) : v->text;
            if (!text || !*text) {
                ok = false;
                break;
            }
            cell->unit = resolve_unit(p, text, &cell->unit_mult_exp);
            if (!cell->unit) help_from_units(p, diag_at(p->diags, E0307, where, text, NULL), text);
        } else ok = false;
        break;
    case COL_TEXT:
        break;
    }
    if (!ok) {
        Diag *d = diag_at(p->diags, E0421, where, c->name, def->name, cell->text, NULL);
        diag_help(p->diags, d, E0421_help, def->name, column_kind_words[def->kind], NULL);
    }
}

/* The leaf's block of cells (培训人次 ≥500 { 度量单位 人次; 分值 10 }), by the form's 指标列:
 * a column the form does not have is E0325, one written twice E0304. */
static void read_columns(IndicatorCtx *c) {
    Program *p = c->p;
    Indicator *ind = c->ind;
    const Form *f = c->t->form;
    ind->cols = NULL;
    if (f && f->ncolumns) ind->cols = arena_alloc(p->arena, sizeof *ind->cols * (size_t)f->ncolumns);
    for (Node *line = ind->node->children; line; line = line->next) {
        if (line->kind != N_FIELD || !line->name || line->nvalues == 0) continue;
        int k;
        const ColumnDef *def = find_column(p, f, line->name, &k);
        Span where = ind->via_ref ? ind->via_ref->span : line->name_span;
        if (!def) {
            if (!f) continue;
            Diag *d = diag_at(p->diags, E0325, where, line->name, f->name, NULL);
            PtrVec names = {0};
            for (int i = 0; i < f->ncolumns; i++) ptrvec_push(p->arena, &names, (void *)f->columns[i].name);
            if (names.len) help_did_you_mean_or_list(p, d, line->name, (const char *const *)names.items, names.len);
            continue;
        }
        if (ind->cols[k].node) {
            Diag *d = diag_at(p->diags, E0304, where, line->name, NULL);
            diag_note(p->diags, d, E0304_note, ind->cols[k].node->name_span, NULL);
            continue;
        }
        read_cell(c, def, &ind->cols[k], line);
    }
}

/* The cell of the first column of a kind that the indicator fills, or NULL. */
static const IndicatorColumn *cell_of(const IndicatorCtx *c, ColumnKind kind, const ColumnDef **def) {
    const Form *f = c->t->form;
    for (int i = 0; c->ind->cols && i < f->ncolumns; i++)
        if (f->columns[i].kind == kind && c->ind->cols[i].text) {
            if (def) *def = &f->columns[i];
            return &c->ind->cols[i];
        }
    return NULL;
}

/* A target written without its unit takes the one of the 度量单位 column (500 and 人次): its
 * unit, multiplier and dimension, as if written 500人次 (the text stays as written). */
static void unit_from_column(IndicatorCtx *c) {
    const IndicatorColumn *u = cell_of(c, COL_UNIT, NULL);
    if (!u || !u->unit) return;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        if (!v) continue;
        Value *parts[2] = {v, NULL};
        if (v->kind == VK_RANGE) parts[0] = v->lo, parts[1] = v->hi;
        else if (v->kind != VK_MEASURE) continue;
        for (int k = 0; k < 2 && parts[k]; k++)
            if (!parts[k]->unit && !parts[k]->unit_def) {
                /* Read as if written with it: 20 and 万元 is 20万元 (E0409 compares it so). */
                parts[k]->unit_def = u->unit;
                parts[k]->unit_mult_exp = u->unit_mult_exp;
                parts[k]->dimension = u->unit->dimension;
            }
        if (v->kind == VK_RANGE && !v->dimension) v->dimension = u->unit->dimension;
    }
}

static bool quantitative(const Value *v) {
    return v->kind == VK_MEASURE || v->kind == VK_RANGE || v->kind == VK_REFERENCE ||
           (v->kind == VK_LEVEL && v->dimension); /* 序时进度 stands for a rate */
}

/* W0422: 指标性质 定量 with a level or a text as the target, 定性 with a measure. */
static void nature_of_value(IndicatorCtx *c) {
    const ColumnDef *def;
    const IndicatorColumn *n = cell_of(c, COL_NATURE, &def);
    if (!n || (strcmp(n->text, "定量") != 0 && strcmp(n->text, "定性") != 0)) return;
    bool want = strcmp(n->text, "定量") == 0;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        if (!v || v->kind == VK_UNCHECKED || (v->kind == VK_TEXT && (!v->text || !v->text[0] || template_residue(v->text)))) continue;
        if (quantitative(v) != want) {
            diag_at(c->p->diags, W0422, where_of(c->ind, v), c->name, def->name, n->text, span_text(c->p, v->span),
                    want ? "定性" : "定量", NULL);
            return;
        }
    }
}

/* W0423: a 度量单位 column that says one unit and a target written in another (人 and 人次). */
static void unit_of_value(IndicatorCtx *c) {
    const ColumnDef *def;
    const IndicatorColumn *u = cell_of(c, COL_UNIT, &def);
    if (!u || !u->unit) return;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        if (!v) continue;
        const Value *m = v->kind == VK_RANGE ? v->hi : v;
        if ((v->kind != VK_MEASURE && v->kind != VK_RANGE) || !m->unit || !m->unit_def) continue;
        int vexp = m->mult_exp + m->unit_mult_exp;
        if (m->unit_def == u->unit && vexp == u->unit_mult_exp) continue;
        if (strcmp(m->unit_def->name, u->unit->name) == 0 && vexp == u->unit_mult_exp) continue;
        diag_at(c->p->diags, W0423, where_of(c->ind, v), c->name, def->name, u->text, span_text(c->p, v->span),
                arena_printf(c->p->arena, "%s%s", m->mult_exp ? span_text(c->p, m->mult_span) : "", m->unit), NULL);
        return;
    }
}

/* W0424: 指标方向 正向 (higher is better) with a ≤ or < target, 反向 with ≥ or >. */
static void direction_of_value(IndicatorCtx *c) {
    const ColumnDef *def;
    const IndicatorColumn *d = cell_of(c, COL_DIRECTION, &def);
    if (!d) return;
    bool up = strcmp(d->text, "正向") == 0, down = strcmp(d->text, "反向") == 0;
    for (int i = 0; i < 2; i++) {
        Value *v = c->cols[i];
        if (!v) continue;
        bool le = v->cmp == CMP_LE || v->cmp == CMP_LT, ge = v->cmp == CMP_GE || v->cmp == CMP_GT;
        if ((up && le) || (down && ge)) {
            diag_at(c->p->diags, W0424, where_of(c->ind, v), c->name, def->name, d->text, span_text(c->p, v->span), NULL);
            return;
        }
    }
}

static const struct {
    DiagCode code;
    void (*check)(IndicatorCtx *c);
} indicator_rules[] = {
    {W0422, nature_of_value},
    {W0423, unit_of_value},
    {W0424, direction_of_value},
    {E0415, half_column},
    {E0402, same_dimension},
    {W0403, half_above_full},
    {W0407, rate_is_ratio},
    {W0408, satisfaction_target},
    {E0409, cost_within_funds},
    {W0704, output_not_vague},
    {W0418, has_unit},
    {W0419, cost_is_money},
    {W0709, name_filled},
    {W0710, not_a_category},
    {W0604, timely_within_period},
};

void check_indicator(Program *p, Table *t, Indicator *ind) {
    IndicatorCtx c = {p, t, ind, ind->path[ind->depth - 1], ind->path[0], ind->path[1], {ind->half, ind->full}, false};
    c.cost = strstr(c.top, "成本") || (c.sub && strstr(c.sub, "成本"));
    read_columns(&c);
    for (int i = 0; i < 2; i++)
        if (c.cols[i]) type_value(p, t, c.cols[i], ind->via_ref ? ind->via_ref->span : c.cols[i]->span, ind->via_ref != NULL);
    unit_from_column(&c);
    for (size_t i = 0; i < sizeof indicator_rules / sizeof indicator_rules[0]; i++) indicator_rules[i].check(&c);
}

/* ---- the Ministry's framework over a whole table ---------------------------------------------- */

/* The table's indicators counted by (一级, 二级): W0701 and W0702 ask for each category of the
 * framework, and a scan of every indicator for each was a fifth of checking the framework. */
typedef struct PathCount {
    const char *top, *sub;
    int n;
} PathCount;

typedef struct TableCtx {
    Program *p;
    Table *t;
    Span where; /* the 指标 keyword, or the table's name */
    PathCount *counts;
    int ncounts;
} TableCtx;

static bool same_name(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

static void count_paths(TableCtx *c) {
    const Table *t = c->t;
    /* A table has a dozen categories: the caller's buffer, unless it has more indicators than
     * it holds (the arena is not freed before the end, and this runs for every table). */
    if (t->nindicators > c->ncounts) c->counts = arena_alloc(c->p->arena, sizeof *c->counts * (size_t)t->nindicators);
    c->ncounts = 0;
    for (int k = 0; k < t->nindicators; k++) {
        const char *top = t->indicators[k]->path[0], *sub = t->indicators[k]->path[1];
        /* The indicators come category by category, so the last pair is nearly always it. */
        int i = c->ncounts - 1;
        if (i < 0 || !same_name(c->counts[i].top, top) || !same_name(c->counts[i].sub, sub))
            for (i = 0; i < c->ncounts; i++)
                if (same_name(c->counts[i].top, top) && same_name(c->counts[i].sub, sub)) break;
        if (i == c->ncounts) c->counts[c->ncounts++] = (PathCount){top, sub, 0};
        c->counts[i].n++;
    }
}

static int count_in(const TableCtx *c, const char *top, const char *sub) {
    int n = 0;
    for (int i = 0; i < c->ncounts; i++)
        if (same_name(c->counts[i].top, top) && (!sub || same_name(c->counts[i].sub, sub))) n += c->counts[i].n;
    return n;
}

/* W0701: no indicator under one of 产出指标, 成本指标, 效益指标, 满意度指标 that the form has. 成本指标
 * is a 一级 of its own on the forms of 财预〔2021〕101号 (Shanghai, 通用项目); on the Jiangsu and
 * Nantong forms it is a 二级 of 产出指标, required through W0702. */
static void required_tops(TableCtx *c) {
    static const char *const tops[] = {"产出指标", "成本指标", "效益指标", "满意度指标"};
    for (size_t i = 0; i < sizeof tops / sizeof tops[0]; i++) {
        int idx;
        if (framework_top(c->t->framework, tops[i], &idx) && count_in(c, tops[i], NULL) == 0)
            diag_at(c->p->diags, W0701, c->where, c->t->name, tops[i], NULL);
    }
}

/* W0702: a 二级 category the form prints, under a 一级 the table fills, left empty. */
static void required_subs(TableCtx *c) {
    const Framework *f = c->t->framework;
    for (int i = 0; f && i < f->ntops; i++) {
        const TopCategoryDef *td = &f->tops[i];
        if (!count_in(c, td->name, NULL)) continue;
        /* A misplaced or misspelt category under this 一级 probably is the empty one. */
        bool errors = false;
        for (int k = 0; k < c->t->error_tops.len && !errors; k++) errors = strcmp(c->t->error_tops.items[k], td->name) == 0;
        if (errors) continue;
        for (int s = 0; s < td->nsubs; s++)
            if (td->subs[s].required && !count_in(c, td->name, td->subs[s].name))
                diag_at(c->p->diags, W0702, c->where, c->t->name, td->name, td->subs[s].name, NULL);
    }
}

/* W0703: indicators that are all levels or text, none a measure. */
static void some_measure(TableCtx *c) {
    const Table *t = c->t;
    if (t->nindicators == 0) return;
    for (int k = 0; k < t->nindicators; k++) {
        Value *cols[2] = {t->indicators[k]->half, t->indicators[k]->full};
        for (int i = 0; i < 2; i++)
            if (cols[i] && (cols[i]->kind == VK_MEASURE || cols[i]->kind == VK_RANGE || cols[i]->kind == VK_REFERENCE)) return;
    }
    diag_at(c->p->diags, W0703, c->where, t->name, NULL);
}

/* W0711: one indicator written under two categories (the same 三级 name in two 二级). */
static void one_place(TableCtx *c) {
    const Table *t = c->t;
    StrMap seen;
    strmap_init_unordered(&seen, c->p->arena);
    for (int k = 0; k < t->nindicators; k++) {
        const Indicator *ind = t->indicators[k];
        const char *name = ind->path[ind->depth - 1];
        if (!*name) continue; /* a 二级 holding its target: no 三级 name */
        bool found;
        void **slot = strmap_slot(&seen, name, &found);
        const Indicator *first = *slot;
        if (!found) {
            *slot = (void *)ind;
            continue;
        }
        if (first->via_ref || ind->via_ref) continue; /* a group's row and the table's: 引用's rules */
        const char *a = arena_printf(c->p->arena, "%s › %s", first->path[0], first->path[1]);
        const char *b = arena_printf(c->p->arena, "%s › %s", ind->path[0], ind->path[1]);
        Diag *d = diag_at(c->p->diags, W0711, ind->node->name_span, name, a, b, NULL);
        diag_note(c->p->diags, d, W0711_note, first->node->name_span, NULL);
    }
}

/* W0712: indicators, but no amount at all: no funds, no total, no expenses. */
static void some_amount(TableCtx *c) {
    const Table *t = c->t;
    if (t->kind == TABLE_PROJECT && t->nindicators > 0 && !t->funds.present && t->nexpenses == 0)
        diag_at(c->p->diags, W0712, t->node->name_span, t->name, NULL);
}

/* E0713: the indicators' scores (分值, 权重) against the form's total; a share of it (预算执行率
 * 10) belongs to a row the table may leave out: without that row the others may add up to the
 * rest (90) or to the whole. */
static void scores_of(Program *p, const Table *t, Indicator *const *inds, int n, Span where) {
    const Form *f = t->form;
    for (int k = 0; k < f->ncolumns; k++) {
        const ColumnDef *def = &f->columns[k];
        if (def->kind != COL_SCORE || !def->has_total) continue;
        Decimal sum = decimal_from_int(0);
        bool any = false, reserved_written = false, ok = true;
        for (int i = 0; i < n && ok; i++) {
            const Indicator *ind = inds[i];
            if (def->reserved && strcmp(ind->path[ind->depth - 1], def->reserved) == 0) reserved_written = true;
            if (!ind->cols || !ind->cols[k].text) continue;
            if (!ind->cols[k].has_number) { ok = false; break; } /* E0421 said so */
            any = true;
            ok = decimal_add(sum, ind->cols[k].number, &sum);
        }
        if (!any || !ok) continue;
        if (decimal_cmp(sum, def->total) == 0) continue;
        bool share = def->reserved && !reserved_written;
        Decimal rest;
        if (share && !decimal_sub(def->total, def->share, &rest)) continue;
        if (share && decimal_cmp(sum, rest) == 0) continue;
        Diag *d = diag_at(p->diags, E0713, where, t->name, def->name, fmt_decimal(p, sum), fmt_decimal(p, def->total), NULL);
        if (share)
            diag_help(p->diags, d, E0713_reserved, fmt_decimal(p, def->total), def->reserved, fmt_decimal(p, def->share),
                      fmt_decimal(p, rest), NULL);
    }
}

static void score_sum(TableCtx *c) { scores_of(c->p, c->t, c->t->indicators, c->t->nindicators, c->where); }

void check_mid_scores(Program *p, Table *t) {
    if (t->form && t->nmid) scores_of(p, t, t->mid, t->nmid, t->mid_node->kw);
}

static const struct {
    DiagCode code;
    void (*check)(TableCtx *c);
    bool with_unknown_tops; /* runs when a 一级 is unknown (E0305): the count of a 一级 then means little */
} table_rules[] = {
    {W0701, required_tops, false},
    {W0702, required_subs, true},
    {W0703, some_measure, true},
    {W0711, one_place, true},
    {W0712, some_amount, true},
    {E0713, score_sum, true},
};

void check_framework(Program *p, Table *t) {
    if (t->nindicators == 0 && !t->funds.present && t->nexpenses == 0) {
        diag_at(p->diags, W0705, t->node->name_span, t->name, NULL);
        return;
    }
    if (!t->form) return;
    PathCount counts[64];
    TableCtx c = {p, t, t->indicators_node ? t->indicators_node->kw : t->node->name_span, counts, 64};
    count_paths(&c);
    for (size_t i = 0; i < sizeof table_rules / sizeof table_rules[0]; i++)
        if (!t->top_errors || table_rules[i].with_unknown_tops) table_rules[i].check(&c);
}
