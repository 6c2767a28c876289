/* The formatter's safety net: the formatted text is parsed again and compared with the
 * original tree, statement by statement: kinds, names, values in their canonical spelling,
 * blocks, and the comments attached to each statement. Either tree may be without source
 * (front/ast.h); its values are then spelt from their fields. A difference is a bug in the
 * formatter, and jxc fmt then refuses to write anything (as gofmt and Black do). */
#include <string.h>
#include "review/fmt.h"
#include "front/ast_build.h"

typedef struct Cmp2 {
    Arena *a;
    const char *sa, *sb;
    const char *where;
} Cmp2;

static bool fail(Cmp2 *c, const Node *n, const char *what) {
    if (!c->where) c->where = arena_printf(c->a, "%s%s%s: %s", node_kind_name(n->kind), n->name ? " " : "", n->name ? n->name : "", what);
    return false;
}

static bool same_str(const char *x, const char *y) {
    if (!x || !y) return x == y;
    return strcmp(x, y) == 0;
}

static bool same_value(Cmp2 *c, const Value *x, const Value *y) {
    if (!x || !y) return x == y;
    if (x->syntax != y->syntax || x->cmp != y->cmp) return false;
    if (x->syntax == VX_STRING) return x->triple == y->triple && same_str(x->text, y->text);
    return strcmp(fmt_value(c->a, c->sa, x, 0), fmt_value(c->a, c->sb, y, 0)) == 0;
}

static const char *trimmed(Arena *a, const char *s) {
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
    return arena_strndup(a, s, n);
}

static bool same_comments(Cmp2 *c, const Comment *x, const Comment *y) {
    for (; x && y; x = x->next, y = y->next)
        if (strcmp(trimmed(c->a, x->text), trimmed(c->a, y->text)) != 0) return false;
    return !x && !y;
}

static bool same_nodes(Cmp2 *c, const Node *x, const Node *y, const Node *px, const Node *py);

/* Is the name printed quoted? As written; without source, also when it cannot be bare. */
static bool printed_quoted(Cmp2 *c, const char *src, const Node *n, const Node *parent) {
    if (src || !n->name || n->name_quoted) return n->name_quoted;
    return !ast_name_bare(c->a, n, parent);
}

static bool same_node(Cmp2 *c, const Node *x, const Node *y, const Node *px, const Node *py) {
    if (x->kind != y->kind) return fail(c, x, "kind");
    if (!same_str(x->name, y->name) || printed_quoted(c, c->sa, x, px) != printed_quoted(c, c->sb, y, py))
        return fail(c, x, "name");
    if (x->nvalues != y->nvalues || x->ordered != y->ordered) return fail(c, x, "values");
    for (int i = 0; i < x->nvalues; i++)
        if (!same_value(c, x->values[i], y->values[i])) return fail(c, x, "value");
    if (!same_value(c, x->half, y->half) || !same_value(c, x->full, y->full) || !same_value(c, x->note, y->note))
        return fail(c, x, "target");
    if (x->full_written != y->full_written) return fail(c, x, "全年");
    if (x->has_block != y->has_block || x->nchildren != y->nchildren) return fail(c, x, "block");
    if (!same_comments(c, x->leading, y->leading)) return fail(c, x, "comments before");
    if (!same_comments(c, x->trailing, y->trailing)) return fail(c, x, "comment after");
    if (!same_comments(c, x->brace_comment, y->brace_comment)) return fail(c, x, "comment after '{'");
    if (!same_comments(c, x->dangling, y->dangling)) return fail(c, x, "comments before '}'");
    return same_nodes(c, x->children, y->children, x, y);
}

static bool same_nodes(Cmp2 *c, const Node *x, const Node *y, const Node *px, const Node *py) {
    for (; x && y; x = x->next, y = y->next)
        if (!same_node(c, x, y, px, py)) return false;
    return !x && !y;
}

bool fmt_same_tree(Arena *arena, const char *src_a, const ParsedFile *a, const char *src_b, const ParsedFile *b,
                   const char **where) {
    Cmp2 c = {arena, src_a, src_b, NULL};
    bool ok = a->ndecls == b->ndecls && same_nodes(&c, a->decls, b->decls, NULL, NULL);
    if (ok && !same_comments(&c, a->end_comments, b->end_comments)) {
        ok = false;
        c.where = "comments at the end of the file";
    }
    if (!ok && !c.where) c.where = "the declarations";
    *where = c.where;
    return ok;
}
