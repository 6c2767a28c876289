/* `jxc build -f json`: the checked program as JSON (cJSON), with the keys of the language
 * design's section 7 in a fixed order, in cJSON's formatted layout. Every number is written
 * from its exact decimal text, never through a double. The tables are streamed (json_out.c);
 * the diagnostics go through cJSON (diags_to_json). */
#include <string.h>
#include <cjson/cJSON.h>
#include "model/model.h"
#include "emit/emit.h"
#include "emit/json_out.h"

const char *table_source_path(const Program *p, const Table *t) { return sources_get(p->sources, t->file)->path; }

int node_line(const Program *p, const Node *n) {
    return (int)source_linecol(sources_get(p->sources, n->span.file), n->span.off).line;
}

/* The tables are written straight from the checked program by a streaming writer with
 * cJSON's layout (json_out.c): building a cJSON tree for each table, printing it and freeing
 * it took three quarters of the time of `jxc build -f json`. A string that is NULL is left
 * out with its key, as cJSON_AddStringToObject leaves it out. */

static void number(JsonOut *j, Decimal d) {
    char buf[DECIMAL_STR_MAX];
    decimal_format(d, buf);
    json_raw(j, buf);
}

static void pow10_number(JsonOut *j, int exp) {
    char buf[32] = "1";
    for (int i = 0; i < exp && i < 30; i++) buf[i + 1] = '0';
    buf[exp + 1 < 31 ? exp + 1 : 31] = 0;
    json_raw(j, buf);
}

/* K("name"): a key's quoted form, made by the compiler (JSON_KEY), for the helpers below. */
#define K(lit) "\"" lit "\":\t", sizeof("\"" lit "\":\t") - 1

static void key_string(JsonOut *j, const char *qkey, size_t qn, const char *s) {
    if (!s) return;
    json_key_text(j, qkey, qn);
    json_string(j, s);
}

static void key_string_or_null(JsonOut *j, const char *qkey, size_t qn, const char *s) {
    json_key_text(j, qkey, qn);
    json_string(j, s);
}

/* The "source" of every table and indicator is looked up in the order of the text: the line
 * of the last one is where the search for the next starts (source_line_of). */
static struct {
    uint32_t file, hint;
} line_cursor;

static void source_of(JsonOut *j, const Program *p, const Node *n) {
    SourceFile *f = sources_get(p->sources, n->span.file);
    if (line_cursor.file != n->span.file) line_cursor.file = n->span.file, line_cursor.hint = 0;
    json_begin_object(j);
    key_string(j, K("file"), f->path);
    JSON_KEY(j, "line");
    json_int(j, source_line_of(f, n->span.off, &line_cursor.hint));
    json_end_object(j);
}

static void measure_parts(JsonOut *j, const Value *v) {
    JSON_KEY(j, "number");
    if (v->number_ok) number(j, v->number);
    else json_null(j);
    JSON_KEY(j, "multiplier");
    pow10_number(j, value_total_exp(v));
    key_string_or_null(j, K("unit"), v->unit_def ? v->unit_def->name : v->unit);
}

static void value_json(JsonOut *j, Program *p, const Value *v) {
    if (!v) {
        json_null(j);
        return;
    }
    json_begin_object(j);
    bool own_text = v->kind != VK_MEASURE && v->kind != VK_RANGE && v->kind != VK_REFERENCE && v->kind != VK_LEVEL &&
                    (v->syntax == VX_STRING || v->syntax == VX_WORD);
    key_string(j, K("text"), own_text ? v->text : value_text(p, v));
    key_string(j, K("kind"), value_kind_name(v->kind));
    key_string_or_null(j, K("op"), v->cmp ? cmp_ascii(v->cmp) : NULL);
    switch (v->kind) {
    case VK_MEASURE:
        measure_parts(j, v);
        key_string_or_null(j, K("dimension"), v->dimension);
        if (v->label) key_string(j, K("label"), v->label);
        break;
    case VK_RANGE:
        JSON_KEY(j, "low");
        json_begin_object(j);
        measure_parts(j, v->lo);
        json_end_object(j);
        JSON_KEY(j, "high");
        json_begin_object(j);
        measure_parts(j, v->hi);
        json_end_object(j);
        key_string_or_null(j, K("dimension"), v->dimension);
        break;
    case VK_REFERENCE:
        key_string(j, K("ref"), v->text);
        JSON_KEY(j, "amount");
        if (v->ref_resolved) number(j, v->ref_amount);
        else json_null(j);
        key_string(j, K("dimension"), "货币");
        break;
    case VK_LEVEL:
        key_string(j, K("level"), v->text);
        key_string_or_null(j, K("dimension"), v->dimension);
        break;
    default:
        break;
    }
    json_end_object(j);
}

static void fund_json(JsonOut *j, FundLine *f) {
    json_begin_object(j);
    key_string(j, K("name"), f->name);
    JSON_KEY(j, "amount");
    if (f->has_amount || f->nchildren) number(j, f->amount);
    else json_null(j);
    JSON_KEY(j, "children");
    json_begin_array(j);
    for (int i = 0; i < f->nchildren; i++) fund_json(j, f->children[i]);
    json_end_array(j);
    json_end_object(j);
}

static void amount_json(JsonOut *j, const Value *v) {
    if (v && v->number_ok) number(j, v->number);
    else json_null(j);
}

static void expense_json(JsonOut *j, ExpenseLine *e) {
    json_begin_object(j);
    key_string(j, K("name"), e->name);
    JSON_KEY(j, "half");
    amount_json(j, e->half);
    JSON_KEY(j, "full");
    amount_json(j, e->full);
    JSON_KEY(j, "children");
    json_begin_array(j);
    for (int i = 0; i < e->nchildren; i++) expense_json(j, e->children[i]);
    json_end_array(j);
    json_end_object(j);
}

static void funds_json(JsonOut *j, const Funds *fu) {
    json_begin_object(j);
    JSON_KEY(j, "total");
    if (fu->present) number(j, fu->total);
    else json_null(j);
    JSON_KEY(j, "sum");
    if (fu->present) number(j, fu->sum);
    else json_null(j);
    JSON_KEY(j, "total_written");
    json_bool(j, fu->present && fu->total_written);
    JSON_KEY(j, "sources");
    json_begin_array(j);
    for (int i = 0; i < fu->nsources; i++) fund_json(j, fu->sources[i]);
    json_end_array(j);
    json_end_object(j);
}

static void indicators_json(JsonOut *j, Program *p, const Table *t, Indicator *const *inds, int n) {
    json_begin_array(j);
    for (int i = 0; i < n; i++) {
        Indicator *ind = inds[i];
        json_begin_object(j);
        JSON_KEY(j, "path");
        json_begin_array(j);
        for (int k = 0; k < ind->depth; k++)
            if (ind->path[k]) json_string(j, ind->path[k]);
        json_end_array(j);
        JSON_KEY(j, "half");
        value_json(j, p, ind->half);
        JSON_KEY(j, "full");
        value_json(j, p, ind->full);
        key_string_or_null(j, K("note"), ind->note ? ind->note->text : NULL);
        bool cells = false;
        for (int k = 0; ind->cols && k < t->form->ncolumns; k++) cells |= ind->cols[k].text != NULL;
        if (cells) {
            /* The cells of the form's 指标列 that the indicator fills, in the form's order: a
             * score as a number, the others as written. */
            JSON_KEY(j, "columns");
            json_begin_object(j);
            for (int k = 0; k < t->form->ncolumns; k++) {
                const IndicatorColumn *cell = &ind->cols[k];
                if (!cell->text) continue;
                json_key(j, t->form->columns[k].name);
                if (cell->has_number) number(j, cell->number);
                else json_string(j, cell->text);
            }
            json_end_object(j);
        }
        key_string_or_null(j, K("group"), ind->group);
        JSON_KEY(j, "source");
        source_of(j, p, ind->via_ref ? ind->via_ref : ind->node);
        json_end_object(j);
    }
    json_end_array(j);
}

static void table_json(JsonOut *j, Program *p, Table *t) {
    json_begin_object(j);
    key_string(j, K("name"), t->name);
    JSON_KEY(j, "year");
    if (t->has_year) json_int(j, t->year);
    else json_null(j);
    key_string_or_null(j, K("form"), t->form ? t->form->name : NULL);
    key_string_or_null(j, K("framework"), t->framework ? t->framework->name : NULL);
    JSON_KEY(j, "source");
    source_of(j, p, t->node);
    JSON_KEY(j, "fields");
    json_begin_object(j);
    for (int i = 0; i < t->nfields; i++)
        if (t->fields[i].text) json_key(j, t->fields[i].name), json_string(j, t->fields[i].text);
    json_end_object(j);
    key_string(j, K("money_unit"), t->money_unit);
    JSON_KEY(j, "funds");
    funds_json(j, &t->funds);
    JSON_KEY(j, "expenses");
    json_begin_array(j);
    for (int i = 0; i < t->nexpenses; i++) expense_json(j, t->expenses[i]);
    json_end_array(j);
    JSON_KEY(j, "indicators");
    indicators_json(j, p, t, t->indicators, t->nindicators);
    if (t->form && t->form->mid_name) {
        /* The form's mid-term set (中央部门项目's 中期): its funds and indicators. */
        JSON_KEY(j, "mid_term");
        json_begin_object(j);
        key_string(j, K("name"), t->form->mid_name);
        JSON_KEY(j, "funds");
        funds_json(j, &t->mid_funds);
        JSON_KEY(j, "indicators");
        indicators_json(j, p, t, t->mid, t->nmid);
        json_end_object(j);
    }
    json_end_object(j);
}

/* Prints `item` (formatted, with tabs, as cJSON does) indented by `depth` tabs. */
static int print_indented(FILE *out, cJSON *item, int depth) {
    char *s = cJSON_Print(item);
    if (!s) return 2;
    /* A line at a time: one fwrite a line, not one fputc a byte. */
    static const char tabs[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";
    for (char *c = s; *c;) {
        char *nl = strchr(c, '\n');
        size_t n = nl ? (size_t)(nl - c) + 1 : strlen(c);
        fwrite(c, 1, n, out);
        if (nl) fwrite(tabs, 1, (size_t)(depth < 16 ? depth : 16), out);
        c += n;
    }
    cJSON_free(s);
    return 0;
}

/* The tables of one kind, in one writer for the whole document: its buffer goes out in
 * blocks of 64 KiB, not in a write or more for every table. */
static void write_tables(JsonOut *j, Program *p, TableKind kind) {
    bool first = true;
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        if (t->kind != kind) continue;
        json_out_text(j, first ? "\n\t\t" : ",\n\t\t");
        first = false;
        table_json(j, p, t);
    }
    json_out_text(j, first ? "]" : "\n\t]");
}

int emit_json(Program *p, const EmitOptions *o, Sink *sink) {
    FILE *out = sink->out;
    line_cursor.file = UINT32_MAX;
    static JsonOut j; /* 64 KiB of buffer: not on the stack */
    json_out_init(&j, out, 2);
    json_out_text(&j, "{\n\t\"version\":\t1,\n\t\"projects\":\t[");
    write_tables(&j, p, TABLE_PROJECT);
    json_out_text(&j, ",\n\t\"departments\":\t[");
    write_tables(&j, p, TABLE_DEPARTMENT);
    json_out_flush(&j);
    fputs(",\n\t\"diagnostics\":\t", out);
    cJSON *d = diags_to_json(p->diags, o->lang);
    int r = print_indented(out, d, 1);
    cJSON_Delete(d);
    fputs("\n}\n", out);
    return r || ferror(out) ? 2 : 0;
}
