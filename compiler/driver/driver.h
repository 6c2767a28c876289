/* One compilation: its arena, sources, diagnostics and checked program, from the inputs on
 * the command line to the diagnostics on standard error. Every command uses it. */
#ifndef JX_DRIVER_H
#define JX_DRIVER_H
#include "model/model.h"
#include "cli/options.h"

typedef struct Compilation {
    Arena arena;
    SourceSet sources;
    Diags diags;
    Program program;
} Compilation;

void compilation_init(Compilation *c, const Options *o);
/* Loads and checks the inputs. Returns 0, 1 when the input has errors (or warnings under
 * --strict), 2 when an input cannot be read. */
int compilation_run(Compilation *c, const char *const *inputs, int ninputs);
/* Writes the diagnostics to standard error as the options ask. */
void compilation_report(Compilation *c, const Options *o);
void compilation_free(Compilation *c);
/* What jxc check runs: compilation_run's result, reached one file at a time when every user
 * file holds only tables (check_stream.c), so that memory stays near the size of the input. */
int compilation_check(Compilation *c, const char *const *inputs, int ninputs);
/* The input file (as shown) that `output` names, through any path or link; NULL if none. */
const char *output_is_input(const Compilation *c, const char *output);

/* Writes `size` bytes made by `write` to `path` atomically: a temporary file beside it,
 * then a rename, so a failure leaves any existing file untouched. Returns 0 or 2. */
typedef int (*WriteFn)(void *arg, FILE *out);
int write_atomically(const char *path, WriteFn write, void *arg);

#endif
