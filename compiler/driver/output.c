/* Writing outputs: atomically (a temporary file beside the target, then a rename), so that a
 * failed build never leaves a half-written or clobbered file behind. */
#include "driver/driver.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "diag/ui.h"

int write_atomically(const char *path, WriteFn write, void *arg) {
    if (!path || strcmp(path, "-") == 0) {
        /* A failure to write standard output is reported once, by main (cli/main.c). */
        int r = write(arg, stdout);
        if (flush_stdout() != 0) return 2;
        return r;
    }
    /* A device, a pipe or a socket (-o /dev/null, -o /dev/stdout, a FIFO) is written in
     * place: renaming a new file over it would replace the device itself (as root,
     * `-o /dev/null` turned /dev/null into a regular file that then filled the disk). */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        FILE *f = fopen(path, "wb");
        if (!f) {
            ui_report(UI_cannot_write, path, syserr_text(errno));
            return 2;
        }
        int r = write(arg, f);
        if (fclose(f) != 0 && r == 0) {
            ui_report(UI_cannot_write, path, syserr_text(errno));
            r = 2;
        }
        return r;
    }
    size_t n = strlen(path);
    char *tmp = malloc(n + 16);
    if (!tmp) return 2;
    snprintf(tmp, n + 16, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        ui_report(UI_cannot_write, path, syserr_text(errno));
        free(tmp);
        return 2;
    }
    FILE *f = fdopen(fd, "wb");
    if (!f) {
        close(fd);
        unlink(tmp);
        free(tmp);
        return 2;
    }
    int r = write(arg, f);
    bool ok = r == 0 && fflush(f) == 0 && fsync(fd) == 0;
    int err = errno;
    if (fclose(f) != 0) ok = false;
    /* Output files are ordinary documents: readable by others, as a plain create would be. */
    if (ok) {
        mode_t mask = umask(0);
        umask(mask);
        chmod(tmp, 0666 & ~mask);
    }
    if (!ok || rename(tmp, path) != 0) {
        if (ok) err = errno;
        ui_report(UI_cannot_write, path, syserr_text(err));
        unlink(tmp);
        free(tmp);
        return r ? r : 2;
    }
    free(tmp);
    return 0;
}

static int sink_write_file(Sink *s, const char *path, WriteFn write, void *arg) {
    (void)s;
    return write_atomically(path, write, arg);
}

static int sink_make_dir(Sink *s, const char *dir) {
    (void)s;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        ui_report(UI_cannot_mkdir, dir, syserr_text(errno));
        return 2;
    }
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        ui_report(UI_not_a_dir, dir);
        return 2;
    }
    return 0;
}

Sink sink_files(FILE *out) { return (Sink){out, sink_write_file, sink_make_dir}; }
