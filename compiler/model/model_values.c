/* Questions every output asks of the checked program: a value's text as written, an amount in
 * 元, a measure in its unit's base. They read the model only (no checking), so the emitters and
 * the semantic diff use them without knowing the checker. */
#include <string.h>
#include "model/model.h"

const char *span_text(Program *p, Span s) {
    SourceFile *f = sources_get(p->sources, s.file);
    return arena_strndup(p->arena, f->text + s.off, s.len);
}

const char *value_text(Program *p, const Value *v) {
    switch (v->syntax) {
    case VX_WORD: case VX_STRING: case VX_DATE: case VX_YEAR: case VX_CODE:
        if (v->cmp == CMP_NONE) return v->text;
        /* fall through */
    default:
        return span_text(p, v->span);
    }
}

const char *fmt_decimal(Program *p, Decimal d) {
    char buf[DECIMAL_STR_MAX];
    decimal_format(d, buf);
    return arena_strdup(p->arena, buf);
}

bool to_yuan(const Table *t, Decimal amount, Decimal *out) { return decimal_mul_pow10(amount, t->money_exp, out); }

int value_total_exp(const Value *v) { return v->mult_exp + v->unit_mult_exp; }

bool measure_base(const Value *v, Decimal *out) {
    if (!v->number_ok) return false;
    return decimal_mul_pow10(v->number, value_total_exp(v), out);
}

const Unit *unit_root(const Unit *u) { return u && u->root ? u->root : u; }

bool measure_in_root(const Value *v, Decimal *out, const Unit **root) {
    *root = unit_root(v->unit_def);
    if (!measure_base(v, out)) return false;
    if (!v->unit_def || !v->unit_def->root) return true;
    return decimal_mul(*out, v->unit_def->in_root, out);
}

bool is_rate_dimension(const char *dim) { return dim && strcmp(dim, "比率") == 0; }

const char *value_kind_name(ValueKind k) {
    static const char *names[] = {"text", "measure", "range", "reference", "level", "text"};
    return names[k];
}

const Field *table_field(const Table *t, const char *name) {
    for (int i = 0; i < t->nfields; i++)
        if (strcmp(t->fields[i].name, name) == 0) return &t->fields[i];
    return NULL;
}

const TopCategoryDef *framework_top(const Framework *f, const char *name, int *index) {
    for (int i = 0; f && i < f->ntops; i++)
        if (strcmp(f->tops[i].name, name) == 0) {
            *index = i;
            return &f->tops[i];
        }
    *index = 1 << 20;
    return NULL;
}

/* The roles' names in a form's 角色 block, and the field that plays each when the form says
 * nothing. */
static const char *const role_names[ROLE_COUNT] = {"主管部门", "实施单位", "项目负责人", "开始", "完成", "总体目标", "年度目标", "期间"};
static const char *const role_fields[ROLE_COUNT] = {"主管部门", "实施单位", "项目负责人", "开始时间", "完成时间", "中长期目标", "年度目标", "项目期"};

const char *role_name(FieldRole role) { return role_names[role]; }
const char *role_default_field(FieldRole role) { return role_fields[role]; }

const Field *table_role(const Table *t, FieldRole role) {
    const char *name = t->form && t->form->roles[role] ? t->form->roles[role] : role_fields[role];
    return table_field(t, name);
}
