/* The output formats of jxc build: one row a format. */
#include <stdarg.h>
#include <string.h>
#include "emit/emit.h"

static const char *const csv_options[] = {"table", "no-bom", "encoding", NULL};
static const char *const html_options[] = {"split", NULL};

const Emitter emitters[] = {
    {"json", UI_emit_json_summary, NULL, NULL, emit_json},
    {"csv", UI_emit_csv_summary, csv_options, emit_csv_check, emit_csv},
    {"html", UI_emit_html_summary, html_options, emit_html_check, emit_html},
    {"xlsx", UI_emit_xlsx_summary, NULL, NULL, emit_xlsx},
};
const int emitter_count = (int)(sizeof emitters / sizeof emitters[0]);

const Emitter *emitter_find(const char *name) {
    for (int i = 0; i < emitter_count; i++)
        if (strcmp(emitters[i].name, name) == 0) return &emitters[i];
    return NULL;
}

#pragma GCC diagnostic ignored "-Wformat-nonliteral" /* formats from the catalogue (ui.def) */

int emit_usage(UiText id, ...) {
    va_list ap;
    va_start(ap, id);
    fputs("jxc: ", stderr);
    vfprintf(stderr, ui(id), ap);
    fputc('\n', stderr);
    va_end(ap);
    fprintf(stderr, ui(UI_see_help_cmd), "build");
    fputc('\n', stderr);
    return 2;
}
