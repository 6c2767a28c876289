/* The temporary file a workbook is made in (xlsx_file.c). */
#ifndef JX_XLSX_FILE_H
#define JX_XLSX_FILE_H
#include <stdbool.h>
#include <stdio.h>
#include <xlsxwriter.h>
#include "diag/ui.h"
#include "model/model.h"

/* A new workbook in a temporary file (*tmp its name), or NULL after a message. */
lxw_workbook *xlsx_begin(Program *p, char **tmp);
/* Closes the workbook, copies it to `out` unless `failed`, removes the temporary file.
 * Returns 0 or 2. */
int xlsx_end(lxw_workbook *wb, const char *tmp, bool failed, FILE *out);

/* The declarations the tables need beyond the standard library (xlsx_decls.c): their source
 * text, or NULL when there are none; and the hidden sheet that carries them, a line a row under
 * the heading row CARRIED_HEAD (model.h; jxc import reads it back: import/carried.c). */
const char *xlsx_carried_text(Program *p);
bool xlsx_write_carried(lxw_workbook *wb, Program *p, const char *text);

#endif
