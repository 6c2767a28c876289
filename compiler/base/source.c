#include "base/source.h"
#include <stdlib.h>
#include <string.h>
#include "base/utf8.h"

void sources_init(SourceSet *s, Arena *a) {
    s->arena = a;
    s->files = NULL;
    s->nfiles = s->cap = 0;
}

void sources_free(SourceSet *s) {
    for (uint32_t i = 0; i < s->nfiles; i++) {
        free(s->files[i]->line_starts);
        free(s->files[i]->cp_marks);
        free((char *)s->files[i]->text);
        free(s->files[i]);
    }
    free(s->files);
    s->files = NULL;
    s->nfiles = s->cap = 0;
}

uint32_t sources_adopt(SourceSet *s, const char *path, char *buf, size_t len, int is_stdlib) {
    if (s->nfiles == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->files = realloc(s->files, sizeof *s->files * s->cap);
        if (!s->files) out_of_memory();
    }
    SourceFile *f = calloc(1, sizeof *f);
    if (!f) out_of_memory();
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        /* The byte-order mark is not part of the text (and the padding moves with it). */
        memmove(buf, buf + 3, len - 3 + SOURCE_PADDING);
        len -= 3;
        memset(buf + len, 0, SOURCE_PADDING);
    }
    f->path = arena_strdup(s->arena, path);
    f->text = buf;
    f->len = len;
    f->is_stdlib = is_stdlib;
    s->files[s->nfiles] = f;
    return s->nfiles++;
}

uint32_t sources_add(SourceSet *s, const char *path, const char *text, size_t len, int is_stdlib) {
    char *copy = malloc(len + SOURCE_PADDING);
    if (!copy) out_of_memory();
    memcpy(copy, text, len);
    memset(copy + len, 0, SOURCE_PADDING);
    return sources_adopt(s, path, copy, len, is_stdlib);
}

SourceFile *sources_get(const SourceSet *s, uint32_t file) {
    return file < s->nfiles ? s->files[file] : NULL;
}

static void index_lines(SourceFile *f) {
    uint32_t cap = 64, n = 0;
    uint32_t *starts = malloc(sizeof *starts * cap);
    if (!starts) out_of_memory();
    starts[n++] = 0;
    const char *p = f->text, *end = f->text + f->len;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        p++;
        if (n == cap) {
            cap *= 2;
            starts = realloc(starts, sizeof *starts * cap);
            if (!starts) out_of_memory();
        }
        starts[n++] = (uint32_t)(p - f->text);
    }
    f->line_starts = starts;
    f->nlines = n;
}

uint32_t source_line_of(SourceFile *f, uint32_t off, uint32_t *hint) {
    if (!f->line_starts) index_lines(f);
    if (off > f->len) off = (uint32_t)f->len;
    uint32_t lo = 0, hi = f->nlines - 1, k = *hint < f->nlines ? *hint : 0;
    if (f->line_starts[k] <= off) {
        /* Forward from the last answer: a few steps, then a search of what is left. */
        for (int step = 0; step < 8; step++, k++)
            if (k == hi || f->line_starts[k + 1] > off) return (*hint = k) + 1;
        lo = k;
    } else {
        hi = k - 1;
    }
    while (lo < hi) {
        uint32_t mid = (lo + hi + 1) / 2;
        if (f->line_starts[mid] <= off) lo = mid;
        else hi = mid - 1;
    }
    return (*hint = lo) + 1;
}

LineCol source_linecol(SourceFile *f, uint32_t off) {
    if (!f->line_starts) index_lines(f);
    if (off > f->len) off = (uint32_t)f->len;
    uint32_t lo = 0, hi = f->nlines - 1;
    while (lo < hi) {
        uint32_t mid = (lo + hi + 1) / 2;
        if (f->line_starts[mid] <= off) lo = mid;
        else hi = mid - 1;
    }
    uint32_t start = f->line_starts[lo];
    if (off - start <= 2 * SOURCE_CP_BLOCK)
        return (LineCol){lo + 1, (uint32_t)utf8_count(f->text + start, off - start) + 1};
    /* A long line (a file of one line has every diagnostic on it): count from the marks. */
    if (!f->cp_marks) {
        size_t nb = f->len / SOURCE_CP_BLOCK + 1;
        f->cp_marks = malloc(sizeof *f->cp_marks * nb);
        if (!f->cp_marks) out_of_memory();
        f->cp_marks[0] = 0;
        for (size_t b = 1; b < nb; b++)
            f->cp_marks[b] = f->cp_marks[b - 1] + (uint32_t)utf8_count(f->text + (b - 1) * SOURCE_CP_BLOCK, SOURCE_CP_BLOCK);
    }
    uint32_t bs = start / SOURCE_CP_BLOCK, bo = off / SOURCE_CP_BLOCK;
    size_t before_start = f->cp_marks[bs] + utf8_count(f->text + (size_t)bs * SOURCE_CP_BLOCK, start - bs * SOURCE_CP_BLOCK);
    size_t before_off = f->cp_marks[bo] + utf8_count(f->text + (size_t)bo * SOURCE_CP_BLOCK, off - bo * SOURCE_CP_BLOCK);
    return (LineCol){lo + 1, (uint32_t)(before_off - before_start) + 1};
}

const char *source_line(SourceFile *f, uint32_t line, size_t *len) {
    if (!f->line_starts) index_lines(f);
    if (line < 1 || line > f->nlines) { *len = 0; return ""; }
    uint32_t start = f->line_starts[line - 1];
    uint32_t end = line < f->nlines ? f->line_starts[line] : (uint32_t)f->len;
    while (end > start && (f->text[end - 1] == '\n' || f->text[end - 1] == '\r')) end--;
    *len = end - start;
    return f->text + start;
}
