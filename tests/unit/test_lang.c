/* The lexer agrees with the table of the language's words and signs (compiler/front/lang.def):
 * every keyword is its token, every comparator spelling is one comparator, every word
 * character is read as part of a word and every blank as a blank, and a character next to the
 * table's ranges is not a word's. */
#include <stdlib.h>
#include "unit.h"
#include "base/utf8.h"
#include "front/lang.h"
#include "front/lexer.h"

typedef struct Lexed {
    int n;
    const char *kind[8];
    uint32_t len[8];
    int errors;
} Lexed;

static Lexed lex(const char *text) {
    Lexed r = {0};
    Arena a;
    arena_init(&a);
    SourceSet s;
    sources_init(&s, &a);
    Diags d;
    diags_init(&d, &a, &s);
    uint32_t id = sources_add(&s, "t.jx", text, strlen(text), 0);
    SourceFile *f = sources_get(&s, id);
    ParsedFile pf = {0};
    Lexer lx;
    lexer_init(&lx, id, (char *)f->text, f->len, &d, &a, &pf);
    for (;;) {
        Token t = lexer_next(&lx);
        if (t.kind == 0 || r.n == 8) break;
        r.kind[r.n] = token_kind_name(t.kind);
        r.len[r.n++] = t.len;
    }
    r.errors = d.errors;
    sources_free(&s);
    arena_free(&a);
    return r;
}

static int one_token(const char *text, const char *kind) {
    Lexed r = lex(text);
    int ok = r.n == 1 && strcmp(r.kind[0], kind) == 0 && r.len[0] == strlen(text) && r.errors == 0;
    if (!ok) fprintf(stderr, "'%s': %d tokens, the first %s (expected one %s)\n", text, r.n, r.n ? r.kind[0] : "-", kind);
    return ok;
}

int main(void) {
    char buf[64];
    /* keywords */
    for (int i = 0; i < lang_keyword_count; i++) {
        const Keyword *k = &lang_keywords[i];
        CHECK(one_token(k->text, k->token));
        CHECK(lang_keyword(k->text, k->len) == k);
        snprintf(buf, sizeof buf, "%s1", k->text); /* followed by a word's character: a longer word */
        CHECK(one_token(buf, "WORD"));
        if (k->node != N_ERROR) CHECK_STR(lang_node_keyword(k->node), k->text);
    }
    /* comparators */
    Cmp cmp, seen[8] = {0};
    const char *sp;
    for (int i = 0; (sp = lang_cmp_spelling(i, &cmp)) != NULL; i++) {
        CHECK(one_token(sp, "CMP"));
        CHECK(lang_cmp(sp, strlen(sp)) == cmp);
        if (!seen[cmp]) {
            seen[cmp] = 1;
            CHECK_STR(lang_cmp_canonical(cmp), sp); /* the first spelling is the canonical one */
        }
        snprintf(buf, sizeof buf, "%s90%%", sp);
        Lexed r = lex(buf);
        CHECK(r.n == 2 && strcmp(r.kind[0], "CMP") == 0 && strcmp(r.kind[1], "MEASURE") == 0);
        Cmp c2;
        CHECK(lang_cmp_prefix(buf, strlen(buf), &c2) == strlen(sp) && c2 == cmp);
        CHECK(lang_ends_cmp_or_range(0x2265)); /* ≥ */
    }
    for (int c = CMP_GE; c <= CMP_NE; c++) CHECK(seen[c]);
    /* range signs */
    CHECK(lex("1~2").n == 3 && strcmp(lex("1~2").kind[1], "TILDE") == 0);
    CHECK(lex("1～2").n == 3 && strcmp(lex("1～2").kind[1], "TILDE") == 0);
    CHECK(lex("1至2").n == 3 && strcmp(lex("1至2").kind[1], "TILDE") == 0);
    CHECK(one_token("至少", "WORD"));
    /* multipliers */
    int exp;
    CHECK(lang_multiplier("十万元", strlen("十万元"), &exp) == 6 && exp == 5);
    CHECK(lang_multiplier("万元", strlen("万元"), &exp) == 3 && exp == 4);
    CHECK_STR(lang_multiplier_text(8), "亿");
    CHECK(one_token("3万元", "MEASURE"));
    /* word characters: the ends of every range, and the code points just outside them */
    static const uint32_t samples[][2] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x3007, 0x3007},
                                          {0x20000, 0x2FA1F}, {'a', 'z'}, {'A', 'Z'}, {'_', '_'}, {0xFF08, 0xFF08},
                                          {0x300A, 0x300A}, {0x201C, 0x201C}, {0x2018, 0x2018}, {0x3010, 0x3010},
                                          {'0', '9'}, {0xB7, 0xB7}, {0x3001, 0x3001}, {0xFF09, 0xFF09}, {0x300B, 0x300B},
                                          {0x201D, 0x201D}, {0x2019, 0x2019}, {0x3011, 0x3011}};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        for (int e = 0; e < 2; e++) {
            uint32_t cp = samples[i][e];
            CHECK(lang_word_char(cp));
            char ch[8] = {0};
            utf8_encode(cp, ch);
            snprintf(buf, sizeof buf, "甲%s", ch);
            CHECK(one_token(buf, "WORD"));
            if (lang_word_start(cp)) CHECK(one_token(ch, "WORD"));
        }
    }
    static const uint32_t outside[] = {0x33FF, 0x4DC0, 0xF8FF, 0xFB00, 0x3006, 0x3008, 0x2FA20, '-', 0x3002, 0xFF0C, 0x2026};
    for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++) {
        CHECK(!lang_word_char(outside[i]));
        char ch[8] = {0};
        utf8_encode(outside[i], ch);
        snprintf(buf, sizeof buf, "甲%s", ch);
        Lexed r = lex(buf);
        CHECK(!(r.n == 1 && strcmp(r.kind[0], "WORD") == 0 && r.len[0] == strlen(buf)));
    }
    /* blanks */
    static const uint32_t blanks[] = {' ', '\t', '\r', '\v', '\f', 0x3000};
    for (size_t i = 0; i < sizeof blanks / sizeof blanks[0]; i++) {
        CHECK(lang_blank(blanks[i]));
        char ch[8] = {0};
        utf8_encode(blanks[i], ch);
        /* A line feed after: in a file without any, one CR between two words is a line end
         * (E0110), not a blank. */
        snprintf(buf, sizeof buf, "甲%s乙\n", ch);
        Lexed r = lex(buf);
        CHECK(r.n >= 2 && strcmp(r.kind[0], "WORD") == 0 && strcmp(r.kind[1], "WORD") == 0 && r.errors == 0);
    }
    CHECK(!lang_blank('\n'));
    TEST_DONE("lang");
}
