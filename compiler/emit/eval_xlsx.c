/* The 项目支出绩效自评表 and 运行监控表 as a workbook (jxc score -f xlsx, jxc monitor -f xlsx;
 * libxlsxwriter): one sheet a project, laid out as the HTML page (eval_html.c) is: the title and
 * year, 项目名称, 主管部门 and 实施单位, the 项目资金 row, the goals (自评), the indicator table with
 * its 一级/二级 cells merged over their rows, and the 总分 (自评). Borders, wrapped text, A4
 * portrait one page wide, the indicator heading repeated on each printed page. Scores and
 * amounts are number cells, rounded to two places for the sheet (the JSON output has them
 * exactly); every other value is a string cell. Made in a temporary file and copied to the
 * output, as emit_xlsx.c does. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include "emit/emit.h"
#include "emit/xlsx_file.h"
#include "model/eval.h"

enum { COLS = 8 };

typedef struct EBook {
    Program *p;
    lxw_workbook *wb;
    lxw_format *title, *sub, *label, *text, *center, *num;
    bool failed;
    int sheets;
} EBook;

static lxw_format *fmt(lxw_workbook *wb, bool bold, bool border, uint8_t align, int size, bool shade) {
    lxw_format *f = workbook_add_format(wb);
    if (bold) format_set_bold(f);
    if (border) format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f);
    if (size) format_set_font_size(f, size);
    if (shade) format_set_bg_color(f, 0xF5F4EF);
    return f;
}

static void put(EBook *b, lxw_worksheet *ws, int r1, int c1, int r2, int c2, const char *s, lxw_format *f) {
    lxw_error e = r1 == r2 && c1 == c2 ? worksheet_write_string(ws, (lxw_row_t)r1, (lxw_col_t)c1, s ? s : "", f)
                                       : worksheet_merge_range(ws, (lxw_row_t)r1, (lxw_col_t)c1, (lxw_row_t)r2, (lxw_col_t)c2, s ? s : "", f);
    if (e != LXW_NO_ERROR) b->failed = true;
}

/* A number cell from an exact figure (rounded to two places for the sheet), or a blank one. */
static void num(EBook *b, lxw_worksheet *ws, int r, int c, bool has, Decimal d) {
    if (!has) {
        put(b, ws, r, c, r, c, "", b->num);
        return;
    }
    char buf[DECIMAL_STR_MAX];
    decimal_format(d, buf);
    if (worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)c, strtod(buf, NULL), b->num) != LXW_NO_ERROR) b->failed = true;
}
static void rnum(EBook *b, lxw_worksheet *ws, int r, int c, bool has, Ratio x) {
    Decimal d;
    num(b, ws, r, c, has && ratio_round(x, 2, &d), has && ratio_round(x, 2, &d) ? d : (Decimal){0, 0});
}

static bool same_category(const EvalProject *ep, int i, int k, int d) {
    for (int x = 0; x <= d; x++) {
        const Indicator *a = ep->inds[i]->target, *c = ep->inds[k]->target;
        const char *pa = x < a->depth - 1 ? a->path[x] : "", *pc = x < c->depth - 1 ? c->path[x] : "";
        if (strcmp(pa, pc) != 0) return false;
    }
    return true;
}

static lxw_worksheet *sheet(EBook *b, const EvalProject *ep) {
    /* Sheet names: at most 31 characters, none of []:*?/\ ; numbered to stay unique. */
    char name[64];
    snprintf(name, sizeof name, "%d", ++b->sheets);
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
    if (!ws) {
        b->failed = true;
        return NULL;
    }
    worksheet_set_paper(ws, 9);
    worksheet_set_portrait(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    static const double widths[COLS] = {10, 12, 22, 14, 14, 8, 8, 26};
    for (int c = 0; c < COLS; c++) worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL);
    (void)ep;
    return ws;
}

static int head(EBook *b, lxw_worksheet *ws, const EvalProject *ep, const char *title, const char *year) {
    Program *p = b->p;
    put(b, ws, 0, 0, 0, COLS - 1, title, b->title);
    put(b, ws, 1, 0, 1, COLS - 1, year, b->sub);
    put(b, ws, 2, 0, 2, 1, "项目名称", b->label);
    put(b, ws, 2, 2, 2, COLS - 1, ep->name, b->text);
    const Field *h = table_role(ep->table, ROLE_HEAD);
    put(b, ws, 3, 0, 3, 1, "主管部门", b->label);
    put(b, ws, 3, 2, 3, 3, h ? h->text : "", b->text);
    put(b, ws, 3, 4, 3, 5, "实施单位", b->label);
    put(b, ws, 3, 6, 3, 7, ep->table->unit_name, b->text);
    (void)p;
    return 4;
}

static void self_sheet(EBook *b, const Evaluation *ev, const EvalProject *ep) {
    Program *p = b->p;
    lxw_worksheet *ws = sheet(b, ep);
    if (!ws) return;
    int r = head(b, ws, ep, "项目支出绩效自评表", arena_printf(p->arena, "（%d年度）", ev->year));
    put(b, ws, r, 0, r + 1, 1, arena_printf(p->arena, "项目资金（%s）", ep->table->money_unit ? ep->table->money_unit : "万元"), b->label);
    static const char *heads[] = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分"};
    for (int i = 0; i < 6; i++) put(b, ws, r, 2 + i, r, 2 + i, heads[i], b->label);
    num(b, ws, r + 1, 2, ep->has_initial, ep->initial);
    num(b, ws, r + 1, 3, ep->has_budget, ep->budget);
    num(b, ws, r + 1, 4, ep->has_spent, ep->spent);
    rnum(b, ws, r + 1, 5, true, ep->budget_weight);
    rnum(b, ws, r + 1, 6, ep->rate_known, ep->rate);
    rnum(b, ws, r + 1, 7, true, ep->budget_score);
    r += 2;
    const Field *goal = table_role(ep->table, ROLE_GOAL_YEAR);
    put(b, ws, r, 0, r + 1, 1, "年度总体目标", b->label);
    put(b, ws, r, 2, r, 4, "预期目标", b->label);
    put(b, ws, r, 5, r, 7, "实际完成情况", b->label);
    put(b, ws, r + 1, 2, r + 1, 4, goal ? goal->text : "", b->text);
    put(b, ws, r + 1, 5, r + 1, 7, ep->goal_actual, b->text);
    r += 2;
    static const char *iheads[] = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
    for (int i = 0; i < COLS; i++) put(b, ws, r, i, r, i, iheads[i], b->label);
    worksheet_repeat_rows(ws, (lxw_row_t)r, (lxw_row_t)r);
    r++;
    for (int i = 0; i < ep->ninds; i++) {
        const EvalIndicator *e = ep->inds[i];
        for (int d = 0; d < 2; d++) {
            if (i > 0 && same_category(ep, i - 1, i, d)) continue;
            int n = 1;
            while (i + n < ep->ninds && same_category(ep, i, i + n, d)) n++;
            const char *name = d == 0 ? e->target->path[0] : e->target->depth > 2 ? e->target->path[1] : "";
            put(b, ws, r, d, r + n - 1, d, name, b->center);
        }
        put(b, ws, r, 2, r, 2, e->name, b->text);
        put(b, ws, r, 3, r, 3, e->target->full ? value_text(p, e->target->full) : "", b->center);
        put(b, ws, r, 4, r, 4, e->actual ? value_text(p, e->actual) : "", b->center);
        rnum(b, ws, r, 5, e->top != NULL, e->weight);
        rnum(b, ws, r, 6, e->top != NULL, e->score);
        const char *why = e->reason && e->remedy ? arena_printf(p->arena, "%s\n%s", e->reason, e->remedy) : e->reason ? e->reason : e->remedy;
        if (e->has_stated && e->top) {
            Decimal d;
            if (ratio_round(e->score, 2, &d) && decimal_cmp(d, e->stated) != 0)
                why = arena_printf(p->arena, "%s填报得分 %s", why ? arena_printf(p->arena, "%s\n", why) : "", fmt_decimal(p, e->stated));
        }
        put(b, ws, r, 7, r, 7, why, b->text);
        r++;
    }
    put(b, ws, r, 0, r, 4, "总分", b->label);
    num(b, ws, r, 5, true, ev->profile->total);
    num(b, ws, r, 6, ep->scored, ep->total_rounded);
    put(b, ws, r, 7, r, 7,
        arena_printf(p->arena, "自评等级：%s%s", ep->grade ? ep->grade : "",
                     ep->has_total ? arena_printf(p->arena, "（填报总分 %s）", fmt_decimal(p, ep->total_written)) : ""),
        b->text);
}

static void monitor_sheet(EBook *b, const Evaluation *ev, const EvalProject *ep) {
    Program *p = b->p;
    lxw_worksheet *ws = sheet(b, ep);
    if (!ws) return;
    const char *date = arena_printf(p->arena, "%d年%d月%d日", ev->date.y, ev->date.m, ev->date.d);
    static const char *lights[] = {"", "绿灯", "黄灯", "红灯"};
    int r = head(b, ws, ep, "项目支出绩效运行监控表", arena_printf(p->arena, "（%d年度，截至%s）", ev->year, date));
    put(b, ws, r, 0, r + 1, 1, arena_printf(p->arena, "项目资金（%s）", ep->table->money_unit ? ep->table->money_unit : "万元"), b->label);
    const char *heads[] = {"全年预算数", arena_printf(p->arena, "截至%s执行数", date), "执行率（%）", "序时进度（%）", "灯", "偏差原因分析"};
    for (int i = 0; i < 6; i++) put(b, ws, r, 2 + i, r, 2 + i, heads[i], b->label);
    num(b, ws, r + 1, 2, ep->has_budget, ep->budget);
    num(b, ws, r + 1, 3, ep->has_spent, ep->spent);
    rnum(b, ws, r + 1, 4, ep->rate_known, ep->rate);
    rnum(b, ws, r + 1, 5, true, ep->elapsed);
    put(b, ws, r + 1, 6, r + 1, 6, ep->rate_known ? lights[ep->budget_light] : "", b->center);
    put(b, ws, r + 1, 7, r + 1, 7, ep->reason, b->text);
    r += 2;
    const char *iheads[] = {"一级指标", "二级指标", "三级指标", "年度指标值", arena_printf(p->arena, "截至%s完成情况", date),
                            "全年预计完成情况", "完成目标可能性", "偏差原因分析"};
    for (int i = 0; i < COLS; i++) put(b, ws, r, i, r, i, iheads[i], b->label);
    worksheet_repeat_rows(ws, (lxw_row_t)r, (lxw_row_t)r);
    r++;
    for (int i = 0; i < ep->ninds; i++) {
        const EvalIndicator *e = ep->inds[i];
        for (int d = 0; d < 2; d++) {
            if (i > 0 && same_category(ep, i - 1, i, d)) continue;
            int n = 1;
            while (i + n < ep->ninds && same_category(ep, i, i + n, d)) n++;
            const char *name = d == 0 ? e->target->path[0] : e->target->depth > 2 ? e->target->path[1] : "";
            put(b, ws, r, d, r + n - 1, d, name, b->center);
        }
        put(b, ws, r, 2, r, 2, e->name, b->text);
        put(b, ws, r, 3, r, 3, e->target->full ? value_text(p, e->target->full) : "", b->center);
        const char *to_date = e->actual ? value_text(p, e->actual) : "";
        if (e->light) to_date = arena_printf(p->arena, "%s（%s）", to_date, lights[e->light]);
        put(b, ws, r, 4, r, 4, to_date, b->center);
        put(b, ws, r, 5, r, 5, e->forecast ? value_text(p, e->forecast) : "", b->center);
        put(b, ws, r, 6, r, 6, e->likelihood, b->center);
        put(b, ws, r, 7, r, 7, e->reason, b->text);
        r++;
    }
}


int write_eval_xlsx(Program *p, NodeKind kind, const char *as_of, FILE *out) {
    char *tmp;
    lxw_workbook *wb = xlsx_begin(p, &tmp);
    if (!wb) return 2;
    EBook b = {.p = p, .wb = wb};
    b.title = fmt(wb, true, false, LXW_ALIGN_CENTER, 16, false);
    b.sub = fmt(wb, false, false, LXW_ALIGN_CENTER, 0, false);
    b.label = fmt(wb, true, true, LXW_ALIGN_CENTER, 0, true);
    b.text = fmt(wb, false, true, LXW_ALIGN_LEFT, 0, false);
    b.center = fmt(wb, false, true, LXW_ALIGN_CENTER, 0, false);
    b.num = fmt(wb, false, true, LXW_ALIGN_RIGHT, 0, false);
    format_set_num_format(b.num, "0.00");
    lxw_doc_properties props = {.title = kind == N_EVAL ? "项目支出绩效自评表" : "项目支出绩效运行监控表", .author = "jxc"};
    workbook_set_properties(wb, &props);
    for (int i = 0; i < p->evaluations.len; i++) {
        const Evaluation *ev = p->evaluations.items[i];
        if (ev->kind != kind) continue;
        if (as_of) {
            char d[16];
            snprintf(d, sizeof d, "%04d-%02d-%02d", ev->date.y, ev->date.m, ev->date.d);
            if (strcmp(d, as_of) != 0) continue;
        }
        for (int k = 0; k < ev->nprojects; k++) {
            if (kind == N_EVAL) self_sheet(&b, ev, ev->projects[k]);
            else monitor_sheet(&b, ev, ev->projects[k]);
        }
    }
    if (!b.sheets) workbook_add_worksheet(wb, "1");
    return xlsx_end(wb, tmp, b.failed, out);
}
