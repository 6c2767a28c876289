/* The syntax tree. Every node keeps its exact source place and spelling, and the comments
 * of the file are kept (and attached to statements), so that the formatter can reprint a
 * file and the diff can quote it. All of it lives in the compilation's arena. */
#ifndef JX_AST_H
#define JX_AST_H
#include <stdbool.h>
#include "base/arena.h"
#include "base/decimal.h"
#include "base/source.h"

typedef enum Cmp { CMP_NONE, CMP_GE, CMP_LE, CMP_GT, CMP_LT, CMP_EQ, CMP_NE } Cmp;
const char *cmp_symbol(Cmp c);   /* canonical spelling: ≥ ≤ > < = ≠ */
const char *cmp_ascii(Cmp c);    /* JSON "op": >= <= > < = != */

/* What a value is, as written. The checker decides what it means (ValueKind). */
typedef enum ValueSyntax {
    VX_MEASURE,  /* [cmp] number [multiplier] [unit]: 90, ≥90%, =3台, <6.00(元/人次) */
    VX_LABELLED, /* label cmp measure: 被收录数≥1个 */
    VX_RANGE,    /* measure ~ measure */
    VX_WORD,     /* a bare word: a level, or a field's text */
    VX_REFWORD,  /* cmp word: ≤总成本预算数 */
    VX_STRING,   /* "text" or """text""" */
    VX_DATE,     /* 2025-01-01 */
    VX_YEAR,     /* 2025年 */
    VX_CODE,     /* 025-83620682 */
} ValueSyntax;

/* What a value means, once checked. */
typedef enum ValueKind { VK_UNCHECKED, VK_MEASURE, VK_RANGE, VK_REFERENCE, VK_LEVEL, VK_TEXT } ValueKind;

struct Unit;
struct Level;

typedef struct Value {
    /* (Fields are ordered by size, so that no padding is wasted: a 10 MB input has 85,000
     * values, and each byte here costs a tenth of a megabyte of memory to clear.) */
    ValueSyntax syntax;
    Cmp cmp;
    int mult_exp;      /* the multiplier as a power of ten: 万 → 4; 0 without one */
    Span span;         /* the whole value as written */
    Span cmp_span;
    /* measures (and each end of a range) */
    Span number_span;
    Span mult_span;
    Span unit_span;
    Span range_sep;    /* VX_RANGE */
    bool number_ok;    /* false when the number could not be represented (a diagnostic was given) */
    bool unit_paren;   /* written (人次) */
    bool triple;       /* a """ string */
    bool ref_resolved; /* (checker) VK_REFERENCE: ref_amount is known */
    /* How it was written, where the fields above do not say (the formatter prints a tree
     * without source from these; see "Trees without source" at the end). */
    bool number_grouped;  /* with thousands separators: 5,000,000.00 */
    bool number_neg_zero; /* a zero written with its minus sign: -0 (a Decimal zero has none) */
    uint16_t number_zeros; /* leading zeros beyond those decimal_format writes: 007 → 2 */
    bool unit_fullwidth;  /* unit_paren, written with （ ）: （人次） */
    bool triple_inline;   /* a """ string written on one line: """单行""" */
    bool starts_line;     /* a word of a 单位/等级 { … } list that begins a line */
    bool blank_line_before; /* …with a blank line before it */
    Decimal number;
    const char *unit;  /* the unit as written (without parentheses); NULL without one */
    const char *label; /* VX_LABELLED: the label before the comparator */
    struct Value *lo, *hi; /* VX_RANGE */
    const char *text;  /* the word, string contents, date, year or code */

    /* Filled in by the checker. */
    ValueKind kind;
    int unit_mult_exp;           /* a multiplier found inside the unit text: (万元/人/年) */
    const struct Unit *unit_def; /* the resolved unit (NULL: none, or unknown) */
    const char *dimension;       /* 比率, 货币, 计数, …, or a compound such as 货币/计数 */
    const struct Level *level;
    Decimal ref_amount;          /* VK_REFERENCE: the amount it resolves to */
} Value;

typedef enum NodeKind {
    N_IMPORT,      /* 导入 "path" */
    N_DEFAULTS,    /* 默认 { fields } */
    N_PROJECT,     /* 项目 name { … } */
    N_DEPARTMENT,  /* 部门 name { … } */
    N_GROUP,       /* 指标组 name { indicator nodes } */
    N_UNITDECL,    /* 单位 name dimension | 单位 name measure (公里 1000米) | 单位 dimension { names } */
    N_LEVELDECL,   /* 等级 words (with > between them for an order) */
    N_FORM,        /* 表式 name { items } */
    N_ALIASDECL,   /* 别名 { name aliases… } */
    N_EVAL,        /* 自评 year { items }: a self-evaluation (docs/evaluation.md) */
    N_MONITOR,     /* 监控 date { items }: a monitoring report */
    N_PROFILE,     /* 评分规则 name { items }: a scoring profile */
    N_FIELD,       /* name value… */
    N_FUNDS,       /* 资金 { fund lines } */
    N_FUND,        /* name [amount] [{ fund lines }] */
    N_EXPENSES,    /* 支出 { expense lines } */
    N_EXPENSE,     /* name [半年 a] [全年] a [{ expense lines }] */
    N_INDICATORS,  /* 指标 { nodes } */
    N_CATEGORY,    /* name { nodes } */
    N_LEAF,        /* name target [note] */
    N_REF,         /* 引用 name */
    N_ITEM,        /* a line of a form body: name value… [{ items }] */
    N_ERROR,       /* a statement that did not parse */
} NodeKind;

typedef struct Comment {
    Span span;          /* from '#' to the end of the line */
    int words_before;   /* among the words of a 单位/等级 { … } list: how many come before it */
    const char *text;   /* without the '#' */
    bool own_line;      /* nothing but blanks before it on its line */
    bool blank_before;  /* a blank line separates it from what precedes it */
    struct Comment *next;         /* within the list it is attached to */
    struct Comment *next_in_file; /* every comment of the file, in order */
} Comment;

typedef struct Node {
    /* (Fields are ordered by size, so that no padding is wasted: see Value.) */
    NodeKind kind;
    Span span;          /* the whole statement, from its first token to its last */
    Span kw;            /* the keyword (项目, 资金 …), when there is one */
    Span name_span;
    Span half_kw, full_kw;
    Span lbrace, rbrace;
    int nvalues;
    int nchildren;
    bool name_quoted;
    bool ordered;       /* N_LEVELDECL: written with '>' */
    bool has_block;
    /* Blank line before this statement in the source (the formatter keeps one). */
    bool blank_before;
    bool full_written;  /* `全年 v` written for a lone target or amount (N_LEAF, N_EXPENSE) */
    bool name_triple, name_triple_inline; /* a name written as a """ block (on one line) */
    const char *name;   /* decoded: a string's contents, or the word */
    Value **values;     /* field values; form items' values; level words; unit dimension */
    Value *half, *full; /* N_LEAF targets, N_EXPENSE amounts, N_FUND amount (full) */
    Value *note;        /* N_LEAF: the note string */
    struct Node *children, *last_child, *next;
    /* Comments, attached after parsing (ast_attach_comments). */
    Comment *leading;   /* own-line comments just before the statement */
    Comment *trailing;  /* a comment after the statement on its last line */
    Comment *dangling;  /* comments inside the block after its last statement */
    Comment *brace_comment; /* a comment after the '{' on the same line */
} Node;

typedef struct ParsedFile {
    uint32_t file;
    Node *decls, *last_decl;
    int ndecls;
    Comment *comments, *last_comment; /* every comment, in order (linked by next_in_file) */
    Comment *end_comments;           /* comments after the last declaration */
    bool had_errors;
} ParsedFile;

Node *ast_node(Arena *a, NodeKind kind, Span span);
Span span_join(Span a, Span b);
void ast_attach_comments(ParsedFile *pf, const char *text);
const char *node_kind_name(NodeKind k);

/* ---- Trees without source ----------------------------------------------------------------
 * A tree built in memory (an importer's: front/ast_build.h), or one detached from its text
 * (ast_detach), has no source: its ParsedFile.file is AST_NO_FILE and every Span in it is
 * unset ({0}). Everything is then in the fields:
 *   Node     name, name_quoted (name_triple, name_triple_inline), the keyword from the kind,
 *            full_written for a lone `全年 v`, blank_before;
 *   Value    syntax, cmp, number (number_grouped, number_zeros, number_neg_zero), mult_exp,
 *            unit (unit_paren, unit_fullwidth), label, lo/hi, text, triple (triple_inline),
 *            and in a 单位/等级 word list starts_line, blank_line_before;
 *   Comment  text, blank_before, words_before (in a word list).
 * The formatter prints such a tree with fmt_render_tree (review/fmt.h). parse_file fills
 * these fields too (ast_record_spelling), so a parsed tree prints the same with or without
 * its source. */
enum { AST_NO_FILE = UINT32_MAX };

/* Fills in the fields that say how a parsed tree was written (Value.number_grouped …,
 * Node.full_written, the lines of word lists) from its text (front/ast_build.c; parse_file
 * calls it, after ast_attach_comments). */
void ast_record_spelling(ParsedFile *pf, const char *text);

#endif
