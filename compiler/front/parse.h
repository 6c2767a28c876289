/* Parsing one file: the lexer's tokens through the Lemon parser (grammar/parser.y) into a
 * ParsedFile. Syntax errors are reported and recovered from at the next statement, so one
 * run reports every error of a file. */
#ifndef JX_PARSE_H
#define JX_PARSE_H
#include "front/ast.h"
#include "diag/diag.h"
#include "front/lexer.h"

enum {
    MAX_NESTING = 64,          /* braces inside braces */
    /* 64 MiB: some 15,000 tables in one file. Checking takes about ten times a file's size in
     * memory, so the limit is what keeps memory bounded (and byte offsets are 32-bit). */
    MAX_FILE_BYTES = 64 << 20,
    MAX_IMPORT_DEPTH = 64,       /* a file importing a file importing … */
};

/* The parser's %extra_context: what the grammar actions build with. */
typedef struct ParseCtx {
    Arena *arena;
    Diags *diags;
    ParsedFile *pf;
    Lexer *lx;
    const char *text;
    uint32_t file;
    uint32_t last_syntax_error_line; /* +1 of the line start; one syntax error a line */
    bool closing_at_eof;             /* feeding the braces a truncated file lacks */
    bool failed;
} ParseCtx;

/* A name: a word, or a string's contents. */
typedef struct Name {
    const char *text;
    Span span;
    bool quoted;
} Name;

/* The 半年/全年 values of a leaf or an expense line. */
typedef struct Target {
    Value *half, *full;
    Span half_kw, full_kw;
    Span span;
} Target;

/* A list of statements under construction. */
typedef struct NodeList {
    Node *first, *last;
    int n;
} NodeList;

typedef struct ValueList {
    Value **items;
    int n, cap;
    Span span;
    bool ordered;
} ValueList;

ParsedFile *parse_file(Arena *a, Diags *d, SourceSet *s, uint32_t file);

/* Builders called from the grammar actions. */
Span tok_span(ParseCtx *c, Token t);
Name make_name(ParseCtx *c, Token t, bool quoted);
Value *make_measure(ParseCtx *c, Token t, const Token *cmp);
Value *make_labelled(ParseCtx *c, Token t);
Value *make_range(ParseCtx *c, Token lo, Token sep, Token hi);
Value *make_word(ParseCtx *c, Token t);
Value *make_refword(ParseCtx *c, Token cmp, Token word);
Value *make_string(ParseCtx *c, Token t);
Value *make_plain(ParseCtx *c, ValueSyntax syntax, Token t, const Token *cmp);
Value *name_as_value(ParseCtx *c, Name n);
void list_add(NodeList *l, Node *n);
void values_add(ParseCtx *c, ValueList *l, Value *v);
Node *make_stmt(ParseCtx *c, NodeKind kind, Span start, Span end);
void node_set_name(Node *n, Name name);
void node_set_children(Node *n, NodeList l, Token lbrace, Token rbrace);
void node_set_values(Node *n, ValueList l);
void add_decl(ParseCtx *c, Node *n);
Cmp cmp_from_text(const char *s, size_t n);

#endif
