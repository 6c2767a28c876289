#include "base/strmap.h"
#include <string.h>

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

void strmap_init(StrMap *m, Arena *a) {
    m->arena = a;
    m->slots = NULL;
    m->cap = m->count = 0;
}

static StrMapEntry *find(const StrMap *m, const char *key, size_t len, uint64_t h) {
    if (!m->cap) return NULL;
    size_t i = (size_t)h & (m->cap - 1);
    for (;;) {
        StrMapEntry *e = &m->slots[i];
        if (!e->key) return e;
        if (e->hash == (uint32_t)h && e->len == len && memcmp(e->key, key, len) == 0) return e;
        i = (i + 1) & (m->cap - 1);
    }
}

void *strmap_getn(const StrMap *m, const char *key, size_t len) {
    StrMapEntry *e = find(m, key, len, hash_bytes(key, len));
    return e && e->key ? e->value : NULL;
}

void *strmap_get(const StrMap *m, const char *key) { return strmap_getn(m, key, strlen(key)); }

static void grow(StrMap *m) {
    size_t cap = m->cap ? m->cap * 2 : 16;
    StrMapEntry *old = m->slots;
    size_t oldcap = m->cap;
    m->slots = arena_alloc(m->arena, sizeof *m->slots * cap);
    m->cap = cap;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key) continue;
        StrMapEntry *e = find(m, old[i].key, old[i].len, old[i].hash);
        *e = old[i];
    }
}

void *strmap_put(StrMap *m, const char *key, void *value) {
    if ((m->count + 1) * 4 > m->cap * 3) grow(m);
    size_t len = strlen(key);
    uint64_t h = hash_bytes(key, len);
    StrMapEntry *e = find(m, key, len, h);
    if (e->key) {
        void *prev = e->value;
        e->value = value;
        return prev;
    }
    e->key = key;
    e->len = (uint32_t)len;
    e->hash = (uint32_t)h;
    e->value = value;
    m->count++;
    return NULL;
}

const char *strmap_intern(StrMap *m, const char *s, size_t n) {
    if ((m->count + 1) * 4 > m->cap * 3) grow(m);
    uint64_t h = hash_bytes(s, n);
    StrMapEntry *e = find(m, s, n, h);
    if (!e->key) {
        e->key = arena_strndup(m->arena, s, n);
        e->len = (uint32_t)n;
        e->hash = (uint32_t)h;
        e->value = NULL;
        m->count++;
    }
    return e->key;
}

void strmap_each(const StrMap *m, void (*fn)(const char *key, void *value, void *arg), void *arg) {
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key) fn(m->slots[i].key, m->slots[i].value, arg);
}
