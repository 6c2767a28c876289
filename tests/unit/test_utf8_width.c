/* codepoint_width and display_width against the way they were computed before their fast
 * paths (a binary search of the ranges for every code point above U+02FF, every byte decoded):
 * the same answer for every code point 0..0x10FFFF, and for text with invalid bytes. The
 * reference is kept here so that a change of the fast paths is checked the same way. */
#include "unit.h"
#include <stdint.h>
#include "base/utf8.h"

/* East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15, merged where adjacent. */
static const uint32_t ref_wide[][2] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
    {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
    {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
    {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    {0x2E80, 0x303E}, {0x3041, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA48C}, {0xA490, 0xA4C6},
    {0xA960, 0xA97C}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6B},
    {0xFF01, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CD5}, {0x1B000, 0x1B2FB},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
    {0x1F200, 0x1F251}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

static int ref_in_ranges(uint32_t cp, const uint32_t (*r)[2], int n) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < r[mid][0]) hi = mid - 1;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

static const uint32_t ref_zero[][2] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A}, {0x064B, 0x065F},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF}, {0x302A, 0x302D},
    {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

static int ref_codepoint_width(uint32_t cp) {
    if (cp == 0) return 0;
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
    if (cp < 0x300) return 1;
    if (ref_in_ranges(cp, ref_zero, (int)(sizeof ref_zero / sizeof ref_zero[0]))) return 0;
    if (ref_in_ranges(cp, ref_wide, (int)(sizeof ref_wide / sizeof ref_wide[0]))) return 2;
    return 1;
}

static int ref_display_width(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    int w = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int len = utf8_decode(p + i, n - i, &cp);
        if (!len) { w += 1; i++; continue; }
        w += cp == '\t' ? 4 : ref_codepoint_width(cp);
        i += (size_t)len;
    }
    return w;
}

int main(void) {
    int bad = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (codepoint_width(cp) != ref_codepoint_width(cp)) {
            if (bad++ < 10) fprintf(stderr, "U+%04X: width %d, was %d\n", (unsigned)cp, codepoint_width(cp), ref_codepoint_width(cp));
            continue;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) continue; /* not encodable */
        char buf[8];
        int n = utf8_encode(cp, buf);
        if (display_width(buf, (size_t)n) != ref_display_width(buf, (size_t)n) && bad++ < 10)
            fprintf(stderr, "U+%04X: display width %d, was %d\n", (unsigned)cp, display_width(buf, (size_t)n),
                    ref_display_width(buf, (size_t)n));
    }
    CHECK(bad == 0);
    /* Text: ASCII with a tab and controls, CJK, combining marks, invalid and cut-short bytes. */
    static const char *texts[] = {
        "abc\tdef", "\x01\x1F\x7F", "案件办理率≥90%", "（人次）＝100％", "e\u0301\u3000\u302A",
        "\xFF\xC0\xAF", "项\xE9\xA1", "\xF0\x9F\x98\x80\xE4\xB7\x80", "",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        CHECK(display_width(texts[i], strlen(texts[i])) == ref_display_width(texts[i], strlen(texts[i])));
    /* Every two-byte string: all lead and continuation combinations, valid or not. */
    int bad2 = 0;
    for (int a = 0; a < 256; a++)
        for (int b = 0; b < 256; b++) {
            char s[2] = {(char)a, (char)b};
            bad2 += display_width(s, 2) != ref_display_width(s, 2);
        }
    CHECK(bad2 == 0);
    /* Every three-byte string with a lead byte of a three- or four-byte sequence (the fast
     * path decodes some of them itself), and the same cut short by one byte. */
    int bad3 = 0;
    for (int a = 0xE0; a <= 0xF4; a++)
        for (int b = 0; b < 256; b++)
            for (int c = 0; c < 256; c++) {
                char s[3] = {(char)a, (char)b, (char)c};
                bad3 += display_width(s, 3) != ref_display_width(s, 3);
                bad3 += display_width(s, 2) != ref_display_width(s, 2);
            }
    CHECK(bad3 == 0);
    TEST_DONE("utf8_width");
}
