#include "driver/driver.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check/check.h"
#include "front/loader.h"
#include "front/pragma.h"
#include "diag/syserr.h"

void compilation_init(Compilation *c, const Options *o) {
    memset(c, 0, sizeof *c);
    arena_init(&c->arena);
    sources_init(&c->sources, &c->arena);
    diags_init(&c->diags, &c->arena, &c->sources);
    if (o) {
        c->diags.strict = o->strict;
        c->diags.allowed = o->allowed;
        c->diags.nallowed = o->nallowed;
        if (o->max_errors > 0) c->diags.max_errors = o->max_errors;
    }
    Program *p = &c->program;
    p->arena = &c->arena;
    p->keep = &c->arena;
    p->diags = &c->diags;
    p->sources = &c->sources;
    strmap_init(&p->units, &c->arena);
    strmap_init(&p->levels, &c->arena);
    strmap_init(&p->forms, &c->arena);
    strmap_init(&p->groups, &c->arena);
}

int compilation_run(Compilation *c, const char *const *inputs, int ninputs) {
    int status = load_program(&c->program, inputs, ninputs);
    if (status) return status;
    /* After a syntax error the tree is incomplete; checking it would only add noise. */
    for (int i = 0; i < c->program.files.len; i++)
        if (((ParsedFile *)c->program.files.items[i])->had_errors) return 1;
    check_program(&c->program);
    apply_pragmas(&c->program);
    return diags_failed(&c->diags) ? 1 : 0;
}

void compilation_report(Compilation *c, const Options *o) {
    DiagStyle st = {o->diag_format, o->lang, false, true};
    if (o->color == 1) st.color = true;
    else if (o->color < 0) st.color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
    diags_write(&c->diags, stderr, &st);
    fflush(stderr);
}

void compilation_free(Compilation *c) {
    sources_free(&c->sources);
    arena_free(&c->arena);
}

const char *output_is_input(const Compilation *c, const char *output) {
    struct stat out, in;
    if (!output || strcmp(output, "-") == 0 || stat(output, &out) != 0 || !S_ISREG(out.st_mode)) return NULL;
    for (uint32_t i = 0; i < c->sources.nfiles; i++) {
        const SourceFile *f = c->sources.files[i];
        if (f->is_stdlib || strcmp(f->path, "<stdin>") == 0) continue;
        if (stat(f->path, &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) return f->path;
    }
    return NULL;
}

int write_atomically(const char *path, WriteFn write, void *arg) {
    if (!path || strcmp(path, "-") == 0) {
        int r = write(arg, stdout);
        if (fflush(stdout) != 0) {
            syserr_report("无法写入标准输出：%s", "cannot write standard output: %s", syserr_text(errno));
            return 2;
        }
        return r;
    }
    /* A device, a pipe or a socket (-o /dev/null, -o /dev/stdout, a FIFO) is written in
     * place: renaming a new file over it would replace the device itself (as root,
     * `-o /dev/null` turned /dev/null into a regular file that then filled the disk). */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        FILE *f = fopen(path, "wb");
        if (!f) {
            syserr_report("无法写入 '%s'：%s", "cannot write '%s': %s", path, syserr_text(errno));
            return 2;
        }
        int r = write(arg, f);
        if (fclose(f) != 0 && r == 0) {
            syserr_report("无法写入 '%s'：%s", "cannot write '%s': %s", path, syserr_text(errno));
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
        syserr_report("无法写入 '%s'：%s", "cannot write '%s': %s", path, syserr_text(errno));
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
        syserr_report("无法写入 '%s'：%s", "cannot write '%s': %s", path, syserr_text(err));
        unlink(tmp);
        free(tmp);
        return r ? r : 2;
    }
    free(tmp);
    return 0;
}
