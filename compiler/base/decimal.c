#include "base/decimal.h"
#include <string.h>

typedef __int128 wide;

static const int64_t pow10_table[19] = {
    1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL, 100000000LL,
    1000000000LL, 10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL,
    100000000000000LL, 1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
    1000000000000000000LL,
};

DecimalStatus decimal_parse(const char *s, size_t n, Decimal *out) {
    int64_t coef = 0;
    int digits = 0, scale = 0;
    bool seen_point = false, any_digit = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ',') {
            if (seen_point) return DECIMAL_SYNTAX;
            continue;
        }
        if (c == '.') {
            if (seen_point) return DECIMAL_SYNTAX;
            seen_point = true;
            continue;
        }
        if (c < '0' || c > '9') return DECIMAL_SYNTAX;
        any_digit = true;
        /* Leading zeros are not significant digits. */
        if (coef != 0 || c != '0') digits++;
        if (digits > DECIMAL_MAX_DIGITS) return DECIMAL_TOO_MANY_DIGITS;
        if (seen_point) {
            if (++scale > DECIMAL_MAX_SCALE) return DECIMAL_TOO_MANY_DIGITS;
        }
        coef = coef * 10 + (c - '0');
    }
    if (!any_digit) return DECIMAL_SYNTAX;
    out->coef = coef;
    out->scale = scale;
    return DECIMAL_OK;
}

Decimal decimal_from_int(int64_t v) { return (Decimal){v, 0}; }

static bool fits(wide v) { return v <= (wide)INT64_MAX && v >= -(wide)INT64_MAX; }

/* The coefficient of a at a larger scale, as a wide integer (never overflows: at most
 * 18 + 18 digits). */
static wide widen(Decimal a, int scale) { return (wide)a.coef * pow10_table[scale - a.scale]; }

bool decimal_rescale(Decimal a, int scale, Decimal *out) {
    if (scale < a.scale || scale > DECIMAL_MAX_SCALE) return false;
    wide v = widen(a, scale);
    if (!fits(v)) return false;
    out->coef = (int64_t)v;
    out->scale = scale;
    return true;
}

bool decimal_add(Decimal a, Decimal b, Decimal *out) {
    int scale = a.scale > b.scale ? a.scale : b.scale;
    wide v = widen(a, scale) + widen(b, scale);
    if (!fits(v)) return false;
    out->coef = (int64_t)v;
    out->scale = scale;
    return true;
}

Decimal decimal_neg(Decimal a) { return (Decimal){-a.coef, a.scale}; }

bool decimal_sub(Decimal a, Decimal b, Decimal *out) { return decimal_add(a, decimal_neg(b), out); }

bool decimal_mul_pow10(Decimal a, int k, Decimal *out) {
    if (k < 0 || k > 18) return false;
    /* Use up fraction digits first, so that 6.2万 becomes 62000 and not 62000.0. */
    int from_scale = k < a.scale ? k : a.scale;
    Decimal r = {a.coef, a.scale - from_scale};
    k -= from_scale;
    wide v = (wide)r.coef * pow10_table[k];
    if (!fits(v)) return false;
    out->coef = (int64_t)v;
    out->scale = r.scale;
    return true;
}

bool decimal_mul(Decimal a, Decimal b, Decimal *out) {
    wide v = (wide)a.coef * b.coef; /* two 63-bit coefficients fit */
    int scale = a.scale + b.scale;
    /* Trailing fraction zeros go first when the product is too long (exact: no rounding). */
    while ((scale > DECIMAL_MAX_SCALE || !fits(v)) && scale > 0 && v % 10 == 0) {
        v /= 10;
        scale--;
    }
    if (scale > DECIMAL_MAX_SCALE || !fits(v)) return false;
    out->coef = (int64_t)v;
    out->scale = scale;
    return true;
}

int decimal_cmp(Decimal a, Decimal b) {
    int scale = a.scale > b.scale ? a.scale : b.scale;
    wide x = widen(a, scale), y = widen(b, scale);
    return x < y ? -1 : x > y ? 1 : 0;
}

bool decimal_is_zero(Decimal a) { return a.coef == 0; }
bool decimal_is_negative(Decimal a) { return a.coef < 0; }

bool decimal_percent(Decimal a, Decimal b, int places, Decimal *out) {
    if (b.coef == 0 || places < 0 || places > 6) return false;
    /* a/b × 100 × 10^places, at a common scale so the scales cancel. */
    int scale = a.scale > b.scale ? a.scale : b.scale;
    wide num = widen(a, scale), den = widen(b, scale);
    wide factor = (wide)100 * pow10_table[places];
    /* num × factor may exceed 128 bits only for absurd inputs; guard it. */
    wide limit = ((wide)1 << 120) / factor;
    if (num > limit || num < -limit) return false;
    num *= factor;
    bool neg = (num < 0) != (den < 0);
    if (num < 0) num = -num;
    if (den < 0) den = -den;
    wide q = num / den, r = num % den;
    if (r * 2 >= den) q++;
    if (neg) q = -q;
    if (!fits(q)) return false;
    out->coef = (int64_t)q;
    out->scale = places;
    return true;
}

int decimal_format(Decimal a, char *buf) {
    char digits[32];
    int nd = 0;
    uint64_t v = a.coef < 0 ? (uint64_t)0 - (uint64_t)a.coef : (uint64_t)a.coef;
    do {
        digits[nd++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (nd <= a.scale) digits[nd++] = '0'; /* at least one digit before the point */
    int len = 0;
    if (a.coef < 0) buf[len++] = '-';
    for (int i = nd - 1; i >= 0; i--) {
        buf[len++] = digits[i];
        if (i == a.scale && a.scale > 0) buf[len++] = '.';
    }
    buf[len] = 0;
    return len;
}

void decimal_group_thousands(const char *text, char *out) {
    const char *digits = text[0] == '-' || text[0] == '+' ? text + 1 : text;
    if (digits != text) *out++ = text[0];
    const char *point = strchr(digits, '.');
    int whole = point ? (int)(point - digits) : (int)strlen(digits);
    for (int i = 0; i < whole; i++) {
        if (i && (whole - i) % 3 == 0) *out++ = ',';
        *out++ = digits[i];
    }
    strcpy(out, digits + whole);
}

int decimal_format_trim(Decimal a, char *buf) {
    while (a.scale > 0 && a.coef % 10 == 0) {
        a.coef /= 10;
        a.scale--;
    }
    return decimal_format(a, buf);
}
