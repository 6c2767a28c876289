#include "front/parse.h"
#include "front/lang.h"
#include <stdlib.h>
#include <string.h>
#include "parser.h"
#include "base/mapped.h"
#include "base/utf8.h"

/* Lemon's entry points (grammar/parser.y, %name jxParse). */
void *jxParseAlloc(void *(*mallocProc)(size_t), ParseCtx *ctx);
void jxParse(void *p, int kind, Token tok);
void jxParseFree(void *p, void (*freeProc)(void *));

Span tok_span(ParseCtx *c, Token t) { return (Span){c->file, t.off, t.len}; }

Cmp cmp_from_text(const char *s, size_t n) { return lang_cmp(s, n); }

/* ---- strings ------------------------------------------------------------------------------- */

static bool is_blank_line(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return false;
    return true;
}

/* A """ block: drop the rest of the opening line when blank, the closing line when blank,
 * the common indentation (spaces and tabs; the ideographic space U+3000 that opens a Chinese
 * paragraph is text), and trailing blanks on each line. No escapes are processed. */
static char *decode_text_block(Arena *a, const char *s, size_t n) {
    const char *p = s, *end = s + n;
    const char *nl = memchr(p, '\n', n);
    if (nl && is_blank_line(p, (size_t)(nl - p))) p = nl + 1;
    /* Lines. */
    typedef struct { const char *s; size_t n; } Line;
    int cap = 16, count = 0;
    Line *lines = malloc(sizeof *lines * (size_t)cap);
    if (!lines) out_of_memory();
    while (p <= end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e) e = end;
        if (count == cap) {
            cap *= 2;
            lines = realloc(lines, sizeof *lines * (size_t)cap);
            if (!lines) out_of_memory();
        }
        size_t len = (size_t)(e - p);
        if (len && p[len - 1] == '\r') len--;
        lines[count++] = (Line){p, len};
        if (e == end) break;
        p = e + 1;
    }
    bool last_blank = count > 0 && is_blank_line(lines[count - 1].s, lines[count - 1].n);
    size_t indent = (size_t)-1;
    for (int i = 0; i < count; i++) {
        bool blank = is_blank_line(lines[i].s, lines[i].n);
        if (blank && !(i == count - 1 && last_blank)) continue;
        size_t k = 0;
        while (k < lines[i].n && (lines[i].s[k] == ' ' || lines[i].s[k] == '\t')) k++;
        if (k < indent) indent = k;
    }
    if (indent == (size_t)-1) indent = 0;
    if (last_blank) count--;
    size_t total = 1;
    for (int i = 0; i < count; i++) total += lines[i].n + 1;
    char *out = arena_alloc(a, total), *o = out;
    for (int i = 0; i < count; i++) {
        const char *ls = lines[i].s;
        size_t ln = lines[i].n;
        size_t cut = indent < ln ? indent : ln;
        ls += cut;
        ln -= cut;
        /* Trailing blanks, a carriage return among them (a stray CR before the closing
         * quotes would otherwise be text that jxc fmt cannot keep: found by fuzzing). */
        while (ln && (ls[ln - 1] == ' ' || ls[ln - 1] == '\t' || ls[ln - 1] == '\r')) ln--;
        memcpy(o, ls, ln);
        o += ln;
        if (i + 1 < count) *o++ = '\n';
    }
    *o = 0;
    free(lines);
    return out;
}

static char *decode_string(ParseCtx *c, Token t, bool *triple) {
    const char *s = c->text + t.off;
    if (t.len >= 6 && memcmp(s, "\"\"\"", 3) == 0) {
        *triple = true;
        return decode_text_block(c->arena, s + 3, t.len - 6);
    }
    *triple = false;
    /* One-line string: "…", possibly unterminated (already reported by the lexer). */
    size_t n = t.len;
    size_t body = n >= 2 && s[n - 1] == '"' ? n - 2 : n - 1;
    char *out = arena_alloc(c->arena, body + 1), *o = out;
    for (size_t i = 1; i < 1 + body; i++) {
        if (s[i] == '\\' && i + 1 < 1 + body) {
            char e = s[i + 1];
            if (e == '"' || e == '\\') *o++ = e;
            else if (e == 'n') *o++ = '\n';
            else {
                uint32_t cp;
                int len = utf8_decode((const unsigned char *)s + i + 1, body - i, &cp);
                if (len < 1) len = 1;
                char esc[8];
                snprintf(esc, sizeof esc, "\\%.*s", len, s + i + 1);
                diag_at(c->diags, E0107, (Span){c->file, t.off + (uint32_t)i, 1 + (uint32_t)len}, esc, NULL);
                memcpy(o, s + i, 1 + (size_t)len);
                o += 1 + len;
                i += (size_t)len;
                continue;
            }
            i++;
        } else {
            *o++ = s[i];
        }
    }
    *o = 0;
    return out;
}

Name make_name(ParseCtx *c, Token t, bool quoted) {
    Name n = {0};
    n.span = tok_span(c, t);
    n.quoted = quoted;
    if (quoted) {
        bool triple;
        n.text = decode_string(c, t, &triple);
    } else {
        n.text = arena_strndup(c->arena, c->text + t.off, t.len);
    }
    return n;
}

/* ---- values ------------------------------------------------------------------------------- */

static Value *new_value(ParseCtx *c, ValueSyntax syntax, Span span) {
    Value *v = arena_alloc(c->arena, sizeof *v);
    v->syntax = syntax;
    v->span = span;
    return v;
}

/* Is `s` a valid digit grouping: 1–3 digits, then groups of exactly 3 (before any point)? */
static bool grouping_ok(const char *s, size_t n) {
    const char *point = memchr(s, '.', n);
    size_t int_len = point ? (size_t)(point - s) : n;
    if (!memchr(s, ',', int_len)) return true;
    size_t group = 0;
    bool first = true;
    for (size_t i = 0; i < int_len; i++) {
        if (s[i] == ',') {
            if ((first && (group < 1 || group > 3)) || (!first && group != 3)) return false;
            first = false;
            group = 0;
        } else {
            group++;
        }
    }
    return group == 3;
}

/* Splits the text of a measure (without any comparator) into number, multiplier and unit. */
static void split_measure(ParseCtx *c, Value *v, uint32_t off, uint32_t len) {
    const char *s = c->text + off;
    size_t i = 0;
    if (i < len && s[i] == '-') i++;
    while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == ',' || s[i] == '.')) i++;
    v->number_span = (Span){c->file, off, (uint32_t)i};
    const char *num = s, *num_end = s + i;
    bool neg = num[0] == '-';
    if (neg) num++;
    if (!grouping_ok(num, (size_t)(num_end - num))) {
        diag_at(c->diags, E0108, v->number_span,
                          arena_strndup(c->arena, s, i), NULL);
        c->pf->had_errors = true;
    }
    DecimalStatus st = decimal_parse(num, (size_t)(num_end - num), &v->number);
    if (st == DECIMAL_OK) {
        v->number_ok = true;
        if (neg) v->number = decimal_neg(v->number);
    } else {
        char *shown = arena_strndup(c->arena, s, i > 24 ? 20 : i);
        if (i > 24) shown = arena_printf(c->arena, "%s…", shown);
        char count[24];
        snprintf(count, sizeof count, "%zu", i);
        diag_at(c->diags, E0105, v->number_span, shown, count, NULL);
        c->pf->had_errors = true;
    }
    /* The rest is the multiplier and unit, possibly in parentheses. */
    uint32_t uoff = off + (uint32_t)i, ulen = len - (uint32_t)i;
    if (ulen == 0) return;
    const char *u = c->text + uoff;
    if (u[0] == '(' || memcmp(u, "（", 3) == 0) {
        size_t open = u[0] == '(' ? 1 : 3, close = u[ulen - 1] == ')' ? 1 : 3;
        v->unit_paren = true;
        uoff += (uint32_t)open;
        ulen -= (uint32_t)(open + close);
        u = c->text + uoff;
    }
    int exp = 0;
    int mlen = multiplier_prefix(u, ulen, &exp);
    if (mlen && !v->unit_paren) {
        v->mult_exp = exp;
        v->mult_span = (Span){c->file, uoff, (uint32_t)mlen};
        uoff += (uint32_t)mlen;
        ulen -= (uint32_t)mlen;
    }
    /* Inside parentheses, (万元/人/年): the multiplier stays part of the unit text and the
     * checker takes it apart, since it belongs to the unit as printed. */
    if (ulen > 0) {
        v->unit = arena_strndup(c->arena, c->text + uoff, ulen);
        v->unit_span = (Span){c->file, uoff, ulen};
    }
}

Value *make_measure(ParseCtx *c, Token t, const Token *cmp) {
    Span sp = tok_span(c, t);
    if (cmp) sp = span_join(tok_span(c, *cmp), sp);
    Value *v = new_value(c, VX_MEASURE, sp);
    if (cmp) {
        v->cmp = cmp_from_text(c->text + cmp->off, cmp->len);
        v->cmp_span = tok_span(c, *cmp);
    }
    split_measure(c, v, t.off, t.len);
    return v;
}

Value *make_labelled(ParseCtx *c, Token t) {
    /* word, comparator, blanks, measure: find the comparator by scanning the word's
     * characters (words never contain a comparator character). */
    Value *v = new_value(c, VX_LABELLED, tok_span(c, t));
    const char *s = c->text + t.off;
    for (uint32_t i = 0; i < t.len; i++) {
        Cmp cmp;
        size_t n = lang_cmp_prefix(s + i, t.len - i, &cmp);
        if (!n) continue;
        v->label = arena_strndup(c->arena, s, i);
        v->cmp = cmp;
        v->cmp_span = (Span){c->file, t.off + i, (uint32_t)n};
        uint32_t m = i + (uint32_t)n;
        while (m < t.len && (s[m] == ' ' || s[m] == '\t')) m++;
        if (m + 3 <= t.len && memcmp(s + m, "\u3000", 3) == 0) m += 3;
        split_measure(c, v, t.off + m, t.len - m);
        return v;
    }
    return v;
}

Value *make_range(ParseCtx *c, Token lo, Token sep, Token hi) {
    Value *v = new_value(c, VX_RANGE, span_join(tok_span(c, lo), tok_span(c, hi)));
    v->lo = make_measure(c, lo, NULL);
    v->hi = make_measure(c, hi, NULL);
    v->range_sep = tok_span(c, sep);
    return v;
}

Value *make_word(ParseCtx *c, Token t) {
    Value *v = new_value(c, VX_WORD, tok_span(c, t));
    v->text = arena_strndup(c->arena, c->text + t.off, t.len);
    return v;
}

Value *make_refword(ParseCtx *c, Token cmp, Token word) {
    Value *v = new_value(c, VX_REFWORD, span_join(tok_span(c, cmp), tok_span(c, word)));
    v->cmp = cmp_from_text(c->text + cmp.off, cmp.len);
    v->cmp_span = tok_span(c, cmp);
    v->text = arena_strndup(c->arena, c->text + word.off, word.len);
    return v;
}

Value *make_string(ParseCtx *c, Token t) {
    Value *v = new_value(c, VX_STRING, tok_span(c, t));
    v->text = decode_string(c, t, &v->triple);
    return v;
}

Value *make_plain(ParseCtx *c, ValueSyntax syntax, Token t, const Token *cmp) {
    Span sp = tok_span(c, t);
    if (cmp) sp = span_join(tok_span(c, *cmp), sp);
    Value *v = new_value(c, syntax, sp);
    if (cmp) {
        v->cmp = cmp_from_text(c->text + cmp->off, cmp->len);
        v->cmp_span = tok_span(c, *cmp);
    }
    v->text = arena_strndup(c->arena, c->text + t.off, t.len);
    return v;
}

Value *name_as_value(ParseCtx *c, Name n) {
    Value *v = new_value(c, n.quoted ? VX_STRING : VX_WORD, n.span);
    v->text = n.text;
    return v;
}

/* ---- statements ---------------------------------------------------------------------------- */

void list_add(NodeList *l, Node *n) {
    if (!n) return;
    if (l->last) l->last->next = n;
    else l->first = n;
    l->last = n;
    l->n++;
}

void values_add(ParseCtx *c, ValueList *l, Value *v) {
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Value **items = arena_alloc(c->arena, sizeof *items * (size_t)cap);
        if (l->n) memcpy(items, l->items, sizeof *items * (size_t)l->n);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = v;
    l->span = l->n == 1 ? v->span : span_join(l->span, v->span);
}

Node *make_stmt(ParseCtx *c, NodeKind kind, Span start, Span end) {
    return ast_node(c->arena, kind, span_join(start, end));
}

void node_set_name(Node *n, Name name) {
    n->name = name.text;
    n->name_span = name.span;
    n->name_quoted = name.quoted;
}

void node_set_children(Node *n, NodeList l, Token lbrace, Token rbrace) {
    n->children = l.first;
    n->last_child = l.last;
    n->nchildren = l.n;
    n->has_block = true;
    n->lbrace = (Span){n->span.file, lbrace.off, lbrace.len};
    n->rbrace = (Span){n->span.file, rbrace.off, rbrace.len};
}

void node_set_values(Node *n, ValueList l) {
    n->values = l.items;
    n->nvalues = l.n;
    /* A form item's first value is its name. */
    if (n->kind == N_ITEM && l.n > 0 && (l.items[0]->syntax == VX_WORD || l.items[0]->syntax == VX_STRING)) {
        n->name = l.items[0]->text;
        n->name_span = l.items[0]->span;
        n->name_quoted = l.items[0]->syntax == VX_STRING;
        n->values = l.items + 1;
        n->nvalues = l.n - 1;
    }
}

void add_decl(ParseCtx *c, Node *n) {
    ParsedFile *pf = c->pf;
    if (c->stream) {
        /* Handed over when the parser returns (hand_over); a table is not kept in the file. */
        c->completed = n;
        if (n->kind == N_PROJECT || n->kind == N_DEPARTMENT) {
            pf->ndecls++;
            return;
        }
    }
    if (pf->last_decl) pf->last_decl->next = n;
    else pf->decls = n;
    pf->last_decl = n;
    pf->ndecls++;
}

/* ---- the driver ----------------------------------------------------------------------------- */

typedef struct Feeder {
    ParseCtx *ctx;
    void *parser;
    int last_kind;        /* the last token fed */
    bool pending_nl;      /* an NL held back in case a '{' follows (brace on its own line) */
    Token pending;
    uint32_t *braces;     /* offsets of the open '{' */
    int nbraces, cap;
    int skip_depth;       /* > 0 while skipping a block nested too deeply */
} Feeder;

/* No error from the lexer or the parser in this file so far (the checker's are counted apart). */
static bool parse_clean(const ParseCtx *c) {
    return !c->pf->had_errors && c->diags->errors - c->diags->check_errors == c->errors_before;
}

/* Parsing a declaration at a time: the declaration the parser has just completed, handed over.
 * This runs between two calls of the parser, whose stack then holds tokens only (the
 * declaration was reduced on its NL or on the first token of the next one, a keyword), so the
 * arena of the tables can be cleared. Nothing is handed over after a syntax error: nothing will
 * be checked, and the parser's error recovery may still hold pieces of the tree. */
static bool is_table(const Node *n) { return n && (n->kind == N_PROJECT || n->kind == N_DEPARTMENT); }

/* The comments handed over are copies; the lexer's own are kept only until they are handed.
 * Once their arena holds a megabyte, the ones still waiting move to the other arena and the
 * full one is cleared, so a file of any length costs a megabyte or two of comments. After a
 * syntax error none will ever be handed over: all go. */
static void drop_handed_comments(ParseCtx *c, bool all) {
    Lexer *lx = c->lx;
    if (lx->comment_arena == lx->arena || (!all && lx->comment_arena->total < (1u << 20))) return;
    ParsedFile *pf = c->pf;
    Arena *other = lx->comment_arena == &c->comments[0] ? &c->comments[1] : &c->comments[0];
    Comment *first = all ? NULL : c->handed ? c->handed->next_in_file : pf->comments, *last = NULL;
    pf->comments = NULL;
    for (Comment *o = first; o; o = o->next_in_file) {
        Comment *k = arena_alloc(other, sizeof *k);
        *k = *o;
        k->text = arena_strdup(other, o->text);
        k->next = k->next_in_file = NULL;
        if (last) last->next = last->next_in_file = k;
        else pf->comments = k;
        last = k;
    }
    pf->last_comment = last;
    c->handed = NULL;
    arena_reset(lx->comment_arena);
    lx->comment_arena = other;
}

static void hand_over(ParseCtx *c, bool last) {
    Node *n = c->completed;
    c->completed = NULL;
    if (!n && !last) return;
    if (!parse_clean(c)) {
        /* Nothing is handed over after a syntax error: nothing will be checked, and the
         * parser's error recovery may still hold pieces of the tree. But once a table has been
         * reduced the parser's stack holds tokens only, so its tree goes as after a table
         * handed over: a big file with an early mistake costs no more memory than without. */
        drop_handed_comments(c, true);
        if (is_table(n) && !last) {
            c->arena = c->stream->tables;
            arena_reset(c->arena);
        }
        return;
    }
    ParsedFile *pf = c->pf;
    ParsedFile piece = {.file = pf->file, .decls = n, .ndecls = n != NULL};
    Comment *first = c->handed ? c->handed->next_in_file : pf->comments;
    if (last) {
        /* The comments after the last declaration: nothing to attach them to. */
        piece.comments = first;
        piece.last_comment = pf->last_comment;
        c->stream->take(c->stream->arg, pf, &piece, c->arena);
        return;
    }
    /* The comments not yet handed over, copied (the lexer goes on appending to the file's
     * list), attached as ast_attach_comments attaches them in the whole file: the ones before
     * the declaration's end and its trailing one are its; the rest wait for the next. */
    int total = 0;
    for (Comment *o = first; o; o = o->next_in_file) {
        Comment *k = arena_alloc(c->arena, sizeof *k);
        *k = *o;
        k->next = k->next_in_file = NULL;
        if (piece.last_comment) piece.last_comment->next = piece.last_comment->next_in_file = k;
        else piece.comments = k;
        piece.last_comment = k;
        total++;
    }
    ast_attach_comments(&piece, c->text);
    int left = 0;
    for (Comment *k = piece.end_comments; k; k = k->next) left++;
    piece.end_comments = NULL;
    Comment *mine = NULL; /* the last copy the declaration took */
    for (int i = 0; i < total - left; i++) {
        c->handed = c->handed ? c->handed->next_in_file : pf->comments;
        mine = mine ? mine->next_in_file : piece.comments;
    }
    if (mine) mine->next_in_file = NULL;
    else piece.comments = NULL;
    piece.last_comment = mine;
    ast_record_spelling(&piece, c->text);
    uint32_t end = n->span.off + n->span.len;
    c->stream->take(c->stream->arg, pf, &piece, c->arena);
    /* The text of what has been handed over is read again only for the excerpts of its
     * diagnostics: a mapped file's pages go (base/mapped.h). */
    if (end > c->released + (1u << 20)) {
        mapped_release(c->text + c->released, c->text + end);
        c->released = end;
    }
    if (is_table(n)) {
        c->arena = c->stream->tables;
        arena_reset(c->arena);
    }
    drop_handed_comments(c, false);
}

static void feed_raw(Feeder *f, int kind, Token t) {
    t.kind = kind;
    jxParse(f->parser, kind, t);
    f->last_kind = kind;
    if (f->ctx->completed) hand_over(f->ctx, false);
}

static void feed(Feeder *f, Token t) {
    ParseCtx *c = f->ctx;
    if (t.kind == TK_NL) {
        /* Blank lines, and line breaks right after '{' or at the start, are not statements. */
        if (f->last_kind == TK_NL || f->last_kind == TK_LBRACE || f->last_kind == 0) return;
        if (f->pending_nl) return;
        f->pending_nl = true;
        f->pending = t;
        return;
    }
    /* A closing brace ends its statement: `a { … } b { … }` on one line is two statements. */
    if (f->last_kind == TK_RBRACE && t.kind != TK_RBRACE && !f->pending_nl) feed_raw(f, TK_NL, (Token){TK_NL, t.off, 0});
    if (f->pending_nl) {
        f->pending_nl = false;
        /* `项目 X` NL `{`: the brace on its own line opens the block of the line above. */
        if (t.kind != TK_LBRACE) feed_raw(f, TK_NL, f->pending);
    }
    if (t.kind == TK_LBRACE) {
        if (f->nbraces == f->cap) {
            f->cap = f->cap ? f->cap * 2 : 16;
            f->braces = realloc(f->braces, sizeof *f->braces * (size_t)f->cap);
            if (!f->braces) out_of_memory();
        }
        f->braces[f->nbraces++] = t.off;
    } else if (t.kind == TK_RBRACE) {
        if (f->nbraces == 0) {
            diag_at(c->diags, E0203, tok_span(c, t), NULL);
            c->pf->had_errors = true;
            return;
        }
        f->nbraces--;
        if (f->last_kind != TK_NL && f->last_kind != TK_LBRACE)
            feed_raw(f, TK_NL, (Token){TK_NL, t.off, 0});
    }
    feed_raw(f, t.kind, t);
}

static ParsedFile *parse(Arena *a, Diags *d, SourceSet *s, uint32_t file, DeclStream *stream) {
    SourceFile *sf = sources_get(s, file);
    ParsedFile *pf = arena_alloc(a, sizeof *pf);
    pf->file = file;
    int errors_before = d->errors - d->check_errors; /* (lexer_init reports some) */
    Lexer lx;
    /* The lexer's comments stay in the file's arena (`a`) when the tables' is cleared. */
    lexer_init(&lx, file, (char *)sf->text, sf->len, d, a, pf);
    ParseCtx ctx = {.arena = a, .diags = d, .pf = pf, .lx = &lx, .text = sf->text, .file = file,
                    .stream = stream, .errors_before = errors_before};
    arena_init(&ctx.comments[0]);
    arena_init(&ctx.comments[1]);
    /* Only a big file's comments take turns in arenas of their own: a fresh arena costs a
     * block of zeroed memory, which for each of thousands of small files was a seventh of the
     * check's time (their comments go with the file's arena anyway). */
    if (stream && sf->len > (8u << 20)) lx.comment_arena = &ctx.comments[0];
    Feeder f = {.ctx = &ctx};
    f.parser = jxParseAlloc(malloc, &ctx);
    if (!f.parser) out_of_memory();
    for (;;) {
        Token t = lexer_next(&lx);
        if (t.kind == 0) break;
        if (f.skip_depth > 0) {
            if (t.kind == TK_LBRACE) f.skip_depth++;
            else if (t.kind == TK_RBRACE && --f.skip_depth == 0) feed(&f, t); /* closes the empty block */
            continue;
        }
        if (t.kind == TK_LBRACE && f.nbraces >= MAX_NESTING) {
            /* The parser sees the block too deep as an empty one ('{' then its '}'), so the
             * statement that opens it is complete and nothing else is reported for it. */
            char lim[16];
            snprintf(lim, sizeof lim, "%d", MAX_NESTING);
            diag_at(d, E0901, tok_span(&ctx, t), lim, NULL);
            pf->had_errors = true;
            feed(&f, t);
            f.skip_depth = 1;
            continue;
        }
        feed(&f, t);
        if (d->too_many) break;
    }
    uint32_t end = (uint32_t)sf->len;
    if (f.pending_nl) {
        f.pending_nl = false;
        feed_raw(&f, TK_NL, f.pending);
    }
    if (f.nbraces > 0) {
        /* A truncated file: report the innermost unclosed '{' and close them all, so the
         * statements before the end still reach the checker. */
        uint32_t open = f.braces[f.nbraces - 1];
        LineCol lc = source_linecol(sf, open);
        char line[16];
        snprintf(line, sizeof line, "%u", lc.line);
        /* After an unterminated """ the missing '}' is no news. */
        if (!lx.swallowed_rest) {
            Diag *g = diag_at(d, E0202, (Span){file, end, 0}, line, NULL);
            diag_note(d, g, E0202_note, (Span){file, open, 1}, NULL);
        }
        pf->had_errors = true;
        ctx.closing_at_eof = true;
        while (f.nbraces > 0) {
            if (f.last_kind != TK_NL && f.last_kind != TK_LBRACE) feed_raw(&f, TK_NL, (Token){TK_NL, end, 0});
            f.nbraces--;
            feed_raw(&f, TK_RBRACE, (Token){TK_RBRACE, end, 0});
        }
    }
    if (f.last_kind != TK_NL && f.last_kind != 0) feed_raw(&f, TK_NL, (Token){TK_NL, end, 0});
    jxParse(f.parser, 0, (Token){0, end, 0});
    if (ctx.completed) hand_over(&ctx, false);
    jxParseFree(f.parser, free);
    free(f.braces);
    if (stream) {
        hand_over(&ctx, true);
        /* Every comment has been handed over (as a copy). */
        pf->comments = pf->last_comment = NULL;
        arena_free(&ctx.comments[0]);
        arena_free(&ctx.comments[1]);
    } else {
        ast_attach_comments(pf, sf->text);
        ast_record_spelling(pf, sf->text);
    }
    if (d->errors - d->check_errors > ctx.errors_before) pf->had_errors = true;
    if (pf->ndecls == 0 && !pf->had_errors && !sf->is_stdlib) diag_at(d, W0204, (Span){file, 0, 0}, NULL);
    return pf;
}

ParsedFile *parse_file(Arena *a, Diags *d, SourceSet *s, uint32_t file) { return parse(a, d, s, file, NULL); }

ParsedFile *parse_file_streamed(Arena *a, Diags *d, SourceSet *s, uint32_t file, DeclStream *stream) {
    return parse(a, d, s, file, stream);
}
