/* The declarations a workbook's tables need beyond the standard library — a form, a unit, a
 * level or an alias declared in the user's files (东莞's 表式) — carried in the workbook on a
 * hidden sheet, a line of the source a row, under a first row saying what it is. jxc import
 * reads them back (import/carried.c), so that a workbook jx wrote imports on its own forms,
 * with no file to give beside it, and the imported .jx holds them again. */
#include <string.h>
#include "emit/xlsx_file.h"
#include "front/ast.h"

static bool carried(NodeKind k) { return k == N_FORM || k == N_UNITDECL || k == N_LEVELDECL || k == N_ALIASDECL; }

const char *xlsx_carried_text(Program *p) {
    const char *text = NULL;
    for (int i = 0; i < p->files.len; i++) {
        const ParsedFile *pf = p->files.items[i];
        if (p->sources->files[pf->file]->is_stdlib) continue;
        for (const Node *n = pf->decls; n; n = n->next) {
            if (!carried(n->kind)) continue;
            const char *decl = span_text(p, n->span);
            text = text ? arena_printf(p->arena, "%s\n%s\n", text, decl) : arena_printf(p->arena, "%s\n", decl);
        }
    }
    return text;
}

bool xlsx_write_carried(lxw_workbook *wb, Program *p, const char *text) {
    lxw_worksheet *ws = workbook_add_worksheet(wb, CARRIED_SHEET);
    if (!ws) return false;
    bool ok = worksheet_write_string(ws, 0, 0, CARRIED_HEAD, NULL) == LXW_NO_ERROR;
    int row = 1;
    for (const char *line = text; *line; row++) {
        const char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) : strlen(line);
        if (n) ok &= worksheet_write_string(ws, (lxw_row_t)row, 0, arena_strndup(p->arena, line, n), NULL) == LXW_NO_ERROR;
        line = nl ? nl + 1 : line + n;
    }
    worksheet_set_column(ws, 0, 0, 100, NULL);
    worksheet_hide(ws);
    return ok;
}
