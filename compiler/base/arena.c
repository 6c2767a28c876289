#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, MADV_HUGEPAGE */
#include "base/arena.h"
#include <stdbool.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Under AddressSanitizer (make check-asan, the fuzzing harness) the arena tells ASan what it
 * hands out: a block's free space is poisoned, each allocation is made addressable to its
 * exact size and followed by a poisoned gap of 16 bytes, so that writing past the end of an
 * array allocated here is reported like an overflow of malloc'd memory. Without it such a
 * write lands silently in the next allocation of the same block. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
enum { REDZONE = 16 };
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
enum { REDZONE = 0 };
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    bool mapped;    /* from mmap (a standard block), else from calloc (a big request) */
    _Alignas(16) unsigned char data[];
};

/* Standard blocks are 2 MiB, mapped on a 2 MiB boundary and marked for transparent huge pages:
 * a compilation touches tens of megabytes of fresh memory, and one page fault per 2 MiB
 * instead of one per 4 KiB saves a fifth of its time. The memory comes zeroed from the
 * kernel, so nothing is cleared twice. */
enum { ARENA_BLOCK = 2 * 1024 * 1024 };

static ArenaBlock *map_block(void) {
    size_t span = 2 * (size_t)ARENA_BLOCK;
    unsigned char *raw = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return NULL;
    /* Keep the aligned 2 MiB in the middle; give the rest back. */
    uintptr_t start = ((uintptr_t)raw + ARENA_BLOCK - 1) & ~(uintptr_t)(ARENA_BLOCK - 1);
    unsigned char *aligned = (unsigned char *)start;
    if (aligned > raw) munmap(raw, (size_t)(aligned - raw));
    size_t tail = (size_t)(raw + span - (aligned + ARENA_BLOCK));
    if (tail) munmap(aligned + ARENA_BLOCK, tail);
#ifdef MADV_HUGEPAGE
    madvise(aligned, ARENA_BLOCK, MADV_HUGEPAGE);
#endif
    ArenaBlock *b = (ArenaBlock *)aligned;
    b->mapped = true;
    b->size = ARENA_BLOCK - sizeof *b;
    POISON(b->data, b->size);
    return b;
}

void arena_init(Arena *a) { a->head = NULL; a->spare = NULL; a->total = 0; }

static void free_blocks(ArenaBlock *b) {
    while (b) {
        ArenaBlock *next = b->next;
        UNPOISON(b->data, b->size);
        if (b->mapped) munmap(b, ARENA_BLOCK);
        else free(b);
        b = next;
    }
}

void arena_free(Arena *a) {
    free_blocks(a->head);
    free_blocks(a->spare);
    a->head = a->spare = NULL;
    a->total = 0;
}

void arena_reset(Arena *a) {
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        if (b->mapped) {
            /* arena_alloc hands out zeroed memory: clear what was used (far cheaper than the
             * kernel's clearing of fresh pages). */
            UNPOISON(b->data, b->used);
            memset(b->data, 0, b->used);
            POISON(b->data, b->used);
            b->used = 0;
            b->next = a->spare;
            a->spare = b;
        } else {
            UNPOISON(b->data, b->size);
            free(b);
        }
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}

void out_of_memory(void) {
    fputs("jxc: out of memory\n", stderr);
    exit(2);
}

void *arena_alloc(Arena *a, size_t want) {
    size_t size = ((want + 15) & ~(size_t)15) + REDZONE;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        /* Big requests get a block of their own, placed behind the current one so the
         * current block's free space is not wasted. */
        bool big = size > ARENA_BLOCK / 4;
        ArenaBlock *nb;
        if (big) {
            nb = calloc(1, sizeof *nb + size);
            if (nb) POISON(nb->data, size);
        }
        else if (a->spare) nb = a->spare, a->spare = nb->next;
        else nb = map_block();
        if (!nb) out_of_memory();
        nb->used = 0;
        if (big) nb->size = size;
        if (b && big) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    UNPOISON(p, want);
    b->used += size;
    a->total += size;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void ptrvec_push(Arena *a, PtrVec *v, void *item) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        void **items = arena_alloc(a, sizeof(void *) * (size_t)cap);
        if (v->len) memcpy(items, v->items, sizeof(void *) * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
}
