/* A line diff of two texts (Myers' O(ND) algorithm in linear space, as in GNU diff and
 * diff-match-patch), written as a unified diff with three lines of context: what
 * `jxc fmt --diff` shows. */
#ifndef JX_TEXTDIFF_H
#define JX_TEXTDIFF_H
#include <stddef.h>
#include "base/strbuf.h"

/* Appends to `out` the unified diff that turns `a` into `b`, with the headers
 * "--- a/NAME" and "+++ b/NAME"; nothing when the texts are equal. Returns the number of
 * hunks. */
int unified_diff(StrBuf *out, const char *name, const char *a, size_t alen, const char *b, size_t blen);
/* The same with "--- a/OLD_NAME" and "+++ b/NEW_NAME" (a file that git saw renamed). */
int unified_diff_renamed(StrBuf *out, const char *old_name, const char *new_name, const char *a, size_t alen,
                         const char *b, size_t blen);

#endif
