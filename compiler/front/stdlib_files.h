/* The standard library's .jx files, compiled into the binary (build/gen/stdlib_data.c is
 * generated from stdlib/ by scripts/embed.c). */
#ifndef JX_STDLIB_FILES_H
#define JX_STDLIB_FILES_H
#include <stddef.h>

typedef struct StdlibFile {
    const char *name; /* "std/units.jx" */
    const char *text;
    size_t len;
} StdlibFile;

extern const StdlibFile stdlib_files[];
extern const int stdlib_file_count;

#endif
