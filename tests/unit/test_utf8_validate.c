/* utf8_validate has fast paths for two- and three-byte sequences (Chinese text); it must find
 * the same first invalid byte as decoding character by character with utf8_decode, on every
 * input. Two million random short strings, biased towards lead and continuation bytes. */
#include <stdint.h>
#include "unit.h"
#include "base/utf8.h"

static size_t by_decoding(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!k) return i;
        i += (size_t)k;
    }
    return n;
}

int main(void) {
    uint64_t state = 0x9E3779B97F4A7C15ull;
    char buf[24];
    int mismatches = 0;
    for (long t = 0; t < 2000000; t++) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        uint64_t r = state;
        size_t n = (size_t)(r >> 60) + 1;
        for (size_t i = 0; i < n && i < sizeof buf; i++) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            unsigned x = (unsigned)(state >> 56), kind = (unsigned)(state >> 40) % 6;
            buf[i] = (char)(kind == 0 ? x & 0x7F : kind == 1 ? 0x80 | (x & 0x3F) : kind == 2 ? 0xE0 | (x & 0x0F)
                            : kind == 3 ? 0xC0 | (x & 0x1F) : kind == 4 ? 0xF0 | (x & 0x0F) : x);
        }
        if (utf8_validate(buf, n) != by_decoding(buf, n) && mismatches++ < 5)
            fprintf(stderr, "mismatch on a string of %zu bytes (case %ld)\n", n, t);
    }
    CHECK(mismatches == 0);
    /* The fast paths at the end of the input: a sequence cut short is invalid. */
    CHECK(utf8_validate("\xE9\xA1", 2) == 0);
    CHECK(utf8_validate("a\xD0", 2) == 1);
    CHECK(utf8_validate("\xE9\xA1\xB9\xE9\xA1\xB9", 6) == 6);
    CHECK(utf8_validate("\xED\xA0\x80", 3) == 0); /* a surrogate: not on the fast path */
    TEST_DONE("utf8_validate");
}
