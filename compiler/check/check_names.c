/* Names as written and the names they stand for: the aliases (别名) of a framework, of a form
 * and of the standard library as a whole, and the template's "(必填)" left in a category's name. */
#include <string.h>
#include "check/check.h"

static const char *in_map(const StrMap *m, const char *name) {
    if (!m || !m->count) return NULL;
    const Node *line = strmap_get(m, name);
    return line ? line->name : NULL;
}

const char *alias_of(const Program *p, const Form *f, const Framework *fw, const char *name) {
    const char *s;
    if (fw && (s = in_map(fw->aliases, name))) return s;
    for (int i = 0; f && !fw && i < f->nframeworks; i++)
        if ((s = in_map(f->frameworks[i].aliases, name))) return s;
    if (f && (s = in_map(f->aliases, name))) return s;
    if ((s = in_map(&p->aliases, name))) return s;
    return name;
}

/* The template's hint left in the name: "数量指标(必填)", "数量指标（必填）", "成本指标(必填硬性指标)",
 * "经济效益指标 (选填)": a bracketed note at the end that starts with 必填 or 选填, with the blanks
 * before it (a line break of the printed cell). Returns how many bytes to cut. */
static size_t residue_suffix(const char *name) {
    static const char *const opens[] = {"(", "（"}, *const closes[] = {")", "）"};
    static const char *const words[] = {"必填", "选填"};
    size_t n = strlen(name);
    for (size_t b = 0; b < 2; b++) {
        size_t cl = strlen(closes[b]);
        if (n <= cl || strcmp(name + n - cl, closes[b]) != 0) continue;
        const char *open = NULL;
        for (const char *q = strstr(name, opens[b]); q; q = strstr(q + 1, opens[b])) open = q;
        if (!open || open == name) continue;
        const char *inner = open + strlen(opens[b]);
        bool hint = false;
        for (size_t w = 0; w < 2 && !hint; w++) hint = strncmp(inner, words[w], strlen(words[w])) == 0;
        if (!hint || strstr(inner, closes[b]) != name + n - cl) continue;
        size_t keep = (size_t)(open - name);
        for (;;) { /* blanks: space, tab, U+3000 */
            if (keep > 0 && (name[keep - 1] == ' ' || name[keep - 1] == '\t')) keep--;
            else if (keep >= 3 && strncmp(name + keep - 3, "\xe3\x80\x80", 3) == 0) keep -= 3;
            else break;
        }
        return keep ? n - keep : 0;
    }
    return 0;
}

const char *category_name(Program *p, const Form *f, const char *written, Span span, bool report) {
    const char *name = written;
    size_t cut = residue_suffix(written);
    if (cut) {
        name = arena_strndup(p->arena, written, strlen(written) - cut);
        if (report) diag_at(p->diags, W0707, span, written, written + strlen(name), NULL);
    }
    /* A category's name holds no blanks: "经济效益 指标" is a cell's line break (经济效益指标). */
    if (strpbrk(name, " \t") || strstr(name, "\xe3\x80\x80")) {
        size_t n = strlen(name), k = 0;
        char *joined = arena_alloc(p->arena, n + 1);
        for (size_t i = 0; i < n;) {
            if (name[i] == ' ' || name[i] == '\t') i++;
            else if (strncmp(name + i, "\xe3\x80\x80", 3) == 0) i += 3;
            else joined[k++] = name[i++];
        }
        joined[k] = 0;
        if (k) name = joined;
    }
    return alias_of(p, f, NULL, name);
}

/* Adds to `names` the aliases that stand for any of the names in it (for did-you-mean). */
typedef struct AliasScan {
    PtrVec *names;
    Arena *a;
    int n;
} AliasScan;

static void add_if_alias(const char *key, void *value, void *arg) {
    AliasScan *s = arg;
    const Node *line = value;
    for (int i = 0; i < s->n; i++)
        if (strcmp(line->name, s->names->items[i]) == 0) {
            ptrvec_push(s->a, s->names, (void *)key);
            return;
        }
}

void add_aliases(const Program *p, const Form *f, PtrVec *names, Arena *a) {
    AliasScan s = {names, a, names->len};
    if (f && f->aliases) strmap_each(f->aliases, add_if_alias, &s);
    for (int i = 0; f && i < f->nframeworks; i++)
        if (f->frameworks[i].aliases) strmap_each(f->frameworks[i].aliases, add_if_alias, &s);
    strmap_each(&p->aliases, add_if_alias, &s);
}
