/* The inputs of a command: the files and directories on its command line, expanded into the
 * .jx files they name (a directory: every .jx file below it, in byte order of the paths), and
 * read. Every command that reads jx goes through here, so they all see the same files. */
#include "front/inputs.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "diag/ui.h"
#include "base/mapped.h"
#include "base/strmap.h"
#include "front/parse.h"

/* Reads everything from fd into a buffer that grows by doubling, stopping as soon as more
 * than MAX_FILE_BYTES came (EFBIG): an endless device (/dev/zero) or pipe costs at most the
 * limit in memory and time, never more. `cap` is the first size to try. */
static char *read_fd(int fd, size_t cap, size_t *len) {
    size_t n = 0;
    char *buf = malloc(cap);
    if (!buf) { errno = ENOMEM; return NULL; }
    for (;;) {
        if (n == cap) {
            if (cap >= (size_t)MAX_FILE_BYTES + 1) { free(buf); errno = EFBIG; return NULL; }
            cap *= 2;
            if (cap > (size_t)MAX_FILE_BYTES + 1) cap = (size_t)MAX_FILE_BYTES + 1;
            char *nb = realloc(buf, cap);
            if (!nb) { free(buf); errno = ENOMEM; return NULL; }
            buf = nb;
        }
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) { int e = errno; free(buf); errno = e; return NULL; }
        if (got == 0) break;
        n += (size_t)got;
    }
    if (n > (size_t)MAX_FILE_BYTES) { free(buf); errno = EFBIG; return NULL; }
    /* Room for the NUL bytes the lexer reads ahead into, so the sources can keep this very
     * buffer (sources_adopt) instead of a copy. */
    if (cap < n + SOURCE_PADDING) {
        char *nb = realloc(buf, n + SOURCE_PADDING);
        if (!nb) { free(buf); errno = ENOMEM; return NULL; }
        buf = nb;
    }
    memset(buf + n, 0, SOURCE_PADDING);
    *len = n;
    return buf;
}

/* read_file, or for a regular file when `map` and mapping works, a mapping of it (and then the
 * larger limit of MAX_STREAMED_BYTES: the compilation decides whether it may keep it). */
static char *read_or_map(const char *path, size_t *len, bool map) {
    if (strcmp(path, "-") == 0) return read_fd(STDIN_FILENO, 1 << 16, len);
    /* Opened without waiting: opening a FIFO for reading would otherwise block until some
     * program opens it for writing, which may be never. What it is comes from the open file
     * itself (fstat), so nothing can be swapped in between a look and the open. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    char *buf = NULL;
    if (fstat(fd, &st) != 0) goto done;
    if (S_ISDIR(st.st_mode)) { errno = EISDIR; goto done; }
    /* A regular file is read into a buffer of its size (one read, no copies), and one over
     * the limit is refused before anything is read. */
    size_t cap = 1 << 16;
    if (S_ISREG(st.st_mode) && map && st.st_size > 0) {
        if ((uint64_t)st.st_size > (uint64_t)MAX_STREAMED_BYTES) { errno = EFBIG; goto done; }
        /* What is said should the file shrink while it is read (written from a signal
         * handler, so made now). */
        char msg[PATH_MAX + 512];
        int at = snprintf(msg, sizeof msg, "jxc: ");
        at += snprintf(msg + at, sizeof msg - (size_t)at, ui(UI_shrank_while_read), path);
        if (at > (int)sizeof msg - 2) at = (int)sizeof msg - 2;
        memcpy(msg + at, "\n", 2);
        buf = mapped_open(fd, (size_t)st.st_size, SOURCE_PADDING, msg);
        if (buf) {
            *len = (size_t)st.st_size;
            goto done;
        }
        /* No mapping (too many files mapped, say): read it, within the usual limit. */
    }
    if (S_ISREG(st.st_mode)) {
        if ((uint64_t)st.st_size > (uint64_t)MAX_FILE_BYTES) { errno = EFBIG; goto done; }
        cap = (size_t)st.st_size + 1 + SOURCE_PADDING;
    }
    /* From here reads wait for data as usual (a pipe being written, a terminal). */
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0) goto done;
    buf = read_fd(fd, cap, len);
    /* A FIFO that no program had open for writing reads as empty at once: that is not an empty
     * file but nothing to read, and it is said so. */
    if (buf && *len == 0 && S_ISFIFO(st.st_mode)) {
        free(buf);
        buf = NULL;
        errno = ENODATA;
    }
done:;
    int e = errno;
    close(fd);
    errno = e;
    return buf;
}

char *read_file(const char *path, size_t *len) { return read_or_map(path, len, false); }
char *read_file_mapped(const char *path, size_t *len) { return read_or_map(path, len, true); }

Diag *input_too_large(Diags *d, const char *shown, const char *size, size_t limit) {
    char max[32];
    snprintf(max, sizeof max, "%zu", limit);
    return diag_nowhere(d, E0902, shown, size, max, NULL);
}

void input_text_free(char *text) {
    if (mapped_is(text)) mapped_close(text);
    else free(text);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every .jx file below dir, in byte order of their paths (so the order is the same on every
 * machine). Regular files only: any other *.jx (a FIFO, a device, a socket) is skipped with a
 * message, and a *.jx link to nothing is reported as a file that cannot be read (status 2). A directory reached twice (through a symbolic link: `up -> ..`) is listed once,
 * or two such links would make the walk exponential. */
static int walk_dir(Arena *a, const char *dir, PtrVec *out, StrMap *seen, bool report) {
    struct stat st;
    if (stat(dir, &st) == 0) {
        const char *id = arena_printf(a, "%llu:%llu", (unsigned long long)st.st_dev, (unsigned long long)st.st_ino);
        if (strmap_get(seen, id)) return 0;
        strmap_put(seen, id, (void *)dir);
    }
    DIR *d = opendir(dir);
    if (!d) {
        if (report) ui_report(UI_cannot_read_dir, dir, syserr_text(errno));
        return 2;
    }
    PtrVec names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue; /* ., .., and hidden files */
        ptrvec_push(a, &names, arena_strdup(a, e->d_name));
    }
    closedir(d);
    if (names.len) qsort(names.items, (size_t)names.len, sizeof(void *), cmp_str);
    size_t dl = strlen(dir);
    bool slash = dl > 0 && dir[dl - 1] == '/';
    int status = 0;
    for (int i = 0; i < names.len; i++) {
        /* "." lists its files as "a.jx", not "./a.jx". */
        const char *full = strcmp(dir, ".") == 0 ? (const char *)names.items[i]
                           : arena_printf(a, "%s%s%s", dir, slash ? "" : "/", (const char *)names.items[i]);
        size_t n = strlen(full);
        bool jx = n > 3 && strcmp(full + n - 3, ".jx") == 0;
        if (stat(full, &st) != 0) {
            /* A link to nothing (or a loop of links) named *.jx is a file of the project
             * that cannot be read: said, not passed over. */
            if (jx && report) {
                char target[PATH_MAX];
                ssize_t tl = errno == ENOENT ? readlink(full, target, sizeof target - 1) : -1;
                if (tl >= 0) {
                    target[tl] = 0;
                    ui_report(UI_dangling_link, full, target);
                } else {
                    ui_report(UI_cannot_read, full, syserr_text(errno));
                }
            }
            if (jx) status = 2;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            int r = walk_dir(a, full, out, seen, report);
            if (r > status) status = r;
        } else if (jx && S_ISREG(st.st_mode)) {
            ptrvec_push(a, out, (void *)full);
        } else if (jx && report) {
            /* A FIFO, a device or a socket named *.jx is never opened (reading a FIFO would
             * wait for a writer forever): it is skipped, and said so. */
            UiText kind = S_ISFIFO(st.st_mode) ? UI_kind_fifo : S_ISCHR(st.st_mode) ? UI_kind_chardev
                        : S_ISBLK(st.st_mode) ? UI_kind_blockdev : S_ISSOCK(st.st_mode) ? UI_kind_socket : UI_kind_other;
            ui_report(UI_skipped_not_regular, full, ui(kind));
        }
    }
    return status;
}

int list_jx_files(Arena *a, const char *dir, PtrVec *out, bool report) {
    StrMap seen;
    strmap_init(&seen, a);
    return walk_dir(a, dir, out, &seen, report);
}

int inputs_expand(Arena *a, const char *const *inputs, int ninputs, PtrVec *out, bool empty_dir_is_error) {
    int status = 0;
    for (int i = 0; i < ninputs; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            int before = out->len, r = list_jx_files(a, inputs[i], out, true);
            if (r > status) status = r;
            if (empty_dir_is_error && r == 0 && out->len == before && status == 0) {
                ui_report(UI_no_jx_in_dir, inputs[i]);
                status = 2;
            }
        } else {
            ptrvec_push(a, out, (void *)inputs[i]);
        }
    }
    return status;
}

const char *input_key(Arena *a, const char *path) {
    char real[PATH_MAX];
    if (strcmp(path, "-") != 0 && realpath(path, real)) return arena_strdup(a, real);
    return path;
}

int inputs_read(Arena *a, Diags *d, const char *const *inputs, int ninputs, bool map, InputFile **out, int *count) {
    PtrVec paths = {0};
    int status = inputs_expand(a, inputs, ninputs, &paths, true);
    InputFile *files = arena_alloc(a, sizeof *files * (size_t)(paths.len + 1));
    StrMap seen;
    strmap_init(&seen, a);
    int n = 0;
    for (int i = 0; i < paths.len; i++) {
        const char *path = paths.items[i];
        /* The same file by two paths is compiled once. */
        const char *key = input_key(a, path);
        if (strmap_get(&seen, key)) continue;
        strmap_put(&seen, key, (void *)path);
        InputFile *f = &files[n++];
        f->path = path;
        f->shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
        f->key = key;
        f->text = read_or_map(path, &f->len, map);
        if (f->text) continue;
        f->failed = true;
        if (errno == EFBIG) {
            /* Over the limit of MAX_FILE_BYTES: an error of the input, not of the system. */
            char size[32];
            struct stat st;
            bool regular = strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode);
            size_t limit = map && regular ? MAX_STREAMED_BYTES : (size_t)MAX_FILE_BYTES;
            if (regular) snprintf(size, sizeof size, "%lld", (long long)st.st_size);
            else snprintf(size, sizeof size, "> %zu", limit);
            input_too_large(d, f->shown, size, limit);
        } else {
            ui_report(UI_cannot_read, path, syserr_text(errno));
            status = 2;
        }
    }
    *out = files;
    *count = n;
    return status;
}
