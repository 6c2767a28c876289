/* `jxc import FILE.xlsx|FILE.csv [FILE.jx…] [--form FORM] [-o FILE.jx]`: an existing table
 * brought into jx. The workbook or CSV is read into a grid (import/read_xlsx.c, read_csv.c),
 * its tables are found by their labels on the forms of the stdlib and of the FILE.jx given
 * (import/find_tables.c), and the trees are printed by the formatter, so the .jx is canonical
 * and imports the same again. Exit 0 with the tables written (warnings name the cells not
 * placed), 1 when no table is found or the file cannot be read as a workbook or CSV, 2 for
 * trouble of the system. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "cli/cli.h"
#include "base/suggest.h"
#include "import/import.h"
#include "review/fmt.h"

/* A zip archive begins "PK\3\4": a workbook whatever its name. */
static bool looks_like_zip(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    unsigned char magic[4] = {0};
    size_t n = fread(magic, 1, 4, f);
    fclose(f);
    return n == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

int cmd_import(const Options *o) {
    const char *words[1] = {NULL};
    Compilation c;
    int status = compile_with_forms(o, &c, words, 1, 1, UI_import_arguments);
    if (status < 0) return 2;
    const char *input = words[0];
    DiagStyle st = diag_style(o);
    if (status != 0) { /* the forms given do not compile */
        compilation_report(&c, &st);
        compilation_free(&c);
        return status;
    }
    ImportOptions io = {0};
    const char *form_name = opt_value(o, OPT_FORM, NULL);
    if (form_name) {
        io.form = strmap_get(&c.program.forms, form_name);
        if (!io.form) {
            ui_report(UI_import_unknown_form, form_name);
            compilation_free(&c);
            return 2;
        }
    }
    FILE *probe = fopen(input, "rb");
    if (!probe) {
        ui_report(UI_cannot_read, input, syserr_text(errno));
        compilation_free(&c);
        return 2;
    }
    fclose(probe);
    Grid g;
    grid_init(&g, &c.arena, input);
    bool xlsx = looks_like_zip(input) || has_suffix(input, ".xlsx");
    int r = xlsx ? read_xlsx(&g, &c.diags, input) : read_csv(&g, &c.diags, input);
    int ntables = 0;
    ParsedFile *pf = r == 0 ? import_tables(&g, &c.diags, &c.program, &io, &ntables) : NULL;
    grid_free(&g);
    status = ntables == 0 ? 1 : 0;
    if (status == 0) status = write_tree(o, &c.arena, pf);
    compilation_report(&c, &st);
    if (status == 0 && st.format == DFMT_TEXT) ui_report(UI_import_summary, input, ntables);
    compilation_free(&c);
    return status;
}
