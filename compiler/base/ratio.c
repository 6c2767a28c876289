#include "base/ratio.h"

typedef __int128 wide;
static const wide LIMIT = (wide)1 << 120; /* keeps products of two terms from overflowing */

static wide gcd(wide a, wide b) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b) {
        wide t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static bool make(wide num, wide den, Ratio *out) {
    if (den == 0) return false;
    if (den < 0) num = -num, den = -den;
    wide g = gcd(num, den);
    if (g > 1) num /= g, den /= g;
    if (num >= LIMIT || num <= -LIMIT || den >= LIMIT) return false;
    out->num = num;
    out->den = den;
    return true;
}

static bool mul_wide(wide a, wide b, wide *out) {
    if (a == 0 || b == 0) {
        *out = 0;
        return true;
    }
    wide aa = a < 0 ? -a : a, bb = b < 0 ? -b : b;
    if (aa > (LIMIT * 64) / bb) return false;
    *out = a * b;
    return true;
}

/* A zeroed Ratio ({0, 0}, as a cleared struct holds it) is 0. */
static Ratio norm(Ratio r) { return r.den == 0 ? (Ratio){0, 1} : r; }

Ratio ratio_from_decimal(Decimal d) {
    wide den = 1;
    for (int i = 0; i < d.scale; i++) den *= 10;
    Ratio r = {0, 1};
    make(d.coef, den, &r);
    return r;
}

Ratio ratio_int(long long v) { return (Ratio){v, 1}; }

bool ratio_add(Ratio a, Ratio b, Ratio *out) {
    a = norm(a), b = norm(b);
    wide g = gcd(a.den, b.den), x, y, den;
    if (!mul_wide(a.num, b.den / g, &x) || !mul_wide(b.num, a.den / g, &y) || !mul_wide(a.den / g, b.den, &den)) return false;
    return make(x + y, den, out);
}

bool ratio_sub(Ratio a, Ratio b, Ratio *out) { return ratio_add(a, (Ratio){-b.num, b.den}, out); }

bool ratio_mul(Ratio a, Ratio b, Ratio *out) {
    a = norm(a), b = norm(b);
    wide g1 = gcd(a.num, b.den), g2 = gcd(b.num, a.den);
    if (g1 == 0) g1 = 1;
    if (g2 == 0) g2 = 1;
    wide num, den;
    if (!mul_wide(a.num / g1, b.num / g2, &num) || !mul_wide(a.den / g2, b.den / g1, &den)) return false;
    return make(num, den, out);
}

bool ratio_div(Ratio a, Ratio b, Ratio *out) {
    a = norm(a), b = norm(b);
    if (b.num == 0) return false;
    return ratio_mul(a, (Ratio){b.den, b.num}, out);
}

int ratio_cmp(Ratio a, Ratio b) {
    a = norm(a), b = norm(b);
    /* a.num/a.den vs b.num/b.den; both dens positive. Compare by long division to avoid
     * overflow: integer parts first, then the remainders. */
    Ratio d;
    if (ratio_sub(a, b, &d)) return d.num > 0 ? 1 : d.num < 0 ? -1 : 0;
    wide qa = a.num / a.den, qb = b.num / b.den;
    if (qa != qb) return qa > qb ? 1 : -1;
    /* Same integer part and too large to subtract: compare as long doubles (only reached by
     * numbers no budget table writes). */
    long double x = (long double)a.num / (long double)a.den, y = (long double)b.num / (long double)b.den;
    return x > y ? 1 : x < y ? -1 : 0;
}

bool ratio_is_zero(Ratio a) { return a.num == 0; }
Ratio ratio_min(Ratio a, Ratio b) { return ratio_cmp(a, b) <= 0 ? a : b; }
Ratio ratio_max(Ratio a, Ratio b) { return ratio_cmp(a, b) >= 0 ? a : b; }

bool ratio_round(Ratio a, int places, Decimal *out) {
    a = norm(a);
    if (places < 0 || places > DECIMAL_MAX_SCALE) return false;
    wide scale = 1;
    for (int i = 0; i < places; i++) scale *= 10;
    wide n = a.num < 0 ? -a.num : a.num, v;
    if (!mul_wide(n, scale, &v)) return false;
    wide q = v / a.den, r = v % a.den;
    if (r * 2 >= a.den) q++; /* half up */
    if (q > (wide)INT64_MAX) return false;
    out->coef = (int64_t)(a.num < 0 ? -q : q);
    out->scale = places;
    return true;
}

bool ratio_exact(Ratio a, int places, Decimal *out) {
    a = norm(a);
    wide scale = 1;
    for (int i = 0; i < places; i++) scale *= 10;
    wide v;
    if (!mul_wide(a.num, scale, &v) || v % a.den != 0) return false;
    wide q = v / a.den;
    if (q > (wide)INT64_MAX || q < -(wide)INT64_MAX) return false;
    out->coef = (int64_t)q;
    out->scale = places;
    return true;
}
