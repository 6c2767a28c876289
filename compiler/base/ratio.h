/* Exact fractions of decimals, for scores: 分值 × 完成值 ÷ 指标值 is rarely a finite decimal
 * (10 × 85 ÷ 90 = 9.444…), and the Ministry's rule rounds once, at the end. A Ratio keeps the
 * exact value as num/den (128-bit, reduced); every operation reports overflow instead of
 * rounding, and only ratio_round turns one into a Decimal. */
#ifndef JX_RATIO_H
#define JX_RATIO_H
#include <stdbool.h>
#include "base/decimal.h"

typedef struct Ratio {
    __int128 num, den; /* den > 0, gcd(num, den) = 1 */
} Ratio;

Ratio ratio_from_decimal(Decimal d);
Ratio ratio_int(long long v);
bool ratio_add(Ratio a, Ratio b, Ratio *out);
bool ratio_sub(Ratio a, Ratio b, Ratio *out);
bool ratio_mul(Ratio a, Ratio b, Ratio *out);
bool ratio_div(Ratio a, Ratio b, Ratio *out); /* false also when b is 0 */
int ratio_cmp(Ratio a, Ratio b);
bool ratio_is_zero(Ratio a);
Ratio ratio_min(Ratio a, Ratio b);
Ratio ratio_max(Ratio a, Ratio b);
/* Rounded half up (away from zero) to `places` fraction digits; false on overflow. */
bool ratio_round(Ratio a, int places, Decimal *out);
/* Is it a finite decimal of at most `places` fraction digits (then *out is it, exactly)? */
bool ratio_exact(Ratio a, int places, Decimal *out);

#endif
