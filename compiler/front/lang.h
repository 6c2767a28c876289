/* The facts of the language's words and signs (lang.def), as functions. */
#ifndef JX_LANG_H
#define JX_LANG_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "front/ast.h"

typedef enum KeywordRole { KW_TABLE, KW_DECL, KW_FORM, KW_IMPORT, KW_BODY } KeywordRole;

typedef struct Keyword {
    const char *text;    /* 项目 */
    uint8_t len;         /* in bytes */
    KeywordRole role;
    NodeKind node;       /* the statement it begins (N_ERROR: none) */
    const char *token;   /* the grammar's token: "PROJECT" */
} Keyword;

extern const Keyword lang_keywords[];
extern const int lang_keyword_count;

/* The keyword that is exactly s[0..n), or NULL. */
const Keyword *lang_keyword(const char *s, size_t n);
/* The keyword of a statement's kind (资金 for N_FUNDS), or NULL. */
const char *lang_node_keyword(NodeKind kind);

/* The comparator spelt exactly s[0..n), or CMP_NONE. */
Cmp lang_cmp(const char *s, size_t n);
/* The length of the longest comparator spelling s starts with (0: none), and its comparator. */
size_t lang_cmp_prefix(const char *s, size_t n, Cmp *cmp);
/* The canonical spelling: ≥ ≤ > < = ≠ ("" for CMP_NONE). */
const char *lang_cmp_canonical(Cmp c);
/* Every spelling, for the tests: the i-th (NULL past the end) and its comparator. */
const char *lang_cmp_spelling(int i, Cmp *cmp);

/* The multiplier s starts with (its length in bytes, 0 for none) and its power of ten. */
int lang_multiplier(const char *s, size_t n, int *exp);
/* The multiplier of a power of ten ("万" for 4; "" for 0; NULL when there is none). */
const char *lang_multiplier_text(int exp);

bool lang_word_start(uint32_t cp);    /* may begin a word */
bool lang_word_char(uint32_t cp);     /* may be in a word */
bool lang_unit_letter(uint32_t cp);   /* a letter of a unit (CJK or Latin) */
bool lang_blank(uint32_t cp);
/* Does cp end a comparator or a range sign (a number may follow it)? */
bool lang_ends_cmp_or_range(uint32_t cp);

#endif
