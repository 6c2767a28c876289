/* Finding the tables in an imported grid, by their labels, not by cell addresses:
 *
 *   a form's sheet   a cell reading a form's name label (项目名称, 单位名称) starts a table;
 *                    the title above it (a form's 标题) picks the form, else --form, else the
 *                    form whose labels the table holds most of. Then the form's own layout
 *                    (model/form_layout.c: the one the HTML and the workbook print) is read
 *                    back: each label's value to its right (below it, for fields side by
 *                    side), the funds block under 收入/支出 or as label/amount pairs, the
 *                    indicator table under its heading row (一级指标 … 三级指标 … 指标值),
 *                    the 一级 and 二级 cells merged over their rows. Several tables on one
 *                    sheet, one under another, each start at their own name label.
 *   a flat list      a heading row with 项目, 一级指标, 二级指标, 三级指标 and the value
 *                    columns (jxc build -f csv's indicators, the workbook's 指标 sheet): a
 *                    table per 年度/表式/主管部门/实施单位/项目, in order of appearance.
 *
 * Every cell with text in a table's rows that none of this reads is reported (W1002) with its
 * sheet and cell, so nothing is dropped silently. */
#include <stdlib.h>
#include <string.h>
#include "diag/ui.h"
#include "front/ast_build.h"
#include "import/import.h"

typedef struct Finder {
    Grid *g;
    Diags *d;
    Program *p;
    const ImportOptions *o;
    ParsedFile *pf;
    Arena *a;
    GridSheet *s;
    bool *used;           /* per cell of the sheet: read into a table */
    const Form **forms;
    int nforms;
    int ntables;
    bool failed;          /* a deferred sheet could not be read (reported) */
    /* Cell texts repeat (≥90%, 按时完成, the same amounts): each distinct text is parsed as a
     * value once. The trees share the Value, which the formatter only reads. */
    StrMap parsed;        /* text → ast_value_from_text's result (&not_a_value for NULL) */
    StrMap values;        /* text → value_of's result */
} Finder;

static Value not_a_value;

static void prune(Node *parent);
static void regroup_expenses(Node *expenses, const Value *total);

static void unlink_child(Node *parent, Node *child) {
    Node **link = &parent->children, *last = NULL;
    while (*link) {
        if (*link == child) *link = child->next;
        else last = *link, link = &(*link)->next;
    }
    parent->last_child = last;
}

/* ---- cells -------------------------------------------------------------------------------- */

static const char *text_at(Finder *f, int row, int col) {
    return grid_text(f->a, grid_shown(f->s, row, col));
}

static void use(Finder *f, const GridCell *c) {
    if (c) f->used[c - f->s->cells] = true;
}

/* Compares a cell's text with a label, ignoring blanks inside (项目 名称) and a colon after. */
static bool label_is(const char *text, const char *label) {
    if (!text || !label) return false;
    const char *t = text, *l = label;
    for (;;) {
        while (*t == ' ' || *t == '\n' || (strncmp(t, "\u3000", 3) == 0 && (t += 2))) t++;
        while (*l == ' ') l++;
        if (!*l) break;
        if (*t != *l) return false;
        t++, l++;
    }
    while (*t == ' ') t++;
    return !*t || strcmp(t, "：") == 0 || strcmp(t, ":") == 0;
}

/* The first cell in rows [r0, r1) reading `label` and not yet read, or NULL. */
static const GridCell *find_label(Finder *f, int r0, int r1, const char *label) {
    /* A text that does not start with a blank matches only if it starts with the label's
     * first character (no blank can sit inside a UTF-8 character): most cells are passed
     * over on that, without label_is. */
    if (!label) return NULL;
    const char *l = label;
    while (*l == ' ') l++;
    unsigned char l0 = (unsigned char)*l;
    size_t k = l0 < 0x80 ? 1 : l0 >= 0xF0 ? 4 : l0 >= 0xE0 ? 3 : 2;
    for (int r = r0; r < r1 && r < f->s->nrows; r++)
        for (int i = f->s->row_start[r]; i < f->s->row_start[r + 1]; i++) {
            const GridCell *c = &f->s->cells[i];
            unsigned char t0 = c->text ? (unsigned char)c->text[0] : 0;
            if (l0 && t0 && t0 != ' ' && t0 != '\n' && t0 != 0xE3 && (t0 != l0 || strncmp(c->text, l, k) != 0)) continue;
            if (c->anchor < 0 && !f->used[i] && label_is(c->text, label)) return c;
        }
    return NULL;
}

/* The next cell shown to the right of a cell (past its merged range), or NULL. */
static const GridCell *right_of(Finder *f, const GridCell *c) {
    for (int col = c->col + c->cols; col < f->s->ncols; col++) {
        const GridCell *x = grid_shown(f->s, c->row, col);
        if (x && x != c) return x->text && *x->text ? x : (x->cols > 1 || x->rows > 1 ? x : NULL);
        if (!x) continue;
    }
    return NULL;
}

static const GridCell *below(Finder *f, const GridCell *c) {
    return grid_shown(f->s, c->row + c->rows, c->col);
}

/* ---- values ------------------------------------------------------------------------------- */

/* ast_value_from_text(text), memoised. */
static Value *parsed(Finder *f, const char *text) {
    Value *v = strmap_get(&f->parsed, text);
    if (!v) {
        v = ast_value_from_text(f->a, NULL, text);
        strmap_put(&f->parsed, text, v ? v : &not_a_value);
    }
    return v == &not_a_value ? NULL : v;
}

/* A cell's text as a value of the language (≥90%, 按时完成, 2025-01-01), or a string. */
static Value *value_of(Finder *f, const char *text) {
    if (strchr(text, '\n')) return ast_text_block(f->a, text);
    Value *v = strmap_get(&f->values, text);
    if (v) return v;
    v = parsed(f, text);
    /* =1.00(1 部教材, 800 千字): what the brackets hold is a remark, not a unit */
    if (v && v->unit && v->unit_paren && (strchr(v->unit, ' ') || strchr(v->unit, ',') || strstr(v->unit, "，"))) v = NULL;
    if (!v) v = ast_string(f->a, text);
    strmap_put(&f->values, text, v);
    return v;
}

/* An indicator's target: as value_of, but a word that is no declared level (参照政府采购成本控制,
 * 每年12月底前) is free text, quoted: written bare it would read as an unknown level (W0401)
 * where the table had text. (A header field's word, 通用项目 or 某某局, stays bare.) */
static Value *target_of(Finder *f, const char *text) {
    Value *v = value_of(f, text);
    if (v && v->syntax == VX_WORD && v->cmp == CMP_NONE && !strmap_get(&f->p->levels, v->text)) return ast_string(f->a, text);
    return v;
}

/* A target cell's text. A spreadsheet that opened a form as HTML read =3.00(个) or =100% as a
 * formula (and shows #VALUE! or 1): the formula, '=' put back, is the target as printed, when
 * it reads as one of the language's values. */
static const char *target_text(Finder *f, const GridCell *c) {
    if (c && c->formula && c->formula_text) {
        const char *t = arena_printf(f->a, "=%s", c->formula_text);
        Value *v = parsed(f, t);
        if (v && (v->syntax == VX_MEASURE || v->syntax == VX_RANGE || v->syntax == VX_REFWORD || v->syntax == VX_LABELLED)) return t;
    }
    return grid_text(f->a, c);
}

/* An amount cell: a number, or text (an amount written as text: 360万, or one a spreadsheet
 * number could not hold). NULL for an empty cell. */
static Value *amount_of(Finder *f, const GridCell *c) {
    const char *t = grid_text(f->a, c);
    if (!t) return NULL;
    use(f, c);
    return value_of(f, t);
}

static Node *field(Finder *f, Node *table, const char *name, const char *text) {
    Node *n = ast_add_child(table, ast_new_node(f->a, N_FIELD, name));
    ast_add_value(f->a, n, value_of(f, text));
    return n;
}

/* ---- forms -------------------------------------------------------------------------------- */

static void collect_form(const char *key, void *value, void *arg) {
    (void)key;
    Finder *f = arg;
    f->forms[f->nforms++] = value;
}

static int by_name(const void *a, const void *b) {
    return strcmp((*(const Form *const *)a)->name, (*(const Form *const *)b)->name);
}

static bool title_matches(const char *text, const Form *form) {
    return text && form->title && (label_is(text, form->title) || strstr(text, form->title));
}

/* Whether a label is in the table's rows, once a label for all the forms weighed: they share
 * most of their labels (项目名称, 主管部门, 资金总额 …), and each search reads every cell of
 * the rows (the forms' labels were searched for a tenth of an import's time). */
typedef struct Seen {
    StrMap labels;        /* label → &yes or &no */
    StrMap texts;         /* the texts of the cells a label may be, blanks taken out */
} Seen;

/* A text with its blanks taken out, as label_is passes over them (in the text: ' ', '\n' and
 * U+3000; in a label: ' '); in buf, NULL if it does not fit. */
static const char *unblank(char *buf, size_t cap, const char *s, bool label) {
    size_t n = 0;
    while (*s) {
        if (*s == ' ') s++;
        else if (!label && *s == '\n') s++;
        else if (!label && strncmp(s, "\u3000", 3) == 0) s += 3;
        else if (n + 1 < cap) buf[n++] = *s++;
        else return NULL;
    }
    buf[n] = 0;
    return buf;
}

/* The texts of the cells in rows [r0, r1) that find_label could return. */
static void seen_init(Finder *f, Seen *seen, Arena *a, int r0, int r1) {
    strmap_init_unordered(&seen->labels, a);
    strmap_init_unordered(&seen->texts, a);
    char buf[256];
    for (int r = r0; r < r1 && r < f->s->nrows; r++)
        for (int i = f->s->row_start[r]; i < f->s->row_start[r + 1]; i++) {
            const GridCell *c = &f->s->cells[i];
            const char *k = c->anchor < 0 && !f->used[i] && c->text ? unblank(buf, sizeof buf, c->text, false) : NULL;
            if (k) strmap_put(&seen->texts, arena_strdup(a, k), &seen->texts);
        }
}

/* Could a cell of the rows read `label`? No when no cell's text is the label (blanks aside)
 * with or without a colon after it; yes is then made sure by find_label. */
static bool may_be_there(Seen *seen, const char *label) {
    char buf[260];
    const char *k = unblank(buf, sizeof buf - 4, label, true);
    if (!k) return true; /* a label too long to look up this way: searched for */
    size_t n = strlen(k);
    if (strmap_getn(&seen->texts, k, n)) return true;
    memcpy(buf + n, "：", 4);
    if (strmap_getn(&seen->texts, buf, n + 3)) return true;
    buf[n] = ':', buf[n + 1] = 0;
    return strmap_getn(&seen->texts, buf, n + 1) != NULL;
}

static int label_found(Finder *f, Seen *seen, int r0, int r1, const char *label) {
    static char yes, no;
    if (!label) return 0;
    bool known;
    void **slot = strmap_slot(&seen->labels, label, &known);
    if (!known) *slot = may_be_there(seen, label) && find_label(f, r0, r1, label) ? &yes : &no;
    return *slot == &yes;
}

/* How many of the form's layout labels the rows [r0, r1) hold. */
static int labels_found(Finder *f, Seen *seen, const Form *form, int r0, int r1) {
    const FormLayout *L = form_layout(f->p, form);
    int n = 0;
    for (int i = 0; i < L->nparts; i++) {
        const LayoutPart *part = &L->parts[i];
        for (int k = 0; k < part->ncells; k++) n += label_found(f, seen, r0, r1, part->cells[k].label);
        for (int k = 0; k < part->nleft; k++) n += label_found(f, seen, r0, r1, part->left[k].label);
        for (int k = 0; k < part->nright; k++) n += label_found(f, seen, r0, r1, part->right[k].label);
    }
    for (int k = 0; k < form->nsources; k++) n += label_found(f, seen, r0, r1, form->sources[k]->name);
    return n;
}

static const Form *choose_form(Finder *f, const char *name_label, int title_row, int r0, int r1) {
    if (f->o->form) return f->o->form;
    /* the title: the last cell above the name reading a form's title */
    const char *title = NULL;
    for (int r = title_row; r < r0; r++)
        for (int c = 0; c < f->s->ncols; c++) {
            const char *t = text_at(f, r, c);
            for (int i = 0; t && i < f->nforms; i++)
                if (title_matches(t, f->forms[i])) title = t;
        }
    const Form *best = NULL;
    int best_n = -1;
    Arena scratch;
    arena_init(&scratch);
    Seen seen;
    seen_init(f, &seen, &scratch, r0, r1);
    for (int i = 0; i < f->nforms; i++) {
        const Form *form = f->forms[i];
        const FormLayout *L = form_layout(f->p, form);
        if (strcmp(L->name_label, name_label) != 0) continue;
        int n = labels_found(f, &seen, form, r0, r1) + (title_matches(title, form) ? 1000 : 0);
        /* the generic forms win a tie: they fit any region's table */
        if (n > best_n || (n == best_n && (strcmp(form->name, "通用项目") == 0 || strcmp(form->name, "通用部门整体") == 0))) {
            best = form;
            best_n = n;
        }
    }
    arena_free(&scratch);
    return best;
}

/* ---- a form's table ------------------------------------------------------------------------ */

static const SourceDef *source_named(SourceDef *const *defs, int n, const char *name) {
    for (int i = 0; i < n; i++) {
        if (strcmp(defs[i]->name, name) == 0) return defs[i];
        const SourceDef *c = source_named(defs[i]->children, defs[i]->nchildren, name);
        if (c) return c;
    }
    return NULL;
}

/* A name as the workbook indents it (two blanks a level) and marks a group (（小计）). */
static const char *row_name(Finder *f, const char *text, int *depth) {
    int spaces = 0;
    while (text[spaces] == ' ') spaces++;
    *depth = spaces / 2;
    const char *name = text + spaces;
    size_t n = strlen(name);
    const char *mark = "（小计）";
    size_t m = strlen(mark);
    if (n > m && strcmp(name + n - m, mark) == 0) return arena_strndup(f->a, name, n - m);
    return name;
}

/* The amounts of a row of the funds block, after its name cell: up to two. */
static int row_amounts(Finder *f, const GridCell *name, const GridCell **out) {
    int n = 0;
    for (const GridCell *c = right_of(f, name); c && n < 2; c = right_of(f, c)) {
        if (!grid_text(f->a, c)) continue;
        out[n++] = c;
    }
    return n;
}

/* Finds `node`'s child of `kind` named `name`, or adds it. */
static Node *child_named(Finder *f, Node *parent, NodeKind kind, const char *name) {
    /* the last child only: a category's rows are one run, and a name seen again after another
     * is a category of its own (the checker then says it is written twice) */
    Node *c = parent->last_child;
    if (c && c->kind == kind && c->name && strcmp(c->name, name) == 0) return c;
    return ast_add_child(parent, ast_new_node(f->a, kind, name));
}

static void funds_stacked(Finder *f, const Form *form, Node *table, const GridCell *section, int r1) {
    use(f, section);
    int r0 = section->row, end = section->row + section->rows;
    if (end > r1) end = r1;
    const GridCell *income = find_label(f, r0, end, "收入"), *spending = find_label(f, r0, end, "支出");
    Node *funds = NULL, *expenses = NULL;
    const Value *total = NULL;
    Node *stack[8] = {0};
    for (int r = r0; r < end; r++) {
        bool in_spending = spending && r >= spending->row && r < spending->row + spending->rows;
        bool in_income = income && r >= income->row && r < income->row + income->rows;
        const GridCell *side = in_spending ? spending : in_income ? income : NULL;
        if (!side) continue;
        use(f, side);
        const GridCell *name = NULL;
        for (int col = side->col + side->cols; col < f->s->ncols && !name; col++) {
            const GridCell *x = grid_shown(f->s, r, col);
            if (x && x->row == r) name = x;
        }
        if (!name) continue;
        const char *text = grid_text(f->a, name);
        const GridCell *amounts[2];
        int na = row_amounts(f, name, amounts);
        if (!text) { /* the heading row: its column titles */
            for (int k = 0; k < na; k++) use(f, amounts[k]);
            continue;
        }
        use(f, name);
        int depth;
        const char *n = row_name(f, name->text, &depth); /* the indentation is the raw text's */
        if (depth > 7) depth = 7;
        if (in_income) {
            if (!funds) funds = ast_add_child(table, ast_new_node(f->a, N_FUNDS, NULL));
            if (label_is(n, form->total_label ? form->total_label : "资金总额") || label_is(n, "资金总额")) {
                /* the total, written as the funds' first line (资金总额 90) */
                if (na) total = ast_add_child(funds, ast_new_node(f->a, N_FUND, form->total_label ? form->total_label : "资金总额"))->full = amount_of(f, amounts[0]);
                continue;
            }
            const SourceDef *def = source_named(form->sources, form->nsources, n);
            if (def && def->parent && depth == 0) {
                /* no indentation (a spreadsheet that read the HTML drops it): the form says
                 * which group the source is in */
                for (int k = 0; k < 7; k++)
                    if (stack[k] && strcmp(stack[k]->name, def->parent->name) == 0) depth = k + 1;
            }
            Node *parent = depth && stack[depth - 1] ? stack[depth - 1] : funds;
            Node *line = ast_add_child(parent, ast_new_node(f->a, N_FUND, n));
            stack[depth] = line;
            for (int k = depth + 1; k < 8; k++) stack[k] = NULL;
            if (na && !(def && def->nchildren)) line->full = amount_of(f, amounts[0]);
            else if (na) use(f, amounts[0]); /* a group's 小计: the sum of its lines */
        } else {
            if (!expenses) expenses = ast_add_child(table, ast_new_node(f->a, N_EXPENSES, NULL));
            Node *parent = depth && stack[depth - 1] ? stack[depth - 1] : expenses;
            Node *line = ast_add_child(parent, ast_new_node(f->a, N_EXPENSE, n));
            stack[depth] = line;
            for (int k = depth + 1; k < 8; k++) stack[k] = NULL;
            if (na == 2) {
                line->half = amount_of(f, amounts[0]);
                line->full = amount_of(f, amounts[1]);
            } else if (na == 1) line->full = amount_of(f, amounts[0]);
        }
    }
    if (funds) prune(funds);
    if (expenses) prune(expenses);
    if (expenses) regroup_expenses(expenses, total);
    /* a block the form printed and the table left empty was not written */
    if (funds && !funds->children) unlink_child(table, funds);
    if (expenses && !expenses->children) unlink_child(table, expenses);
}

static const char *total_of(const Form *form) { return form && form->total_label ? form->total_label : "资金总额"; }

/* Expense lines read without indentation (a spreadsheet that read the HTML drops it) are all
 * at the top; a line whose amounts are exactly the sum of the lines after it was their group
 * (项目支出 4292.68 over its projects): they go back under it. Only when no line is nested
 * already, and only for a run that sums exactly. */
static bool amount_of_value(const Value *v, Decimal *out) {
    if (!v || v->syntax != VX_MEASURE || v->cmp != CMP_NONE || v->mult_exp || v->unit || !v->number_ok) return false;
    *out = v->number;
    return true;
}

static void regroup_expenses(Node *expenses, const Value *total) {
    Decimal want_total, x;
    if (!amount_of_value(total, &want_total)) return;
    for (Node *c = expenses->children; c; c = c->next)
        if (c->children) return;
    /* a dry run: the groups, and the sum of the top level with them */
    Node *groups[64], *lasts[64];
    int ng = 0;
    Decimal top = decimal_from_int(0), flat = decimal_from_int(0);
    for (Node *c = expenses->children; c; c = c->next)
        if (!amount_of_value(c->full, &x) || !decimal_add(flat, x, &flat)) return;
    if (decimal_cmp(flat, want_total) == 0) return; /* consistent as it is */
    for (Node *g = expenses->children; g; g = g->next) {
        Decimal want, sum = decimal_from_int(0);
        amount_of_value(g->full, &want);
        if (!decimal_add(top, want, &top)) return;
        Node *last = NULL;
        int n = 0;
        for (Node *c = g->next; c && decimal_cmp(want, decimal_from_int(0)) > 0; c = c->next) {
            amount_of_value(c->full, &x);
            if (!decimal_add(sum, x, &sum)) return;
            n++;
            if (decimal_cmp(sum, want) == 0 && n >= 2) last = c;
            if (decimal_cmp(sum, want) >= 0) break;
        }
        if (last && ng < 64) {
            groups[ng] = g, lasts[ng] = last, ng++;
            g = last; /* its lines are inside it */
        }
    }
    if (!ng || decimal_cmp(top, want_total) != 0) return;
    for (int i = 0; i < ng; i++) {
        Node *g = groups[i], *last = lasts[i];
        g->children = g->next;
        g->last_child = last;
        g->next = last->next;
        last->next = NULL;
        g->has_block = true;
        if (!g->next) expenses->last_child = g;
    }
}

/* The form prints every source row, the table fills some: a line without an amount and
 * without lines under it was not written, and goes (a group's 小计 was never read: it is the
 * sum of its lines). */
static void prune(Node *parent) {
    Node **link = &parent->children, *last = NULL;
    while (*link) {
        Node *c = *link;
        if (c->kind == N_FUND || c->kind == N_EXPENSE) {
            prune(c);
            if (!c->children && !c->full && !c->half) {
                *link = c->next;
                continue;
            }
        }
        last = c;
        link = &c->next;
    }
    parent->last_child = last;
    if (!parent->children && (parent->kind == N_FUND || parent->kind == N_EXPENSE)) parent->has_block = false;
}

/* Label/amount pairs side by side (上海): a source, the total, or a field. */
static void funds_columns(Finder *f, const Form *form, const LayoutPart *part, Node *table, int r0, int r1) {
    Node *funds = NULL;
    for (int side = 0; side < 2; side++) {
        const LayoutCell *cells = side ? part->right : part->left;
        int n = side ? part->nright : part->nleft;
        for (int i = 0; i < n; i++) {
            const LayoutCell *c = &cells[i];
            const GridCell *label = find_label(f, r0, r1, c->label);
            if (!label) continue;
            use(f, label);
            const GridCell *v = right_of(f, label);
            const char *text = grid_text(f->a, v);
            if (!text) continue;
            use(f, v);
            if (c->source || c->is_total) {
                if (!funds) funds = ast_add_child(table, ast_new_node(f->a, N_FUNDS, NULL));
                if (c->is_total) {
                    ast_add_child(funds, ast_new_node(f->a, N_FUND, total_of(form)))->full = value_of(f, text);
                    continue;
                }
                Node *line = ast_add_child(funds, ast_new_node(f->a, N_FUND, c->source));
                line->full = value_of(f, text);
            } else if (c->nfields) {
                field(f, table, c->fields[0], text);
            }
        }
    }
    if (part->label) use(f, find_label(f, r0, r1, part->label));
}

/* The form's 指标列 a heading names (its name, or an alias of it), or -1. */
static int column_index(const Form *form, const char *heading) {
    for (int k = 0; form && k < form->ncolumns; k++) {
        if (label_is(heading, form->columns[k].name)) return k;
        const Node *line = form->aliases ? strmap_get(form->aliases, heading) : NULL;
        if (line && strcmp(line->name, form->columns[k].name) == 0) return k;
    }
    return -1;
}

typedef struct ColumnHeads {
    const GridCell *vh[2]; /* the value columns' headings */
    int nv;
    const GridCell *ch[MAX_COLUMNS]; /* the 指标列's, and which column of the form each is */
    int ck[MAX_COLUMNS], nc;
} ColumnHeads;

/* The headings right of the 三级's: a 指标列 of the form by its name, else a value column (as
 * many as the form has). */
static void column_heads(Finder *f, const Form *form, const GridCell *h3, int want, ColumnHeads *h) {
    h->nv = h->nc = 0;
    for (const GridCell *c = right_of(f, h3); c; c = right_of(f, c)) {
        const char *t = grid_text(f->a, c);
        if (!t) continue;
        int k = column_index(form, t);
        if (k >= 0 && h->nc < MAX_COLUMNS) {
            use(f, c);
            h->ch[h->nc] = c;
            h->ck[h->nc++] = k;
        } else if (k < 0 && h->nv < want) {
            use(f, c);
            h->vh[h->nv++] = c;
        } else if (h->nv >= want && (!form || !form->ncolumns)) {
            break;
        }
    }
}

/* A 三级 cell's note, as the workbook prints it: on a line after the name, in brackets
 * (名称\n（备注）); *name is then the first line. NULL when the cell holds none. */
static const char *leaf_note(Finder *f, const char **name) {
    const char *nl = strchr(*name, '\n');
    if (!nl) return NULL;
    const char *rest = nl + 1;
    size_t n = strlen(rest);
    if (n < 6 || strncmp(rest, "（", 3) != 0 || strcmp(rest + n - 3, "）") != 0) return NULL;
    const char *note = arena_strndup(f->a, rest + 3, n - 6);
    *name = arena_strndup(f->a, *name, (size_t)(nl - *name));
    return note;
}

/* A 一级 of the form's frameworks that takes any 二级 name (履职): the form prints it with no
 * 二级 under it when the table has none. */
static bool open_top(const Form *form, const char *name) {
    for (int i = 0; form && name && i < form->nframeworks; i++)
        for (int k = 0; k < form->frameworks[i].ntops; k++)
            if (form->frameworks[i].tops[k].open && label_is(name, form->frameworks[i].tops[k].name)) return true;
    return false;
}

static void indicators(Finder *f, const Form *form, const LayoutPart *part, Node *table, int r0, int r1) {
    const GridCell *h1 = find_label(f, r0, r1, "一级指标");
    if (!h1) return;
    int hr = h1->row;
    const GridCell *h2 = find_label(f, hr, hr + 1, "二级指标"), *hk = find_label(f, hr, hr + 1, "重点工作"),
                   *h3 = find_label(f, hr, hr + 1, "三级指标");
    if (!h2 || !h3) return;
    use(f, h1), use(f, h2), use(f, hk), use(f, h3);
    /* the value columns and the form's 指标列: after the 三级's, their headings */
    int want = part && part->nheads ? part->nheads : form && form->has_half ? 2 : 1;
    if (!form || !form->ncolumns) want = 2; /* as before: the headings tell */
    ColumnHeads heads;
    column_heads(f, form, h3, want, &heads);
    const GridCell **vh = heads.vh;
    int nv = heads.nv;
    bool half = part && part->nheads == 2 ? true : nv == 2;
    Node *ind = ast_add_child(table, ast_new_node(f->a, N_INDICATORS, NULL));
    for (int r = hr + 1; r < r1 && r < f->s->nrows; r++) {
        const GridCell *again = grid_shown(f->s, r, h1->col);
        if (again && again->row == r && label_is(again->text, "一级指标") && form && form->mid_name) break; /* the other set's table */
        if (again && again->row == r && label_is(again->text, "一级指标")) {
            /* the heading again (a band of the table with its own columns: 重点工作) */
            const GridCell *n2 = find_label(f, r, r + 1, "二级指标"), *n3 = find_label(f, r, r + 1, "三级指标");
            if (n2 && n3) {
                h1 = again, h2 = n2, h3 = n3, hk = find_label(f, r, r + 1, "重点工作");
                use(f, h1), use(f, h2), use(f, hk), use(f, h3);
                column_heads(f, form, h3, want, &heads);
                nv = heads.nv;
                continue;
            }
        }
        const GridCell *leaf = grid_shown(f->s, r, h3->col);
        /* a row across the columns (a page's footer, the next section) ends the table */
        if (leaf && leaf == grid_shown(f->s, r, h1->col)) break;
        const char *name = grid_text(f->a, leaf);
        if (!name && (!leaf || leaf->row == r)) {
            /* a category the form prints a row for, empty in this table: read, not imported */
            const GridCell *top = grid_shown(f->s, r, h1->col), *sub = grid_shown(f->s, r, h2->col);
            bool values = false;
            for (int k = 0; k < nv; k++) values |= grid_text(f->a, grid_shown(f->s, r, vh[k]->col)) != NULL && grid_shown(f->s, r, vh[k]->col)->row == r;
            if (top && sub && grid_text(f->a, sub) && !values) use(f, top), use(f, sub);
            /* a 一级 whose 二级 the table names itself (江苏 部门整体's 履职), printed alone */
            else if (top && !values && (!sub || !grid_text(f->a, sub)) && open_top(form, grid_text(f->a, top))) use(f, top), use(f, sub);
            continue;
        }
        if (!name || (leaf && leaf->row != r)) continue;
        const char *top = text_at(f, r, h1->col), *sub = text_at(f, r, h2->col), *key = hk ? text_at(f, r, hk->col) : NULL;
        if (!top || !sub) continue;
        if (!name) continue;
        use(f, leaf);
        use(f, grid_shown(f->s, r, h1->col));
        use(f, grid_shown(f->s, r, h2->col));
        if (hk) use(f, grid_shown(f->s, r, hk->col));
        Node *t = child_named(f, ind, N_CATEGORY, top);
        Node *s = child_named(f, t, N_CATEGORY, sub);
        if (key) s = child_named(f, s, N_CATEGORY, key);
        const char *note = leaf_note(f, &name);
        Node *n = ast_add_child(s, ast_new_node(f->a, N_LEAF, name));
        if (note) n->note = ast_string(f->a, note);
        const GridCell *v1 = nv >= 1 ? grid_shown(f->s, r, vh[0]->col) : NULL, *v2 = nv >= 2 ? grid_shown(f->s, r, vh[1]->col) : NULL;
        const char *t1 = v1 && v1->row == r ? target_text(f, v1) : NULL, *t2 = v2 && v2->row == r ? target_text(f, v2) : NULL;
        if (t1) use(f, v1);
        if (t2) use(f, v2);
        if (half) {
            if (t1) n->half = target_of(f, t1);
            if (t2) n->full = target_of(f, t2);
            n->full_written = !t1 && t2;
        } else if (t1) {
            n->full = target_of(f, t1);
        }
        if (!n->half && !n->full) n->full = ast_string(f->a, "");
        for (int k = 0; k < heads.nc; k++) { /* the row's cells in the form's 指标列: { 分值 10 } */
            const GridCell *cell = grid_shown(f->s, r, heads.ch[k]->col);
            const char *text = cell && cell->row == r ? grid_text(f->a, cell) : NULL;
            if (!text) continue;
            use(f, cell);
            const ColumnDef *def = &form->columns[heads.ck[k]];
            Node *line = ast_add_child(n, ast_new_node(f->a, N_FIELD, def->name));
            ast_add_value(f->a, line, def->kind == COL_TEXT ? ast_string(f->a, text) : value_of(f, text));
        }
    }
}

/* The year of a table: its subtitle (（2025年度）) above the name, or a 年度 label; -1 when the
 * subtitle is there with the year left blank (（    年度）, or 年度 alone: a table that writes
 * no 年度, as jxc new's), 0 when there is none. */
static int table_year(Finder *f, const FormLayout *L, int title_row, int r0) {
    /* the subtitle without its year: the form's pattern with {年度} taken out */
    const char *pattern = L->subtitle ? L->subtitle : "{年度}年度", *mark = strstr(pattern, "{年度}");
    const char *blank = mark ? arena_printf(f->a, "%.*s%s", (int)(mark - pattern), pattern, mark + strlen("{年度}")) : NULL;
    for (int r = title_row; r < r0; r++)
        for (int c = 0; c < f->s->ncols; c++) {
            const GridCell *cell = grid_shown(f->s, r, c);
            const char *t = grid_text(f->a, cell);
            const char *y = t ? strstr(t, "年度") : NULL;
            if (!y) continue;
            const char *d = y;
            while (d > t && d[-1] >= '0' && d[-1] <= '9') d--;
            if (y - d == 4) {
                use(f, cell);
                return atoi(d);
            }
            if (blank && label_is(t, blank)) {
                use(f, cell);
                return -1;
            }
        }
    return 0;
}

/* The blocks a part of the mid-term set (期 中期) added after `before`: 资金 中期 { … } (its
 * 中期资金总额 row the set's total) and 指标 中期 { … }. */
static void mid_set(Finder *f, const Form *form, Node *table, Node *before) {
    const char *total = arena_printf(f->a, "%s资金总额", form->mid_name);
    for (Node *n = before ? before->next : table->children; n; n = n->next) {
        if (n->kind != N_FUNDS && n->kind != N_INDICATORS) continue;
        n->name = form->mid_name;
        for (Node *c = n->children; c && n->kind == N_FUNDS; c = c->next)
            if (c->kind == N_FUND && c->name && label_is(c->name, total)) c->name = "资金总额";
    }
}

static const FieldDef *field_def(const Form *form, const char *name) {
    for (int i = 0; name && i < form->nfields; i++)
        if (strcmp(form->fields[i].name, name) == 0) return &form->fields[i];
    return NULL;
}

static bool has_field(const Form *form, const char *name) { return field_def(form, name) != NULL; }

/* A field the form requires, its cell left blank: written empty, as jxc new writes it (the
 * table cannot have been built without it), so that the import builds and the checker's
 * W0324 says what is still to fill. */
static void blank_field(Finder *f, const Form *form, Node *table, const char *name) {
    const FieldDef *def = field_def(form, name);
    if (def && def->required) field(f, table, name, "");
}

/* The fields no cell of the layout prints (layout_other_fields): a row each, a label and its
 * value and nothing else, right under the rows read so far. A form that keeps no other field
 * takes only its own (a field its 版式 leaves out); any other row stays unread (W1002). */
static void other_fields(Finder *f, const Form *form, Node *table, int r0, int r1) {
    int r = r0;
    for (int row = r0; row < r1 && row < f->s->nrows; row++)
        for (int i = f->s->row_start[row]; i < f->s->row_start[row + 1]; i++)
            if (f->used[i] && f->s->cells[i].row + f->s->cells[i].rows > r) r = f->s->cells[i].row + f->s->cells[i].rows;
    for (; r < r1 && r < f->s->nrows; r++) {
        const GridCell *label = NULL;
        for (int col = 0; col < f->s->ncols && !label; col++) {
            const GridCell *x = grid_shown(f->s, r, col);
            if (x && grid_text(f->a, x)) label = x;
        }
        if (!label || label->row != r || label->rows != 1 || f->used[label - f->s->cells]) return;
        const GridCell *value = right_of(f, label);
        if (!value || value->row != r || value->rows != 1 || right_of(f, value)) return;
        const char *text = grid_text(f->a, value), *name = grid_text(f->a, label);
        if (!form->other_fields && !has_field(form, name)) return;
        use(f, label);
        use(f, value);
        field(f, table, name, text ? text : "");
    }
}

/* Whether a text is the label of one of the layout's label/value cells. */
static bool is_layout_label(const FormLayout *L, const char *text) {
    for (int i = 0; text && i < L->nparts; i++)
        if (L->parts[i].kind == LP_ROW)
            for (int k = 0; k < L->parts[i].ncells; k++)
                if (label_is(text, L->parts[i].cells[k].label)) return true;
    return false;
}

static void form_table(Finder *f, const char *name_label, const GridCell *name_cell, int title_row, int r1) {
    int r0 = name_cell->row;
    const Form *form = choose_form(f, name_label, title_row, r0, r1);
    if (!form) return;
    const FormLayout *L = form_layout(f->p, form);
    const GridCell *v = right_of(f, name_cell);
    const char *name = grid_text(f->a, v);
    if (!name) return;
    use(f, name_cell);
    use(f, v);
    for (int r = title_row; r < r0; r++)
        for (int c = 0; c < f->s->ncols; c++) {
            const GridCell *t = grid_shown(f->s, r, c);
            if (t && title_matches(grid_text(f->a, t), form)) use(f, t);
        }
    Node *table = ast_add_decl(f->pf, ast_new_node(f->a, form->object == FORM_DEPARTMENT ? N_DEPARTMENT : N_PROJECT, name));
    if (f->ntables) table->blank_before = true;
    f->ntables++;
    field(f, table, "表式", form->name);
    int year = table_year(f, L, title_row, r0);
    if (year > 0) field(f, table, "年度", arena_printf(f->a, "%d", year));
    else if (year < 0) field(f, table, "年度", ""); /* every table has one: E0303 without */
    int others = layout_others_part(L);
    for (int i = 0; i <= L->nparts; i++) {
        if (i == others) other_fields(f, form, table, r0, r1);
        if (i == L->nparts) break;
        const LayoutPart *part = &L->parts[i];
        Node *before = table->last_child; /* a part of the mid-term set names what it adds */
        if (part->kind == LP_ROW || part->kind == LP_SIDE) {
            for (int k = 0; k < part->ncells; k++) {
                const LayoutCell *c = &part->cells[k];
                if (c->is_name) continue;
                const GridCell *label = find_label(f, r0, r1, c->label);
                if (!label) continue;
                use(f, label);
                const GridCell *value = part->kind == LP_SIDE ? below(f, label) : right_of(f, label);
                /* a blank value cell of one column is no cell of the sheet: right of the label
                 * is then the next label (项目性质, 项目类别 on one row) */
                if (value && part->kind == LP_ROW && is_layout_label(L, grid_text(f->a, value))) value = NULL;
                const char *text = grid_text(f->a, value);
                if (c->nfields == 0) continue;
                if (!text) {
                    for (int j = 0; j < c->nfields; j++) blank_field(f, form, table, c->fields[j]);
                    continue;
                }
                use(f, value);
                /* several fields in one cell (柏巍巍 025-83620682): read as the writer joined them */
                const char **values = arena_alloc(f->a, sizeof *values * (size_t)c->nfields);
                layout_cell_split(f->a, c, text, values);
                for (int j = 0; j < c->nfields; j++)
                    if (values[j]) field(f, table, c->fields[j], values[j]);
                    else blank_field(f, form, table, c->fields[j]);
            }
            if (part->kind == LP_SIDE && part->label) use(f, find_label(f, r0, r1, part->label));
        } else if (part->kind == LP_FUNDS) {
            if (part->nleft || part->nright) funds_columns(f, form, part, table, r0, r1);
            else {
                const GridCell *section = find_label(f, r0, r1, funds_label(f->p, &(Table){.form = form, .money_unit = form->money_unit}, part->label ? part->label : "资金"));
                if (!section) { /* the label with another money unit */
                    for (int r = r0; r < r1 && !section; r++) {
                        const GridCell *c = grid_shown(f->s, r, 0);
                        const char *t = grid_text(f->a, c);
                        if (t && c->rows > 1 && find_label(f, r, r + 1, "收入")) section = c;
                    }
                }
                if (section) {
                    /* the label names the table's money unit (项目资金（元）): a table in
                     * another unit than the form's says so, or its amounts would be read in
                     * the form's (a bug once: 元 amounts imported as 万元) */
                    const char *t = grid_text(f->a, section), *open = t ? strstr(t, "（") : NULL;
                    const char *close = open ? strstr(open, "）") : NULL;
                    if (open && close && form->money_unit) {
                        const char *unit = arena_strndup(f->a, open + 3, (size_t)(close - open - 3));
                        if ((strcmp(unit, "元") == 0 || strcmp(unit, "万元") == 0) && strcmp(unit, form->money_unit) != 0)
                            field(f, table, "金额单位", unit);
                    }
                    funds_stacked(f, form, table, section, r1);
                }
            }
        } else if (part->kind == LP_INDICATORS) {
            if (part->label) use(f, find_label(f, r0, r1, part->label));
            indicators(f, form, part, table, r0, r1);
        }
        if (part->mid && form->mid_name) mid_set(f, form, table, before);
    }
}

/* ---- a flat list ------------------------------------------------------------------------- */

/* jxc build -f csv's guard undone: ＝100% → =100%, 100％ → 100%, for a value that then reads
 * as one of the language's. */
static const char *unguard(Finder *f, const char *t) {
    static const char *const wide[] = {"＝", "＋", "－", "＠"};
    static const char narrow[] = "=+-@";
    for (int k = 0; k < 4; k++)
        if (strncmp(t, wide[k], 3) == 0) return arena_printf(f->a, "%c%s", narrow[k], t + 3);
    size_t n = strlen(t);
    if (n > 3 && strcmp(t + n - 3, "％") == 0) return arena_printf(f->a, "%.*s%%", (int)(n - 3), t);
    return t;
}

static int column(Finder *f, int row, const char *head) {
    for (int i = f->s->row_start[row]; i < f->s->row_start[row + 1]; i++)
        if (label_is(f->s->cells[i].text, head)) {
            f->used[i] = true;
            return f->s->cells[i].col;
        }
    return -1;
}

static const Form *form_named(Finder *f, const char *name) {
    if (f->o->form) return f->o->form;
    for (int i = 0; i < f->nforms; i++)
        if (name && strcmp(f->forms[i]->name, name) == 0) return f->forms[i];
    return NULL;
}

static void flat_list(Finder *f, int hr) {
    int cy = column(f, hr, "年度"), cf = column(f, hr, "表式"), ch = column(f, hr, "主管部门"), cu = column(f, hr, "实施单位"),
        cp = column(f, hr, "项目"), c1 = column(f, hr, "一级指标"), c2 = column(f, hr, "二级指标"), ck = column(f, hr, "重点工作"),
        c3 = column(f, hr, "三级指标"), chalf = column(f, hr, "半年指标值"), cfull = column(f, hr, "全年指标值");
    if (cfull < 0) cfull = column(f, hr, "年度指标值");
    if (cfull < 0) cfull = column(f, hr, "指标值");
    Node *table = NULL, *ind = NULL;
    const char *key = NULL;
    for (int r = hr + 1; r < f->s->nrows; r++) {
        const char *name = cp >= 0 ? text_at(f, r, cp) : NULL, *leaf = text_at(f, r, c3);
        const char *top = text_at(f, r, c1), *sub = text_at(f, r, c2);
        if (!leaf || !top || !sub) continue;
        const char *y = cy >= 0 ? text_at(f, r, cy) : NULL, *fm = cf >= 0 ? text_at(f, r, cf) : NULL;
        const char *head = ch >= 0 ? text_at(f, r, ch) : NULL, *unit = cu >= 0 ? text_at(f, r, cu) : NULL;
        const char *k = arena_printf(f->a, "%s\x1f%s\x1f%s\x1f%s\x1f%s", y ? y : "", fm ? fm : "", head ? head : "", unit ? unit : "", name ? name : "");
        for (int c = f->s->row_start[r]; c < f->s->row_start[r + 1]; c++) {
            int col = f->s->cells[c].col;
            if (col == cy || col == cf || col == ch || col == cu || col == cp || col == c1 || col == c2 || col == ck || col == c3 || col == chalf || col == cfull)
                f->used[c] = true;
        }
        if (!key || strcmp(key, k) != 0) {
            key = k;
            const Form *form = form_named(f, fm);
            bool department = !name; /* a department's rows leave 项目 empty */
            const char *table_name = name ? name : unit ? unit : "未命名";
            table = ast_add_decl(f->pf, ast_new_node(f->a, department ? N_DEPARTMENT : N_PROJECT, table_name));
            if (f->ntables) table->blank_before = true;
            f->ntables++;
            if (form || fm) field(f, table, "表式", form ? form->name : fm);
            if (y) field(f, table, "年度", y);
            const char *head_field = form && form->roles[ROLE_HEAD] ? form->roles[ROLE_HEAD] : "主管部门";
            const char *unit_field = form && form->roles[ROLE_UNIT] ? form->roles[ROLE_UNIT] : "实施单位";
            if (head) field(f, table, head_field, head);
            if (unit && !department) field(f, table, unit_field, unit);
            ind = ast_add_child(table, ast_new_node(f->a, N_INDICATORS, NULL));
        }
        const char *kw = ck >= 0 ? text_at(f, r, ck) : NULL;
        Node *t = child_named(f, ind, N_CATEGORY, top);
        Node *s = child_named(f, t, N_CATEGORY, sub);
        if (kw) s = child_named(f, s, N_CATEGORY, kw);
        Node *n = ast_add_child(s, ast_new_node(f->a, N_LEAF, leaf));
        const char *hv = chalf >= 0 ? text_at(f, r, chalf) : NULL, *fv = cfull >= 0 ? text_at(f, r, cfull) : NULL;
        if (hv) n->half = target_of(f, unguard(f, hv));
        if (fv) n->full = target_of(f, unguard(f, fv));
        const Form *form = form_named(f, fm);
        n->full_written = hv == NULL && fv && form && form->has_half;
        if (!n->half && !n->full) n->full = ast_string(f->a, "");
    }
}

/* ---- the sheets ----------------------------------------------------------------------------- */

static bool is_flat_heading(Finder *f, int row) {
    bool one = false, two = false, three = false, project = false;
    for (int i = f->s->row_start[row]; i < f->s->row_start[row + 1]; i++) {
        const char *t = f->s->cells[i].text;
        one |= label_is(t, "一级指标"), two |= label_is(t, "二级指标"), three |= label_is(t, "三级指标");
        project |= label_is(t, "项目") || label_is(t, "实施单位");
    }
    return one && two && three && project;
}

/* A cell's place: book.xlsx 工作表!C12, or table.csv!C12 (a CSV has one sheet, unnamed). */
static const char *where(Finder *f, int row, int col) {
    const char *ref = row >= 0 ? grid_ref(f->a, row, col) : NULL;
    if (!*f->s->name) return ref ? arena_printf(f->a, "%s!%s", f->g->file, ref) : f->g->file;
    return ref ? arena_printf(f->a, "%s %s!%s", f->g->file, f->s->name, ref) : arena_printf(f->a, "%s %s", f->g->file, f->s->name);
}

static void report_unused(Finder *f, int r0, int r1) {
    int reported = 0;
    for (int r = r0; r < r1 && r < f->s->nrows; r++)
        for (int i = f->s->row_start[r]; i < f->s->row_start[r + 1]; i++) {
            const GridCell *c = &f->s->cells[i];
            if (f->used[i] || c->anchor >= 0 || !grid_text(f->a, c)) continue;
            if (++reported > 50) continue;
            diag_nowhere(f->d, W1002, where(f, c->row, c->col), grid_text(f->a, c), NULL);
        }
    if (reported > 50) diag_nowhere(f->d, N1005, where(f, -1, -1), arena_printf(f->a, "%d", reported - 50), NULL);
}

static void sheet(Finder *f, bool form_sheets_found) {
    GridSheet *s = f->s;
    int flat = -1; /* a flat list's heading row */
    for (int r = 0; r < s->nrows && r < FLAT_HEADING_ROWS && flat < 0; r++)
        if (is_flat_heading(f, r)) flat = r;
    if (flat >= 0 && form_sheets_found && strcmp(s->name, "指标") == 0) {
        /* the workbook's own list of the indicators of its form sheets */
        diag_nowhere(f->d, N1006, f->g->file, s->name, NULL);
        return;
    }
    if (s->partial && !grid_load(f->g, f->d, s, 0)) { /* read as far as its heading: the rest */
        f->failed = true;
        return;
    }
    f->used = calloc((size_t)s->ncells + 1, sizeof *f->used);
    if (!f->used) return;
    int before = f->ntables;
    if (flat >= 0) {
        flat_list(f, flat);
        report_unused(f, 0, s->nrows);
        free(f->used);
        return;
    }
    /* the tables of a form: each starts at a name label */
    int starts[4096], nstarts = 0;
    const char *labels[4096];
    for (int i = 0; i < s->ncells && nstarts < 4096; i++) {
        const GridCell *c = &s->cells[i];
        if (c->anchor >= 0) continue;
        const char *t = grid_text(f->a, c);
        if (t && (label_is(t, "项目名称") || label_is(t, "单位名称")) && right_of(f, c) && grid_text(f->a, right_of(f, c))) {
            if (nstarts && s->cells[starts[nstarts - 1]].row == c->row) continue;
            labels[nstarts] = label_is(t, "项目名称") ? "项目名称" : "单位名称";
            starts[nstarts++] = i;
        }
    }
    int prev_end = 0;
    for (int k = 0; k < nstarts; k++) {
        const GridCell *c = &s->cells[starts[k]];
        int r1 = k + 1 < nstarts ? s->cells[starts[k + 1]].row : s->nrows;
        /* the title rows: those above the name, after the previous table */
        int title_row = k > 0 ? s->cells[starts[k - 1]].row + 1 : 0;
        if (k > 0 && title_row < prev_end) title_row = prev_end;
        /* the next table's title rows belong to it */
        if (k + 1 < nstarts) {
            int next = s->cells[starts[k + 1]].row;
            for (int r = next - 1; r >= next - 3 && r > c->row; r--) {
                bool title = false;
                for (int col = 0; col < s->ncols; col++) {
                    const char *t = text_at(f, r, col);
                    for (int i = 0; t && i < f->nforms && !title; i++) title = title_matches(t, f->forms[i]);
                    if (t && strstr(t, "年度") && strlen(t) < 24) title = true;
                }
                if (title) r1 = r;
            }
        }
        form_table(f, labels[k], c, title_row, r1);
        prev_end = r1;
    }
    if (f->ntables > before) report_unused(f, 0, s->nrows);
    free(f->used);
}

ParsedFile *import_tables(Grid *g, Diags *d, Program *p, const ImportOptions *o, int *ntables) {
    Finder f = {.g = g, .d = d, .p = p, .o = o, .a = g->arena};
    f.pf = ast_new_file(g->arena);
    strmap_init(&f.parsed, g->arena);
    strmap_init(&f.values, g->arena);
    f.forms = arena_alloc(g->arena, sizeof *f.forms * (p->forms.count + 1));
    strmap_each(&p->forms, collect_form, &f);
    qsort(f.forms, (size_t)f.nforms, sizeof *f.forms, by_name);
    /* the form sheets first, so that the workbook's own indicator list is known to repeat them */
    bool found = false;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < g->nsheets; i++) {
            bool flat = strcmp(g->sheets[i]->name, "指标") == 0;
            if ((pass == 0) == flat) continue;
            f.s = g->sheets[i];
            int before = f.ntables;
            /* A workbook's sheets are read one at a time, as their tables are looked for; the
             * workbook's own 指标 list after the form sheets, only as far as its heading if
             * they hold tables. */
            bool lazy = f.s->deferred;
            if (lazy && !grid_load(g, d, f.s, found && flat ? FLAT_HEADING_ROWS : 0)) f.failed = true;
            if (f.failed) break;
            sheet(&f, found);
            if (lazy) grid_unload(f.s);
            if (f.failed) break;
            if (pass == 0 && f.ntables > before) found = true;
        }
    if (f.failed) {
        *ntables = -1;
        return f.pf;
    }
    if (f.ntables == 0) diag_nowhere(d, E1003, g->file, NULL);
    *ntables = f.ntables;
    return f.pf;
}
