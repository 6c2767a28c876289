/* One target against its new version: the same, 收紧 (tightened), 放宽 (loosened) or 改变
 * (changed), and the reason.
 *
 * A measure or range target is read as the set of outcomes it accepts, in the base of its
 * unit (3万元 is 30000 元; the comparison is exact): ≥90% is [90, ∞), <5 is (−∞, 5), =3台
 * and a bare 3台 are {3}, 80%~90% is [80, 90]. The new target is tighter when it accepts a
 * subset of what the old one did, looser for a superset, and changed otherwise (≥ turned
 * into ≤, an `=` value moved). Two targets of different units or dimensions, or of different
 * kinds (a measure that became a level), are changed. Levels compare by rank on an ordered
 * scale they are both on (好 > 较好 > 一般: 较好 → 好 is tighter); words on no common scale
 * have changed. */
#include <string.h>
#include "model/model.h"
#include "review/diff.h"
#include "review/fmt.h"

typedef struct ScaleRef {
    const LevelScale *scale;
    int rank;
    struct ScaleRef *next;
} ScaleRef;

const char *value_display(Arena *a, const Program *p, const Value *v) {
    if (!v) return NULL;
    if (v->syntax == VX_STRING) return arena_printf(a, "\"%s\"", v->text);
    return fmt_value(a, sources_get(p->sources, v->span.file)->text, v, 0);
}

/* ---- sets of outcomes --------------------------------------------------------------------- */

typedef struct Bound {
    bool inf;   /* −∞ for a lower bound, +∞ for an upper one */
    bool open;  /* the bound itself is excluded */
    Decimal v;
} Bound;

typedef struct Interval {
    Bound lo, hi;
    bool not_equal; /* ≠ v: everything but lo.v */
} Interval;

/* A measure's number in the base of its unit `u`, or (`convert`: the two targets' units
 * differ) in the root of the unit's conversions: ≥1公里 is ≥1000 米. */
static bool number_of(const Value *v, const Unit *u, bool convert, Decimal *out) {
    if (!measure_base(v, out)) return false;
    return !(convert && u && u->root) || decimal_mul(*out, u->in_root, out);
}

/* The unit of a target; a range's is that of the end that has one (80~90%: %). */
static const Unit *unit_of(const Value *v) {
    if (v->kind != VK_RANGE) return v->unit_def;
    return v->lo && v->lo->unit_def ? v->lo->unit_def : v->hi ? v->hi->unit_def : NULL;
}

static bool interval_of(const Value *v, bool convert, Interval *out) {
    memset(out, 0, sizeof *out);
    if (v->kind == VK_RANGE) {
        const Unit *u = unit_of(v);
        return number_of(v->lo, v->lo->unit_def ? v->lo->unit_def : u, convert, &out->lo.v) &&
               number_of(v->hi, v->hi->unit_def ? v->hi->unit_def : u, convert, &out->hi.v);
    }
    Decimal x = {0, 0};
    if (v->kind == VK_MEASURE && !number_of(v, v->unit_def, convert, &x)) return false;
    /* A reference compares only its comparator (the names are equal when we get here). */
    out->lo.v = out->hi.v = x;
    switch (v->cmp) {
    case CMP_GE: out->hi.inf = true; break;
    case CMP_GT: out->hi.inf = true; out->lo.open = true; break;
    case CMP_LE: out->lo.inf = true; break;
    case CMP_LT: out->lo.inf = true; out->hi.open = true; break;
    case CMP_NE: out->not_equal = true; break;
    case CMP_EQ: case CMP_NONE: break;
    }
    return true;
}

/* Lower bounds: < 0 when a lets in more below than b, 0 when the same, > 0 when fewer. */
static int lo_cmp(const Bound *a, const Bound *b) {
    if (a->inf || b->inf) return a->inf && b->inf ? 0 : a->inf ? -1 : 1;
    int c = decimal_cmp(a->v, b->v);
    if (c || a->open == b->open) return c;
    return a->open ? 1 : -1;
}

/* Upper bounds: < 0 when a ends lower than b, 0 when the same, > 0 when higher. */
static int hi_cmp(const Bound *a, const Bound *b) {
    if (a->inf || b->inf) return a->inf && b->inf ? 0 : a->inf ? 1 : -1;
    int c = decimal_cmp(a->v, b->v);
    if (c || a->open == b->open) return c;
    return a->open ? -1 : 1;
}

/* Does a accept only what b accepts? */
static bool subset(const Interval *a, const Interval *b) { return lo_cmp(&a->lo, &b->lo) >= 0 && hi_cmp(&a->hi, &b->hi) <= 0; }

static bool is_point(const Interval *i) {
    return !i->lo.inf && !i->hi.inf && decimal_cmp(i->lo.v, i->hi.v) == 0 && !i->lo.open && !i->hi.open;
}

/* Is c in the interval? */
static bool contains(const Interval *i, Decimal c) {
    int lo = i->lo.inf ? 1 : decimal_cmp(c, i->lo.v), hi = i->hi.inf ? -1 : decimal_cmp(c, i->hi.v);
    return (lo > 0 || (lo == 0 && !i->lo.open)) && (hi < 0 || (hi == 0 && !i->hi.open));
}

static void compare_sets(const Value *a, const Value *b, bool convert, TargetChange *out) {
    Interval x, y;
    if (!interval_of(a, convert, &x) || !interval_of(b, convert, &y)) {
        out->cls = TC_CHANGED;
        out->reason = "value_changed";
        return;
    }
    if (x.not_equal || y.not_equal) {
        if (x.not_equal && y.not_equal && decimal_cmp(x.lo.v, y.lo.v) == 0) out->cls = TC_SAME;
        else if (x.not_equal && y.not_equal) {
            out->cls = TC_CHANGED;
            out->reason = "exact_value_changed";
        } else {
            /* ≠c accepts all of a set that does not hold c: ≥90% → ≠0% is 放宽, the other way 收紧. */
            const Interval *set = x.not_equal ? &y : &x;
            Decimal c = x.not_equal ? x.lo.v : y.lo.v;
            out->cls = contains(set, c) ? TC_CHANGED : x.not_equal ? TC_TIGHTENED : TC_LOOSENED;
            out->reason = "comparator_changed";
        }
        return;
    }
    bool narrower = subset(&y, &x), wider = subset(&x, &y);
    out->cls = narrower && wider ? TC_SAME : narrower ? TC_TIGHTENED : wider ? TC_LOOSENED : TC_CHANGED;
    if (out->cls == TC_SAME) return;
    bool lower_only = x.hi.inf && y.hi.inf && !x.lo.inf && !y.lo.inf;
    bool upper_only = x.lo.inf && y.lo.inf && !x.hi.inf && !y.hi.inf;
    if (lower_only) {
        int c = decimal_cmp(y.lo.v, x.lo.v);
        out->reason = c > 0 ? "lower_bound_raised" : c < 0 ? "lower_bound_lowered" : "comparator_changed";
    } else if (upper_only) {
        int c = decimal_cmp(y.hi.v, x.hi.v);
        out->reason = c < 0 ? "upper_bound_lowered" : c > 0 ? "upper_bound_raised" : "comparator_changed";
    } else if (is_point(&x) && is_point(&y)) {
        out->reason = "exact_value_changed";
    } else if (a->kind == VK_RANGE && b->kind == VK_RANGE) {
        out->reason = narrower ? "range_narrowed" : wider ? "range_widened" : "range_moved";
    } else {
        out->reason = "comparator_changed";
    }
}

/* ---- levels -------------------------------------------------------------------------------- */

static void index_scales(DiffSide *s) {
    if (s->indexed) return;
    s->indexed = true;
    strmap_init(&s->scales_of, s->p->arena);
    for (int i = 0; i < s->p->scales.len; i++) {
        const LevelScale *sc = s->p->scales.items[i];
        for (int k = 0; k < sc->n; k++) {
            ScaleRef *r = arena_alloc(s->p->arena, sizeof *r);
            r->scale = sc;
            r->rank = k;
            /* Appended, so that the first scale a word was declared on comes first. */
            ScaleRef *head = strmap_get(&s->scales_of, sc->levels[k]->word);
            if (!head) {
                strmap_put(&s->scales_of, sc->levels[k]->word, r);
                continue;
            }
            while (head->next) head = head->next;
            head->next = r;
        }
    }
}

/* The ranks of two words on the first scale of `s` that has both. */
static bool common_scale(DiffSide *s, const char *a, const char *b, int *ra, int *rb) {
    index_scales(s);
    for (const ScaleRef *x = strmap_get(&s->scales_of, a); x; x = x->next)
        for (const ScaleRef *y = strmap_get(&s->scales_of, b); y; y = y->next)
            if (x->scale == y->scale) {
                *ra = x->rank;
                *rb = y->rank;
                return true;
            }
    return false;
}

static void compare_levels(DiffSide *o, const Value *a, DiffSide *n, const Value *b, TargetChange *out) {
    if (strcmp(a->text, b->text) == 0) { out->cls = TC_SAME; return; }
    int ra, rb;
    /* The new version's scales decide; the old one's when the new one lost the words. */
    if (common_scale(n, a->text, b->text, &ra, &rb) || common_scale(o, a->text, b->text, &ra, &rb)) {
        out->cls = rb < ra ? TC_TIGHTENED : TC_LOOSENED; /* rank 0 is the best */
        out->reason = rb < ra ? "level_raised" : "level_lowered";
        return;
    }
    out->cls = TC_CHANGED;
    out->reason = "level_changed";
}

/* ---- one target ----------------------------------------------------------------------------- */

static const char *unit_name(const Value *v) {
    const Unit *u = unit_of(v);
    return u ? u->name : NULL;
}

static bool same_str(const char *a, const char *b) { return (!a && !b) || (a && b && strcmp(a, b) == 0); }

static const char *kind_key(ValueKind k) {
    switch (k) {
    case VK_MEASURE: return "kind_measure";
    case VK_RANGE: return "kind_range";
    case VK_REFERENCE: return "kind_reference";
    case VK_LEVEL: return "kind_level";
    default: return "kind_text";
    }
}

/* 2: a number (measure, range, reference), 1: a level, 0: a text. */
static int checkable(ValueKind k) {
    switch (k) {
    case VK_MEASURE: case VK_RANGE: case VK_REFERENCE: return 2;
    case VK_LEVEL: return 1;
    default: return 0;
    }
}

static void classify(DiffSide *o, const Value *a, DiffSide *n, const Value *b, TargetChange *out) {
    Arena *arena = n->p->arena;
    if (!a && !b) return;
    if (!a || !b) {
        /* A target deleted weakens the commitment; one added is a new one, not a stricter. */
        out->cls = a ? TC_LOOSENED : TC_CHANGED;
        out->reason = a ? "value_removed" : "value_added";
        return;
    }
    bool numeric_a = a->kind == VK_MEASURE || a->kind == VK_RANGE;
    bool numeric_b = b->kind == VK_MEASURE || b->kind == VK_RANGE;
    if (a->kind != b->kind && !(numeric_a && numeric_b)) {
        out->reason_arg = arena_printf(arena, "%s\x1f%s", kind_key(a->kind), kind_key(b->kind));
        /* What can be checked: a number (a measure, a range, a reference) says how much, a
         * level only how well, a text nothing a reviewer can measure. A step down that ladder
         * is 放宽, a step up 收紧; a measure that became a reference (or back) is 改变. */
        int ra = checkable(a->kind), rb = checkable(b->kind);
        if (ra == rb) {
            out->cls = TC_CHANGED;
            out->reason = "kind_changed";
        } else {
            out->cls = rb < ra ? TC_LOOSENED : TC_TIGHTENED;
            out->reason = rb == 0 ? "replaced_by_text" : rb == 1 ? "replaced_by_level" : "replaced_by_number";
        }
        return;
    }
    switch (b->kind) {
    case VK_MEASURE:
    case VK_RANGE: {
        if (!same_str(a->dimension, b->dimension)) {
            out->cls = TC_CHANGED;
            out->reason = "dimension_changed";
            out->reason_arg = arena_printf(arena, "%s → %s", a->dimension ? a->dimension : "-", b->dimension ? b->dimension : "-");
            return;
        }
        /* Two units of one dimension compare in the root of their conversions (公里 and 米
         * in 米, % and ‰ in %); units with no conversion between them have changed. */
        const Unit *ra = unit_root(unit_of(a)), *rb = unit_root(unit_of(b));
        /* (The two versions are two programs: their units are compared by name.) */
        bool convert = ra && rb && strcmp(ra->name, rb->name) == 0 && !strchr(ra->name, '/');
        bool same_unit = same_str(unit_name(a), unit_name(b));
        if (!convert && !same_unit) {
            out->cls = TC_CHANGED;
            out->reason = "unit_changed";
            out->reason_arg = arena_printf(arena, "%s → %s", unit_name(a) ? unit_name(a) : "-", unit_name(b) ? unit_name(b) : "-");
            return;
        }
        compare_sets(a, b, convert, out);
        if (!same_unit && out->cls != TC_SAME) out->compared_in = ra->name;
        return;
    }
    case VK_REFERENCE:
        if (strcmp(a->text, b->text) != 0) {
            out->cls = TC_CHANGED;
            out->reason = "reference_changed";
            return;
        }
        compare_sets(a, b, false, out);
        return;
    case VK_LEVEL:
        compare_levels(o, a, n, b, out);
        return;
    default:
        /* Text (a string, or a word that is not a level): as written, canonically. */
        if (a->syntax != b->syntax || strcmp(value_display(arena, o->p, a), value_display(arena, n->p, b)) != 0) {
            out->cls = TC_CHANGED;
            out->reason = "text_changed";
        }
        return;
    }
}

void diff_target(DiffSide *o, const Value *a, DiffSide *n, const Value *b, TargetChange *out) {
    memset(out, 0, sizeof *out);
    out->old = a;
    out->new_ = b;
    out->cls = TC_SAME;
    classify(o, a, n, b, out);
    /* Spelled out only when shown: most targets are unchanged. */
    if (out->cls != TC_SAME) {
        out->old_text = value_display(n->p->arena, o->p, a);
        out->new_text = value_display(n->p->arena, n->p, b);
    }
}
