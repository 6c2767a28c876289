/* The registry of the diagnostics' messages: the table made from codes.def, indexed by the
 * code's constant, and the filling of a message's placeholders. */
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "diag/diag.h"

static const Message messages[] = {
    {"", SEV_NOTE, "", "", NULL, NONE},
#define DIAG(code, sev, slug, zh, en, help) {#code, SEV_##sev, zh, en, slug, help},
#define NOTE(id, name, zh, en) {name, SEV_NOTE, zh, en, NULL, NONE},
#include "diag/codes.def"
#undef DIAG
#undef NOTE
};

const Message *message_get(DiagCode code) { return &messages[code]; }

const Message *message_all(int *count) {
    *count = (int)(sizeof messages / sizeof messages[0]) - 1;
    return messages + 1;
}

const char *message_word_list(Arena *a, const DiagCode *ids, int n) {
    char *s = arena_alloc(a, (size_t)n * 8 + 2), *o = s;
    *o++ = '\x01';
    for (int i = 0; i < n; i++) o += sprintf(o, "%s%d", i ? "|" : "", (int)ids[i]);
    return s;
}

/* An argument with a \x01 holds a list of message ids after it, separated by '|', to be put
 * into words in the language of the output ("a value or end of line"); the text before the
 * \x01 is kept as it is ("'反复'" + " is not a setting of a profile"). */
static const char *render_arg(Arena *a, Lang lang, const char *arg) {
    const char *mark = strchr(arg, '\x01');
    if (!mark) return arg;
    const Message *or = message_get(TOK_or);
    const char *sep = lang == LANG_EN ? or->en : or->zh;
    char *out = arena_printf(a, "%.*s", (int)(mark - arg), arg);
    const char *p = mark + 1;
    int i = 0;
    while (*p) {
        int id = atoi(p);
        const Message *m = id > 0 && id < DIAG_CODE_COUNT ? message_get((DiagCode)id) : message_get(NONE);
        out = arena_printf(a, "%s%s%s", out, i++ ? sep : "", lang == LANG_EN ? m->en : m->zh);
        while (*p && *p != '|') p++;
        if (*p == '|') p++;
    }
    return out;
}

static size_t expand(const char *t, const char *const *args, int nargs, char *out) {
    size_t n = 0;
    for (const char *p = t; *p;) {
        if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
            int k = p[1] - '0';
            const char *s = k < nargs ? args[k] : "";
            size_t len = strlen(s);
            if (out) memcpy(out + n, s, len);
            n += len;
            p += 3;
        } else {
            if (out) out[n] = *p;
            n++;
            p++;
        }
    }
    if (out) out[n] = 0;
    return n;
}

char *message_format(Arena *a, const Message *m, Lang lang, const char *const *args, int nargs) {
    const char *t = lang == LANG_EN ? m->en : m->zh;
    const char *shown[16];
    if (nargs > 16) nargs = 16;
    for (int i = 0; i < nargs; i++) shown[i] = render_arg(a, lang, args[i]);
    char *out = arena_alloc(a, expand(t, shown, nargs, NULL) + 1);
    expand(t, shown, nargs, out);
    return out;
}
