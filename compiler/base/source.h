/* The source files of one compilation: their text, and line/column lookup for diagnostics.
 * Positions are byte offsets; lines and columns (code points, from 1) are computed only
 * when a diagnostic needs them. */
#ifndef JX_SOURCE_H
#define JX_SOURCE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "base/arena.h"

typedef struct Span {
    uint32_t file; /* index in the SourceSet */
    uint32_t off;  /* byte offset in the file's text (after any BOM) */
    uint32_t len;
} Span;

typedef struct SourceFile {
    const char *path;    /* as shown to the user */
    const char *text;    /* NUL-terminated; a leading BOM is not part of it */
    size_t len;
    uint32_t *line_starts; /* computed on first use */
    uint32_t nlines;       /* of a mapped text: once its sparse index is whole */
    uint32_t *cp_marks;    /* code points before each SOURCE_CP_BLOCK bytes: columns on a long
                              line in constant time (computed on first use) */
    int is_stdlib;
    /* A text mapped from its file (base/mapped.h) has no line_starts, which would cost a tenth
     * of its size and every page read again: a sparse index instead, for each SOURCE_LINE_BLOCK
     * bytes the line breaks before it and the start of the line that holds its first byte
     * (computed as far as a lookup needs it, letting the pages go as it reads them). */
    bool mapped;
    uint32_t *block_lines, *block_line_start;
    size_t blocks_done;    /* the entries of the sparse index computed so far */
    uint32_t window;       /* 1 + the MiB of it last read for a diagnostic (0: none), let go
                              when one further on is read (diagnostics come in order) */
    const char *owned;     /* what the sources free (or unmap): the text, or its BOM before it */
} SourceFile;

typedef struct SourceSet {
    Arena *arena;
    SourceFile **files;
    uint32_t nfiles, cap;
} SourceSet;

void sources_init(SourceSet *s, Arena *a);
void sources_free(SourceSet *s);
/* The NUL bytes after a file's text: the lexer reads ahead without bounds checks. */
enum { SOURCE_PADDING = 16, SOURCE_CP_BLOCK = 4096, SOURCE_LINE_BLOCK = 16384 };
/* Adds a file whose text is copied (and given a NUL sentinel); returns its index. */
uint32_t sources_add(SourceSet *s, const char *path, const char *text, size_t len, int is_stdlib);
/* Adds a file whose text is `buf` itself, a malloc'd buffer with SOURCE_PADDING NUL bytes after
 * the text (read_file makes one), or a text mapped_open returned; the sources free it. */
uint32_t sources_adopt(SourceSet *s, const char *path, char *buf, size_t len, int is_stdlib);
SourceFile *sources_get(const SourceSet *s, uint32_t file);

typedef struct LineCol {
    uint32_t line, col; /* from 1; col counts code points */
} LineCol;
LineCol source_linecol(SourceFile *f, uint32_t off);
/* The line (from 1) of offset off, without its column. *hint holds the line index (from 0)
 * of the last answer in this file (0 to start): lookups in the order of the text step
 * forward from it instead of searching every line. */
uint32_t source_line_of(SourceFile *f, uint32_t off, uint32_t *hint);
/* The text of line `line` (from 1), without its line break. */
const char *source_line(SourceFile *f, uint32_t line, size_t *len);

#endif
