/* The HTML output, in parts (one job a file):
 *   html_out.c         escaping, amounts, the page's head and foot
 *   html_style.c       the style sheet (screen and A4 print)
 *   html_form.c        one table as its official form, following the form's 版式
 *   html_funds.c       the funds block of a form
 *   html_indicators.c  the indicator table, its 一级/二级/重点工作 cells merged over their rows
 *   html_summary.c     the contents list and the SVG charts of the funds
 *   emit_html.c        the page (or, with --split, the pages) */
#ifndef JX_HTML_OUT_H
#define JX_HTML_OUT_H
#include <stdio.h>
#include "model/model.h"
#include "base/sink.h"

/* Writes text with & < > " ' escaped: all user text goes through here. NULL writes nothing. */
void html_text(FILE *out, const char *s);
/* A number of rows or columns (rowspan="3"): the digits, without fprintf's cost in every cell. */
void html_int(FILE *out, int v);
/* An amount as the form prints it: the exact decimal, with thousands separators if asked. */
const char *html_amount(Program *p, Decimal d, bool thousands);

void html_page_start(FILE *out, const char *title);
void html_page_end(FILE *out);
extern const char html_style[];

/* One table as its official form; `id` is its anchor, `back` the contents' address. */
void html_form(FILE *out, Program *p, const Table *t, const char *id, const char *back);
void html_funds(FILE *out, Program *p, const Table *t, const LayoutPart *part, bool thousands);
void html_indicators(FILE *out, Program *p, const Table *t, const LayoutPart *part, bool every_sub);

/* The cover: title, contents (links are `href_prefix` + the table's page or anchor). */
typedef const char *(*TableHref)(Program *p, int index, void *arg);
void html_contents(FILE *out, Program *p, TableHref href, void *arg);
void html_summary(FILE *out, Program *p);

#endif
