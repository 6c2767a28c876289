/* Diagnostics: every error, warning and note has a stable code, a place and a message in
 * Chinese and English (messages.c). They are collected during a compilation and written at
 * the end, sorted by place, in one of four formats. */
#ifndef JX_DIAG_H
#define JX_DIAG_H
#include <stdbool.h>
#include <stdio.h>
#include "base/arena.h"
#include "base/source.h"

typedef enum Severity { SEV_ERROR, SEV_WARNING, SEV_NOTE } Severity;
typedef enum Lang { LANG_ZH, LANG_EN } Lang;
typedef enum DiagFormat { DFMT_TEXT, DFMT_JSON, DFMT_GITHUB, DFMT_SARIF } DiagFormat;

typedef struct Message {
    const char *id;     /* "E0201"; notes and help texts have ids such as "E0202.note" */
    Severity severity;
    const char *zh, *en; /* with {0} {1} … placeholders */
    const char *title_en; /* a short name for the code, for SARIF rules and the docs */
} Message;

const Message *message_find(const char *id);
const Message *message_all(int *count);
/* Fills the placeholders of the message's text in `lang`. */
char *message_format(Arena *a, const Message *m, Lang lang, const char *const *args, int nargs);

typedef struct DiagNote {
    bool is_help;
    bool has_span;
    Span span;
    const Message *msg;
    const char **args;
    int nargs;
    struct DiagNote *next;
} DiagNote;

typedef struct Diag {
    const Message *msg;
    Severity severity;
    bool has_span;
    Span span;
    const char **args;
    int nargs;
    DiagNote *notes, *last_note;
    unsigned seq; /* report order, to keep sorting stable */
    bool from_check; /* made by the checker (not the lexer or parser): see diags_drop_checks */
} Diag;

typedef struct Diags {
    Arena *arena;
    SourceSet *sources;
    PtrVec list;
    int errors, warnings, notes;
    int max_errors;      /* stop collecting errors beyond this many */
    bool too_many;
    bool strict;         /* warnings count as errors for the exit status */
    const char **allowed; /* codes turned off on the command line */
    int nallowed;
    struct StrMap *reported; /* code, place and arguments of each diagnostic, to drop repeats */
    /* Set by jxc check while it reads one file at a time (check_stream.c) and the checker runs:
     * what is reported then is from_check, and the checker's errors and the parser's are
     * limited apart, so that a syntax error met after checking other files still has all the
     * room it would have had (and the parser does not stop early). */
    bool checking;
    int check_errors;
    bool check_too_many;
} Diags;

void diags_init(Diags *d, Arena *a, SourceSet *s);
/* Reports a diagnostic; the variadic arguments are the message's {0} {1} … strings,
 * ending with NULL. Returns NULL when the diagnostic is suppressed. */
Diag *diag_at(Diags *d, const char *code, Span span, ...);
Diag *diag_nowhere(Diags *d, const char *code, ...);
void diag_note(Diags *d, Diag *diag, const char *id, Span span, ...);
void diag_note_nowhere(Diags *d, Diag *diag, const char *id, ...);
void diag_help(Diags *d, Diag *diag, const char *id, ...);
bool diag_is_allowed(const Diags *d, const char *code);

/* Keeps the diagnostics for which keep() is true, in their order, and counts them again. The
 * one way anything is taken out of the list: pragmas (front/pragma.c) and the retraction
 * below use it. */
void diags_retain(Diags *d, bool (*keep)(const Diag *g, void *arg), void *arg);

/* Takes back every diagnostic of the checker (jxc check, reading one file at a time, meets a
 * syntax error after checking earlier files: as when all are parsed first, a program with a
 * syntax error is not checked). The counts and the report order are those of what is left. */
void diags_drop_checks(Diags *d);

/* True when the run should fail: errors, or warnings under --strict. */
bool diags_failed(const Diags *d);

typedef struct DiagStyle {
    DiagFormat format;
    Lang lang;
    bool color;
    bool summary; /* print the closing "N errors, M warnings" line (text format) */
} DiagStyle;

/* Sorts the diagnostics by place and writes them. */
void diags_write(Diags *d, FILE *out, const DiagStyle *style);
/* The diagnostics as JSON objects, for the JSON output (cJSON). */
struct cJSON;
struct cJSON *diags_to_json(Diags *d, Lang lang);
void diags_sort(Diags *d);

const char *severity_name(Severity s);
#endif
