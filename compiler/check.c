/* The checker's passes over the whole program: declarations first (so a table may use a form
 * declared after it, or in another file), then each table, then what spans tables. */
#include <string.h>
#include "check.h"

static const char *table_key(Program *p, const Table *t) {
    return arena_printf(p->arena, "%d\x1f%s\x1f%d\x1f%s", t->kind, t->name, t->has_year ? t->year : 0,
                        t->unit_name ? t->unit_name : "");
}

static void check_duplicates(Program *p) {
    StrMap seen;
    strmap_init(&seen, p->arena);
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        const char *key = table_key(p, t);
        Table *first = strmap_get(&seen, key);
        if (first) {
            const char *what = t->unit_name && t->unit_name[0] ? arena_printf(p->arena, "%d, %s", t->year, t->unit_name)
                                                                : arena_printf(p->arena, "%d", t->year);
            Diag *d = diag_at(p->diags, "E0309", t->node->name_span, t->name, what, NULL);
            diag_note(p->diags, d, "E0309.note", first->node->name_span, NULL);
            continue;
        }
        strmap_put(&seen, key, t);
    }
}

/* A department's 项目支出 lines name the projects of its budget; where such a project of the
 * same 年度 is compiled alongside, its 资金总额 must be the amount the department gives it. */
static void check_department_projects(Program *p) {
    StrMap projects;
    strmap_init(&projects, p->arena);
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        if (t->kind != TABLE_PROJECT || !t->has_year) continue;
        const char *key = arena_printf(p->arena, "%s\x1f%d", t->name, t->year);
        Table *first = strmap_get(&projects, key);
        /* Prefer the project of the department's own unit; remember the first otherwise. */
        if (!first) strmap_put(&projects, key, t);
    }
    for (int i = 0; i < p->tables.len; i++) {
        Table *d = p->tables.items[i];
        if (d->kind != TABLE_DEPARTMENT || !d->has_year) continue;
        for (int k = 0; k < d->nexpenses; k++) {
            ExpenseLine *e = d->expenses[k];
            if (strcmp(e->name, "项目支出") != 0) continue;
            for (int c = 0; c < e->nchildren; c++) {
                ExpenseLine *line = e->children[c];
                if (!line->full || !line->full->number_ok) continue;
                const char *key = arena_printf(p->arena, "%s\x1f%d", line->name, d->year);
                Table *proj = strmap_get(&projects, key);
                if (!proj || !proj->funds.present) continue;
                Decimal a, b;
                if (!to_yuan(d, line->full->number, &a) || !to_yuan(proj, proj->funds.total, &b)) continue;
                if (decimal_cmp(a, b) == 0) continue;
                Diag *g = diag_at(p->diags, "E0507", line->full->span, line->name, fmt_decimal(p, line->full->number), d->money_unit,
                                  fmt_decimal(p, proj->funds.total), proj->money_unit, NULL);
                diag_note(p->diags, g, "E0507.note", proj->funds.total_node ? proj->funds.total_node->span : proj->node->name_span,
                          line->name, NULL);
            }
        }
    }
}

void check_program(Program *p) {
    check_declarations(p);
    for (int i = 0; i < p->files.len; i++) {
        ParsedFile *pf = p->files.items[i];
        FileDefaults defaults;
        bool have_defaults = false;
        for (Node *n = pf->decls; n; n = n->next) {
            if (n->kind != N_PROJECT && n->kind != N_DEPARTMENT) continue;
            Table *t = arena_alloc(p->arena, sizeof *t);
            t->kind = n->kind == N_PROJECT ? TABLE_PROJECT : TABLE_DEPARTMENT;
            t->name = n->name;
            t->node = n;
            t->file = pf->file;
            if (!have_defaults) {
                /* Gathered once per file, not once per table (a file of 30,000 tables took
                 * 11 s), and only in files that have tables, as before. */
                file_defaults(p, pf->decls, &defaults);
                have_defaults = true;
            }
            check_table(p, t, &defaults);
            ptrvec_push(p->arena, &p->tables, t);
        }
    }
    check_duplicates(p);
    check_department_projects(p);
}
