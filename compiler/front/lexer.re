/* The jx lexer: source text to tokens, for re2c 3 (-8 --input-encoding utf8).
 * The text has been validated as UTF-8 before lexing (lexer_init), so the rules below never
 * see a malformed sequence or a NUL byte before the end. */
#include <stdio.h>
#include <string.h>
#include "front/lang.h"
#include "front/lexer.h"
#include "parser.h"
#include "base/mapped.h"
#include "base/utf8.h"

/* A word, or the keyword it is (front/lang.def). */
static const int keyword_tokens[] = {
#define KEYWORD(token, text, role, node) TK_##token,
#include "front/lang.def"
};

/* Reports a lexical error; returns the diagnostic (NULL when it was not kept: past
 * --max-errors). */
static Diag *lex_error(Lexer *lx, DiagCode code, uint32_t off, uint32_t len, const char *arg) {
    Span sp = {lx->file, off, len};
    Diag *d = diag_at(lx->diags, code, sp, arg, NULL);
    /* Remember the line, so the parser does not report a second error for it. The scan back
     * to the line's start stops at the previous error when no line break lies between them:
     * a long line full of bad characters must not cost time quadratic in its length. */
    const char *t = (const char *)lx->text;
    uint32_t start = off, floor = off >= lx->scan_off ? lx->scan_off : 0;
    while (start > floor && t[start - 1] != '\n') start--;
    if (start == floor && floor > 0 && t[start - 1] != '\n') start = lx->scan_line_start;
    lx->scan_off = off;
    lx->scan_line_start = start;
    lx->error_lines[lx->nerror_lines++ % LEXER_ERROR_LINES] = start + 1;
    return d;
}

/* memchr over a text that may be mapped: a window at a time, letting each window go. */
enum { LEXER_WINDOW = 1 << 20 };
static const char *find_letting_go(const char *p, const char *end, int c) {
    while (p < end) {
        const char *stop = (size_t)(end - p) > LEXER_WINDOW ? p + LEXER_WINDOW : end;
        const char *hit = memchr(p, c, (size_t)(stop - p));
        if (hit) return hit;
        mapped_release(p, stop);
        p = stop;
    }
    return NULL;
}

void lexer_init(Lexer *lx, uint32_t file, char *text, size_t len, Diags *d, Arena *a, ParsedFile *pf) {
    memset(lx, 0, sizeof *lx);
    lx->text = lx->cur = (const unsigned char *)text;
    lx->lim = lx->text + len;
    lx->file = file;
    lx->diags = d;
    lx->arena = a;
    lx->comment_arena = a;
    lx->pf = pf;
    /* A mapped text (base/mapped.h) is read a window at a time, and each window's pages are
     * let go once read: these passes over the whole file must not hold it all in memory. A
     * byte written into the text pins its mapping (the change must not be let go). */
    size_t i = 0, released = 0;
    int reported = 0;
    bool seen_invalid = false;
    while (i < len) {
        size_t wend = len - i <= LEXER_WINDOW ? len : i + LEXER_WINDOW;
        size_t vend = len - wend <= 3 ? len : wend + 3;
        size_t bad = i + utf8_validate(text + i, vend - i);
        /* A sequence cut by the window's end is read again with the next window. */
        bool invalid = bad < len && (bad < wend || vend == len);
        /* NUL bytes are valid UTF-8; look for them in the valid stretch. */
        for (char *z = bad > i ? memchr(text + i, 0, bad - i) : NULL; z; z = memchr(z + 1, 0, (size_t)(text + bad - z - 1))) {
            if (reported++ < 20) lex_error(lx, E0102, (uint32_t)(z - text), 1, "");
            mapped_pin(text);
            *z = ' ';
            if (z + 1 >= text + bad) break;
        }
        if (!invalid) {
            i = bad;
        } else {
            char hex[8];
            const unsigned char *u = (const unsigned char *)text;
            bool utf16 = len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
            if (!seen_invalid && (utf16 || looks_like_gb18030(text, len))) {
                /* A file saved as UTF-16 (Notepad's "Unicode") or GBK/GB18030 (its "ANSI" on a
                 * Chinese system): one error that says so, not one for every character; the rest
                 * is not lexed, since it would only be noise. */
                snprintf(hex, sizeof hex, "%02X", (unsigned char)text[bad]);
                Diag *dg = diag_at_plain(d, E0101, (Span){file, (uint32_t)bad, 1}, hex, NULL);
                diag_help(d, dg, utf16 ? E0101_utf16 : E0101_gb18030, NULL);
                diag_help(d, dg, utf16 ? E0101_iconv16 : E0101_iconv, NULL);
                pf->had_errors = true;
                lx->cur = lx->lim;
                /* The text stays valid UTF-8 without NULs for the excerpt (and the JSON or SARIF
                 * that quotes it): every invalid byte becomes '?', every NUL a blank. */
                mapped_pin(text);
                for (size_t k = bad; k < len; k += utf8_validate(text + k, len - k))
                    if (k < len) text[k++] = '?';
                for (char *z = memchr(text, 0, len); z; z = memchr(z, 0, len - (size_t)(z - text))) *z = ' ';
                return;
            }
            seen_invalid = true;
            snprintf(hex, sizeof hex, "%02X", (unsigned char)text[bad]);
            if (reported++ < 20) lex_error(lx, E0101, (uint32_t)bad, 1, hex);
            mapped_pin(text);
            text[bad] = '?';
            if (lx->nreplaced < (int)(sizeof lx->replaced / sizeof lx->replaced[0])) lx->replaced[lx->nreplaced++] = (uint32_t)bad;
            i = bad + 1;
        }
        if (i - released >= LEXER_WINDOW) {
            mapped_release(text + released, text + i);
            released = i;
        }
    }
    /* Lines that end in a carriage return alone (old Mac, an Excel export): the whole file
     * would read as one line, with a syntax error far along it. When there are two lone CRs
     * or more, and at least as many as line feeds (or one, with text after it and no line feed
     * anywhere), one error says so (E0110) and the rest is not lexed (a lone CR elsewhere is a
     * blank: at the end of a one-line file, or among the blanks of an LF file). */
    size_t lone = 0, lf = 0, first = 0;
    for (const char *p = find_letting_go(text, text + len, '\r'); p; p = find_letting_go(p + 1, text + len, '\r')) {
        if (p + 1 < text + len && p[1] == '\n') continue;
        if (!lone++) first = (size_t)(p - text);
        if (p + 1 >= text + len) break;
    }
    if (lone) {
        for (const char *p = memchr(text, '\n', len); p; p = p + 1 < text + len ? memchr(p + 1, '\n', len - (size_t)(p + 1 - text)) : NULL)
            lf++;
        /* Two lines and one CR between them, no LF at all: the same file, only shorter. */
        bool two_lines = false;
        if (lone == 1 && lf == 0)
            for (size_t k = first + 1; k < len && !two_lines; k++) two_lines = text[k] != ' ' && text[k] != '\t' && text[k] != '\r';
        if ((lone >= 2 && lone >= lf) || two_lines) {
            diag_at(d, E0110, (Span){file, (uint32_t)first, 1}, NULL);
            pf->had_errors = true;
            lx->cur = lx->lim;
        }
    }
}

bool lexer_line_has_error(const Lexer *lx, uint32_t line_start) {
    int n = lx->nerror_lines < LEXER_ERROR_LINES ? lx->nerror_lines : LEXER_ERROR_LINES;
    for (int i = 0; i < n; i++)
        if (lx->error_lines[i] == line_start + 1) return true;
    return false;
}

/* The ASCII letters and digits right before `off` (no blank between), when they mix digits with
 * letters that look like them (9O for 90, 1l for 11): the run, and the run with those letters
 * made digits. A typo of this kind leaves the % or . after it unreadable, far from its cause. */
static bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool lexer_lookalike_digits(Arena *a, const char *text, uint32_t off, char **run, char **fixed) {
    uint32_t start = off;
    while (start > 0 && off - start < 32 && ascii_alnum(text[start - 1])) start--;
    bool digit = false, lookalike = false;
    for (uint32_t k = start; k < off; k++) {
        char c = text[k];
        if (c >= '0' && c <= '9') digit = true;
        else if (c == 'O' || c == 'o' || c == 'l' || c == 'I') lookalike = true;
        else return false;
    }
    if (!digit || !lookalike || !(text[start] >= '0' && text[start] <= '9')) return false;
    *run = arena_strndup(a, text + start, off - start);
    *fixed = arena_strndup(a, text + start, off - start);
    for (char *c = *fixed; *c; c++) *c = (*c == 'O' || *c == 'o') ? '0' : (*c == 'l' || *c == 'I') ? '1' : *c;
    return true;
}

bool lexer_number_then_blanks(const char *text, uint32_t off, uint32_t *num, uint32_t *num_len) {
    const unsigned char *t = (const unsigned char *)text;
    uint32_t k = off;
    bool blanks = false;
    for (;;) {
        if (k >= 1 && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--;
        else if (k >= 3 && t[k - 3] == 0xE3 && t[k - 2] == 0x80 && t[k - 1] == 0x80) k -= 3;
        else break;
        blanks = true;
    }
    if (!blanks || k == 0 || t[k - 1] < '0' || t[k - 1] > '9') return false;
    uint32_t start = k;
    while (start > 0 && ((t[start - 1] >= '0' && t[start - 1] <= '9') || t[start - 1] == '.' || t[start - 1] == ','))
        start--;
    /* The number must stand alone: after a blank, a comparator or a range sign, or at the
     * start of the line; not the end of a word (A1), a date or a code. */
    if (start > 0 && t[start - 1] != ' ' && t[start - 1] != '\t' && t[start - 1] != '\n') {
        uint32_t p = start - 1;
        while (p > 0 && (t[p] & 0xC0) == 0x80) p--;
        uint32_t cp;
        if (utf8_decode(t + p, start - p, &cp) != (int)(start - p)) return false;
        /* After a comparator, a range sign or a blank (U+3000). */
        bool ok = lang_ends_cmp_or_range(cp) || lang_blank(cp);
        if (!ok) return false;
    }
    *num = start;
    *num_len = k - start;
    return true;
}

int multiplier_prefix(const char *s, size_t n, int *exp) { return lang_multiplier(s, n, exp); }

static void add_comment(Lexer *lx, const unsigned char *start, const unsigned char *end) {
    Comment *c = arena_alloc(lx->comment_arena, sizeof *c);
    c->span = (Span){lx->file, (uint32_t)(start - lx->text), (uint32_t)(end - start)};
    c->text = arena_strndup(lx->comment_arena, (const char *)start + 1, (size_t)(end - start - 1));
    c->own_line = !lx->line_has_content;
    if (lx->pf->last_comment) lx->pf->last_comment->next = lx->pf->last_comment->next_in_file = c;
    else lx->pf->comments = c;
    lx->pf->last_comment = c;
}

static void check_string_chars(Lexer *lx, const unsigned char *p, const unsigned char *end, bool block);

/* Text after the opening """ of a block that goes on over lines (E0111): it would silently
 * become the first line of the value, and the common indentation would no longer be cut from
 * the lines below it. A block on one line ("""text""") is fine. */
static void check_text_block_open(Lexer *lx, const unsigned char *open, const unsigned char *close) {
    const unsigned char *nl = memchr(open, '\n', (size_t)(close - open));
    if (!nl) return;
    const unsigned char *s = open, *e = nl;
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\r')) s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    if (s == e) return;
    /* The words quoted in the message: at most 30 bytes, cut at a character's start. */
    size_t n = (size_t)(e - s), shown = n;
    if (shown > 30) {
        shown = 30;
        while (shown > 0 && (s[shown] & 0xC0) == 0x80) shown--;
    }
    const char *arg = arena_printf(lx->arena, "%.*s%s", (int)shown, (const char *)s, shown < n ? "…" : "");
    diag_at(lx->diags, E0111, (Span){lx->file, (uint32_t)(s - lx->text), (uint32_t)n}, arg, NULL);
}

/* A """ text block: scan to the closing """ by hand (it may span many lines). */
static int lex_text_block(Lexer *lx) {
    const unsigned char *p = lx->cur; /* just after the opening """ */
    for (;;) {
        p = p < lx->lim ? memchr(p, '"', (size_t)(lx->lim - p)) : NULL;
        if (!p) {
            lex_error(lx, E0104, (uint32_t)(lx->tok - lx->text), 3, "");
            lx->cur = lx->lim;
            lx->swallowed_rest = true;
            return 0;
        }
        if (p[1] == '"' && p[2] == '"') {
            check_string_chars(lx, lx->cur, p, true);
            check_text_block_open(lx, lx->cur, p);
            lx->cur = p + 3;
            return TK_STRING;
        }
        p++;
    }
}

const char *token_kind_name(int k) {
    for (int i = 0; i < lang_keyword_count; i++)
        if (keyword_tokens[i] == k) return lang_keywords[i].token;
    switch (k) {
    case TK_NL: return "NL";
    case TK_LBRACE: return "LBRACE";
    case TK_RBRACE: return "RBRACE";
    case TK_WORD: return "WORD";
    case TK_STRING: return "STRING";
    case TK_MEASURE: return "MEASURE";
    case TK_LABELLED: return "LABELLED";
    case TK_CMP: return "CMP";
    case TK_TILDE: return "TILDE";
    case TK_DATE: return "DATE";
    case TK_YEAR: return "YEAR";
    case TK_CODE: return "CODE";
    default: return "?";
    }
}

bool token_is_newline(int kind) { return kind == TK_NL; }

static Token make(Lexer *lx, int kind);

static int word_kind(Lexer *lx) {
    const Keyword *k = lang_keyword((const char *)lx->tok, (size_t)(lx->cur - lx->tok));
    return k ? keyword_tokens[k - lang_keywords] : TK_WORD;
}

/* A one-line "…" string, from just after its opening quote. Strings are most of a table's
 * bytes, so they are scanned with strcspn rather than by the automaton a byte at a time; the
 * language is the same: characters and backslash escapes (of anything but a line break) up to
 * the next '"'. At a line break or the end of the text first, the string is unterminated
 * (E0103), a backslash just before that break included. */
/* A control, bidi or invisible character inside a string (E0109): printed, it would act on
 * the reader's terminal or reorder the text around it. A tab is allowed, and so are line
 * breaks and carriage returns in a """ text block (a CR there is read as a blank). */
static void check_string_chars(Lexer *lx, const unsigned char *p, const unsigned char *end, bool block) {
    for (; p < end; p++) {
        unsigned c = *p;
        if (c >= 0x20 && c != 0x7F && c != 0xC2 && c != 0xD8 && c != 0xE2 && c != 0xEF) continue;
        if (c == '\t' || (block && (c == '\n' || c == '\r'))) continue;
        uint32_t cp;
        int n = utf8_decode(p, (size_t)(end - p), &cp);
        if (n < 1 || !is_hidden_char(cp)) continue;
        char name[16];
        snprintf(name, sizeof name, "U+%04X", (unsigned)cp);
        Span sp = {lx->file, (uint32_t)(p - lx->text), (uint32_t)n};
        diag_at(lx->diags, E0109, sp, name, NULL);
        p += n - 1;
    }
}

static Token lex_string(Lexer *lx) {
    const unsigned char *p = lx->cur;
    for (;;) {
        p += strcspn((const char *)p, "\"\\\n");
        if (*p == '\\' && p[1] != '\n' && p[1] != 0) {
            p += 2; /* the escaped byte (the rest of its character cannot be '"', '\\' or '\n') */
            continue;
        }
        break;
    }
    if (*p == '"') {
        check_string_chars(lx, lx->cur, p, false);
        lx->cur = p + 1;
        return make(lx, TK_STRING);
    }
    if (*p == '\\') p++;
    lx->cur = p;
    lex_error(lx, E0103, (uint32_t)(lx->tok - lx->text), (uint32_t)(lx->cur - lx->tok), "");
    return make(lx, TK_STRING);
}

/* A name, number or one-line value longer than MAX_TOKEN_BYTES, or a string longer than
 * MAX_STRING_BYTES, is an error (E0903, E0904): no table has such a thing, and its text would
 * flood every message that quotes it. The token is kept, so the parse goes on. */
static void check_length(Lexer *lx, Token t) {
    bool string = t.kind == TK_STRING;
    uint32_t max = string ? MAX_STRING_BYTES : MAX_TOKEN_BYTES;
    if (t.len <= max) return;
    char len[16], lim[16];
    snprintf(len, sizeof len, "%u", t.len);
    snprintf(lim, sizeof lim, "%u", max);
    Span sp = {lx->file, t.off, t.len};
    diag_at(lx->diags, string ? E0904 : E0903, sp, len, lim, NULL);
    lx->pf->had_errors = true;
}

static Token make(Lexer *lx, int kind) {
    lx->line_has_content = true;
    Token t = {kind, (uint32_t)(lx->tok - lx->text), (uint32_t)(lx->cur - lx->tok)};
    if (t.len > MAX_TOKEN_BYTES) check_length(lx, t);
    return t;
}

/* The character classes, comparators, range signs and blanks of front/lang.def (generated). */
/*!include:re2c "lang.re" */

Token lexer_next(Lexer *lx) {
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = "lx->cur";
        re2c:define:YYMARKER = "lx->mar";
        re2c:define:YYCTXMARKER = "lx->ctxmar";
        re2c:define:YYLIMIT = "lx->lim";
        re2c:yyfill:enable = 0;
        re2c:eof = 0;

        wstart  = cjk | latin | wstart_more;
        wcont   = wstart | wcont_more;
        word    = (wstart \ tilde_digit) wcont* | tilde_digit ((wcont \ [0-9]) wcont*)?;
        digits  = [0-9]+;
        number  = "-"? digits ("," digits)* ("." digits)?;
        uchar   = (cjk \ tilde_digit) | latin | "㎡" | "㎥" | "²" | "³";
        uword   = uchar+;
        unit    = [%％‰] | uword ("/" uword)*;
        punit   = "(" [^()\x00\n\r"]* ")" | "（" [^（）\x00\n\r"]* "）";
        measure = number (unit | punit)?;
        ymd_cn  = [0-9]{4} "年" ([0-9]{1,2} "月" ([0-9]{1,2} [日号])?)?;
        ymd     = ymd_cn | [0-9]{4} ("." [0-9]{1,2} ("." [0-9]{1,2})?)?;
        dash    = "-" | "--" | "—" | "——" | "–";

        $                  { return (Token){0, (uint32_t)(lx->lim - lx->text), 0}; }
        ws+                { continue; }
        "\n"               { Token t = make(lx, TK_NL); lx->line_has_content = false; return t; }
        ";"                { return make(lx, TK_NL); }
        "#" [^\n\x00]*     { add_comment(lx, lx->tok, lx->cur); continue; }
        "{"                { return make(lx, TK_LBRACE); }
        "}"                { return make(lx, TK_RBRACE); }
        "\"\"\""           { int k = lex_text_block(lx); if (!k) continue; return make(lx, k); }
        "\""               { return lex_string(lx); }
        cmp                { return make(lx, TK_CMP); }
        tilde              { return make(lx, TK_TILDE); }
        tilde_digit / [0-9] { return make(lx, TK_TILDE); }
        [0-9]{4} "-" [0-9]{2} "-" [0-9]{2} { return make(lx, TK_DATE); }
        [0-9]{4} "年" [0-9]{1,2} "月" ([0-9]{1,2} [日号])? { return make(lx, TK_DATE); }
        /* The end or start of a year or a month, as the 时效 rows write it: 2023年底, 2022年底前,
         * 2021年11月底, 2024年初 (a date of that month; its text is kept as written). */
        [0-9]{4} "年" ([0-9]{1,2} "月")? ("底" | "末" | "初") ("前" | "之前" | "以前")? { return make(lx, TK_DATE); }
        [0-9]{4} "年"      { return make(lx, TK_YEAR); }
        digits ("-" digits)+ { return make(lx, TK_CODE); }
        /* A period as people write it, one token (its text is kept as written): 2023.07-2024.01,
         * 2022年3月-2023年11月, 2020年1月--2020年11月, 2021年至2023年. */
        ymd dash ymd | ymd_cn ("至" | "~" | "～") ymd_cn | [0-9]{4} "年全年" { return make(lx, TK_CODE); }
        measure            { return make(lx, TK_MEASURE); }
        word cmp ws* measure { return make(lx, TK_LABELLED); }
        word               { return make(lx, word_kind(lx)); }
        /* The blank form's placeholder left in a value (≥**%, ≥**万元): a word, which the
         * checker reports as what it is (W0709), instead of an unexpected character. */
        [*＊]+ unit?       { return make(lx, TK_WORD); }
        * {
            /* One unexpected character (a whole code point). */
            uint32_t cp;
            int n = utf8_decode(lx->tok, (size_t)(lx->lim - lx->tok), &cp);
            if (n < 1) n = 1;
            lx->cur = lx->tok + n;
            char ch[8] = {0};
            memcpy(ch, lx->tok, (size_t)n);
            uint32_t off = (uint32_t)(lx->tok - lx->text);
            /* A '?' that stands for an invalid byte has been reported as such. */
            bool replaced = false;
            for (int k = 0; k < lx->nreplaced && !replaced; k++) replaced = lx->replaced[k] == off;
            if (!replaced) {
                /* A control character is named by its code, not printed raw. */
                if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) snprintf(ch, sizeof ch, "U+%04X", (unsigned)cp);
                Diag *d = lex_error(lx, E0106, off, (uint32_t)n, ch);
                /* Characters that names of the seed tables hold: the name wants quotes. */
                /* ≤28.40/株: a number, then '/' with no unit before it (元 left out) */
                uint32_t digits = off;
                while (digits > 0 && ((lx->text[digits - 1] >= '0' && lx->text[digits - 1] <= '9') || lx->text[digits - 1] == '.')) digits--;
                if (d && cp == '/' && digits < off && lx->text[off + 1] && lx->text[off + 1] != ' ' && lx->text[off + 1] != '\n') {
                    const unsigned char *per = lx->text + off + 1, *e = per;
                    while (*e && *e != ' ' && *e != '\t' && *e != '\n' && *e != '\r' && *e != '}' && e - per < 24) e++;
                    diag_help(lx->diags, d, E0106_per_unit, arena_strndup(lx->arena, (const char *)lx->text + digits, off - digits),
                              arena_strndup(lx->arena, (const char *)per, (size_t)(e - per)), NULL);
                } else if (d && ch[0] && strchr(":()-+/,", ch[0])) diag_help(lx->diags, d, E0106_quote, NULL);
                uint32_t num, num_len;
                char *run, *fixed;
                bool percent = cp == '%' || cp == 0xFF05 || cp == 0x2030;
                if (d && percent && lexer_number_then_blanks((const char *)lx->text, off, &num, &num_len)) {
                    /* 90 %: a unit set apart from its number. */
                    diag_help(lx->diags, d, E0201_unit_space, arena_strndup(lx->arena, (const char *)lx->text + num, num_len), ch, NULL);
                } else if (d && lexer_lookalike_digits(lx->arena, (const char *)lx->text, off, &run, &fixed)) {
                    /* ≥9O%: the letter O typed for the digit 0. */
                    diag_help(lx->diags, d, E0106_lookalike, run, fixed, cp == '%' ? ch : "", NULL);
                } else if (d && cp == 0xB1) {
                    /* ±3%以内 (东莞's tolerance): no comparator of jx; what to write instead */
                    diag_help(lx->diags, d, E0106_plusminus, NULL);
                } else if (d && cp >= 0xFF01 && cp <= 0xFF5E) {
                    /* A Chinese input method's full-width ｛ ｝ ； ＂ …: say which half-width one. */
                    char half[2] = {(char)(cp - 0xFF01 + 0x21), 0};
                    diag_help(lx->diags, d, E0106_fullwidth, half, NULL);
                }
            }
            lx->line_has_content = true;
            continue;
        }
        */
    }
}
