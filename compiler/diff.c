/* Placeholder until the semantic diff lands. */
#include <stdio.h>
#include "commands.h"

int cmd_diff(const Options *o) {
    (void)o;
    fputs("jxc: diff is not available in this build yet\n", stderr);
    return 2;
}
