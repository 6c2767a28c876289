/* The facts of the language's words and signs (lang.def), as functions. */
#include "front/lang.h"
#include <string.h>
#include "base/utf8.h"

const Keyword lang_keywords[] = {
#define KEYWORD(token, text, role, node) {text, sizeof text - 1, KW_##role, node, #token},
#include "front/lang.def"
};
const int lang_keyword_count = (int)(sizeof lang_keywords / sizeof lang_keywords[0]);

const Keyword *lang_keyword(const char *s, size_t n) {
    /* Every keyword is two to four ideographs: six to twelve bytes. */
    if (n != 6 && n != 9 && n != 12) return NULL;
    /* The second ideograph's last two bytes first: keywords share their first ones (项目, 项目性质
     * …), and every word of six to twelve bytes a file holds comes here (2% of jxc check). */
    for (int i = 0; i < lang_keyword_count; i++)
        if (lang_keywords[i].len == n && lang_keywords[i].text[4] == s[4] && lang_keywords[i].text[5] == s[5] &&
            memcmp(lang_keywords[i].text, s, n) == 0)
            return &lang_keywords[i];
    return NULL;
}

const char *lang_node_keyword(NodeKind kind) {
    for (int i = 0; i < lang_keyword_count; i++)
        if (lang_keywords[i].node == kind && kind != N_ERROR) return lang_keywords[i].text;
    return NULL;
}

static const struct { const char *text; uint8_t len; Cmp cmp; } spellings[] = {
#define COMPARATOR(text, cmp) {text, sizeof text - 1, cmp},
#include "front/lang.def"
};
enum { NSPELLINGS = sizeof spellings / sizeof spellings[0] };

Cmp lang_cmp(const char *s, size_t n) {
    for (int i = 0; i < NSPELLINGS; i++)
        if (spellings[i].len == n && memcmp(spellings[i].text, s, n) == 0) return spellings[i].cmp;
    return CMP_NONE;
}

size_t lang_cmp_prefix(const char *s, size_t n, Cmp *cmp) {
    size_t best = 0;
    for (int i = 0; i < NSPELLINGS; i++)
        if (spellings[i].len <= n && spellings[i].len > best && memcmp(spellings[i].text, s, spellings[i].len) == 0) {
            best = spellings[i].len;
            *cmp = spellings[i].cmp;
        }
    return best;
}

const char *lang_cmp_canonical(Cmp c) {
    if (c == CMP_NONE) return "";
    for (int i = 0; i < NSPELLINGS; i++)
        if (spellings[i].cmp == c) return spellings[i].text;
    return "";
}

const char *lang_cmp_spelling(int i, Cmp *cmp) {
    if (i < 0 || i >= NSPELLINGS) return NULL;
    *cmp = spellings[i].cmp;
    return spellings[i].text;
}

static const struct { const char *text; uint8_t len; int exp; } multipliers[] = {
#define MULTIPLIER(text, exp) {text, sizeof text - 1, exp},
#include "front/lang.def"
};

int lang_multiplier(const char *s, size_t n, int *exp) {
    for (size_t i = 0; i < sizeof multipliers / sizeof multipliers[0]; i++)
        if (multipliers[i].len <= n && memcmp(s, multipliers[i].text, multipliers[i].len) == 0) {
            *exp = multipliers[i].exp;
            return multipliers[i].len;
        }
    return 0;
}

const char *lang_multiplier_text(int exp) {
    if (exp == 0) return "";
    for (size_t i = 0; i < sizeof multipliers / sizeof multipliers[0]; i++)
        if (multipliers[i].exp == exp) return multipliers[i].text;
    return NULL;
}

enum { CLASS_CJK, CLASS_LATIN, CLASS_START, CLASS_CONT };
static const struct { uint32_t first, last; int cls; } word_chars[] = {
#define WORD_CHARS(first, last, class) {first, last, CLASS_##class},
#include "front/lang.def"
};

static int class_of(uint32_t cp) {
    for (size_t i = 0; i < sizeof word_chars / sizeof word_chars[0]; i++)
        if (cp >= word_chars[i].first && cp <= word_chars[i].last) return word_chars[i].cls;
    return -1;
}

bool lang_word_start(uint32_t cp) {
    int c = class_of(cp);
    return c >= 0 && c != CLASS_CONT;
}
bool lang_word_char(uint32_t cp) { return class_of(cp) >= 0; }
bool lang_unit_letter(uint32_t cp) {
    int c = class_of(cp);
    return c == CLASS_CJK || c == CLASS_LATIN;
}

bool lang_blank(uint32_t cp) {
    static const uint32_t blanks[] = {
#define BLANK(cp) cp,
#include "front/lang.def"
    };
    for (size_t i = 0; i < sizeof blanks / sizeof blanks[0]; i++)
        if (blanks[i] == cp) return true;
    return false;
}

/* The last code point of a spelling. */
static uint32_t last_cp(const char *s, size_t n) {
    size_t k = n;
    while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80) k--;
    if (k > 0) k--;
    uint32_t cp = 0;
    if (utf8_decode((const unsigned char *)s + k, n - k, &cp) < 1) return 0;
    return cp;
}

bool lang_ends_cmp_or_range(uint32_t cp) {
    for (int i = 0; i < NSPELLINGS; i++)
        if (last_cp(spellings[i].text, spellings[i].len) == cp) return true;
    static const char *const signs[] = {
#define RANGE_SIGN(text, where) text,
#include "front/lang.def"
    };
    for (size_t i = 0; i < sizeof signs / sizeof signs[0]; i++)
        if (last_cp(signs[i], strlen(signs[i])) == cp) return true;
    return false;
}
