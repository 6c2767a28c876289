/* The language server (jxc lsp): JSON-RPC 2.0 over standard input and output, the Language
 * Server Protocol 3.17. Split by subject:
 *   rpc.c       the base protocol: Content-Length framing, reading and writing messages
 *   text.c      documents: positions (UTF-16 or UTF-8) and byte offsets, edits, file URIs
 *   server.c    the requests and notifications: lifecycle, documents, diagnostics,
 *               formatting (through fmt), code actions, document symbols
 *   query.c     what is at the cursor: completion, hover, go to definition
 * Every answer is computed from a fresh compilation of the document (driver/compile.c), which
 * takes a few milliseconds; nothing of one compilation outlives the request. */
#ifndef JX_LSP_H
#define JX_LSP_H
#include <stdbool.h>
#include <stdio.h>
#include "diag/diag.h"
#include "driver/driver.h"

typedef struct LspOptions {
    Lang lang;        /* the diagnostics' language */
    bool lang_given;  /* --lang or JXC_LANG: the client's initializationOptions do not override it */
} LspOptions;

/* Serves one client on `in`/`out` until it says exit (or closes the input). Returns the exit
 * status: 0 after shutdown and exit, 1 otherwise (as the protocol asks). */
int lsp_serve(FILE *in, FILE *out, const LspOptions *o);

/* ---- shared by the files of the server ---------------------------------------------------- */
struct cJSON;

/* rpc.c. Reads one message's body (malloc'd, NUL-terminated). Returns 1, 0 at the end of the
 * input, or -1 for a header that is not the protocol's (its body, if any, is skipped, and *why
 * says what was wrong). */
int rpc_read(FILE *in, char **body, size_t *len, const char **why);
/* Writes a message and frees it. */
void rpc_write(FILE *out, struct cJSON *msg);
struct cJSON *rpc_response(const struct cJSON *id, struct cJSON *result);
struct cJSON *rpc_error(const struct cJSON *id, int code, const char *message);
struct cJSON *rpc_notification(const char *method, struct cJSON *params);
enum {
    RPC_PARSE_ERROR = -32700,
    RPC_INVALID_REQUEST = -32600,
    RPC_METHOD_NOT_FOUND = -32601,
    RPC_INVALID_PARAMS = -32602,
    RPC_INTERNAL_ERROR = -32603,
    RPC_SERVER_NOT_INITIALIZED = -32002,
    RPC_REQUEST_FAILED = -32803,
};

/* text.c: an open document. */
typedef struct Doc {
    char *uri;
    char **deps;      /* the files (input keys) its last check read besides itself: its imports */
    int ndeps;
    char *path;       /* the file the URI names (imports are read relative to it) */
    char *text;       /* as the client has it */
    size_t len;
    int version;
    struct Doc *next;
} Doc;

typedef struct Pos {
    int line, character;
} Pos;

/* Positions count UTF-16 code units (the protocol's default) or bytes (utf-8, when the client
 * offers it). */
extern bool lsp_utf8_positions;
/* The byte offset of a position in text (clamped to the line's end and the text's end). */
size_t pos_to_offset(const char *text, size_t len, Pos p);
Pos offset_to_pos(const char *text, size_t len, size_t off);
/* Reads {line, character}; false if it is not one. */
bool pos_from_json(const struct cJSON *j, Pos *out);
struct cJSON *pos_to_json(Pos p);
struct cJSON *range_json(const char *text, size_t len, size_t from, size_t to);
/* Applies one change of textDocument/didChange (a range and its text, or the whole text).
 * Returns false if the change is not one. */
bool doc_apply_change(Doc *d, const struct cJSON *change);
/* file:///a/b%20c.jx → /a/b c.jx (malloc'd); a URI of another scheme gives its text as is. */
char *uri_to_path(const char *uri);
/* A path (made absolute) → a file URI (malloc'd). */
char *path_to_uri(const char *path);
/* The bytes the compiler's offsets skip at the start of the text (a UTF-8 BOM). */
size_t doc_bom(const Doc *d);

/* One compilation of a document. */
typedef struct Analysis {
    Compilation c;
    uint32_t file;      /* the document's file in c.sources */
    ParsedFile *pf;     /* its syntax tree (with syntax errors: as far as it parsed) */
    bool checked;       /* the declarations and tables were checked (no syntax error) */
    const Doc *doc;
    /* Where forms, groups, units and levels are looked up: c, or, when the document has syntax
     * errors (nothing of it is checked), a second compilation without its text, which has the
     * standard library's (decls). */
    Compilation *lookup;
    Compilation decls;
    bool has_decls;
} Analysis;
/* Compiles the document, its imports taken from the open documents (`open`) where they are
 * open, else read from their files. With `need_decls`, the declarations to look up are made
 * sure of (the second compilation above). */
void analysis_run(Analysis *a, const Doc *d, Doc *open, bool need_decls);
void analysis_free(Analysis *a);
/* The key a document is known by to the loader (front/inputs.h's input_key), malloc'd. */
char *doc_key(const Doc *d);
/* The location of a span of the compilation `owner` (a->c or a->decls), for a definition: its
 * file's URI and range (the standard library's files are written out to a cache directory so
 * that an editor can open them). */
struct cJSON *span_location(Analysis *a, Compilation *owner, Span s);

/* query.c */
struct cJSON *lsp_completion(Analysis *a, size_t off, Lang lang);
struct cJSON *lsp_hover(Analysis *a, size_t off, Lang lang);
struct cJSON *lsp_definition(Analysis *a, size_t off);

#endif
