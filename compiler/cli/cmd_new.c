/* `jxc new 表式名 [名称] [FILE.jx…] [-o FILE]`: a new table on a form, to be filled in: every
 * field of the form in its order (the required ones first, each with a comment saying its type
 * or its allowed words), the funding sources, the 引用 of the form's common group, and the
 * categories of its framework, empty. Written through the formatter (a tree built in memory),
 * so it is canonical; it compiles with warnings only, which say what is left to fill in
 * (W0324 for the fields, W0701/W0702 for the indicators). FILE.jx arguments declare forms of
 * the user's own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "base/suggest.h"
#include "front/ast_build.h"
#include "review/fmt.h"


static const char *type_words(Arena *a, const FieldDef *fd) {
    static const char *const names[] = {"文本", "年份", "日期", "电话", "金额", "数字", "选项", "时间", "月份", "期间"};
    if (fd->type != FT_CHOICE) return names[fd->type];
    const char *s = "可选：";
    for (int i = 0; i < fd->nchoices; i++) s = arena_printf(a, "%s%s%s", s, i ? "、" : "", fd->choices[i]);
    return s;
}

static void add_field(Arena *a, ParsedFile *pf, Node *table, const char *name, Value *v, const char *comment) {
    Node *f = ast_add_child(table, ast_new_node(a, N_FIELD, name));
    ast_add_value(a, f, v);
    if (comment) ast_add_comment(a, pf, &f->trailing, arena_printf(a, " %s", comment));
}

static void add_sources(Arena *a, Node *parent, SourceDef *const *defs, int n) {
    for (int i = 0; i < n; i++) {
        Node *line = ast_add_child(parent, ast_new_node(a, N_FUND, defs[i]->name));
        if (defs[i]->nchildren) add_sources(a, line, defs[i]->children, defs[i]->nchildren);
        else line->full = ast_measure(a, CMP_NONE, decimal_from_int(0), 0, NULL);
    }
}

/* The new table, as a tree in memory. */
static ParsedFile *new_table(Arena *a, const Form *f, const char *name) {
    ParsedFile *pf = ast_new_file(a);
    Node *t = ast_add_decl(pf, ast_new_node(a, f->object == FORM_DEPARTMENT ? N_DEPARTMENT : N_PROJECT, name));
    ast_add_comment(a, pf, &t->leading,
                    arena_printf(a, " %s（%s）：按表上的顺序列出字段、资金来源和指标框架。", f->name, f->title ? f->title : f->name));
    ast_add_comment(a, pf, &t->leading, " 标着“必填”的字段要填写；其余的可以填写，也可以删去。");
    add_field(a, pf, t, "表式", ast_word(a, f->name), NULL);
    add_field(a, pf, t, "年度", ast_string(a, ""), "必填 · 年份，如 2026");
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < f->nfields; i++) {
            const FieldDef *fd = &f->fields[i];
            if (fd->required != (pass == 0)) continue;
            const char *words = type_words(a, fd);
            add_field(a, pf, t, fd->name, ast_string(a, ""), fd->required ? arena_printf(a, "必填 · %s", words) : words);
        }
    if (f->mid_name) {
        /* The mid-term set's funds (中央部门项目: 资金 中期 { … }), before the year's, as printed. */
        Node *funds = ast_add_child(t, ast_new_node(a, N_FUNDS, f->mid_name));
        Comment *k = ast_add_comment(a, pf, &funds->leading,
                                     arena_printf(a, " %s的一套资金（整个项目期），以 %s 计；下面的 资金 是年度的。", f->mid_name, f->money_unit ? f->money_unit : "万元"));
        k->blank_before = true;
        add_sources(a, funds, f->sources, f->nsources);
    }
    if (f->nsources || f->total_label) {
        Node *funds = ast_add_child(t, ast_new_node(a, N_FUNDS, NULL));
        Comment *k = ast_add_comment(a, pf, &funds->leading, arena_printf(a, " 金额以 %s 计；%s是各项之和，也可以写出来核对。", f->money_unit ? f->money_unit : "万元",
                                                             f->total_label ? f->total_label : "资金总额"));
        k->blank_before = true;
        add_sources(a, funds, f->sources, f->nsources);
    }
    Node *expenses = ast_add_child(t, ast_new_node(a, N_EXPENSES, NULL));
    expenses->blank_before = true;
    ast_add_comment(a, pf, &expenses->dangling,
                    f->has_half ? " 每行一项支出：名称 半年 数额 全年 数额" : " 每行一项支出：名称 数额");
    /* The indicators: the mid-term set's first (指标 中期 { … }) when the form has one. */
    for (int set = f->mid_name ? 0 : 1; set < 2; set++) {
        Node *ind = ast_add_child(t, ast_new_node(a, N_INDICATORS, set == 0 ? f->mid_name : NULL));
        ind->blank_before = true;
        if (f->common_group) ast_add_child(ind, ast_new_node(a, N_REF, f->common_group));
        const Framework *fw = f->nframeworks ? &f->frameworks[0] : NULL;
        for (int i = 0; fw && i < fw->ntops; i++) {
            const TopCategoryDef *top = &fw->tops[i];
            Node *tn = ast_add_child(ind, ast_new_node(a, N_CATEGORY, top->name));
            if (top->open) ast_add_comment(a, pf, &tn->dangling, " 二级类别由本单位定");
            for (int s = 0; s < top->nsubs; s++) {
                Node *sn = ast_add_child(tn, ast_new_node(a, N_CATEGORY, top->subs[s].name));
                ast_add_comment(a, pf, &sn->dangling, top->key_work ? " 重点工作 { 三级指标 指标值 }" : " 三级指标 指标值");
            }
        }
    }
    return pf;
}

int cmd_new(const Options *o) {
    const char *words[2] = {NULL, NULL};
    Compilation c;
    int status = compile_with_forms(o, &c, words, 1, 2, UI_new_arguments);
    if (status < 0) return 2;
    const char *form_name = words[0], *name = words[1];
    const Form *f = status == 0 || status == 1 ? strmap_get(&c.program.forms, form_name) : NULL;
    if (status == 2 || (status == 1 && !f)) {
        DiagStyle st = diag_style(o);
        compilation_report(&c, &st);
        compilation_free(&c);
        return status;
    }
    if (!f) {
        PtrVec names = {0};
        for (size_t i = 0; i < c.program.forms.cap; i++)
            if (c.program.forms.slots[i].key) ptrvec_push(&c.arena, &names, (void *)c.program.forms.slots[i].key);
        const char *near = did_you_mean(form_name, (const char *const *)names.items, names.len);
        if (near) ui_report(UI_new_unknown_form_near, form_name, near);
        else ui_report(UI_new_unknown_form, form_name);
        compilation_free(&c);
        return 2;
    }
    if (!name) name = f->object == FORM_DEPARTMENT ? "新部门" : "新项目";
    status = write_tree(o, &c.arena, new_table(&c.arena, f, name));
    compilation_free(&c);
    return status;
}
