/* The declarations a workbook jx wrote carries on its hidden sheet (emit/xlsx_decls.c): the
 * forms, units, levels and aliases of the user's files its tables use. jxc import compiles them
 * to read the tables on their own forms, and writes them back at the head of the .jx. */
#include <stdlib.h>
#include <string.h>
#include "import/import.h"

const char *grid_take_carried(Grid *g) {
    for (int i = 0; i < g->nsheets; i++) {
        GridSheet *s = g->sheets[i];
        if (strcmp(s->name, CARRIED_SHEET) != 0 || s->deferred) continue; /* (the others may be being read) */
        const GridCell *head = grid_at(s, 0, 0);
        if (!head || !head->text || strcmp(head->text, CARRIED_HEAD) != 0) continue;
        /* row r is line r: the blank lines are the rows with no cell */
        size_t len = 0;
        for (int k = 0; k < s->ncells; k++)
            if (s->cells[k].col == 0) len += strlen(s->cells[k].text);
        char *text = arena_alloc(g->arena, len + (size_t)s->nrows + 1), *at = text;
        for (int r = 1; r < s->nrows; r++) {
            const GridCell *c = grid_at(s, r, 0);
            if (c && c->text) {
                size_t n = strlen(c->text);
                memcpy(at, c->text, n);
                at += n;
            }
            *at++ = '\n';
        }
        *at = 0;
        /* the sheet is not a table's: the tables are looked for on the others */
        grid_unload(s);
        memmove(&g->sheets[i], &g->sheets[i + 1], sizeof *g->sheets * (size_t)(g->nsheets - i - 1));
        g->nsheets--;
        return text;
    }
    return NULL;
}
