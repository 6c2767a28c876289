/* jxc diff -f json: the changes for tools. The keys are English and fixed (docs/review.md
 * describes each); every amount is the exact decimal, written as a JSON number from its text,
 * never through a double. */
#include <string.h>
#include <cjson/cJSON.h>
#include "review/diff.h"

static cJSON *num(Decimal d) {
    char buf[DECIMAL_STR_MAX];
    decimal_format(d, buf);
    return cJSON_CreateRaw(buf);
}

static cJSON *str_or_null(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }

static const char *change_word(ChangeKind k) {
    static const char *w[] = {"changed", "added", "removed", "renamed"};
    return w[k];
}

static cJSON *path_json(const char *const *path, int n) {
    cJSON *a = cJSON_CreateArray();
    for (int i = 0; i < n; i++) cJSON_AddItemToArray(a, cJSON_CreateString(path[i]));
    return a;
}

static void add_table_key(cJSON *o, const Table *t) {
    cJSON_AddStringToObject(o, "kind", t->kind == TABLE_PROJECT ? "project" : "department");
    cJSON_AddStringToObject(o, "name", t->name);
    cJSON_AddItemToObject(o, "year", t->has_year ? cJSON_CreateNumber(t->year) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "unit", str_or_null(t->unit_name && *t->unit_name ? t->unit_name : NULL));
}

static cJSON *amount_json(const AmountChange *ac) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "change", change_word(ac->change));
    cJSON_AddItemToObject(o, "path", path_json(ac->path, ac->depth));
    cJSON_AddItemToObject(o, "column", str_or_null(ac->column));
    cJSON_AddBoolToObject(o, "total", ac->is_total);
    cJSON_AddItemToObject(o, "old", ac->has_old ? num(ac->old) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "new", ac->has_new ? num(ac->new_) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "unit", str_or_null(ac->unit));
    cJSON_AddItemToObject(o, "difference", ac->has_delta ? num(ac->delta) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "percent", ac->has_pct ? num(ac->pct) : cJSON_CreateNull());
    return o;
}

static cJSON *target_json(Arena *a, Lang lang, const TargetChange *t, bool compared) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "column", t->column);
    cJSON_AddItemToObject(o, "old", str_or_null(t->old_text));
    cJSON_AddItemToObject(o, "new", str_or_null(t->new_text));
    cJSON_AddItemToObject(o, "class", compared ? cJSON_CreateString(class_key(t->cls)) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "reason", str_or_null(compared ? t->reason : NULL));
    const char *detail = t->reason_arg;
    if (detail && strchr(detail, '\x1f')) { /* kind_changed, replaced_by_…: two kinds */
        const char *sep = strchr(detail, '\x1f');
        detail = arena_printf(a, "%.*s → %s", (int)(sep - detail - 5), detail + 5, sep + 6); /* "kind_measure" → "measure" */
    }
    cJSON_AddItemToObject(o, "detail", str_or_null(compared ? detail : NULL));
    cJSON_AddItemToObject(o, "compared_in", str_or_null(compared ? t->compared_in : NULL));
    cJSON_AddItemToObject(o, "message", compared ? cJSON_CreateString(reason_text(a, lang, t)) : cJSON_CreateNull());
    return o;
}

static cJSON *indicator_json(Arena *a, Lang lang, const IndicatorChange *ic) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "change", change_word(ic->change));
    const Indicator *first = ic->old ? ic->old : ic->new_;
    cJSON_AddItemToObject(o, "path", path_json(first->path, first->depth));
    cJSON_AddItemToObject(o, "new_path", ic->change == CH_RENAMED ? path_json(ic->new_->path, ic->new_->depth) : cJSON_CreateNull());
    cJSON *ts = cJSON_AddArrayToObject(o, "targets");
    for (int i = 0; i < ic->ntargets; i++) cJSON_AddItemToArray(ts, target_json(a, lang, &ic->targets[i], ic->change == CH_CHANGED || ic->change == CH_REMOVED));
    if (ic->note_changed) {
        cJSON *n = cJSON_AddObjectToObject(o, "note");
        cJSON_AddItemToObject(n, "old", str_or_null(ic->old->note ? ic->old->note->text : NULL));
        cJSON_AddItemToObject(n, "new", str_or_null(ic->new_->note ? ic->new_->note->text : NULL));
    } else {
        cJSON_AddNullToObject(o, "note");
    }
    if (ic->ncells) { /* the 指标列 cells that differ, only when some do */
        cJSON *cs = cJSON_AddArrayToObject(o, "columns");
        for (int i = 0; i < ic->ncells; i++) {
            cJSON *cell = cJSON_CreateObject();
            cJSON_AddStringToObject(cell, "name", ic->cell_names[i]);
            cJSON_AddItemToObject(cell, "old", str_or_null(ic->cell_old[i]));
            cJSON_AddItemToObject(cell, "new", str_or_null(ic->cell_new[i]));
            cJSON_AddItemToArray(cs, cell);
        }
    }
    return o;
}

static cJSON *table_json(Arena *a, Lang lang, const TableDiff *td) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "change", td->moved ? "moved" : td->renamed ? "renamed" : change_word(td->change));
    add_table_key(o, td->t);
    if (td->moved) /* matched by kind, name and 年度: the unit it had */
        cJSON_AddItemToObject(o, "old_unit", str_or_null(td->old->unit_name && *td->old->unit_name ? td->old->unit_name : NULL));
    if (td->renamed) /* matched by kind, 年度, 实施单位 and its own indicators: the name it had */
        cJSON_AddStringToObject(o, "old_name", td->old->name);
    cJSON *fields = cJSON_AddArrayToObject(o, "fields");
    for (int i = 0; i < td->fields.len; i++) {
        const FieldChange *f = td->fields.items[i];
        cJSON *fo = cJSON_CreateObject();
        cJSON_AddStringToObject(fo, "change", change_word(f->change));
        cJSON_AddStringToObject(fo, "name", f->name);
        cJSON_AddItemToObject(fo, "old", str_or_null(f->old));
        cJSON_AddItemToObject(fo, "new", str_or_null(f->new_));
        cJSON_AddItemToArray(fields, fo);
    }
    cJSON *funds = cJSON_AddArrayToObject(o, "funds"), *exps = cJSON_AddArrayToObject(o, "expenses");
    for (int i = 0; i < td->amounts.len; i++) {
        const AmountChange *ac = td->amounts.items[i];
        cJSON_AddItemToArray(ac->is_expense ? exps : funds, amount_json(ac));
    }
    cJSON *inds = cJSON_AddArrayToObject(o, "indicators");
    for (int i = 0; i < td->indicators.len; i++) cJSON_AddItemToArray(inds, indicator_json(a, lang, td->indicators.items[i]));
    if (td->change == CH_CHANGED) {
        cJSON *c = cJSON_AddObjectToObject(o, "targets");
        cJSON_AddNumberToObject(c, "tightened", td->tightened);
        cJSON_AddNumberToObject(c, "loosened", td->loosened);
        cJSON_AddNumberToObject(c, "changed", td->changed_targets);
    } else {
        /* An added or removed table: what it holds. */
        const Table *t = td->t;
        cJSON_AddItemToObject(o, "funds_total", t->funds.present ? num(t->funds.total) : cJSON_CreateNull());
        cJSON_AddItemToObject(o, "money_unit", str_or_null(t->money_unit));
        cJSON_AddNumberToObject(o, "indicator_count", t->nindicators);
    }
    return o;
}

static cJSON *counts3(const int *n) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "changed", n[CH_CHANGED]);
    cJSON_AddNumberToObject(o, "added", n[CH_ADDED]);
    cJSON_AddNumberToObject(o, "removed", n[CH_REMOVED]);
    cJSON_AddNumberToObject(o, "moved", n[3]); /* of the changed: matched without their 实施单位 */
    cJSON_AddNumberToObject(o, "renamed", n[4]); /* of the changed: matched by their own indicators */
    return o;
}

int diff_render_json(const DiffResult *d, const DiffOutput *out_opts, const char *old_path, const char *new_path, FILE *out) {
    Arena *a = d->arena;
    Lang lang = out_opts->lang;
    cJSON *root = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "version", 1);
    cJSON_AddItemToObject(root, "path", str_or_null(out_opts->title));
    cJSON_AddStringToObject(root, "old", old_path);
    cJSON_AddStringToObject(root, "new", new_path);
    cJSON_AddBoolToObject(root, "differences", d->tables.len > 0 || d->nevaluations > 0);
    cJSON *warnings = cJSON_AddArrayToObject(root, "warnings");
    for (int i = 0; i < d->tables.len; i++) {
        const TableDiff *td = d->tables.items[i];
        if (td->change != CH_CHANGED || !td->total_grew || td->loosened == 0) continue;
        cJSON *w = cJSON_CreateObject();
        cJSON_AddStringToObject(w, "code", "budget_grows_targets_loosen");
        add_table_key(w, td->t);
        const AmountChange *t = td->total;
        cJSON_AddItemToObject(w, "total_old", t && t->has_old ? num(t->old) : cJSON_CreateNull());
        cJSON_AddItemToObject(w, "total_new", t && t->has_new ? num(t->new_) : cJSON_CreateNull());
        cJSON_AddItemToObject(w, "money_unit", str_or_null(t ? t->unit : td->t->money_unit));
        cJSON_AddNumberToObject(w, "loosened", td->loosened);
        /* Of them: targets deleted, and measures (or levels) replaced by a level or by text. */
        cJSON *by = cJSON_AddObjectToObject(w, "loosened_by");
        cJSON_AddNumberToObject(by, "removed", td->loosened_removed);
        cJSON_AddNumberToObject(by, "replaced_by_level", td->loosened_to_level);
        cJSON_AddNumberToObject(by, "replaced_by_text", td->loosened_to_text);
        cJSON_AddNumberToObject(by, "other", td->loosened - td->loosened_removed - td->loosened_to_level - td->loosened_to_text);
        cJSON_AddItemToArray(warnings, w);
    }
    cJSON *tables = cJSON_AddArrayToObject(root, "tables");
    for (int i = 0; i < d->tables.len; i++) cJSON_AddItemToArray(tables, table_json(a, lang, d->tables.items[i]));
    if (d->evaluations) cJSON_AddItemToObject(root, "evaluations", d->evaluations);
    cJSON *s = cJSON_AddObjectToObject(root, "summary");
    cJSON_AddItemToObject(s, "projects", counts3(d->n.projects));
    cJSON_AddItemToObject(s, "departments", counts3(d->n.departments));
    cJSON *ind = cJSON_AddObjectToObject(s, "indicators");
    cJSON_AddNumberToObject(ind, "added", d->n.ind_added);
    cJSON_AddNumberToObject(ind, "removed", d->n.ind_removed);
    cJSON_AddNumberToObject(ind, "renamed", d->n.ind_renamed);
    cJSON_AddNumberToObject(ind, "changed", d->n.ind_changed);
    cJSON *tg = cJSON_AddObjectToObject(s, "targets");
    cJSON_AddNumberToObject(tg, "tightened", d->n.tightened);
    cJSON_AddNumberToObject(tg, "loosened", d->n.loosened);
    cJSON_AddNumberToObject(tg, "changed", d->n.changed);
    cJSON_AddNumberToObject(s, "amounts", d->n.amounts);
    cJSON_AddNumberToObject(s, "fields", d->n.fields);
    cJSON_AddNumberToObject(s, "warnings", d->warnings);
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text) return 2;
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
    return ferror(out) ? 2 : 0;
}
