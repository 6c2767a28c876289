/* Scores by a profile (docs/evaluation.md): each indicator's, each 一级's, the 预算执行率 row's
 * and the total, in exact fractions; the total is rounded once, at the end, half up to the
 * profile's places. The figures were put in one unit by the checker (check/check_eval.c). */
#include <string.h>
#include "model/eval.h"

static Ratio percent(Ratio r) {
    Ratio out = r;
    ratio_mul(r, ratio_int(100), &out);
    return out;
}

static bool met(const EvalIndicator *e) {
    int c = ratio_cmp(e->actual_num, e->target_num);
    if (e->is_range) return c >= 0 && ratio_cmp(e->actual_num, e->target_hi) <= 0;
    switch (e->cmp) {
    case CMP_GE: return c >= 0;
    case CMP_GT: return c > 0;
    case CMP_LE: return c <= 0;
    case CMP_LT: return c < 0;
    case CMP_NE: return c != 0;
    default: return c == 0;
    }
}

/* w × a ÷ t (a below the target) or w × t ÷ a (a above it), within [0, w]. */
static bool proportional(EvalIndicator *e, Ratio t, bool inverse) {
    Ratio a = e->actual_num, r;
    if (inverse ? a.num <= 0 : t.num <= 0) {
        e->how = SH_ZERO;
        e->score = ratio_int(0);
        return true;
    }
    if (!ratio_mul(e->weight, inverse ? t : a, &r) || !ratio_div(r, inverse ? a : t, &r)) return false;
    e->how = inverse ? SH_INVERSE : SH_RATIO;
    e->score = ratio_max(ratio_int(0), ratio_min(r, e->weight));
    return true;
}

static bool score_quantitative(const Profile *pr, EvalIndicator *e) {
    if (met(e)) {
        e->how = SH_MET;
        e->score = e->weight;
        if ((e->cmp == CMP_GE || e->cmp == CMP_GT) && !e->is_range && decimal_cmp(pr->over, decimal_from_int(0)) > 0 &&
            e->target_num.num > 0) {
            Ratio limit;
            if (ratio_mul(e->target_num, ratio_from_decimal(pr->over), &limit) && ratio_div(limit, ratio_int(100), &limit) &&
                ratio_cmp(e->actual_num, limit) >= 0)
                e->over = true;
        }
        return true;
    }
    ScoreMethod m;
    Ratio t = e->target_num;
    bool inverse;
    if (e->is_range) {
        m = pr->range;
        inverse = ratio_cmp(e->actual_num, e->target_hi) > 0;
        if (inverse) t = e->target_hi;
    } else if (e->cmp == CMP_GE || e->cmp == CMP_GT) {
        m = pr->ge;
        inverse = false;
    } else if (e->cmp == CMP_LE || e->cmp == CMP_LT) {
        m = pr->le;
        inverse = true;
    } else {
        m = pr->eq;
        inverse = ratio_cmp(e->actual_num, e->target_num) > 0;
    }
    if (m == SM_ALL_OR_NOTHING || e->cmp == CMP_NE) {
        e->how = SH_ZERO;
        e->score = ratio_int(0);
        return true;
    }
    return proportional(e, t, inverse);
}

const ScoreBand *band_of_share(const Profile *pr, Ratio share) {
    /* Best first: a share on a boundary (80%) belongs to the better band. */
    for (int i = 0; i < pr->nbands; i++) {
        const ScoreBand *b = &pr->bands[i];
        if (ratio_cmp(share, ratio_from_decimal(b->lo)) >= 0 && ratio_cmp(share, ratio_from_decimal(b->hi)) <= 0) return b;
    }
    return NULL;
}

static bool score_qualitative(EvalIndicator *e) {
    if (e->has_stated) {
        e->how = SH_BAND;
        e->score = ratio_from_decimal(e->stated);
        return true;
    }
    const ScoreBand *b = e->band;
    if (!b) {
        e->how = SH_ZERO;
        e->score = ratio_int(0);
        return true;
    }
    /* No score given: the full share for the best band, else the band's lowest. */
    bool best = b->hi.coef != 0 && decimal_cmp(b->hi, decimal_from_int(100)) == 0;
    Ratio share = ratio_from_decimal(best ? b->hi : b->lo), r;
    if (!ratio_mul(e->weight, share, &r) || !ratio_div(r, ratio_int(100), &r)) return false;
    e->how = best ? SH_BAND_TOP : SH_BAND_LOW;
    e->score = r;
    return true;
}

const char *grade_of(const Profile *pr, Decimal total) {
    for (int i = 0; i < pr->ngrades; i++)
        if (decimal_cmp(total, pr->grades[i].min) >= 0) return pr->grades[i].name;
    return pr->ngrades ? pr->grades[pr->ngrades - 1].name : "";
}

int light_of(const Profile *pr, Ratio progress, Ratio pro_rata) {
    /* progress ÷ pro-rata against the thresholds: red below `red`%, yellow below `yellow`%. */
    if (pro_rata.num <= 0) return 1;
    Ratio share;
    if (!ratio_div(progress, pro_rata, &share) || !ratio_mul(share, ratio_int(100), &share)) return 0;
    if (ratio_cmp(share, ratio_from_decimal(pr->red)) < 0) return 3;
    if (ratio_cmp(share, ratio_from_decimal(pr->yellow)) < 0) return 2;
    return 1;
}

bool score_project(const Profile *pr, EvalProject *ep) {
    bool ok = true;
    Ratio total = ratio_int(0);
    for (int i = 0; i < ep->ninds; i++) {
        EvalIndicator *e = ep->inds[i];
        e->score = ratio_int(0);
        if (!e->top) {
            e->how = SH_NONE;
            continue;
        }
        if (!e->actual) e->how = SH_MISSING;
        else if (e->quantitative) ok &= score_quantitative(pr, e);
        else ok &= score_qualitative(e);
        for (int k = 0; k < ep->ntops; k++)
            if (strcmp(ep->tops[k].name, e->top) == 0) {
                ok &= ratio_add(ep->tops[k].score, e->score, &ep->tops[k].score);
                ok &= ratio_add(ep->tops[k].weight, e->weight, &ep->tops[k].weight);
            }
        ok &= ratio_add(total, e->score, &total);
    }
    /* 预算执行率 = 全年执行数 ÷ 全年预算数, scored 分值 × 执行率 (capped). */
    ep->budget_score = ratio_int(0);
    ep->rate_known = false;
    if (ep->has_budget && ep->has_spent && !decimal_is_zero(ep->budget)) {
        Ratio r;
        if (ratio_div(ratio_from_decimal(ep->spent), ratio_from_decimal(ep->budget), &r)) {
            ep->rate = percent(r);
            ep->rate_known = true;
            Ratio capped = ratio_min(ep->rate, ratio_from_decimal(pr->budget_cap)), s;
            if (ratio_mul(ep->budget_weight, capped, &s) && ratio_div(s, ratio_int(100), &s)) ep->budget_score = s;
            else ok = false;
        } else ok = false;
    }
    ok &= ratio_add(total, ep->budget_score, &total);
    ep->total = total;
    ok &= ratio_round(total, pr->places, &ep->total_rounded);
    ep->grade = ok ? grade_of(pr, ep->total_rounded) : NULL;
    ep->scored = ok;
    return ok;
}

const char *ratio_text(Arena *a, Ratio r, int places) {
    Decimal d;
    char buf[DECIMAL_STR_MAX];
    for (int p = 0; p <= places; p++)
        if (ratio_exact(r, p, &d)) {
            decimal_format(d, buf);
            return arena_strdup(a, buf);
        }
    if (!ratio_round(r, places, &d)) return "?";
    decimal_format(d, buf);
    return arena_printf(a, "≈%s", buf);
}
