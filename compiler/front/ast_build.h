/* Building syntax trees in memory, without source text (for a program that makes .jx files,
 * such as an importer from Excel or CSV), and detaching a parsed tree from its text. A tree
 * made here has no source (see "Trees without source" in front/ast.h): jxc fmt's printer
 * prints it from its fields alone (fmt_render_tree in review/fmt.h), canonically.
 *
 * Everything lives in the arena given; texts are copied. A sketch:
 *
 *     ParsedFile *pf = ast_new_file(a);
 *     Node *p = ast_add_decl(pf, ast_new_node(a, N_PROJECT, "道路养护"));
 *     ast_add_value(a, ast_add_child(p, ast_new_node(a, N_FIELD, "项目类型")), ast_word(a, "常年安排项目"));
 *     Node *ind = ast_add_child(p, ast_new_node(a, N_INDICATORS, NULL));
 *     Node *leaf = ast_add_child(ind, ast_new_node(a, N_LEAF, "案件办理率"));
 *     leaf->full = ast_value_from_text(a, NULL, "≥90%");
 */
#ifndef JX_AST_BUILD_H
#define JX_AST_BUILD_H
#include "front/ast.h"
#include "diag/diag.h"

/* ---- statements ---------------------------------------------------------------------------- */

/* An empty file without source (file AST_NO_FILE). */
ParsedFile *ast_new_file(Arena *a);

/* A statement of `kind` named `name` (NULL: none, for 默认 资金 支出 指标 and a 等级 list).
 * name_quoted is set when the name cannot be written as a bare word (it is not one word to
 * the lexer: "2025 测试项目", "缓解医患矛盾，维护医疗秩序"; and always for 导入's path); the
 * printer also quotes a keyword where it would be read as one (a field named 资金). The
 * kinds that always have a block (默认 项目 部门 指标组 表式 资金 支出 指标, a category) get
 * has_block; the others get it from their first child (ast_add_child). */
Node *ast_new_node(Arena *a, NodeKind kind, const char *name);

/* Appends a declaration to the file, a child to a statement (which then has a block), a
 * value to a statement's values (a field's, a form item's, the words of 单位 and 等级).
 * Each returns what it appended. Targets are set directly: n->half, n->full (with
 * n->full_written for `全年 v` alone), n->note; and n->blank_before for a blank line. */
Node *ast_add_decl(ParsedFile *pf, Node *n);
Node *ast_add_child(Node *parent, Node *child);
Value *ast_add_value(Arena *a, Node *n, Value *v);

/* A comment (`text` is what follows the '#', usually starting with a space) appended to
 * `list`: &n->leading (own lines before n), &n->trailing (after n on its line, one),
 * &n->brace_comment (after n's '{', one), &n->dangling (before n's '}'), &pf->end_comments.
 * It is also linked into the file's list (pf->comments, in the order made). A line break in
 * `text` ends the comment there. */
Comment *ast_add_comment(Arena *a, ParsedFile *pf, Comment **list, const char *text);

/* ---- values -------------------------------------------------------------------------------- */

/* [cmp] number [multiplier] [unit]: mult_exp is the multiplier's power of ten (万 4, 千 3,
 * 十万 5, 百万 6, 千万 7, 亿 8; 0 none); `unit` NULL for none. A unit that starts with a
 * multiplier (万元 with mult_exp 0) is split as the parser splits it (3万元: 万 and 元). The
 * number keeps its scale (90.00 prints 90.00); set number_grouped for 5,000,000.00, and
 * unit_paren for a unit printed in parentheses, (人次). */
Value *ast_measure(Arena *a, Cmp cmp, Decimal number, int mult_exp, const char *unit);
/* label cmp measure: 被收录数≥1个 (the measure's own cmp is not used). */
Value *ast_labelled(Arena *a, const char *label, Cmp cmp, Value *measure);
/* lo~hi, two measures without comparators: 80%~90%. */
Value *ast_range(Arena *a, Value *lo, Value *hi);
/* A word (按时完成, a level 较好); a text that is not one word to the lexer becomes a string. */
Value *ast_word(Arena *a, const char *text);
/* cmp word: ≤总成本预算数. */
Value *ast_refword(Arena *a, Cmp cmp, const char *word);
/* A string: "…" on one line; a text of several lines a """ block (if a block can hold it:
 * no \"\"\" and no blanks at the end of a line; else "…" with \n escapes). */
Value *ast_string(Arena *a, const char *text);
/* A """ block over lines, whatever the length of its text (a paragraph of 立项必要性). */
Value *ast_text_block(Arena *a, const char *text);
/* [cmp] 2025-01-01; 2025年; a code such as 025-83620682. */
Value *ast_date(Arena *a, Cmp cmp, const char *text);
Value *ast_year(Arena *a, int year);
Value *ast_code(Arena *a, const char *text);

/* One value written as jx text ("≥90%", "=3台", "按时完成", "2025-01-01", "\"a b\""), read by
 * the real lexer and parser, detached from its text. NULL if the text is not exactly one
 * value: a lexical or syntax error is then reported to `d` (if not NULL), at its place in a
 * source "<value>" added to d's sources; two values, a comment or a line break are not
 * reported. */
Value *ast_value_from_text(Arena *a, Diags *d, const char *text);

/* ---- detaching ---------------------------------------------------------------------------- */

/* Clears every source reference of a tree: every Span of its statements, values and comments
 * (those in pf->comments and those attached to statements), and pf->file (AST_NO_FILE). */
void ast_detach(ParsedFile *pf);
void ast_detach_value(Value *v);

/* ---- spelling ----------------------------------------------------------------------------- */

/* Can a """ block hold `text` and give it back: no """ in it, and no line ending with a
 * blank (the parser removes those)? */
bool ast_block_ok(const char *text);
/* Does `s`, on its own, lex as one word (or one keyword) token? */
bool ast_is_word(Arena *a, const char *s);
/* May n's name be written bare, under `parent` (NULL at the top of a file), and read back as
 * the same name: a word, and not a keyword that would be read as one there (资金 支出 指标 as
 * a name in a 项目 or 部门 body, 引用 as an indicator's name); never 导入's path. */
bool ast_name_bare(Arena *a, const Node *n, const Node *parent);
/* The keyword of a kind of statement (项目 for N_PROJECT …); NULL for kinds without one. */
const char *ast_keyword(NodeKind kind);
/* The multiplier word of a power of ten (4 → 万); "" for 0, NULL for no multiplier. */
const char *ast_multiplier(int exp);

#endif
