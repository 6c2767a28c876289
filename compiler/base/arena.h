/* One arena per compilation: every syntax tree node, string and checked value lives here
 * and is freed at once when the compilation ends. */
#ifndef JX_ARENA_H
#define JX_ARENA_H
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
    ArenaBlock *spare; /* blocks kept by arena_reset, cleared, for the next allocations */
    size_t total; /* bytes handed out, for the limits and the benchmark */
} Arena;

/* Says "jxc: out of memory" and exits with status 2: what every failed allocation does, so
 * that input too big for the machine ends with a clear message, not a crash. */
_Noreturn void out_of_memory(void);

void arena_init(Arena *a);
void arena_free(Arena *a);
/* Frees everything allocated so far but keeps the standard blocks, cleared, for what comes
 * next: memory used again costs no page faults (jxc check reads one file at a time). */
void arena_reset(Arena *a);
void *arena_alloc(Arena *a, size_t size);          /* zeroed, aligned to 16 */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A growable array of pointers, allocated in an arena (old storage is simply abandoned). */
typedef struct PtrVec {
    void **items;
    int len, cap;
} PtrVec;
void ptrvec_push(Arena *a, PtrVec *v, void *item);

#endif
