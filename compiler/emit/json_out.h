/* A streaming JSON writer that lays its output out exactly as cJSON_Print does (tabs, ":\t",
 * ", " between array elements, "{\n}" for an empty object), so that the JSON output can be
 * written straight from the checked program without building a cJSON tree first (three times
 * faster: see docs/performance.md). Strings are escaped as cJSON escapes them. */
#ifndef JX_JSON_OUT_H
#define JX_JSON_OUT_H
#include <stdbool.h>
#include <stdio.h>

enum { JSON_OUT_MAX_DEPTH = 512 };

typedef struct JsonOut {
    FILE *out;
    size_t used;                        /* bytes in buf, not yet written to out */
    char buf[1 << 16];
    int depth;                          /* cJSON's depth, plus the indentation of the whole */
    int level;                          /* open containers */
    bool is_array[JSON_OUT_MAX_DEPTH];
    int count[JSON_OUT_MAX_DEPTH];      /* items written in each open container */
} JsonOut;

/* Starts a writer whose output sits `indent` tabs deep (as print_indented puts it). The
 * output is collected in a buffer of the writer's own (one fwrite for every 64 KiB, not one
 * for every piece): json_out_flush writes the rest, before anything else writes to out. */
void json_out_init(JsonOut *j, FILE *out, int indent);
void json_out_flush(JsonOut *j);
/* Text written as it is, outside the writer's layout (what surrounds a streamed value). */
void json_out_text(JsonOut *j, const char *text);

/* In an object: the key of the next value. In an array: nothing (values follow each other). */
void json_key(JsonOut *j, const char *key);
/* A key that is a string literal needing no escape: its quoted form with the ":\t" after it
 * is made by the compiler, and written with one copy. */
#define JSON_KEY(j, lit) json_key_text((j), "\"" lit "\":\t", sizeof("\"" lit "\":\t") - 1)
void json_key_text(JsonOut *j, const char *quoted, size_t n);
void json_begin_object(JsonOut *j);
void json_end_object(JsonOut *j);
void json_begin_array(JsonOut *j);
void json_end_array(JsonOut *j);
void json_string(JsonOut *j, const char *s); /* a NULL string is written as null */
void json_raw(JsonOut *j, const char *text); /* a number in its exact decimal text */
void json_int(JsonOut *j, long long v);
void json_bool(JsonOut *j, bool v);
void json_null(JsonOut *j);

#endif
