/* Turning warnings off inside a file, with comments:
 *   项目 X { …      # jxc: allow W0602          that line
 *   # jxc: allow W0602, W0407                  on a line of its own: the next statement, block and all
 *   # jxc: allow-file W0701                    the whole file
 * Errors cannot be turned off. */
#ifndef JX_PRAGMA_H
#define JX_PRAGMA_H
#include "model.h"

/* Drops the warnings and notes that a pragma of their file allows. */
void apply_pragmas(Program *p);

#endif
