/* A string-keyed hash map (open addressing), allocated in an arena. Names are looked up
 * in constant time, so checking stays linear in the size of the input. */
#ifndef JX_STRMAP_H
#define JX_STRMAP_H
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
} StrMap;

void strmap_init(StrMap *m, Arena *a);
void *strmap_get(const StrMap *m, const char *key);
void *strmap_getn(const StrMap *m, const char *key, size_t len);
/* Sets key to value; returns the previous value (NULL if none). The key is not copied. */
void *strmap_put(StrMap *m, const char *key, void *value);
/* The one copy (in the map's arena, NUL-terminated) of the n bytes at s: equal texts share
 * it. A map used this way holds no values. */
const char *strmap_intern(StrMap *m, const char *s, size_t n);
/* Calls fn for each entry, in no particular order. */
void strmap_each(const StrMap *m, void (*fn)(const char *key, void *value, void *arg), void *arg);

#endif
