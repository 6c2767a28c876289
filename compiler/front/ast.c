#include "front/ast.h"
#include "front/lang.h"
#include <string.h>

Node *ast_node(Arena *a, NodeKind kind, Span span) {
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = kind;
    n->span = span;
    return n;
}

Span span_join(Span a, Span b) {
    uint32_t end = b.off + b.len > a.off + a.len ? b.off + b.len : a.off + a.len;
    uint32_t start = a.off < b.off ? a.off : b.off;
    return (Span){a.file, start, end - start};
}

const char *cmp_symbol(Cmp c) { return lang_cmp_canonical(c); }

const char *cmp_ascii(Cmp c) {
    static const char *s[] = {"", ">=", "<=", ">", "<", "=", "!="};
    return s[c];
}

const char *node_kind_name(NodeKind k) {
    static const char *names[] = {"导入", "默认", "项目", "部门", "指标组", "单位", "等级", "表式", "别名", "自评", "监控", "评分规则", "字段",
                                  "资金", "资金来源", "支出", "支出项", "指标", "指标类别", "指标", "引用", "条目", "错误"};
    return names[k];
}

/* ---- comments ------------------------------------------------------------------------------ */

typedef struct Attacher {
    const char *text;
    Comment *next;      /* the first comment not yet attached */
    uint32_t prev_end;  /* end of the last statement, comment or '{' seen */
} Attacher;

/* Nothing but blanks (and ';') between a and b, on one line: a comment there belongs to the
 * statement that ends at a, not to a later statement or '}' on the same line. */
static bool only_blanks(const char *text, uint32_t a, uint32_t b) {
    for (uint32_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == ';') continue;
        if (ch == 0xE3 && i + 2 < b && (unsigned char)text[i + 1] == 0x80 && (unsigned char)text[i + 2] == 0x80) {
            i += 2; /* U+3000 */
            continue;
        }
        return false;
    }
    return b >= a;
}

static bool blank_between(const char *text, uint32_t a, uint32_t b) {
    int newlines = 0;
    for (uint32_t i = a; i < b; i++) {
        if (text[i] == '\n' && ++newlines >= 2) return true;
    }
    return false;
}

static Comment *take(Attacher *at) {
    Comment *c = at->next;
    at->next = c->next;
    c->next = NULL;
    c->blank_before = blank_between(at->text, at->prev_end, c->span.off);
    at->prev_end = c->span.off + c->span.len;
    return c;
}

static void push(Comment **list, Comment *c) {
    Comment **p = list;
    while (*p) p = &(*p)->next;
    *p = c;
}

static void attach_block(Attacher *at, Node *first, uint32_t limit);

static void attach_node(Attacher *at, Node *n) {
    while (at->next && at->next->span.off < n->span.off) push(&n->leading, take(at));
    n->blank_before = blank_between(at->text, at->prev_end, n->span.off);
    if (n->has_block) {
        /* `项目 X  # c` with the '{' on the next line: the comment is the block's, as if it
         * followed the '{' (jxc fmt prints it there). */
        if (at->next && at->next->span.off < n->lbrace.off && !at->next->own_line) n->brace_comment = take(at);
        at->prev_end = n->lbrace.off + n->lbrace.len;
        if (!n->brace_comment && at->next && at->next->span.off < n->rbrace.off &&
            only_blanks(at->text, at->prev_end, at->next->span.off))
            n->brace_comment = take(at);
        attach_block(at, n->children, n->rbrace.off);
        while (at->next && at->next->span.off < n->rbrace.off) push(&n->dangling, take(at));
    }
    uint32_t end = n->span.off + n->span.len;
    at->prev_end = end;
    if (at->next && only_blanks(at->text, end, at->next->span.off)) n->trailing = take(at);
}

static void attach_block(Attacher *at, Node *first, uint32_t limit) {
    for (Node *n = first; n; n = n->next) {
        if (n->span.off >= limit) break;
        attach_node(at, n);
    }
}

void ast_attach_comments(ParsedFile *pf, const char *text) {
    /* Comments are relinked (by `next`) into the lists of the nodes they belong to;
     * `next_in_file` keeps the file's whole list. */
    Attacher at = {text, pf->comments, 0};
    attach_block(&at, pf->decls, UINT32_MAX);
    while (at.next) push(&pf->end_comments, take(&at));
}
