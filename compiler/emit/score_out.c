/* The scores of the self-evaluations (jxc score; docs/evaluation.md): per project each
 * indicator's line with its formula, each 一级, the 预算执行率 row, the total and its grade. As
 * text (for a reader), JSON (for systems: docs/json.md's conventions, exact decimals) or CSV
 * (one row an indicator, for a spreadsheet). */
#include <string.h>
#include "emit/csv_out.h"
#include "emit/emit.h"
#include "emit/json_out.h"
#include "model/eval.h"

typedef struct Out {
    Program *p;
    Lang lang;
    FILE *f;
} Out;

static const char *T(const Out *o, UiText id) { return ui_in(o->lang, id); }
static const char *R(const Out *o, Ratio r) { return ratio_text(o->p->arena, r, 2); }
/* An operand of a formula: as exact as it can be shown. */
static const char *X(const Out *o, Ratio r) { return ratio_text(o->p->arena, r, 6); }

static const char *path_of(const Out *o, const Indicator *ind) {
    const char *s = "";
    for (int d = 0; d < ind->depth; d++) s = arena_printf(o->p->arena, "%s%s%s", s, d ? " › " : "", ind->path[d]);
    return s;
}

/* The formula of a line, in words where it is not arithmetic. */
static const char *formula(const Out *o, const Profile *pr, const EvalIndicator *e) {
    Arena *a = o->p->arena;
    switch (e->how) {
    case SH_NONE: return T(o, UI_sc_unscored);
    case SH_MISSING: return T(o, UI_sc_missing);
    case SH_MET: return T(o, UI_sc_met);
    case SH_ZERO: return e->quantitative ? T(o, UI_sc_zero) : T(o, UI_sc_ungraded);
    case SH_RATIO:
        return arena_printf(a, "%s × %s ÷ %s", X(o, e->weight), X(o, e->actual_num), X(o, e->target_num));
    case SH_INVERSE:
        return arena_printf(a, "%s × %s ÷ %s", X(o, e->weight), X(o, e->is_range ? e->target_hi : e->target_num), X(o, e->actual_num));
    case SH_BAND:
        return e->band ? arena_printf(a, "%s %s (%s%%–%s%%), %s", T(o, UI_sc_band), e->band->name, fmt_decimal(o->p, e->band->lo),
                                      fmt_decimal(o->p, e->band->hi), T(o, UI_sc_band_given))
                       : T(o, UI_sc_band_given);
    case SH_BAND_TOP: return arena_printf(a, "%s %s: %s", T(o, UI_sc_band), e->band->name, T(o, UI_sc_band_top));
    case SH_BAND_LOW:
        return arena_printf(a, "%s %s: %s %s%%", T(o, UI_sc_band), e->band->name, T(o, UI_sc_band_low), fmt_decimal(o->p, e->band->lo));
    }
    (void)pr;
    return "";
}

static const char *budget_formula(const Out *o, const Profile *pr, const EvalProject *ep) {
    if (!ep->rate_known) return T(o, UI_sc_no_budget);
    if (ratio_cmp(ep->rate, ratio_from_decimal(pr->budget_cap)) <= 0)
        return arena_printf(o->p->arena, "%s × %s ÷ %s (%s %s%%)", R(o, ep->budget_weight), fmt_decimal(o->p, ep->spent),
                            fmt_decimal(o->p, ep->budget), T(o, UI_sc_rate), R(o, ep->rate));
    return arena_printf(o->p->arena, "%s × %s%% (%s %s%%)", R(o, ep->budget_weight), fmt_decimal(o->p, pr->budget_cap), T(o, UI_sc_rate),
                        R(o, ep->rate));
}

static const char *head(const Out *o, const Evaluation *ev, const EvalProject *ep) {
    const char *unit = ep->table->unit_name && ep->table->unit_name[0] ? ep->table->unit_name : NULL;
    return arena_printf(o->p->arena, "自评 %d · %s%s%s (%s %s)", ev->year, ep->name, unit ? " · " : "", unit ? unit : "",
                        T(o, UI_sc_profile), ev->profile->name);
}

static const char *rounding(const Out *o, const Profile *pr, const EvalProject *ep) {
    const char *args[2] = {R(o, ep->total), arena_printf(o->p->arena, "%d", pr->places)};
    Decimal d;
    if (ratio_exact(ep->total, pr->places, &d)) args[0] = fmt_decimal(o->p, d);
    else {
        const char *t = ratio_text(o->p->arena, ep->total, 6); /* "≈93.306287": shown as 93.306287… */
        args[0] = arena_printf(o->p->arena, "%s…", strncmp(t, "≈", 3) == 0 ? t + 3 : t);
    }
    return ui_format(o->p->arena, o->lang, UI_sc_rounding, args, 2);
}

static void text_project(const Out *o, const Evaluation *ev, const EvalProject *ep) {
    const Profile *pr = ev->profile;
    FILE *f = o->f;
    fprintf(f, "%s\n", head(o, ev, ep));
    for (int i = 0; i < ep->ninds; i++) {
        const EvalIndicator *e = ep->inds[i];
        const Value *tv = e->target->full;
        fprintf(f, "  %s\n", path_of(o, e->target));
        fprintf(f, "    %s %s · %s %s", T(o, UI_sc_target), tv ? value_text(o->p, tv) : "-", T(o, UI_sc_actual),
                e->actual ? value_text(o->p, e->actual) : "-");
        if (e->how == SH_NONE) {
            fprintf(f, " · %s\n", T(o, UI_sc_unscored));
            continue;
        }
        fprintf(f, " · %s %s · %s %s = %s", T(o, UI_sc_weight), R(o, e->weight), T(o, UI_sc_score), R(o, e->score), formula(o, pr, e));
        if (e->has_stated) fprintf(f, " · %s %s", T(o, UI_sc_stated), fmt_decimal(o->p, e->stated));
        if (e->over) fprintf(f, " · %s", T(o, UI_sc_over));
        fputc('\n', f);
    }
    fprintf(f, "  预算执行率\n    %s %s · %s %s = %s", T(o, UI_sc_weight), R(o, ep->budget_weight), T(o, UI_sc_score), R(o, ep->budget_score),
            budget_formula(o, pr, ep));
    if (ep->has_stated) fprintf(f, " · %s %s", T(o, UI_sc_stated), fmt_decimal(o->p, ep->stated));
    fputc('\n', f);
    for (int k = 0; k < ep->ntops; k++)
        fprintf(f, "  %s: %s %s · %s %s\n", ep->tops[k].name, T(o, UI_sc_weight), R(o, ep->tops[k].weight), T(o, UI_sc_score),
                R(o, ep->tops[k].score));
    if (!ep->scored) return;
    fprintf(f, "  %s %s · %s %s (%s)", T(o, UI_sc_total), fmt_decimal(o->p, ep->total_rounded), T(o, UI_sc_grade), ep->grade,
            rounding(o, pr, ep));
    if (ep->has_total) fprintf(f, " · %s %s", T(o, UI_sc_stated), fmt_decimal(o->p, ep->total_written));
    fputs("\n", f);
}

/* ---- JSON ---- */

static void json_ratio(JsonOut *j, const Out *o, const char *key, Ratio r, int places) {
    Decimal d;
    json_key(j, key);
    if (ratio_exact(r, places, &d) || ratio_round(r, places, &d)) json_raw(j, fmt_decimal(o->p, d));
    else json_null(j);
}

static void json_exact(JsonOut *j, const Out *o, const char *key, Ratio r) {
    /* The exact value: a decimal when it has one, else the fraction "num/den". */
    Decimal d;
    json_key(j, key);
    for (int places = 0; places <= 12; places++)
        if (ratio_exact(r, places, &d)) {
            json_string(j, fmt_decimal(o->p, d));
            return;
        }
    char num[48], den[48];
    Ratio x = r;
    /* __int128 to text */
    __int128 v = x.num < 0 ? -x.num : x.num;
    int n = 0;
    char tmp[48];
    do tmp[n++] = (char)('0' + (int)(v % 10)), v /= 10;
    while (v && n < 47);
    int k = 0;
    if (x.num < 0) num[k++] = '-';
    while (n) num[k++] = tmp[--n];
    num[k] = 0;
    v = x.den, n = 0;
    do tmp[n++] = (char)('0' + (int)(v % 10)), v /= 10;
    while (v && n < 47);
    k = 0;
    while (n) den[k++] = tmp[--n];
    den[k] = 0;
    json_string(j, arena_printf(o->p->arena, "%s/%s", num, den));
}

static const char *how_name(ScoreHow h) {
    static const char *names[] = {"unscored", "missing", "met", "ratio", "inverse", "zero", "band", "band_top", "band_low"};
    return names[h];
}

static void json_decimal(JsonOut *j, const Out *o, const char *key, bool has, Decimal d) {
    json_key(j, key);
    if (has) json_raw(j, fmt_decimal(o->p, d));
    else json_null(j);
}

static void json_project(JsonOut *j, const Out *o, const Evaluation *ev, const EvalProject *ep) {
    const Profile *pr = ev->profile;
    json_begin_object(j);
    json_key(j, "name"), json_string(j, ep->name);
    json_key(j, "unit"), json_string(j, ep->table->unit_name);
    json_key(j, "money_unit"), json_string(j, ep->table->money_unit);
    json_key(j, "budget");
    json_begin_object(j);
    json_decimal(j, o, "initial", ep->has_initial, ep->initial);
    json_decimal(j, o, "full", ep->has_budget, ep->budget);
    json_decimal(j, o, "spent", ep->has_spent, ep->spent);
    if (ep->rate_known) json_ratio(j, o, "rate", ep->rate, 2);
    else json_key(j, "rate"), json_null(j);
    json_ratio(j, o, "weight", ep->budget_weight, pr->places);
    json_decimal(j, o, "weight_written", ep->has_weight, ep->weight_written);
    json_ratio(j, o, "score", ep->budget_score, pr->places);
    json_exact(j, o, "score_exact", ep->budget_score);
    json_key(j, "formula"), json_string(j, budget_formula(o, pr, ep));
    json_decimal(j, o, "stated", ep->has_stated, ep->stated);
    json_end_object(j);
    json_key(j, "indicators");
    json_begin_array(j);
    for (int i = 0; i < ep->ninds; i++) {
        const EvalIndicator *e = ep->inds[i];
        json_begin_object(j);
        json_key(j, "path");
        json_begin_array(j);
        for (int d = 0; d < e->target->depth; d++) json_string(j, e->target->path[d]);
        json_end_array(j);
        json_key(j, "target"), json_string(j, e->target->full ? value_text(o->p, e->target->full) : NULL);
        json_key(j, "actual"), json_string(j, e->actual ? value_text(o->p, e->actual) : NULL);
        json_key(j, "top"), json_string(j, e->top);
        json_key(j, "how"), json_string(j, how_name(e->how));
        json_ratio(j, o, "weight", e->weight, pr->places);
        json_exact(j, o, "weight_exact", e->weight);
        json_decimal(j, o, "weight_written", e->has_weight, e->weight_written);
        json_ratio(j, o, "score", e->score, pr->places);
        json_exact(j, o, "score_exact", e->score);
        json_key(j, "formula"), json_string(j, formula(o, pr, e));
        json_key(j, "band"), json_string(j, e->band ? e->band->name : NULL);
        json_decimal(j, o, "stated", e->has_stated, e->stated);
        json_key(j, "over_target"), json_bool(j, e->over);
        json_key(j, "reason"), json_string(j, e->reason);
        json_end_object(j);
    }
    json_end_array(j);
    json_key(j, "tops");
    json_begin_array(j);
    for (int k = 0; k < ep->ntops; k++) {
        json_begin_object(j);
        json_key(j, "name"), json_string(j, ep->tops[k].name);
        json_ratio(j, o, "weight", ep->tops[k].weight, pr->places);
        json_ratio(j, o, "score", ep->tops[k].score, pr->places);
        json_end_object(j);
    }
    json_end_array(j);
    json_key(j, "total");
    if (ep->scored) json_raw(j, fmt_decimal(o->p, ep->total_rounded));
    else json_null(j);
    json_exact(j, o, "total_exact", ep->total);
    json_key(j, "grade"), json_string(j, ep->grade);
    json_decimal(j, o, "stated_total", ep->has_total, ep->total_written);
    json_key(j, "stated_grade"), json_string(j, ep->grade_written);
    json_end_object(j);
}

static void json_all(const Out *o) {
    JsonOut j;
    json_out_init(&j, o->f, 0);
    json_begin_object(&j);
    json_key(&j, "version"), json_int(&j, 1);
    json_key(&j, "evaluations");
    json_begin_array(&j);
    for (int i = 0; i < o->p->evaluations.len; i++) {
        const Evaluation *ev = o->p->evaluations.items[i];
        if (ev->kind != N_EVAL) continue;
        json_begin_object(&j);
        json_key(&j, "year"), json_int(&j, ev->year);
        json_key(&j, "profile"), json_string(&j, ev->profile->name);
        json_key(&j, "rounding");
        json_begin_object(&j);
        json_key(&j, "places"), json_int(&j, ev->profile->places);
        json_key(&j, "mode"), json_string(&j, "half-up, once, at the end");
        json_end_object(&j);
        json_key(&j, "projects");
        json_begin_array(&j);
        for (int k = 0; k < ev->nprojects; k++) json_project(&j, o, ev, ev->projects[k]);
        json_end_array(&j);
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    json_out_flush(&j);
    fputc('\n', o->f);
}

/* ---- CSV ---- */

static void csv_ratio(CsvOut *c, Ratio r, int places) {
    Decimal d;
    if (ratio_round(r, places, &d)) csv_number(c, d);
    else csv_text(c, NULL);
}

static int csv_all(const Out *o) {
    CsvOut c;
    if (!csv_open(&c, o->f, "utf-8", true)) return 2;
    static const char *heads[] = {"年度", "项目", "实施单位", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "填报得分", "算式"};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) csv_raw(&c, heads[i]);
    csv_end_row(&c);
    for (int i = 0; i < o->p->evaluations.len; i++) {
        const Evaluation *ev = o->p->evaluations.items[i];
        if (ev->kind != N_EVAL) continue;
        for (int k = 0; k < ev->nprojects; k++) {
            const EvalProject *ep = ev->projects[k];
            for (int n = 0; n < ep->ninds; n++) {
                const EvalIndicator *e = ep->inds[n];
                csv_int(&c, ev->year);
                csv_text(&c, ep->name);
                csv_text(&c, ep->table->unit_name);
                csv_text(&c, e->target->path[0]);
                csv_text(&c, e->target->depth > 2 ? e->target->path[1] : NULL);
                csv_text(&c, e->target->path[e->target->depth - 1]);
                csv_text(&c, e->target->full ? value_text(o->p, e->target->full) : NULL);
                csv_text(&c, e->actual ? value_text(o->p, e->actual) : NULL);
                csv_ratio(&c, e->weight, ev->profile->places);
                csv_ratio(&c, e->score, ev->profile->places);
                if (e->has_stated) csv_number(&c, e->stated);
                else csv_text(&c, NULL);
                csv_text(&c, formula(o, ev->profile, e));
                csv_end_row(&c);
            }
            csv_int(&c, ev->year);
            csv_text(&c, ep->name);
            csv_text(&c, ep->table->unit_name);
            csv_text(&c, "预算执行率");
            csv_text(&c, NULL);
            csv_text(&c, NULL);
            if (ep->has_budget) csv_number(&c, ep->budget);
            else csv_text(&c, NULL);
            if (ep->has_spent) csv_number(&c, ep->spent);
            else csv_text(&c, NULL);
            csv_ratio(&c, ep->budget_weight, ev->profile->places);
            csv_ratio(&c, ep->budget_score, ev->profile->places);
            if (ep->has_stated) csv_number(&c, ep->stated);
            else csv_text(&c, NULL);
            csv_text(&c, budget_formula(o, ev->profile, ep));
            csv_end_row(&c);
            csv_int(&c, ev->year);
            csv_text(&c, ep->name);
            csv_text(&c, ep->table->unit_name);
            csv_text(&c, "总分");
            for (int z = 0; z < 4; z++) csv_text(&c, NULL);
            csv_number(&c, ev->profile->total);
            if (ep->scored) csv_number(&c, ep->total_rounded);
            else csv_text(&c, NULL);
            if (ep->has_total) csv_number(&c, ep->total_written);
            else csv_text(&c, NULL);
            csv_text(&c, ep->grade);
            csv_end_row(&c);
        }
    }
    return csv_close(&c);
}

/* ---- monitoring ---- */

static const char *light_name(const Out *o, int light) {
    switch (light) {
    case 1: return T(o, UI_mo_green);
    case 2: return T(o, UI_mo_yellow);
    case 3: return T(o, UI_mo_red);
    default: return NULL;
    }
}
static const char *light_key(int light) {
    static const char *k[] = {NULL, "green", "yellow", "red"};
    return k[light];
}
static const char *date_text(const Out *o, When w) { return arena_printf(o->p->arena, "%04d-%02d-%02d", w.y, w.m, w.d); }

static void monitor_text(const Out *o, const Evaluation *ev, const EvalProject *ep) {
    FILE *f = o->f;
    fprintf(f, "监控 %s · %s (%s %s%%)\n", date_text(o, ev->date), ep->name, T(o, UI_mo_elapsed), R(o, ep->elapsed));
    for (int i = 0; i < ep->ninds; i++) {
        const EvalIndicator *e = ep->inds[i];
        fprintf(f, "  %s\n    %s %s · %s %s", path_of(o, e->target), T(o, UI_sc_target),
                e->target->full ? value_text(o->p, e->target->full) : "-", T(o, UI_mo_to_date), e->actual ? value_text(o->p, e->actual) : "-");
        if (e->light) fprintf(f, " (%s %s%%) · %s", T(o, UI_mo_progress), R(o, e->progress), light_name(o, e->light));
        if (e->forecast) fprintf(f, " · %s %s", T(o, UI_mo_forecast), value_text(o->p, e->forecast));
        if (e->likelihood) fprintf(f, " · %s %s", T(o, UI_mo_likelihood), e->likelihood);
        if (e->reason) fprintf(f, " · %s %s", T(o, UI_mo_reason), e->reason);
        fputc('\n', f);
    }
    if (ep->rate_known)
        fprintf(f, "  预算执行率 %s ÷ %s = %s%% · %s\n", fmt_decimal(o->p, ep->spent), fmt_decimal(o->p, ep->budget), R(o, ep->rate),
                light_name(o, ep->budget_light));
}

static void monitor_json(const Out *o, const char *as_of) {
    JsonOut j;
    json_out_init(&j, o->f, 0);
    json_begin_object(&j);
    json_key(&j, "version"), json_int(&j, 1);
    json_key(&j, "monitoring");
    json_begin_array(&j);
    for (int i = 0; i < o->p->evaluations.len; i++) {
        const Evaluation *ev = o->p->evaluations.items[i];
        if (ev->kind != N_MONITOR || (as_of && strcmp(as_of, date_text(o, ev->date)) != 0)) continue;
        json_begin_object(&j);
        json_key(&j, "date"), json_string(&j, date_text(o, ev->date));
        json_key(&j, "year"), json_int(&j, ev->year);
        json_key(&j, "projects");
        json_begin_array(&j);
        for (int k = 0; k < ev->nprojects; k++) {
            const EvalProject *ep = ev->projects[k];
            json_begin_object(&j);
            json_key(&j, "name"), json_string(&j, ep->name);
            json_ratio(&j, o, "elapsed", ep->elapsed, 2);
            json_decimal(&j, o, "budget", ep->has_budget, ep->budget);
            json_decimal(&j, o, "spent", ep->has_spent, ep->spent);
            if (ep->rate_known) json_ratio(&j, o, "rate", ep->rate, 2);
            else json_key(&j, "rate"), json_null(&j);
            json_key(&j, "light"), json_string(&j, ep->rate_known ? light_key(ep->budget_light) : NULL);
            json_key(&j, "reason"), json_string(&j, ep->reason);
            json_key(&j, "indicators");
            json_begin_array(&j);
            for (int n = 0; n < ep->ninds; n++) {
                const EvalIndicator *e = ep->inds[n];
                json_begin_object(&j);
                json_key(&j, "path");
                json_begin_array(&j);
                for (int d = 0; d < e->target->depth; d++) json_string(&j, e->target->path[d]);
                json_end_array(&j);
                json_key(&j, "target"), json_string(&j, e->target->full ? value_text(o->p, e->target->full) : NULL);
                json_key(&j, "to_date"), json_string(&j, e->actual ? value_text(o->p, e->actual) : NULL);
                json_key(&j, "forecast"), json_string(&j, e->forecast ? value_text(o->p, e->forecast) : NULL);
                if (e->light) json_ratio(&j, o, "progress", e->progress, 2);
                else json_key(&j, "progress"), json_null(&j);
                json_key(&j, "light"), json_string(&j, light_key(e->light));
                json_key(&j, "likelihood"), json_string(&j, e->likelihood);
                json_key(&j, "reason"), json_string(&j, e->reason);
                json_end_object(&j);
            }
            json_end_array(&j);
            json_end_object(&j);
        }
        json_end_array(&j);
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    json_out_flush(&j);
    fputc('\n', o->f);
}

static int monitor_csv(const Out *o, const char *as_of) {
    CsvOut c;
    if (!csv_open(&c, o->f, "utf-8", true)) return 2;
    static const char *heads[] = {"监控日期", "项目", "实施单位", "一级指标", "二级指标", "三级指标", "年度指标值", "截至完成情况",
                                  "完成进度", "序时进度", "灯", "全年预计完成情况", "偏差原因分析", "完成目标可能性"};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) csv_raw(&c, heads[i]);
    csv_end_row(&c);
    for (int i = 0; i < o->p->evaluations.len; i++) {
        const Evaluation *ev = o->p->evaluations.items[i];
        if (ev->kind != N_MONITOR || (as_of && strcmp(as_of, date_text(o, ev->date)) != 0)) continue;
        for (int k = 0; k < ev->nprojects; k++) {
            const EvalProject *ep = ev->projects[k];
            for (int n = -1; n < ep->ninds; n++) {
                const EvalIndicator *e = n >= 0 ? ep->inds[n] : NULL;
                csv_text(&c, date_text(o, ev->date));
                csv_text(&c, ep->name);
                csv_text(&c, ep->table->unit_name);
                if (!e) {
                    csv_text(&c, "预算执行率");
                    csv_text(&c, NULL);
                    csv_text(&c, NULL);
                    if (ep->has_budget) csv_number(&c, ep->budget);
                    else csv_text(&c, NULL);
                    if (ep->has_spent) csv_number(&c, ep->spent);
                    else csv_text(&c, NULL);
                    if (ep->rate_known) csv_ratio(&c, ep->rate, 2);
                    else csv_text(&c, NULL);
                    csv_ratio(&c, ep->elapsed, 2);
                    csv_text(&c, ep->rate_known ? light_name(o, ep->budget_light) : NULL);
                    for (int z = 0; z < 3; z++) csv_text(&c, NULL);
                    csv_end_row(&c);
                    continue;
                }
                csv_text(&c, e->target->path[0]);
                csv_text(&c, e->target->depth > 2 ? e->target->path[1] : NULL);
                csv_text(&c, e->target->path[e->target->depth - 1]);
                csv_text(&c, e->target->full ? value_text(o->p, e->target->full) : NULL);
                csv_text(&c, e->actual ? value_text(o->p, e->actual) : NULL);
                if (e->light) csv_ratio(&c, e->progress, 2);
                else csv_text(&c, NULL);
                csv_ratio(&c, ep->elapsed, 2);
                csv_text(&c, light_name(o, e->light));
                csv_text(&c, e->forecast ? value_text(o->p, e->forecast) : NULL);
                csv_text(&c, e->reason);
                csv_text(&c, e->likelihood);
                csv_end_row(&c);
            }
        }
    }
    return csv_close(&c);
}

int write_monitoring(Program *p, Lang lang, const char *format, const char *as_of, FILE *f) {
    Out o = {p, lang, f};
    if (strcmp(format, "json") == 0) {
        monitor_json(&o, as_of);
        return 0;
    }
    if (strcmp(format, "csv") == 0) return monitor_csv(&o, as_of);
    if (strcmp(format, "html") == 0) return write_eval_html(p, N_MONITOR, as_of, f);
    if (strcmp(format, "xlsx") == 0) return write_eval_xlsx(p, N_MONITOR, as_of, f);
    bool first = true;
    for (int i = 0; i < p->evaluations.len; i++) {
        const Evaluation *ev = p->evaluations.items[i];
        if (ev->kind != N_MONITOR || (as_of && strcmp(as_of, date_text(&o, ev->date)) != 0)) continue;
        for (int k = 0; k < ev->nprojects; k++) {
            if (!first) fputc('\n', f);
            first = false;
            monitor_text(&o, ev, ev->projects[k]);
        }
    }
    return 0;
}

int write_scores(Program *p, Lang lang, const char *format, FILE *f) {
    Out o = {p, lang, f};
    if (strcmp(format, "json") == 0) {
        json_all(&o);
        return 0;
    }
    if (strcmp(format, "csv") == 0) return csv_all(&o);
    if (strcmp(format, "html") == 0) return write_eval_html(p, N_EVAL, NULL, f);
    if (strcmp(format, "xlsx") == 0) return write_eval_xlsx(p, N_EVAL, NULL, f);
    bool first = true;
    for (int i = 0; i < p->evaluations.len; i++) {
        const Evaluation *ev = p->evaluations.items[i];
        if (ev->kind != N_EVAL) continue;
        for (int k = 0; k < ev->nprojects; k++) {
            if (!first) fputc('\n', f);
            first = false;
            text_project(&o, ev, ev->projects[k]);
        }
    }
    return 0;
}
