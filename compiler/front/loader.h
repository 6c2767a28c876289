/* Gathers the files of a compilation: the standard library (built in, or the directory in
 * JX_STDLIB), the files and directories named on the command line ('-' is standard input),
 * and what they import (导入). Each file is read and parsed once. */
#ifndef JX_LOADER_H
#define JX_LOADER_H
#include "model/model.h"

/* Returns 0, or 2 after printing a message when an input cannot be read. */
int load_program(Program *p, const char *const *inputs, int ninputs);
/* Appends every .jx file below dir to out, in byte order of the paths; each directory once
 * (symbolic links may lead back). Returns 0, or 2 (after printing a message if `report`). */
int list_jx_files(Arena *a, const char *dir, PtrVec *out, bool report);
/* Reads a whole file (or standard input for "-"); NULL with errno set on failure. */
char *read_file(const char *path, size_t *len);

#endif
