/* Where an output goes: its main stream, and (for outputs of several files, such as the HTML's
 * one page a table) a way to write more files. The driver provides sinks that write atomically
 * (driver/output.c); the emitters only see this interface. */
#ifndef JX_SINK_H
#define JX_SINK_H
#include <stdio.h>

/* Writes a file's content to `out`; returns 0, or 2 on an output error. */
typedef int (*WriteFn)(void *arg, FILE *out);

typedef struct Sink Sink;
struct Sink {
    FILE *out;          /* the main output (standard output or the -o file), or NULL */
    /* Writes one more file at `path`: 0, or 2 after a message. */
    int (*write_file)(Sink *s, const char *path, WriteFn write, void *arg);
    /* Makes the directory `path` (an existing one is fine): 0, or 2 after a message. */
    int (*make_dir)(Sink *s, const char *path);
};

#endif
