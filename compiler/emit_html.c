/* Placeholder until the html emitter lands (it fails clearly rather than writing a wrong file). */
#include <stdio.h>
#include "emit.h"

int emit_html(Program *p, const Options *o, FILE *out) {
    (void)p; (void)o; (void)out;
    fputs("jxc: -f html is not available in this build yet\n", stderr);
    return 2;
}
