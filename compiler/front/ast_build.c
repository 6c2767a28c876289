/* Syntax trees without source: built in memory, or detached from their text (ast_build.h).
 * Whether a name can be written bare, and what a value written as text is, are asked of the
 * real lexer and parser, so the answers cannot drift from what jxc reads. */
#include "front/ast_build.h"
#include "front/lang.h"
#include <stdlib.h>
#include <string.h>
#include "front/lexer.h"
#include "front/parse.h"
#include "parser.h"

/* Lemon's entry points (front/parser.y, %name jxParse), as parse.c declares them. */
void *jxParseAlloc(void *(*mallocProc)(size_t), ParseCtx *ctx);
void jxParse(void *p, int kind, Token tok);
void jxParseFree(void *p, void (*freeProc)(void *));

/* ---- spelling ------------------------------------------------------------------------------ */

const char *ast_keyword(NodeKind kind) { return lang_node_keyword(kind); }

const char *ast_multiplier(int exp) { return lang_multiplier_text(exp); }

bool ast_block_ok(const char *text) {
    if (strstr(text, "\"\"\"")) return false;
    for (const char *p = text;; p++) {
        if (*p == '\n' || *p == 0) {
            if (p > text && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\r')) return false;
            if (*p == 0) return true;
        }
    }
}

/* A NUL-padded copy of `s` for the lexer (which reads ahead, and may rewrite bad bytes). */
static char *lexable_copy(Arena *a, const char *s, size_t n) {
    char *buf = arena_alloc(a, n + SOURCE_PADDING);
    memcpy(buf, s, n);
    return buf;
}

bool ast_is_word(Arena *a, const char *s) {
    size_t n = s ? strlen(s) : 0;
    if (n == 0 || n > MAX_TOKEN_BYTES) return false;
    Diags d;
    diags_init(&d, a, NULL);
    ParsedFile pf = {0};
    Lexer lx;
    lexer_init(&lx, AST_NO_FILE, lexable_copy(a, s, n), n, &d, a, &pf);
    Token t = lexer_next(&lx);
    /* A word, or a keyword (a plain word where a name is expected: front/lang.def). */
    bool ok = (t.kind == TK_WORD || lang_keyword(s, n)) && t.off == 0 && t.len == n && lexer_next(&lx).kind == 0;
    return ok && d.errors == 0 && !pf.had_errors && !pf.comments;
}

bool ast_name_bare(Arena *a, const Node *n, const Node *parent) {
    if (!n->name || n->kind == N_IMPORT || !ast_is_word(a, n->name)) return false;
    const char *s = n->name;
    /* Where a statement of a 项目 or 部门 body starts, 资金 支出 指标 open their blocks. */
    bool body = parent && (parent->kind == N_PROJECT || parent->kind == N_DEPARTMENT);
    if (body && (n->kind == N_FIELD || n->kind == N_ITEM) &&
        (strcmp(s, "资金") == 0 || strcmp(s, "支出") == 0 || strcmp(s, "指标") == 0))
        return false;
    /* Where an indicator line starts, 引用 splices in a group. */
    if ((n->kind == N_CATEGORY || n->kind == N_LEAF) && strcmp(s, "引用") == 0) return false;
    return true;
}

/* ---- statements ------------------------------------------------------------------------------ */

ParsedFile *ast_new_file(Arena *a) {
    ParsedFile *pf = arena_alloc(a, sizeof *pf);
    pf->file = AST_NO_FILE;
    return pf;
}

Node *ast_new_node(Arena *a, NodeKind kind, const char *name) {
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = kind;
    if (name) {
        n->name = arena_strdup(a, name);
        n->name_quoted = kind == N_IMPORT || !ast_is_word(a, name);
    }
    switch (kind) {
    case N_DEFAULTS: case N_PROJECT: case N_DEPARTMENT: case N_GROUP: case N_FORM: case N_ALIASDECL:
    case N_EVAL: case N_MONITOR: case N_PROFILE:
    case N_FUNDS: case N_EXPENSES: case N_INDICATORS: case N_CATEGORY:
        n->has_block = true;
        break;
    default:
        break;
    }
    return n;
}

Node *ast_add_decl(ParsedFile *pf, Node *n) {
    if (pf->last_decl) pf->last_decl->next = n;
    else pf->decls = n;
    pf->last_decl = n;
    pf->ndecls++;
    return n;
}

Node *ast_add_child(Node *parent, Node *child) {
    if (parent->last_child) parent->last_child->next = child;
    else parent->children = child;
    parent->last_child = child;
    parent->nchildren++;
    parent->has_block = true;
    return child;
}

Value *ast_add_value(Arena *a, Node *n, Value *v) {
    /* Lists of values are short (a field's one or two): copied on each append. */
    Value **items = arena_alloc(a, sizeof *items * (size_t)(n->nvalues + 1));
    if (n->nvalues) memcpy(items, n->values, sizeof *items * (size_t)n->nvalues);
    items[n->nvalues++] = v;
    n->values = items;
    return v;
}

Comment *ast_add_comment(Arena *a, ParsedFile *pf, Comment **list, const char *text) {
    Comment *c = arena_alloc(a, sizeof *c);
    const char *nl = strchr(text, '\n');
    c->text = nl ? arena_strndup(a, text, (size_t)(nl - text)) : arena_strdup(a, text);
    Comment **p = list;
    while (*p) p = &(*p)->next;
    *p = c;
    if (pf) {
        if (pf->last_comment) pf->last_comment->next_in_file = c;
        else pf->comments = c;
        pf->last_comment = c;
    }
    return c;
}

/* ---- values ---------------------------------------------------------------------------------- */

static Value *new_value(Arena *a, ValueSyntax syntax) {
    Value *v = arena_alloc(a, sizeof *v);
    v->syntax = syntax;
    return v;
}

/* The unit of a measure, as the parser takes it apart: (人次) in parentheses, or a multiplier
 * in front (万元 → 万 and 元). */
static void set_unit(Arena *a, Value *v, const char *unit) {
    if (!unit || !*unit) return;
    size_t n = strlen(unit);
    bool ascii = unit[0] == '(' && unit[n - 1] == ')';
    bool wide = n >= 6 && memcmp(unit, "（", 3) == 0 && memcmp(unit + n - 3, "）", 3) == 0;
    if (ascii || wide) {
        size_t k = ascii ? 1 : 3;
        v->unit_paren = true;
        v->unit_fullwidth = wide;
        if (n > 2 * k) v->unit = arena_strndup(a, unit + k, n - 2 * k);
        return;
    }
    int exp = 0, m = v->mult_exp ? 0 : multiplier_prefix(unit, n, &exp);
    if (m) {
        v->mult_exp = exp;
        unit += m;
        n -= (size_t)m;
    }
    if (n) v->unit = arena_strndup(a, unit, n);
}

Value *ast_measure(Arena *a, Cmp cmp, Decimal number, int mult_exp, const char *unit) {
    Value *v = new_value(a, VX_MEASURE);
    v->cmp = cmp;
    v->number = number;
    v->number_ok = true;
    v->mult_exp = mult_exp;
    set_unit(a, v, unit);
    return v;
}

Value *ast_labelled(Arena *a, const char *label, Cmp cmp, Value *measure) {
    Value *v = new_value(a, VX_LABELLED);
    v->label = arena_strdup(a, label);
    v->cmp = cmp;
    v->number = measure->number;
    v->number_ok = measure->number_ok;
    v->number_grouped = measure->number_grouped;
    v->mult_exp = measure->mult_exp;
    v->unit = measure->unit;
    v->unit_paren = measure->unit_paren;
    v->unit_fullwidth = measure->unit_fullwidth;
    return v;
}

Value *ast_range(Arena *a, Value *lo, Value *hi) {
    Value *v = new_value(a, VX_RANGE);
    lo->cmp = hi->cmp = CMP_NONE;
    v->lo = lo;
    v->hi = hi;
    return v;
}

Value *ast_word(Arena *a, const char *text) {
    if (!ast_is_word(a, text)) return ast_string(a, text);
    Value *v = new_value(a, VX_WORD);
    v->text = arena_strdup(a, text);
    return v;
}

Value *ast_refword(Arena *a, Cmp cmp, const char *word) {
    Value *v = new_value(a, VX_REFWORD);
    v->cmp = cmp;
    v->text = arena_strdup(a, word);
    return v;
}

Value *ast_string(Arena *a, const char *text) {
    Value *v = new_value(a, VX_STRING);
    v->text = arena_strdup(a, text);
    v->triple = strchr(text, '\n') && ast_block_ok(text);
    return v;
}

Value *ast_text_block(Arena *a, const char *text) {
    Value *v = ast_string(a, text);
    v->triple = ast_block_ok(text);
    return v;
}

static Value *plain(Arena *a, ValueSyntax syntax, Cmp cmp, const char *text) {
    Value *v = new_value(a, syntax);
    v->cmp = cmp;
    v->text = arena_strdup(a, text);
    return v;
}

Value *ast_date(Arena *a, Cmp cmp, const char *text) { return plain(a, VX_DATE, cmp, text); }
Value *ast_code(Arena *a, const char *text) { return plain(a, VX_CODE, CMP_NONE, text); }

Value *ast_year(Arena *a, int year) {
    Value *v = new_value(a, VX_YEAR);
    v->text = arena_printf(a, "%d年", year);
    return v;
}

static void record_value(const char *text, Value *v);

/* ---- a value from text ------------------------------------------------------------------------ */

/* Parses `buf` (n bytes, NUL-padded) as the one value of a field: the parser is fed
 * `默认 { _ <the text's tokens> NL } NL`, with the made-up tokens empty, so that every
 * diagnostic points into the text itself. *silent is set when the text is not one value
 * for a reason no diagnostic gives (no tokens, two values, a line break, a comment). */
static Value *parse_value(Arena *a, Diags *d, uint32_t file, char *buf, size_t n, bool *silent) {
    ParsedFile *pf = arena_alloc(a, sizeof *pf);
    pf->file = file;
    int errors = d->errors;
    Lexer lx;
    lexer_init(&lx, file, buf, n, d, a, pf);
    ParseCtx ctx = {.arena = a, .diags = d, .pf = pf, .lx = &lx, .text = buf, .file = file};
    void *parser = jxParseAlloc(malloc, &ctx);
    if (!parser) out_of_memory();
    uint32_t end = (uint32_t)n;
    jxParse(parser, TK_DEFAULTS, (Token){TK_DEFAULTS, 0, 0});
    jxParse(parser, TK_LBRACE, (Token){TK_LBRACE, 0, 0});
    jxParse(parser, TK_WORD, (Token){TK_WORD, 0, 0});
    int ntokens = 0;
    *silent = false;
    for (;;) {
        Token t = lexer_next(&lx);
        if (t.kind == 0) break;
        if (t.kind == TK_NL || t.kind == TK_LBRACE || t.kind == TK_RBRACE) {
            *silent = true;
            break;
        }
        ntokens++;
        jxParse(parser, t.kind, t);
        if (d->too_many) break;
    }
    if (ntokens == 0) *silent = true;
    if (!*silent) {
        jxParse(parser, TK_NL, (Token){TK_NL, end, 0});
        jxParse(parser, TK_RBRACE, (Token){TK_RBRACE, end, 0});
        jxParse(parser, TK_NL, (Token){TK_NL, end, 0});
        jxParse(parser, 0, (Token){0, end, 0});
    }
    jxParseFree(parser, free);
    if (pf->comments) *silent = true;
    if (*silent || ctx.failed || pf->had_errors || d->errors > errors) return NULL;
    Node *defaults = pf->decls, *field = defaults ? defaults->children : NULL;
    if (!field || field->next || field->kind != N_FIELD) return NULL;
    if (field->nvalues != 1) {
        *silent = true;
        return NULL;
    }
    record_value(buf, field->values[0]);
    return field->values[0];
}

Value *ast_value_from_text(Arena *a, Diags *d, const char *text) {
    size_t n = text ? strlen(text) : 0;
    if (n == 0) return NULL;
    /* First quietly; again with the caller's diagnostics if that fails with errors, in a
     * source of its own so that they can show the text. */
    Diags quiet;
    diags_init(&quiet, a, NULL);
    bool silent;
    Value *v = parse_value(a, &quiet, AST_NO_FILE, lexable_copy(a, text, n), n, &silent);
    if (!v && !silent && d && d->sources) {
        uint32_t file = sources_add(d->sources, "<value>", text, n, 0);
        SourceFile *sf = sources_get(d->sources, file);
        parse_value(a, d, file, (char *)sf->text, n, &silent);
    }
    if (v) ast_detach_value(v);
    return v;
}

/* ---- detaching ---------------------------------------------------------------------------------- */

void ast_detach_value(Value *v) {
    if (!v) return;
    v->span = v->cmp_span = v->number_span = v->mult_span = v->unit_span = v->range_sep = (Span){0, 0, 0};
    ast_detach_value(v->lo);
    ast_detach_value(v->hi);
}

static void detach_comments(Comment *c) {
    for (; c; c = c->next) c->span = (Span){0, 0, 0};
}

static void detach_nodes(Node *n) {
    for (; n; n = n->next) {
        n->span = n->kw = n->name_span = n->half_kw = n->full_kw = n->lbrace = n->rbrace = (Span){0, 0, 0};
        for (int i = 0; i < n->nvalues; i++) ast_detach_value(n->values[i]);
        ast_detach_value(n->half);
        ast_detach_value(n->full);
        ast_detach_value(n->note);
        detach_comments(n->leading);
        detach_comments(n->trailing);
        detach_comments(n->dangling);
        detach_comments(n->brace_comment);
        detach_nodes(n->children);
    }
}

void ast_detach(ParsedFile *pf) {
    pf->file = AST_NO_FILE;
    detach_nodes(pf->decls);
    detach_comments(pf->end_comments);
    for (Comment *c = pf->comments; c; c = c->next_in_file) c->span = (Span){0, 0, 0};
}

/* ---- how a parsed tree was written ---------------------------------------------------------- */

static uint32_t span_end(Span s) { return s.off + s.len; }

static int newlines(const char *text, uint32_t a, uint32_t b) {
    int n = 0;
    for (uint32_t i = a; i < b; i++) n += text[i] == '\n';
    return n;
}

static bool starts_block(const char *text, Span s) { return s.len >= 6 && memcmp(text + s.off, "\"\"\"", 3) == 0; }
static bool one_line(const char *text, Span s) { return memchr(text + s.off, '\n', s.len) == NULL; }

/* Digits before the point, as written (without ',') and as decimal_format writes them. */
static int whole_digits(const char *s, size_t n) {
    int k = 0;
    for (size_t i = 0; i < n && s[i] != '.'; i++) k += s[i] >= '0' && s[i] <= '9';
    return k;
}

static void record_number(const char *text, Value *v) {
    const char *s = text + v->number_span.off;
    size_t n = v->number_span.len;
    /* Only a number that starts with 0 (0.5, 007, -0) can have either. */
    size_t first = n > 0 && s[0] == '-';
    if (first >= n || s[first] != '0') return;
    char buf[DECIMAL_STR_MAX];
    int len = decimal_format(v->number, buf);
    int zeros = whole_digits(s, n) - whole_digits(buf, (size_t)len);
    v->number_zeros = (uint16_t)(zeros < 0 ? 0 : zeros); /* (a number has at most MAX_TOKEN_BYTES) */
    v->number_neg_zero = n > 0 && s[0] == '-' && decimal_is_zero(v->number);
}

static void record_value(const char *text, Value *v) {
    if (!v) return;
    switch (v->syntax) {
    case VX_MEASURE:
    case VX_LABELLED:
        v->number_grouped = memchr(text + v->number_span.off, ',', v->number_span.len) != NULL;
        if (v->number_ok) record_number(text, v);
        /* The lexer pairs the parentheses: ( ) or （ ）. */
        if (v->unit_paren) v->unit_fullwidth = text[span_end(v->span) - 1] != ')';
        break;
    case VX_RANGE:
        record_value(text, v->lo);
        record_value(text, v->hi);
        break;
    case VX_STRING:
        /* (A name taken as a value, a word of 等级 or 单位, is a string without `triple`.) */
        if (starts_block(text, v->span)) v->triple = true;
        v->triple_inline = v->triple && one_line(text, v->span);
        break;
    default:
        break;
    }
}

/* The words of 单位 计数 { … } and 等级 含糊 { … } stay on their lines, with the comments
 * among them: which word starts a line, after a blank line or not, and where each comment
 * goes (the printer's reading of the source, kept in the fields). */
static void record_wordlist(const char *text, Node *n) {
    uint32_t prev_end = span_end(n->lbrace);
    Comment *c = n->dangling;
    int i = 0;
    while (i < n->nvalues || c) {
        if (i < n->nvalues && (!c || n->values[i]->span.off < c->span.off)) {
            Value *v = n->values[i++];
            int gap = newlines(text, prev_end, v->span.off);
            v->starts_line = gap >= 1;
            v->blank_line_before = gap >= 2;
            prev_end = span_end(v->span);
        } else {
            c->words_before = i;
            c->blank_before = newlines(text, prev_end, c->span.off) >= 2;
            prev_end = span_end(c->span);
            c = c->next;
        }
    }
}

static void record_nodes(const char *text, Node *n) {
    for (; n; n = n->next) {
        n->full_written = n->full_kw.len > 0 && !n->half;
        if (n->name_quoted && starts_block(text, n->name_span)) {
            n->name_triple = true;
            n->name_triple_inline = one_line(text, n->name_span);
        }
        for (int i = 0; i < n->nvalues; i++) record_value(text, n->values[i]);
        record_value(text, n->half);
        record_value(text, n->full);
        record_value(text, n->note);
        if ((n->kind == N_UNITDECL || n->kind == N_LEVELDECL) && n->has_block) record_wordlist(text, n);
        record_nodes(text, n->children);
    }
}

void ast_record_spelling(ParsedFile *pf, const char *text) { record_nodes(text, pf->decls); }
