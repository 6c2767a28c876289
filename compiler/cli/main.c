/* jxc: parses the command line by its tables (args.c, commands.c, options.def), then runs the
 * command. Exit status: 0 no errors, 1 errors in the input, 2 usage or I/O trouble. */
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"

int main(int argc, char **argv) {
    /* Standard error is unbuffered by default: a diagnostic would cost a system call for
     * each piece of it. Fully buffered, and flushed after the diagnostics (driver/compile.c)
     * and at exit, it costs one call for every 64 KiB. */
    setvbuf(stderr, NULL, _IOFBF, 1 << 16);
    Options o;
    int status = parse_args(argc, argv, &o);
    if (status < 0) status = o.command->run(&o);
    options_free(&o);
    return status;
}
