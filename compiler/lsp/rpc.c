/* The base protocol of the Language Server Protocol: each message is a header (lines
 * "Name: value" ending with CRLF; Content-Length is required), an empty line, then a JSON-RPC
 * 2.0 body of Content-Length bytes. A header that cannot be read is skipped up to its empty
 * line; the caller answers it with a JSON-RPC error and reads on. */
#include <cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "lsp/lsp.h"

enum { MAX_HEADER_LINE = 1024, MAX_BODY = 64 * 1024 * 1024 };

/* One header line, without its line break; false at the end of the input. A line longer than
 * the limit is cut (and then not a valid header). */
static bool read_line(FILE *in, char *buf, size_t cap, bool *any) {
    size_t n = 0;
    int c;
    *any = false;
    while ((c = getc(in)) != EOF) {
        *any = true;
        if (c == '\n') break;
        if (n + 1 < cap) buf[n++] = (char)c;
    }
    if (n && buf[n - 1] == '\r') n--;
    buf[n] = 0;
    return *any;
}

int rpc_read(FILE *in, char **body, size_t *len, const char **why) {
    char line[MAX_HEADER_LINE];
    long long length = -1;
    bool bad = false, any, started = false;
    *why = NULL;
    for (;;) {
        if (!read_line(in, line, sizeof line, &any)) {
            if (started) *why = "the input ended inside a header";
            return started ? -1 : 0;
        }
        if (!line[0]) {
            if (!started) continue; /* blank lines between messages */
            break;
        }
        started = true;
        char *colon = strchr(line, ':');
        if (!colon) {
            bad = true;
            *why = "a header line without ':'";
            continue;
        }
        *colon = 0;
        const char *value = colon + 1;
        while (*value == ' ' || *value == '\t') value++;
        if (strcasecmp(line, "Content-Length") == 0) {
            char *end;
            errno = 0;
            long long v = strtoll(value, &end, 10);
            if (errno || end == value || *end || v < 0) {
                bad = true;
                *why = "Content-Length is not a number";
            } else {
                length = v;
            }
        }
    }
    if (!bad && length < 0) {
        bad = true;
        *why = "no Content-Length header";
    }
    if (!bad && length > MAX_BODY) {
        /* Skipped, not kept: the body is read and let go. */
        for (long long i = 0; i < length && getc(in) != EOF; i++) {}
        *why = "the message is larger than 64 MiB";
        return -1;
    }
    if (bad) return -1;
    char *b = malloc((size_t)length + 1);
    if (!b) {
        for (long long i = 0; i < length && getc(in) != EOF; i++) {}
        *why = "out of memory";
        return -1;
    }
    size_t got = fread(b, 1, (size_t)length, in);
    if (got != (size_t)length) {
        free(b);
        *why = "the input ended inside a message";
        return -1;
    }
    b[length] = 0;
    *body = b;
    *len = (size_t)length;
    return 1;
}

void rpc_write(FILE *out, cJSON *msg) {
    char *s = cJSON_PrintUnformatted(msg);
    cJSON_Delete(msg);
    if (!s) return;
    size_t n = strlen(s);
    fprintf(out, "Content-Length: %zu\r\n\r\n", n);
    fwrite(s, 1, n, out);
    fflush(out);
    free(s);
}

static cJSON *envelope(const cJSON *id) {
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "jsonrpc", "2.0");
    cJSON_AddItemToObject(m, "id", id ? cJSON_Duplicate(id, 1) : cJSON_CreateNull());
    return m;
}

cJSON *rpc_response(const cJSON *id, cJSON *result) {
    cJSON *m = envelope(id);
    cJSON_AddItemToObject(m, "result", result ? result : cJSON_CreateNull());
    return m;
}

cJSON *rpc_error(const cJSON *id, int code, const char *message) {
    cJSON *m = envelope(id);
    cJSON *e = cJSON_AddObjectToObject(m, "error");
    cJSON_AddNumberToObject(e, "code", code);
    cJSON_AddStringToObject(e, "message", message);
    return m;
}

cJSON *rpc_notification(const char *method, cJSON *params) {
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "jsonrpc", "2.0");
    cJSON_AddStringToObject(m, "method", method);
    cJSON_AddItemToObject(m, "params", params);
    return m;
}
