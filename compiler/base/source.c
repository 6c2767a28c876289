#include "base/source.h"
#include <stdlib.h>
#include <string.h>
#include "base/mapped.h"
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
        free(s->files[i]->block_lines);
        free(s->files[i]->block_line_start);
        if (s->files[i]->mapped) mapped_close(s->files[i]->owned);
        else free((char *)s->files[i]->owned);
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
    f->owned = buf;
    f->mapped = mapped_is(buf);
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        /* The byte-order mark is not part of the text (and the padding moves with it; a mapped
         * text starts after it instead, its pages untouched). */
        if (f->mapped) {
            buf += 3;
        } else {
            memmove(buf, buf + 3, len - 3 + SOURCE_PADDING);
            memset(buf + len - 3, 0, SOURCE_PADDING);
        }
        len -= 3;
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

/* The sparse index of a mapped text, built as far as a lookup needs it (a check whose
 * diagnostics are all near the start never reads the rest again), a block at a time, each
 * block let go once counted (its pages are read again, from the page cache, only where a line
 * is asked for). Entry b: the line breaks before block b, and the start of the line holding
 * its first byte. */
static void index_blocks(SourceFile *f, size_t upto) {
    size_t nb = f->len / SOURCE_LINE_BLOCK + 1;
    if (!f->block_lines) {
        f->block_lines = malloc(sizeof *f->block_lines * nb);
        f->block_line_start = malloc(sizeof *f->block_line_start * nb);
        if (!f->block_lines || !f->block_line_start) out_of_memory();
        f->block_lines[0] = f->block_line_start[0] = 0;
        f->blocks_done = 1;
    }
    if (upto >= nb) upto = nb - 1;
    while (f->blocks_done <= upto) {
        size_t b = f->blocks_done - 1; /* counted into entry b + 1 */
        size_t from = b * SOURCE_LINE_BLOCK, to = from + SOURCE_LINE_BLOCK < f->len ? from + SOURCE_LINE_BLOCK : f->len;
        uint32_t lines = f->block_lines[b], start = f->block_line_start[b];
        for (const char *p = memchr(f->text + from, '\n', to - from); p; p = memchr(p + 1, '\n', (size_t)(f->text + to - p - 1))) {
            lines++;
            start = (uint32_t)(p - f->text) + 1;
            if (p + 1 >= f->text + to) break;
        }
        f->block_lines[b + 1] = lines;
        f->block_line_start[b + 1] = start;
        f->blocks_done++;
        mapped_release(f->text + from, f->text + to);
    }
    if (f->blocks_done == nb) {
        /* The last block's own line breaks. */
        size_t from = (nb - 1) * SOURCE_LINE_BLOCK;
        uint32_t lines = f->block_lines[nb - 1];
        for (const char *p = memchr(f->text + from, '\n', f->len - from); p; p = memchr(p + 1, '\n', (size_t)(f->text + f->len - p - 1))) {
            lines++;
            if (p + 1 >= f->text + f->len) break;
        }
        f->nlines = lines + 1;
    }
}

/* A diagnostic is about to read the mapped text at off: the MiB read for the one before is
 * let go when this is in another, so that reporting thousands of diagnostics over a big file
 * does not bring all of it back into memory. (A page let go is read again from the file if
 * it is needed after all.) */
static void reading(SourceFile *f, uint32_t off) {
    uint32_t w = (off >> 20) + 1;
    if (w == f->window) return;
    if (f->window) {
        size_t from = (size_t)(f->window - 1) << 20, to = from + (1u << 20);
        mapped_release(f->text + from, f->text + (to < f->len ? to : f->len));
    }
    f->window = w;
}

/* The line (from 0) holding off in a mapped text, and where it starts. */
static uint32_t block_line(SourceFile *f, uint32_t off, uint32_t *start) {
    size_t b = off / SOURCE_LINE_BLOCK;
    index_blocks(f, b);
    reading(f, off);
    uint32_t line = f->block_lines[b];
    *start = f->block_line_start[b];
    const char *end = f->text + off;
    for (const char *p = memchr(f->text + b * SOURCE_LINE_BLOCK, '\n', off - b * SOURCE_LINE_BLOCK); p && p < end;
         p = memchr(p + 1, '\n', (size_t)(end - p - 1))) {
        line++;
        *start = (uint32_t)(p - f->text) + 1;
        if (p + 1 >= end) break;
    }
    return line;
}

/* Where line `line` (from 0) of a mapped text starts; UINT32_MAX past its last line. */
static uint32_t block_line_offset(SourceFile *f, uint32_t line) {
    size_t nb = f->len / SOURCE_LINE_BLOCK + 1;
    index_blocks(f, 0);
    while (f->blocks_done < nb && f->block_lines[f->blocks_done - 1] <= line) index_blocks(f, f->blocks_done);
    size_t lo = 0, hi = f->blocks_done - 1;
    while (lo < hi) { /* the last block with no more than `line` line breaks before it */
        size_t mid = (lo + hi + 1) / 2;
        if (f->block_lines[mid] <= line) lo = mid;
        else hi = mid - 1;
    }
    uint32_t have = f->block_lines[lo];
    if (have == line) return f->block_line_start[lo];
    const char *end = f->text + f->len;
    for (const char *p = memchr(f->text + lo * SOURCE_LINE_BLOCK, '\n', f->len - lo * SOURCE_LINE_BLOCK); p;
         p = memchr(p + 1, '\n', (size_t)(end - p - 1))) {
        if (++have == line) return (uint32_t)(p - f->text) + 1;
        if (p + 1 >= end) break;
    }
    return UINT32_MAX;
}

uint32_t source_line_of(SourceFile *f, uint32_t off, uint32_t *hint) {
    if (off > f->len) off = (uint32_t)f->len;
    if (f->mapped) {
        uint32_t start;
        return block_line(f, off, &start) + 1;
    }
    if (!f->line_starts) index_lines(f);
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
    if (off > f->len) off = (uint32_t)f->len;
    uint32_t lo, start;
    if (f->mapped) {
        lo = block_line(f, off, &start);
    } else {
        if (!f->line_starts) index_lines(f);
        lo = 0;
        uint32_t hi = f->nlines - 1;
        while (lo < hi) {
            uint32_t mid = (lo + hi + 1) / 2;
            if (f->line_starts[mid] <= off) lo = mid;
            else hi = mid - 1;
        }
        start = f->line_starts[lo];
    }
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
    if (!f->mapped && !f->line_starts) index_lines(f);
    if (line < 1 || (!f->mapped && line > f->nlines)) { *len = 0; return ""; }
    uint32_t start, end;
    if (f->mapped) {
        start = block_line_offset(f, line - 1);
        if (start == UINT32_MAX) { *len = 0; return ""; }
        reading(f, start);
        const char *nl = memchr(f->text + start, '\n', f->len - start);
        end = nl ? (uint32_t)(nl - f->text) + 1 : (uint32_t)f->len;
    } else {
        start = f->line_starts[line - 1];
        end = line < f->nlines ? f->line_starts[line] : (uint32_t)f->len;
    }
    while (end > start && (f->text[end - 1] == '\n' || f->text[end - 1] == '\r')) end--;
    *len = end - start;
    return f->text + start;
}
