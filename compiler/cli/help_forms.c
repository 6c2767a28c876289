/* `jxc help 表式 [NAME] [FILE.jx…]`: the forms, and a form's reference, read from the standard
 * library itself (and from the files given, for a form of the user's own), so that it is true
 * of the form as jxc knows it: its fields (type, required, allowed words, the other names it
 * takes), its funding sources in row order, its columns, money unit and total, its frameworks
 * (一级, 二级, which are required) and its common indicator group. docs/forms/ holds the same
 * text for every stdlib form (tests/suites/form-docs.sh keeps them equal). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/suggest.h"
#include "cli/cli.h"

static const char *type_name(FieldType t) {
    static const char *const names[] = {"文本", "年份", "日期", "电话", "金额", "数字", "选项", "时间", "月份", "期间"};
    return names[t];
}

/* The other names of `name` in an alias map, in the order the declaration writes them. */
static const char *aliases_of(Arena *a, const StrMap *m, const char *name) {
    if (!m || !m->count) return "";
    PtrVec lines = {0};
    for (size_t i = 0; i < m->cap; i++) {
        const Node *line = m->slots[i].value;
        if (!m->slots[i].key || !line || strcmp(line->name, name) != 0) continue;
        bool seen = false;
        for (int k = 0; k < lines.len && !seen; k++) seen = lines.items[k] == line;
        if (!seen) ptrvec_push(a, &lines, (void *)line);
    }
    for (int i = 1; i < lines.len; i++) /* by place in the source */
        for (int k = i; k > 0 && ((const Node *)lines.items[k - 1])->span.off > ((const Node *)lines.items[k])->span.off; k--) {
            void *t = lines.items[k - 1];
            lines.items[k - 1] = lines.items[k];
            lines.items[k] = t;
        }
    const char *s = "";
    for (int i = 0; i < lines.len; i++) {
        const Node *line = lines.items[i];
        for (int v = 0; v < line->nvalues; v++) {
            const char *w = line->values[v]->text;
            if (!w || strcmp(w, name) == 0 || strmap_get(m, w) != line) continue;
            s = arena_printf(a, "%s%s%s", s, *s ? "、" : "", w);
        }
    }
    return s;
}

static void sources(FILE *out, SourceDef *const *defs, int n, int depth) {
    for (int i = 0; i < n; i++) {
        fprintf(out, "%*s%s\n", 2 + depth * 2, "", defs[i]->name);
        sources(out, defs[i]->children, defs[i]->nchildren, depth + 1);
    }
}

void form_reference(FILE *out, Program *p, const Form *f) {
    Arena *a = p->arena;
    fprintf(out, "表式 %s", f->name);
    if (f->title) fprintf(out, " —— %s", f->title);
    fprintf(out, "\n\n对象：%s　金额单位：%s　半年列：%s　总额：%s\n", f->object == FORM_DEPARTMENT ? "部门" : "项目",
            f->money_unit ? f->money_unit : "万元", f->has_half ? "有" : "无", f->total_label ? f->total_label : "资金总额");
    if (f->common_group) fprintf(out, "共性指标：引用 %s\n", f->common_group);
    if (f->other_fields) fputs("其他字段：保留为文字（N0322）\n", out);
    if (f->other_sources) fputs("其他资金来源：照写保留\n", out);
    if (f->sub_values) fputs("二级指标值：二级类别可以直接写指标值（不写三级）\n", out);
    if (f->mid_name) {
        const char *al = aliases_of(a, f->aliases, f->mid_name);
        fprintf(out, "%s：另有一套%s资金和指标，写作 资金 %s { … } 和 指标 %s { … }%s%s\n", f->mid_name, f->mid_name, f->mid_name, f->mid_name,
                *al ? "；也写作：" : "", al);
    }

    fputs("\n字段（按表上的顺序；* 为必填；另有 表式、年度、金额单位）：\n", out);
    int width = 0;
    for (int i = 0; i < f->nfields; i++) {
        int w = (int)strlen(f->fields[i].name);
        if (w > width) width = w;
    }
    for (int i = 0; i < f->nfields; i++) {
        const FieldDef *fd = &f->fields[i];
        fprintf(out, "  %s %s", fd->required ? "*" : " ", fd->name);
        const char *t = type_name(fd->type);
        if (fd->type == FT_CHOICE) {
            const char *s = "";
            for (int k = 0; k < fd->nchoices; k++) s = arena_printf(a, "%s%s%s", s, k ? "、" : "", fd->choices[k]);
            t = arena_printf(a, "选项：%s", s);
        }
        fprintf(out, "　%s", t);
        const char *al = aliases_of(a, f->aliases, fd->name);
        if (*al) fprintf(out, "　也写作：%s", al);
        fputc('\n', out);
    }
    const char *total_aliases = aliases_of(a, f->aliases, f->total_label ? f->total_label : "资金总额");
    if (*total_aliases) fprintf(out, "  总额 %s 也写作：%s\n", f->total_label, total_aliases);
    const char *roles = "";
    for (int r = 0; r < ROLE_COUNT; r++)
        if (f->roles[r]) roles = arena_printf(a, "%s%s%s＝%s", roles, *roles ? "、" : "", role_name((FieldRole)r), f->roles[r]);
    if (*roles) fprintf(out, "角色：%s\n", roles);

    fputs("\n资金来源（按行序）：\n", out);
    if (f->nsources) sources(out, f->sources, f->nsources, 0);
    else fputs("  （未规定）\n", out);

    if (f->ncolumns) {
        static const char *const kinds[] = {"分值", "性质：定量、定性", "单位", "方向：正向、反向", "文本"};
        fputs("\n指标列（按表上的顺序；指标行写作 三级指标 指标值 { 列名 值; … }）：\n", out);
        for (int i = 0; i <= f->ncolumns; i++) {
            if (i == f->values_at) fputs("  （指标值）\n", out);
            if (i == f->ncolumns) break;
            const ColumnDef *c = &f->columns[i];
            fprintf(out, "  %s　%s", c->name, kinds[c->kind]);
            if (c->has_total) {
                fprintf(out, "，合计 %s", fmt_decimal(p, c->total));
                if (c->reserved) fprintf(out, "（其中 %s %s，可不写）", c->reserved, fmt_decimal(p, c->share));
            }
            const char *al = aliases_of(a, f->aliases, c->name);
            if (*al) fprintf(out, "　也写作：%s", al);
            fputc('\n', out);
        }
    }

    for (int k = 0; k < f->nframeworks; k++) {
        const Framework *fw = &f->frameworks[k];
        if (fw->name) fprintf(out, "\n指标框架 %s（带 * 的二级要有指标）：\n", fw->name);
        else fputs("\n指标框架（带 * 的二级要有指标）：\n", out);
        for (int i = 0; i < fw->ntops; i++) {
            const TopCategoryDef *top = &fw->tops[i];
            const char *tal = aliases_of(a, fw->aliases, top->name);
            fprintf(out, "  %s%s%s%s%s\n", top->name, top->open ? "（二级不限）" : "", top->key_work ? "（含 重点工作 一层）" : "",
                    *tal ? "　也写作：" : "", tal);
            for (int s = 0; s < top->nsubs; s++) {
                const char *al = aliases_of(a, fw->aliases, top->subs[s].name);
                fprintf(out, "    %s %s%s%s\n", top->subs[s].required ? "*" : " ", top->subs[s].name, *al ? "　也写作：" : "", al);
            }
        }
    }
    if (f->layout) fputs("\n版式：按表式声明的版式打印（HTML）。\n", out);
}

/* The forms' names, sorted. */
static PtrVec form_names(Program *p) {
    PtrVec names = {0};
    for (size_t i = 0; i < p->forms.cap; i++)
        if (p->forms.slots[i].key) ptrvec_push(p->arena, &names, (void *)p->forms.slots[i].key);
    for (int i = 1; i < names.len; i++)
        for (int k = i; k > 0 && strcmp(names.items[k - 1], names.items[k]) > 0; k--) {
            void *t = names.items[k - 1];
            names.items[k - 1] = names.items[k];
            names.items[k] = t;
        }
    return names;
}

int help_forms(const Options *o, const char *const *args, int nargs) {
    const char *name = NULL;
    const char **files = calloc((size_t)nargs + 1, sizeof(char *));
    if (!files) out_of_memory();
    int nfiles = 0;
    for (int i = 0; i < nargs; i++) {
        size_t n = strlen(args[i]);
        if (n > 3 && strcmp(args[i] + n - 3, ".jx") == 0) files[nfiles++] = args[i];
        else if (!name) name = args[i];
    }
    CompileOptions co = compile_options(o);
    Compilation c;
    compilation_init(&c, &co);
    int status = compilation_run(&c, files, nfiles);
    free(files);
    if (status == 2) {
        compilation_free(&c);
        return 2;
    }
    Program *p = &c.program;
    PtrVec names = form_names(p);
    if (!name) {
        fputs("表式（jxc help 表式 名称 显示其字段、资金来源和指标框架）：\n", stdout);
        for (int i = 0; i < names.len; i++) {
            const Form *f = strmap_get(&p->forms, names.items[i]);
            printf("  %s%s%s\n", f->name, f->title ? "　" : "", f->title ? f->title : "");
        }
        compilation_free(&c);
        return 0;
    }
    const Form *f = strmap_get(&p->forms, name);
    if (!f) {
        const char *near = did_you_mean(name, (const char *const *)names.items, names.len);
        if (near) ui_report(UI_new_unknown_form_near, name, near);
        else ui_report(UI_new_unknown_form, name);
        compilation_free(&c);
        return 2;
    }
    form_reference(stdout, p, f);
    compilation_free(&c);
    return flush_stdout();
}
