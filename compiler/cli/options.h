/* The command line, parsed (main.c), and what each command and emitter reads from it. */
#ifndef JX_OPTIONS_H
#define JX_OPTIONS_H
#include <stdbool.h>
#include "diag/diag.h"

typedef struct Options {
    const char *command;       /* check, build, fmt, diff */
    Lang lang;
    DiagFormat diag_format;
    int color;                 /* -1 auto (a terminal and no NO_COLOR), 0 never, 1 always */
    bool strict;
    const char **allowed;      /* warning codes turned off */
    int nallowed;
    int max_errors;
    /* build */
    const char *format;        /* json, csv, html */
    const char *output;        /* -o PATH, or NULL for standard output */
    const char *table;         /* csv: indicators, funds, expenses */
    bool no_bom;               /* csv */
    const char *encoding;      /* csv: utf-8 or gb18030 */
    const char *split_dir;     /* html: one page per table */
    /* fmt */
    bool write, check, diff;
    /* diff */
    const char *diff_format;   /* text, markdown, json */
    const char **inputs;
    int ninputs;
} Options;

#endif
