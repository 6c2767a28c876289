#include "base/strmap.h"
#include <string.h>

/* FNV-1a, byte by byte: the hash of the maps whose order someone sees (strmap_each and the
 * slot walks of did-you-mean take the first of equally close names in slot order), kept so
 * that those outputs do not change. */
static uint64_t hash_fnv(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* 8 bytes at a time, for the maps nobody iterates (strmap_init_unordered): a Chinese name is
 * 3 bytes a character and an indicator's path key 40 to 100 bytes, and FNV-1a spent a multiply
 * on each. Mixed at the end so that the low bits, which place the key, depend on every byte. */
static uint64_t hash_words(const char *s, size_t n) {
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (n * 0xff51afd7ed558ccdull);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    if (i < n) {
        uint64_t w = 0;
        memcpy(&w, s + i, n - i);
        h = (h ^ w) * 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

static uint64_t hash_bytes(const StrMap *m, const char *s, size_t n) { return m->unordered ? hash_words(s, n) : hash_fnv(s, n); }

void strmap_init(StrMap *m, Arena *a) {
    m->arena = a;
    m->slots = NULL;
    m->cap = m->count = 0;
    m->unordered = false;
}

void strmap_init_unordered(StrMap *m, Arena *a) {
    strmap_init(m, a);
    m->unordered = true;
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
    StrMapEntry *e = find(m, key, len, hash_bytes(m, key, len));
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

void **strmap_slot(StrMap *m, const char *key, bool *found) {
    if ((m->count + 1) * 4 > m->cap * 3) grow(m);
    size_t len = strlen(key);
    uint64_t h = hash_bytes(m, key, len);
    StrMapEntry *e = find(m, key, len, h);
    *found = e->key != NULL;
    if (!e->key) {
        e->key = key;
        e->len = (uint32_t)len;
        e->hash = (uint32_t)h;
        e->value = NULL;
        m->count++;
    }
    return &e->value;
}

void *strmap_put(StrMap *m, const char *key, void *value) {
    bool found;
    void **slot = strmap_slot(m, key, &found);
    void *prev = found ? *slot : NULL;
    *slot = value;
    return prev;
}

const char *strmap_intern(StrMap *m, const char *s, size_t n) {
    if ((m->count + 1) * 4 > m->cap * 3) grow(m);
    uint64_t h = hash_bytes(m, s, n);
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
