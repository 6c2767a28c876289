/* Reading a CSV (RFC 4180) into a grid of one sheet: in UTF-8 with or without a byte order
 * mark, or in GB18030 (what Excel saves as "CSV" on a Chinese Windows), converted with iconv.
 * The formula guard of jxc build -f csv (＝100% for =100%) is left as it is: the fullwidth
 * text is a value of its own, and the importer reads it as the forms print it. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/utf8.h"
#include "diag/ui.h"
#include "import/import.h"

static char *slurp(Grid *g, Diags *d, const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_nowhere(d, E1001, path, syserr_text(errno), NULL);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        if (n == cap) {
            if (cap >= (size_t)IMPORT_MAX_ENTRY) {
                diag_nowhere(d, E1004, path, ui(UI_import_file_bytes), arena_printf(g->arena, "> %d", IMPORT_MAX_ENTRY), arena_printf(g->arena, "%d", IMPORT_MAX_ENTRY), NULL);
                free(buf);
                fclose(f);
                return NULL;
            }
            char *grown = realloc(buf, cap * 2 + 1);
            if (!grown) break;
            buf = grown;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0) break;
        n += got;
    }
    if (!buf || ferror(f)) {
        diag_nowhere(d, E1001, path, buf ? syserr_text(errno) : ui(UI_import_why_memory), NULL);
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static char *from_gb18030(const char *s, size_t n, size_t *out_len) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1) return NULL;
    size_t cap = n * 2 + 16;
    char *out = malloc(cap + 1);
    if (!out) {
        iconv_close(cd);
        return NULL;
    }
    char *in = (char *)s, *o = out;
    size_t left = n, room = cap;
    size_t k = iconv(cd, &in, &left, &o, &room);
    iconv_close(cd);
    if (k == (size_t)-1) {
        free(out);
        return NULL;
    }
    *o = 0;
    *out_len = (size_t)(o - out);
    return out;
}

int read_csv(Grid *g, Diags *d, const char *path) {
    size_t n;
    char *raw = slurp(g, d, path, &n);
    if (!raw) return 1;
    char *text = raw;
    if (n >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        n -= 3;
    } else if (utf8_validate(raw, n) != n) {
        size_t m;
        char *conv = looks_like_gb18030(raw, n) ? from_gb18030(raw, n, &m) : NULL;
        if (!conv) {
            diag_nowhere(d, E1001, path, ui(UI_import_why_encoding), NULL);
            free(raw);
            return 1;
        }
        free(raw);
        raw = text = conv;
        n = m;
    }
    if (utf8_validate(text, n) != n) {
        diag_nowhere(d, E1001, path, ui(UI_import_why_encoding), NULL);
        free(raw);
        return 1;
    }
    GridSheet *s = grid_add_sheet(g, ""); /* a CSV's one sheet has no name */
    char *field = malloc(n + 1);
    int row = 0, col = 0, status = 0;
    size_t i = 0;
    while (field && i < n && status == 0) {
        size_t k = 0;
        bool quoted = false;
        if (text[i] == '"') {
            quoted = true;
            i++;
            while (i < n) {
                if (text[i] == '"') {
                    if (i + 1 < n && text[i + 1] == '"') field[k++] = '"', i += 2;
                    else { i++; break; }
                } else field[k++] = text[i++];
            }
        }
        while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') field[k++] = text[i++];
        (void)quoted;
        if (!grid_add_cell(g, d, s, row, col, field, k, false, false)) status = 1;
        if (i < n && text[i] == ',') {
            i++;
            col++;
            if (i == n) grid_add_cell(g, d, s, row, col, "", 0, false, false);
        } else {
            if (i < n && text[i] == '\r') i++;
            if (i < n && text[i] == '\n') i++;
            row++;
            col = 0;
        }
    }
    free(field);
    free(raw);
    if (status == 0 && !grid_finish(g, d, s)) status = 1;
    return status;
}
