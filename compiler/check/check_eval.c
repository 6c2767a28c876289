/* The rest of the budget year (docs/evaluation.md): the scoring profiles (评分规则), and the
 * self-evaluations (自评) and monitoring reports (监控) read against the target tables they
 * name: every actual typed like its target, the weights chosen, the scores computed by the
 * profile (model/score.c) and a published table's own figures checked against them. */
#include <stdlib.h>
#include <string.h>
#include "check/check.h"
#include "model/eval.h"

static const char *vtext(Program *p, const Value *v) { return value_text(p, v); }
static const char *dtext(Program *p, Decimal d) { return fmt_decimal(p, d); }
static const char *dtrim(Program *p, Decimal d) {
    char buf[DECIMAL_STR_MAX];
    decimal_format_trim(d, buf);
    return arena_strdup(p->arena, buf);
}
static const char *rtext(Program *p, Ratio r) { return ratio_text(p->arena, r, 2); }
static const char *word(Program *p, DiagCode id) { return message_word_list(p->arena, &id, 1); }

static const char *item_key(const Node *n) { return n->name; }

/* A plain number (no comparator, no unit). */
static bool plain_number(const Value *v, Decimal *out) {
    if (!v || v->syntax != VX_MEASURE || v->cmp != CMP_NONE || v->unit || !v->number_ok) return false;
    return decimal_mul_pow10(v->number, v->mult_exp, out);
}

/* A percentage: 95% or 95. */
static bool percent_value(const Value *v, Decimal *out) {
    if (!v || v->syntax != VX_MEASURE || v->cmp != CMP_NONE || !v->number_ok) return false;
    if (v->unit && strcmp(v->unit, "%") != 0 && strcmp(v->unit, "％") != 0) return false;
    return decimal_mul_pow10(v->number, v->mult_exp, out);
}

/* The line being read: where a missing value is reported. */
static Span line_at;

static bool bad_value(Program *p, const char *key, const Value *v, DiagCode what) {
    diag_at(p->diags, E0827, v ? v->span : line_at, key, word(p, what), v ? vtext(p, v) : "-", NULL);
    return false;
}

/* ---- profiles ------------------------------------------------------------------------------- */

static bool profile_error(Program *p, const Profile *pr, Span at, const char *what) {
    diag_at(p->diags, E0821, at, pr->name, what, NULL);
    return false;
}

static bool method_of(const char *w, ScoreMethod *m) {
    if (strcmp(w, "比例") == 0) *m = SM_PROPORTIONAL;
    else if (strcmp(w, "全或无") == 0) *m = SM_ALL_OR_NOTHING;
    else return false;
    return true;
}

static Profile *read_profile(Program *p, Node *decl) {
    Profile *pr = arena_alloc(p->arena, sizeof *pr);
    pr->name = decl->nvalues ? vtext(p, decl->values[0]) : "";
    pr->decl = decl->span;
    pr->places = 2;
    pr->budget_cap = decimal_from_int(100);
    pr->red = decimal_from_int(60);
    pr->yellow = decimal_from_int(80);
    bool seen_weights = false;
    /* A setting written twice is E0304, as in a form or a table (which one did the writer
       mean?); the first one counts. It also keeps the blocks below one allocation each: a second 定性 used to add its
       bands after the first's in an array sized for the second alone. */
    static const char *const settings[] = {"依据", "权重", "正向", "反向", "等于", "区间", "超额提示",
                                           "预算执行率上限", "舍入", "定性", "评级", "监控"};
    enum { NSETTINGS = sizeof settings / sizeof settings[0] };
    Node *given[NSETTINGS] = {NULL};
    for (Node *it = decl->children; it; it = it->next) {
        const char *k = item_key(it);
        Value *v1 = it->nvalues > 0 ? it->values[0] : NULL;
        if (!k) continue;
        int which = -1;
        for (int i = 0; i < NSETTINGS; i++)
            if (strcmp(k, settings[i]) == 0) which = i;
        if (which >= 0 && given[which]) {
            Diag *d = diag_at(p->diags, E0304, it->name_span, k, NULL);
            diag_note(p->diags, d, E0304_note, given[which]->name_span, NULL);
            continue;
        }
        if (which >= 0) given[which] = it;
        if (strcmp(k, "依据") == 0 && v1) pr->basis = vtext(p, v1);
        else if (strcmp(k, "权重") == 0) {
            seen_weights = true;
            int n = 0;
            for (Node *w = it->children; w; w = w->next) n++;
            pr->weights = arena_alloc(p->arena, sizeof *pr->weights * (size_t)(n ? n : 1));
            Decimal total = decimal_from_int(0);
            for (Node *w = it->children; w; w = w->next) {
                Decimal d;
                if (!w->name || w->nvalues != 1 || !plain_number(w->values[0], &d)) {
                    profile_error(p, pr, w->span, word(p, E0821_weights));
                    continue;
                }
                ProfileWeight *pw = &pr->weights[pr->nweights++];
                pw->top = w->name;
                pw->weight = d;
                int na = 0;
                for (Node *a = w->children; a; a = a->next) na++;
                pw->also = arena_alloc(p->arena, sizeof *pw->also * (size_t)(na ? na : 1));
                for (Node *a = w->children; a; a = a->next)
                    if (a->name) pw->also[pw->nalso++] = a->name;
                if (strcmp(pw->top, "预算执行率") == 0) {
                    pr->budget_weight = d;
                    pr->has_budget_weight = true;
                }
                decimal_add(total, d, &total);
            }
            pr->total = total;
        } else if ((strcmp(k, "正向") == 0 || strcmp(k, "反向") == 0 || strcmp(k, "等于") == 0 || strcmp(k, "区间") == 0)) {
            ScoreMethod m;
            if (!v1 || !v1->text || !method_of(v1->text, &m)) {
                profile_error(p, pr, it->span, word(p, E0821_method));
                continue;
            }
            if (strcmp(k, "正向") == 0) pr->ge = m;
            else if (strcmp(k, "反向") == 0) pr->le = m;
            else if (strcmp(k, "等于") == 0) pr->eq = m;
            else pr->range = m;
        } else if (strcmp(k, "超额提示") == 0 || strcmp(k, "预算执行率上限") == 0) {
            Decimal d;
            if (!percent_value(v1, &d)) {
                profile_error(p, pr, it->span, word(p, E0821_share));
                continue;
            }
            if (strcmp(k, "超额提示") == 0) pr->over = d;
            else pr->budget_cap = d;
        } else if (strcmp(k, "舍入") == 0) {
            Decimal d;
            if (!plain_number(v1, &d) || d.scale != 0 || d.coef < 0 || d.coef > 6) {
                profile_error(p, pr, it->span, word(p, E0821_rounding));
                continue;
            }
            pr->places = (int)d.coef;
        } else if (strcmp(k, "定性") == 0) {
            int n = 0;
            for (Node *b = it->children; b; b = b->next) n++;
            pr->bands = arena_alloc(p->arena, sizeof *pr->bands * (size_t)(n ? n : 1));
            for (Node *b = it->children; b; b = b->next) {
                Value *r = b->nvalues > 0 ? b->values[0] : NULL;
                Decimal lo, hi;
                if (!b->name || !r || r->syntax != VX_RANGE || !percent_value(r->lo, &lo) || !percent_value(r->hi, &hi)) {
                    profile_error(p, pr, b->span, word(p, E0821_band));
                    continue;
                }
                if (decimal_cmp(lo, hi) > 0) {
                    profile_error(p, pr, b->span, word(p, E0821_band_order));
                    continue;
                }
                ScoreBand *sb = &pr->bands[pr->nbands++];
                sb->name = b->name;
                sb->lo = lo;
                sb->hi = hi;
                sb->aliases = arena_alloc(p->arena, sizeof *sb->aliases * (size_t)(b->nvalues));
                for (int i = 1; i < b->nvalues; i++) sb->aliases[sb->naliases++] = vtext(p, b->values[i]);
            }
        } else if (strcmp(k, "评级") == 0) {
            int n = 0;
            for (Node *g = it->children; g; g = g->next) n++;
            pr->grades = arena_alloc(p->arena, sizeof *pr->grades * (size_t)(n ? n : 1));
            for (Node *g = it->children; g; g = g->next) {
                Decimal d;
                if (!g->name || g->nvalues != 1 || !plain_number(g->values[0], &d)) {
                    profile_error(p, pr, g->span, word(p, E0821_grade));
                    continue;
                }
                pr->grades[pr->ngrades++] = (ScoreGrade){g->name, d};
            }
            for (int i = 1; i < pr->ngrades; i++)
                if (decimal_cmp(pr->grades[i].min, pr->grades[i - 1].min) >= 0)
                    profile_error(p, pr, it->span, word(p, E0821_grade_order));
        } else if (strcmp(k, "监控") == 0) {
            for (Node *l = it->children; l; l = l->next) {
                const char *lk = item_key(l);
                Decimal d;
                if (!lk || l->nvalues != 1 || !percent_value(l->values[0], &d) ||
                    (strcmp(lk, "红灯") != 0 && strcmp(lk, "黄灯") != 0)) {
                    profile_error(p, pr, l->span, word(p, E0821_lights));
                    continue;
                }
                if (strcmp(lk, "红灯") == 0) pr->red = d;
                else pr->yellow = d;
            }
        } else {
            profile_error(p, pr, it->span, arena_printf(p->arena, "'%s'%s", k, word(p, E0821_setting)));
        }
    }
    if (!seen_weights) profile_error(p, pr, decl->span, word(p, E0821_no_weights));
    if (!pr->nbands) profile_error(p, pr, decl->span, word(p, E0821_no_bands));
    if (!pr->ngrades) profile_error(p, pr, decl->span, word(p, E0821_no_grades));
    return pr;
}

static const Profile *find_profile(Program *p, const char *name) {
    for (int i = p->profiles.len - 1; i >= 0; i--) {
        const Profile *pr = p->profiles.items[i];
        if (strcmp(pr->name, name) == 0) return pr;
    }
    return NULL;
}

/* ---- amounts -------------------------------------------------------------------------------- */

/* An amount in the table's money unit: a number, or a measure in 元 with a multiplier (90万元). */
static bool amount_value(Program *p, const Table *t, const char *key, const Value *v, Decimal *out) {
    if (!v || v->syntax != VX_MEASURE || v->cmp != CMP_NONE || !v->number_ok) return bad_value(p, key, v, EV_amount);
    if (!v->unit) return decimal_mul_pow10(v->number, v->mult_exp, out) || bad_value(p, key, v, EV_amount);
    int exp = 0;
    const Unit *u = resolve_unit(p, v->unit, &exp);
    if (!u || !u->dimension || strcmp(u->dimension, "货币") != 0) return bad_value(p, key, v, EV_amount);
    int total = v->mult_exp + exp - t->money_exp;
    if (total >= 0) return decimal_mul_pow10(v->number, total, out) || bad_value(p, key, v, EV_amount);
    if (v->number.scale - total > DECIMAL_MAX_SCALE) return bad_value(p, key, v, EV_amount);
    *out = (Decimal){v->number.coef, v->number.scale - total};
    return true;
}

/* ---- matching ------------------------------------------------------------------------------- */

typedef struct Matcher {
    bool unmatched;    /* a line matched no target (E0802, E0825): W0805 would only repeat it */
    Program *p;
    Evaluation *ev;
    EvalProject *ep;
    StrMap lines;      /* Indicator* (as a key string) → EvalIndicator* */
} Matcher;

static const char *ind_key(Program *p, const Indicator *ind) { return arena_printf(p->arena, "%p", (const void *)ind); }

static bool path_has(Program *p, const Table *t, const Indicator *ind, const char *cat) {
    for (int d = 0; d < ind->depth - 1; d++) {
        if (strcmp(ind->path[d], cat) == 0) return true;
        const char *alias = alias_of(p, t->form, t->framework, cat);
        if (alias && strcmp(ind->path[d], alias) == 0) return true;
    }
    return false;
}

static const char *keys_of_line[] = {"分值", "得分", "档次", "偏差原因", "改进措施", "偏差原因分析及改进措施", "全年预计", "完成可能性"};

static bool line_key(const Value *v) {
    if (!v || v->syntax != VX_WORD) return false;
    for (size_t i = 0; i < sizeof keys_of_line / sizeof *keys_of_line; i++)
        if (strcmp(v->text, keys_of_line[i]) == 0) return true;
    return false;
}

static const ScoreBand *find_band(const Profile *pr, const char *name) {
    for (int i = 0; pr && i < pr->nbands; i++) {
        if (strcmp(pr->bands[i].name, name) == 0) return &pr->bands[i];
        for (int k = 0; k < pr->bands[i].naliases; k++)
            if (strcmp(pr->bands[i].aliases[k], name) == 0) return &pr->bands[i];
    }
    return NULL;
}

static void read_line(Matcher *m, Node *it, const char **cats, int ncats) {
    Program *p = m->p;
    Table *t = m->ep->table;
    const char *name = it->name;
    /* The target: the 三级 of that name, under the categories written around it. */
    const Indicator *found = NULL;
    int nfound = 0;
    for (int i = 0; i < t->nindicators; i++) {
        const Indicator *ind = t->indicators[i];
        if (strcmp(ind->path[ind->depth - 1], name) != 0) continue;
        bool ok = true;
        for (int c = 0; c < ncats && ok; c++) ok = path_has(p, t, ind, cats[c]);
        if (!ok) continue;
        if (!found) found = ind;
        nfound++;
    }
    if (!found) {
        Diag *d = diag_at(p->diags, E0802, it->name_span, t->name, name, NULL);
        PtrVec names = {0};
        for (int i = 0; i < t->nindicators; i++)
            ptrvec_push(p->arena, &names, (void *)t->indicators[i]->path[t->indicators[i]->depth - 1]);
        help_did_you_mean(p, d, name, (const char *const *)names.items, names.len);
        m->unmatched = true;
        return;
    }
    if (nfound > 1) {
        m->unmatched = true;
        diag_at(p->diags, E0825, it->name_span, t->name, name, NULL);
        return;
    }
    const char *key = ind_key(p, found);
    EvalIndicator *prev = strmap_get(&m->lines, key);
    if (prev) {
        Diag *d = diag_at(p->diags, E0826, it->name_span, name, NULL);
        diag_note(p->diags, d, E0826_note, prev->node->name_span, NULL);
        return;
    }
    EvalIndicator *e = arena_alloc(p->arena, sizeof *e);
    e->target = found;
    e->name = name;
    e->node = it;
    int i = 0;
    if (i < it->nvalues && !line_key(it->values[i])) e->actual = it->values[i++];
    while (i < it->nvalues) {
        Value *k = it->values[i], *v = i + 1 < it->nvalues ? it->values[i + 1] : NULL;
        if (!line_key(k)) {
            Diag *d = diag_at(p->diags, E0819, k->span, name, vtext(p, k), NULL);
            help_did_you_mean(p, d, vtext(p, k), keys_of_line, (int)(sizeof keys_of_line / sizeof *keys_of_line));
            i++;
            continue;
        }
        i += 2;
        const char *kt = k->text;
        if (!v) {
            line_at = k->span;
            bad_value(p, kt, NULL, EV_number);
            continue;
        }
        if (strcmp(kt, "分值") == 0) {
            if (plain_number(v, &e->weight_written)) e->has_weight = true;
            else bad_value(p, kt, v, EV_number);
        } else if (strcmp(kt, "得分") == 0) {
            if (plain_number(v, &e->stated)) e->has_stated = true, e->stated_value = v;
            else bad_value(p, kt, v, EV_number);
        } else if (strcmp(kt, "档次") == 0) {
            e->band = v->text ? find_band(m->ev->profile, v->text) : NULL;
            if (e->band) e->band_written = true;
            else {
                Diag *d = diag_at(p->diags, E0827, v->span, kt, word(p, EV_band), vtext(p, v), NULL);
                const Profile *pr = m->ev->profile;
                PtrVec names = {0};
                for (int b = 0; pr && b < pr->nbands; b++) ptrvec_push(p->arena, &names, (void *)pr->bands[b].name);
                help_did_you_mean_or_list(p, d, vtext(p, v), (const char *const *)names.items, names.len);
            }
        } else if (strcmp(kt, "偏差原因") == 0 || strcmp(kt, "偏差原因分析及改进措施") == 0) e->reason = vtext(p, v);
        else if (strcmp(kt, "改进措施") == 0) e->remedy = vtext(p, v);
        else if (strcmp(kt, "全年预计") == 0) e->forecast = v;
        else if (strcmp(kt, "完成可能性") == 0) e->likelihood = vtext(p, v);
    }
    strmap_put(&m->lines, key, e);
}

static void read_indicators(Matcher *m, Node *block, const char **cats, int ncats) {
    for (Node *it = block->children; it; it = it->next) {
        if (!it->name) continue;
        if (it->has_block) {
            if (ncats < 3) cats[ncats] = it->name;
            read_indicators(m, it, cats, ncats < 3 ? ncats + 1 : ncats);
        } else read_line(m, it, cats, ncats);
    }
}

/* ---- typing the actuals --------------------------------------------------------------------- */

/* The number of a measure in a unit both sides share: percent for a rate, 元 for money, the
 * unit itself otherwise. False (with *why) when they cannot be compared. */
static bool comparable(Program *p, const Table *t, const Value *v, const Value *target_like, Ratio *out) {
    Decimal base;
    if (!measure_base(v, &base)) return false;
    *out = ratio_from_decimal(base);
    const char *u = v->unit_def ? v->unit_def->name : v->unit;
    if (u && strcmp(u, "‰") == 0) ratio_div(*out, ratio_int(10), out);
    (void)p, (void)t, (void)target_like;
    return true;
}

static const char *unit_class(const Value *v) {
    if (!v->unit) return "";
    if (is_rate_dimension(v->dimension)) return "%";
    if (v->dimension && strcmp(v->dimension, "货币") == 0) return "元";
    return v->unit_def ? v->unit_def->name : v->unit;
}

static void type_actual(Program *p, Evaluation *ev, EvalProject *ep, EvalIndicator *e) {
    Table *t = ep->table;
    Value *a = e->actual, *tv = e->target->full;
    if (!a || !tv) return;
    type_value(p, t, a, a->span, false);
    bool target_measure = tv->kind == VK_MEASURE || tv->kind == VK_RANGE || tv->kind == VK_REFERENCE;
    bool actual_measure = a->kind == VK_MEASURE;
    if (a->kind == VK_MEASURE && a->cmp != CMP_NONE) {
        /* ≥95% as an actual: the comparator is the target's business. */
        diag_at(p->diags, E0827, a->span, e->name, word(p, EV_measure), vtext(p, a), NULL);
        e->actual = NULL;
        e->rejected = true;
        return;
    }
    if (target_measure != actual_measure) {
        diag_at(p->diags, E0804, a->span, e->name, vtext(p, tv), word(p, target_measure ? EV_measure : EV_level), vtext(p, a),
                word(p, actual_measure ? EV_measure : EV_level), NULL);
        e->actual = NULL;
        e->rejected = true;
        return;
    }
    if (!target_measure) return;
    /* A bare number is read in the target's unit (the printed tables write 实际完成值 so). */
    const Value *shape = tv->kind == VK_RANGE ? tv->lo : tv;
    Ratio tnum = {0, 1}, thi = {0, 1};
    if (tv->kind == VK_REFERENCE) {
        if (!tv->ref_resolved) return;
        Decimal y;
        if (!to_yuan(t, tv->ref_amount, &y)) return;
        tnum = ratio_from_decimal(y);
        if (!a->unit) {
            Decimal ay;
            if (!to_yuan(t, a->number, &ay)) return;
            e->actual_num = ratio_from_decimal(ay);
        } else if (!a->dimension || strcmp(a->dimension, "货币") != 0) {
            diag_at(p->diags, E0803, a->span, e->name, vtext(p, a), vtext(p, tv), a->dimension ? a->dimension : a->unit, "货币", NULL);
            e->actual = NULL;
            e->rejected = true;
            return;
        } else if (!comparable(p, t, a, tv, &e->actual_num)) return;
    } else {
        if (!comparable(p, t, shape, tv, &tnum)) return;
        if (tv->kind == VK_RANGE && !comparable(p, t, tv->hi, tv, &thi)) return;
        if (!a->unit) {
            /* In the target's unit, with its multiplier. */
            Decimal base;
            if (!a->number_ok || !decimal_mul_pow10(a->number, value_total_exp(shape), &base)) return;
            e->actual_num = ratio_from_decimal(base);
            const char *u = shape->unit_def ? shape->unit_def->name : shape->unit;
            if (u && strcmp(u, "‰") == 0) ratio_div(e->actual_num, ratio_int(10), &e->actual_num);
        } else if (shape->unit && strcmp(unit_class(a), unit_class(shape)) != 0) {
            const char *da = a->dimension ? a->dimension : a->unit, *dt = shape->dimension ? shape->dimension : shape->unit;
            if (strcmp(da, dt) == 0) da = a->unit, dt = shape->unit;
            diag_at(p->diags, E0803, a->span, e->name, vtext(p, a), vtext(p, tv), da, dt, NULL);
            e->actual = NULL;
            e->rejected = true;
            return;
        } else if (!comparable(p, t, a, tv, &e->actual_num)) return;
    }
    e->quantitative = true;
    e->is_range = tv->kind == VK_RANGE;
    e->cmp = tv->kind == VK_REFERENCE ? (tv->cmp == CMP_NONE ? CMP_LE : tv->cmp) : tv->cmp;
    e->target_num = tnum;
    e->target_hi = thi;
    (void)ev;
}

/* The band of a qualitative actual, when the evaluator gave none: the target's own word (or a
 * word as good on its scale) is the top band; a word lower on the target's scale, or on a scale
 * of its own (达成预期指标 > 部分达成预期指标 > 未达成预期指标), goes down the bands with it. */
static const ScoreBand *infer_band(Program *p, const Profile *pr, const Value *target, const Value *actual) {
    if (!pr->nbands) return NULL;
    const char *tt = vtext(p, target), *at = vtext(p, actual);
    if (strcmp(tt, at) == 0) return &pr->bands[0];
    const ScoreBand *named = find_band(pr, at);
    if (named) return named;
    const Level *la = actual->level, *lt = target->level;
    if (!la || !la->scale) return NULL;
    int steps;
    if (lt && lt->scale == la->scale) steps = la->rank - lt->rank;
    else if (la->rank == 0) steps = 0;
    else if (la->rank == la->scale->n - 1) steps = pr->nbands - 1;
    else steps = 1;
    if (steps < 0) steps = 0;
    if (steps >= pr->nbands) steps = pr->nbands - 1;
    return &pr->bands[steps];
}

/* ---- a project ------------------------------------------------------------------------------ */

static const char *project_keys[] = {"实施单位", "年初预算数", "全年预算数", "全年执行数", "执行数", "执行率", "分值", "得分",
                                     "总分", "评价等级", "实际完成情况", "指标", "偏差原因", "资金"};

/* 资金 { 本年财政拨款 90 89.974 89.974 … }: each source's 年初预算数, 全年预算数 and 全年执行数 (in a
 * 监控: 全年预算数 and 执行数), summed by column. */
static void read_sources(Program *p, Table *t, Evaluation *ev, Node *block, Decimal sums[3], bool has_sum[3]) {
    for (Node *l = block->children; l; l = l->next) {
        if (!l->name) continue;
        line_at = l->name_span;
        int first = ev->kind == N_EVAL ? 0 : 1;
        if (l->nvalues > 3 - first || l->nvalues == 0) {
            bad_value(p, l->name, l->nvalues ? l->values[l->nvalues - 1] : NULL, EV_amount);
            continue;
        }
        for (int i = 0; i < l->nvalues; i++) {
            Decimal d;
            if (!amount_value(p, t, l->name, l->values[i], &d)) continue;
            int col = first + i;
            Decimal s;
            if (!decimal_add(sums[col], d, &s)) continue;
            sums[col] = s;
            has_sum[col] = true;
        }
    }
}

/* The tables by kind, name and 年度 (each key: a PtrVec of them, in load order). */
static StrMap tables_by_key;
static const char *tkey(Program *p, int kind, const char *name, int year) {
    return arena_printf(p->arena, "%d\x1f%s\x1f%d", kind, name, year);
}

static Table *find_table(Program *p, Evaluation *ev, Node *it, const char *unit) {
    const char *name = it->values[0]->text;
    TableKind kind = strcmp(item_key(it), "部门") == 0 ? TABLE_DEPARTMENT : TABLE_PROJECT;
    PtrVec *same = strmap_get(&tables_by_key, tkey(p, kind, name, ev->year));
    for (int i = 0; same && i < same->len; i++) {
        Table *t = same->items[i];
        if (unit && (!t->unit_name || strcmp(t->unit_name, unit) != 0)) continue;
        return t;
    }
    Diag *d = diag_at(p->diags, E0801, it->values[0]->span, ev->kind == N_EVAL ? "自评" : "监控",
                      arena_printf(p->arena, "%d", ev->year), name, NULL);
    PtrVec names = {0};
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        if (t->kind == kind && t->has_year && t->year == ev->year) ptrvec_push(p->arena, &names, (void *)t->name);
    }
    if (names.len) help_did_you_mean(p, d, name, (const char *const *)names.items, names.len);
    else diag_note_nowhere(p->diags, d, E0801_note, NULL);
    return NULL;
}

static const ProfileWeight *weight_of_top(const Profile *pr, const char *top) {
    for (int i = 0; i < pr->nweights; i++) {
        const ProfileWeight *w = &pr->weights[i];
        if (strcmp(w->top, top) == 0) return w;
        for (int k = 0; k < w->nalso; k++)
            if (strcmp(w->also[k], top) == 0) return w;
    }
    return NULL;
}

static void choose_weights(Program *p, const Profile *pr, EvalProject *ep) {
    /* The tops of the profile (预算执行率 aside), then any other 一级 with written 分值. */
    ep->tops = arena_alloc(p->arena, sizeof *ep->tops * (size_t)(pr->nweights + ep->ninds + 1));
    ep->ntops = 0;
    for (int i = 0; i < pr->nweights; i++)
        if (strcmp(pr->weights[i].top, "预算执行率") != 0)
            ep->tops[ep->ntops++] = (EvalTop){pr->weights[i].top, ratio_int(0), ratio_int(0)};
    for (int i = 0; i < ep->ninds; i++) {
        EvalIndicator *e = ep->inds[i];
        const ProfileWeight *w = weight_of_top(pr, e->target->path[0]);
        if (w) e->top = w->top;
        else if (e->has_weight) {
            e->top = e->target->path[0];
            bool have = false;
            for (int k = 0; k < ep->ntops; k++) have |= strcmp(ep->tops[k].name, e->top) == 0;
            if (!have) ep->tops[ep->ntops++] = (EvalTop){e->top, ratio_int(0), ratio_int(0)};
        }
    }
    /* Per top: every 分值 written, or none (the profile's weight shared evenly). */
    bool missing = false;
    for (int k = 0; k < ep->ntops; k++) {
        int n = 0, written = 0;
        for (int i = 0; i < ep->ninds; i++)
            if (ep->inds[i]->top && strcmp(ep->inds[i]->top, ep->tops[k].name) == 0) {
                n++;
                written += ep->inds[i]->has_weight;
            }
        const ProfileWeight *pw = weight_of_top(pr, ep->tops[k].name);
        for (int i = 0; i < ep->ninds; i++) {
            EvalIndicator *e = ep->inds[i];
            if (!e->top || strcmp(e->top, ep->tops[k].name) != 0) continue;
            if (e->has_weight) e->weight = ratio_from_decimal(e->weight_written);
            else if (written) {
                e->weight = ratio_int(0);
                missing = true;
                diag_at(p->diags, E0822, e->node ? e->node->name_span : e->target->node->name_span, e->target->path[e->target->depth - 1],
                        ep->tops[k].name, NULL);
            } else if (pw) {
                ratio_div(ratio_from_decimal(pw->weight), ratio_int(n), &e->weight);
            }
        }
    }
    ep->budget_weight = ep->has_weight ? ratio_from_decimal(ep->weight_written) : ratio_from_decimal(pr->budget_weight);
    /* The sum, and the parts of the profile's. */
    Ratio sum = ep->budget_weight;
    const char *parts = arena_printf(p->arena, "预算执行率 %s", rtext(p, ep->budget_weight));
    for (int k = 0; k < ep->ntops; k++) {
        Ratio s = ratio_int(0);
        bool any_written = false;
        for (int i = 0; i < ep->ninds; i++) {
            EvalIndicator *e = ep->inds[i];
            if (e->top && strcmp(e->top, ep->tops[k].name) == 0) {
                ratio_add(s, e->weight, &s);
                any_written |= e->has_weight;
            }
        }
        ratio_add(sum, s, &sum);
        parts = arena_printf(p->arena, "%s, %s %s", parts, ep->tops[k].name, rtext(p, s));
        const ProfileWeight *pw = weight_of_top(pr, ep->tops[k].name);
        if (!missing && any_written && pw && ratio_cmp(s, ratio_from_decimal(pw->weight)) != 0)
            diag_at(p->diags, W0807, ep->node->values[0]->span, ep->name, ep->tops[k].name, rtext(p, s), pr->name, dtext(p, pw->weight), NULL);
    }
    if (!missing && ratio_cmp(sum, ratio_from_decimal(pr->total)) != 0)
        diag_at(p->diags, E0806, ep->node->values[0]->span, ep->name, rtext(p, sum), dtext(p, pr->total), parts, NULL);
}

/* Does `stated` equal `exact` rounded to the stated number's places (at most the profile's)? */
static bool agrees(Decimal stated, Ratio exact, int places) {
    int sp = stated.scale < places ? stated.scale : places;
    Decimal r;
    if (!ratio_round(exact, sp, &r)) return true;
    return decimal_cmp(r, stated) == 0;
}

static const char *formula(Program *p, const EvalIndicator *e) {
    const char *w = rtext(p, e->weight), *s = rtext(p, e->score), *a = rtext(p, e->actual_num), *t = rtext(p, e->target_num);
    switch (e->how) {
    case SH_MET: return arena_printf(p->arena, "%s %s %s → %s", e->actual ? vtext(p, e->actual) : "", "✓", e->target->full ? vtext(p, e->target->full) : "", s);
    case SH_RATIO: return arena_printf(p->arena, "%s × %s ÷ %s = %s", w, a, e->is_range ? t : t, s);
    case SH_INVERSE: return arena_printf(p->arena, "%s × %s ÷ %s = %s", w, e->is_range ? rtext(p, e->target_hi) : t, a, s);
    case SH_ZERO: return arena_printf(p->arena, "0");
    default: return s;
    }
}

static Span line_span(const EvalIndicator *e) { return e->node ? e->node->name_span : e->target->node->name_span; }

static void score_checks(Program *p, Evaluation *ev, EvalProject *ep, bool unmatched) {
    const Profile *pr = ev->profile;
    choose_weights(p, pr, ep);
    /* Bands of the qualitative lines, before the scores. */
    for (int i = 0; i < ep->ninds; i++) {
        EvalIndicator *e = ep->inds[i];
        if (!e->top || !e->actual || e->quantitative || !e->target->full) continue;
        if (!e->band) e->band = infer_band(p, pr, e->target->full, e->actual);
        if (!e->band && e->has_stated && e->weight.num > 0) {
            Ratio share;
            if (ratio_div(ratio_from_decimal(e->stated), e->weight, &share) && ratio_mul(share, ratio_int(100), &share))
                e->band = band_of_share(pr, share);
        }
    }
    if (!score_project(pr, ep)) return;
    for (int i = 0; i < ep->ninds; i++) {
        EvalIndicator *e = ep->inds[i];
        if (!e->top) continue;
        if (!e->actual) {
            if (!unmatched && !e->rejected) diag_at(p->diags, W0805, line_span(e), e->name, NULL);
            continue;
        }
        if (e->has_stated && ratio_cmp(ratio_from_decimal(e->stated), e->weight) > 0) {
            diag_at(p->diags, E0808, e->stated_value->span, e->name, dtext(p, e->stated), rtext(p, e->weight), NULL);
            continue;
        }
        if (e->quantitative) {
            if (e->over) {
                Ratio share;
                ratio_div(e->actual_num, e->target_num, &share);
                ratio_mul(share, ratio_int(100), &share);
                diag_at(p->diags, W0815, e->actual->span, e->name, vtext(p, e->actual), vtext(p, e->target->full),
                        arena_printf(p->arena, "%s%%", ratio_text(p->arena, share, 1)), NULL);
            }
            if (e->has_stated && !agrees(e->stated, e->score, pr->places))
                diag_at(p->diags, W0809, e->stated_value->span, e->name, dtext(p, e->stated), rtext(p, e->score), formula(p, e), NULL);
            continue;
        }
        /* Qualitative: the evaluator's score inside the band; none given, the band decides. */
        if (e->has_stated && e->band) {
            Ratio lo, hi;
            ratio_mul(e->weight, ratio_from_decimal(e->band->lo), &lo);
            ratio_div(lo, ratio_int(100), &lo);
            ratio_mul(e->weight, ratio_from_decimal(e->band->hi), &hi);
            ratio_div(hi, ratio_int(100), &hi);
            Ratio s = ratio_from_decimal(e->stated);
            if (ratio_cmp(s, lo) < 0 || ratio_cmp(s, hi) > 0)
                diag_at(p->diags, E0810, e->stated_value->span, e->name, dtext(p, e->stated), e->band->name, rtext(p, lo), rtext(p, hi), NULL);
        } else if (!e->has_stated && !e->band) {
            diag_at(p->diags, W0824, e->actual->span, e->name, vtext(p, e->actual), vtext(p, e->target->full), NULL);
        } else if (!e->has_stated && e->how == SH_BAND_LOW) {
            diag_at(p->diags, W0823, e->actual->span, e->name, vtext(p, e->actual), e->band->name, rtext(p, e->score), NULL);
        }
    }
    Span at = ep->node->values[0]->span;
    if (ep->has_spent && ep->has_budget && decimal_cmp(ep->spent, ep->budget) > 0)
        diag_at(p->diags, E0811, at, ep->name, dtext(p, ep->spent), dtext(p, ep->budget), NULL);
    if (ep->has_rate && ep->rate_known && !agrees(ep->rate_written, ep->rate, 2))
        diag_at(p->diags, E0812, at, ep->name, arena_printf(p->arena, "%s%%", dtext(p, ep->rate_written)), dtext(p, ep->spent),
                dtext(p, ep->budget), arena_printf(p->arena, "%s%%", rtext(p, ep->rate)), NULL);
    if (ep->has_stated && ratio_cmp(ratio_from_decimal(ep->stated), ep->budget_weight) > 0)
        diag_at(p->diags, E0808, at, "预算执行率", dtext(p, ep->stated), rtext(p, ep->budget_weight), NULL);
    else if (ep->has_stated && ep->rate_known && !agrees(ep->stated, ep->budget_score, pr->places))
        diag_at(p->diags, W0809, at, "预算执行率", dtext(p, ep->stated), rtext(p, ep->budget_score),
                arena_printf(p->arena, "%s × %s%%", rtext(p, ep->budget_weight), rtext(p, ratio_min(ep->rate, ratio_from_decimal(pr->budget_cap)))), NULL);
    if (ep->has_total) {
        /* The table's own arithmetic first: its total against its own scores. */
        bool all = ep->has_stated;
        Decimal sum = ep->has_stated ? ep->stated : decimal_from_int(0);
        for (int i = 0; i < ep->ninds && all; i++) {
            EvalIndicator *e = ep->inds[i];
            if (!e->top) continue;
            if (!e->has_stated) all = false;
            else decimal_add(sum, e->stated, &sum);
        }
        if (all && decimal_cmp(sum, ep->total_written) != 0)
            diag_at(p->diags, E0813, at, ep->name, dtext(p, ep->total_written), dtrim(p, sum), NULL);
        else if (!agrees(ep->total_written, ep->total, pr->places))
            diag_at(p->diags, W0814, at, ep->name, dtext(p, ep->total_written), pr->name, dtext(p, ep->total_rounded), NULL);
    }
}

/* ---- monitoring ---- */

/* Days since a fixed origin (the civil calendar's, as in Howard Hinnant's days_from_civil). */
static long day_number(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

static const char *likelihoods[] = {"确定能", "有可能", "完全不可能"};

static bool cumulative(const Value *v) {
    if (!v || v->kind != VK_MEASURE || (v->cmp != CMP_GE && v->cmp != CMP_GT && v->cmp != CMP_EQ && v->cmp != CMP_NONE)) return false;
    return v->dimension && (strcmp(v->dimension, "计数") == 0 || strcmp(v->dimension, "货币") == 0);
}

static void light_check(Program *p, Span at, const char *name, int light, Ratio progress, Ratio pro_rata, const char *reason) {
    if (light < 2 || reason) return;
    const char *a = arena_printf(p->arena, "%s%%", rtext(p, progress)), *b = arena_printf(p->arena, "%s%%", rtext(p, pro_rata));
    diag_at(p->diags, light == 3 ? E0817 : W0818, at, name, a, b, NULL);
}

static void monitor_checks(Program *p, Evaluation *ev, EvalProject *ep, const char *budget_reason) {
    const Profile *pr = ev->profile;
    /* 序时进度: the elapsed share of the project's period, through the as-of date, when its
     * table dates it by month or day within the year; else of the year. */
    Ratio elapsed;
    long first = day_number(ev->year, 1, 1), last = day_number(ev->year, 12, 31);
    const Table *t = ep->table;
    if (t->has_period && t->period_start.unit != WHEN_YEAR && t->period_end.unit != WHEN_YEAR) {
        When a = t->period_start, z = t->period_end;
        long from = day_number(a.y, a.m, a.unit == WHEN_DAY ? a.d : 1);
        long to = z.unit == WHEN_DAY ? day_number(z.y, z.m, z.d) : day_number(z.m == 12 ? z.y + 1 : z.y, z.m == 12 ? 1 : z.m + 1, 1) - 1;
        if (from <= to) first = from, last = to;
    }
    long today = day_number(ev->date.y, ev->date.m, ev->date.d);
    if (today < first) elapsed = ratio_int(0);
    else if (today >= last) elapsed = ratio_int(100);
    else ratio_div(ratio_int((today - first + 1) * 100), ratio_int(last - first + 1), &elapsed);
    ep->elapsed = elapsed;
    for (int i = 0; i < ep->ninds; i++) {
        EvalIndicator *e = ep->inds[i];
        if (e->likelihood) {
            bool ok = false;
            for (int k = 0; k < 3; k++) ok |= strcmp(e->likelihood, likelihoods[k]) == 0;
            if (!ok) {
                Diag *d = diag_at(p->diags, E0827, e->node->name_span, "完成可能性", "确定能、有可能、完全不可能", e->likelihood, NULL);
                (void)d;
            }
        }
        if (!e->actual || !e->quantitative || e->is_range) continue;
        const Value *tv = e->target->full;
        Ratio pro = elapsed;
        Ratio target = e->target_num;
        if (!cumulative(tv)) {
            /* A rate with a 半年 value: the 半年 value is its mark at mid-year. */
            const Value *hv = e->target->half;
            if (!hv || !hv->number_ok || !is_rate_dimension(tv->dimension) || ev->date.m < 7) continue;
            Decimal h;
            if (!measure_base(hv, &h)) continue;
            target = ratio_from_decimal(h);
            pro = ratio_int(100);
        }
        if (target.num <= 0) continue;
        Ratio progress;
        if (!ratio_div(e->actual_num, target, &progress) || !ratio_mul(progress, ratio_int(100), &progress)) continue;
        e->progress = progress;
        e->light = light_of(pr, progress, pro);
        light_check(p, e->actual->span, e->name, e->light, progress, pro, e->reason);
    }
    if (ep->has_budget && ep->has_spent && !decimal_is_zero(ep->budget)) {
        Ratio r;
        if (ratio_div(ratio_from_decimal(ep->spent), ratio_from_decimal(ep->budget), &r) && ratio_mul(r, ratio_int(100), &r)) {
            ep->rate = r;
            ep->rate_known = true;
            ep->budget_light = light_of(pr, r, elapsed);
            light_check(p, ep->node->values[0]->span, "预算执行率", ep->budget_light, r, elapsed, budget_reason);
        }
    }
    if (ep->has_spent && ep->has_budget && decimal_cmp(ep->spent, ep->budget) > 0)
        diag_at(p->diags, E0811, ep->node->values[0]->span, ep->name, dtext(p, ep->spent), dtext(p, ep->budget), NULL);
}

static void check_project(Program *p, Evaluation *ev, Node *it) {
    const char *unit = NULL;
    for (Node *c = it->children; c; c = c->next)
        if (c->name && strcmp(c->name, "实施单位") == 0 && c->nvalues > 0) unit = vtext(p, c->values[0]);
    Table *t = find_table(p, ev, it, unit);
    if (!t) return;
    EvalProject *ep = arena_alloc(p->arena, sizeof *ep);
    ep->name = t->name;
    ep->table = t;
    ep->node = it;
    Matcher m = {false, p, ev, ep, {0}};
    const char *budget_reason = NULL;
    Decimal sums[3] = {{0, 0}, {0, 0}, {0, 0}};
    bool has_sum[3] = {false, false, false};
    const Value *at[3] = {NULL, NULL, NULL};
    Node *sources = NULL;
    strmap_init(&m.lines, p->arena);
    StrMap seen;
    strmap_init(&seen, p->arena);
    for (Node *c = it->children; c; c = c->next) {
        const char *k = item_key(c);
        if (!k) continue;
        line_at = c->name_span;
        Node *first = strmap_get(&seen, k);
        if (first) {
            Diag *d = diag_at(p->diags, E0826, c->name_span, k, NULL);
            diag_note(p->diags, d, E0826_note, first->name_span, NULL);
            continue;
        }
        strmap_put(&seen, k, c);
        Value *v = c->nvalues > 0 ? c->values[0] : NULL;
        if (strcmp(k, "指标") == 0 && c->has_block) {
            const char *cats[3];
            read_indicators(&m, c, cats, 0);
        } else if (strcmp(k, "实施单位") == 0) {
        } else if (strcmp(k, "资金") == 0 && c->has_block) {
            read_sources(p, t, ev, c, sums, has_sum);
            sources = c;
        } else if (strcmp(k, "年初预算数") == 0) ep->has_initial = amount_value(p, t, k, v, &ep->initial), at[0] = v;
        else if (strcmp(k, "全年预算数") == 0) ep->has_budget = amount_value(p, t, k, v, &ep->budget), at[1] = v;
        else if (strcmp(k, ev->kind == N_EVAL ? "全年执行数" : "执行数") == 0)
            ep->has_spent = amount_value(p, t, k, v, &ep->spent), at[2] = v;
        else if (strcmp(k, "执行率") == 0) {
            if (percent_value(v, &ep->rate_written) && v->unit) ep->has_rate = true;
            else bad_value(p, k, v, EV_percent);
        } else if (strcmp(k, "分值") == 0) {
            if (plain_number(v, &ep->weight_written)) ep->has_weight = true;
            else bad_value(p, k, v, EV_number);
        } else if (strcmp(k, "得分") == 0) {
            if (plain_number(v, &ep->stated)) ep->has_stated = true;
            else bad_value(p, k, v, EV_number);
        } else if (strcmp(k, "总分") == 0) {
            if (plain_number(v, &ep->total_written)) ep->has_total = true;
            else bad_value(p, k, v, EV_number);
        } else if (strcmp(k, "评价等级") == 0 && v) ep->grade_written = vtext(p, v);
        else if (strcmp(k, "实际完成情况") == 0 && v) ep->goal_actual = vtext(p, v);
        else if (strcmp(k, "偏差原因") == 0 && v && ev->kind == N_MONITOR) budget_reason = vtext(p, v);
        else {
            Diag *d = diag_at(p->diags, E0819, c->name_span, arena_printf(p->arena, "%s %s", item_key(it), t->name), k, NULL);
            help_did_you_mean(p, d, k, project_keys, (int)(sizeof project_keys / sizeof *project_keys));
        }
    }
    /* The 年度资金总额 row against its sources' rows (资金 { 来源 年初 全年 执行 }). */
    if (sources) {
        static const char *names[3] = {"年初预算数", "全年预算数", "全年执行数"};
        bool *has[3] = {&ep->has_initial, &ep->has_budget, &ep->has_spent};
        Decimal *val[3] = {&ep->initial, &ep->budget, &ep->spent};
        for (int i = 0; i < 3; i++) {
            if (!has_sum[i]) continue;
            if (!*has[i]) {
                *has[i] = true;
                *val[i] = sums[i];
            } else if (decimal_cmp(*val[i], sums[i]) != 0) {
                diag_at(p->diags, E0828, at[i] ? at[i]->span : sources->name_span, ep->name, names[i], dtext(p, *val[i]), dtrim(p, sums[i]), NULL);
            }
        }
    }
    if (!ep->has_budget && t->funds.present) {
        ep->budget = t->funds.total;
        ep->has_budget = true;
    }
    if (!ep->has_initial && t->funds.present) {
        ep->initial = t->funds.total;
        ep->has_initial = true;
    }
    /* Every target, in the table's order, with its line or without. */
    ep->inds = arena_alloc(p->arena, sizeof *ep->inds * (size_t)(t->nindicators ? t->nindicators : 1));
    for (int i = 0; i < t->nindicators; i++) {
        EvalIndicator *e = strmap_get(&m.lines, ind_key(p, t->indicators[i]));
        if (!e) {
            e = arena_alloc(p->arena, sizeof *e);
            e->target = t->indicators[i];
            e->name = e->target->path[e->target->depth - 1];
        }
        ep->inds[ep->ninds++] = e;
    }
    ep->reason = budget_reason;
    for (int i = 0; i < ep->ninds; i++) type_actual(p, ev, ep, ep->inds[i]);
    if (ev->kind == N_EVAL) score_checks(p, ev, ep, m.unmatched);
    else monitor_checks(p, ev, ep, budget_reason);
    ev->projects = ev->nprojects ? ev->projects : NULL;
    EvalProject **grown = arena_alloc(p->arena, sizeof *grown * (size_t)(ev->nprojects + 1));
    if (ev->nprojects) memcpy(grown, ev->projects, sizeof *grown * (size_t)ev->nprojects);
    grown[ev->nprojects++] = ep;
    ev->projects = grown;
}

/* ---- evaluations ---------------------------------------------------------------------------- */

static void check_evaluation(Program *p, Node *decl, uint32_t file) {
    Evaluation *ev = arena_alloc(p->arena, sizeof *ev);
    ev->kind = decl->kind;
    ev->node = decl;
    ev->file = file;
    Value *when = decl->nvalues ? decl->values[0] : NULL;
    const char *kw = decl->kind == N_EVAL ? "自评" : "监控";
    if (decl->kind == N_EVAL) {
        Decimal y;
        if (when && when->syntax == VX_YEAR) ev->year = atoi(when->text);
        else if (plain_number(when, &y) && y.scale == 0 && y.coef >= 1900 && y.coef <= 2999) ev->year = (int)y.coef;
        else {
            bad_value(p, kw, when, EV_year);
            return;
        }
    } else {
        if (!when || when->syntax != VX_DATE || !when_parse(when->text, &ev->date) || ev->date.unit != WHEN_DAY) {
            bad_value(p, kw, when, EV_date);
            return;
        }
        ev->year = ev->date.y;
    }
    const char *profile = "财政部";
    Span profile_span = decl->kw;
    for (Node *c = decl->children; c; c = c->next)
        if (c->name && strcmp(c->name, "评分规则") == 0 && c->nvalues > 0) {
            profile = vtext(p, c->values[0]);
            profile_span = c->values[0]->span;
        }
    ev->profile = find_profile(p, profile);
    if (!ev->profile) {
        Diag *d = diag_at(p->diags, E0820, profile_span, profile, NULL);
        PtrVec names = {0};
        for (int i = 0; i < p->profiles.len; i++) ptrvec_push(p->arena, &names, (void *)((Profile *)p->profiles.items[i])->name);
        help_did_you_mean_or_list(p, d, profile, (const char *const *)names.items, names.len);
        return;
    }
    /* 监控 年度 2025 may name the year when the date is of the next (a report of January). */
    for (Node *c = decl->children; c; c = c->next) {
        const char *k = item_key(c);
        if (!k) continue;
        line_at = c->name_span;
        if (strcmp(k, "评分规则") == 0) continue;
        if (decl->kind == N_MONITOR && strcmp(k, "年度") == 0) {
            Decimal y;
            if (c->nvalues > 0 && plain_number(c->values[0], &y) && y.scale == 0) ev->year = (int)y.coef;
            else if (c->nvalues > 0 && c->values[0]->syntax == VX_YEAR) ev->year = atoi(c->values[0]->text);
            else bad_value(p, k, c->nvalues > 0 ? c->values[0] : NULL, EV_year);
            if (ev->date.y != ev->year) {
                /* Nothing else is read: every light would be measured against the wrong year. */
                diag_at(p->diags, E0816, when->span, vtext(p, when), arena_printf(p->arena, "%d", ev->year), NULL);
                return;
            }
            continue;
        }
        if (strcmp(k, "项目") == 0 || strcmp(k, "部门") == 0) {
            if (c->has_block && c->nvalues == 1) check_project(p, ev, c);
            else if (c->nvalues == 1) bad_value(p, arena_printf(p->arena, "%s %s", k, vtext(p, c->values[0])), NULL, EV_block);
            else bad_value(p, k, c->nvalues ? c->values[1] : NULL, EV_name);
            continue;
        }
        static const char *keys[] = {"项目", "部门", "评分规则", "年度"};
        Diag *d = diag_at(p->diags, E0819, c->name_span, arena_printf(p->arena, "%s %s", kw, vtext(p, when)), k, NULL);
        help_did_you_mean(p, d, k, keys, decl->kind == N_MONITOR ? 4 : 3);
    }
    ptrvec_push(p->arena, &p->evaluations, ev);
}

void check_evaluations(Program *p) {
    strmap_init(&tables_by_key, p->arena);
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        if (!t->has_year) continue;
        const char *k = tkey(p, t->kind, t->name, t->year);
        PtrVec *v = strmap_get(&tables_by_key, k);
        if (!v) {
            v = arena_alloc(p->arena, sizeof *v);
            strmap_put(&tables_by_key, k, v);
        }
        ptrvec_push(p->arena, v, t);
    }
    for (int i = 0; i < p->files.len; i++) {
        ParsedFile *pf = p->files.items[i];
        for (Node *n = pf->decls; n; n = n->next)
            if (n->kind == N_PROFILE) ptrvec_push(p->arena, &p->profiles, read_profile(p, n));
    }
    for (int i = 0; i < p->files.len; i++) {
        ParsedFile *pf = p->files.items[i];
        for (Node *n = pf->decls; n; n = n->next)
            if (n->kind == N_EVAL || n->kind == N_MONITOR) check_evaluation(p, n, pf->file);
    }
}
