/* The formatter's printer: one file's syntax tree → its canonical text.
 *
 * The layout (docs/review.md): 4 spaces a level, one statement a line, blocks opened on the
 * statement's line, comparators in their canonical spelling with the measure attached, the
 * value column of sibling leaf lines (indicators, fund and expense lines, form items) aligned
 * by display width within a run of lines that no blank line breaks, one blank line kept where
 * the source had one or more, and one around every top-level block. Names and one-line
 * strings are printed as written (the writer's quoting and escapes are kept); a """ block is
 * re-indented one level deeper than its statement. Every comment is printed where the syntax
 * tree attached it.
 *
 * A tree without source (front/ast.h: built in memory, or detached) is printed from its
 * fields alone, in the same layout: a name bare when it may be (ast_name_bare) unless it is
 * name_quoted, else as a "…" string; a string "…" with \" \\ \n escapes, or a """ block; a
 * number by decimal_format (its scale kept), grouped if number_grouped; the multiplier's
 * word from mult_exp. Keywords come from the kinds of statement, with or without source. */
#include <stdlib.h>
#include <string.h>
#include "review/fmt.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "front/ast_build.h"

enum { INDENT = 4, COMMENT_GAP = 2 };

typedef struct Printer {
    Arena *a;             /* the cells' texts: the caller's arena at the top of the file, */
    Arena scratch;        /* this one inside a top-level block, emptied after each */
    const char *src;      /* NULL: a tree without source */
    StrBuf out;
    int comments;         /* comments printed */
    bool at_block_start;  /* no line printed yet in the current block: no blank line here */
    bool want_blank;      /* a blank line goes before the next line */
} Printer;

static const char *slice(Arena *a, const char *src, uint32_t off, uint32_t end) {
    return arena_strndup(a, src + off, end - off);
}

static const char *span_str(Printer *P, Span s) { return slice(P->a, P->src, s.off, s.off + s.len); }

static int width(const char *s) { return display_width(s, strlen(s)); }

/* x, y and z joined in the arena (a NULL piece is empty). fmt_value and the target cells make
 * such a string for every value, and arena_printf (vsnprintf twice, to measure and to
 * write) was a fifth of `jxc fmt`. */
static const char *cat3(Arena *a, const char *x, const char *y, const char *z) {
    size_t nx = x ? strlen(x) : 0, ny = y ? strlen(y) : 0, nz = z ? strlen(z) : 0;
    char *p = arena_alloc(a, nx + ny + nz + 1);
    if (nx) memcpy(p, x, nx);
    if (ny) memcpy(p + nx, y, ny);
    if (nz) memcpy(p + nx + ny, z, nz);
    p[nx + ny + nz] = 0;
    return p;
}

/* The comparator's symbol and the source from off to end, in one piece (no slice first). */
static const char *cmp_and_slice(Arena *a, const char *label, Cmp cmp, const char *src, uint32_t off, uint32_t end) {
    const char *sym = cmp_symbol(cmp);
    size_t nl = label ? strlen(label) : 0, ns = strlen(sym), n = end - off;
    char *p = arena_alloc(a, nl + ns + n + 1);
    if (nl) memcpy(p, label, nl);
    memcpy(p + nl, sym, ns);
    memcpy(p + nl + ns, src + off, n);
    p[nl + ns + n] = 0;
    return p;
}

/* ---- pieces ------------------------------------------------------------------------------- */

/* A """ block: the opening quotes, each line of the text one level deeper than the
 * statement, the closing quotes on their own line at that level. Parsing it again gives the
 * same text: the closing line's indentation is the common one, and it is removed. */
static const char *text_block(Arena *a, const char *text, int depth, bool written_inline) {
    /* A block written on one line, """单行""", stays on its line (unless its text starts with
     * blanks, which would be taken as indentation, or ends with a quote, which would run into
     * the closing quotes); a block written over lines keeps its lines, however short its text:
     * a paragraph of 立项必要性 reads better as a block than as one line of 300 characters. */
    size_t n = strlen(text);
    if (written_inline && !strchr(text, '\n') && !(n && text[n - 1] == '"') && text[0] != ' ' && text[0] != '\t')
        return arena_printf(a, "\"\"\"%s\"\"\"", text);
    StrBuf b = {0};
    sb_puts(&b, "\"\"\"\n");
    const char *p = text;
    for (;;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n > 0) {
            sb_spaces(&b, (depth + 1) * INDENT);
            sb_putn(&b, p, n);
        }
        sb_putc(&b, '\n');
        if (!nl) break;
        p = nl + 1;
    }
    sb_spaces(&b, (depth + 1) * INDENT);
    sb_puts(&b, "\"\"\"");
    const char *s = arena_strdup(a, b.data);
    sb_free(&b);
    return s;
}

static bool is_text_block(const char *src, Span s) { return s.len >= 6 && memcmp(src + s.off, "\"\"\"", 3) == 0; }
static bool on_one_line(const char *src, Span s) { return memchr(src + s.off, '\n', s.len) == NULL; }

/* "…" with \" \\ and \n escaped: the only spelling of a one-line string (the lexer knows no
 * other escapes), so the writer's is this one. */
static const char *quoted(Arena *a, const char *text) {
    StrBuf b = {0};
    sb_putc(&b, '"');
    for (const char *p = text ? text : ""; *p; p++) {
        if (*p == '"' || *p == '\\') sb_putc(&b, '\\');
        if (*p == '\n') sb_puts(&b, "\\n");
        else sb_putc(&b, *p);
    }
    sb_putc(&b, '"');
    const char *s = arena_strdup(a, b.data);
    sb_free(&b);
    return s;
}

/* A measure from its fields: number (its sign and leading zeros as written: -0, 007; grouped
 * if so written), multiplier word, unit (in parentheses if so written). */
static const char *measure_text(Arena *a, const Value *v) {
    char dec[DECIMAL_STR_MAX];
    decimal_format(v->number, dec);
    StrBuf b = {0};
    if (dec[0] == '-' || v->number_neg_zero) sb_putc(&b, '-');
    for (int i = 0; i < v->number_zeros; i++) sb_putc(&b, '0');
    sb_puts(&b, dec[0] == '-' ? dec + 1 : dec);
    const char *num = b.data;
    if (v->number_grouped) {
        char *grouped = arena_alloc(a, 2 * b.len + 2);
        decimal_group_thousands(b.data, grouped);
        num = grouped;
    }
    const char *mult = ast_multiplier(v->mult_exp);
    const char *open = NULL, *close = NULL;
    if (v->unit_paren) {
        open = v->unit_fullwidth ? "（" : "(";
        close = v->unit_fullwidth ? "）" : ")";
    }
    /* (joined without arena_printf: a tree imported has a measure in most of its lines) */
    const char *s = cat3(a, cat3(a, num, mult, open), v->unit, close);
    sb_free(&b);
    return s;
}

static const char *value_from_fields(Arena *a, const Value *v, int depth) {
    switch (v->syntax) {
    case VX_MEASURE:
        return cat3(a, cmp_symbol(v->cmp), measure_text(a, v), NULL);
    case VX_LABELLED:
        return cat3(a, v->label, cmp_symbol(v->cmp), measure_text(a, v));
    case VX_RANGE:
        return cat3(a, value_from_fields(a, v->lo, depth), "~", value_from_fields(a, v->hi, depth));
    case VX_REFWORD:
    case VX_DATE:
        return cat3(a, cmp_symbol(v->cmp), v->text, NULL);
    case VX_STRING:
        if (v->triple && ast_block_ok(v->text)) return text_block(a, v->text, depth, v->triple_inline);
        return quoted(a, v->text);
    case VX_WORD:
    case VX_YEAR:
    case VX_CODE:
        break;
    }
    return v->text ? v->text : "";
}

const char *fmt_value(Arena *a, const char *src, const Value *v, int depth) {
    if (!src) return value_from_fields(a, v, depth);
    uint32_t end = v->span.off + v->span.len;
    switch (v->syntax) {
    case VX_MEASURE:
        /* The measure token (number, multiplier, unit) as written, the comparator canonical
         * and attached: `＝ 100%` → `=100%`. */
        return cmp_and_slice(a, NULL, v->cmp, src, v->number_span.off, end);
    case VX_LABELLED:
        if (!v->label) break;
        return cmp_and_slice(a, v->label, v->cmp, src, v->number_span.off, end);
    case VX_RANGE:
        return cat3(a, fmt_value(a, src, v->lo, depth), "~", fmt_value(a, src, v->hi, depth));
    case VX_REFWORD:
    case VX_DATE:
        return cat3(a, cmp_symbol(v->cmp), v->text, NULL);
    case VX_STRING:
        if (is_text_block(src, v->span)) return text_block(a, v->text, depth, on_one_line(src, v->span));
        break;
    case VX_WORD:
    case VX_YEAR:
    case VX_CODE:
        break;
    }
    return slice(a, src, v->span.off, end);
}

static const char *value_str(Printer *P, const Value *v, int depth) { return fmt_value(P->a, P->src, v, depth); }

/* A statement's name: as written; without source, bare if it may be (and the tree does not
 * ask for quotes), else quoted. */
static const char *name_str(Printer *P, const Node *n, const Node *parent, int depth) {
    if (!P->src) {
        if (!n->name) return "";
        if (n->name_quoted && n->name_triple && ast_block_ok(n->name)) return text_block(P->a, n->name, depth, n->name_triple_inline);
        return !n->name_quoted && ast_name_bare(P->a, n, parent) ? n->name : quoted(P->a, n->name);
    }
    if (n->name_quoted && is_text_block(P->src, n->name_span)) return text_block(P->a, n->name, depth, on_one_line(P->src, n->name_span));
    return span_str(P, n->name_span);
}

static const char *values_str(Printer *P, Value **vals, int n, int depth) {
    if (n == 0) return NULL;
    StrBuf b = {0};
    for (int i = 0; i < n; i++) {
        if (i) sb_putc(&b, ' ');
        sb_puts(&b, value_str(P, vals[i], depth));
    }
    const char *s = arena_strdup(P->a, b.data);
    sb_free(&b);
    return s;
}

/* ---- rows: a statement's line, in cells ------------------------------------------------------ */

typedef struct Row {
    Node *n;
    /* name; first value part (a lone value, `全年 v` or `半年 v`); the `全年 v` after a
     * `半年 v`; the note */
    const char *cell[4];
    bool align;       /* a leaf line whose value column is aligned with its siblings' */
    bool multiline;   /* holds a """ block */
    const char *line; /* the statement's line (a block's: up to and without its '{') */
    int comment_col;  /* where its trailing comment starts (0: two spaces after the line) */
    int w0, w1;       /* display widths of cell[0] and (before a cell[2]) cell[1] of an aligned
                         line, measured once (layout_rows) */
} Row;

static bool is_wordlist(const Node *n) {
    return (n->kind == N_UNITDECL || n->kind == N_LEVELDECL) && n->has_block;
}

static void target_cells(Printer *P, Row *r, int depth) {
    Node *n = r->n;
    if (n->half) {
        r->cell[1] = cat3(P->a, "半年 ", value_str(P, n->half, depth), NULL);
        if (n->full) r->cell[2] = cat3(P->a, "全年 ", value_str(P, n->full, depth), NULL);
    } else if (n->full) {
        r->cell[1] = n->full_written ? cat3(P->a, "全年 ", value_str(P, n->full, depth), NULL)
                                    : value_str(P, n->full, depth);
    }
}

static const char *level_words(Printer *P, Node *n, int depth) {
    StrBuf b = {0};
    for (int i = 0; i < n->nvalues; i++) {
        Value *v = n->values[i];
        if (i) sb_putc(&b, ' ');
        if (v->cmp != CMP_NONE) {
            sb_puts(&b, cmp_symbol(v->cmp));
            sb_putc(&b, ' ');
        }
        sb_puts(&b, value_str(P, v, depth));
    }
    const char *s = arena_strdup(P->a, b.len ? b.data : "");
    sb_free(&b);
    return s;
}

static void make_cells(Printer *P, Row *r, const Node *parent, int depth) {
    Node *n = r->n;
    /* The keyword: spelt one way only, so taken from the kind of statement. */
    const char *kw = ast_keyword(n->kind);
    switch (n->kind) {
    case N_IMPORT:
    case N_REF:
        r->cell[0] = kw;
        r->cell[1] = name_str(P, n, parent, depth);
        break;
    case N_DEFAULTS:
    case N_ALIASDECL:
    case N_EXPENSES:
        r->cell[0] = kw;
        break;
    case N_FUNDS:
    case N_INDICATORS:
        r->cell[0] = kw;
        if (n->name) r->cell[1] = name_str(P, n, parent, depth); /* 指标 中期 { … } */
        break;
    case N_PROJECT:
    case N_DEPARTMENT:
    case N_GROUP:
    case N_FORM:
        r->cell[0] = kw;
        r->cell[1] = name_str(P, n, parent, depth);
        break;
    case N_EVAL:
    case N_MONITOR:
    case N_PROFILE:
        r->cell[0] = kw;
        r->cell[1] = values_str(P, n->values, n->nvalues, depth);
        break;
    case N_UNITDECL:
        r->cell[0] = kw;
        r->cell[1] = name_str(P, n, parent, depth);
        if (!n->has_block) r->cell[2] = values_str(P, n->values, n->nvalues, depth);
        break;
    case N_LEVELDECL:
        r->cell[0] = kw;
        if (n->has_block) r->cell[1] = name_str(P, n, parent, depth);
        else r->cell[1] = level_words(P, n, depth);
        break;
    case N_FIELD:
        r->cell[0] = name_str(P, n, parent, depth);
        r->cell[1] = values_str(P, n->values, n->nvalues, depth);
        break;
    case N_ITEM:
        if (n->name) {
            r->cell[0] = name_str(P, n, parent, depth);
            r->cell[1] = values_str(P, n->values, n->nvalues, depth);
        } else {
            r->cell[0] = values_str(P, n->values, n->nvalues, depth);
        }
        break;
    case N_FUND:
        r->cell[0] = name_str(P, n, parent, depth);
        if (n->full) r->cell[1] = value_str(P, n->full, depth);
        break;
    case N_EXPENSE:
        r->cell[0] = name_str(P, n, parent, depth);
        target_cells(P, r, depth);
        break;
    case N_LEAF:
        r->cell[0] = name_str(P, n, parent, depth);
        target_cells(P, r, depth);
        if (n->note) r->cell[3] = value_str(P, n->note, depth);
        break;
    case N_CATEGORY:
        r->cell[0] = name_str(P, n, parent, depth);
        break;
    case N_ERROR:
        r->cell[0] = P->src ? span_str(P, n->span) : "";
        break;
    }
    if (!r->cell[0]) r->cell[0] = "";
    for (int i = 0; i < 4; i++)
        if (r->cell[i] && strchr(r->cell[i], '\n')) r->multiline = true;
    bool leafish = n->kind == N_LEAF || n->kind == N_FUND || n->kind == N_EXPENSE || n->kind == N_ITEM;
    r->align = leafish && !n->has_block && !r->multiline;
}

/* The cells joined by one space, the name padded to w0 and the 半年 part to w1 (0: none).
 * Measured first and made in the arena at once: every line is composed, aligned ones twice. */
static const char *compose(Printer *P, const Row *r, int w0, int w1) {
    size_t len[4], total = 0;
    int pad[4] = {0};
    for (int i = 0; i < 4; i++) {
        len[i] = r->cell[i] ? strlen(r->cell[i]) : 0;
        if (i == 0 || !r->cell[i]) continue;
        if (i == 1 && w0) pad[i] = w0 - r->w0;
        if (i == 2 && w1) pad[i] = w1 - r->w1;
        if (pad[i] < 0) pad[i] = 0;
        total += (size_t)pad[i] + 1;
    }
    total += len[0] + len[1] + len[2] + len[3];
    char *out = arena_alloc(P->a, total + 1), *o = out;
    memcpy(o, r->cell[0], len[0]);
    o += len[0];
    for (int i = 1; i < 4; i++) {
        if (!r->cell[i]) continue;
        memset(o, ' ', (size_t)pad[i] + 1);
        o += pad[i] + 1;
        memcpy(o, r->cell[i], len[i]);
        o += len[i];
    }
    *o = 0;
    return out;
}

/* Is there a blank line in the source between this statement and the one before it
 * (before it, or before one of its own-line comments)? */
static bool blank_gap(const Node *n) {
    if (n->blank_before) return true;
    for (const Comment *c = n->leading; c; c = c->next)
        if (c->blank_before) return true;
    return false;
}

static bool single_line(const Row *r) { return !r->n->has_block && !r->multiline; }

static bool has_value(const Row *r) { return r->cell[1] || r->cell[3]; }

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

/* The widest name that may set a run's value column. One name far wider than the others
 * (more than twice the median and 12 columns beyond it) would push every value of the run
 * to the right; it keeps a single space instead, and the others align among themselves.
 * The rule looks only at the names, so formatted text formats to itself. */
static int outlier_limit(const Row *rows, int n) {
    int *w = malloc(sizeof *w * (size_t)(n ? n : 1)), m = 0;
    if (!w) abort();
    for (int k = 0; k < n; k++)
        if (has_value(&rows[k])) w[m++] = rows[k].w0;
    int limit = 1 << 30;
    if (m >= 2) {
        qsort(w, (size_t)m, sizeof *w, cmp_int);
        int median = w[(m - 1) / 2];
        limit = 2 * median > median + 12 ? 2 * median : median + 12;
    }
    free(w);
    return limit;
}

static void layout_rows(Printer *P, Row *rows, int n) {
    for (int i = 0; i < n; i++) {
        if (rows[i].align) { /* only aligned lines are padded */
            rows[i].w0 = width(rows[i].cell[0]);
            rows[i].w1 = rows[i].cell[1] && rows[i].cell[2] ? width(rows[i].cell[1]) : 0;
        }
        rows[i].line = compose(P, &rows[i], 0, 0);
    }
    /* Runs of aligned leaf lines. */
    for (int i = 0; i < n;) {
        if (!rows[i].align) { i++; continue; }
        int j = i + 1;
        while (j < n && rows[j].align && !blank_gap(rows[j].n)) j++;
        int limit = outlier_limit(rows + i, j - i);
        int w0 = 0, w1 = 0;
        for (int k = i; k < j; k++) {
            if (!has_value(&rows[k]) || rows[k].w0 > limit) continue;
            if (rows[k].w0 > w0) w0 = rows[k].w0;
            if (rows[k].cell[2] && rows[k].w1 > w1) w1 = rows[k].w1;
        }
        for (int k = i; k < j; k++)
            if (has_value(&rows[k]) && rows[k].w0 <= limit) rows[k].line = compose(P, &rows[k], w0, w1);
        i = j;
    }
    /* Runs of one-line statements that each have a trailing comment: the comments line up. */
    for (int i = 0; i < n;) {
        if (!single_line(&rows[i]) || !rows[i].n->trailing) { i++; continue; }
        int j = i + 1;
        while (j < n && single_line(&rows[j]) && rows[j].n->trailing && !rows[j].n->leading && !rows[j].n->blank_before) j++;
        if (j - i > 1) {
            int col = 0;
            for (int k = i; k < j; k++) {
                int w = width(rows[k].line);
                if (w > col) col = w;
            }
            for (int k = i; k < j; k++) rows[k].comment_col = col + COMMENT_GAP;
        }
        i = j;
    }
}

/* ---- output --------------------------------------------------------------------------------- */

static void begin_line(Printer *P, int depth) {
    if (P->want_blank && !P->at_block_start) sb_putc(&P->out, '\n');
    P->want_blank = false;
    P->at_block_start = false;
    sb_spaces(&P->out, depth * INDENT);
}

static void put_comment(Printer *P, const Comment *c) {
    size_t n = strlen(c->text);
    while (n && (c->text[n - 1] == ' ' || c->text[n - 1] == '\t' || c->text[n - 1] == '\r')) n--;
    sb_putc(&P->out, '#');
    sb_putn(&P->out, c->text, n);
    P->comments++;
}

/* A comment after a line's text: at `col` (display columns from the start of the line), or
 * two spaces after the text. */
static void put_trailing(Printer *P, const Comment *c, int line_width, int col) {
    if (!c) return;
    int pad = col > line_width ? col - line_width : COMMENT_GAP;
    sb_spaces(&P->out, pad);
    put_comment(P, c);
}

static void comment_line(Printer *P, const Comment *c, int depth, bool blank) {
    if (blank) P->want_blank = true;
    begin_line(P, depth);
    put_comment(P, c);
    sb_putc(&P->out, '\n');
}

static void emit_block(Printer *P, Node *first, const Node *parent, int depth, const Comment *dangling);

static int newlines_between(const char *src, uint32_t a, uint32_t b) {
    int n = 0;
    for (uint32_t i = a; i < b; i++) n += src[i] == '\n';
    return n;
}

/* 单位 计数 { 台 套 … } and 等级 含糊 { … }: lists of words, kept on the lines they were written
 * on (a word on the '{' line starts the first line), with the comments between them. */
static void emit_wordlist_body(Printer *P, Node *n, int depth) {
    StrBuf line = {0};
    uint32_t prev_end = n->lbrace.off + n->lbrace.len;
    const Comment *c = n->dangling;
    int i = 0;
    bool blank = false;
#define FLUSH(trail)                                                    \
    do {                                                                \
        if (line.len) {                                                 \
            if (blank) P->want_blank = true;                            \
            blank = false;                                              \
            begin_line(P, depth + 1);                                   \
            sb_putn(&P->out, line.data, line.len);                      \
            if (trail) {                                                \
                sb_spaces(&P->out, COMMENT_GAP);                        \
                put_comment(P, trail);                                  \
            }                                                           \
            sb_putc(&P->out, '\n');                                     \
            sb_clear(&line);                                            \
        }                                                               \
    } while (0)
    while (i < n->nvalues || c) {
        /* (Without source, the fields say what the source would: ast_record_spelling.) */
        bool take_value = i < n->nvalues && (!c || (P->src ? n->values[i]->span.off < c->span.off : i < c->words_before));
        if (take_value) {
            Value *v = n->values[i++];
            int gap = P->src ? newlines_between(P->src, prev_end, v->span.off) : v->blank_line_before ? 2 : v->starts_line;
            if (gap >= 1) FLUSH(NULL);
            if (gap >= 2) blank = true;
            if (line.len) sb_putc(&line, ' ');
            sb_puts(&line, value_str(P, v, depth + 1));
            prev_end = v->span.off + v->span.len;
        } else {
            int gap = P->src ? newlines_between(P->src, prev_end, c->span.off) : c->blank_before ? 2 : 0;
            if (c->own_line || !line.len) {
                FLUSH(NULL);
                comment_line(P, c, depth + 1, gap >= 2 || blank);
                blank = false;
            } else {
                FLUSH(c);
            }
            prev_end = c->span.off + c->span.len;
            c = c->next;
        }
    }
    FLUSH(NULL);
#undef FLUSH
    sb_free(&line);
}

static void emit_row(Printer *P, Row *r, int depth) {
    Node *n = r->n;
    for (const Comment *c = n->leading; c; c = c->next) comment_line(P, c, depth, c->blank_before);
    if (n->blank_before) P->want_blank = true;
    begin_line(P, depth);
    sb_puts(&P->out, r->line);
    if (!n->has_block) {
        put_trailing(P, n->trailing, r->multiline ? 0 : width(r->line), r->comment_col);
        sb_putc(&P->out, '\n');
        return;
    }
    bool has_body = is_wordlist(n) ? (n->nvalues > 0 || n->dangling) : (n->children || n->dangling);
    if (!has_body && !n->brace_comment) {
        sb_puts(&P->out, " { }");
        put_trailing(P, n->trailing, 0, 0);
        sb_putc(&P->out, '\n');
        return;
    }
    sb_puts(&P->out, " {");
    put_trailing(P, n->brace_comment, 0, 0);
    sb_putc(&P->out, '\n');
    P->at_block_start = true;
    if (is_wordlist(n)) emit_wordlist_body(P, n, depth);
    else emit_block(P, n->children, n, depth + 1, n->dangling);
    P->want_blank = false;
    begin_line(P, depth);
    sb_putc(&P->out, '}');
    put_trailing(P, n->trailing, 0, 0);
    sb_putc(&P->out, '\n');
}

static void emit_block(Printer *P, Node *first, const Node *parent, int depth, const Comment *dangling) {
    bool top = parent == NULL;
    int n = 0;
    for (Node *c = first; c; c = c->next) n++;
    Row *rows = n ? calloc((size_t)n, sizeof *rows) : NULL;
    if (n && !rows) abort();
    int i = 0;
    for (Node *c = first; c; c = c->next, i++) {
        rows[i].n = c;
        make_cells(P, &rows[i], parent, depth);
    }
    layout_rows(P, rows, n);
    for (i = 0; i < n; i++) {
        /* At the top of a file, a blank line around every block declaration. */
        if (top && i > 0 && (rows[i - 1].n->has_block || rows[i].n->has_block)) P->want_blank = true;
        if (!top) {
            emit_row(P, &rows[i], depth);
            continue;
        }
        /* what a table's lines are made of is needed only while it is printed (thousands of
         * tables imported or formatted at once had it all held to the end) */
        Arena *outer = P->a;
        P->a = &P->scratch;
        emit_row(P, &rows[i], depth);
        P->a = outer;
        arena_reset(&P->scratch);
    }
    for (const Comment *c = dangling; c; c = c->next) comment_line(P, c, depth, c->blank_before);
    free(rows);
}

char *fmt_render(Arena *a, const SourceFile *sf, const ParsedFile *pf, size_t *len, int *ncomments) {
    Printer P = {.a = a, .src = sf ? sf->text : NULL, .at_block_start = true};
    arena_init(&P.scratch);
    emit_block(&P, pf->decls, NULL, 0, pf->end_comments);
    arena_free(&P.scratch);
    *ncomments = P.comments;
    *len = P.out.len;
    if (!P.out.data) {
        char *empty = malloc(1);
        if (!empty) abort();
        empty[0] = 0;
        return empty;
    }
    return P.out.data;
}

char *fmt_render_tree(Arena *a, const ParsedFile *pf, size_t *len, int *ncomments) {
    return fmt_render(a, NULL, pf, len, ncomments);
}
