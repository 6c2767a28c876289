/* The checker's passes over the whole program: declarations first (so a table may use a form
 * declared after it, or in another file), then each table, then what spans tables. */
#include <string.h>
#include "check/check.h"

TableSummary *summarize_table(Arena *keep, const Table *t) {
    TableSummary *s = arena_alloc(keep, sizeof *s);
    s->kind = t->kind;
    s->name = arena_strdup(keep, t->name);
    s->unit_name = t->unit_name ? arena_strdup(keep, t->unit_name) : NULL;
    s->money_unit = t->money_unit ? arena_strdup(keep, t->money_unit) : NULL;
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

static const char *table_key(Program *p, const TableSummary *t) {
    return arena_printf(p->arena, "%d\x1f%s\x1f%d\x1f%s", t->kind, t->name, t->has_year ? t->year : 0,
                        t->unit_name ? t->unit_name : "");
}

static void check_duplicates(Program *p, TableSummary **tables, int n) {
    StrMap seen;
    strmap_init_unordered(&seen, p->arena);
    for (int i = 0; i < n; i++) {
        TableSummary *t = tables[i];
        const char *key = table_key(p, t);
        TableSummary *first = strmap_get(&seen, key);
        if (first) {
            const char *what = t->unit_name && t->unit_name[0] ? arena_printf(p->arena, "%d, %s", t->year, t->unit_name)
                                                                : arena_printf(p->arena, "%d", t->year);
            Diag *d = diag_at(p->diags, E0309, t->name_span, t->name, what, NULL);
            diag_note(p->diags, d, E0309_note, first->name_span, NULL);
            continue;
        }
        strmap_put(&seen, key, t);
    }
}

/* A department's 项目支出 lines name the projects of its budget; where such a project of the
 * same 年度 is compiled alongside, its 资金总额 must be the amount the department gives it. */
static void check_department_projects(Program *p, TableSummary **tables, int n) {
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

void check_file_tables(Program *p, ParsedFile *pf, PtrVec *out) {
    FileDefaults defaults;
    bool have_defaults = false;
    for (Node *n = pf->decls; n; n = n->next)
        if (n->kind == N_PROJECT || n->kind == N_DEPARTMENT) ptrvec_push(p->arena, out, check_file_table(p, pf, n, &defaults, &have_defaults));
}
