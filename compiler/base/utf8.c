#include "base/utf8.h"
#include <string.h>

int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    if (n == 0) return 0;
    unsigned c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

int looks_like_gb18030(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t bad = 0, good = 0;
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) { i++; continue; }
        uint32_t cp;
        int len = utf8_decode(p + i, n - i, &cp);
        if (len >= 2) { good++; i += (size_t)len; }
        else { bad++; i++; }
    }
    /* In GBK text about one character in seven happens to form valid UTF-8; a UTF-8 file with
     * stray bytes has many valid sequences. A few characters at least, to be sure. */
    if (bad < 4 || bad < 3 * good) return 0;
    /* GB18030: one byte 00-7F; two bytes 81-FE then 40-7E or 80-FE; four bytes 81-FE 30-39
     * 81-FE 30-39. */
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        if (c < 0x80) { i++; continue; }
        if (c == 0x80 || c == 0xFF || i + 1 >= n) return 0;
        unsigned d = p[i + 1];
        if ((d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE)) { i += 2; continue; }
        if (d >= 0x30 && d <= 0x39 && i + 3 < n && p[i + 2] >= 0x81 && p[i + 2] <= 0xFE &&
            p[i + 3] >= 0x30 && p[i + 3] <= 0x39) { i += 4; continue; }
        return 0;
    }
    return 1;
}

size_t utf8_validate(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            /* ASCII runs: the rest of the run eight bytes at a time. */
            i++;
            while (i + 8 <= n) {
                uint64_t w;
                __builtin_memcpy(&w, p + i, 8);
                if (w & 0x8080808080808080ull) break;
                i += 8;
            }
            continue;
        }
        /* Chinese text is mostly three-byte sequences: for the lead bytes E1–EC and EE–EF any
         * two continuation bytes make a valid character (no overlong form, no surrogate), and
         * for C2–DF any one does, so those are checked here without decoding. */
        if ((c >= 0xE1 && c <= 0xEC) || (c >= 0xEE && c <= 0xEF)) {
            if (i + 3 <= n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
                i += 3;
                continue;
            }
            return i;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            if (i + 2 <= n && (p[i + 1] & 0xC0) == 0x80) {
                i += 2;
                continue;
            }
            return i;
        }
        uint32_t cp;
        int len = utf8_decode(p + i, n - i, &cp);
        if (!len) return i;
        i += (size_t)len;
    }
    return n;
}

int utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { o[0] = (unsigned char)(0xC0 | (cp >> 6)); o[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
    return count;
}

/* East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15, merged where adjacent. */
static const uint32_t wide_ranges[][2] = {
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

static int in_ranges(uint32_t cp, const uint32_t (*r)[2], int n) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < r[mid][0]) hi = mid - 1;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

static const uint32_t zero_ranges[][2] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A}, {0x064B, 0x065F},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF}, {0x302A, 0x302D},
    {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

int codepoint_width(uint32_t cp) {
    if (cp == 0) return 0;
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
    if (cp < 0x300) return 1;
    if (cp >= 0x4E00 && cp <= 0xA48C) return 2; /* the CJK ideographs, most of a table's text: no search */
    if (in_ranges(cp, zero_ranges, (int)(sizeof zero_ranges / sizeof zero_ranges[0]))) return 0;
    if (in_ranges(cp, wide_ranges, (int)(sizeof wide_ranges / sizeof wide_ranges[0]))) return 2;
    return 1;
}

int display_width(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    int w = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int len = utf8_decode(p + i, n - i, &cp);
        if (!len) { w += 1; i++; continue; } /* shown as one replacement character */
        w += cp == '\t' ? 4 : codepoint_width(cp);
        i += (size_t)len;
    }
    return w;
}

int is_cjk_ideograph(uint32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x20000 && cp <= 0x2FA1F) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

int is_hidden_char(uint32_t cp) {
    if (cp < 0x20) return cp != '\t' && cp != '\n';
    if (cp < 0x7F) return 0;
    if (cp < 0xA0) return 1;
    return cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

int hidden_char_name(uint32_t cp, char *out) {
    return snprintf(out, 12, "<U+%04X>", (unsigned)cp);
}

void fwrite_visible(FILE *out, const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t done = 0, i = 0;
    while (i < n) {
        /* Printable ASCII is most of it: skip it in one go. */
        if (p[i] >= 0x20 && p[i] < 0x7F) { i++; continue; }
        if (p[i] == '\t' || p[i] == '\n') { i++; continue; }
        uint32_t cp;
        int len = utf8_decode(p + i, n - i, &cp);
        if (len > 0 && !is_hidden_char(cp)) { i += (size_t)len; continue; }
        if (i > done) fwrite(s + done, 1, i - done, out);
        char name[12];
        if (len > 0) hidden_char_name(cp, name);
        else snprintf(name, sizeof name, "<%02X>", p[i]), len = 1;
        fputs(name, out);
        i += (size_t)len;
        done = i;
    }
    if (n > done) fwrite(s + done, 1, n - done, out);
}

void fputs_visible(FILE *out, const char *s) { fwrite_visible(out, s, strlen(s)); }
