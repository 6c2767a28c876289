/* CSV output (csv_out.h): quoting, line ends, the byte order mark, the encoding, and the guard
 * that keeps text cells text when a spreadsheet opens the file. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "emit/csv_out.h"
#include "diag/ui.h"

bool csv_encoding_known(const char *name) {
    return strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0 || strcasecmp(name, "gb18030") == 0;
}

bool csv_open(CsvOut *c, FILE *out, const char *encoding, bool bom) {
    memset(c, 0, sizeof *c);
    c->out = out;
    if (strcasecmp(encoding, "gb18030") == 0) {
        iconv_t cd = iconv_open("GB18030", "UTF-8");
        if (cd == (iconv_t)-1) {
            ui_report(UI_no_gb18030, syserr_text(errno));
            return false;
        }
        c->iconv = cd;
    } else if (bom) {
        fputs("\xEF\xBB\xBF", out);
    }
    return true;
}

static void put(CsvOut *c, const char *s, size_t n) {
    if (c->failed) return;
    if (c->len + n + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 256;
        while (cap < c->len + n + 1) cap *= 2;
        char *row = realloc(c->row, cap);
        if (!row) {
            ui_report(UI_csv_no_memory);
            c->failed = true;
            return;
        }
        c->row = row;
        c->cap = cap;
    }
    memcpy(c->row + c->len, s, n);
    c->len += n;
}

static void puts_(CsvOut *c, const char *s) { put(c, s, strlen(s)); }

static void separator(CsvOut *c) {
    if (c->ncells++) put(c, ",", 1);
}

/* ---- the guard ------------------------------------------------------------------------------ */

/* Blanks a spreadsheet skips before it decides what a cell is. */
static size_t skip_blanks(const char *s) {
    size_t i = 0;
    for (;;) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') i++;
        else if ((unsigned char)s[i] == 0xE3 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80) i += 3; /* U+3000 */
        else return i;
    }
}

/* Text a spreadsheet reads as a number, percentage, date, time or truth value: ASCII digits
 * with the punctuation of numbers and dates (1,000  3.50  (5)  1-2  3/4  12:30  1E5  $3), or
 * TRUE / FALSE. Anything with a letter other than an exponent, or a CJK character, is text. */
static bool looks_numeric(const char *s) {
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if ((n == 4 && strncasecmp(s, "true", 4) == 0) || (n == 5 && strncasecmp(s, "false", 5) == 0)) return true;
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch >= '0' && ch <= '9') digit = true;
        else if (!strchr(" .,%/:-+()$eE", ch)) return false;
    }
    return digit;
}

/* A plain integer without a leading zero (3, 2025): a spreadsheet reads it as the same number
 * and shows the same text, so it needs no guard. Fifteen digits is what a double holds. */
static bool plain_integer(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > 15 || (s[0] == '0' && n > 1)) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

/* A rate as the forms print it: digits, an optional fraction and a percent sign (100%). */
static bool plain_percent(const char *s) {
    size_t n = strlen(s), i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == 0) return false;
    if (i < n && s[i] == '.') {
        size_t f = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (i == f) return false;
    }
    return i + 1 == n && s[i] == '%';
}

/* The fullwidth twin of a printable ASCII character (U+FF01 … U+FF5E), as UTF-8. */
static int fullwidth(char ch, char out[4]) {
    uint32_t cp = 0xFF01 + (uint32_t)(ch - '!');
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

static char *append(char *dst, const char *src, size_t n) {
    memcpy(dst, src, n);
    return dst + n;
}

/* Does csv_guard change s? Most cells are words, which it copies as they are. */
static bool needs_guard(const char *s) {
    const char *body = s + skip_blanks(s);
    /* A cell that starts with a CJK character or another non-ASCII one (≥90%) is text to
     * every test below: no formula sign, digit or TRUE. */
    if ((unsigned char)*body >= 0x80) return false;
    return (*body && strchr("=+-@", *body)) || plain_percent(body) || (looks_numeric(body) && !plain_integer(body));
}

char *csv_guard(const char *s) {
    size_t n = strlen(s);
    char *out = malloc(n * 3 + 1); /* every ASCII byte may become three */
    if (!out) return NULL;
    char *o = out;
    size_t lead = skip_blanks(s);
    const char *body = s + lead;
    char fw[4];
    if (*body && strchr("=+-@", *body)) {
        /* A formula start: =100% would be computed (to 1), +3 and -3 read as numbers, @ as a
         * function. The fullwidth twin (＝100%, as the printed forms write it) is text. */
        o = append(o, s, lead);
        o = append(o, fw, (size_t)fullwidth(*body, fw));
        o = append(o, body + 1, strlen(body + 1));
    } else if (plain_percent(body)) {
        /* 100% would become the number 1, shown as 100.00% by LibreOffice: 100％ stays text. */
        o = append(o, s, n - 1);
        o = append(o, "\xEF\xBC\x85", 3);
    } else if (looks_numeric(body) && !plain_integer(body)) {
        /* 95.00, 3/4, 1-2, (5), TRUE: a spreadsheet would turn it into another number or a
         * date. Written in fullwidth characters it stays as it reads. */
        o = append(o, s, lead);
        for (const char *c = body; *c; c++) {
            if (*c == ' ') *o++ = ' ';
            else o = append(o, fw, (size_t)fullwidth(*c, fw));
        }
    } else {
        o = append(o, s, n);
    }
    *o = 0;
    return out;
}

/* ---- cells ---------------------------------------------------------------------------------- */

/* RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled.
 * So is a cell with blanks at either end, which some readers would trim. */
static void quoted(CsvOut *c, const char *s) {
    size_t n = strlen(s);
    bool quote = n && (strpbrk(s, ",\"\r\n") || s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t');
    if (!quote) {
        put(c, s, n);
        return;
    }
    put(c, "\"", 1);
    for (const char *q; (q = strchr(s, '"')); s = q + 1) {
        put(c, s, (size_t)(q - s));
        put(c, "\"\"", 2);
    }
    puts_(c, s);
    put(c, "\"", 1);
}

void csv_text(CsvOut *c, const char *s) {
    separator(c);
    if (!s || !*s) return;
    if (!needs_guard(s)) { /* as it is: no copy to make */
        quoted(c, s);
        return;
    }
    char *g = csv_guard(s);
    if (!g) {
        ui_report(UI_csv_no_memory);
        c->failed = true;
        return;
    }
    quoted(c, g);
    free(g);
}

void csv_raw(CsvOut *c, const char *s) {
    separator(c);
    quoted(c, s);
}

void csv_number(CsvOut *c, Decimal d) {
    char buf[DECIMAL_STR_MAX];
    separator(c);
    decimal_format(d, buf);
    puts_(c, buf);
}

void csv_int(CsvOut *c, long v) {
    char buf[24];
    separator(c);
    /* The digits from the right (not snprintf: a year is in every row). */
    int n = 0;
    unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
    do {
        buf[sizeof buf - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) buf[sizeof buf - 1 - n++] = '-';
    put(c, buf + sizeof buf - n, (size_t)n);
}

/* Writes the row, converted when the output is not UTF-8. */
static void flush_row(CsvOut *c) {
    if (c->failed) return;
    if (!c->iconv) {
        fwrite(c->row, 1, c->len, c->out);
        return;
    }
    char *in = c->row;
    size_t inleft = c->len;
    char chunk[4096];
    while (inleft) {
        char *o = chunk;
        size_t oleft = sizeof chunk;
        size_t r = iconv((iconv_t)c->iconv, &in, &inleft, &o, &oleft);
        fwrite(chunk, 1, sizeof chunk - oleft, c->out);
        if (r == (size_t)-1 && errno != E2BIG) {
            /* GB18030 holds every Unicode character, so only a broken iconv gets here. */
            ui_report(UI_csv_iconv_failed, syserr_text(errno));
            c->failed = true;
            return;
        }
    }
}

void csv_end_row(CsvOut *c) {
    put(c, "\r\n", 2);
    flush_row(c);
    c->len = 0;
    c->ncells = 0;
}

int csv_close(CsvOut *c) {
    if (c->iconv) iconv_close((iconv_t)c->iconv);
    free(c->row);
    bool failed = c->failed || ferror(c->out);
    memset(c, 0, sizeof *c);
    return failed ? 2 : 0;
}
