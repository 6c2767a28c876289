/* `jxc build -f csv`: one of three tables, for spreadsheets (docs/outputs.md).
 *   --table indicators  one row a 三级指标, with the header of the language design's section 7
 *   --table funds       one row a funding source line (the leaves: a group's 小计 is their sum)
 *   --table expenses    one row an expense line (the leaves, likewise)
 * Every row starts with the table's 年度, 表式, 主管部门, 实施单位 and 项目. Amounts are number
 * cells in the table's own money unit, with the unit in its own column and the same amount in
 * 元, so that a column of a mixed output (万元 and 元 tables) can still be summed. */
#include <string.h>
#include "model/model.h"
#include "emit/csv_out.h"
#include "emit/emit.h"

static const char *role_text(const Table *t, FieldRole role) {
    const Field *f = table_role(t, role);
    return f ? f->text : NULL;
}

/* 年度,表式,主管部门,实施单位,项目: a department's table has no 项目 and names its unit. */
static void table_cells(CsvOut *c, const Table *t) {
    if (t->has_year) csv_int(c, t->year);
    else csv_text(c, NULL);
    csv_text(c, t->form ? t->form->name : NULL);
    csv_text(c, role_text(t, ROLE_HEAD));
    csv_text(c, t->unit_name);
    csv_text(c, t->kind == TABLE_PROJECT ? t->name : NULL);
}

static void header_start(CsvOut *c) {
    const char *names[] = {"年度", "表式", "主管部门", "实施单位", "项目"};
    for (int i = 0; i < 5; i++) csv_raw(c, names[i]);
}

/* An amount and, after the unit column, the same in 元 (exact: 万元 is 10^4 元). */
static void yuan(CsvOut *c, const Table *t, const Decimal *amount) {
    Decimal y;
    if (amount && to_yuan(t, *amount, &y)) csv_number(c, y);
    else csv_text(c, NULL);
}

/* ---- indicators ----------------------------------------------------------------------------- */

static bool form_has_key_work(const Form *f) {
    for (int i = 0; f && i < f->ntops; i++)
        if (f->tops[i].key_work) return true;
    return false;
}

static void value_cell(CsvOut *c, Program *p, const Value *v) { csv_text(c, v ? value_text(p, v) : NULL); }

/* The cell of the form's column `name` of an indicator, or NULL. */
static const IndicatorColumn *column_cell(const Table *t, const Indicator *ind, const char *name) {
    for (int k = 0; ind->cols && k < t->form->ncolumns; k++)
        if (strcmp(t->form->columns[k].name, name) == 0) return &ind->cols[k];
    return NULL;
}

static void indicators(CsvOut *c, Program *p) {
    /* The optional columns appear when the output has them: 重点工作 when a table is on a
     * form with that level (江苏省级部门整体), 备注 when an indicator carries a note, and the
     * forms' own 指标列 (分值, 指标性质 …), each once, in the order the forms declare them. */
    bool key_work = false, notes = false;
    PtrVec columns = {0};
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        for (int k = 0; t->form && k < t->form->ncolumns; k++) {
            bool filled = false;
            for (int m = 0; m < t->nindicators && !filled; m++) filled = t->indicators[m]->cols && t->indicators[m]->cols[k].text;
            if (!filled) continue;
            bool seen = false;
            for (int m = 0; m < columns.len && !seen; m++) seen = strcmp(columns.items[m], t->form->columns[k].name) == 0;
            if (!seen) ptrvec_push(p->arena, &columns, (void *)t->form->columns[k].name);
        }
        if (form_has_key_work(t->form)) key_work = true;
        for (int k = 0; k < t->nindicators; k++) {
            if (t->indicators[k]->depth == 4) key_work = true;
            if (t->indicators[k]->note) notes = true;
        }
    }
    header_start(c);
    csv_raw(c, "一级指标");
    csv_raw(c, "二级指标");
    if (key_work) csv_raw(c, "重点工作");
    csv_raw(c, "三级指标");
    csv_raw(c, "半年指标值");
    csv_raw(c, "全年指标值");
    for (int m = 0; m < columns.len; m++) csv_text(c, columns.items[m]); /* a form's own words: quoted as needed */
    if (notes) csv_raw(c, "备注");
    csv_end_row(c);
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        for (int k = 0; k < t->nindicators; k++) {
            Indicator *ind = t->indicators[k];
            table_cells(c, t);
            csv_text(c, ind->path[0]);
            csv_text(c, ind->path[1]);
            if (key_work) csv_text(c, ind->depth == 4 ? ind->path[2] : NULL);
            csv_text(c, ind->path[ind->depth - 1]);
            value_cell(c, p, ind->half);
            value_cell(c, p, ind->full);
            for (int m = 0; m < columns.len; m++) {
                const IndicatorColumn *cell = column_cell(t, ind, columns.items[m]);
                if (cell && cell->has_number) csv_number(c, cell->number);
                else csv_text(c, cell ? cell->text : NULL);
            }
            if (notes) csv_text(c, ind->note ? ind->note->text : NULL);
            csv_end_row(c);
        }
    }
}

/* ---- funds and expenses --------------------------------------------------------------------- */

/* The names of a line's ancestors, joined as the diagnostics join paths. */
static const char *group_path(Program *p, const char *parent, const char *name) {
    return parent ? arena_printf(p->arena, "%s › %s", parent, name) : name;
}

static void fund_rows(CsvOut *c, Program *p, const Table *t, const FundLine *f, const char *group) {
    if (f->nchildren) {
        const char *path = group_path(p, group, f->name);
        for (int i = 0; i < f->nchildren; i++) fund_rows(c, p, t, f->children[i], path);
        return;
    }
    table_cells(c, t);
    csv_text(c, group);
    csv_text(c, f->name);
    if (f->has_amount) csv_number(c, f->amount);
    else csv_text(c, NULL);
    csv_text(c, t->money_unit);
    yuan(c, t, f->has_amount ? &f->amount : NULL);
    csv_end_row(c);
}

static void funds(CsvOut *c, Program *p) {
    header_start(c);
    const char *names[] = {"资金分组", "资金来源", "金额", "金额单位", "金额（元）"};
    for (int i = 0; i < 5; i++) csv_raw(c, names[i]);
    csv_end_row(c);
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        for (int k = 0; k < t->funds.nsources; k++) fund_rows(c, p, t, t->funds.sources[k], NULL);
        /* A table that writes only its total still has one row, so no amount is lost. */
        if (t->funds.present && t->funds.nsources == 0 && t->funds.total_written) {
            table_cells(c, t);
            csv_text(c, NULL);
            csv_text(c, t->form ? t->form->total_label : "资金总额");
            csv_number(c, t->funds.total);
            csv_text(c, t->money_unit);
            yuan(c, t, &t->funds.total);
            csv_end_row(c);
        }
    }
}

static const Decimal *amount_of(const Value *v) { return v && v->number_ok ? &v->number : NULL; }

static void amount_cell(CsvOut *c, const Decimal *d) {
    if (d) csv_number(c, *d);
    else csv_text(c, NULL);
}

static void expense_rows(CsvOut *c, Program *p, const Table *t, const ExpenseLine *e, const char *group) {
    if (e->nchildren) {
        const char *path = group_path(p, group, e->name);
        for (int i = 0; i < e->nchildren; i++) expense_rows(c, p, t, e->children[i], path);
        return;
    }
    table_cells(c, t);
    csv_text(c, group);
    csv_text(c, e->name);
    amount_cell(c, amount_of(e->half));
    amount_cell(c, amount_of(e->full));
    csv_text(c, t->money_unit);
    yuan(c, t, amount_of(e->half));
    yuan(c, t, amount_of(e->full));
    csv_end_row(c);
}

static void expenses(CsvOut *c, Program *p) {
    header_start(c);
    const char *names[] = {"支出分组", "支出", "半年计划执行数", "全年预算数", "金额单位", "半年计划执行数（元）", "全年预算数（元）"};
    for (int i = 0; i < 7; i++) csv_raw(c, names[i]);
    csv_end_row(c);
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        for (int k = 0; k < t->nexpenses; k++) expense_rows(c, p, t, t->expenses[k], NULL);
    }
}

int emit_csv_check(const EmitOptions *o) {
    const char *table = o->table ? o->table : "indicators";
    if (strcmp(table, "indicators") != 0 && strcmp(table, "funds") != 0 && strcmp(table, "expenses") != 0)
        return emit_usage(UI_unknown_table, table);
    if (o->encoding && !csv_encoding_known(o->encoding)) return emit_usage(UI_unknown_encoding, o->encoding);
    return 0;
}

int emit_csv(Program *p, const EmitOptions *o, Sink *sink) {
    FILE *out = sink->out;
    /* The options were checked before the build (emit_check_options). */
    const char *table = o->table ? o->table : "indicators";
    void (*write)(CsvOut *, Program *) = strcmp(table, "funds") == 0 ? funds : strcmp(table, "expenses") == 0 ? expenses : indicators;
    CsvOut c;
    if (!csv_open(&c, out, o->encoding ? o->encoding : "utf-8", !o->no_bom)) return 2;
    write(&c, p);
    return csv_close(&c);
}
