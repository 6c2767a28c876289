/* Exact decimal numbers: a 64-bit coefficient and a count of fraction digits. Budget figures
 * are never converted to binary floating point: 2220 + 1936.84 is 4156.84, exactly. Every
 * operation reports overflow instead of rounding. */
#ifndef JX_DECIMAL_H
#define JX_DECIMAL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { DECIMAL_MAX_DIGITS = 18, DECIMAL_MAX_SCALE = 18, DECIMAL_STR_MAX = 48 };

typedef struct Decimal {
    int64_t coef;   /* value = coef / 10^scale */
    int32_t scale;  /* digits after the point, as written (90.00 keeps scale 2) */
} Decimal;

typedef enum DecimalStatus {
    DECIMAL_OK,
    DECIMAL_TOO_MANY_DIGITS, /* more significant digits than DECIMAL_MAX_DIGITS */
    DECIMAL_SYNTAX,          /* not a number */
} DecimalStatus;

/* Parses digits with optional `,` thousands separators and one `.`: "5,000,000.00". */
DecimalStatus decimal_parse(const char *s, size_t n, Decimal *out);
Decimal decimal_from_int(int64_t v);

/* Each returns false on overflow and leaves *out unspecified. */
bool decimal_add(Decimal a, Decimal b, Decimal *out);
bool decimal_sub(Decimal a, Decimal b, Decimal *out);
bool decimal_mul_pow10(Decimal a, int k, Decimal *out);  /* a × 10^k, k ≥ 0 */
bool decimal_mul(Decimal a, Decimal b, Decimal *out);     /* a × b, exact, or false */
bool decimal_rescale(Decimal a, int scale, Decimal *out); /* only widens; exact */

/* Exact comparison whatever the scales: -1, 0 or 1. */
int decimal_cmp(Decimal a, Decimal b);
bool decimal_is_zero(Decimal a);
bool decimal_is_negative(Decimal a);
Decimal decimal_neg(Decimal a);

/* a / b × 100 rounded half away from zero to `places` fraction digits (for percentages in
 * diffs); false if b is zero or the result overflows. */
bool decimal_percent(Decimal a, Decimal b, int places, Decimal *out);

/* Writes the exact decimal ("4156.84", "-0.5", "670000.00") and returns its length. buf
 * must hold DECIMAL_STR_MAX bytes. */
int decimal_format(Decimal a, char *buf);
/* The same with trailing fraction zeros removed ("90.00" → "90"). */
int decimal_format_trim(Decimal a, char *buf);
/* `text` (a formatted decimal: "-2550000.00") with thousands separators in its whole part:
 * "-2,550,000.00". `out` must hold twice DECIMAL_STR_MAX bytes. */
void decimal_group_thousands(const char *text, char *out);

#endif
