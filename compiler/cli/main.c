/* jxc: parses the command line by its tables (args.c, commands.c, options.def), then runs the
 * command. Exit status: 0 no errors, 1 errors in the input, 2 usage or I/O trouble. */
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"

int main(int argc, char **argv) {
    /* Standard error is unbuffered by default: a diagnostic would cost a system call for
     * each piece of it. Fully buffered, and flushed after the diagnostics (driver/compile.c)
     * and at exit, it costs one call for every 64 KiB. */
    setvbuf(stderr, NULL, _IOFBF, 1 << 16);
    /* Over a file size limit (ulimit -f), a write fails with EFBIG and is reported like any
     * other write error (status 2), instead of killing jxc with a temporary file left behind. */
    signal(SIGXFSZ, SIG_IGN);
    Options o;
    int status = parse_args(argc, argv, &o);
    if (status < 0) status = o.command->run(&o);
    options_free(&o);
    /* Output that could not be written (a full disk, stdout or stderr on /dev/full, a closed
     * terminal) is trouble, whatever the command: status 2, never a silent 0. It is said here,
     * once, for every command (on standard error, if that still works). Standard error is
     * flushed first, as exit would (so that 2>&1 keeps its order). */
    bool err_failed = fflush(stderr) != 0 || ferror(stderr);
    if (flush_stdout() != 0) {
        ui_report(UI_cannot_write_stdout, syserr_text(stdout_errno()));
        err_failed |= fflush(stderr) != 0;
        status = 2;
    }
    if (err_failed) status = 2;
    return status;
}
