/* The command line: a table of commands (commands.c), a table of options (options.def), the
 * parsing of argv by those tables (args.c), help generated from them (help.c), and one file a
 * command (cmd_*.c). Exit status: 0 no errors, 1 errors in the input (or differences), 2 usage
 * or I/O trouble.
 *
 * Adding a command: a file cmd_NAME.c with `int cmd_NAME(const Options *o)`, its prototype
 * below, its row in commands.c, and its texts in diag/ui.def. */
#ifndef JX_CLI_H
#define JX_CLI_H
#include <stdbool.h>
#include <stdint.h>
#include "diag/diag.h"
#include "diag/ui.h"
#include "driver/driver.h"

typedef enum OptId {
#define OPT(id, name, letter, takes_value, values, value_name, help) OPT_##id,
#include "cli/options.def"
#undef OPT
    OPT_COUNT
} OptId;

typedef struct OptionDef {
    OptId id;
    const char *name;       /* --name */
    char letter;            /* -x, or 0 */
    bool takes_value;
    const char *values;     /* the values it takes, as help shows them ("zh|en"), or NULL */
    UiText value_name;      /* else the value's name (路径, PATH) */
    UiText help;
} OptionDef;
extern const OptionDef option_defs[OPT_COUNT];

#define OPTS(x) (UINT64_C(1) << OPT_##x)
/* Every command takes these. */
#define OPTS_COMMON (OPTS(LANG) | OPTS(COLOR) | OPTS(HELP) | OPTS(VERSION))
/* What a command that checks its input takes. */
#define OPTS_IMPORTS (OPTS(ALLOW_IMPORT_OUTSIDE) | OPTS(ALLOW_IMPORT))
#define OPTS_CHECKING (OPTS(DIAGNOSTICS) | OPTS(DIAGNOSTICS_FILE) | OPTS(STRICT) | OPTS(ALLOW) | OPTS(MAX_ERRORS) | OPTS(MAX_WARNINGS) | OPTS_IMPORTS)

typedef struct Options Options;

typedef struct Command {
    const char *name;
    int (*run)(const Options *o);
    UiText args, summary, help; /* its arguments (as usage shows them), a line, a paragraph */
    uint64_t options;           /* OPTS(…) of the options it takes, besides OPTS_COMMON */
    int min_inputs, max_inputs; /* how many arguments (max -1: any number) */
    bool hidden_inputs_check;   /* counts its arguments itself (diff: two, or git's seven) */
} Command;
extern const Command commands[];
extern const int command_count;
const Command *command_find(const char *name);

struct Options {
    Arena arena;                /* what parsing allocates; freed with the options */
    const Command *command;     /* NULL: none given */
    Lang lang;
    const char *value[OPT_COUNT]; /* the value given last ("" for a flag), NULL when not given */
    const char **allowed;       /* every -A/--allow, in order */
    int nallowed;
    const char **import_dirs;   /* every --allow-import, in order */
    int nimport_dirs;
    const char **inputs;        /* the arguments after the command */
    int ninputs;
    const char *help_topic;     /* jxc help TOPIC */
    /* read from the values above */
    DiagFormat diag_format;
    int color;                  /* -1 auto (a terminal and no NO_COLOR), 0 never, 1 always */
    int max_errors;
    int max_warnings;
};

static inline bool opt_given(const Options *o, OptId id) { return o->value[id] != NULL; }
static inline const char *opt_value(const Options *o, OptId id, const char *otherwise) {
    return o->value[id] ? o->value[id] : otherwise;
}

/* args.c: parses argv into *o (options_free frees it). Returns -1 to go on and run the
 * command, or an exit status (after printing a usage error, help or the version). */
int parse_args(int argc, char **argv, Options *o);
void options_free(Options *o);

/* help.c */
int show_help(const Options *o, const char *topic);
/* help_forms.c: jxc help 表式 [NAME] [FILE.jx…]: the forms, or a form's reference. */
int help_forms(const Options *o, const char *const *args, int nargs);
void form_reference(FILE *out, Program *p, const Form *f);
/* Prints "jxc: ", the message (printf placeholders), and where to read about it; returns 2. */
int usage_error(const Command *about, UiText id, ...);

/* tree_out.c: the commands that make a .jx file (new, import). compile_with_forms splits the
 * arguments into .jx files (forms of the user's own, compiled with the stdlib into *c) and
 * between `need` and `most` other words (into words[]). Returns the compilation's status, or
 * -1 after a usage error (then *c is not initialised). write_tree prints a tree built in memory with the
 * formatter and writes it atomically (-o, else standard output). */
struct ParsedFile;
bool has_suffix(const char *s, const char *suffix);
int compile_with_forms(const Options *o, Compilation *c, const char **words, int need, int most, UiText usage);
int write_tree(const Options *o, Arena *a, const struct ParsedFile *pf);
/* The same after `head`, source text written as it is (the declarations a workbook carries). */
int write_tree_after(const Options *o, Arena *a, const char *head, const struct ParsedFile *pf);

/* What the commands share: the compilation's options and the diagnostics' style. */
CompileOptions compile_options(const Options *o);
DiagStyle diag_style(const Options *o);
/* Is colour wanted on this stream (a terminal, unless NO_COLOR or --color says otherwise)? */
bool want_color(const Options *o, int fd);

int cmd_check(const Options *o);
int cmd_build(const Options *o);
int cmd_fmt(const Options *o);
int cmd_diff(const Options *o);
int cmd_new(const Options *o);
int cmd_import(const Options *o);
int cmd_lsp(const Options *o);
int cmd_score(const Options *o);
int cmd_monitor(const Options *o);
int cmd_tokens(const Options *o);
int cmd_help(const Options *o);

#endif
