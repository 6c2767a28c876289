/* The commands of jxc: one row a command (git.c's table). Its texts are in diag/ui.def; its
 * options are named here and described once in options.def. */
#include <string.h>
#include "cli/cli.h"

const OptionDef option_defs[OPT_COUNT] = {
#define OPT(id, name, letter, takes_value, values, value_name, help) {OPT_##id, name, letter, takes_value, values, value_name, help},
#include "cli/options.def"
#undef OPT
};

const Command commands[] = {
    {"check", cmd_check, UI_cmd_check_args, UI_cmd_check_summary, UI_cmd_check_help, OPTS_CHECKING, 1, -1, false},
    {"build", cmd_build, UI_cmd_build_args, UI_cmd_build_summary, UI_cmd_build_help,
     OPTS_CHECKING | OPTS(FORMAT) | OPTS(OUTPUT) | OPTS(TABLE) | OPTS(NO_BOM) | OPTS(ENCODING) | OPTS(SPLIT), 1, -1, false},
    {"fmt", cmd_fmt, UI_cmd_fmt_args, UI_cmd_fmt_summary, UI_cmd_fmt_help,
     OPTS(WRITE) | OPTS(CHECK) | OPTS(DIFF) | OPTS(DIAGNOSTICS) | OPTS(MAX_ERRORS) | OPTS(MAX_WARNINGS), 1, -1, false},
    {"diff", cmd_diff, UI_cmd_diff_args, UI_cmd_diff_summary, UI_cmd_diff_help,
     OPTS(DIFF_FORMAT) | OPTS(DIAGNOSTICS) | OPTS(MAX_ERRORS) | OPTS(MAX_WARNINGS) | OPTS_IMPORTS, 0, -1, true},
    {"score", cmd_score, UI_cmd_score_args, UI_cmd_score_summary, UI_cmd_score_help,
     OPTS_CHECKING | OPTS(SCORE_FORMAT) | OPTS(OUTPUT), 1, -1, false},
    {"monitor", cmd_monitor, UI_cmd_monitor_args, UI_cmd_monitor_summary, UI_cmd_monitor_help,
     OPTS_CHECKING | OPTS(SCORE_FORMAT) | OPTS(OUTPUT) | OPTS(AS_OF), 1, -1, false},
    {"new", cmd_new, UI_cmd_new_args, UI_cmd_new_summary, UI_cmd_new_help, OPTS(OUTPUT) | OPTS(DIAGNOSTICS) | OPTS_IMPORTS, 1, -1, false},
    {"import", cmd_import, UI_cmd_import_args, UI_cmd_import_summary, UI_cmd_import_help,
     OPTS(OUTPUT) | OPTS(FORM) | OPTS(DIAGNOSTICS) | OPTS(MAX_ERRORS) | OPTS_IMPORTS, 1, -1, false},
    {"lsp", cmd_lsp, UI_cmd_lsp_args, UI_cmd_lsp_summary, UI_cmd_lsp_help, 0, 0, 0, false},
    {"tokens", cmd_tokens, UI_cmd_tokens_args, UI_cmd_tokens_summary, UI_cmd_tokens_help, OPTS(DIAGNOSTICS) | OPTS(TOKEN_COUNT), 1, -1, false},
    {"help", cmd_help, UI_cmd_help_args, UI_cmd_help_summary, UI_cmd_help_help, 0, 0, -1, false},
};
const int command_count = (int)(sizeof commands / sizeof commands[0]);

const Command *command_find(const char *name) {
    for (int i = 0; i < command_count; i++)
        if (strcmp(commands[i].name, name) == 0) return &commands[i];
    return NULL;
}
