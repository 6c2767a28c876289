#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, madvise */
#include "base/mapped.h"
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "base/arena.h"

typedef struct Mapping {
    char *base;
    size_t size;        /* the whole region: the file's pages, then the anonymous tail */
    size_t whole;       /* the bytes mapped from the file: whole pages, the only ones released */
    bool pinned;
    char *bus_message;
} Mapping;

static Mapping *maps;
static size_t nmaps, capmaps, last_hit;
static size_t page_size;

static Mapping *find(const void *p) {
    const char *c = p;
    if (last_hit < nmaps && maps[last_hit].base && c >= maps[last_hit].base && c < maps[last_hit].base + maps[last_hit].size)
        return &maps[last_hit];
    for (size_t i = 0; i < nmaps; i++)
        if (maps[i].base && c >= maps[i].base && c < maps[i].base + maps[i].size) {
            last_hit = i;
            return &maps[i];
        }
    return NULL;
}

/* A page of a mapped file that is no longer there (the file was made shorter while it was
 * read). Only write and _exit here; any other fault gets the default action. */
static void on_bus(int sig, siginfo_t *si, void *uctx) {
    (void)uctx;
    const char *at = si->si_addr;
    for (size_t i = 0; i < nmaps; i++) {
        if (!maps[i].base || at < maps[i].base || at >= maps[i].base + maps[i].size) continue;
        const char *m = maps[i].bus_message;
        size_t n = strlen(m);
        while (n > 0) {
            ssize_t w = write(STDERR_FILENO, m, n);
            if (w <= 0) break;
            m += w;
            n -= (size_t)w;
        }
        _exit(2);
    }
    signal(sig, SIG_DFL); /* returning faults again, and ends the program as it would have */
}

static void install_handler(void) {
    static bool installed;
    if (installed) return;
    installed = true;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_bus;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGBUS, &sa, NULL);
}

char *mapped_open(int fd, size_t len, size_t padding, const char *bus_message) {
    if (!page_size) page_size = (size_t)sysconf(_SC_PAGESIZE);
    size_t whole = len / page_size * page_size;
    size_t size = (len + padding + page_size - 1) / page_size * page_size;
    /* The region is anonymous (zeroed) first; the file's whole pages go over its start. The
     * last partial page is read, not mapped, so bytes the file gains while it is read never
     * show after its end, where the lexer expects its NUL bytes. */
    char *base = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) return NULL;
    if (whole && mmap(base, whole, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
        int e = errno;
        munmap(base, size);
        errno = e;
        return NULL;
    }
    for (size_t got = whole; got < len;) {
        ssize_t r = pread(fd, base + got, len - got, (off_t)got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            /* Shorter than it said a moment ago: changed while being read. */
            int e = r < 0 ? errno : EIO;
            munmap(base, size);
            errno = e;
            return NULL;
        }
        got += (size_t)r;
    }
    if (nmaps == capmaps) {
        capmaps = capmaps ? capmaps * 2 : 16;
        Mapping *nm = realloc(maps, sizeof *nm * capmaps);
        if (!nm) out_of_memory();
        maps = nm;
    }
    char *msg = strdup(bus_message ? bus_message : "jxc: a mapped file changed while it was read\n");
    if (!msg) out_of_memory();
    maps[nmaps++] = (Mapping){base, size, whole, false, msg};
    install_handler();
    return base;
}

bool mapped_is(const void *p) { return p && find(p) != NULL; }

void mapped_release(const void *from, const void *to) {
    Mapping *m = from ? find(from) : NULL;
    if (!m || m->pinned) return;
    uintptr_t lo = (uintptr_t)from / page_size * page_size, hi = (uintptr_t)to / page_size * page_size;
    uintptr_t top = (uintptr_t)m->base + m->whole; /* never the anonymous tail: it would be zeroed */
    if (lo < (uintptr_t)m->base) lo = (uintptr_t)m->base;
    if (hi > top) hi = top;
    if (hi > lo) madvise((void *)lo, hi - lo, MADV_DONTNEED);
}

void mapped_pin(const void *p) {
    Mapping *m = find(p);
    if (m) m->pinned = true;
}

void mapped_close(const void *text) {
    Mapping *m = find(text);
    if (!m) return;
    munmap(m->base, m->size);
    free(m->bus_message);
    m->base = NULL;
}
