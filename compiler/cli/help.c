/* Help, made from the tables: `jxc help` lists every command of commands.c; `jxc help COMMAND`
 * shows its usage and every option its row names (described once, in options.def), and for
 * build every output format of the emitter table with the options of its own. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "base/utf8.h"
#include "cli/cli.h"
#include "emit/emit.h"

#pragma GCC diagnostic ignored "-Wformat-nonliteral" /* formats from the catalogue (ui.def) */

int usage_error(const Command *about, UiText id, ...) {
    va_list ap;
    va_start(ap, id);
    fputs("jxc: ", stderr);
    vfprintf(stderr, ui(id), ap);
    fputc('\n', stderr);
    va_end(ap);
    if (about) fprintf(stderr, ui(UI_see_help_cmd), about->name);
    else fputs(ui(UI_see_help), stderr);
    fputc('\n', stderr);
    return 2;
}

bool want_color(const Options *o, int fd) {
    if (o->color >= 0) return o->color == 1;
    return isatty(fd) && !getenv("NO_COLOR");
}

CompileOptions compile_options(const Options *o) {
    return (CompileOptions){opt_given(o, OPT_STRICT), o->allowed, o->nallowed, o->max_errors, o->max_warnings,
                            {opt_given(o, OPT_ALLOW_IMPORT_OUTSIDE), o->import_dirs, o->nimport_dirs}};
}

DiagStyle diag_style(const Options *o) {
    DiagStyle st = {o->diag_format, o->lang, want_color(o, STDERR_FILENO), true, NULL, DFMT_SARIF};
    if ((st.file = opt_value(o, OPT_DIAGNOSTICS_FILE, NULL))) {
        /* The file gets the machine format asked for (SARIF by default), the terminal the text. */
        if (o->diag_format != DFMT_TEXT) st.file_format = o->diag_format;
        st.format = DFMT_TEXT;
    }
    return st;
}

/* ---- the layout of help: a left column and its text ---------------------------------------- */

enum { HELP_INDENT = 2, HELP_COLUMN = 32 };

static int width_of(const char *s) { return display_width(s, strlen(s)); }

/* "  left   text", the text's further lines under its first. */
static void row(const char *left, const char *text, int indent) {
    int w = indent + width_of(left);
    printf("%*s%s", indent, "", left);
    int col = HELP_COLUMN;
    if (w + 2 > col) {
        printf("\n%*s", col, "");
    } else {
        printf("%*s", col - w, "");
    }
    for (const char *p = text; *p; p++) {
        putchar(*p);
        if (*p == '\n') printf("%*s", col, "");
    }
    putchar('\n');
}

static const char *values_of(const OptionDef *d, char *buf, size_t n) {
    if (d->values) return d->values;
    if (d->value_name != UI_none) return ui(d->value_name);
    if (d->id == OPT_FORMAT) { /* build's formats: the emitter table's */
        buf[0] = 0;
        for (int i = 0; i < emitter_count; i++) {
            if (i) strncat(buf, "|", n - strlen(buf) - 1);
            strncat(buf, emitters[i].name, n - strlen(buf) - 1);
        }
        return buf;
    }
    return "";
}

static void option_row(const OptionDef *d, int indent) {
    char left[160], vals[128];
    int k = 0;
    if (d->letter) k += snprintf(left + k, sizeof left - (size_t)k, "-%c, ", d->letter);
    k += snprintf(left + k, sizeof left - (size_t)k, "--%s", d->name);
    if (d->takes_value) snprintf(left + k, sizeof left - (size_t)k, "=%s", values_of(d, vals, sizeof vals));
    row(left, ui(d->help), indent);
}

/* Is the option one of an output format's own (listed under its format)? */
static bool format_option(OptId id) {
    for (int i = 0; i < emitter_count; i++)
        for (const char *const *n = emitters[i].options; n && *n; n++)
            if (strcmp(*n, option_defs[id].name) == 0) return true;
    return false;
}

static void common_options(void) {
    printf("%s\n", ui(UI_help_common_options));
    for (int i = 0; i < OPT_COUNT; i++)
        if ((OPTS_COMMON >> i) & 1) option_row(&option_defs[i], HELP_INDENT);
}

static void overview(void) {
    printf("%s\n\n%s\n\n%s\n", ui(UI_help_title), ui(UI_help_overview_usage), ui(UI_help_commands));
    for (int i = 0; i < command_count; i++) {
        char left[160];
        snprintf(left, sizeof left, "%s %s", commands[i].name, ui(commands[i].args));
        row(left, ui(commands[i].summary), HELP_INDENT);
    }
    printf("\n%s\n\n", ui(UI_help_inputs));
    common_options();
    printf("\n%s\n%s\n%s\n", ui(UI_help_more), ui(UI_help_exit), ui(UI_help_codes));
}

static void command_help(const Command *c) {
    printf("%sjxc %s %s\n\n%s\n", ui(UI_help_usage), c->name, ui(c->args), ui(c->help));
    bool any = false;
    for (int i = 0; i < OPT_COUNT; i++) {
        if (!((c->options >> i) & 1) || format_option((OptId)i)) continue;
        if (!any) printf("\n%s\n", ui(UI_help_options));
        any = true;
        option_row(&option_defs[i], HELP_INDENT);
    }
    if ((c->options >> OPT_FORMAT) & 1) {
        printf("\n%s\n", ui(UI_help_formats));
        for (int e = 0; e < emitter_count; e++) {
            row(emitters[e].name, ui(emitters[e].summary), HELP_INDENT);
            for (const char *const *n = emitters[e].options; n && *n; n++)
                for (int i = 0; i < OPT_COUNT; i++)
                    if (strcmp(option_defs[i].name, *n) == 0 && ((c->options >> i) & 1)) option_row(&option_defs[i], HELP_INDENT * 3);
        }
    }
    putchar('\n');
    common_options();
}

int show_help(const Options *o, const char *topic) {
    if (topic && strcmp(topic, "表式") == 0) return help_forms(o, (const char *const *)o->inputs + 1, o->ninputs > 0 ? o->ninputs - 1 : 0);
    if (!topic) {
        overview();
        return 0;
    }
    const Command *c = command_find(topic);
    if (!c) return usage_error(NULL, UI_no_help, topic);
    command_help(c);
    return 0;
}

int cmd_help(const Options *o) { return show_help(o, o->ninputs ? o->inputs[0] : NULL); }
