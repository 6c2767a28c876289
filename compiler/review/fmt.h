/* The formatter (jxc fmt), in three parts:
 *   fmt_print.c   the syntax tree of one file → its canonical text
 *   fmt_verify.c  the canonical text, parsed again, must be the same tree with the same comments
 *   fmt.c         the command: files, -w, --check, --diff
 * The layout is fixed (no options): see docs/review.md. */
#ifndef JX_FMT_H
#define JX_FMT_H
#include <stdbool.h>
#include "front/ast.h"
#include "base/source.h"

/* The canonical text of a file that parsed without errors (malloc'd, NUL-terminated; *len
 * is its length). *ncomments is the number of comments it printed, which must be the number
 * the file has. With sf NULL, the tree is printed without source: as fmt_render_tree. */
char *fmt_render(Arena *a, const SourceFile *sf, const ParsedFile *pf, size_t *len, int *ncomments);

/* The canonical text of a tree without source (front/ast.h: one built in memory with
 * front/ast_build.h, or detached by ast_detach), printed from its fields alone; its spans
 * are not looked at. A parsed tree prints the same bytes as with its source (the parser
 * records in the fields what they would otherwise lose: ast_record_spelling). What canonical
 * means for names, strings and numbers without source: docs/review.md. */
char *fmt_render_tree(Arena *a, const ParsedFile *pf, size_t *len, int *ncomments);

/* The canonical spelling of a value (comparator ≥ ≤ > < = ≠, unit attached, range with '~'),
 * as the formatter prints it at `depth` (which only matters for a """ block). `src` is the
 * text of the value's file; NULL for a value without source (printed from its fields). */
const char *fmt_value(Arena *a, const char *src, const Value *v, int depth);

/* Is `b` (the formatted text, parsed) the same program as `a`: the same statements, names
 * and values (in their canonical spelling), and the same comments attached to the same
 * statements? On a difference, *where gets a short description of it. Either side may be a
 * tree without source (its src NULL); a name then counts as quoted when it would be printed
 * quoted. */
bool fmt_same_tree(Arena *arena, const char *src_a, const ParsedFile *a, const char *src_b, const ParsedFile *b,
                   const char **where);

#endif
