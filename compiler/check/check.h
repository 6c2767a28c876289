/* The checker: from the parsed files to the checked Program (model.h), reporting every
 * check of the language design's section 6. Split by subject:
 *   check_decls.c       units, levels, forms and groups (the standard library's declarations)
 *   check_values.c      typing a value: units and dimensions, levels, references
 *   check_tables.c      a project or department: form, fields, funds, expenses, dates
 *   check_indicators.c  the indicator tree: groups, the form's framework, names and depth
 *   check_rules.c       the rules on each indicator and on a table's indicators, as a table
 *   check.c             the whole program: the order of the passes, duplicates, cross-file */
#ifndef JX_CHECK_H
#define JX_CHECK_H
#include "base/suggest.h"
#include "model/model.h"

/* The passes, in the order the driver runs them (driver/compile.c): the declarations of every
 * file, then the tables of each file, then the checks across tables. */
/* Checks the tables of one file, appending them to `out`. */
void check_file_tables(Program *p, ParsedFile *pf, PtrVec *out);
/* What the checks across tables need of a table, copied into `keep` so that the table itself
 * can go: for duplicates, for a department's 项目支出 against the projects' 资金总额. */
typedef struct ProjectLine {
    const char *name;
    Decimal amount;
    Span span;
} ProjectLine;
typedef struct TableSummary {
    TableKind kind;
    const char *name, *unit_name, *money_unit;
    bool has_year;
    int year, money_exp;
    Span name_span;
    bool funds_present;
    Decimal funds_total;
    Span total_span;          /* the 资金总额 line, or the name */
    ProjectLine *lines;       /* a department's 项目支出 lines with a readable amount */
    int nlines, caplines;
} TableSummary;
/* `names`: the unit names kept so far (an empty StrMap at first), shared by the summaries. */
TableSummary *summarize_table(Arena *keep, StrMap *names, const Table *t);
void check_across_tables(Program *p, TableSummary **tables, int n);
/* check_eval.c: the scoring profiles, and the 自评 and 监控 declarations against the tables
 * (p->tables: kept, since a file holding them is never read one at a time). */
void check_evaluations(Program *p);

/* ---- shared by the check_*.c files ---- */
void check_declarations(Program *p);
/* The fields a file's 默认 blocks give its tables, gathered once per file (a duplicate among
 * them is reported here, once). */
typedef struct FileDefaults {
    StrMap map;   /* name → N_FIELD */
    PtrVec order;
} FileDefaults;
/* One table of a file, the declaration n: what check_file_tables does for each, and jxc check
 * for each as soon as it is parsed (driver/compile.c). The file's defaults are gathered (in
 * p->arena) at its first table, from the 默认 blocks in pf->decls. */
Table *check_file_table(Program *p, ParsedFile *pf, Node *n, FileDefaults *defaults, bool *have_defaults);
void file_defaults(Program *p, Node *decls, FileDefaults *out);
/* A file with 默认 blocks and no table: its defaults checked as a first table would (E0304)
 * and said to apply to nothing (W0331). */
void check_defaults_alone(Program *p, ParsedFile *pf);
void check_table(Program *p, Table *t, const FileDefaults *defaults);
void check_indicators(Program *p, Table *t, Node *indicators_block);
/* check_rules.c: the rules on one indicator (its values typed first), and on a table's
 * indicators as a whole. */
void check_indicator(Program *p, Table *t, Indicator *ind);
void check_framework(Program *p, Table *t);
/* The scores of the mid-term set (指标 中期) against the form's total (E0713), as the year's. */
void check_mid_scores(Program *p, Table *t);
/* A form's 版式 block (check_layout.c), read once the form's fields and sources are known. */
void check_form_layout(Program *p, Form *f, Node *block);

/* check_dates.c: a date as written, with its precision; a period of two (or one, for both
 * ends); and their order (a year is equal to any date in it). */
bool when_parse(const char *text, When *out);
bool period_parse(const char *text, When *from, When *to);
/* The same, and where the first date ends and the second begins in the text. */
bool period_split(const char *text, When *from, When *to, size_t *from_len, size_t *to_off);
int when_cmp(When a, When b);

/* check_names.c: the name a written name stands for (a framework's, the form's, then the
 * standard library's 别名; fw NULL: any of the form's frameworks); a category's name with the
 * template's "(必填)" taken off (reported when `report`) and its alias resolved; and the
 * aliases of a list of names, for did-you-mean. */
const char *alias_of(const Program *p, const Form *f, const Framework *fw, const char *name);
const char *category_name(Program *p, const Form *f, const char *written, Span span, bool report);
void add_aliases(const Program *p, const Form *f, PtrVec *names, Arena *a);

/* Types one value of table t; `leaf` is its indicator (NULL for others). Diagnostics point
 * at `where` when the value comes from a group (the 引用 statement), else at the value. */
void type_value(Program *p, Table *t, Value *v, Span where, bool from_group);
const Unit *resolve_unit(Program *p, const char *text, int *mult_exp);
/* Adds "did you mean" a declared unit to d (an unknown unit, E0307). */
void help_from_units(Program *p, Diag *d, const char *word);
/* A placeholder of the blank form left in a value or a name (**, XX, a whole scale). */
bool template_residue(const char *s);
const Level *find_level(Program *p, const char *word);

/* Adds "help: did you mean X?" to d when a candidate is close. */
void help_did_you_mean(Program *p, Diag *d, const char *word, const char *const *cands, int n);
/* A name written as an empty or blank string ("" or "　") is an error (E0321): a table, an
 * expense line or an indicator needs a name to be told apart in the forms and in jxc diff. */
void check_name_not_blank(Program *p, const char *name, Span span);
/* The same, or, when no name is close, the whole list if it is short. */
void help_did_you_mean_or_list(Program *p, Diag *d, const char *word, const char *const *cands, int n);
/* The same over n candidates, of which only the first `listed` are shown as the list (the
 * rest are aliases). */
void help_closest_or_list(Program *p, Diag *d, const char *word, const char *const *cands, int n, int listed);


#endif
