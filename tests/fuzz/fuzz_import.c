/* The libFuzzer harness of jxc import (make fuzz-import): the input is a workbook (when it
 * starts as a zip does) or a CSV, given to the importer as a file in memory; whatever it reads
 * is found as tables (on the stdlib's forms) and printed by the formatter, as the command does.
 * A crash, a leak, a hang or memory beyond libFuzzer's limit is a finding. The seeds are made
 * by tests/fuzz/import_seeds.sh from the examples: their workbooks and CSVs. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "driver/driver.h"
#include "import/import.h"
#include "review/fmt.h"

static int input_fd = -1;
static char input_path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc; (void)argv;
    input_fd = memfd_create("import.xlsx", 0);
    if (input_fd < 0) abort();
    snprintf(input_path, sizeof input_path, "/proc/self/fd/%d", input_fd);
    unsetenv("JX_STDLIB");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (ftruncate(input_fd, 0) != 0 || pwrite(input_fd, data, size, 0) != (ssize_t)size) abort();
    Compilation c;
    compilation_init(&c, NULL);
    if (compilation_run(&c, NULL, 0) != 0) abort(); /* the stdlib alone compiles */
    Grid g;
    grid_init(&g, &c.arena, input_path);
    bool xlsx = size >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
    int r = xlsx ? read_xlsx(&g, &c.diags, input_path) : read_csv(&g, &c.diags, input_path);
    int ntables = 0;
    ImportOptions io = {0};
    ParsedFile *pf = r == 0 ? import_tables(&g, &c.diags, &c.program, &io, &ntables) : NULL;
    grid_free(&g);
    if (pf && ntables) {
        size_t len;
        int ncomments;
        char *text = fmt_render_tree(&c.arena, pf, &len, &ncomments);
        free(text);
    }
    grid_release(&g);
    compilation_free(&c);
    return 0;
}
