/* The words of jxc diff's output, in Chinese (the default) and English (--lang=en). The class
 * words 收紧, 放宽 and 改变 appear in both: reviewers search for them. */
#include <string.h>
#include "review/diff.h"

typedef struct Word {
    const char *key, *zh, *en;
} Word;

static const Word words[] = {
    /* classes */
    {"tightened", "收紧", "收紧 (tightened)"},
    {"loosened", "放宽", "放宽 (loosened)"},
    {"changed", "改变", "改变 (changed)"},
    /* reasons */
    {"lower_bound_raised", "下限提高", "lower bound raised"},
    {"lower_bound_lowered", "下限降低", "lower bound lowered"},
    {"upper_bound_lowered", "上限降低", "upper bound lowered"},
    {"upper_bound_raised", "上限提高", "upper bound raised"},
    {"exact_value_changed", "目标值改变", "exact value changed"},
    {"comparator_changed", "比较符改变", "comparator changed"},
    {"range_narrowed", "区间收窄", "range narrowed"},
    {"range_widened", "区间扩大", "range widened"},
    {"range_moved", "区间移动", "range moved"},
    {"level_raised", "等级提高", "level raised"},
    {"level_lowered", "等级降低", "level lowered"},
    {"level_changed", "等级改变（不在同一等级序列上）", "level changed (not on a common scale)"},
    {"unit_changed", "单位改变", "unit changed"},
    {"dimension_changed", "量纲改变", "dimension changed"},
    {"kind_changed", "类型改变", "kind changed"},
    {"text_changed", "文字改变", "text changed"},
    {"reference_changed", "引用改变", "reference changed"},
    {"value_added", "新增目标值", "value added"},
    {"value_removed", "删除目标值", "value removed"},
    {"value_changed", "目标值改变", "value changed"},
    /* value kinds */
    {"kind.measure", "数值", "measure"},
    {"kind.range", "区间", "range"},
    {"kind.reference", "引用", "reference"},
    {"kind.level", "等级", "level"},
    {"kind.text", "文字", "text"},
    /* columns and sections */
    {"half", "半年", "半年"},
    {"full", "全年", "全年"},
    {"project", "项目", "project"},
    {"department", "部门", "department"},
    {"fields", "字段", "fields"},
    {"funds", "资金", "funds"},
    {"expenses", "支出", "expenses"},
    {"indicators", "指标", "indicators"},
    {"note", "备注", "note"},
    {"renamed", "改名", "renamed"},
    {"renamed.same", "改名，目标不变", "renamed, targets unchanged"},
    {"added", "新增", "added"},
    {"removed", "删除", "removed"},
    {"empty", "（空）", "(empty)"},
    /* the summary of an added or removed table */
    {"table.summary", "资金总额 {0} {1}，{2} 个指标", "{0} {1} in funds, {2} indicators"},
    {"table.summary.nofunds", "没有资金，{0} 个指标", "no funds, {0} indicators"},
    /* the warning */
    {"warning", "警告", "warning"},
    {"warning.text", "{0}的资金总额增加 {1} → {2} {3}（{4}），同时有 {5} 个目标放宽",
     "{0}: 资金总额 grows {1} → {2} {3} ({4}) while {5} target(s) loosen (放宽)"},
    /* the closing line */
    {"summary", "合计：", "Summary: "},
    {"summary.none", "没有差异。", "No differences."},
    {"summary.tables", "{0} 修改 {1}、新增 {2}、删除 {3}", "{0}s: {1} changed, {2} added, {3} removed"},
    {"summary.indicators", "指标 新增 {0}、删除 {1}、改名 {2}、修改 {3}",
     "indicators: {0} added, {1} removed, {2} renamed, {3} changed"},
    {"summary.targets", "目标 收紧 {0}、放宽 {1}、改变 {2}", "targets: {0} 收紧 tightened, {1} 放宽 loosened, {2} 改变 changed"},
    {"summary.amounts", "金额 {0} 处变化", "{0} amounts changed"},
    {"summary.fields", "字段 {0} 处变化", "{0} fields changed"},
    {"summary.warnings", "警告 {0} 条", "{0} warning(s)"},
    {"sep", "；", "; "},
    {"comma", "，", ", "},
    {"md.item", "项", "item"},
    {"md.old", "原", "old"},
    {"md.new", "新", "new"},
    {"md.change", "变化", "change"},
    {"errors", "jxc diff：{0} 有错误，无法比较", "jxc diff: {0} has errors; cannot compare"},
    {"errors.both", "jxc diff：两个版本都有错误，无法比较", "jxc diff: both versions have errors; cannot compare"},
    {"fallback", "（{0} 有错误，以下是逐行比较）", "({0} has errors; a line diff follows)"},
};

const char *dw(Lang lang, const char *key) {
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(words[i].key, key) == 0) return lang == LANG_EN ? words[i].en : words[i].zh;
    return key;
}

const char *class_key(TargetClass c) {
    switch (c) {
    case TC_TIGHTENED: return "tightened";
    case TC_LOOSENED: return "loosened";
    case TC_CHANGED: return "changed";
    default: return "same";
    }
}

const char *amount_text(Arena *a, Decimal d) {
    char buf[DECIMAL_STR_MAX];
    decimal_format(d, buf);
    return arena_strdup(a, buf);
}

const char *signed_text(Arena *a, Decimal d) {
    char buf[DECIMAL_STR_MAX];
    decimal_format_trim(d, buf);
    return arena_printf(a, "%s%s", decimal_is_negative(d) || decimal_is_zero(d) ? "" : "+", buf);
}


const char *path_text(Arena *a, const char *const *path, int n) {
    const char *s = "";
    for (int i = 0; i < n; i++) s = arena_printf(a, "%s%s%s", s, i ? " › " : "", path[i]);
    return s;
}

const char *table_title(Arena *a, Lang lang, const Table *t) {
    const char *kind = dw(lang, t->kind == TABLE_PROJECT ? "project" : "department");
    char year[24] = "";
    if (t->has_year) snprintf(year, sizeof year, lang == LANG_EN ? "%d" : "%d年", t->year);
    bool unit = t->kind == TABLE_PROJECT && t->unit_name && *t->unit_name;
    if (lang == LANG_EN)
        return arena_printf(a, "%s %s (%s%s%s)", kind, t->name, year, *year && unit ? ", " : "", unit ? t->unit_name : "");
    return arena_printf(a, "%s %s（%s%s%s）", kind, t->name, year, *year && unit ? "，" : "", unit ? t->unit_name : "");
}

const char *reason_why(Arena *a, Lang lang, const TargetChange *tc) {
    if (!tc->reason) return NULL;
    const char *why = dw(lang, tc->reason);
    if (tc->reason_arg && strcmp(tc->reason, "kind_changed") == 0) {
        const char *sep = strchr(tc->reason_arg, '\x1f');
        const char *from = arena_strndup(a, tc->reason_arg, (size_t)(sep - tc->reason_arg));
        return arena_printf(a, "%s %s → %s", why, dw(lang, from), dw(lang, sep + 1));
    }
    if (tc->reason_arg) return arena_printf(a, "%s %s", why, tc->reason_arg);
    return why;
}

const char *reason_text(Arena *a, Lang lang, const TargetChange *tc) {
    const char *cls = dw(lang, class_key(tc->cls));
    const char *why = reason_why(a, lang, tc);
    if (!why) return cls;
    return arena_printf(a, lang == LANG_EN ? "%s: %s" : "%s：%s", cls, why);
}

const char *dw_format(Arena *a, Lang lang, const char *key, const char *const *args, int n) {
    const char *t = dw(lang, key);
    const char *out = "";
    while (*t) {
        const char *open = strchr(t, '{');
        if (!open || open[1] < '0' || open[1] > '9' || open[2] != '}') {
            out = arena_printf(a, "%s%s", out, t);
            break;
        }
        int k = open[1] - '0';
        out = arena_printf(a, "%s%.*s%s", out, (int)(open - t), t, k < n && args[k] ? args[k] : "");
        t = open + 3;
    }
    return out;
}
