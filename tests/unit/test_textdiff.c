/* The unified diff of jxc fmt --diff: for random pairs of texts, applying the diff to the
 * first gives the second (checked by a small patch program here, which also checks every
 * hunk header's line numbers and counts), and equal texts give no diff. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "base/textdiff.h"

static unsigned rng = 12345;
static unsigned next_rand(void) {
    rng = rng * 1103515245u + 12345u;
    return (rng >> 16) & 0x7fff;
}

/* Applies a unified diff to `a`; returns the result (malloc'd) or NULL if the diff does not
 * fit `a`. */
static char *apply(const char *a, const char *diff) {
    StrBuf out = {0};
    const char *ap = a;  /* the next unconsumed line of a */
    int aline = 1;       /* its number */
    const char *d = diff;
    /* skip the two header lines */
    for (int i = 0; i < 2 && *d; i++) d = strchr(d, '\n') + 1;
    while (*d) {
        int as, ac = 1, bs, bc = 1;
        if (sscanf(d, "@@ -%d,%d +%d,%d @@", &as, &ac, &bs, &bc) != 4) {
            ac = bc = 1;
            if (sscanf(d, "@@ -%d +%d,%d @@", &as, &bs, &bc) != 3 && sscanf(d, "@@ -%d,%d +%d @@", &as, &ac, &bs) != 3 &&
                sscanf(d, "@@ -%d +%d @@", &as, &bs) != 2)
                return NULL;
        }
        int first = ac ? as : as + 1;
        /* copy the unchanged lines before the hunk */
        while (aline < first) {
            const char *nl = strchr(ap, '\n');
            if (!nl) return NULL;
            sb_putn(&out, ap, (size_t)(nl - ap + 1));
            ap = nl + 1;
            aline++;
        }
        d = strchr(d, '\n') + 1;
        int seen_a = 0, seen_b = 0;
        while (*d && *d != '@') {
            const char *nl = strchr(d, '\n');
            size_t n = (size_t)(nl - d - 1);
            bool no_newline = strncmp(nl + 1, "\\ No newline", 12) == 0;
            if (*d == ' ' || *d == '-') {
                if (strncmp(ap, d + 1, n) != 0) return NULL;
                ap += n;
                if (*ap == '\n') ap++;
                aline++;
                seen_a++;
            }
            if (*d == ' ' || *d == '+') {
                sb_putn(&out, d + 1, n);
                if (!no_newline) sb_putc(&out, '\n');
                seen_b++;
            }
            d = nl + 1;
            if (no_newline) d = strchr(d, '\n') + 1;
        }
        if (seen_a != ac || seen_b != bc) return NULL;
    }
    sb_puts(&out, ap);
    return out.data ? out.data : calloc(1, 1);
}

static char *random_text(int lines, int alphabet) {
    StrBuf b = {0};
    for (int i = 0; i < lines; i++) {
        sb_printf(&b, "行%u", next_rand() % (unsigned)alphabet);
        if (i + 1 < lines || next_rand() % 4) sb_putc(&b, '\n');
    }
    return b.data ? b.data : calloc(1, 1);
}

static char *mutate(const char *a) {
    StrBuf b = {0};
    const char *p = a;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p + 1) : strlen(p);
        unsigned r = next_rand() % 10;
        if (r == 0) { /* drop */ }
        else if (r == 1) { sb_puts(&b, "新的一行\n"); sb_putn(&b, p, n); }
        else if (r == 2) sb_puts(&b, "改过的行\n");
        else sb_putn(&b, p, n);
        p += n;
    }
    if (next_rand() % 3 == 0) sb_puts(&b, "末尾");
    return b.data ? b.data : calloc(1, 1);
}

int main(void) {
    for (int t = 0; t < 3000; t++) {
        char *a = random_text((int)(next_rand() % 40), 1 + (int)(next_rand() % 8));
        char *b = t % 2 ? mutate(a) : random_text((int)(next_rand() % 40), 1 + (int)(next_rand() % 8));
        StrBuf d = {0};
        unified_diff(&d, "x.jx", a, strlen(a), b, strlen(b));
        if (strcmp(a, b) == 0) {
            CHECK(d.len == 0);
        } else {
            CHECK(d.len > 0);
            char *r = d.len ? apply(a, d.data) : NULL;
            CHECK(r != NULL && strcmp(r, b) == 0);
            if (!r || strcmp(r, b) != 0) {
                fprintf(stderr, "a:\n%s\n--\nb:\n%s\n--\ndiff:\n%s\n", a, b, d.data);
                free(r);
                sb_free(&d);
                free(a);
                free(b);
                break;
            }
            free(r);
        }
        sb_free(&d);
        free(a);
        free(b);
    }
    /* The headers and an insertion at the start of an empty file. */
    StrBuf d = {0};
    unified_diff(&d, "a.jx", "", 0, "一\n", strlen("一\n"));
    CHECK_STR(d.data, "--- a/a.jx\n+++ b/a.jx\n@@ -0,0 +1 @@\n+一\n");
    sb_free(&d);
    TEST_DONE("textdiff");
}
