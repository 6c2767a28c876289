#include "emit/json_out.h"
#include <stdint.h>
#include <string.h>

static void put(JsonOut *j, const char *s, size_t n) {
    if (j->used + n > sizeof j->buf) {
        json_out_flush(j);
        if (n > sizeof j->buf) {
            fwrite(s, 1, n, j->out);
            return;
        }
    }
    memcpy(j->buf + j->used, s, n);
    j->used += n;
}

static void put_char(JsonOut *j, char c) {
    if (j->used == sizeof j->buf) json_out_flush(j);
    j->buf[j->used++] = c;
}

static void put_str(JsonOut *j, const char *s) { put(j, s, strlen(s)); }

void json_out_text(JsonOut *j, const char *text) { put_str(j, text); }

void json_out_flush(JsonOut *j) {
    if (j->used) fwrite(j->buf, 1, j->used, j->out);
    j->used = 0;
}

static const char tabs[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

static void indent(JsonOut *j, int n) {
    while (n > 0) {
        int k = n < (int)sizeof tabs - 1 ? n : (int)sizeof tabs - 1;
        put(j, tabs, (size_t)k);
        n -= k;
    }
}

void json_out_init(JsonOut *j, FILE *out, int depth) {
    j->out = out;
    j->used = 0;
    j->level = 0;
    j->depth = depth;
}

/* Before a value in an array: the separator from the previous one. */
static void before_value(JsonOut *j) {
    if (j->level > 0 && j->is_array[j->level - 1]) {
        if (j->count[j->level - 1]++ > 0) put(j, ", ", 2);
    }
}

/* Does any of the 8 bytes of w need an escape (below 0x20, '"' or '\\')? */
static inline bool word_special(uint64_t w) {
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    return ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) != 0;
}

static inline bool byte_special(unsigned char c) { return c < 32 || c == '"' || c == '\\'; }

/* cJSON's escapes: " \ and the control characters; other bytes (UTF-8) as they are. Runs of
 * bytes that need none are written with one copy each. */
static void escaped_slow(JsonOut *j, const char *s, const char *end) {
    const char *run = s;
    for (; s < end; s++) {
        unsigned char c = (unsigned char)*s;
        if (!byte_special(c)) continue;
        put(j, run, (size_t)(s - run));
        run = s + 1;
        switch (c) {
        case '"': put(j, "\\\"", 2); break;
        case '\\': put(j, "\\\\", 2); break;
        case '\b': put(j, "\\b", 2); break;
        case '\f': put(j, "\\f", 2); break;
        case '\n': put(j, "\\n", 2); break;
        case '\r': put(j, "\\r", 2); break;
        case '\t': put(j, "\\t", 2); break;
        default: {
            char u[8];
            snprintf(u, sizeof u, "\\u%04x", c);
            put(j, u, 6);
            break;
        }
        }
    }
    put(j, run, (size_t)(s - run));
    put_char(j, '"');
}

/* The string in quotes, escaped. One pass: the bytes are checked and copied to the buffer
 * eight at a time; at the first that needs an escape the rest goes the slow way. */
static void escaped(JsonOut *j, const char *s) {
    size_t n = strlen(s);
    if (n + 2 > sizeof j->buf - j->used) {
        json_out_flush(j);
        if (n + 2 > sizeof j->buf) {
            put_char(j, '"');
            escaped_slow(j, s, s + n);
            return;
        }
    }
    char *o = j->buf + j->used;
    *o++ = '"';
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (word_special(w)) break;
        memcpy(o + i, &w, 8);
    }
    for (; i < n && !byte_special((unsigned char)s[i]); i++) o[i] = s[i];
    if (i == n) {
        o[n] = '"';
        j->used += n + 2;
        return;
    }
    j->used += i + 1;
    escaped_slow(j, s + i, s + n);
}

/* ",\n" and the indentation of a key, as one slice: the first key of an object has no comma. */
static const char key_lead[] = ",\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

static void key_start(JsonOut *j) {
    bool first = j->count[j->level - 1]++ == 0;
    if (j->depth <= (int)sizeof key_lead - 3) {
        if (first) put(j, key_lead + 2, (size_t)j->depth);
        else put(j, key_lead, (size_t)j->depth + 2);
        return;
    }
    if (!first) put(j, ",\n", 2);
    indent(j, j->depth);
}

void json_key(JsonOut *j, const char *key) {
    key_start(j);
    escaped(j, key);
    put(j, ":\t", 2);
}

void json_key_text(JsonOut *j, const char *quoted, size_t n) {
    key_start(j);
    put(j, quoted, n);
}

static void open_container(JsonOut *j, bool array) {
    before_value(j);
    put_char(j, array ? '[' : '{');
    if (!array) put_char(j, '\n');
    j->depth++;
    if (j->level < JSON_OUT_MAX_DEPTH) {
        j->is_array[j->level] = array;
        j->count[j->level] = 0;
    }
    j->level++;
}

void json_begin_object(JsonOut *j) { open_container(j, false); }

void json_end_object(JsonOut *j) {
    j->level--;
    if (j->count[j->level] > 0) put_char(j, '\n');
    indent(j, j->depth - 1);
    put_char(j, '}');
    j->depth--;
}

void json_begin_array(JsonOut *j) { open_container(j, true); }

void json_end_array(JsonOut *j) {
    j->level--;
    put_char(j, ']');
    j->depth--;
}

void json_string(JsonOut *j, const char *s) {
    if (!s) {
        json_null(j);
        return;
    }
    before_value(j);
    escaped(j, s);
}

void json_raw(JsonOut *j, const char *text) {
    before_value(j);
    put_str(j, text);
}

void json_int(JsonOut *j, long long v) {
    before_value(j);
    char buf[24];
    int n = 0;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        buf[sizeof buf - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) buf[sizeof buf - 1 - n++] = '-';
    put(j, buf + sizeof buf - n, (size_t)n);
}

void json_bool(JsonOut *j, bool v) {
    before_value(j);
    put_str(j, v ? "true" : "false");
}

void json_null(JsonOut *j) {
    before_value(j);
    put(j, "null", 4);
}
