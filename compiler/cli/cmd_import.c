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

/* How many of the inputs are .jx files (the forms given). */
static int jx_inputs(const Options *o) {
    int n = 0;
    for (int i = 0; i < o->ninputs; i++) n += has_suffix(o->inputs[i], ".jx");
    return n;
}

int cmd_import(const Options *o) {
    const char *words[1] = {NULL};
    Compilation c, carried_c;
    Compilation *forms = &c; /* the compilation whose forms the tables are read on */
    int status = compile_with_forms(o, &c, words, 1, 1, UI_import_arguments);
    if (status < 0) return 2;
    const char *input = words[0];
    DiagStyle st = diag_style(o);
    if (status != 0) { /* the forms given do not compile */
        compilation_report(&c, &st);
        compilation_free(&c);
        return status;
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
    /* A workbook jx wrote carries the declarations of the user's files its tables use (a
     * form: 东莞's 表式); with no FILE.jx given, the tables are read on them, and the .jx
     * written begins with them. FILE.jx given take their place. */
    const char *carried = r == 0 ? grid_take_carried(&g) : NULL;
    if (carried && jx_inputs(o) == 0) {
        CompileOptions co = compile_options(o);
        compilation_init(&carried_c, &co);
        size_t len = strlen(carried);
        char *buf = calloc(len + SOURCE_PADDING, 1);
        if (!buf) out_of_memory();
        memcpy(buf, carried, len);
        status = compilation_run_text(&carried_c, arena_printf(&c.arena, "%s!%s", input, CARRIED_SHEET), buf, len, NULL);
        forms = &carried_c;
        if (status != 0) { /* a workbook edited by hand: its declarations do not compile */
            compilation_report(&c, &st);
            compilation_report(&carried_c, &st);
            grid_free(&g);
            compilation_free(&carried_c);
            grid_release(&g); /* the diagnostics, written, pointed into it */
            compilation_free(&c);
            return status;
        }
    } else if (carried) {
        diag_nowhere(&c.diags, N1010, input, NULL);
        carried = NULL;
    }
    ImportOptions io = {0};
    const char *form_name = opt_value(o, OPT_FORM, NULL);
    if (form_name) {
        io.form = strmap_get(&forms->program.forms, form_name);
        if (!io.form) {
            ui_report(UI_import_unknown_form, form_name);
            grid_free(&g);
            if (forms != &c) compilation_free(forms);
            grid_release(&g); /* the diagnostics, written, pointed into it */
            compilation_free(&c);
            return 2;
        }
    }
    int ntables = 0;
    ParsedFile *pf = r == 0 ? import_tables(&g, &c.diags, &forms->program, &io, &ntables) : NULL;
    grid_free(&g);
    status = ntables <= 0 ? 1 : 0;
    if (status == 0) status = write_tree_after(o, &c.arena, carried, pf);
    if (forms != &c) compilation_report(forms, &st);
    compilation_report(&c, &st);
    if (status == 0 && st.format == DFMT_TEXT) ui_report(UI_import_summary, input, ntables);
    if (forms != &c) compilation_free(forms);
    grid_release(&g); /* the diagnostics, written, pointed into it */
    compilation_free(&c);
    return status;
}
