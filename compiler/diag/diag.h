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

/* The codes of the diagnostics and the ids of their notes, from codes.def: a call site names
 * them as constants (E0201, E0202_note, HELP_did_you_mean), so a typo does not compile. */
typedef enum DiagCode {
    NONE,
#define DIAG(code, sev, slug, zh, en, help) code,
#define NOTE(id, name, zh, en) id,
#include "diag/codes.def"
#undef DIAG
#undef NOTE
    DIAG_CODE_COUNT
} DiagCode;

typedef struct Message {
    const char *id;     /* "E0201"; a note's name, such as "E0202.note" */
    Severity severity;
    const char *zh, *en; /* with {0} {1} … placeholders */
    const char *title_en; /* the code's slug, for SARIF rules and the docs; NULL for a note */
    DiagCode help;      /* the default help, or NONE */
} Message;

/* The message of a code or note (constant time). */
const Message *message_get(DiagCode code);
/* Every message, in the order of codes.def (for the unit test and the docs). */
const Message *message_all(int *count);
/* Fills the placeholders of the message's text in `lang`. An argument that starts with \x01 is
 * a list of note ids (decimal, separated by '|') put into words: "a value or end of line". */
char *message_format(Arena *a, const Message *m, Lang lang, const char *const *args, int nargs);
/* An argument of that kind, made from a list of note ids. */
const char *message_word_list(Arena *a, const DiagCode *ids, int n);

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
    /* Warnings and notes beyond this many are not written (diags_write keeps the first ones
     * by place, after the pragmas have taken theirs); beyond DIAG_WARNINGS_HELD more than it
     * they are not even collected, so that memory stays bounded. */
    int max_warnings;
    bool warnings_too_many;
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

enum { DIAG_WARNINGS_HELD = 10000 };
void diags_init(Diags *d, Arena *a, SourceSet *s);
/* Reports a diagnostic; the variadic arguments are the message's {0} {1} … strings,
 * ending with NULL. Returns NULL when the diagnostic is suppressed. */
Diag *diag_at(Diags *d, DiagCode code, Span span, ...);
Diag *diag_nowhere(Diags *d, DiagCode code, ...);
/* diag_at without the code's default help (the place gives a more precise one). */
Diag *diag_at_plain(Diags *d, DiagCode code, Span span, ...);
void diag_note(Diags *d, Diag *diag, DiagCode id, Span span, ...);
void diag_note_nowhere(Diags *d, Diag *diag, DiagCode id, ...);
void diag_help(Diags *d, Diag *diag, DiagCode id, ...);
bool diag_is_allowed(const Diags *d, const char *code);

/* Keeps the diagnostics for which keep() is true, in their order, and counts them again. The
 * one way anything is taken out of the list: pragmas (front/pragma.c) and the retraction
 * below use it. */
void diags_retain(Diags *d, bool (*keep)(const Diag *g, void *arg), void *arg);

/* Drops the warnings and notes whose codes are turned off (--allow). */
void diags_apply_allowed(Diags *d);

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
    /* --diagnostics-file: the diagnostics are also written to this file (atomically, by the
     * driver) in file_format, while standard error gets the text; NULL: none. */
    const char *file;
    DiagFormat file_format;
} DiagStyle;

/* Sorts the diagnostics by place and writes them. */
void diags_write(Diags *d, FILE *out, const DiagStyle *style);
/* The diagnostics as JSON objects, for the JSON output (cJSON). */
struct cJSON;
struct cJSON *diags_to_json(Diags *d, Lang lang);
void diags_sort(Diags *d);

const char *severity_name(Severity s);
#endif
