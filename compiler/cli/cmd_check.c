/* `jxc check [options] FILE|DIR...`: the diagnostics only, one file at a time when it can
 * (driver/compile.c). */
#include "cli/cli.h"

int cmd_check(const Options *o) {
    CompileOptions co = compile_options(o);
    Compilation c;
    compilation_init(&c, &co);
    int status = compilation_check(&c, o->inputs, o->ninputs);
    DiagStyle st = diag_style(o);
    int written = compilation_report(&c, &st);
    if (written > status) status = written;
    compilation_free(&c);
    return status;
}
