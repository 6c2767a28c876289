/* `jxc lsp`: the language server (lsp/), over standard input and output. */
#include <stdlib.h>
#include "cli/cli.h"
#include "lsp/lsp.h"

int cmd_lsp(const Options *o) {
    if (o->ninputs) return usage_error(o->command, UI_lsp_no_arguments);
    const char *env = getenv("JXC_LANG");
    LspOptions lo = {.lang = o->lang, .lang_given = opt_given(o, OPT_LANG) || (env && *env)};
    return lsp_serve(stdin, stdout, &lo);
}
