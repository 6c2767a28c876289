/* The printed layout of a form, which every form-shaped output (HTML, and the workbook) follows:
 * the form's own 版式 (read by the checker, check_layout.c), or, for a form without one, a
 * layout made from its fields in the order of the Ministry's forms. */
#include <string.h>
#include "model/model.h"

const char *table_field_text(Program *p, const Table *t, const char *name) {
    if (strcmp(name, "年度") == 0) return t->has_year ? arena_printf(p->arena, "%d", t->year) : NULL;
    if (strcmp(name, "金额单位") == 0) return t->money_unit;
    const Field *f = table_field(t, name);
    return f ? f->text : NULL;
}

/* ---- the layout of a form without 版式 ------------------------------------------------------- */

static bool is_goal(const Form *f, const char *name) {
    for (int i = 0; i < f->ngoals; i++)
        if (strcmp(f->goal_fields[i], name) == 0) return true;
    return false;
}

static LayoutCell field_cell(Program *p, const char *name) {
    LayoutCell c = {0};
    c.label = name;
    c.weight = 1;
    c.fields = arena_alloc(p->arena, sizeof *c.fields);
    c.fields[0] = name;
    c.nfields = 1;
    return c;
}

/* The name, then the fields two to a row (text fields a row each), the funds, the goals a row
 * each, the indicators: the order of the Ministry's forms. */
const FormLayout *form_layout(Program *p, const Form *f) {
    if (f && f->layout) return f->layout;
    FormLayout *L = arena_alloc(p->arena, sizeof *L);
    L->subtitle = "{年度}年度";
    L->name_label = f && f->object == FORM_DEPARTMENT ? "单位名称" : "项目名称";
    L->every_sub = false;
    int nfields = f ? f->nfields : 0;
    L->parts = arena_alloc(p->arena, sizeof *L->parts * (size_t)(nfields + 4));
    LayoutPart *part = &L->parts[L->nparts++];
    part->kind = LP_ROW;
    part->cells = arena_alloc(p->arena, sizeof *part->cells);
    part->cells[0].label = L->name_label;
    part->cells[0].is_name = true;
    part->cells[0].weight = 1;
    part->ncells = 1;
    LayoutPart *pair = NULL;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) { /* funds between the fields and the goals */
            part = &L->parts[L->nparts++];
            part->kind = LP_FUNDS;
            part->label = arena_printf(p->arena, "资金（%s）", f && f->money_unit ? f->money_unit : "万元");
            part->heads = arena_alloc(p->arena, sizeof(char *));
            part->heads[0] = "全年预算数";
            part->nheads = 1;
            bool half = f && f->has_half;
            part->expense_heads = arena_alloc(p->arena, sizeof(char *) * 2);
            part->expense_heads[0] = half ? "半年计划执行数" : "全年预算数";
            part->expense_heads[1] = "全年预算数";
            part->nexpense_heads = half ? 2 : 1;
            pair = NULL;
        }
        for (int i = 0; i < nfields; i++) {
            const FieldDef *fd = &f->fields[i];
            if (is_goal(f, fd->name) != (pass == 1)) continue;
            bool wide = fd->type == FT_TEXT || pass == 1;
            if (!wide && pair && pair->ncells == 1) {
                pair->cells[1] = field_cell(p, fd->name);
                pair->ncells = 2;
                pair = NULL;
                continue;
            }
            part = &L->parts[L->nparts++];
            part->kind = LP_ROW;
            part->cells = arena_alloc(p->arena, sizeof *part->cells * 2);
            part->cells[0] = field_cell(p, fd->name);
            part->ncells = 1;
            pair = wide ? NULL : part;
        }
    }
    part = &L->parts[L->nparts++];
    part->kind = LP_INDICATORS;
    part->heads = arena_alloc(p->arena, sizeof(char *) * 2);
    bool half = f && f->has_half;
    part->heads[0] = half ? "半年指标值" : "年度指标值";
    part->heads[1] = "全年指标值";
    part->nheads = half ? 2 : 1;
    return L;
}
