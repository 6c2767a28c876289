/* The outputs of `jxc build`: one emitter a format. Each writes everything the compilation
 * checked to `out` and returns 0, or 2 on an output error. */
#ifndef JX_EMIT_H
#define JX_EMIT_H
#include <stdio.h>
#include "model/model.h"
#include "cli/options.h"

int emit_json(Program *p, const Options *o, FILE *out);
int emit_csv(Program *p, const Options *o, FILE *out);
int emit_html(Program *p, const Options *o, FILE *out);

/* Checks the format options (--table, --encoding, --split) before the build: 0, or 2 after
 * a usage message. */
int emit_check_options(const Options *o);

/* For emitters: a table's source place, and a checked value as display text. */
const char *table_source_path(const Program *p, const Table *t);
int node_line(const Program *p, const Node *n);

#endif
