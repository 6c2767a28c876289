/* Typing values: units and their dimensions, level words, references to the funds. Also the
 * small helpers every check uses (did-you-mean, the source text of a span). */
#include <stdlib.h>
#include <string.h>
#include "check/check.h"
#include "base/suggest.h"
#include "front/lang.h"
#include "front/lexer.h"
#include "base/utf8.h"

/* ---- did you mean -------------------------------------------------------------------------- */

/* The candidate a name most likely means: the same name with or without 指标 (社会效益 for
 * 社会效益指标: two characters apart, too far for a typo of a short name), else the closest. */
static const char *closest(const char *word, const char *const *cands, int n) {
    static const char suffix[] = "指标";
    size_t wl = strlen(word), sl = sizeof suffix - 1;
    for (int i = 0; i < n; i++) {
        if (!cands[i]) continue;
        size_t cl = strlen(cands[i]);
        if (cl == wl + sl && strncmp(cands[i], word, wl) == 0 && strcmp(cands[i] + wl, suffix) == 0) return cands[i];
        if (wl == cl + sl && strncmp(word, cands[i], cl) == 0 && strcmp(word + cl, suffix) == 0) return cands[i];
    }
    return did_you_mean(word, cands, n);
}

void help_did_you_mean(Program *p, Diag *d, const char *word, const char *const *cands, int n) {
    if (!d) return;
    const char *s = closest(word, cands, n);
    if (s) diag_help(p->diags, d, HELP_did_you_mean, s, NULL);
}

void check_name_not_blank(Program *p, const char *name, Span span) {
    for (const char *s = name; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') continue;
        if (strncmp(s, "\u3000", 3) == 0) { s += 2; continue; } /* not memcmp: s may end first */
        return;
    }
    diag_at(p->diags, E0321, span, NULL);
}

void help_closest_or_list(Program *p, Diag *d, const char *word, const char *const *cands, int n, int listed) {
    if (!d) return;
    const char *s = closest(word, cands, n);
    if (s) {
        diag_help(p->diags, d, HELP_did_you_mean, s, NULL);
        return;
    }
    /* No name is close: a short closed list (a form's funding sources, its 一级 names) is
     * worth showing whole, in its own order; a long one would bury the message. */
    if (listed < 1 || listed > 12) return;
    const char *list = "";
    for (int i = 0; i < listed; i++)
        if (cands[i]) list = arena_printf(p->arena, "%s%s%s", list, *list ? "、" : "", cands[i]);
    diag_help(p->diags, d, HELP_one_of, list, NULL);
}

void help_did_you_mean_or_list(Program *p, Diag *d, const char *word, const char *const *cands, int n) {
    help_closest_or_list(p, d, word, cands, n, n);
}

typedef struct Collect { PtrVec *out; Arena *a; } Collect;
static void collect_key(const char *key, void *value, void *arg) {
    (void)value;
    Collect *c = arg;
    ptrvec_push(c->a, c->out, (void *)key);
}

static void help_from_map(Program *p, Diag *d, const char *word, const StrMap *m) {
    if (!d) return;
    PtrVec keys = {0};
    Collect c = {&keys, p->arena};
    strmap_each(m, collect_key, &c);
    help_did_you_mean(p, d, word, (const char *const *)keys.items, keys.len);
}

void help_from_units(Program *p, Diag *d, const char *word) { help_from_map(p, d, word, &p->units); }

/* ---- units ----------------------------------------------------------------------------------- */

static const Unit *lookup_part(Program *p, const char *s, size_t n, int *mult_exp) {
    *mult_exp = 0;
    const Unit *u = strmap_getn(&p->units, s, n);
    if (u) return u;
    int exp;
    int m = multiplier_prefix(s, n, &exp);
    if (m && (size_t)m < n) {
        u = strmap_getn(&p->units, s + m, n - (size_t)m);
        if (u) { *mult_exp = exp; return u; }
    }
    return NULL;
}

const Unit *resolve_unit(Program *p, const char *text, int *mult_exp) {
    *mult_exp = 0;
    size_t n = strlen(text);
    if (!strchr(text, '/')) return lookup_part(p, text, n, mult_exp);
    const Unit *cached = strmap_get(&p->units, text);
    if (cached) return cached;
    /* A compound, 元/人次 or 万元/人/年: each part a unit; the first part's multiplier is
     * the measure's (2.70万元/人/年 is 27000 元 a person a year). */
    char dim[256] = "";
    const char *s = text;
    int first_exp = 0;
    for (int part = 0;; part++) {
        const char *slash = strchr(s, '/');
        size_t len = slash ? (size_t)(slash - s) : strlen(s);
        int exp;
        const Unit *u = lookup_part(p, s, len, &exp);
        if (!u) return NULL;
        if (part == 0) first_exp = exp;
        if (strlen(dim) + strlen(u->dimension) + 2 >= sizeof dim) return NULL;
        if (part) strcat(dim, "/");
        strcat(dim, u->dimension);
        if (!slash) break;
        s = slash + 1;
    }
    /* The compound's name is its text without the first multiplier (万元/人/年 → 元/人/年). */
    int mexp;
    size_t mlen = first_exp ? (size_t)multiplier_prefix(text, n, &mexp) : 0;
    const Unit *known = strmap_get(&p->units, text + mlen);
    if (known) {
        *mult_exp = first_exp;
        return known;
    }
    /* Cached in the program's unit map, so made in the arena that outlives this file. */
    Unit *u = arena_alloc(p->keep, sizeof *u);
    u->name = arena_strdup(p->keep, text + mlen);
    u->dimension = arena_strdup(p->keep, dim);
    u->builtin = true;
    *mult_exp = first_exp;
    strmap_put(&p->units, u->name, u);
    return u;
}

const Level *find_level(Program *p, const char *word) { return strmap_get(&p->levels, word); }

/* ---- values ----------------------------------------------------------------------------------- */

static Span at(const Value *v, Span where, bool from_group) { return from_group ? where : v->span; }

static void type_measure(Program *p, Value *v, Span where, bool from_group) {
    v->kind = VK_MEASURE;
    if (!v->unit) return;
    int exp = 0;
    const Unit *u = NULL;
    if (v->mult_exp) {
        /* 5千克, 3千字: a unit declared whole is read whole, before 千 × 克. */
        const char *joined = arena_printf(p->arena, "%s%s", span_text(p, v->mult_span), v->unit);
        u = strchr(joined, '/') ? NULL : strmap_get(&p->units, joined);
        if (u) {
            v->mult_exp = 0;
            v->unit = joined;
        }
    }
    if (!u) u = resolve_unit(p, v->unit, &exp);
    if (!u) {
        Span sp = from_group ? where : v->unit_span;
        Diag *d = diag_at(p->diags, E0307, sp, v->unit, NULL);
        if (v->unit_paren && (strchr(v->unit, ' ') || strchr(v->unit, ',')))
            diag_help(p->diags, d, E0307_quote, span_text(p, v->span), NULL);
        else if (v->unit[0] == '/' && v->mult_exp && lang_multiplier_text(v->mult_exp))
            /* 300万/月: the 元 of 万元/月 left out. */
            diag_help(p->diags, d, HELP_did_you_mean, arena_printf(p->arena, "%s元%s", lang_multiplier_text(v->mult_exp), v->unit), NULL);
        else
            help_from_map(p, d, v->unit, &p->units);
        return;
    }
    v->unit_def = u;
    v->unit_mult_exp = exp;
    if (u->ambiguous) diag_at(p->diags, W0420, from_group ? where : v->unit_span, v->unit, u->dimension, NULL);
    v->dimension = u->dimension;
    if (is_rate_dimension(u->dimension) && v->number_ok && decimal_is_negative(v->number))
        diag_at(p->diags, E0404, at(v, where, from_group), span_text(p, v->span), NULL);
}

/* A declared level word: typed as one (with the dimension it may stand for). */
static bool type_level(Program *p, Value *v) {
    const Level *l = find_level(p, v->text);
    if (!l) return false;
    v->kind = VK_LEVEL;
    v->level = l;
    v->dimension = l->dimension;
    return true;
}

/* The blank form's placeholder left in a value: ≥**%, **万元, XX; or a whole scale copied from
 * the form's hint (高中低, 优良中差) instead of the one word meant. */
bool template_residue(const char *s) {
    if (!s) return false;
    if (s[0] == '*' || strncmp(s, "＊", 3) == 0) return true;
    /* One pass for "**", "XX", "xx" and "××" (this runs on every name and text the checker
     * types: four strstr calls were 4% of checking a large file). */
    size_t n = 0;
    for (; s[n]; n++) {
        char c = s[n];
        if ((c == '*' || c == 'X' || c == 'x') && s[n + 1] == c) return true;
        if (c == '\xc3' && s[n + 1] == '\x97' && s[n + 2] == '\xc3' && s[n + 3] == '\x97') return true; /* ×× */
    }
    static const struct { const char *s; size_t n; } scales[] = {
#define SCALE(s) {s, sizeof s - 1}
        SCALE("高中低"), SCALE("高/中/低"), SCALE("优良中差"), SCALE("优/良/中/差"), SCALE("好较好一般"),
        SCALE("是否"), SCALE("是/否"), SCALE("有无"), SCALE("有/无"),
#undef SCALE
    };
    for (size_t i = 0; i < sizeof scales / sizeof scales[0]; i++)
        if (scales[i].n == n && memcmp(s, scales[i].s, n) == 0) return true;
    return false;
}

void type_value(Program *p, Table *t, Value *v, Span where, bool from_group) {
    if ((v->syntax == VX_WORD || v->syntax == VX_REFWORD) && template_residue(v->text)) {
        v->kind = VK_TEXT;
        diag_at(p->diags, W0709, at(v, where, from_group), span_text(p, v->span), NULL);
        return;
    }
    switch (v->syntax) {
    case VX_MEASURE:
    case VX_LABELLED:
        type_measure(p, v, where, from_group);
        return;
    case VX_RANGE: {
        type_measure(p, v->lo, where, from_group);
        type_measure(p, v->hi, where, from_group);
        v->kind = VK_RANGE;
        v->dimension = v->lo->dimension;
        const char *dl = v->lo->dimension ? v->lo->dimension : "", *dh = v->hi->dimension ? v->hi->dimension : "";
        if (strcmp(dl, dh) != 0 && v->lo->unit && v->hi->unit) {
            diag_at(p->diags, E0406, at(v, where, from_group), span_text(p, v->span), dl, dh, NULL);
            return;
        }
        if (!v->lo->unit && v->hi->unit) v->dimension = v->hi->dimension;
        /* The ends in one unit: 500米~3千米 is 500~3000 米. Two units with no conversion
         * between them (1天~2月) cannot be compared. */
        const Unit *ul = v->lo->unit_def ? v->lo->unit_def : v->hi->unit_def, *uh = v->hi->unit_def ? v->hi->unit_def : ul;
        if (unit_root(ul) != unit_root(uh)) return;
        Decimal lo, hi;
        bool ok = measure_base(v->lo, &lo) && measure_base(v->hi, &hi);
        if (ok && ul != uh) ok = (!ul->root || decimal_mul(lo, ul->in_root, &lo)) && (!uh->root || decimal_mul(hi, uh->in_root, &hi));
        if (ok && decimal_cmp(lo, hi) > 0) diag_at(p->diags, E0405, at(v, where, from_group), span_text(p, v->span), NULL);
        return;
    }
    case VX_REFWORD: {
        const Form *f = t ? t->form : NULL;
        bool is_ref = false;
        if (f)
            for (int i = 0; i < f->nrefs; i++) is_ref |= strcmp(f->refs[i], v->text) == 0;
        if (!is_ref && (strcmp(v->text, "资金总额") == 0 || strcmp(v->text, "总成本预算数") == 0)) is_ref = true;
        if (is_ref) {
            v->kind = VK_REFERENCE;
            if (t && t->funds.present) {
                v->ref_amount = t->funds.total;
                v->ref_resolved = true;
            }
            v->dimension = "货币";
            return;
        }
        if (type_level(p, v)) return;
        v->kind = VK_TEXT;
        Diag *d = diag_at(p->diags, E0412, at(v, where, from_group), v->text, NULL);
        const char *builtin[] = {"总成本预算数", "资金总额"};
        if (f && f->nrefs) help_did_you_mean_or_list(p, d, v->text, f->refs, f->nrefs);
        else help_did_you_mean_or_list(p, d, v->text, builtin, 2);
        return;
    }
    case VX_WORD: {
        if (type_level(p, v)) return;
        v->kind = VK_TEXT;
        diag_at(p->diags, W0401, at(v, where, from_group), v->text, NULL);
        return;
    }
    case VX_STRING:
        v->kind = VK_TEXT;
        if (v->text[0] == 0) diag_at(p->diags, W0413, at(v, where, from_group), NULL);
        return;
    case VX_YEAR:
    case VX_DATE:
    case VX_CODE:
        v->kind = VK_TEXT;
        return;
    }
}
