/* What every workbook jx writes shares (emit_xlsx.c, eval_xlsx.c): libxlsxwriter writes to a
 * named file, so the workbook is made in a temporary file and then copied to the output, which
 * the caller writes atomically; the temporary file goes in every case. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "emit/xlsx_file.h"

lxw_workbook *xlsx_begin(Program *p, char **tmp) {
    const char *dir = getenv("TMPDIR");
    *tmp = arena_printf(p->arena, "%s/jxc-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(*tmp);
    if (fd < 0) {
        ui_report(UI_cannot_write, *tmp, syserr_text(errno));
        return NULL;
    }
    close(fd);
    /* libxlsxwriter's own temporary files (one per part) go where the workbook's does:
     * without tmpdir it calls tmpfile(), which ignores TMPDIR. */
    lxw_workbook_options opts = {.constant_memory = LXW_FALSE,
                                 .tmpdir = dir && *dir ? (char *)dir : NULL,
                                 .use_zip64 = LXW_FALSE};
    lxw_workbook *wb = workbook_new_opt(*tmp, &opts);
    if (!wb) unlink(*tmp);
    return wb;
}

/* Copies the finished workbook to `out`; the errno of a failed write is kept for the caller's
 * message. */
static int copy_file(const char *path, FILE *out) {
    FILE *in = fopen(path, "rb");
    if (!in) return 2;
    char buf[1 << 16];
    size_t n;
    int status = 0;
    while (status == 0 && (n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n) status = 2;
    if (ferror(in)) status = 2;
    int saved = errno;
    fclose(in);
    errno = saved;
    return status;
}

int xlsx_end(lxw_workbook *wb, const char *tmp, bool failed, FILE *out) {
    lxw_error e = workbook_close(wb);
    int status = failed || e != LXW_NO_ERROR ? 2 : copy_file(tmp, out);
    if (e != LXW_NO_ERROR) ui_report(UI_xlsx_failed, lxw_strerror(e));
    int saved = errno;
    unlink(tmp);
    errno = saved;
    return status;
}
