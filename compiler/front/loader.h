/* The loader (loader.c): the standard library, the user's files, and what they import. */
#ifndef JX_LOADER_H
#define JX_LOADER_H
#include "base/strmap.h"
#include "diag/diag.h"
#include "front/ast.h"
#include "front/inputs.h"

/* Where 导入 may read: below the directory of the command-line file whose imports are being
 * loaded, below any of `dirs`, or (`anywhere`) any file at all. */
typedef struct ImportPolicy {
    bool anywhere;
    const char *const *dirs;
    int ndirs;
} ImportPolicy;
/* Texts the caller holds in place of files (the language server's open documents, which may
 * be unsaved): text() gives a copy of the text of the file whose input_key is `key` (a
 * malloc'd buffer with SOURCE_PADDING NUL bytes after its *len bytes, which the sources take),
 * or NULL to read the file itself. */
typedef struct LoaderOverlay {
    char *(*text)(void *arg, const char *key, size_t *len);
    void *arg;
} LoaderOverlay;

typedef struct Loader {
    Arena *arena;
    Diags *diags;
    SourceSet *sources;
    PtrVec files;       /* ParsedFile*, the standard library's first, then in load order */
    StrMap loaded;      /* input_key → ParsedFile */
    const char **stack; /* the chain of imports being loaded, for cycles */
    int depth, cap;
    int status;         /* 2 when a file of the standard library could not be read */
    ImportPolicy policy;
    const char *root;       /* the real path of the directory imports stay in (loader_add sets it) */
    const char *root_shown; /* that directory as the user named it */
    const char **dirs_real; /* policy.dirs, real paths (NULL: does not exist) */
    const LoaderOverlay *overlay; /* NULL: every import is read from its file */
} Loader;

void loader_init(Loader *L, Arena *a, Diags *d, SourceSet *s);
/* Parses the standard library's files. */
void loader_stdlib(Loader *L);
/* Parses an input (read by inputs_read; the sources take its text) and loads its imports; a
 * file that an earlier one imported is not parsed again. */
void loader_add(Loader *L, InputFile *in);

#endif
