/* The prescan: can a file be checked alone, before any other file is parsed? (compile.c reads
 * the files of jxc check one at a time when every one of them can.)
 *
 * Checking needs every declaration first (a table may use a form, unit, level or group declared
 * in any file compiled with it). Most files hold only tables (项目, 部门, 默认), and when every
 * user file does, the declarations are those of the standard library alone, so each file can be
 * parsed, checked and let go in turn. Whether a file holds only tables is decided from its text,
 * erring on the side of "no": a declaration keyword (单位 等级 指标组, or 表式 followed by a
 * block) at what may be the start of a statement, or 导入 anywhere, even inside a comment or a
 * string, sends the whole compilation down the usual path, as does a NUL byte. */
#include "driver/driver.h"
#include <string.h>
#include "base/mapped.h"
#include "base/utf8.h"
#include "front/lang.h"

/* Could the keyword at `at` (n bytes) be a whole token? Not when a word character follows. */
static bool keyword_ends(const char *text, size_t len, size_t at, size_t n) {
    if (at + n >= len) return true;
    uint32_t cp;
    int l = utf8_decode((const unsigned char *)text + at + n, len - at - n, &cp);
    return l < 1 || !lang_word_char(cp);
}

/* Past the blanks the lexer skips (front/lang.def). */
static size_t skip_blanks(const unsigned char *t, size_t len, size_t i) {
    while (i < len) {
        if (t[i] == ' ' || t[i] == '\t') {
            i++;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(t + i, len - i, &cp);
        if (l < 1 || cp == '\n' || !lang_blank(cp)) break;
        i += (size_t)l;
    }
    return i;
}

/* After 表式: a form declaration has its block on this line or after it; the field 表式 NAME
 * has none. A quote (a name written as a string, perhaps over lines) counts as a block. */
static bool form_block_follows(const char *text, size_t len, size_t from) {
    size_t i = from;
    while (i < len && text[i] != '\n') {
        if (text[i] == '{' || text[i] == '"') return true;
        i++;
    }
    while (i < len) {
        i = skip_blanks((const unsigned char *)text, len, i + 1); /* past the line break */
        if (i >= len) return false;
        if (text[i] == '\n') continue;          /* a blank line */
        if (text[i] == '#') {                   /* a comment line */
            while (i < len && text[i] != '\n') i++;
            continue;
        }
        return text[i] == '{';
    }
    return false;
}

/* The text of a big file is mapped (base/mapped.h), and this pass over it lets each window
 * of its pages go once read, so that it never holds the whole file in memory. */
enum { WINDOW = 1 << 20 };

/* Does text[from, to) hold the needle (n ≥ 2 bytes)? memmem's first byte here is the lead
 * byte of most Chinese characters (0xE5 in 导), one byte in 14, where it was 13% of a check
 * of one big file; the needle's second byte (a continuation byte, 0xAF) is one in a hundred,
 * so memchr finds it and each hit is compared. */
static bool holds(const char *text, size_t from, size_t to, const char *needle, size_t n) {
    for (const char *p = text + from + 1, *end = text + to; p < end;) {
        p = memchr(p, needle[1], (size_t)(end - p));
        if (!p) return false;
        if ((size_t)(end - p) >= n - 1 && p[-1] == needle[0] && memcmp(p - 1, needle, n) == 0) return true;
        p++;
    }
    return false;
}

/* holds(), a window at a time (windows overlap by the needle's length). */
static bool find_letting_go(const char *text, size_t len, const char *needle) {
    size_t n = strlen(needle);
    if (n < 2) return n == 0 || memchr(text, needle[0], len);
    for (size_t at = 0; at < len;) {
        size_t end = len - at > WINDOW + n ? at + WINDOW + n : len;
        if (holds(text, at, end, needle, n)) return true;
        if (end == len) break;
        mapped_release(text + at, text + at + WINDOW);
        at += WINDOW;
    }
    return false;
}

/* Does the text hold nothing but tables, defaults and comments, as far as can be told
 * without parsing it? One pass: a statement starts at the beginning, after a line break, ';',
 * '{' or '}' (and a NUL, to be safe), then blanks; only there can a declaration begin.
 *
 * In the same pass, *defaults_first: does every 默认 come before the first table (项目, 部门)?
 * A file's 默认 blocks serve all its tables, those before them too, so only then can each
 * table be checked as soon as it is parsed (compile.c). Erring on the side of "no" as well:
 * the keywords are looked for at every place a statement may start, so a field or a line of
 * an indicator spelt 默认 after a table sends that file the whole way. */
bool prescan_only_tables(const char *text, size_t len, bool *defaults_first) {
    /* The keywords that begin a declaration other than a table's (front/lang.def: DECL, and
     * FORM, which is also a field), and 导入 (IMPORT). A keyword that gets another role
     * there is seen here too. */
    /* Then the keywords of tables (KW_TABLE), from `tables` on. */
    static const Keyword *decls[24];
    static uint32_t heads[24];
    static int ndecls = -1, tables = 0;
    static const char *import = NULL;
    if (ndecls < 0) {
        ndecls = 0;
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) tables = ndecls;
            for (int k = 0; k < lang_keyword_count; k++) {
                const Keyword *kw = &lang_keywords[k];
                if (pass == 0 && kw->role == KW_IMPORT) import = kw->text;
                bool want = pass == 0 ? kw->role == KW_DECL || kw->role == KW_FORM : kw->role == KW_TABLE;
                if (!want || ndecls == 24) continue;
                const unsigned char *u = (const unsigned char *)kw->text;
                heads[ndecls] = (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
                decls[ndecls++] = kw;
            }
        }
    }
    bool seen_table = false, in_order = true;
    const unsigned char *t = (const unsigned char *)text;
    /* An import is followed even in a file with lexical errors (the loader reads what it
     * names, and reports what it finds there), and characters the lexer rejects may stand
     * before it where a statement could not otherwise start ("\x05导入 …", found by
     * fuzzing): the word anywhere sends the files the usual way. */
    /* A NUL byte is no part of a jx text (the lexer reports it): such a file goes the usual
     * way, where one too large to keep whole is refused before it is lexed (a file of zeros,
     * say). The first window is looked at before the import is looked for. */
    if (memchr(text, 0, len < WINDOW ? len : WINDOW)) return false;
    if (import && find_letting_go(text, len, import)) return false;
    /* read_file leaves NUL bytes after the text, so strcspn (which glibc does sixteen bytes
     * at a time) stops at the end at the latest. */
    size_t released = 0;
    size_t i = len >= 3 && t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF ? 3 : 0;
    while (i < len) {
        /* At a possible statement start: past the blanks, a keyword? */
        i = skip_blanks(t, len, i);
        uint32_t head = i + 2 < len ? (uint32_t)t[i] << 16 | (uint32_t)t[i + 1] << 8 | t[i + 2] : 0;
        for (int w = 0; w < ndecls; w++) {
            if (head != heads[w]) continue;
            size_t n = decls[w]->len;
            if (i + n > len || memcmp(t + i, decls[w]->text, n) != 0 || !keyword_ends(text, len, i, n)) continue;
            if (w >= tables) {
                if (decls[w]->node == N_DEFAULTS) in_order &= !seen_table;
                else seen_table = true;
                break;
            }
            if (decls[w]->role != KW_FORM || form_block_follows(text, len, i + n)) return false;
        }
        /* To the next line break, ';', '{' or '}' (or a NUL in the text, to be safe). */
        i += strcspn(text + i, "\n;{}");
        if (i < len && t[i] == 0) return false;
        i++;
        if (i - released >= WINDOW) {
            mapped_release(text + released, text + i);
            released = i;
        }
    }
    mapped_release(text, text + len);
    if (defaults_first) *defaults_first = in_order;
    return true;
}
