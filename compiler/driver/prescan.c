/* The prescan: can a file be checked alone, before any other file is parsed? (compile.c reads
 * the files of jxc check one at a time when every one of them can.)
 *
 * Checking needs every declaration first (a table may use a form, unit, level or group declared
 * in any file compiled with it). Most files hold only tables (项目, 部门, 默认), and when every
 * user file does, the declarations are those of the standard library alone, so each file can be
 * parsed, checked and let go in turn. Whether a file holds only tables is decided from its text,
 * erring on the side of "no": a declaration keyword (单位 等级 指标组, or 表式 followed by a
 * block) at what may be the start of a statement, or 导入 anywhere, even inside a comment or a
 * string, sends the whole compilation down the usual path. */
#define _GNU_SOURCE /* memmem */
#include "driver/driver.h"
#include <string.h>
#include "base/utf8.h"

/* Can the code point continue a word (the lexer's wcont)? A keyword followed by one is part
 * of a longer word. The lexer's set, or less: fewer "yes" only means more files kept whole. */
static bool word_char(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    if (is_cjk_ideograph(cp)) return true;
    static const uint32_t more[] = {0xFF08, 0x300A, 0x201C, 0x2018, 0x3010, 0xFF09, 0x300B, 0x201D, 0x2019, 0x3011, 0x00B7, 0x3001};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        if (cp == more[i]) return true;
    return false;
}

/* Could the keyword at `at` (n bytes) be a whole token? Not when a word character follows. */
static bool keyword_ends(const char *text, size_t len, size_t at, size_t n) {
    if (at + n >= len) return true;
    uint32_t cp;
    int l = utf8_decode((const unsigned char *)text + at + n, len - at - n, &cp);
    return l < 1 || !word_char(cp);
}

/* Past blanks (space, tab, CR, VT, FF, the ideographic space U+3000): what the lexer skips. */
static size_t skip_blanks(const unsigned char *t, size_t len, size_t i) {
    for (;;) {
        if (i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\v' || t[i] == '\f')) i++;
        else if (i + 2 < len && t[i] == 0xE3 && t[i + 1] == 0x80 && t[i + 2] == 0x80) i += 3;
        else return i;
    }
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

/* Does the text hold nothing but tables, defaults and comments, as far as can be told
 * without parsing it? One pass: a statement starts at the beginning, after a line break, ';',
 * '{' or '}' (and a NUL, to be safe), then blanks; only there can a declaration begin. */
bool prescan_only_tables(const char *text, size_t len) {
    /* Every keyword that begins a declaration other than 项目, 部门, 默认 and 导入 (grammar/parser.y's
     * decl rules); 表式 last, as it is also a field. A new kind of declaration must be added
     * here, or this check would let a file that declares it be read one at a time. */
    static const char *const keywords[] = {"单位", "等级", "指标组", "表式"};
    const unsigned char *t = (const unsigned char *)text;
    /* An import is followed even in a file with lexical errors (the loader reads what it
     * names, and reports what it finds there), and characters the lexer rejects may stand
     * before it where a statement could not otherwise start ("\x05导入 …", found by
     * fuzzing): the word anywhere sends the files the usual way. */
    if (memmem(text, len, "导入", strlen("导入"))) return false;
    /* read_file leaves NUL bytes after the text, so strcspn (which glibc does sixteen bytes
     * at a time) stops at the end at the latest. */
    size_t i = len >= 3 && t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF ? 3 : 0;
    while (i < len) {
        /* At a possible statement start: past the blanks, a keyword? */
        i = skip_blanks(t, len, i);
        uint32_t head = i + 2 < len ? (uint32_t)t[i] << 16 | (uint32_t)t[i + 1] << 8 | t[i + 2] : 0;
        /* The first characters of the keywords: 单 等 指 表. */
        if (head == 0xE58D95 || head == 0xE7AD89 || head == 0xE68C87 || head == 0xE8A1A8) {
            for (size_t w = 0; w < sizeof keywords / sizeof keywords[0]; w++) {
                size_t n = strlen(keywords[w]);
                if (i + n > len || memcmp(t + i, keywords[w], n) != 0 || !keyword_ends(text, len, i, n)) continue;
                if (w < 3 || form_block_follows(text, len, i + n)) return false;
            }
        }
        /* To the next line break, ';', '{' or '}' (or a NUL in the text, to be safe). */
        i += strcspn(text + i, "\n;{}") + 1;
    }
    return true;
}
