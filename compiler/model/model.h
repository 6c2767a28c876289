/* The checked program: what the checker makes of the syntax trees, and what every emitter
 * (JSON, CSV, HTML) and the semantic diff read. Declarations of the standard library and the
 * user's files (units, levels, forms, groups) and the tables (projects and departments), with
 * defaults applied, groups spliced, values typed and totals computed. */
#ifndef JX_MODEL_H
#define JX_MODEL_H
#include <stdbool.h>
#include "front/ast.h"
#include "base/decimal.h"
#include "diag/diag.h"
#include "base/strmap.h"

/* ---- declarations ------------------------------------------------------------------------ */

typedef struct Unit {
    const char *name;       /* 台, 人次, 元, 元/人次 (compounds are made on first use) */
    const char *dimension;  /* 计数, 货币, 货币/计数 … */
    Span decl;
    bool builtin;
    bool ambiguous;         /* declared in the class 含糊 too: M (米 or 兆?) */
    /* A conversion, 单位 公里 1000米 (or a synonym, 别名 { 千克 公斤 }: one of the other):
     * the unit it is given in and how many of it; once every declaration is read, the unit
     * at the end of that chain and the size in it (毫米: 米, 0.001). */
    const struct Unit *to;
    Decimal to_factor;
    Span to_decl;
    const struct Unit *root; /* NULL: no conversion (the unit is its own root) */
    Decimal in_root;
} Unit;

typedef struct LevelScale LevelScale;

typedef struct Level {
    const char *word;
    const LevelScale *scale; /* NULL for a word without an order */
    int rank;                /* position in its scale, 0 = best */
    const char *dimension;   /* a level that stands for a measure (序时进度 → 比率), or NULL */
    bool vague;              /* declared in the class 含糊 (较好, 明显 …) */
    Span decl;
} Level;

struct LevelScale {
    Level **levels; /* best first */
    int n;
    Span decl;
};

/* A date as written, with its precision (check/check_dates.c reads them). */
typedef enum WhenUnit { WHEN_YEAR, WHEN_MONTH, WHEN_DAY } WhenUnit;
typedef struct When {
    int y, m, d;
    WhenUnit unit;
} When;

typedef enum FieldType { FT_TEXT, FT_YEAR, FT_DATE, FT_PHONE, FT_AMOUNT, FT_NUMBER, FT_CHOICE, FT_TIME, FT_MONTH, FT_PERIOD } FieldType;

typedef struct FieldDef {
    const char *name;
    FieldType type;
    bool required;
    const char **choices;
    int nchoices;
    Span decl;
} FieldDef;

typedef struct SourceDef {  /* a funding source row of a form, possibly a group (财政拨款) */
    const char *name;
    struct SourceDef **children;
    int nchildren;
    const struct SourceDef *parent;
} SourceDef;

typedef struct SubCategoryDef {
    const char *name;
    bool required; /* the Ministry's framework expects an indicator here */
} SubCategoryDef;

typedef struct TopCategoryDef {
    const char *name;
    SubCategoryDef *subs;
    int nsubs;
    bool open;      /* any 二级 name is allowed (部门整体's 履职) */
    bool key_work;  /* a fourth level, 重点工作, between 二级 and 三级 */
} TopCategoryDef;

/* An indicator framework of a form: its 一级 categories with their 二级. A form may declare
 * several (通用项目: 财预〔2021〕101号, 财预〔2020〕10号, the older template); each table is
 * checked against the one its categories fit best. */
typedef struct Framework {
    const char *name;         /* NULL for a form's only, unnamed framework */
    TopCategoryDef *tops;
    int ntops;
    struct StrMap *aliases;   /* category names of this framework only: written → the framework's */
    Span decl;
} Framework;

/* The parts a field may play, whatever the form calls it (角色): the CSV's columns, the
 * duplicate key and the date checks read the field of the role. */
/* A column of the indicator table that a form declares (指标列): a per-indicator score, the
 * nature (定量/定性), the unit in a column of its own, the direction (正向/反向), or text
 * (绩效标准, 指标解释, 评分标准, 计算方法 …). docs/stdlib.md describes the declaration. */
enum { MAX_COLUMNS = 32 }; /* a form's 指标列 at most */
typedef enum ColumnKind { COL_SCORE, COL_NATURE, COL_UNIT, COL_DIRECTION, COL_TEXT } ColumnKind;

typedef struct ColumnDef {
    const char *name;         /* the printed heading, and the key a table writes */
    ColumnKind kind;
    bool has_total;           /* COL_SCORE: the scores of a table sum to `total` … */
    Decimal total;
    const char *reserved;     /* … of which this row (预算执行率) takes `share` when the table */
    Decimal share;            /*     writes no indicator of that name */
    Span decl;
} ColumnDef;

typedef enum FieldRole {
    ROLE_HEAD,       /* 主管部门 */
    ROLE_UNIT,       /* 实施单位 */
    ROLE_LEADER,     /* 项目负责人 */
    ROLE_START,      /* 开始 */
    ROLE_END,        /* 完成 */
    ROLE_GOAL_LONG,  /* 总体目标 (中长期目标, 实施期目标) */
    ROLE_GOAL_YEAR,  /* 年度目标 */
    ROLE_PERIOD,     /* 期间: the project's period, both ends in one field (项目期 2023.07-2024.01) */
    ROLE_COUNT
} FieldRole;

typedef enum FormObject { FORM_PROJECT, FORM_DEPARTMENT } FormObject;

/* The printed layout of a form (its 版式 block), which the HTML output follows: the header
 * rows of label/value cells, the funds block, the goals and the indicator table, in order.
 * docs/stdlib.md describes the declaration. */
typedef struct LayoutCell {
    const char *label;        /* the printed label */
    const char **fields;      /* the fields shown in the cell, joined by a space */
    int nfields;
    bool is_name;             /* the table's own name (项目名称, 单位名称) */
    const char *source;       /* side-by-side funds, right column: a funding source, or */
    bool is_total;            /* the total row */
    int weight;               /* LP_ROW: the share of the row's width its value takes (1 by default) */
} LayoutCell;

typedef enum LayoutPartKind {
    LP_ROW,        /* a row of label/value cells (one cell spans the width) */
    LP_FUNDS,      /* the funds block: income (and expenses) stacked, or two columns */
    LP_SIDE,       /* fields side by side under a section label (上海: 项目绩效目标) */
    LP_INDICATORS, /* the indicator table */
} LayoutPartKind;

typedef struct LayoutPart {
    LayoutPartKind kind;
    const char *label;          /* the section's label cell, or NULL */
    LayoutCell *cells;          /* LP_ROW, LP_SIDE */
    int ncells;
    const char **heads;         /* LP_FUNDS: the income column's heading; LP_INDICATORS: the value columns' */
    int nheads;
    const char **expense_heads; /* LP_FUNDS: the expense columns' headings; none: no expense rows */
    int nexpense_heads;
    bool mid;                   /* LP_FUNDS, LP_INDICATORS: the form's mid-term set (期 中期) */
    LayoutCell *left, *right;   /* LP_FUNDS side by side: the two columns' rows */
    int nleft, nright;
    Span decl;
} LayoutPart;

typedef struct FormLayout {
    const char *subtitle;     /* under the title, "{年度}" standing for the year: "{年度}年度" */
    const char *name_label;   /* the label of the table's name: 项目名称, 单位名称 */
    bool thousands;           /* amounts with thousands separators (670,000.00) */
    bool every_sub;           /* every 二级 of the framework has a row, with or without indicators */
    LayoutPart *parts;
    int nparts;
    Span decl;
} FormLayout;

typedef struct Form {
    const char *name;
    const char *title;
    FormObject object;
    const char *money_unit;   /* 万元, 元 */
    bool has_half;            /* 半年（程） columns */
    const char *total_label;  /* 资金总额, 年度资金申请总额 */
    const char *start_field, *end_field;
    const char **goal_fields;
    int ngoals;
    const char **refs;        /* names a reference value may use */
    int nrefs;
    const char *common_group;
    FieldDef *fields;
    int nfields;
    SourceDef **sources;      /* top-level rows, in order */
    int nsources;
    TopCategoryDef *tops;     /* the first framework's (frameworks[0]) */
    int ntops;
    Framework *frameworks;    /* at least one when the form has 指标框架 */
    int nframeworks;
    struct StrMap *aliases;   /* field, source and category names: written → the form's (别名) */
    struct StrMap *category_names; /* every 一级 and 二级 name of all its frameworks (W0710 asks of
                                    * each indicator), NULL when it has none */
    const char *roles[ROLE_COUNT]; /* the field that plays each role (角色), or NULL */
    bool other_fields;        /* a field the form does not have is kept as text (其他字段 是) */
    bool other_sources;       /* a funding source the form does not have is kept (其他来源 是) */
    bool sub_values;          /* a 二级 may hold the target itself, with no 三级 (二级指标值 是) */
    const FormLayout *layout; /* 版式, or NULL: the HTML output then lays the form out itself */
    const char *mid_name;     /* 中期 NAME: the form's mid-term set of funds and indicators,
                               * written `资金 NAME { … }` and `指标 NAME { … }` (中央: 中期), or NULL */
    ColumnDef *columns;       /* 指标列, in print order */
    int ncolumns;
    int values_at;            /* how many of them print before the value columns */
    Span decl;
} Form;

typedef struct Group {
    const char *name;
    Node *node;
} Group;

/* ---- tables ------------------------------------------------------------------------------ */

typedef struct Field {
    const char *name;
    const char *text;   /* the value as text: words and strings joined by a space */
    Node *node;         /* the N_FIELD statement (in the table, or in its file's 默认) */
    bool inherited;     /* from 默认 */
    const FieldDef *def; /* NULL: a field the form does not have, kept as text (其他字段) */
    const char *written; /* the name as written, when an alias of the form's name */
} Field;

typedef struct FundLine {
    const char *name;
    bool has_amount;
    Decimal amount;         /* as written, in the table's money unit */
    Decimal sum;            /* of the children, when there are any */
    struct FundLine **children;
    int nchildren;
    const SourceDef *def;   /* the form's row; NULL if unknown */
    Node *node;
} FundLine;

typedef struct Funds {
    bool present;           /* a 资金 block was written */
    bool total_written;
    Decimal total_written_amount;
    Node *total_node;
    Decimal sum;            /* of the top-level sources (a group counts as its 小计 or sum) */
    Decimal total;          /* the written total if any, else the sum */
    FundLine **sources;     /* top-level lines except the total, in source order */
    int nsources;
} Funds;

typedef struct ExpenseLine {
    const char *name;
    Value *half, *full;     /* NULL when not written */
    struct ExpenseLine **children;
    int nchildren;
    Node *node;
} ExpenseLine;

/* An indicator's cell in one of its form's 指标列 (check_rules.c reads them). */
typedef struct IndicatorColumn {
    const char *text;       /* as written; NULL: not written */
    Node *node;             /* the N_FIELD line of the leaf's block */
    bool has_number;        /* COL_SCORE: the number could be read */
    Decimal number;
    const struct Unit *unit; /* COL_UNIT: the unit, if known */
    int unit_mult_exp;      /* COL_UNIT: its multiplier (万元 → 4) */
} IndicatorColumn;

typedef struct Indicator {
    const char *path[4];    /* 一级, 二级, [重点工作], 三级 */
    int depth;              /* 3, or 4 under a 重点工作 category */
    Value *half, *full;
    Value *note;
    Node *node;             /* the leaf as written (in the group when spliced) */
    Node *via_ref;          /* the 引用 statement that brought it, for a group's leaf */
    const char *group;      /* that group's name */
    bool overridden;        /* a group's leaf replaced by the table's own */
    IndicatorColumn *cols;  /* one a column of the form (form->ncolumns), or NULL when none */
} Indicator;

typedef enum TableKind { TABLE_PROJECT, TABLE_DEPARTMENT } TableKind;

typedef struct Table {
    TableKind kind;
    const char *name;
    Node *node;
    uint32_t file;
    const Form *form;
    const Framework *framework; /* the form's framework the indicators fit, or NULL */
    bool mixed_frameworks;  /* some categories are of another of the form's frameworks */
    bool has_year;
    int year;
    bool has_period;        /* the 开始 and 完成 (or the 期间) could be read: */
    When period_start, period_end;
    const char *unit_name;  /* 实施单位 (for projects) or the department's name */
    Field *fields;          /* merged: the table's own, then 默认's, in form order */
    int nfields;
    const char *money_unit; /* 万元 or 元 */
    int money_exp;          /* 万元 → 4: the money unit in 元 is 10^money_exp */
    Funds funds;
    ExpenseLine **expenses;
    int nexpenses;
    Decimal expense_full_sum, expense_half_sum;
    Indicator **indicators; /* in output order: the form's framework order, then source order */
    int nindicators;
    Node *indicators_node;  /* the 指标 block, if written */
    bool amounts_invalid;   /* an amount could not be read (E0509) or a sum overflowed (E0508) */
    bool category_errors;   /* a category the form does not know, or a leaf at the wrong depth */
    bool top_errors;        /* a 一级 category the form does not know (E0305) */
    PtrVec error_tops;      /* const char*: the 一级 under which a category or a leaf is misplaced */
    /* The mid-term set (a form with 中期): its funds and indicators, written `资金 中期 { … }` and
     * `指标 中期 { … }`, checked as the year's are. */
    Funds mid_funds;
    Indicator **mid;
    int nmid;
    Node *mid_node;         /* the 指标 中期 block, if written */
} Table;
/* The table as its mid-term set: a copy whose funds and indicators are the mid-term ones (for
 * the outputs that print a set as they print the year's). */
Table table_mid_view(const Table *t);

const Field *table_field(const Table *t, const char *name);
/* The field that plays a role in the table (its form's 角色, else the field of the role's own
 * name), or NULL. */
const Field *table_role(const Table *t, FieldRole role);
/* The name of a role (as a form's 角色 block writes it), and the field that plays it when the
 * form says nothing. */
const char *role_name(FieldRole role);
const char *role_default_field(FieldRole role);
/* The framework's 一级 category of that name and its place (NULL, and a place after all, if none). */
const TopCategoryDef *framework_top(const Framework *f, const char *name, int *index);

typedef struct Program {
    Arena *arena;           /* where the passes allocate: the compilation's, or, while jxc check
                             * reads one file at a time, that file's (check_stream.c) */
    Arena *keep;            /* the compilation's arena: what outlives a file (caches, summaries) */
    Diags *diags;
    SourceSet *sources;
    PtrVec files;           /* ParsedFile*, stdlib first, then the user's in load order */
    StrMap units, levels, forms, groups;
    StrMap aliases;         /* the 别名 of the standard library and the user's files: written → name */
    PtrVec scales;          /* LevelScale* */
    PtrVec tables;          /* Table*, in load and source order */
    PtrVec profiles;        /* Profile* (model/eval.h): the scoring profiles, stdlib first */
    PtrVec evaluations;     /* Evaluation*: the 自评 and 监控 declarations, checked */
} Program;

/* ---- values ------------------------------------------------------------------------------ */

/* The source spelling of a value or a node part. */
const char *span_text(Program *p, Span s);
/* A value's text for a field: words and strings as themselves, others as written. */
const char *value_text(Program *p, const Value *v);
/* An amount printed for messages: "4156.84". */
const char *fmt_decimal(Program *p, Decimal d);
/* Converts an amount in the table's money unit to 元 (exact). */
bool to_yuan(const Table *t, Decimal amount, Decimal *out);

/* The measure's value in its unit's base (the multiplier applied): 3万元 → 30000 (元). */
bool measure_base(const Value *v, Decimal *out);
/* The measure in the root of its unit's conversions (≥1公里 → 1000, in 米), and that root
 * (the unit itself when it converts to none). False when the product is too large. */
bool measure_in_root(const Value *v, Decimal *out, const Unit **root);
/* The root of a unit's conversions: 公里 → 米; 米 → 米. */
const Unit *unit_root(const Unit *u);
bool is_rate_dimension(const char *dim);
/* The layout a table is printed in: its form's 版式, or one made from the form's fields
 * (form_layout.c). Every form-shaped output reads this one layout. */
const FormLayout *form_layout(Program *p, const Form *f);
/* The funds block's label for a table: the layout's, with the form's money unit in
 * brackets — 项目资金（万元） — replaced by the table's own where the table declares
 * another (金额单位 元), so that no label states a unit the amounts are not in. */
const char *funds_label(Program *p, const Table *t, const char *label);
/* A field's text for a cell (年度 and 金额单位 are the table's own), or NULL. */
const char *table_field_text(Program *p, const Table *t, const char *name);
/* What a layout cell prints, and its reading back (jxc import): the table's name, or its
 * fields' values joined by a blank (柏巍巍 025-83620682), the way the forms print them. When that
 * joining could not be read back exactly — a field left empty before one filled, a blank inside
 * a value but the last's — the cell prints each value on a line of its own after its field's
 * name (联系电话：16607326331). NULL for a cell with nothing to print. */
const char *layout_cell_text(Program *p, const Table *t, const LayoutCell *c);
/* The inverse: the values of c's fields (values[i] for c->fields[i], NULL where absent). */
void layout_cell_split(Arena *a, const LayoutCell *c, const char *text, const char **values);
/* The fields of a table that no cell of its layout prints (其他字段, or a field of the form its
 * 版式 leaves out), in the order written. They are printed a label/value row each just before
 * the part layout_others_part names (the first that is not a row of cells; L->nparts: after
 * the last), where the importer reads them back. */
int layout_other_fields(Program *p, const Table *t, const FormLayout *L, Field ***out);
int layout_others_part(const FormLayout *L);
/* The hidden sheet of a workbook jx wrote that carries the declarations its tables need beyond
 * the standard library (a form of the user's file), a line of source a row under this heading
 * row: written by emit/xlsx_decls.c, read back by import/carried.c. */
#define CARRIED_SHEET "声明"
#define CARRIED_HEAD "# jxc：本工作簿各表所用的声明（表式等），jxc import 读回 · the declarations the tables use, read back by jxc import"

/* The rows of a table's indicator table, as the forms print it (form_layout.c): the 三级
 * indicators in output order, NULL for the blank row of an empty 二级 (a 版式 with 空二级), and
 * the runs of rows that share a 一级, 二级 or 重点工作 (one merged cell each). */
typedef struct LayoutRun {
    const char *name;
    int first, n;          /* rows [first, first + n) */
} LayoutRun;
typedef struct IndicatorRows {
    Arena *arena;
    PtrVec rows;           /* const Indicator*, or NULL */
    PtrVec tops, subs, keys; /* LayoutRun* */
    PtrVec top_key;        /* per top run: (void *)1 when its 一级 has the 重点工作 level */
} IndicatorRows;
void indicator_rows(Arena *a, const Table *t, bool every_sub, IndicatorRows *out);
/* The run that starts at `row`, or NULL. */
const LayoutRun *run_starting(const PtrVec *runs, int row);

/* Does an indicator of the list fill the form's column k (指标列)? */
bool column_filled(Indicator *const *inds, int n, int k);
/* Does any indicator of the table, in either set (年度, 中期), fill the form's column k? */
bool table_column_filled(const Table *t, int k);

/* The value's kind as a JSON word: measure, range, reference, level, text. */
const char *value_kind_name(ValueKind k);
/* The multiplier of a measure as a decimal (1, 10000 …) and its total power of ten. */
int value_total_exp(const Value *v);

#endif
