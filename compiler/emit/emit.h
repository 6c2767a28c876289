/* The outputs of `jxc build`: a table of emitters, one row a format (emitters.c). Each writes
 * everything the compilation checked to its sink and returns 0, or 2 on an output error.
 *
 * Adding an output format: a file emit/emit_NAME.c with its writer (and, if it takes options
 * of its own, a check of their values), its row in emitters.c, its summary in diag/ui.def;
 * options of its own also get a row in cli/options.def and a field in EmitOptions. */
#ifndef JX_EMIT_H
#define JX_EMIT_H
#include <stdio.h>
#include "base/sink.h"
#include "diag/ui.h"
#include "model/model.h"

/* The values of the options the emitters take (each reads its own). */
typedef struct EmitOptions {
    Lang lang;
    const char *output;     /* -o PATH, or NULL for standard output */
    const char *table;      /* csv: indicators, funds, expenses */
    const char *encoding;   /* csv: utf-8 or gb18030 */
    bool no_bom;            /* csv */
    const char *split_dir;  /* html: one page per table */
} EmitOptions;

typedef struct Emitter {
    const char *name;                    /* -f NAME */
    UiText summary;                      /* a line for jxc help build */
    const char *const *options;          /* the long names of its own options, NULL-terminated (or NULL) */
    int (*check)(const EmitOptions *o);  /* its options' values, before anything is compiled: 0, or 2 after a message */
    int (*write)(Program *p, const EmitOptions *o, Sink *out);
} Emitter;

extern const Emitter emitters[];
extern const int emitter_count;
const Emitter *emitter_find(const char *name);

int emit_json(Program *p, const EmitOptions *o, Sink *out);
int emit_csv(Program *p, const EmitOptions *o, Sink *out);
int emit_csv_check(const EmitOptions *o);
int emit_html(Program *p, const EmitOptions *o, Sink *out);
int emit_html_check(const EmitOptions *o);
int emit_xlsx(Program *p, const EmitOptions *o, Sink *out);

/* score_out.c: the scores of the self-evaluations (jxc score), as text, JSON or CSV. */
int write_scores(Program *p, Lang lang, const char *format, FILE *out);
/* The monitoring reports (jxc monitor): those of the date `as_of` (YYYY-MM-DD), or all (NULL). */
int write_monitoring(Program *p, Lang lang, const char *format, const char *as_of, FILE *out);
/* eval_html.c: the 项目支出绩效自评表 (kind N_EVAL) or 运行监控表 (N_MONITOR, of the date as_of or
 * all) as official forms on one HTML page. */
int write_eval_html(Program *p, NodeKind kind, const char *as_of, FILE *out);
/* eval_xlsx.c: the same as a workbook, a sheet a project. */
int write_eval_xlsx(Program *p, NodeKind kind, const char *as_of, FILE *out);

/* For emitters: a table's source place. */
const char *table_source_path(const Program *p, const Table *t);
int node_line(const Program *p, const Node *n);
/* A usage error of an emitter's option: "jxc: …" and "(see 'jxc help build')"; returns 2. */
int emit_usage(UiText id, ...);

#endif
