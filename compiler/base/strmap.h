/* A string-keyed hash map (open addressing), allocated in an arena. Names are looked up
 * in constant time, so checking stays linear in the size of the input. */
#ifndef JX_STRMAP_H
#define JX_STRMAP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "base/arena.h"

typedef struct StrMapEntry {
    const char *key;
    uint32_t len;   /* names are at most MAX_TOKEN_BYTES long */
    uint32_t hash;  /* the low half of the hash: enough to place and to compare */
    void *value;
} StrMapEntry;

typedef struct StrMap {
    Arena *arena;
    StrMapEntry *slots;
    size_t cap, count;
    bool unordered; /* strmap_init_unordered: a faster hash, and an order nobody may rely on */
} StrMap;

void strmap_init(StrMap *m, Arena *a);
/* A map that is never iterated (no strmap_each, no walk of its slots): hashed 8 bytes at a
 * time. The maps that are iterated keep the byte-wise hash, since did-you-mean picks the first
 * of equally close names in slot order. */
void strmap_init_unordered(StrMap *m, Arena *a);
void *strmap_get(const StrMap *m, const char *key);
void *strmap_getn(const StrMap *m, const char *key, size_t len);
/* Sets key to value; returns the previous value (NULL if none). The key is not copied. */
void *strmap_put(StrMap *m, const char *key, void *value);
/* The one copy (in the map's arena, NUL-terminated) of the n bytes at s: equal texts share
 * it. A map used this way holds no values. */
const char *strmap_intern(StrMap *m, const char *s, size_t n);
/* The value's place for key, inserted (value NULL, *found false) if it was not there: one
 * hash where a get and a put would take two. The pointer lasts until the next insertion. */
void **strmap_slot(StrMap *m, const char *key, bool *found);
/* Calls fn for each entry, in no particular order. */
void strmap_each(const StrMap *m, void (*fn)(const char *key, void *value, void *arg), void *arg);

#endif
