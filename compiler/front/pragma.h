/* Turning warnings off inside a file, with comments:
 *   项目 X { …      # jxc: allow W0602          that line
 *   # jxc: allow W0602, W0407                  on a line of its own: the next statement, block and all
 *   # jxc: allow-file W0701                    the whole file
 * Errors cannot be turned off. */
#ifndef JX_PRAGMA_H
#define JX_PRAGMA_H
#include "diag/diag.h"
#include "front/ast.h"

/* Collect each file's rules while its syntax tree is there (they are copied into `arena`: jxc
 * check lets a file's tree go before the end), then apply them all once every diagnostic is
 * made: the warnings and notes a rule of their file allows are dropped. */
typedef struct PragmaRule PragmaRule;
typedef struct PragmaRules {
    Arena *arena;
    PragmaRule *items;
    int n, cap;
} PragmaRules;
void pragmas_collect(PragmaRules *r, SourceSet *sources, ParsedFile *pf);
void pragmas_apply(PragmaRules *r, Diags *d);

#endif
