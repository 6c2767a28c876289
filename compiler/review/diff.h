/* The semantic diff (jxc diff): what changed between two compiled versions, in the
 * budget's own terms. In parts:
 *   diff.c          the command: its arguments (two paths, or git's seven), the two
 *                   compilations, the exit status
 *   diff_match.c    matching: tables by kind, name, 年度 and 实施单位 (then, for what is left,
 *                   by kind, name and 年度: a move to another unit); fields, fund and
 *                   expense lines by name; indicators by path (hash maps, linear time)
 *   diff_target.c   one target against its new version: 收紧, 放宽 or 改变, and why
 *   diff_words.c    the words of the output, in Chinese and English
 *   diff_render.c   the text (terminal) and Markdown outputs
 *   diff_json.c     the JSON output (its keys are documented in docs/review.md) */
#ifndef JX_DIFF_H
#define JX_DIFF_H
#include <stdio.h>
#include "model/model.h"
#include "diag/ui.h"

typedef enum ChangeKind { CH_CHANGED, CH_ADDED, CH_REMOVED, CH_RENAMED } ChangeKind;

/* How a target moved: a stricter target (收紧), a looser one (放宽), or one that is neither
 * (改变: another kind, unit or comparator, an `=` value, a level off the old one's scale). */
typedef enum TargetClass { TC_SAME, TC_TIGHTENED, TC_LOOSENED, TC_CHANGED } TargetClass;

typedef struct TargetChange {
    const char *column;     /* "half" or "full" */
    const Value *old, *new_; /* NULL where the column is empty */
    const char *old_text, *new_text; /* canonical spelling (≥ ≤ = …), NULL for empty */
    TargetClass cls;
    const char *reason;     /* a key of diff_words.c: lower_bound_lowered … */
    const char *reason_arg; /* what the reason names, e.g. "人次 → 次" (may be NULL) */
    const char *compared_in; /* the unit both were converted to when theirs differ (米), or NULL */
} TargetChange;

typedef struct IndicatorChange {
    ChangeKind change;
    const Indicator *old, *new_;
    TargetChange targets[2];
    int ntargets;
    bool note_changed;
    bool two_columns;       /* either version has a 半年 value: name the columns */
    /* The cells of the form's 指标列 that differ (分值 10 → 15): the column's name, the old and
     * the new text (NULL: empty). */
    const char **cell_names, **cell_old, **cell_new;
    int ncells;
} IndicatorChange;

typedef struct AmountChange {
    ChangeKind change;
    bool is_expense;        /* else a fund line (or the total) */
    bool is_total;
    const char **path;      /* the line's name and those of its parents, outermost first */
    int depth;
    const char *column;     /* expenses: "half" or "full"; funds: NULL */
    bool has_old, has_new;
    Decimal old, new_;      /* in `unit` */
    const char *unit;       /* the money unit the figures are in (元 when the two differ) */
    bool has_delta, has_pct;
    Decimal delta, pct;
} AmountChange;

typedef struct FieldChange {
    ChangeKind change;
    const char *name;
    const char *old, *new_;
} FieldChange;

typedef struct TableDiff {
    ChangeKind change;      /* CH_CHANGED, CH_ADDED or CH_REMOVED */
    bool moved;             /* CH_CHANGED: matched by kind, name and 年度; the 实施单位 differs */
    bool renamed;           /* CH_CHANGED: matched by kind, 年度, 实施单位 and its own indicators; the name differs */
    const Table *old, *new_;
    const Table *t;         /* the new version, or the old one when removed */
    PtrVec fields;          /* FieldChange* */
    PtrVec amounts;         /* AmountChange*: funds first, then expenses */
    PtrVec indicators;      /* IndicatorChange* */
    int tightened, loosened, changed_targets;
    /* Of the loosened: targets deleted (an indicator or a column), and measures (or levels)
     * replaced by a level or by text. */
    int loosened_removed, loosened_to_level, loosened_to_text;
    bool total_grew;        /* 资金总额 is larger in the new version (compared in 元) */
    const AmountChange *total; /* the total's change, if any */
} TableDiff;

typedef struct DiffCounts {
    int projects[5], departments[5]; /* changed, added, removed; moved, renamed (of the changed) */
    int ind_added, ind_removed, ind_renamed, ind_changed;
    int tightened, loosened, changed;
    int amounts, fields;
} DiffCounts;

struct cJSON;
typedef struct DiffResult {
    struct cJSON *evaluations; /* diff_evaluations_json's array, added to the JSON output, or NULL */
    int nevaluations;          /* its changes */
    Arena *arena;
    PtrVec tables;          /* TableDiff*, in output order */
    DiffCounts n;
    int warnings;           /* tables whose budget grew while a target loosened */
} DiffResult;

/* One version: its checked program, and (built on first use) the ordered scales each level
 * word is on, by word: a word may be on several (差 ends 好 > … > 差 and 优 > … > 差). */
typedef struct DiffSide {
    Program *p;
    StrMap scales_of;       /* word → ScaleRef* (a list) */
    bool indexed;
} DiffSide;

/* Compares the tables of two checked programs. */
void diff_programs(DiffResult *r, DiffSide *old, DiffSide *new_);

/* One target against its new version (either may be NULL). */
void diff_target(DiffSide *o, const Value *a, DiffSide *n, const Value *b, TargetChange *out);
/* A value as the diff shows it: its canonical spelling. */
const char *value_display(Arena *a, const Program *p, const Value *v);

/* The output formats. `old_name`/`new_name` label the versions (git's path in git mode, or
 * NULL). */
typedef struct DiffOutput {
    Lang lang;
    bool color;
    const char *title;      /* a heading (git mode: the file's path), or NULL */
    const char *old_title;  /* git mode, a renamed file: its old path (title is the new one) */
} DiffOutput;
void diff_render_text(const DiffResult *r, const DiffOutput *d, FILE *out);
void diff_render_markdown(const DiffResult *r, const DiffOutput *d, FILE *out);
int diff_render_json(const DiffResult *r, const DiffOutput *d, const char *old_path, const char *new_path, FILE *out);

/* diff_eval.c: the 自评 and 监控 of two versions (text, or Markdown list items): changed actuals,
 * scores or lights, totals; returns the number of changes. */
int diff_evaluations(Program *old, Program *new_, Lang lang, bool markdown, FILE *out);
/* The same as a JSON array (docs/review.md), or NULL when nothing changed; *changes counts. */
struct cJSON *diff_evaluations_json(Program *old, Program *new_, int *changes);

/* ---- shared by the renderers ---- */
const char *diff_word(Lang lang, const char *key);        /* the word of a name kept as data: "half", "tightened" */
const char *class_key(TargetClass c);                     /* tightened, loosened, changed */
const char *amount_text(Arena *a, Decimal d);             /* 4156.84 */
const char *signed_text(Arena *a, Decimal d);             /* +30, -5.5 */
const char *table_title(Arena *a, Lang lang, const Table *t); /* 项目 X（2025年，单位） */
const char *reason_text(Arena *a, Lang lang, const TargetChange *tc); /* 放宽：下限降低 */
const char *reason_why(Arena *a, Lang lang, const TargetChange *tc);  /* 下限降低, or NULL */
const char *path_text(Arena *a, const char *const *path, int n); /* A › B › C */

#endif
