/* The inputs of a command (inputs.c): the paths on its command line, expanded and read. */
#ifndef JX_INPUTS_H
#define JX_INPUTS_H
#include <stdbool.h>
#include <stddef.h>
#include "base/arena.h"
#include "diag/diag.h"

/* Reads a whole file (or standard input for "-"), with SOURCE_PADDING NUL bytes after the
 * text (sources_adopt keeps the buffer); NULL with errno set on failure. */
char *read_file(const char *path, size_t *len);
/* read_file, but a regular file is mapped (base/mapped.h) when it can be, up to
 * MAX_STREAMED_BYTES: for a caller that reads it once, front to back, letting it go. */
char *read_file_mapped(const char *path, size_t *len);

/* Appends every .jx file below dir to out, in byte order of the paths; each directory once
 * (symbolic links may lead back). Returns 0, or 2 (after printing a message if `report`). */
int list_jx_files(Arena *a, const char *dir, PtrVec *out, bool report);

/* Appends the files the command-line inputs name to `out` (const char* paths): a directory
 * as its .jx files, anything else as itself ('-' is standard input). Returns 0, or 2 after a
 * message when a directory cannot be read (or, if asked, holds no .jx file). */
int inputs_expand(Arena *a, const char *const *inputs, int ninputs, PtrVec *out, bool empty_dir_is_error);

/* The name a file is known by, through any path or link: its real path ("-" for stdin). */
const char *input_key(Arena *a, const char *path);

typedef struct InputFile {
    const char *path;   /* as named */
    const char *shown;  /* as shown to the user ("<stdin>" for '-') */
    const char *key;    /* input_key: the same file by two paths is read once */
    char *text;         /* read_file's buffer (NULL when it could not be read); whoever adopts it frees it */
    size_t len;
    bool failed;
} InputFile;

/* Expands the inputs and reads each file once. A file that cannot be read is reported: a
 * file over the size limit as the diagnostic E0902 (an error of the input), anything else as
 * a system error (status 2). With `map`, a regular file is mapped (base/mapped.h) rather than
 * read, up to MAX_STREAMED_BYTES: whoever adopts a file over MAX_FILE_BYTES must stream it
 * (driver/compile.c). Returns 0 or 2. */
int inputs_read(Arena *a, Diags *d, const char *const *inputs, int ninputs, bool map, InputFile **out, int *count);
/* E0902 for the file shown as `shown`: `size` bytes (as text: "> N" when not known), at most
 * `limit`. */
Diag *input_too_large(Diags *d, const char *shown, const char *size, size_t limit);
/* Lets go of an InputFile's text, read or mapped, that nobody adopted. */
void input_text_free(char *text);

#endif
