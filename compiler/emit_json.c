/* `jxc build -f json`: the checked program as JSON (cJSON), with the keys of the language
 * design's section 7 in a fixed order. Every number is written from its exact decimal text
 * (cJSON raw numbers), never through a double. Each table is built, printed and freed on its
 * own, so memory stays proportional to one table, not the whole input. */
#include <string.h>
#include <cjson/cJSON.h>
#include "check.h"
#include "emit.h"

const char *table_source_path(const Program *p, const Table *t) { return sources_get(p->sources, t->file)->path; }

int node_line(const Program *p, const Node *n) {
    return (int)source_linecol(sources_get(p->sources, n->span.file), n->span.off).line;
}

static cJSON *number(Decimal d) {
    char buf[DECIMAL_STR_MAX];
    decimal_format(d, buf);
    return cJSON_CreateRaw(buf);
}

static cJSON *pow10_number(int exp) {
    char buf[32] = "1";
    for (int i = 0; i < exp && i < 30; i++) buf[i + 1] = '0';
    buf[exp + 1 < 31 ? exp + 1 : 31] = 0;
    return cJSON_CreateRaw(buf);
}

static cJSON *str_or_null(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }

static cJSON *source_of(const Program *p, const Node *n) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "file", sources_get(p->sources, n->span.file)->path);
    cJSON_AddNumberToObject(o, "line", node_line(p, n));
    return o;
}

static void add_measure_parts(cJSON *o, const Value *v) {
    cJSON_AddItemToObject(o, "number", v->number_ok ? number(v->number) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "multiplier", pow10_number(value_total_exp(v)));
    cJSON_AddItemToObject(o, "unit", str_or_null(v->unit_def ? v->unit_def->name : v->unit));
}

static cJSON *value_json(Program *p, const Value *v) {
    if (!v) return cJSON_CreateNull();
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "text", value_text(p, v));
    cJSON_AddStringToObject(o, "kind", value_kind_name(v->kind));
    cJSON_AddItemToObject(o, "op", v->cmp ? cJSON_CreateString(cmp_ascii(v->cmp)) : cJSON_CreateNull());
    switch (v->kind) {
    case VK_MEASURE:
        add_measure_parts(o, v);
        cJSON_AddItemToObject(o, "dimension", str_or_null(v->dimension));
        if (v->label) cJSON_AddStringToObject(o, "label", v->label);
        break;
    case VK_RANGE: {
        cJSON *lo = cJSON_AddObjectToObject(o, "low"), *hi = cJSON_AddObjectToObject(o, "high");
        add_measure_parts(lo, v->lo);
        add_measure_parts(hi, v->hi);
        cJSON_AddItemToObject(o, "dimension", str_or_null(v->dimension));
        break;
    }
    case VK_REFERENCE:
        cJSON_AddStringToObject(o, "ref", v->text);
        cJSON_AddItemToObject(o, "amount", v->ref_resolved ? number(v->ref_amount) : cJSON_CreateNull());
        cJSON_AddStringToObject(o, "dimension", "货币");
        break;
    case VK_LEVEL:
        cJSON_AddStringToObject(o, "level", v->text);
        cJSON_AddItemToObject(o, "dimension", str_or_null(v->dimension));
        break;
    default:
        if (v->syntax == VX_STRING || v->syntax == VX_WORD) cJSON_ReplaceItemInObject(o, "text", cJSON_CreateString(v->text));
        break;
    }
    return o;
}

static cJSON *fund_json(FundLine *f) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", f->name);
    cJSON_AddItemToObject(o, "amount", f->has_amount || f->nchildren ? number(f->amount) : cJSON_CreateNull());
    cJSON *ch = cJSON_AddArrayToObject(o, "children");
    for (int i = 0; i < f->nchildren; i++) cJSON_AddItemToArray(ch, fund_json(f->children[i]));
    return o;
}

static cJSON *amount_json(const Value *v) { return v && v->number_ok ? number(v->number) : cJSON_CreateNull(); }

static cJSON *expense_json(ExpenseLine *e) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", e->name);
    cJSON_AddItemToObject(o, "half", amount_json(e->half));
    cJSON_AddItemToObject(o, "full", amount_json(e->full));
    cJSON *ch = cJSON_AddArrayToObject(o, "children");
    for (int i = 0; i < e->nchildren; i++) cJSON_AddItemToArray(ch, expense_json(e->children[i]));
    return o;
}

static cJSON *table_json(Program *p, Table *t) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", t->name);
    cJSON_AddItemToObject(o, "year", t->has_year ? cJSON_CreateNumber(t->year) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "form", str_or_null(t->form ? t->form->name : NULL));
    cJSON_AddItemToObject(o, "source", source_of(p, t->node));
    cJSON *fields = cJSON_AddObjectToObject(o, "fields");
    for (int i = 0; i < t->nfields; i++) cJSON_AddStringToObject(fields, t->fields[i].name, t->fields[i].text);
    cJSON_AddStringToObject(o, "money_unit", t->money_unit);
    cJSON *funds = cJSON_AddObjectToObject(o, "funds");
    if (t->funds.present) {
        cJSON_AddItemToObject(funds, "total", number(t->funds.total));
        cJSON_AddItemToObject(funds, "sum", number(t->funds.sum));
        cJSON_AddBoolToObject(funds, "total_written", t->funds.total_written);
    } else {
        cJSON_AddNullToObject(funds, "total");
        cJSON_AddNullToObject(funds, "sum");
        cJSON_AddBoolToObject(funds, "total_written", false);
    }
    cJSON *sources = cJSON_AddArrayToObject(funds, "sources");
    for (int i = 0; i < t->funds.nsources; i++) cJSON_AddItemToArray(sources, fund_json(t->funds.sources[i]));
    cJSON *exps = cJSON_AddArrayToObject(o, "expenses");
    for (int i = 0; i < t->nexpenses; i++) cJSON_AddItemToArray(exps, expense_json(t->expenses[i]));
    cJSON *inds = cJSON_AddArrayToObject(o, "indicators");
    for (int i = 0; i < t->nindicators; i++) {
        Indicator *ind = t->indicators[i];
        cJSON *io = cJSON_CreateObject();
        cJSON *path = cJSON_AddArrayToObject(io, "path");
        for (int k = 0; k < ind->depth; k++) cJSON_AddItemToArray(path, cJSON_CreateString(ind->path[k]));
        cJSON_AddItemToObject(io, "half", value_json(p, ind->half));
        cJSON_AddItemToObject(io, "full", value_json(p, ind->full));
        cJSON_AddItemToObject(io, "note", ind->note ? cJSON_CreateString(ind->note->text) : cJSON_CreateNull());
        cJSON_AddItemToObject(io, "group", str_or_null(ind->group));
        cJSON_AddItemToObject(io, "source", source_of(p, ind->via_ref ? ind->via_ref : ind->node));
        cJSON_AddItemToArray(inds, io);
    }
    return o;
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

static int write_tables(Program *p, FILE *out, TableKind kind) {
    bool first = true;
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        if (t->kind != kind) continue;
        fputs(first ? "\n\t\t" : ",\n\t\t", out);
        first = false;
        cJSON *o = table_json(p, t);
        int r = print_indented(out, o, 2);
        cJSON_Delete(o);
        if (r) return r;
    }
    fputs(first ? "]" : "\n\t]", out);
    return 0;
}

int emit_json(Program *p, const Options *o, FILE *out) {
    fputs("{\n\t\"version\":\t1,\n\t\"projects\":\t[", out);
    if (write_tables(p, out, TABLE_PROJECT)) return 2;
    fputs(",\n\t\"departments\":\t[", out);
    if (write_tables(p, out, TABLE_DEPARTMENT)) return 2;
    fputs(",\n\t\"diagnostics\":\t", out);
    cJSON *d = diags_to_json(p->diags, o->lang);
    int r = print_indented(out, d, 1);
    cJSON_Delete(d);
    fputs("\n}\n", out);
    return r || ferror(out) ? 2 : 0;
}
