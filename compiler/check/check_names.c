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

/* The template's hint left in the name: "数量指标(必填)", "数量指标（必填）". */
static size_t residue_suffix(const char *name) {
    static const char *const hints[] = {"(必填)", "（必填）", "(选填)", "（选填）"};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
        size_t m = strlen(hints[i]);
        if (n > m && strcmp(name + n - m, hints[i]) == 0) return m;
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
