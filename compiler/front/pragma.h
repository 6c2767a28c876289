/* Turning warnings off inside a file, with comments:
 *   项目 X { …      # jxc: allow W0602          that line
 *   # jxc: allow W0602, W0407                  on a line of its own: the next statement, block and all
 *   # jxc: allow-file W0701                    the whole file
 * Errors cannot be turned off. */
#ifndef JX_PRAGMA_H
#define JX_PRAGMA_H
#include "model/model.h"

/* Drops the warnings and notes that a pragma of their file allows. */
void apply_pragmas(Program *p);

/* The same in two steps, for jxc check, which lets a file's syntax tree go before the end:
 * collect each file's rules while its tree is there (they are copied into `arena`), then apply
 * them all once every diagnostic is made. */
typedef struct PragmaRule PragmaRule;
typedef struct PragmaRules {
    Arena *arena;
    PragmaRule *items;
    int n, cap;
} PragmaRules;
void pragmas_collect(PragmaRules *r, Program *p, ParsedFile *pf);
void pragmas_apply(PragmaRules *r, Diags *d);

#endif
