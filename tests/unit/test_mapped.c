/* Mapped source files (base/mapped.h, base/source.c): a mapped text reads as the file, with
 * its NUL padding; pages let go read back the same; a pinned mapping keeps what was written;
 * the sparse line index of a mapped text answers as the full index of a copy (lines, columns,
 * line texts, a byte-order mark skipped); and a file made shorter while it is mapped ends the
 * program with the message it was given and status 2, not a crash. */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "unit.h"
#include "base/mapped.h"
#include "base/source.h"

static int temp_file(const char *text, size_t len, char *path) {
    strcpy(path, "/tmp/jx-mapped-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    for (size_t at = 0; at < len;) {
        ssize_t w = write(fd, text + at, len - at);
        if (w <= 0) return -1;
        at += (size_t)w;
    }
    return fd;
}

/* Lines of many lengths (some empty, some long, some CJK), over several index blocks. */
static size_t make_text(char *text, size_t cap, size_t from) {
    unsigned r = 4242;
    size_t n = from;
    while (n + 8 < cap) {
        r = r * 1103515245u + 12345u;
        unsigned len = (r >> 16) % 9 == 0 ? 0 : (r >> 16) % 200;
        if ((r >> 16) % 31 == 0) len = 40000; /* a line longer than an index block */
        for (unsigned i = 0; i < len && n + 8 < cap; i++) {
            if (i % 5 == 4) {
                memcpy(text + n, "\xE9\xA1\xB9", 3); /* 项 */
                n += 3;
            } else {
                text[n++] = 'x';
            }
        }
        text[n++] = '\n';
    }
    return n;
}

static void same_lines(SourceFile *m, SourceFile *c) {
    int bad = 0;
    CHECK(m->len == c->len);
    for (uint32_t off = 0; off <= c->len + 3; off += 7) {
        LineCol a = source_linecol(m, off), b = source_linecol(c, off);
        bad += a.line != b.line || a.col != b.col;
    }
    uint32_t hint = 0;
    for (uint32_t off = 0; off <= c->len; off += 13) bad += source_line_of(m, off, &hint) != source_linecol(c, off).line;
    for (uint32_t line = 1; line <= c->nlines + 1; line++) {
        size_t la = 0, lb = 0;
        const char *a = source_line(m, line, &la), *b = source_line(c, line, &lb);
        bad += (a == NULL) != (b == NULL) || la != lb || (a && memcmp(a, b, la) != 0);
    }
    CHECK(m->nlines == c->nlines);
    CHECK(bad == 0);
}

int main(void) {
    static char text[300000];
    char path[64];

    /* Read as the file, then NUL bytes; pages let go and read again. */
    size_t n = make_text(text, sizeof text, 0);
    int fd = temp_file(text, n, path);
    CHECK(fd >= 0);
    char *m = mapped_open(fd, n, SOURCE_PADDING, "gone\n");
    CHECK(m != NULL);
    CHECK(mapped_is(m) && mapped_is(m + n) && !mapped_is(text));
    CHECK(memcmp(m, text, n) == 0);
    int zeros = 1;
    for (size_t i = 0; i < SOURCE_PADDING; i++) zeros &= m[n + i] == 0;
    CHECK(zeros);
    mapped_release(m, m + n);
    CHECK(memcmp(m, text, n) == 0);
    zeros = 1;
    for (size_t i = 0; i < SOURCE_PADDING; i++) zeros &= m[n + i] == 0;
    CHECK(zeros); /* the tail (the file's last part-page and the padding) is never let go */
    /* Written and pinned: what was written stays. */
    mapped_pin(m);
    m[5000] = '?';
    mapped_release(m, m + n);
    CHECK(m[5000] == '?');
    m[5000] = text[5000];
    close(fd);

    /* The sparse index of a mapped text against the full index of a copy. */
    Arena a;
    arena_init(&a);
    SourceSet set;
    sources_init(&set, &a);
    SourceFile *mf = sources_get(&set, sources_adopt(&set, "m.jx", m, n, 0));
    SourceFile *cf = sources_get(&set, sources_add(&set, "c.jx", text, n, 0));
    CHECK(mf->mapped && !cf->mapped);
    /* The index is built as far as each lookup needs: lookups in any order, from a fresh
     * mapping of the same file, answer as the copy. */
    fd = open(path, O_RDONLY);
    char *m2 = mapped_open(fd, n, SOURCE_PADDING, "gone\n");
    close(fd);
    SourceFile *mf2 = sources_get(&set, sources_adopt(&set, "m2.jx", m2, n, 0));
    unsigned r = 99;
    int bad = 0;
    for (int i = 0; i < 3000; i++) {
        r = r * 1103515245u + 12345u;
        uint32_t off = (r >> 4) % (uint32_t)(n + 1);
        LineCol x = source_linecol(mf2, off), y = source_linecol(cf, off);
        bad += x.line != y.line || x.col != y.col;
        size_t la, lb;
        const char *pa = source_line(mf2, y.line + i % 3, &la), *pb = source_line(cf, y.line + i % 3, &lb);
        bad += la != lb || memcmp(pa, pb, la) != 0;
    }
    CHECK(bad == 0);
    same_lines(mf, cf);

    /* With a byte-order mark: skipped by pointer in the mapping, moved out of the copy. */
    memcpy(text, "\xEF\xBB\xBF", 3);
    size_t nb = make_text(text, sizeof text, 3);
    unlink(path);
    fd = temp_file(text, nb, path);
    char *mb = mapped_open(fd, nb, SOURCE_PADDING, "gone\n");
    CHECK(mb != NULL);
    close(fd);
    SourceFile *mbf = sources_get(&set, sources_adopt(&set, "mb.jx", mb, nb, 0));
    SourceFile *cbf = sources_get(&set, sources_add(&set, "cb.jx", text, nb, 0));
    CHECK(mbf->text == mb + 3 && mbf->len == nb - 3);
    same_lines(mbf, cbf);
    sources_free(&set); /* unmaps both */
    CHECK(!mapped_is(m) && !mapped_is(mb));
    arena_free(&a);

    /* Made shorter while mapped: the message, status 2. */
    n = make_text(text, sizeof text, 0);
    unlink(path);
    fd = temp_file(text, n, path);
    int err[2];
    CHECK(pipe(err) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(err[1], STDERR_FILENO);
        char *t = mapped_open(fd, n, SOURCE_PADDING, "jxc: the file changed\n");
        if (!t || ftruncate(fd, 0) != 0) _exit(3);
        volatile char c = t[n / 2]; /* a page no longer in the file */
        (void)c;
        _exit(0);
    }
    close(err[1]);
    char got[100] = {0};
    ssize_t got_n = read(err[0], got, sizeof got - 1);
    (void)got_n;
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 2);
    CHECK_STR(got, "jxc: the file changed\n");
    close(fd);
    unlink(path);
    TEST_DONE("mapped");
}
