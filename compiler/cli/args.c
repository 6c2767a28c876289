/* Parsing the command line by the tables: options may stand anywhere (before or after the
 * command, among the files), in the forms --name=value, --name value, -x value, -xvalue and
 * -x=value; `--` ends the options. First every argument is sorted into options and the rest;
 * then, the command known, each option is read by the row of that command (so -f is build's
 * output format and diff's, wherever it stands), and an option the command does not take is a
 * usage error that names the command. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/suggest.h"
#include "base/version.h"
#include "cli/cli.h"

typedef struct RawOption {
    const char *written;   /* as on the command line, for messages: "--table", "-f" */
    const char *name;      /* the long name, or NULL */
    char letter;           /* or the letter */
    const char *value;     /* its value, or NULL for a flag */
} RawOption;

static bool same_name(const OptionDef *d, const RawOption *r) {
    return r->name ? strcmp(d->name, r->name) == 0 : d->letter == r->letter;
}

/* Any row of that name (the rows of one name agree on taking a value). */
static const OptionDef *any_row(const RawOption *r) {
    for (int i = 0; i < OPT_COUNT; i++)
        if (same_name(&option_defs[i], r)) return &option_defs[i];
    return NULL;
}

static bool command_takes(const Command *c, OptId id) {
    uint64_t mask = OPTS_COMMON | (c ? c->options : 0);
    return (mask >> id) & 1;
}

/* The row of that name the command takes, or NULL. */
static const OptionDef *row_for(const Command *c, const RawOption *r) {
    for (int i = 0; i < OPT_COUNT; i++)
        if (same_name(&option_defs[i], r) && command_takes(c, option_defs[i].id)) return &option_defs[i];
    return NULL;
}

static int unknown_command(const char *name) {
    const char *names[32] = {0};
    int n = 0;
    for (int i = 0; i < command_count && n < 32; i++) names[n++] = commands[i].name;
    const char *near = did_you_mean(name, names, n);
    if (near) {
        ui_report(UI_unknown_command_near, name, near);
    } else {
        char list[256] = "";
        for (int i = 0; i < n; i++) {
            if (i) strcat(list, ui(UI_list_sep));
            strncat(list, names[i], sizeof list - strlen(list) - 8);
        }
        ui_report(UI_unknown_command, name, list);
    }
    fprintf(stderr, "%s\n", ui(UI_see_help));
    return 2;
}

/* Reads the values every command shares (their rows say the command takes them). */
static int read_values(Options *o) {
    const char *v;
    if ((v = o->value[OPT_LANG]) && strcmp(v, "zh") != 0 && strcmp(v, "en") != 0) return usage_error(NULL, UI_bad_lang);
    if ((v = o->value[OPT_DIAGNOSTICS])) {
        if (strcmp(v, "text") == 0) o->diag_format = DFMT_TEXT;
        else if (strcmp(v, "json") == 0) o->diag_format = DFMT_JSON;
        else if (strcmp(v, "github") == 0) o->diag_format = DFMT_GITHUB;
        else if (strcmp(v, "sarif") == 0) o->diag_format = DFMT_SARIF;
        else return usage_error(NULL, UI_bad_diagnostics, v);
    }
    if ((v = o->value[OPT_COLOR])) {
        if (strcmp(v, "auto") == 0) o->color = -1;
        else if (strcmp(v, "always") == 0) o->color = 1;
        else if (strcmp(v, "never") == 0) o->color = 0;
        else return usage_error(NULL, UI_bad_color, v);
    }
    if ((v = o->value[OPT_MAX_ERRORS])) {
        char *end;
        errno = 0;
        long n = strtol(v, &end, 10);
        o->max_errors = (errno || *end || end == v || n <= 0 || n > INT_MAX) ? 0 : (int)n;
        if (o->max_errors <= 0) return usage_error(NULL, UI_bad_max_errors, v);
    }
    if ((v = o->value[OPT_MAX_WARNINGS])) {
        char *end;
        errno = 0;
        long n = strtol(v, &end, 10);
        o->max_warnings = (errno || *end || end == v || n <= 0 || n > INT_MAX) ? 0 : (int)n;
        if (o->max_warnings <= 0) return usage_error(NULL, UI_bad_max_warnings, v);
    }
    if ((v = o->value[OPT_OUTPUT]) && !*v) return usage_error(NULL, UI_bad_output, v);
    return -1;
}

int parse_args(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    arena_init(&o->arena);
    Arena *A = &o->arena;
    o->lang = LANG_ZH;
    o->color = -1;
    o->inputs = arena_alloc(A, sizeof(char *) * ((size_t)argc + 1));
    o->allowed = arena_alloc(A, sizeof(char *) * ((size_t)argc + 1));
    o->import_dirs = arena_alloc(A, sizeof(char *) * ((size_t)argc + 1));
    RawOption *raw = arena_alloc(A, sizeof *raw * ((size_t)argc + 1));
    const char **plain = arena_alloc(A, sizeof(char *) * ((size_t)argc + 1));

    /* The language first, so that the usage errors below are in it. */
    const char *env = getenv("JXC_LANG");
    if (env && strcmp(env, "en") == 0) o->lang = LANG_EN;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) break;
        const char *v = strncmp(argv[i], "--lang=", 7) == 0 ? argv[i] + 7 : strcmp(argv[i], "--lang") == 0 && i + 1 < argc ? argv[i + 1] : NULL;
        if (v && strcmp(v, "en") == 0) o->lang = LANG_EN;
        else if (v && strcmp(v, "zh") == 0) o->lang = LANG_ZH;
    }
    ui_set_lang(o->lang);

    /* Options and the rest, by name alone. */
    int nraw = 0, nplain = 0;
    bool options_done = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
            plain[nplain++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            options_done = true;
            continue;
        }
        RawOption r = {a, NULL, 0, NULL};
        const char *inline_value = NULL;
        if (a[1] == '-') {
            const char *eq = strchr(a, '=');
            r.name = eq ? arena_strndup(A, a + 2, (size_t)(eq - a - 2)) : a + 2;
            if (eq) {
                inline_value = eq + 1;
                r.written = arena_strndup(A, a, (size_t)(eq - a));
            }
        } else {
            r.letter = a[1];
            r.written = arena_strndup(A, a, 2);
            if (a[2]) inline_value = a[2] == '=' ? a + 3 : a + 2;
        }
        const OptionDef *d = any_row(&r);
        if (!d) return usage_error(NULL, UI_unknown_option, a);
        if (d->takes_value) {
            if (inline_value) r.value = inline_value;
            else if (i + 1 < argc) r.value = argv[++i];
            else return usage_error(NULL, UI_option_needs_value, a);
        } else if (inline_value) {
            return r.letter ? usage_error(NULL, UI_unknown_option, a) : usage_error(NULL, UI_option_takes_no_value, r.written);
        }
        raw[nraw++] = r;
    }
    for (int k = 0; k < nraw; k++)
        if (any_row(&raw[k])->id == OPT_VERSION) {
            printf("jxc %s\n", JX_VERSION);
            return 0;
        }

    /* The command, then its arguments. */
    int first = 0;
    if (nplain > 0) {
        o->command = command_find(plain[0]);
        if (!o->command) return unknown_command(plain[0]);
        first = 1;
    }
    for (int k = first; k < nplain; k++) o->inputs[o->ninputs++] = plain[k];

    /* Each option by the command's row. */
    for (int k = 0; k < nraw; k++) {
        const OptionDef *d = row_for(o->command, &raw[k]);
        if (!d) {
            if (!o->command) continue; /* "no command given" says more */
            return usage_error(o->command, UI_option_not_for_command, o->command->name, raw[k].written);
        }
        o->value[d->id] = raw[k].value ? raw[k].value : "";
        if (d->id == OPT_ALLOW) o->allowed[o->nallowed++] = raw[k].value;
        if (d->id == OPT_ALLOW_IMPORT) o->import_dirs[o->nimport_dirs++] = raw[k].value;
    }
    int r = read_values(o);
    if (r >= 0) return r;

    bool help = opt_given(o, OPT_HELP) || (o->command && o->command->run == cmd_help);
    if (help) {
        const char *topic = o->command && o->command->run != cmd_help ? o->command->name : o->ninputs ? o->inputs[0] : NULL;
        return show_help(o, topic);
    }
    if (!o->command) return usage_error(NULL, UI_no_command);
    const Command *c = o->command;
    if (!c->hidden_inputs_check && o->ninputs < c->min_inputs) return usage_error(NULL, UI_needs_inputs, c->name);
    return -1;
}

void options_free(Options *o) { arena_free(&o->arena); }
