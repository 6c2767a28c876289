/* Placeholder until the formatter lands. */
#include <stdio.h>
#include "commands.h"

int cmd_fmt(const Options *o) {
    (void)o;
    fputs("jxc: fmt is not available in this build yet\n", stderr);
    return 2;
}
