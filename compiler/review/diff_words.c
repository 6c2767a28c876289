/* Putting jxc diff's output into words (the words are in diag/ui.def, in Chinese and English;
 * the class words 收紧, 放宽 and 改变 appear in both: reviewers search for them). */
#include <string.h>
#include "review/diff.h"

const char *diff_word(Lang lang, const char *key) {
    const char *t = ui_named(lang, key);
    return t ? t : key;
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
    const char *kind = diff_word(lang, t->kind == TABLE_PROJECT ? "project" : "department");
    const char *year = "";
    if (t->has_year) {
        const char *y = arena_printf(a, "%d", t->year);
        year = ui_format(a, lang, UI_year_of, &y, 1);
    }
    bool unit = t->kind == TABLE_PROJECT && t->unit_name && *t->unit_name;
    const char *args[] = {kind, t->name,
                          arena_printf(a, "%s%s%s", year, *year && unit ? ui_in(lang, UI_comma) : "", unit ? t->unit_name : "")};
    return ui_format(a, lang, UI_table_title, args, 3);
}

const char *reason_why(Arena *a, Lang lang, const TargetChange *tc) {
    if (!tc->reason) return NULL;
    const char *why = diff_word(lang, tc->reason);
    const char *sep = tc->reason_arg ? strchr(tc->reason_arg, '\x1f') : NULL;
    if (sep) { /* two kinds: kind_changed, replaced_by_level … */
        const char *from = diff_word(lang, arena_strndup(a, tc->reason_arg, (size_t)(sep - tc->reason_arg)));
        const char *to = diff_word(lang, sep + 1);
        if (strcmp(tc->reason, "kind_changed") == 0) return arena_printf(a, "%s %s → %s", why, from, to);
        const char *args[2] = {from, to};
        return ui_format(a, lang, UI_kind_replaced, args, 2);
    }
    if (tc->reason_arg) return arena_printf(a, "%s %s", why, tc->reason_arg);
    return why;
}

const char *reason_text(Arena *a, Lang lang, const TargetChange *tc) {
    const char *cls = diff_word(lang, class_key(tc->cls));
    const char *why = reason_why(a, lang, tc);
    if (!why) return cls;
    /* Targets in two units of one dimension: say in which they were compared. */
    if (tc->compared_in) why = arena_printf(a, "%s%s", why, ui_format(a, lang, UI_compared_in, &tc->compared_in, 1));
    return arena_printf(a, "%s%s%s", cls, ui_in(lang, UI_colon), why);
}
