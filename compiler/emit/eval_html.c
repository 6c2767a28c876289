/* The official tables of the rest of the year, as HTML pages in the style of the target forms
 * (A4, a table a page, table.grid): the 项目支出绩效自评表 (财预〔2020〕10号 附件 2: 项目资金 with
 * 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分; 年度总体目标 预期 and 实际; the indicators
 * with 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施; 总分) and the 项目支出绩效运行监控表
 * (预算数, 执行数, 执行率 and 序时进度; the indicators with 年度指标值, the 完成情况 to the date, the
 * 全年预计完成情况, 偏差原因分析, 完成目标可能性, and the light). Scores are jxc's, rounded for the
 * page; a stated score that differs is shown beside it. */
#include <string.h>
#include "emit/emit.h"
#include "emit/html_out.h"
#include "model/eval.h"

static const char eval_style[] =
    "<style>\n"
    ".ev col.l1{width:9%}.ev col.l2{width:10%}.ev col.l3{width:17%}.ev col.v{width:12%}.ev col.n{width:7%}\n"
    ".grid td.stated{color:var(--accent)}\n"
    ".light{display:inline-block;min-width:3em;padding:0 4px;border-radius:3px;color:#fff;text-align:center;"
    "-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    ".grid td.num .light{display:block;margin:2px 0 0 auto;width:3.2em}\n"
    ".light.green{background:#2e7d32}.light.yellow{background:#b8860b}.light.red{background:#b71c1c}\n"
    "</style>\n";

static const char *R(Program *p, Ratio r) {
    Decimal d;
    if (!ratio_round(r, 2, &d)) return "";
    char buf[DECIMAL_STR_MAX];
    decimal_format_trim(d, buf);
    return arena_strdup(p->arena, buf);
}

static void cell(FILE *out, const char *tag, const char *cls, int colspan, int rowspan, const char *text) {
    fprintf(out, "<%s", tag);
    if (cls) fprintf(out, " class=\"%s\"", cls);
    if (colspan > 1) fprintf(out, " colspan=\"%d\"", colspan);
    if (rowspan > 1) fprintf(out, " rowspan=\"%d\"", rowspan);
    fputc('>', out);
    html_text(out, text);
    fprintf(out, "</%s>", tag);
}

static const char *amount(Program *p, bool has, Decimal d) { return has ? fmt_decimal(p, d) : ""; }

/* How many rows from i on share the category at depth d (and the ones above it). */
static int run_of(const EvalProject *ep, int i, int d) {
    int n = 1;
    for (int k = i + 1; k < ep->ninds; k++) {
        bool same = true;
        for (int x = 0; x <= d && same; x++) {
            const Indicator *a = ep->inds[i]->target, *b = ep->inds[k]->target;
            const char *pa = x < a->depth - 1 ? a->path[x] : "", *pb = x < b->depth - 1 ? b->path[x] : "";
            same = strcmp(pa, pb) == 0;
        }
        if (!same) break;
        n++;
    }
    return n;
}

static bool first_of_run(const EvalProject *ep, int i, int d) {
    if (i == 0) return true;
    const Indicator *a = ep->inds[i - 1]->target, *b = ep->inds[i]->target;
    for (int x = 0; x <= d; x++) {
        const char *pa = x < a->depth - 1 ? a->path[x] : "", *pb = x < b->depth - 1 ? b->path[x] : "";
        if (strcmp(pa, pb) != 0) return true;
    }
    return false;
}

static void head(FILE *out, Program *p, const EvalProject *ep, const char *title, const char *year) {
    const Table *t = ep->table;
    fputs("<section class=\"sheet form\">\n<div class=\"form-head\"><h2>", out);
    html_text(out, title);
    fputs("</h2><p class=\"year\">", out);
    html_text(out, year);
    fputs("</p></div>\n<table class=\"grid ev\"><colgroup><col class=\"l1\"><col class=\"l2\"><col class=\"l3\"><col class=\"v\">"
          "<col class=\"v\"><col class=\"n\"><col class=\"n\"><col></colgroup>\n<tr>",
          out);
    cell(out, "th", NULL, 2, 1, "项目名称");
    cell(out, "td", NULL, 6, 1, ep->name);
    fputs("</tr>\n<tr>", out);
    const Field *head = table_role(t, ROLE_HEAD);
    cell(out, "th", NULL, 2, 1, "主管部门");
    cell(out, "td", NULL, 2, 1, head ? head->text : "");
    cell(out, "th", NULL, 2, 1, "实施单位");
    cell(out, "td", NULL, 2, 1, t->unit_name);
    fputs("</tr>\n", out);
    (void)p;
}

static void self_evaluation(FILE *out, Program *p, const Evaluation *ev, const EvalProject *ep) {
    const Table *t = ep->table;
    head(out, p, ep, "项目支出绩效自评表", arena_printf(p->arena, "（%d年度）", ev->year));
    const char *unit = arena_printf(p->arena, "项目资金（%s）", t->money_unit ? t->money_unit : "万元");
    fputs("<tr>", out);
    cell(out, "th", NULL, 2, 2, unit);
    static const char *heads[] = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int i = 0; i < 6; i++) cell(out, "th", NULL, 1, 1, heads[i]);
    fputs("</tr>\n<tr>", out);
    cell(out, "td", "num", 1, 1, amount(p, ep->has_initial, ep->initial));
    cell(out, "td", "num", 1, 1, amount(p, ep->has_budget, ep->budget));
    cell(out, "td", "num", 1, 1, amount(p, ep->has_spent, ep->spent));
    cell(out, "td", "num", 1, 1, R(p, ep->budget_weight));
    cell(out, "td", "num", 1, 1, ep->rate_known ? arena_printf(p->arena, "%s%%", R(p, ep->rate)) : "");
    cell(out, "td", "num", 1, 1, R(p, ep->budget_score));
    fputs("</tr>\n<tr>", out);
    const Field *goal = table_role(t, ROLE_GOAL_YEAR);
    cell(out, "th", NULL, 2, 2, "年度总体目标");
    cell(out, "th", NULL, 3, 1, "预期目标");
    cell(out, "th", NULL, 3, 1, "实际完成情况");
    fputs("</tr>\n<tr>", out);
    cell(out, "td", "text", 3, 1, goal ? goal->text : "");
    cell(out, "td", "text", 3, 1, ep->goal_actual);
    fputs("</tr>\n</table>\n<table class=\"grid ev\"><colgroup><col class=\"l1\"><col class=\"l2\"><col class=\"l3\"><col class=\"v\">"
          "<col class=\"v\"><col class=\"n\"><col class=\"n\"><col></colgroup>\n<thead><tr>",
          out);
    static const char *iheads[] = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
    for (int i = 0; i < 8; i++) cell(out, "th", NULL, 1, 1, iheads[i]);
    fputs("</tr></thead>\n<tbody>\n", out);
    for (int i = 0; i < ep->ninds; i++) {
        const EvalIndicator *e = ep->inds[i];
        fputs("<tr>", out);
        if (first_of_run(ep, i, 0)) cell(out, "th", "l1", 1, run_of(ep, i, 0), e->target->path[0]);
        if (first_of_run(ep, i, 1)) cell(out, "th", "l2", 1, run_of(ep, i, 1), e->target->depth > 2 ? e->target->path[1] : "");
        cell(out, "td", NULL, 1, 1, e->name);
        cell(out, "td", "val", 1, 1, e->target->full ? value_text(p, e->target->full) : "");
        cell(out, "td", "val", 1, 1, e->actual ? value_text(p, e->actual) : "");
        cell(out, "td", "num", 1, 1, e->top ? R(p, e->weight) : "");
        fprintf(out, "<td class=\"num\">");
        if (e->top) html_text(out, R(p, e->score));
        if (e->has_stated && (!e->top || strcmp(R(p, e->score), R(p, ratio_from_decimal(e->stated))) != 0)) {
            fputs("<span class=\"note\">填报 ", out);
            html_text(out, fmt_decimal(p, e->stated));
            fputs("</span>", out);
        }
        fputs("</td>", out);
        const char *why = e->reason && e->remedy ? arena_printf(p->arena, "%s\n%s", e->reason, e->remedy) : e->reason ? e->reason : e->remedy;
        cell(out, "td", "text", 1, 1, why);
        fputs("</tr>\n", out);
    }
    fputs("<tr>", out);
    cell(out, "th", NULL, 5, 1, "总分");
    cell(out, "td", "num", 1, 1, fmt_decimal(p, ev->profile->total));
    fprintf(out, "<td class=\"num\">");
    if (ep->scored) html_text(out, fmt_decimal(p, ep->total_rounded));
    if (ep->has_total) {
        fputs("<span class=\"note\">填报 ", out);
        html_text(out, fmt_decimal(p, ep->total_written));
        fputs("</span>", out);
    }
    fputs("</td>", out);
    cell(out, "td", NULL, 1, 1, ep->grade ? arena_printf(p->arena, "自评等级：%s", ep->grade) : "");
    fputs("</tr>\n</tbody></table>\n</section>\n", out);
}

static const char *light_class(int light) {
    static const char *k[] = {NULL, "green", "yellow", "red"};
    return k[light];
}
static const char *light_word(int light) {
    static const char *k[] = {NULL, "绿灯", "黄灯", "红灯"};
    return k[light];
}

static void light(FILE *out, int l) {
    if (!l) return;
    fprintf(out, " <span class=\"light %s\">%s</span>", light_class(l), light_word(l));
}

static void monitoring(FILE *out, Program *p, const Evaluation *ev, const EvalProject *ep) {
    const Table *t = ep->table;
    const char *date = arena_printf(p->arena, "%d年%d月%d日", ev->date.y, ev->date.m, ev->date.d);
    head(out, p, ep, "项目支出绩效运行监控表", arena_printf(p->arena, "（%d年度，截至%s）", ev->year, date));
    fputs("<tr>", out);
    cell(out, "th", NULL, 2, 2, arena_printf(p->arena, "项目资金（%s）", t->money_unit ? t->money_unit : "万元"));
    cell(out, "th", NULL, 1, 1, "全年预算数");
    cell(out, "th", NULL, 1, 1, arena_printf(p->arena, "截至%s执行数", date));
    cell(out, "th", NULL, 1, 1, "执行率");
    cell(out, "th", NULL, 2, 1, "序时进度");
    cell(out, "th", NULL, 1, 1, "偏差原因分析");
    fputs("</tr>\n<tr>", out);
    cell(out, "td", "num", 1, 1, amount(p, ep->has_budget, ep->budget));
    cell(out, "td", "num", 1, 1, amount(p, ep->has_spent, ep->spent));
    fputs("<td class=\"num\">", out);
    if (ep->rate_known) html_text(out, arena_printf(p->arena, "%s%%", R(p, ep->rate)));
    if (ep->rate_known) light(out, ep->budget_light);
    fputs("</td>", out);
    cell(out, "td", "num", 2, 1, arena_printf(p->arena, "%s%%", R(p, ep->elapsed)));
    cell(out, "td", "text", 1, 1, ep->reason);
    fputs("</tr>\n</table>\n<table class=\"grid ev\"><colgroup><col class=\"l1\"><col class=\"l2\"><col class=\"l3\"><col class=\"v\">"
          "<col class=\"v\"><col class=\"v\"><col><col class=\"v\"></colgroup>\n<thead><tr>",
          out);
    const char *heads[] = {"一级指标", "二级指标", "三级指标", "年度指标值", arena_printf(p->arena, "截至%s完成情况", date),
                           "全年预计完成情况", "偏差原因分析", "完成目标可能性"};
    for (int i = 0; i < 8; i++) cell(out, "th", NULL, 1, 1, heads[i]);
    fputs("</tr></thead>\n<tbody>\n", out);
    for (int i = 0; i < ep->ninds; i++) {
        const EvalIndicator *e = ep->inds[i];
        fputs("<tr>", out);
        if (first_of_run(ep, i, 0)) cell(out, "th", "l1", 1, run_of(ep, i, 0), e->target->path[0]);
        if (first_of_run(ep, i, 1)) cell(out, "th", "l2", 1, run_of(ep, i, 1), e->target->depth > 2 ? e->target->path[1] : "");
        cell(out, "td", NULL, 1, 1, e->name);
        cell(out, "td", "val", 1, 1, e->target->full ? value_text(p, e->target->full) : "");
        fputs("<td class=\"val\">", out);
        if (e->actual) html_text(out, value_text(p, e->actual));
        light(out, e->light);
        fputs("</td>", out);
        cell(out, "td", "val", 1, 1, e->forecast ? value_text(p, e->forecast) : "");
        cell(out, "td", "text", 1, 1, e->reason);
        cell(out, "td", "val", 1, 1, e->likelihood);
        fputs("</tr>\n", out);
    }
    fputs("</tbody></table>\n</section>\n", out);
}

int write_eval_html(Program *p, NodeKind kind, const char *as_of, FILE *out) {
    html_page_start(out, kind == N_EVAL ? "项目支出绩效自评表" : "项目支出绩效运行监控表");
    fputs(eval_style, out);
    for (int i = 0; i < p->evaluations.len; i++) {
        const Evaluation *ev = p->evaluations.items[i];
        if (ev->kind != kind) continue;
        if (as_of) {
            char d[16];
            snprintf(d, sizeof d, "%04d-%02d-%02d", ev->date.y, ev->date.m, ev->date.d);
            if (strcmp(d, as_of) != 0) continue;
        }
        for (int k = 0; k < ev->nprojects; k++) {
            if (kind == N_EVAL) self_evaluation(out, p, ev, ev->projects[k]);
            else monitoring(out, p, ev, ev->projects[k]);
        }
    }
    html_page_end(out);
    return ferror(out) ? 2 : 0;
}
