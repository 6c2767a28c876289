/* HTML output basics: escaping, amounts, the page frame. */
#include <string.h>
#include "emit/html_out.h"
#include "base/version.h"

void html_text(FILE *out, const char *s) {
    if (!s) return;
    /* A run of bytes that need no escape at a time, with one fwrite (not a fputc a byte). */
    for (;;) {
        size_t n = strcspn(s, "&<>\"'");
        if (n) fwrite(s, 1, n, out);
        s += n;
        switch (*s) {
        case 0: return;
        case '&': fwrite("&amp;", 1, 5, out); break;
        case '<': fwrite("&lt;", 1, 4, out); break;
        case '>': fwrite("&gt;", 1, 4, out); break;
        case '"': fwrite("&quot;", 1, 6, out); break;
        default: fwrite("&#39;", 1, 5, out); break;
        }
        s++;
    }
}

void html_int(FILE *out, int v) {
    char buf[16];
    int n = 0;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do {
        buf[sizeof buf - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) buf[sizeof buf - 1 - n++] = '-';
    fwrite(buf + sizeof buf - n, 1, (size_t)n, out);
}

const char *html_amount(Program *p, Decimal d, bool thousands) {
    char buf[DECIMAL_STR_MAX], out[DECIMAL_STR_MAX * 2];
    decimal_format(d, buf);
    if (!thousands) return arena_strdup(p->arena, buf);
    decimal_group_thousands(buf, out);
    return arena_strdup(p->arena, out);
}

/* ---- the page ------------------------------------------------------------------------------- */

void html_page_start(FILE *out, const char *title) {
    fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          /* The page needs nothing from outside and runs nothing: the policy says so to the
           * browser, which then refuses any script or outside file that got in anyway. */
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
          "<meta name=\"generator\" content=\"jxc " JX_VERSION "\">\n<title>",
          out);
    html_text(out, title);
    fputs("</title>\n<style>\n", out);
    fputs(html_style, out);
    fputs("</style>\n</head>\n<body>\n", out);
}

void html_page_end(FILE *out) { fputs("</body>\n</html>\n", out); }
