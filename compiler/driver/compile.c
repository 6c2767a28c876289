/* One compilation: the inputs read (front/inputs.c), the standard library and the user's files
 * parsed (front/loader.c), checked (check/), and the pragmas applied to the diagnostics.
 *
 * There is one pipeline, with two ways through its middle:
 *   - every file kept: all files parsed (with their imports) before any is checked, every
 *     syntax tree and table kept to the end, for the outputs (build, diff);
 *   - one file at a time (jxc check, when the prescan says every user file holds only tables):
 *     each file parsed, checked and let go, in one arena cleared between files; what outlives a
 *     file is its text, its diagnostics, its pragma rules and a summary of each table.
 * Both read the same files in the same order, give the files the same numbers, and run the same
 * steps on each file (check_file below), so the diagnostics and the status are the same by
 * construction. The one difference of order is handled where it arises: a syntax error in a
 * later file means no file is checked, so what the checker said of the earlier files is taken
 * back (diags_drop_checks); and the parser's error budget is kept apart from the checker's, so
 * that a syntax error met after checking still has all the room it would have had. */
#include "driver/driver.h"
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "base/mapped.h"
#include "check/check.h"
#include "front/inputs.h"
#include "front/loader.h"
#include "front/parse.h"
#include "front/pragma.h"

void compilation_init(Compilation *c, const CompileOptions *o) {
    memset(c, 0, sizeof *c);
    arena_init(&c->arena);
    sources_init(&c->sources, &c->arena);
    diags_init(&c->diags, &c->arena, &c->sources);
    if (o) {
        c->diags.strict = o->strict;
        c->diags.allowed = (const char **)o->allowed;
        c->diags.nallowed = o->nallowed;
        if (o->max_errors > 0) c->diags.max_errors = o->max_errors;
        if (o->max_warnings > 0) c->diags.max_warnings = o->max_warnings;
        c->imports = o->imports;
    }
    Program *p = &c->program;
    p->arena = &c->arena;
    p->keep = &c->arena;
    p->diags = &c->diags;
    p->sources = &c->sources;
    strmap_init(&p->units, &c->arena);
    strmap_init(&p->levels, &c->arena);
    strmap_init(&p->forms, &c->arena);
    strmap_init(&p->groups, &c->arena);
    strmap_init(&p->aliases, &c->arena);
}

/* What is made of each file, in either way through the pipeline. */
typedef struct PerFile {
    PragmaRules rules;
    PtrVec summaries;  /* TableSummary*, for the checks across tables */
    StrMap names;      /* the unit names the summaries share */
    bool keep_tables;  /* the tables go to the program (for the outputs) */
} PerFile;

static void check_file(Program *p, ParsedFile *pf, PerFile *w) {
    PtrVec tables = {0};
    p->diags->checking = true;
    check_file_tables(p, pf, &tables);
    p->diags->checking = false;
    for (int k = 0; k < tables.len; k++) {
        ptrvec_push(p->keep, &w->summaries, summarize_table(p->keep, &w->names, tables.items[k]));
        if (w->keep_tables) ptrvec_push(p->keep, &p->tables, tables.items[k]);
    }
    pragmas_collect(&w->rules, p->sources, pf);
}

/* The end of every way through: the warnings turned off on the command line go. */
static int done(Diags *d, int status) {
    diags_apply_allowed(d);
    return status;
}

static int finish(Program *p, PerFile *w) {
    Diags *d = p->diags;
    d->checking = true;
    check_across_tables(p, (TableSummary **)w->summaries.items, w->summaries.len);
    check_evaluations(p);
    d->checking = false;
    d->too_many |= d->check_too_many;
    pragmas_apply(&w->rules, d);
    diags_apply_allowed(d);
    return diags_failed(d) ? 1 : 0;
}

/* How far jxc check may stream: JX_NO_STREAM=1 (or any value but 0 and "table") compiles all
 * the files at once, as the other commands do; JX_NO_STREAM=table reads one file at a time but
 * parses each whole before checking it. Both are there to compare (tests/suites/stream.sh). */
typedef enum { STREAM_NONE, STREAM_FILES, STREAM_TABLES } StreamLevel;

static StreamLevel streaming_allowed(void) {
    const char *off = getenv("JX_NO_STREAM");
    if (!off || !*off || strcmp(off, "0") == 0) return STREAM_TABLES;
    return strcmp(off, "table") == 0 ? STREAM_FILES : STREAM_NONE;
}

/* A file checked a table at a time: the parser hands over each declaration as soon as it has
 * it (front/parse.h, DeclStream). Its 默认 blocks all come before its first table (the prescan
 * says so), so the defaults the first table gathers are the file's, as in check_file; each
 * table is checked as check_file checks it, in the same order, and only its summary, its
 * diagnostics and its pragma rules stay once the tables' arena is cleared. */
typedef struct TableStream {
    Program *p;
    PerFile *w;
    Arena *file_arena;
    FileDefaults defaults;
    bool have_defaults;
} TableStream;

static void take_declaration(void *arg, ParsedFile *pf, ParsedFile *piece, Arena *arena) {
    TableStream *s = arg;
    Program *p = s->p;
    Node *n = piece->decls;
    if (n && (n->kind == N_PROJECT || n->kind == N_DEPARTMENT)) {
        /* The defaults, gathered at the first table, outlive it: they are made in the file's
         * arena, where the first table is parsed (and checked). */
        p->arena = s->have_defaults ? arena : s->file_arena;
        p->diags->checking = true;
        Table *t = check_file_table(p, pf, n, &s->defaults, &s->have_defaults);
        p->diags->checking = false;
        ptrvec_push(p->keep, &s->w->summaries, summarize_table(p->keep, &s->w->names, t));
        p->arena = s->file_arena;
    } else if (n && n->kind == N_DEFAULTS && s->have_defaults) {
        /* The prescan errs towards "a 默认 may follow a table", so this cannot be: were it
         * to happen, the tables before would have been checked without it. */
        fputs("jxc: internal error: a 默认 after a table in a file checked a table at a time\n", stderr);
        abort();
    }
    pragmas_collect(&s->w->rules, p->sources, piece);
}

/* The pipeline from the inputs, read (by inputs_read, or given in memory by the language
 * server); `status` is what reading them gave. */
static int compile_read(Compilation *c, Loader *Lp, InputFile *in, int n, int status, bool may_stream) {
    Program *p = &c->program;
    Diags *d = &c->diags;
    Loader L = *Lp;
    if (L.status > status) status = L.status;

    /* One file at a time only when nothing went wrong in reading, and every file holds only
     * tables: anything else goes the usual way, which reports it. A table at a time in the
     * files whose 默认 blocks come first. */
    StreamLevel level = may_stream ? streaming_allowed() : STREAM_NONE;
    bool one_at_a_time = level != STREAM_NONE && status == 0 && d->list.len == 0;
    bool *by_table = one_at_a_time ? arena_alloc(&c->arena, sizeof *by_table * (size_t)(n ? n : 1)) : NULL;
    for (int i = 0; i < n && one_at_a_time; i++) {
        one_at_a_time = prescan_only_tables(in[i].text, in[i].len, &by_table[i]);
        by_table[i] &= level == STREAM_TABLES;
    }
    /* A file over MAX_FILE_BYTES was mapped (inputs_read) to be checked a table at a time, in
     * memory that does not grow with it; a compilation that would keep it whole refuses it,
     * as it refuses any file over the limit. */
    bool keeps_big = false;
    for (int i = 0; i < n; i++)
        keeps_big |= !in[i].failed && in[i].len > (size_t)MAX_FILE_BYTES && !(one_at_a_time && by_table[i]);
    if (keeps_big) {
        one_at_a_time = false;
        for (int i = 0; i < n; i++) {
            if (in[i].failed || in[i].len <= (size_t)MAX_FILE_BYTES) continue;
            char size[32];
            snprintf(size, sizeof size, "%zu", in[i].len);
            /* Why this file of more than 64 MiB is not checked when another is. */
            Diag *g = input_too_large(d, in[i].shown, size, (size_t)MAX_FILE_BYTES);
            if (g) diag_help(d, g, E0902_tables_only, NULL);
            input_text_free(in[i].text);
            in[i].text = NULL;
            in[i].failed = true;
        }
    }

    PerFile w = {.rules = {.arena = p->keep}, .keep_tables = !one_at_a_time};
    if (!one_at_a_time) {
        for (int i = 0; i < n; i++)
            if (!in[i].failed) loader_add(&L, &in[i]);
        p->files = L.files;
        if (status) return done(d, status);
        /* After a syntax error the tree is incomplete; checking it would only add noise. */
        for (int i = 0; i < p->files.len; i++)
            if (((ParsedFile *)p->files.items[i])->had_errors) return done(d, 1);
        check_declarations(p);
        for (int i = 0; i < p->files.len; i++) check_file(p, p->files.items[i], &w);
        return finish(p, &w);
    }

    /* The declarations are the standard library's alone. */
    p->files = L.files;
    check_declarations(p);
    for (int i = 0; i < p->files.len; i++) pragmas_collect(&w.rules, p->sources, p->files.items[i]);
    Arena file_arena, table_arena;
    arena_init(&file_arena);
    arena_init(&table_arena);
    bool syntax_error = false;
    for (int i = 0; i < n; i++) {
        uint32_t id = sources_adopt(p->sources, in[i].shown, in[i].text, in[i].len, 0);
        in[i].text = NULL;
        p->arena = &file_arena;
        /* After a syntax error nothing more is checked: the file is only parsed. */
        bool streamed = by_table[i] && !syntax_error;
        ParsedFile *pf;
        if (streamed) {
            TableStream ts = {.p = p, .w = &w, .file_arena = &file_arena};
            DeclStream ds = {.take = take_declaration, .arg = &ts, .tables = &table_arena};
            pf = parse_file_streamed(&file_arena, d, p->sources, id, &ds);
            if (!pf->had_errors && !ts.have_defaults) { /* no table came: its 默认 alone */
                p->diags->checking = true;
                check_defaults_alone(p, pf);
                p->diags->checking = false;
            }
        } else {
            pf = parse_file(&file_arena, d, p->sources, id);
        }
        if (pf->had_errors && !syntax_error) {
            /* Nothing is checked when a file has a syntax error: take back what the checker
             * said of the files (and the tables) before. */
            syntax_error = true;
            diags_drop_checks(d);
        }
        if (!syntax_error && !streamed) check_file(p, pf, &w);
        /* Its pages are read again only for the excerpts of its diagnostics. */
        SourceFile *sf = sources_get(p->sources, id);
        mapped_release(sf->text, sf->text + sf->len);
        p->arena = p->keep;
        arena_reset(&file_arena);
        arena_reset(&table_arena);
    }
    arena_free(&table_arena);
    arena_free(&file_arena);
    if (syntax_error) return done(d, 1);
    return finish(p, &w);
}

static int compile(Compilation *c, const char *const *inputs, int ninputs, bool may_stream) {
    Loader L;
    loader_init(&L, &c->arena, &c->diags, &c->sources);
    L.policy = c->imports;
    loader_stdlib(&L);
    InputFile *in = NULL;
    int n = 0;
    /* jxc check maps its files (base/mapped.h), to let each go as it is read. */
    bool map = may_stream && streaming_allowed() == STREAM_TABLES;
    int status = inputs_read(&c->arena, &c->diags, inputs, ninputs, map, &in, &n);
    return compile_read(c, &L, in, n, status, may_stream);
}

int compilation_run(Compilation *c, const char *const *inputs, int ninputs) { return compile(c, inputs, ninputs, false); }

int compilation_run_text(Compilation *c, const char *path, char *text, size_t len, const LoaderOverlay *overlay) {
    Loader L;
    loader_init(&L, &c->arena, &c->diags, &c->sources);
    L.policy = c->imports;
    L.overlay = overlay;
    loader_stdlib(&L);
    InputFile *in = arena_alloc(&c->arena, sizeof *in);
    memset(in, 0, sizeof *in);
    in->path = path;
    in->shown = path;
    in->key = input_key(&c->arena, path);
    in->text = text;
    in->len = len;
    return compile_read(c, &L, in, 1, 0, false);
}

int compilation_check(Compilation *c, const char *const *inputs, int ninputs) { return compile(c, inputs, ninputs, true); }

typedef struct DiagFile {
    Diags *diags;
    DiagStyle style;
} DiagFile;

static int write_diag_file(void *arg, FILE *out) {
    DiagFile *f = arg;
    diags_write(f->diags, out, &f->style);
    return 0;
}

int compilation_report(Compilation *c, const DiagStyle *style) {
    diags_write(&c->diags, stderr, style);
    fflush(stderr);
    if (!style->file) return 0;
    DiagFile f = {&c->diags, *style};
    f.style.format = style->file_format;
    f.style.color = false;
    return write_atomically(style->file, write_diag_file, &f);
}

void compilation_free(Compilation *c) {
    sources_free(&c->sources);
    arena_free(&c->arena);
}

const char *output_is_input(const Compilation *c, const char *output) {
    struct stat out, in;
    if (!output || strcmp(output, "-") == 0 || stat(output, &out) != 0 || !S_ISREG(out.st_mode)) return NULL;
    for (uint32_t i = 0; i < c->sources.nfiles; i++) {
        const SourceFile *f = c->sources.files[i];
        if (f->is_stdlib || strcmp(f->path, "<stdin>") == 0) continue;
        if (stat(f->path, &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) return f->path;
    }
    return NULL;
}
