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
/* jxc check reads a file that holds only tables, its 默认 blocks first, a table at a time from
 * a mapping of the file (base/mapped.h), in memory that does not grow with the file: such a
 * file may be as large as 32-bit byte offsets allow. */
#define MAX_STREAMED_BYTES ((size_t)0xFFFF0000u)

/* Parsing a file a declaration at a time (jxc check, driver/compile.c): each top-level
 * declaration, as soon as the parser has it, is handed to take() while the file has had no
 * syntax error. `piece` holds it alone (decls), with its comments attached as a whole parse
 * attaches them and its spelling recorded, and the comments that end with it (comments, by
 * next_in_file); `pf` is the file, whose decls list holds every declaration but the tables.
 * `arena` is where the declaration was parsed. After the last declaration, take() is called
 * once more with no declaration (piece->decls NULL) and the comments after it.
 * The first table is parsed in the file's arena, the later ones in `tables`, which is cleared
 * after each table is taken: what take() keeps of a table must be copied out of it. */
typedef struct DeclStream {
    void (*take)(void *arg, ParsedFile *pf, ParsedFile *piece, Arena *arena);
    void *arg;
    Arena *tables;
} DeclStream;

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
    /* Parsing a declaration at a time (parse_file_streamed): the declaration just completed,
     * not yet handed over; the last comment handed over; the parser's errors before the file. */
    DeclStream *stream;
    Node *completed;
    Comment *handed;
    int errors_before;
    uint32_t released; /* the text before it has been let go (base/mapped.h) */
    Arena comments[2]; /* the lexer's comments, a declaration at a time (drop_handed_comments) */
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
/* The same, a declaration at a time (DeclStream above). The tables are not in the file's decls;
 * the comments are attached to the pieces only. */
ParsedFile *parse_file_streamed(Arena *a, Diags *d, SourceSet *s, uint32_t file, DeclStream *stream);

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
