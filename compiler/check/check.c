/* The checker's passes over the whole program: declarations first (so a table may use a form
 * declared after it, or in another file), then each table, then what spans tables. */
#include <stdlib.h>
#include <string.h>
#include "check/check.h"

/* A unit's name or a money unit, kept once for all the tables that share it (most of a file's
 * do): a summary is kept for every table, so its bytes count once per table. */
static const char *interned(Arena *keep, StrMap *names, const char *text) {
    if (!text) return NULL;
    if (!names->arena) strmap_init_unordered(names, keep);
    return strmap_intern(names, text, strlen(text));
}

TableSummary *summarize_table(Arena *keep, StrMap *names, const Table *t) {
    TableSummary *s = arena_alloc(keep, sizeof *s);
    s->kind = t->kind;
    s->name = arena_strdup(keep, t->name);
    s->unit_name = interned(keep, names, t->unit_name);
    s->money_unit = interned(keep, names, t->money_unit);
    s->has_year = t->has_year;
    s->year = t->year;
    s->money_exp = t->money_exp;
    s->name_span = t->node->name_span;
    s->funds_present = t->funds.present;
    s->funds_total = t->funds.total;
    s->total_span = t->funds.total_node ? t->funds.total_node->span : t->node->name_span;
    if (t->kind != TABLE_DEPARTMENT) return s;
    for (int k = 0; k < t->nexpenses; k++) {
        const ExpenseLine *e = t->expenses[k];
        if (strcmp(e->name, "项目支出") != 0) continue;
        for (int c = 0; c < e->nchildren; c++) {
            const ExpenseLine *line = e->children[c];
            if (!line->full || !line->full->number_ok) continue;
            if (s->nlines == s->caplines) {
                s->caplines = s->caplines ? s->caplines * 2 : 8;
                ProjectLine *nl = arena_alloc(keep, sizeof *nl * (size_t)s->caplines);
                if (s->nlines) memcpy(nl, s->lines, sizeof *nl * (size_t)s->nlines);
                s->lines = nl;
            }
            s->lines[s->nlines++] = (ProjectLine){arena_strdup(keep, line->name), line->full->number, line->full->span};
        }
    }
    return s;
}

/* Two tables are the same when their kind, name, 年度 (0 when none) and 单位 are. */
static int cmp_table_key(const TableSummary *x, const TableSummary *y) {
    if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
    int c = strcmp(x->name, y->name);
    if (c) return c;
    int xy = x->has_year ? x->year : 0, yy = y->has_year ? y->year : 0;
    if (xy != yy) return xy < yy ? -1 : 1;
    return strcmp(x->unit_name ? x->unit_name : "", y->unit_name ? y->unit_name : "");
}

typedef struct KeyedTable {
    const TableSummary *t;
    int at; /* its place among the tables */
} KeyedTable;

static int cmp_keyed(const void *a, const void *b) {
    const KeyedTable *x = a, *y = b;
    int c = cmp_table_key(x->t, y->t);
    return c ? c : (x->at > y->at) - (x->at < y->at);
}

/* By sorting, not by a map of keys: a key per table was the largest thing a check of a
 * hundred thousand tables held at its end. Said in the order of the tables, each with the
 * first of its kind. */
static void check_duplicates(Program *p, TableSummary **tables, int n) {
    if (n < 2) return;
    KeyedTable *sorted = malloc(sizeof *sorted * (size_t)n);
    int *first = malloc(sizeof *first * (size_t)n);
    if (!sorted || !first) out_of_memory();
    for (int i = 0; i < n; i++) sorted[i] = (KeyedTable){tables[i], i}, first[i] = -1;
    qsort(sorted, (size_t)n, sizeof *sorted, cmp_keyed);
    for (int i = 1, head = 0; i < n; i++) {
        if (cmp_table_key(sorted[i].t, sorted[head].t) != 0) head = i;
        else first[sorted[i].at] = sorted[head].at;
    }
    free(sorted);
    for (int i = 0; i < n; i++) {
        if (first[i] < 0) continue;
        TableSummary *t = tables[i];
        const char *what = t->unit_name && t->unit_name[0] ? arena_printf(p->arena, "%d, %s", t->year, t->unit_name)
                                                            : arena_printf(p->arena, "%d", t->year);
        Diag *d = diag_at(p->diags, E0309, t->name_span, t->name, what, NULL);
        diag_note(p->diags, d, E0309_note, tables[first[i]]->name_span, NULL);
    }
    free(first);
}

/* A department's 项目支出 lines name the projects of its budget; where such a project of the
 * same 年度 is compiled alongside, its 资金总额 must be the amount the department gives it. */
static void check_department_projects(Program *p, TableSummary **tables, int n) {
    bool any = false;
    for (int i = 0; i < n && !any; i++) any = tables[i]->kind == TABLE_DEPARTMENT && tables[i]->nlines > 0;
    if (!any) return; /* most inputs: no map of every project */
    StrMap projects;
    strmap_init_unordered(&projects, p->arena);
    for (int i = 0; i < n; i++) {
        TableSummary *t = tables[i];
        if (t->kind != TABLE_PROJECT || !t->has_year) continue;
        const char *key = arena_printf(p->arena, "%s\x1f%d", t->name, t->year);
        /* Prefer the project of the department's own unit; remember the first otherwise. */
        if (!strmap_get(&projects, key)) strmap_put(&projects, key, t);
    }
    for (int i = 0; i < n; i++) {
        TableSummary *d = tables[i];
        if (d->kind != TABLE_DEPARTMENT || !d->has_year) continue;
        for (int k = 0; k < d->nlines; k++) {
            const ProjectLine *line = &d->lines[k];
            const char *key = arena_printf(p->arena, "%s\x1f%d", line->name, d->year);
            TableSummary *proj = strmap_get(&projects, key);
            if (!proj || !proj->funds_present) continue;
            Decimal a, b;
            if (!decimal_mul_pow10(line->amount, d->money_exp, &a) || !decimal_mul_pow10(proj->funds_total, proj->money_exp, &b))
                continue;
            if (decimal_cmp(a, b) == 0) continue;
            Diag *g = diag_at(p->diags, E0507, line->span, line->name, fmt_decimal(p, line->amount), d->money_unit,
                              fmt_decimal(p, proj->funds_total), proj->money_unit, NULL);
            diag_note(p->diags, g, E0507_note, proj->total_span, line->name, NULL);
        }
    }
}

void check_across_tables(Program *p, TableSummary **tables, int n) {
    check_duplicates(p, tables, n);
    check_department_projects(p, tables, n);
}

Table *check_file_table(Program *p, ParsedFile *pf, Node *n, FileDefaults *defaults, bool *have_defaults) {
    Table *t = arena_alloc(p->arena, sizeof *t);
    t->kind = n->kind == N_PROJECT ? TABLE_PROJECT : TABLE_DEPARTMENT;
    t->name = n->name;
    t->node = n;
    t->file = pf->file;
    if (!*have_defaults) {
        /* Gathered once per file, not once per table (a file of 30,000 tables took
         * 11 s), and only in files that have tables. */
        file_defaults(p, pf->decls, defaults);
        *have_defaults = true;
    }
    check_table(p, t, defaults);
    return t;
}

void check_defaults_alone(Program *p, ParsedFile *pf) {
    Node *first = NULL;
    for (Node *n = pf->decls; n && !first; n = n->next)
        if (n->kind == N_DEFAULTS) first = n;
    if (!first) return;
    FileDefaults defaults;
    file_defaults(p, pf->decls, &defaults);
    diag_at(p->diags, W0331, first->kw, NULL);
}

void check_file_tables(Program *p, ParsedFile *pf, PtrVec *out) {
    FileDefaults defaults;
    bool have_defaults = false;
    for (Node *n = pf->decls; n; n = n->next)
        if (n->kind == N_PROJECT || n->kind == N_DEPARTMENT) ptrvec_push(p->arena, out, check_file_table(p, pf, n, &defaults, &have_defaults));
    if (!have_defaults) check_defaults_alone(p, pf);
}
