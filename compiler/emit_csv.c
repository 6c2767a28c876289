/* Placeholder until the csv emitter lands (it fails clearly rather than writing a wrong file). */
#include <stdio.h>
#include "emit.h"

int emit_csv(Program *p, const Options *o, FILE *out) {
    (void)p; (void)o; (void)out;
    fputs("jxc: -f csv is not available in this build yet\n", stderr);
    return 2;
}
