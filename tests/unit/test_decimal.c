/* Exact decimals: parsing, sums without rounding, comparison across scales, overflow. */
#include "unit.h"
#include "base/decimal.h"

static Decimal D(const char *s) {
    Decimal d = {0, 0};
    DecimalStatus st = decimal_parse(s, strlen(s), &d);
    CHECK(st == DECIMAL_OK);
    return d;
}

static const char *S(Decimal d) {
    static char buf[8][DECIMAL_STR_MAX];
    static int k;
    char *b = buf[k++ % 8];
    decimal_format(d, b);
    return b;
}

int main(void) {
    Decimal r;
    /* The seed's money: 2220 + 1936.84 = 4156.84 exactly. */
    CHECK(decimal_add(D("2220"), D("1936.84"), &r));
    CHECK_STR(S(r), "4156.84");
    /* 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
    CHECK(decimal_add(D("0.1"), D("0.2"), &r));
    CHECK_STR(S(r), "0.3");
    CHECK(decimal_cmp(r, D("0.3")) == 0);
    /* Comma groups and the scale as written. */
    CHECK_STR(S(D("5,000,000.00")), "5000000.00");
    CHECK_STR(S(D("670,000.00")), "670000.00");
    CHECK_STR(S(D("90")), "90");
    CHECK_STR(S(D("0.05")), "0.05");
    CHECK_STR(S(D("007")), "7");
    /* Comparison whatever the scales. */
    CHECK(decimal_cmp(D("90"), D("90.00")) == 0);
    CHECK(decimal_cmp(D("4156.84"), D("4156.839")) > 0);
    CHECK(decimal_cmp(D("0"), D("0.000")) == 0);
    /* Multipliers: 620000万 = 6200000000; 6.2万 = 62000; 2.70万 = 27000. */
    CHECK(decimal_mul_pow10(D("620000"), 4, &r));
    CHECK_STR(S(r), "6200000000");
    CHECK(decimal_mul_pow10(D("6.2"), 4, &r));
    CHECK_STR(S(r), "62000");
    CHECK(decimal_mul_pow10(D("2.70"), 4, &r));
    CHECK_STR(S(r), "27000");
    CHECK(decimal_mul_pow10(D("0.5"), 0, &r));
    CHECK_STR(S(r), "0.5");
    /* 95万元 against 900000 元: 950000 > 900000. */
    CHECK(decimal_mul_pow10(D("95"), 4, &r));
    CHECK(decimal_cmp(r, D("900000")) > 0);

    /* Products (unit conversions: 1.5 公里 is 1500 米, 500 米 is 0.5 公里), exact or refused. */
    CHECK(decimal_mul(D("1.5"), D("1000"), &r));
    CHECK(decimal_cmp(r, D("1500")) == 0);
    CHECK(decimal_mul(D("500"), D("0.001"), &r));
    CHECK(decimal_cmp(r, D("0.5")) == 0);
    CHECK(decimal_mul(decimal_neg(D("2.5")), D("0.1"), &r));
    CHECK_STR(S(r), "-0.25");
    CHECK(decimal_mul(D("2.50"), D("0.10"), &r));
    CHECK_STR(S(r), "0.2500");
    CHECK(!decimal_mul(D("0.000000001"), D("0.0000000001"), &r)); /* 10^-19: too many places */
    CHECK(!decimal_mul(D("9000000000"), D("9000000000"), &r));     /* too large */
    CHECK(decimal_mul(D("0.000000001000"), D("0.0000000010"), &r)); /* zeros dropped: 10^-18 */
    CHECK_STR(S(r), "0.000000000000000001");
    /* Subtraction and negatives. */
    CHECK(decimal_sub(D("90"), D("120"), &r));
    CHECK_STR(S(r), "-30");
    CHECK(decimal_is_negative(r));
    CHECK(decimal_sub(D("0.5"), D("1"), &r));
    CHECK_STR(S(r), "-0.5");
    CHECK_STR(S(decimal_neg(D("3.25"))), "-3.25");
    /* Trimmed printing. */
    char buf[DECIMAL_STR_MAX];
    decimal_format_trim(D("90.00"), buf);
    CHECK_STR(buf, "90");
    decimal_format_trim(D("4156.840"), buf);
    CHECK_STR(buf, "4156.84");
    /* Percentages for diffs: 90 → 120 is +33.3%. */
    CHECK(decimal_sub(D("120"), D("90"), &r));
    Decimal pct;
    CHECK(decimal_percent(r, D("90"), 1, &pct));
    CHECK_STR(S(pct), "33.3");
    CHECK(decimal_percent(decimal_neg(D("5")), D("90"), 1, &pct));
    CHECK_STR(S(pct), "-5.6");
    CHECK(!decimal_percent(D("5"), D("0"), 1, &pct));
    /* Too many digits is an error, not a rounding; 18 significant digits fit. */
    Decimal d;
    CHECK(decimal_parse("123456789012345678", 18, &d) == DECIMAL_OK);
    CHECK(decimal_parse("1234567890123456789", 19, &d) == DECIMAL_TOO_MANY_DIGITS);
    const char *long400 =
        "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111";
    CHECK(decimal_parse(long400, strlen(long400), &d) == DECIMAL_TOO_MANY_DIGITS);
    CHECK(decimal_parse("0.0000000000000000001", 21, &d) == DECIMAL_TOO_MANY_DIGITS);
    CHECK(decimal_parse("000000000000000000000001", 24, &d) == DECIMAL_OK); /* leading zeros are free */
    CHECK(decimal_parse("1.2.3", 5, &d) == DECIMAL_SYNTAX);
    CHECK(decimal_parse("", 0, &d) == DECIMAL_SYNTAX);
    CHECK(decimal_parse("12a", 3, &d) == DECIMAL_SYNTAX);
    /* Overflow of sums and multipliers is reported. */
    Decimal big;
    CHECK(decimal_mul_pow10(D("9"), 18, &big)); /* 9×10^18 still fits in 64 bits */
    CHECK(!decimal_add(big, big, &r));
    CHECK(!decimal_mul_pow10(D("999999999999999999"), 8, &r));
    CHECK(decimal_add(D("999999999999999999"), decimal_neg(D("999999999999999999")), &r));
    CHECK_STR(S(r), "0");
    /* Adding at a wider scale that does not fit is an overflow, not a wrong answer. */
    CHECK(!decimal_add(D("999999999999999999"), D("0.1"), &r));
    /* Thousands separators, as the Shanghai form prints amounts. */
    char grouped[DECIMAL_STR_MAX * 2];
    decimal_group_thousands("2550000.00", grouped);
    CHECK_STR(grouped, "2,550,000.00");
    decimal_group_thousands("-100000", grouped);
    CHECK_STR(grouped, "-100,000");
    decimal_group_thousands("+999", grouped);
    CHECK_STR(grouped, "+999");
    decimal_group_thousands("1000.5", grouped);
    CHECK_STR(grouped, "1,000.5");
    decimal_group_thousands("0.00", grouped);
    CHECK_STR(grouped, "0.00");
    TEST_DONE("decimal");
}
