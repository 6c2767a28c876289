/* The driver: one compilation, from the inputs on the command line to the checked program and
 * its diagnostics (compile.c), the prescan that lets jxc check read one file at a time
 * (prescan.c), and writing an output atomically (output.c). Every command uses it. */
#ifndef JX_DRIVER_H
#define JX_DRIVER_H
#include <stdio.h>
#include "base/sink.h"
#include "front/loader.h"
#include "model/model.h"

/* What a compilation is asked to do with its diagnostics. */
typedef struct CompileOptions {
    bool strict;             /* warnings count as errors for the status */
    const char *const *allowed; /* codes turned off (-A) */
    int nallowed;
    int max_errors;          /* 0: the default */
    int max_warnings;        /* warnings and notes; 0: the default */
    ImportPolicy imports;    /* where 导入 may read (--allow-import, --allow-import-outside) */
} CompileOptions;

typedef struct Compilation {
    Arena arena;
    SourceSet sources;
    Diags diags;
    Program program;
    ImportPolicy imports;
} Compilation;

void compilation_init(Compilation *c, const CompileOptions *o);
/* Loads and checks the inputs, keeping every syntax tree and table (for the outputs). Returns 0,
 * 1 when the input has errors (or warnings under --strict), 2 when an input cannot be read. */
int compilation_run(Compilation *c, const char *const *inputs, int ninputs);
/* The same result for jxc check, which needs no table at the end: when every user file holds
 * only tables (prescan.c), each file is parsed, checked and let go in turn, and in a file whose
 * 默认 blocks come first each table is checked and let go as soon as it is parsed, so that
 * memory stays near the size of the input. JX_NO_STREAM=1 in the environment keeps every file,
 * JX_NO_STREAM=table every table of the file being checked (to compare). */
int compilation_check(Compilation *c, const char *const *inputs, int ninputs);
/* The same as compilation_run for one file whose text is given (the language server's open
 * document): `text` is a malloc'd buffer with SOURCE_PADDING NUL bytes after its `len` bytes,
 * which the compilation takes; `path` names the file (its imports are read relative to it, or
 * taken from `overlay` when it holds them: front/loader.h). */
struct LoaderOverlay;
int compilation_run_text(Compilation *c, const char *path, char *text, size_t len, const struct LoaderOverlay *overlay);
/* Writes the diagnostics (sorted) to standard error, and to style->file when there is one.
 * Returns 0, or 2 when that file cannot be written (after a message). */
int compilation_report(Compilation *c, const DiagStyle *style);
void compilation_free(Compilation *c);
/* The input file (as shown) that `output` names, through any path or link; NULL if none. */
const char *output_is_input(const Compilation *c, const char *output);

/* prescan.c: does the text hold nothing but tables, defaults and comments, as far as can be
 * told without parsing it? And if so, do all its 默认 blocks come before its first table
 * (*defaults_first, when not NULL), so that each table can be checked as soon as it is parsed? */
bool prescan_only_tables(const char *text, size_t len, bool *defaults_first);

/* output.c: writes what `write` makes to `path` atomically: a temporary file beside it, then a
 * rename, so a failure leaves any existing file untouched. NULL or "-" is standard output; a
 * device or a pipe is written in place. Returns 0 or 2 (after a message). */
int write_atomically(const char *path, WriteFn write, void *arg);
/* A sink writing to `out`, whose further files are written atomically. */
Sink sink_files(FILE *out);

#endif
