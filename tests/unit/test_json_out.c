/* The streaming JSON writer (json_out.c) against cJSON, its oracle: random documents (nested
 * objects and arrays, strings with control characters, quotes, backslashes and Chinese text,
 * raw decimal numbers, integers, booleans, nulls, empty containers) written both ways must be
 * the same bytes, and cJSON must parse the writer's output back. */
#include <stdlib.h>
#include <cjson/cJSON.h>
#include "unit.h"
#include "emit/json_out.h"

static unsigned long long rng = 88172645463325252ull;
static unsigned next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 32);
}

static char *random_string(void) {
    static const char *pieces[] = {"a", "项目", "≥90%", "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\x01", "\x1f", " ", "/", "＝", "'", "<script>"};
    int n = (int)(next() % 12); /* long enough for the eight-byte steps of the escaping */
    char *s = calloc(1, 128);
    for (int i = 0; i < n; i++) strcat(s, pieces[next() % (sizeof pieces / sizeof pieces[0])]);
    return s;
}

/* Builds the same random value in cJSON and in the writer. */
static cJSON *value(JsonOut *j, int depth) {
    unsigned kind = depth > 4 ? 2 + next() % 5 : next() % 7;
    switch (kind) {
    case 0: {
        cJSON *o = cJSON_CreateObject();
        json_begin_object(j);
        int n = (int)(next() % 4);
        for (int i = 0; i < n; i++) {
            if (next() % 3 == 0) { /* a key made by the compiler */
                JSON_KEY(j, "名称");
                cJSON_AddItemToObject(o, "名称", value(j, depth + 1));
                continue;
            }
            char *k = random_string();
            json_key(j, k);
            cJSON_AddItemToObject(o, k, value(j, depth + 1));
            free(k);
        }
        json_end_object(j);
        return o;
    }
    case 1: {
        cJSON *a = cJSON_CreateArray();
        json_begin_array(j);
        int n = (int)(next() % 4);
        for (int i = 0; i < n; i++) cJSON_AddItemToArray(a, value(j, depth + 1));
        json_end_array(j);
        return a;
    }
    case 2: {
        char *s = random_string();
        json_string(j, s);
        cJSON *v = cJSON_CreateString(s);
        free(s);
        return v;
    }
    case 3: {
        static const char *nums[] = {"0", "90", "4156.84", "670000.00", "-0.5", "6200000000"};
        const char *t = nums[next() % 6];
        json_raw(j, t);
        return cJSON_CreateRaw(t);
    }
    case 4: {
        long long v = (long long)(next() % 100000) - 50000;
        json_int(j, v);
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", v);
        return cJSON_CreateRaw(buf);
    }
    case 5: {
        bool b = next() % 2;
        json_bool(j, b);
        return cJSON_CreateBool(b);
    }
    default:
        json_null(j);
        return cJSON_CreateNull();
    }
}

int main(void) {
    for (int round = 0; round < 3000; round++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        JsonOut *j = malloc(sizeof *j);
        json_out_init(j, mem, 0);
        /* The top level is an object, as the emitter writes it. */
        cJSON *root = cJSON_CreateObject();
        json_begin_object(j);
        int n = 1 + (int)(next() % 4);
        for (int i = 0; i < n; i++) {
            char key[16];
            snprintf(key, sizeof key, "k%d", i);
            json_key(j, key);
            cJSON_AddItemToObject(root, key, value(j, 1));
        }
        json_end_object(j);
        json_out_flush(j);
        fclose(mem);
        char *want = cJSON_Print(root);
        CHECK(len == strlen(want) && memcmp(buf, want, len) == 0);
        if (test_failures) {
            fprintf(stderr, "cJSON:\n%s\nwriter:\n%.*s\n", want, (int)len, buf);
            break;
        }
        cJSON *back = cJSON_Parse(buf);
        CHECK(back != NULL);
        cJSON_Delete(back);
        cJSON_free(want);
        cJSON_Delete(root);
        free(j);
        free(buf);
    }
    /* Deeper than the writer's slice of tabs: objects in objects, 200 levels. */
    {
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        JsonOut *j = malloc(sizeof *j);
        json_out_init(j, mem, 0);
        cJSON *root = cJSON_CreateObject(), *o = root;
        json_begin_object(j);
        for (int d = 0; d < 200; d++) {
            JSON_KEY(j, "a");
            json_int(j, d);
            cJSON_AddItemToObject(o, "a", cJSON_CreateNumber(d));
            JSON_KEY(j, "b");
            json_begin_object(j);
            cJSON *inner = cJSON_CreateObject();
            cJSON_AddItemToObject(o, "b", inner);
            o = inner;
        }
        for (int d = 0; d < 201; d++) json_end_object(j);
        json_out_flush(j);
        fclose(mem);
        char *want = cJSON_Print(root);
        CHECK(len == strlen(want) && memcmp(buf, want, len) == 0);
        cJSON_free(want);
        cJSON_Delete(root);
        free(j);
        free(buf);
    }
    TEST_DONE("json_out");
}
