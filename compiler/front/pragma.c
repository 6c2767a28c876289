#include "front/pragma.h"
#include <string.h>

struct PragmaRule {
    uint32_t file, start, end; /* byte range the rule covers */
    const char *codes;         /* the rest of the pragma line: codes separated by blanks or commas */
};
typedef PragmaRule Rule;
typedef PragmaRules Rules;

static void add_rule(Rules *r, uint32_t file, uint32_t start, uint32_t end, const char *codes) {
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 8;
        Rule *ni = arena_alloc(r->arena, sizeof *ni * (size_t)r->cap);
        if (r->n) memcpy(ni, r->items, sizeof *ni * (size_t)r->n);
        r->items = ni;
    }
    /* The codes are copied: the comment they come from may go with its file's tree. */
    r->items[r->n++] = (Rule){file, start, end, arena_strdup(r->arena, codes)};
}

/* "jxc: allow W0602" → 1 and the codes; "jxc: allow-file …" → 2; otherwise 0. */
static int pragma_kind(const char *text, const char **codes) {
    const char *s = text;
    while (*s == ' ' || *s == '\t') s++;
    if (strncmp(s, "jxc:", 4) != 0) return 0;
    s += 4;
    while (*s == ' ' || *s == '\t') s++;
    int kind = 0;
    if (strncmp(s, "allow-file", 10) == 0) { kind = 2; s += 10; }
    else if (strncmp(s, "allow", 5) == 0) { kind = 1; s += 5; }
    else return 0;
    if (*s != ' ' && *s != '\t') return 0;
    *codes = s;
    return kind;
}

static bool lists_code(const char *codes, const char *code) {
    size_t n = strlen(code);
    for (const char *s = codes; (s = strstr(s, code)) != NULL; s += n) {
        bool start_ok = s == codes || strchr(" \t,，", s[-1]) || (unsigned char)s[-1] >= 0x80;
        bool end_ok = s[n] == 0 || strchr(" \t,，#", s[n]) || (unsigned char)s[n] >= 0x80;
        if (start_ok && end_ok) return true;
    }
    return false;
}

static uint32_t line_start(const char *text, uint32_t off) {
    while (off > 0 && text[off - 1] != '\n') off--;
    return off;
}

static uint32_t line_end(const char *text, size_t len, uint32_t off) {
    while (off < len && text[off] != '\n') off++;
    return off;
}

static void from_node(Rules *r, SourceFile *f, uint32_t file, Node *n) {
    for (; n; n = n->next) {
        const char *codes;
        for (Comment *c = n->leading; c; c = c->next)
            if (pragma_kind(c->text, &codes) == 1) add_rule(r, file, n->span.off, n->span.off + n->span.len, codes);
        if (n->trailing && pragma_kind(n->trailing->text, &codes) == 1) {
            uint32_t end = n->span.off + n->span.len;
            add_rule(r, file, line_start(f->text, end), line_end(f->text, f->len, end), codes);
        }
        if (n->brace_comment && pragma_kind(n->brace_comment->text, &codes) == 1)
            add_rule(r, file, line_start(f->text, n->lbrace.off), line_end(f->text, f->len, n->lbrace.off), codes);
        from_node(r, f, file, n->children);
    }
}

void pragmas_collect(PragmaRules *r, SourceSet *sources, ParsedFile *pf) {
    SourceFile *f = sources_get(sources, pf->file);
    bool statement_pragmas = false;
    for (Comment *c = pf->comments; c; c = c->next_in_file) {
        const char *codes;
        int kind = pragma_kind(c->text, &codes);
        if (kind == 2) add_rule(r, pf->file, 0, (uint32_t)f->len + 1, codes);
        statement_pragmas |= kind == 1;
    }
    /* The walk over the whole tree only where a comment is a pragma for a line or a
     * statement: most files have none, and the walk was 3% of jxc check. */
    if (statement_pragmas) from_node(r, f, pf->file, pf->decls);
}

/* Is the diagnostic not allowed by any rule? (Errors cannot be allowed.) */
static bool not_allowed(const Diag *g, void *arg) {
    const Rules *r = arg;
    if (g->severity == SEV_ERROR || !g->has_span) return true;
    for (int k = 0; k < r->n; k++) {
        const Rule *rule = &r->items[k];
        if (rule->file == g->span.file && g->span.off >= rule->start && g->span.off < rule->end &&
            lists_code(rule->codes, g->msg->id))
            return false;
    }
    return true;
}

void pragmas_apply(PragmaRules *r, Diags *d) {
    if (r->n) diags_retain(d, not_allowed, r);
}
