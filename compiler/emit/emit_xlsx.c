/* `jxc build -f xlsx -o FILE.xlsx`: a workbook (libxlsxwriter) with
 *   - 目录: one row a table, with a link to its sheet, its 年度, form, unit and total;
 *   - one sheet a table, laid out as its official form from the form's layout (the same
 *     FormLayout and indicator rows as the HTML: model/form_layout.c): the title and year, the
 *     header rows of label/value cells, the funds block (sources in the form's row order with
 *     their 小计, the expenses with 半年/全年 where the form has them), the goals, and the
 *     indicator table with its 一级/二级/重点工作 cells merged over their rows; borders, wrapped
 *     text, column widths and row heights made for CJK text; A4 portrait, one page wide, the
 *     indicator table's heading repeated on each printed page;
 *   - 指标: the indicator rows of `-f csv` (--table indicators), with a filter and a frozen
 *     heading, for analysis.
 * Amounts are number cells in the table's money unit, shown with the places written (and with
 * thousands separators where the form prints them so); an amount that a double cannot hold
 * exactly is written as text, with a cell comment saying so. Every other value is a string cell:
 * =100%, +1, @x are never formulas. libxlsxwriter writes to a file by name: the workbook is
 * made in a temporary file and copied to the output (which the driver writes atomically). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include "base/utf8.h"
#include "emit/emit.h"
#include "emit/xlsx_file.h"

enum { W = 12 };             /* the form sheet's grid: 12 columns */
enum { COL_CHARS = 8 };      /* the width of a column, in characters (CJK: two) */
enum { XLSX_MAX_TEXT = 32767 };

typedef struct Book {
    Program *p;
    lxw_workbook *wb;
    lxw_format *title, *subtitle, *label, *value, *text, *head, *section, *center;
    lxw_format *amount[DECIMAL_MAX_SCALE + 1][2]; /* by places, by thousands */
    lxw_format *link, *plain, *bold;
    StrMap taken; /* the sheet names given so far, by name_key */
    bool failed;
} Book;

/* ---- cells ---------------------------------------------------------------------------------- */

/* Excel holds at most 32,767 characters in a cell: longer text is cut on a character boundary,
 * with a comment that says so (the JSON has it whole). */
static const char *fit(Book *b, const char *s, bool *cut) {
    *cut = false;
    if (!s) return "";
    size_t n = strlen(s);
    if (utf8_count(s, n) <= XLSX_MAX_TEXT) return s;
    size_t i = 0, chars = 0;
    while (i < n && chars < XLSX_MAX_TEXT - 1) {
        uint32_t cp;
        int l = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        i += l > 0 ? (size_t)l : 1;
        chars++;
    }
    *cut = true;
    return arena_strndup(b->p->arena, s, i);
}

static void text(Book *b, lxw_worksheet *ws, int r, int c, const char *s, lxw_format *f) {
    bool cut;
    const char *t = fit(b, s, &cut);
    if (worksheet_write_string(ws, (lxw_row_t)r, (lxw_col_t)c, t, f) != LXW_NO_ERROR) b->failed = true;
    if (cut) worksheet_write_comment(ws, (lxw_row_t)r, (lxw_col_t)c, "文字超过 Excel 单元格的 32767 个字符，已截断；全文见 JSON 输出");
}

/* A merged range (or one cell) holding text. */
static void merge(Book *b, lxw_worksheet *ws, int r1, int c1, int r2, int c2, const char *s, lxw_format *f) {
    bool cut;
    const char *t = fit(b, s, &cut);
    if (r1 == r2 && c1 == c2) {
        text(b, ws, r1, c1, s, f);
        return;
    }
    if (worksheet_merge_range(ws, (lxw_row_t)r1, (lxw_col_t)c1, (lxw_row_t)r2, (lxw_col_t)c2, t, f) != LXW_NO_ERROR) b->failed = true;
    if (cut) worksheet_write_comment(ws, (lxw_row_t)r1, (lxw_col_t)c1, "文字超过 Excel 单元格的 32767 个字符，已截断；全文见 JSON 输出");
}

/* Does the double nearest d print back as d, at its places? Then it is exact enough for a
 * spreadsheet to show as written (and to sum). */
static bool as_double(Decimal d, double *out) {
    char buf[DECIMAL_STR_MAX], back[64];
    decimal_format(d, buf);
    double x = strtod(buf, NULL);
    snprintf(back, sizeof back, "%.*f", d.scale, x);
    if (strcmp(back, buf) != 0) return false;
    /* 15 significant digits are what a double holds for certain. */
    int digits = 0;
    for (const char *s = buf; *s; s++) digits += *s >= '0' && *s <= '9';
    if (digits > 15) return false;
    *out = x;
    return true;
}

static lxw_format *amount_format(Book *b, int scale, bool thousands) {
    if (scale < 0) scale = 0;
    if (scale > DECIMAL_MAX_SCALE) scale = DECIMAL_MAX_SCALE;
    lxw_format **slot = &b->amount[scale][thousands];
    if (!*slot) {
        *slot = workbook_add_format(b->wb);
        char num[64] = "";
        strcat(num, thousands ? "#,##0" : "0");
        if (scale) {
            strcat(num, ".");
            for (int i = 0; i < scale && i < 30; i++) strcat(num, "0");
        }
        format_set_num_format(*slot, num);
        format_set_border(*slot, LXW_BORDER_THIN);
        format_set_align(*slot, LXW_ALIGN_RIGHT);
        format_set_align(*slot, LXW_ALIGN_VERTICAL_CENTER);
    }
    return *slot;
}

/* An amount: a number cell shown with its places, or, when a double cannot hold it, its text. */
static void amount(Book *b, lxw_worksheet *ws, int r1, int c1, int r2, int c2, bool has, Decimal d, bool thousands) {
    double x;
    if (r1 != r2 || c1 != c2) merge(b, ws, r1, c1, r2, c2, "", amount_format(b, d.scale, thousands));
    if (!has) {
        if (r1 == r2 && c1 == c2) worksheet_write_blank(ws, (lxw_row_t)r1, (lxw_col_t)c1, b->value);
        return;
    }
    if (as_double(d, &x)) {
        worksheet_write_number(ws, (lxw_row_t)r1, (lxw_col_t)c1, x, amount_format(b, d.scale, thousands));
        return;
    }
    char buf[DECIMAL_STR_MAX];
    decimal_format(d, buf);
    text(b, ws, r1, c1, buf, amount_format(b, d.scale, thousands));
    worksheet_write_comment(ws, (lxw_row_t)r1, (lxw_col_t)c1, "此金额的位数超出电子表格数字的精度，按文字写出（原样保留）");
}

/* ---- sheet names ------------------------------------------------------------------------------ */

/* The first `chars` characters of `s` (whole UTF-8 sequences), copied. */
static const char *first_chars(Arena *a, const char *s, int chars) {
    const char *e = s;
    for (int n = 0; *e && n < chars; n++) {
        uint32_t cp;
        int l = utf8_decode((const unsigned char *)e, strlen(e), &cp);
        e += l < 1 ? 1 : l;
    }
    return arena_strndup(a, s, (size_t)(e - s));
}

/* The key a spreadsheet compares sheet names by: without regard to (ASCII) case. */
static const char *name_key(Arena *a, const char *name) {
    char *k = arena_strdup(a, name);
    for (char *c = k; *c; c++)
        if (*c >= 'A' && *c <= 'Z') *c = (char)(*c - 'A' + 'a');
    return k;
}

/* A valid sheet name (at most 31 characters, none of []:*?/\, not starting or ending with a
 * quote), unique in the workbook without regard to case: a number is added where two tables
 * share a name, the name cut so that the whole stays within 31 characters ("…修(51)"). */
static const char *sheet_name(Book *b, const char *want) {
    Arena *a = b->p->arena;
    char base[200];
    size_t k = 0, chars = 0;
    for (const char *s = want; *s && chars < 31 && k + 4 < sizeof base; chars++) {
        uint32_t cp;
        int l = utf8_decode((const unsigned char *)s, strlen(s), &cp);
        if (l < 1) l = 1;
        if (l == 1 && strchr("[]:*?/\\", *s)) base[k++] = '_';
        else if (l == 1 && (unsigned char)*s < 0x20) base[k++] = '_';
        else {
            memcpy(base + k, s, (size_t)l);
            k += (size_t)l;
        }
        s += l;
    }
    base[k] = 0;
    while (k > 0 && base[0] == '\'') memmove(base, base + 1, k--);
    while (k > 0 && base[k - 1] == '\'') base[--k] = 0;
    if (!k) strcpy(base, "表");
    const char *name = arena_strdup(a, base);
    int base_chars = (int)utf8_count(base, strlen(base));
    for (int n = 2; strmap_get(&b->taken, name_key(a, name)); n++) {
        char suffix[16];
        int sl = snprintf(suffix, sizeof suffix, "(%d)", n);
        int keep = base_chars + sl > 31 ? 31 - sl : base_chars;
        name = arena_printf(a, "%s%s", first_chars(a, base, keep), suffix);
    }
    strmap_put(&b->taken, name_key(a, name), (void *)name);
    return name;
}

/* ---- a form sheet ------------------------------------------------------------------------------- */

typedef struct Sheet {
    Book *b;
    lxw_worksheet *ws;
    const Table *t;
    int row;
    bool thousands;
    int extra_cols;    /* 指标列 printed right of the grid */
    int heights[4096]; /* the lines each row needs (for the row heights, set at the end) */
} Sheet;

/* How many lines `s` takes in a cell `cols` columns wide (display width, CJK two). */
static int lines_for(const char *s, int cols) {
    if (!s || !*s) return 1;
    int room = cols * COL_CHARS;
    if (room < 4) room = 4;
    int lines = 1, at = 0;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int l = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (l < 1) l = 1;
        i += (size_t)l;
        if (cp == '\n') {
            lines++;
            at = 0;
            continue;
        }
        int w = codepoint_width(cp);
        if (at + w > room) {
            lines++;
            at = 0;
        }
        at += w;
    }
    return lines;
}

static void need(Sheet *s, int row, const char *text, int cols) {
    if (row < 0 || row >= (int)(sizeof s->heights / sizeof s->heights[0])) return;
    int l = lines_for(text, cols);
    if (l > s->heights[row]) s->heights[row] = l;
}

/* A row of label/value cells across the grid: each cell a label (2 columns, 1 in a row of four
 * or more) and a value sharing the rest by weight. */
static void header_row(Sheet *s, const LayoutCell *cells, int k) {
    Book *b = s->b;
    if (k < 1) return;
    if (k > 6) k = 6;
    int label = k >= 4 ? 1 : 2, room = W - k * label, weights = 0;
    for (int i = 0; i < k; i++) weights += cells[i].weight > 0 ? cells[i].weight : 1;
    int col = 0;
    for (int i = 0; i < k; i++) {
        int w = cells[i].weight > 0 ? cells[i].weight : 1;
        int span = i == k - 1 ? W - col - label : room * w / weights;
        if (span < 1) span = 1;
        merge(b, s->ws, s->row, col, s->row, col + label - 1, cells[i].label, b->label);
        need(s, s->row, cells[i].label, label);
        const char *v = layout_cell_text(b->p, s->t, &cells[i]);
        merge(b, s->ws, s->row, col + label, s->row, col + label + span - 1, v ? v : "", k == 1 ? b->text : b->value);
        need(s, s->row, v, span);
        col += label + span;
    }
    s->row++;
}

static bool line_amount(const FundLine *l, Decimal *d) {
    if (!l) return false;
    if (l->has_amount) *d = l->amount;
    else if (l->nchildren) *d = l->sum;
    else return false;
    return true;
}

static const FundLine *find_line(FundLine *const *lines, int n, const SourceDef *def) {
    for (int i = 0; i < n; i++)
        if (lines[i]->def == def || strcmp(lines[i]->name, def->name) == 0) return lines[i];
    return NULL;
}

static const FundLine *find_named(FundLine *const *lines, int n, const char *name) {
    for (int i = 0; i < n; i++) {
        if (strcmp(lines[i]->name, name) == 0) return lines[i];
        const FundLine *c = find_named(lines[i]->children, lines[i]->nchildren, name);
        if (c) return c;
    }
    return NULL;
}

/* The funds block, stacked: the section label (cols 0-1) over all its rows, 收入/支出 (col 2),
 * the names (3-7), the amounts (8-11, or 8-9 and 10-11 for 半年 and 全年). */
static void source_rows(Sheet *s, const SourceDef *d, const FundLine *line, int depth) {
    Book *b = s->b;
    Decimal a = {0}; /* read for its places even when the line has no amount */
    bool has = line_amount(line, &a);
    const char *name = depth ? arena_printf(b->p->arena, "%*s%s", depth * 2, "", d->name) : d->name;
    merge(b, s->ws, s->row, 3, s->row, 7, d->nchildren ? arena_printf(b->p->arena, "%s（小计）", name) : name, b->label);
    amount(b, s->ws, s->row, 8, s->row, 11, has, a, s->thousands);
    s->row++;
    for (int i = 0; i < d->nchildren; i++)
        source_rows(s, d->children[i], line ? find_line(line->children, line->nchildren, d->children[i]) : NULL, depth + 1);
}

static void expense_rows(Sheet *s, const ExpenseLine *e, int depth, int nheads) {
    Book *b = s->b;
    merge(b, s->ws, s->row, 3, s->row, 7, depth ? arena_printf(b->p->arena, "%*s%s", depth * 2, "", e->name) : e->name, b->label);
    need(s, s->row, e->name, 5);
    const Value *h = e->half, *f = e->full;
    if (nheads == 2) {
        amount(b, s->ws, s->row, 8, s->row, 9, h && h->number_ok, h ? h->number : (Decimal){0, 0}, s->thousands);
        amount(b, s->ws, s->row, 10, s->row, 11, f && f->number_ok, f ? f->number : (Decimal){0, 0}, s->thousands);
    } else {
        amount(b, s->ws, s->row, 8, s->row, 11, f && f->number_ok, f ? f->number : (Decimal){0, 0}, s->thousands);
    }
    s->row++;
    for (int i = 0; i < e->nchildren; i++) expense_rows(s, e->children[i], depth + 1, nheads);
}

static void funds_stacked(Sheet *s, const LayoutPart *part) {
    Book *b = s->b;
    const Table *t = s->t;
    const Form *form = t->form;
    int first = s->row;
    /* 收入: the heading, the total, the form's sources, the table's other lines. */
    merge(b, s->ws, s->row, 3, s->row, 7, "", b->head);
    merge(b, s->ws, s->row, 8, s->row, 11, part->nheads ? part->heads[0] : "全年预算数", b->head);
    s->row++;
    const char *total = part->mid && form && form->mid_name ? arena_printf(b->p->arena, "%s资金总额", form->mid_name)
                        : form && form->total_label                  ? form->total_label
                                                                     : "资金总额";
    merge(b, s->ws, s->row, 3, s->row, 7, total, b->label);
    amount(b, s->ws, s->row, 8, s->row, 11, t->funds.present, t->funds.total, s->thousands);
    s->row++;
    for (int i = 0; form && i < form->nsources; i++)
        source_rows(s, form->sources[i], find_line(t->funds.sources, t->funds.nsources, form->sources[i]), 0);
    for (int i = 0; i < t->funds.nsources; i++) {
        const FundLine *l = t->funds.sources[i];
        if (l->def) continue;
        Decimal d = {0};
        bool has = line_amount(l, &d);
        merge(b, s->ws, s->row, 3, s->row, 7, l->name, b->label);
        amount(b, s->ws, s->row, 8, s->row, 11, has, d, s->thousands);
        s->row++;
    }
    merge(b, s->ws, first, 2, s->row - 1, 2, "收入", b->section);
    int income_end = s->row;
    if (part->nexpense_heads) {
        int start = s->row;
        merge(b, s->ws, s->row, 3, s->row, 7, "", b->head);
        if (part->nexpense_heads == 2) {
            merge(b, s->ws, s->row, 8, s->row, 9, part->expense_heads[0], b->head);
            merge(b, s->ws, s->row, 10, s->row, 11, part->expense_heads[1], b->head);
        } else {
            merge(b, s->ws, s->row, 8, s->row, 11, part->expense_heads[0], b->head);
        }
        s->row++;
        for (int i = 0; i < t->nexpenses; i++) expense_rows(s, t->expenses[i], 0, part->nexpense_heads);
        merge(b, s->ws, start, 2, s->row - 1, 2, "支出", b->section);
    }
    (void)income_end;
    merge(b, s->ws, first, 0, s->row - 1, 1, part->label ? funds_label(b->p, t, part->label) : "资金", b->section);
}

/* Two columns (上海): the section label, then a label/amount pair on each side a row. */
static void funds_columns(Sheet *s, const LayoutPart *part) {
    Book *b = s->b;
    int rows = part->nleft > part->nright ? part->nleft : part->nright;
    int first = s->row;
    for (int r = 0; r < rows; r++) {
        for (int side = 0; side < 2; side++) {
            const LayoutCell *c = side == 0 ? (r < part->nleft ? &part->left[r] : NULL) : (r < part->nright ? &part->right[r] : NULL);
            int c0 = side == 0 ? 2 : 7;
            merge(b, s->ws, s->row, c0, s->row, c0 + 2, c ? c->label : "", b->label);
            if (c) need(s, s->row, c->label, 3);
            int a0 = c0 + 3, a1 = side == 0 ? 6 : 11;
            if (!c || (!c->is_total && !c->source && !c->nfields)) {
                merge(b, s->ws, s->row, a0, s->row, a1, "", b->value);
            } else if (c->is_total) {
                amount(b, s->ws, s->row, a0, s->row, a1, s->t->funds.present, s->t->funds.total, s->thousands);
            } else if (c->source) {
                Decimal d = {0};
                const FundLine *l = find_named(s->t->funds.sources, s->t->funds.nsources, c->source);
                bool has = line_amount(l, &d);
                amount(b, s->ws, s->row, a0, s->row, a1, has, d, s->thousands);
            } else {
                const char *v = table_field_text(b->p, s->t, c->fields[0]);
                merge(b, s->ws, s->row, a0, s->row, a1, v ? v : "", b->value);
            }
        }
        s->row++;
    }
    if (rows) merge(b, s->ws, first, 0, s->row - 1, 1, part->label ? funds_label(b->p, s->t, part->label) : "资金", b->section);
}

/* Fields side by side under a section label (上海's 项目绩效目标). */
static void side(Sheet *s, const LayoutPart *part) {
    Book *b = s->b;
    int k = part->ncells > 0 ? part->ncells : 1;
    if (k > 5) k = 5;
    int room = W - 2, col = 2;
    for (int i = 0; i < k; i++) {
        int span = i == k - 1 ? W - col : room / k;
        merge(b, s->ws, s->row, col, s->row, col + span - 1, part->cells[i].label, b->head);
        const char *v = layout_cell_text(b->p, s->t, &part->cells[i]);
        merge(b, s->ws, s->row + 1, col, s->row + 1, col + span - 1, v ? v : "", b->text);
        need(s, s->row + 1, v, span);
        col += span;
    }
    merge(b, s->ws, s->row, 0, s->row + 1, 1, part->label, b->section);
    s->row += 2;
}

/* The indicator table: 一级, 二级, [重点工作], 三级, then the value columns; the category cells
 * merged over their rows; its heading row repeated on every printed page. */
static void indicators(Sheet *s, const LayoutPart *part, bool every_sub, int *heading_row) {
    Book *b = s->b;
    const Table *t = s->t;
    IndicatorRows r;
    indicator_rows(b->p->arena, t, every_sub, &r);
    bool key_work = false;
    for (int i = 0; i < r.top_key.len; i++) key_work |= r.top_key.items[i] != NULL;
    bool half = part->nheads ? part->nheads == 2 : t->form && t->form->has_half;
    int c1 = 0, c2 = 2, ck = key_work ? 4 : -1, c3 = key_work ? 6 : 4, cv = half ? 9 : 8;
    /* 一级 2 columns, 二级 2, [重点工作 2], 三级 to the values, values: one (4) or two (3 + 3 … ). */
    int c3_end = cv - 1;
    *heading_row = s->row;
    merge(b, s->ws, s->row, c1, s->row, c1 + 1, "一级指标", b->head);
    merge(b, s->ws, s->row, c2, s->row, c2 + 1, "二级指标", b->head);
    if (key_work) merge(b, s->ws, s->row, ck, s->row, ck + 1, "重点工作", b->head);
    merge(b, s->ws, s->row, c3, s->row, c3_end, "三级指标", b->head);
    const char *h1 = part->nheads >= 1 ? part->heads[0] : half ? "半年指标值" : "年度指标值";
    const char *h2 = part->nheads >= 2 ? part->heads[1] : "全年指标值";
    if (half) {
        merge(b, s->ws, s->row, cv, s->row, cv + 1, h1, b->head);
        text(b, s->ws, s->row, 11, h2, b->head);
    } else {
        merge(b, s->ws, s->row, cv, s->row, 11, h1, b->head);
    }
    need(s, s->row, h1, half ? 2 : 4);
    /* The form's 指标列 the table fills, a column each to the right of the grid (W on), in the
     * form's order. */
    int extra[MAX_COLUMNS], nextra = 0;
    for (int k = 0; t->form && k < t->form->ncolumns; k++) {
        if (!column_filled(t->indicators, t->nindicators, k)) continue;
        text(b, s->ws, s->row, W + nextra, t->form->columns[k].name, b->head);
        extra[nextra++] = k;
    }
    if (nextra) s->extra_cols = nextra > s->extra_cols ? nextra : s->extra_cols;
    s->row++;
    int first = s->row;
    for (int i = 0; i < r.rows.len; i++) {
        const Indicator *ind = r.rows.items[i];
        const char *name = ind ? ind->path[ind->depth - 1] : "";
        /* the note on a line of its own, in brackets: a name is one line, so the importer
         * tells the note from a name that ends in brackets itself (资金使用率（%）) */
        if (ind && ind->note) name = arena_printf(b->p->arena, "%s\n（%s）", name, ind->note->text);
        merge(b, s->ws, s->row, c3, s->row, c3_end, name, b->value);
        need(s, s->row, name, c3_end - c3 + 1);
        const char *hv = ind && ind->half ? value_text(b->p, ind->half) : "";
        const char *fv = ind && ind->full ? value_text(b->p, ind->full) : "";
        if (half) {
            merge(b, s->ws, s->row, cv, s->row, cv + 1, hv, b->center);
            text(b, s->ws, s->row, 11, fv, b->center);
            need(s, s->row, hv, 2);
            need(s, s->row, fv, 1);
        } else {
            merge(b, s->ws, s->row, cv, s->row, 11, fv, b->center);
            need(s, s->row, fv, 12 - cv);
        }
        for (int e = 0; e < nextra; e++) {
            const IndicatorColumn *cell = ind && ind->cols ? &ind->cols[extra[e]] : NULL;
            const char *v = cell && cell->text ? cell->text : "";
            text(b, s->ws, s->row, W + e, v, t->form->columns[extra[e]].kind == COL_TEXT ? b->value : b->center);
            need(s, s->row, v, 2);
        }
        s->row++;
    }
    const PtrVec *runs[3] = {&r.tops, &r.subs, &r.keys};
    int cols[3] = {c1, c2, ck};
    for (int k = 0; k < 3; k++) {
        if (cols[k] < 0) continue;
        for (int i = 0; i < runs[k]->len; i++) {
            const LayoutRun *x = runs[k]->items[i];
            if (x->n <= 0) continue;
            merge(b, s->ws, first + x->first, cols[k], first + x->first + x->n - 1, cols[k] + 1, x->name, b->label);
            if (x->n == 1) need(s, first + x->first, x->name, 2);
        }
        if (k == 2) {
            /* rows of a band without 重点工作: that column is blank */
            for (int i = 0; i < r.rows.len; i++) {
                bool covered = false;
                for (int j = 0; j < runs[2]->len && !covered; j++) {
                    const LayoutRun *x = runs[2]->items[j];
                    covered = i >= x->first && i < x->first + x->n;
                }
                if (!covered) merge(b, s->ws, first + i, ck, first + i, ck + 1, "", b->value);
            }
        }
    }
    if (r.rows.len == 0) { /* no indicator: the heading alone, and a blank row */
        for (int c = 0; c < W; c++) worksheet_write_blank(s->ws, (lxw_row_t)s->row, (lxw_col_t)c, b->value);
        s->row++;
    }
    (void)part;
}

static const char *subtitle(Program *p, const Table *t, const char *pattern) {
    const char *mark = "{年度}";
    const char *at = strstr(pattern, mark);
    if (!at) return pattern;
    return arena_printf(p->arena, "%.*s%s%s", (int)(at - pattern), pattern, t->has_year ? arena_printf(p->arena, "%d", t->year) : "    ",
                        at + strlen(mark));
}

static void form_sheet(Book *b, const Table *t, const char *name) {
    Program *p = b->p;
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
    if (!ws) {
        b->failed = true;
        return;
    }
    Sheet *s = calloc(1, sizeof *s);
    if (!s) out_of_memory();
    const FormLayout *L = form_layout(p, t->form);
    *s = (Sheet){.b = b, .ws = ws, .t = t, .thousands = L->thousands};
    worksheet_set_column(ws, 0, W - 1, COL_CHARS + 0.7, NULL);
    worksheet_set_paper(ws, 9); /* A4 */
    worksheet_set_portrait(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 0.6, 0.6, 0.75, 0.75);
    worksheet_center_horizontally(ws);
    merge(b, ws, 0, 0, 0, W - 1, t->form && t->form->title ? t->form->title : "预算绩效目标表", b->title);
    merge(b, ws, 1, 0, 1, W - 1, subtitle(p, t, L->subtitle ? L->subtitle : "{年度}年度"), b->subtitle);
    s->row = 2;
    int heading = -1;
    Field **others;
    int nothers = layout_other_fields(p, t, L, &others), at = layout_others_part(L);
    for (int i = 0; i <= L->nparts; i++) {
        if (i == at) {
            /* the fields no cell of the layout prints (其他字段), a row each, in the order
             * written, after the form's own rows (the importer reads them there) */
            for (int k = 0; k < nothers; k++) {
                LayoutCell cell = {.label = others[k]->name, .fields = &others[k]->name, .nfields = 1, .weight = 1};
                header_row(s, &cell, 1);
            }
        }
        if (i == L->nparts) break;
        const LayoutPart *part = &L->parts[i];
        switch (part->kind) {
        case LP_ROW: header_row(s, part->cells, part->ncells); break;
        case LP_FUNDS:
        case LP_INDICATORS: {
            /* A part of the mid-term set (期 中期) prints it as the year's. */
            Table mid = table_mid_view(t);
            s->t = part->mid ? &mid : t;
            if (part->kind == LP_INDICATORS) indicators(s, part, L->every_sub, &heading);
            else if (part->nleft || part->nright) funds_columns(s, part);
            else funds_stacked(s, part);
            s->t = t;
            break;
        }
        case LP_SIDE: side(s, part); break;
        }
    }
    for (int r = 2; r < s->row && r < (int)(sizeof s->heights / sizeof s->heights[0]); r++)
        if (s->heights[r] > 1) worksheet_set_row(ws, (lxw_row_t)r, 15.0 * s->heights[r] + 3, NULL);
    worksheet_set_row(ws, 0, 28, NULL);
    if (heading >= 0) worksheet_repeat_rows(ws, (lxw_row_t)heading, (lxw_row_t)heading);
    if (s->extra_cols) worksheet_set_column(ws, W, (lxw_col_t)(W + s->extra_cols - 1), 2 * COL_CHARS + 0.7, NULL);
    free(s);
}

/* ---- the contents and the flat indicators ------------------------------------------------------- */

/* The contents and the flat list are read on screen more than printed; printed, they are wide
 * lists: A4 landscape, one page wide, their heading on every page. */
static void print_wide(lxw_worksheet *ws) {
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
}

static void contents(Book *b, lxw_worksheet *ws, const char *const *names) {
    Program *p = b->p;
    static const char *const heads[] = {"序号", "名称", "年度", "表式", "实施单位", "金额单位", "资金总额"};
    for (int c = 0; c < 7; c++) text(b, ws, 0, c, heads[c], b->bold);
    for (int i = 0; i < p->tables.len; i++) {
        const Table *t = p->tables.items[i];
        int r = i + 1;
        worksheet_write_number(ws, (lxw_row_t)r, 0, i + 1, b->plain);
        const char *url = arena_printf(p->arena, "internal:'%s'!A1", names[i]);
        bool cut;
        if (worksheet_write_url_opt(ws, (lxw_row_t)r, 1, url, b->link, fit(b, t->name, &cut), NULL) != LXW_NO_ERROR) b->failed = true;
        if (t->has_year) worksheet_write_number(ws, (lxw_row_t)r, 2, t->year, b->plain);
        text(b, ws, r, 3, t->form ? t->form->name : "", b->plain);
        text(b, ws, r, 4, t->unit_name ? t->unit_name : "", b->plain);
        text(b, ws, r, 5, t->money_unit ? t->money_unit : "", b->plain);
        if (t->funds.present) {
            double x;
            if (as_double(t->funds.total, &x)) worksheet_write_number(ws, (lxw_row_t)r, 6, x, amount_format(b, t->funds.total.scale, false));
            else {
                char buf[DECIMAL_STR_MAX];
                decimal_format(t->funds.total, buf);
                text(b, ws, r, 6, buf, b->plain);
            }
        }
    }
    worksheet_set_column(ws, 0, 0, 6, NULL);
    worksheet_set_column(ws, 1, 1, 40, NULL);
    worksheet_set_column(ws, 2, 2, 8, NULL);
    worksheet_set_column(ws, 3, 4, 24, NULL);
    worksheet_set_column(ws, 5, 6, 12, NULL);
    worksheet_freeze_panes(ws, 1, 0);
    print_wide(ws);
}

/* Writes a text cell of the list and widens its column's record (widths[c], display width). */
static void list_text(Book *b, lxw_worksheet *ws, int r, int c, const char *v, int *widths) {
    text(b, ws, r, c, v, b->plain);
    int w = display_width(v, strlen(v));
    if (c < 64 && w > widths[c]) widths[c] = w;
}

static void flat_row(Book *b, lxw_worksheet *ws, int r, const Table *t, const Indicator *ind, const char *set, bool sets, bool key_work,
                     const PtrVec *columns, int *widths) {
    Program *p = b->p;
    const Field *head = table_role(t, ROLE_HEAD);
    int c = 0;
    if (t->has_year) worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)c, t->year, b->plain);
    c++;
    list_text(b, ws, r, c++, t->form ? t->form->name : "", widths);
    list_text(b, ws, r, c++, head ? head->text : "", widths);
    list_text(b, ws, r, c++, t->unit_name ? t->unit_name : "", widths);
    list_text(b, ws, r, c++, t->kind == TABLE_PROJECT ? t->name : "", widths);
    if (sets) list_text(b, ws, r, c++, set, widths);
    list_text(b, ws, r, c++, ind->path[0], widths);
    list_text(b, ws, r, c++, ind->path[1], widths);
    if (key_work) list_text(b, ws, r, c++, ind->depth == 4 ? ind->path[2] : "", widths);
    list_text(b, ws, r, c++, ind->path[ind->depth - 1], widths);
    list_text(b, ws, r, c++, ind->half ? value_text(p, ind->half) : "", widths);
    list_text(b, ws, r, c++, ind->full ? value_text(p, ind->full) : "", widths);
    for (int m = 0; m < columns->len; m++, c++) {
        for (int k = 0; ind->cols && k < t->form->ncolumns; k++) {
            if (strcmp(t->form->columns[k].name, columns->items[m]) != 0 || !ind->cols[k].text) continue;
            double d;
            if (ind->cols[k].has_number && as_double(ind->cols[k].number, &d))
                worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)c, d, b->plain);
            else list_text(b, ws, r, c, ind->cols[k].text, widths);
        }
    }
}

/* The 指标 sheet: the rows of `-f csv` (--table indicators), with its optional columns: 重点工作,
 * 期别 (a mid-term set's rows first) and the 指标列 the tables fill. */
static void flat(Book *b, lxw_worksheet *ws) {
    Program *p = b->p;
    static const char *const heads[] = {"年度", "表式", "主管部门", "实施单位", "项目", "期别", "一级指标", "二级指标", "重点工作", "三级指标", "半年指标值", "全年指标值"};
    bool key_work = false, sets = false;
    PtrVec columns = {0};
    for (int i = 0; i < p->tables.len; i++) {
        const Table *t = p->tables.items[i];
        sets |= t->nmid > 0;
        for (int k = 0; k < t->nindicators; k++) key_work |= t->indicators[k]->depth == 4;
        for (int k = 0; t->form && k < t->form->ncolumns; k++) {
            bool filled = table_column_filled(t, k), seen = false;
            for (int m = 0; m < columns.len && !seen; m++) seen = strcmp(columns.items[m], t->form->columns[k].name) == 0;
            if (filled && !seen) ptrvec_push(p->arena, &columns, (void *)t->form->columns[k].name);
        }
    }
    int c = 0, widths[64] = {0};
    for (int h = 0; h < 12; h++) {
        if ((h == 8 && !key_work) || (h == 5 && !sets)) continue;
        if (c < 64) widths[c] = display_width(heads[h], strlen(heads[h]));
        text(b, ws, 0, c++, heads[h], b->bold);
    }
    for (int m = 0; m < columns.len; m++) {
        if (c < 64) widths[c] = display_width(columns.items[m], strlen(columns.items[m]));
        text(b, ws, 0, c++, columns.items[m], b->bold);
    }
    int ncols = c, r = 1;
    for (int i = 0; i < p->tables.len; i++) {
        const Table *t = p->tables.items[i];
        for (int k = 0; k < t->nmid; k++, r++) flat_row(b, ws, r, t, t->mid[k], t->form->mid_name, sets, key_work, &columns, widths);
        for (int k = 0; k < t->nindicators; k++, r++) flat_row(b, ws, r, t, t->indicators[k], "年度", sets, key_work, &columns, widths);
    }
    /* Each column as wide as its widest cell (a spreadsheet does not fit them on opening),
     * but no wider than 40 characters, beyond which a long name is read in the cell itself. */
    worksheet_set_column(ws, 0, 0, 8, NULL);
    for (int k = 1; k < ncols && k < 64; k++)
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, (widths[k] > 40 ? 40 : widths[k] < 8 ? 8 : widths[k]) + 1.5, NULL);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, (lxw_row_t)(r > 1 ? r - 1 : 1), (lxw_col_t)(ncols - 1));
    print_wide(ws);
    worksheet_repeat_rows(ws, 0, 0);
}

/* ---- the workbook ------------------------------------------------------------------------------- */

static lxw_format *cell_format(lxw_workbook *wb, bool bold, bool wrap, uint8_t align, bool border, double size) {
    lxw_format *f = workbook_add_format(wb);
    if (bold) format_set_bold(f);
    if (wrap) format_set_text_wrap(f);
    format_set_align(f, align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (border) format_set_border(f, LXW_BORDER_THIN);
    if (size > 0) format_set_font_size(f, size);
    return f;
}


int emit_xlsx(Program *p, const EmitOptions *o, Sink *sink) {
    (void)o;
    char *tmp;
    lxw_workbook *wb = xlsx_begin(p, &tmp);
    if (!wb) return 2;
    Book b = {.p = p, .wb = wb};
    strmap_init(&b.taken, p->arena);
    /* One lxw_format for each distinct look. libxlsxwriter caches a format's style index only
     * in the first of equal formats: a second, equal one (or an empty one, equal to the
     * default) is hashed again for every cell written with it, which was a sixth of the CPU
     * time of a large workbook. So the roles that look alike share a format, and a plain cell
     * has none (the default style). */
    b.title = cell_format(wb, true, false, LXW_ALIGN_CENTER, false, 16);
    b.subtitle = cell_format(wb, false, false, LXW_ALIGN_CENTER, false, 0);
    b.label = cell_format(wb, true, true, LXW_ALIGN_CENTER, true, 0);
    b.value = cell_format(wb, false, true, LXW_ALIGN_LEFT, true, 0);
    b.text = b.value;
    b.head = b.label;
    b.section = b.label;
    b.center = cell_format(wb, false, true, LXW_ALIGN_CENTER, true, 0);
    b.plain = NULL;
    b.bold = cell_format(wb, true, false, LXW_ALIGN_LEFT, false, 0);
    b.link = workbook_get_default_url_format(wb);
    lxw_doc_properties props = {.title = "预算绩效目标表", .author = "jxc"};
    workbook_set_properties(wb, &props);

    sheet_name(&b, "目录");
    sheet_name(&b, "指标");
    const char *carried = xlsx_carried_text(p);
    if (carried) sheet_name(&b, CARRIED_SHEET);
    lxw_worksheet *toc = workbook_add_worksheet(wb, "目录");
    const char **names = arena_alloc(p->arena, sizeof *names * (size_t)(p->tables.len + 1));
    for (int i = 0; i < p->tables.len; i++) names[i] = sheet_name(&b, ((const Table *)p->tables.items[i])->name);
    for (int i = 0; i < p->tables.len; i++) form_sheet(&b, p->tables.items[i], names[i]);
    lxw_worksheet *ind = workbook_add_worksheet(wb, "指标");
    if (!toc || !ind) b.failed = true;
    else {
        contents(&b, toc, names);
        flat(&b, ind);
    }
    if (carried && !xlsx_write_carried(wb, p, carried)) b.failed = true;
    return xlsx_end(wb, tmp, b.failed, sink->out);
}
