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

typedef struct IndicatorColumns {
    bool key_work, notes, sets;
    PtrVec columns;          /* const char*: the 指标列 names */
} IndicatorColumns;

static void indicator_row(CsvOut *c, Program *p, const IndicatorColumns *h, const Table *t, const Indicator *ind, const char *set) {
    table_cells(c, t);
    if (h->sets) csv_text(c, set);
    csv_text(c, ind->path[0]);
    csv_text(c, ind->path[1]);
    if (h->key_work) csv_text(c, ind->depth == 4 ? ind->path[2] : NULL);
    csv_text(c, ind->path[ind->depth - 1]);
    value_cell(c, p, ind->half);
    value_cell(c, p, ind->full);
    for (int m = 0; m < h->columns.len; m++) {
        const IndicatorColumn *cell = column_cell(t, ind, h->columns.items[m]);
        if (cell && cell->has_number) csv_number(c, cell->number);
        else csv_text(c, cell ? cell->text : NULL);
    }
    if (h->notes) csv_text(c, ind->note ? ind->note->text : NULL);
    csv_end_row(c);
}

static void indicators(CsvOut *c, Program *p) {
    /* The optional columns appear when the output has them: 重点工作 when a table is on a
     * form with that level (江苏省级部门整体), 备注 when an indicator carries a note, 期别 when
     * a table has a mid-term set (中央部门项目's 中期: its rows first, then the year's), and the
     * forms' own 指标列 (分值, 指标性质 …) that some indicator fills, each once, in the order the
     * forms declare them. */
    IndicatorColumns h = {0};
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        if (t->nmid) h.sets = true;
        for (int k = 0; t->form && k < t->form->ncolumns; k++) {
            if (!table_column_filled(t, k)) continue;
            bool seen = false;
            for (int m = 0; m < h.columns.len && !seen; m++) seen = strcmp(h.columns.items[m], t->form->columns[k].name) == 0;
            if (!seen) ptrvec_push(p->arena, &h.columns, (void *)t->form->columns[k].name);
        }
        if (form_has_key_work(t->form)) h.key_work = true;
        for (int k = 0; k < t->nindicators; k++) {
            if (t->indicators[k]->depth == 4) h.key_work = true;
            if (t->indicators[k]->note) h.notes = true;
        }
        for (int k = 0; k < t->nmid; k++)
            if (t->mid[k]->note) h.notes = true;
    }
    header_start(c);
    if (h.sets) csv_raw(c, "期别");
    csv_raw(c, "一级指标");
    csv_raw(c, "二级指标");
    if (h.key_work) csv_raw(c, "重点工作");
    csv_raw(c, "三级指标");
    csv_raw(c, "半年指标值");
    csv_raw(c, "全年指标值");
    for (int m = 0; m < h.columns.len; m++) csv_text(c, h.columns.items[m]); /* a form's own words: quoted as needed */
    if (h.notes) csv_raw(c, "备注");
    csv_end_row(c);
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        for (int k = 0; k < t->nmid; k++) indicator_row(c, p, &h, t, t->mid[k], t->form->mid_name);
        for (int k = 0; k < t->nindicators; k++) indicator_row(c, p, &h, t, t->indicators[k], "年度");
    }
}

/* ---- funds and expenses --------------------------------------------------------------------- */

/* The names of a line's ancestors, joined as the diagnostics join paths. */
static const char *group_path(Program *p, const char *parent, const char *name) {
    return parent ? arena_printf(p->arena, "%s › %s", parent, name) : name;
}

/* The funds table's 期别 column (a table with a mid-term set): NULL when the output has none. */
static void fund_rows(CsvOut *c, Program *p, const Table *t, const FundLine *f, const char *group, const char *set, bool sets) {
    if (f->nchildren) {
        const char *path = group_path(p, group, f->name);
        for (int i = 0; i < f->nchildren; i++) fund_rows(c, p, t, f->children[i], path, set, sets);
        return;
    }
    table_cells(c, t);
    if (sets) csv_text(c, set);
    csv_text(c, group);
    csv_text(c, f->name);
    if (f->has_amount) csv_number(c, f->amount);
    else csv_text(c, NULL);
    csv_text(c, t->money_unit);
    yuan(c, t, f->has_amount ? &f->amount : NULL);
    csv_end_row(c);
}

static void fund_set(CsvOut *c, Program *p, const Table *t, const Funds *fu, const char *set, const char *total_label, bool sets) {
    for (int k = 0; k < fu->nsources; k++) fund_rows(c, p, t, fu->sources[k], NULL, set, sets);
    /* A table that writes only its total still has one row, so no amount is lost. */
    if (fu->present && fu->nsources == 0 && fu->total_written) {
        table_cells(c, t);
        if (sets) csv_text(c, set);
        csv_text(c, NULL);
        csv_text(c, total_label);
        csv_number(c, fu->total);
        csv_text(c, t->money_unit);
        yuan(c, t, &fu->total);
        csv_end_row(c);
    }
}

static void funds(CsvOut *c, Program *p) {
    bool sets = false; /* 期别: a table has a mid-term set of funds (中央部门项目's 中期), printed first */
    for (int i = 0; i < p->tables.len; i++) sets |= ((Table *)p->tables.items[i])->mid_funds.present;
    header_start(c);
    if (sets) csv_raw(c, "期别");
    const char *names[] = {"资金分组", "资金来源", "金额", "金额单位", "金额（元）"};
    for (int i = 0; i < 5; i++) csv_raw(c, names[i]);
    csv_end_row(c);
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        if (t->mid_funds.present)
            fund_set(c, p, t, &t->mid_funds, t->form->mid_name, arena_printf(p->arena, "%s资金总额", t->form->mid_name), sets);
        fund_set(c, p, t, &t->funds, "年度", t->form ? t->form->total_label : "资金总额", sets);
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
