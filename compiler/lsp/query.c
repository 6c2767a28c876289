/* What is at the cursor: completion, hover and go to definition.
 *
 * Completion reads the text around the cursor, not the syntax tree, so that it works on
 * half-typed input that does not parse: a small scanner (strings, comments, braces, words)
 * finds the blocks the cursor is in (项目 › 指标 › 产出指标), the words of the statement
 * before it, and the form in scope (the block's 表式, else the file's 默认's). Hover and
 * definition read the tree and the checked program. */
#include <cJSON.h>
#include <stdlib.h>
#include <string.h>
#include "base/utf8.h"
#include "check/check.h"
#include "diag/ui.h"
#include "front/lang.h"
#include "lsp/lsp.h"

/* ---- the scanner ------------------------------------------------------------------------------- */

enum { MAX_FRAMES = 64, MAX_WORDS = 8, MAX_WRITTEN = 256 };

typedef struct Word {
    size_t from, to;
} Word;

typedef struct Context {
    /* at the cursor */
    Word frames[MAX_FRAMES]; /* the first word of each enclosing block's statement */
    int depth;
    Word words[MAX_WORDS];   /* the statement's words before the cursor (the partial one excluded) */
    int nwords;
    size_t partial_from;     /* the word being typed: [partial_from, cursor) */
    bool in_string, in_comment;
    /* around it */
    Word block_form;         /* the 表式 of the top-level block the cursor is in */
    Word written[MAX_WRITTEN]; /* the first words of that block's own statements (its fields) */
    int nwritten;
    Word default_form;       /* the 表式 of the file's 默认 */
} Context;

static bool is_blank(const char *s, size_t i, size_t n, size_t *w) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
        *w = 1;
        return true;
    }
    if (i + 3 <= n && memcmp(s + i, "\u3000", 3) == 0) {
        *w = 3;
        return true;
    }
    return false;
}

static bool word_is(const char *text, Word w, const char *s) {
    size_t n = strlen(s);
    return w.to - w.from == n && memcmp(text + w.from, s, n) == 0;
}

static void scan(const char *text, size_t len, size_t cursor, Context *c) {
    memset(c, 0, sizeof *c);
    Word frames[MAX_FRAMES], words[MAX_WORDS];
    int depth = 0, nwords = 0, skipped = 0; /* skipped: braces deeper than MAX_FRAMES */
    bool at_cursor_done = false, after_block = false;
    Word pending_form = {0, 0}; /* the current top-level block's 表式 */
    Word written[MAX_WRITTEN];
    int nwritten = 0;
    size_t i = 0, word_start = SIZE_MAX;
#define END_WORD()                                                                          \
    do {                                                                                    \
        if (word_start != SIZE_MAX) {                                                       \
            if (nwords < MAX_WORDS) words[nwords++] = (Word){word_start, i};                \
            if (nwords == 2 && depth == 1 && word_is(text, words[0], "表式")) pending_form = words[1]; \
            if (nwords == 1 && depth == 1 && nwritten < MAX_WRITTEN && !(word_start <= cursor && cursor <= i)) \
                written[nwritten++] = words[0];                                             \
            word_start = SIZE_MAX;                                                          \
        }                                                                                   \
    } while (0)
    for (;;) {
        if (!at_cursor_done && i >= cursor) {
            at_cursor_done = true;
            memcpy(c->frames, frames, sizeof frames[0] * (size_t)(depth < MAX_FRAMES ? depth : MAX_FRAMES));
            c->depth = depth;
            int nw = nwords;
            if (word_start != SIZE_MAX) c->partial_from = word_start;
            else c->partial_from = cursor;
            memcpy(c->words, words, sizeof words[0] * (size_t)nw);
            c->nwords = nw;
        }
        if (after_block || i >= len) break;
        size_t w;
        char ch = text[i];
        if (ch == '#') {
            END_WORD();
            size_t j = i;
            while (j < len && text[j] != '\n') j++;
            if (!at_cursor_done && cursor > i && cursor <= j) c->in_comment = true;
            i = j;
            continue;
        }
        if (ch == '"') {
            size_t j;
            if (i + 3 <= len && memcmp(text + i, "\"\"\"", 3) == 0) {
                const char *e = NULL;
                for (size_t k = i + 3; k + 3 <= len && !e; k++)
                    if (memcmp(text + k, "\"\"\"", 3) == 0) e = text + k;
                j = e ? (size_t)(e - text) + 3 : len;
            } else {
                j = i + 1;
                while (j < len && text[j] != '"' && text[j] != '\n') j += text[j] == '\\' && j + 1 < len && text[j + 1] != '\n' ? 2 : 1;
                if (j < len && text[j] == '"') j++;
            }
            if (!at_cursor_done && cursor > i && cursor < j + (j == len)) c->in_string = true;
            if (word_start == SIZE_MAX) word_start = i;
            i = j;
            if (!at_cursor_done && cursor <= i) continue;
            END_WORD();
            continue;
        }
        if (ch == '\n' || ch == ';') {
            END_WORD();
            nwords = 0;
            i++;
            continue;
        }
        if (is_blank(text, i, len, &w)) {
            END_WORD();
            i += w;
            continue;
        }
        if (ch == '{') {
            END_WORD();
            if (depth < MAX_FRAMES) frames[depth] = nwords ? words[0] : (Word){i, i};
            else skipped++;
            if (depth == 0) {
                pending_form = (Word){0, 0};
                nwritten = 0;
            }
            depth++;
            nwords = 0;
            i++;
            continue;
        }
        if (ch == '}') {
            END_WORD();
            if (depth > 0) {
                depth--;
                if (depth == 0) {
                    if (word_is(text, frames[0], "默认") && pending_form.to > pending_form.from && c->default_form.to == 0)
                        c->default_form = pending_form;
                    if (at_cursor_done) after_block = true; /* the cursor's block is done: its 表式 is known */
                }
            }
            nwords = 0;
            i++;
            continue;
        }
        if (word_start == SIZE_MAX) word_start = i;
        i++;
    }
    END_WORD();
#undef END_WORD
    if (c->depth > 0) {
        c->block_form = pending_form;
        memcpy(c->written, written, sizeof written[0] * (size_t)nwritten);
        c->nwritten = nwritten;
    }
    /* The 默认 may come after the cursor. */
    if (c->default_form.to == 0) {
        for (const char *s = text; (s = strstr(s, "默认")) != NULL; s++) {
            const char *t = strstr(s, "表式");
            if (!t) break;
            t += strlen("表式");
            while (*t == ' ' || *t == '\t') t++;
            const char *e = t;
            while (*e && *e != ' ' && *e != '\t' && *e != '\n' && *e != '\r' && *e != '}' && *e != ';' && *e != '#') e++;
            if (e > t) c->default_form = (Word){(size_t)(t - text), (size_t)(e - text)};
            break;
        }
    }
}

/* ---- completion ---------------------------------------------------------------------------------- */

enum { CK_FIELD = 5, CK_MODULE = 9, CK_UNIT = 11, CK_KEYWORD = 14, CK_REFERENCE = 18, CK_ENUM_MEMBER = 20,
       CK_CLASS = 7, CK_CONSTANT = 21 };

typedef struct Items {
    cJSON *list;
    Analysis *a;
    const char *text;
    size_t len, from, to;
    struct StrMap *seen;
} Items;

static void add_item(Items *it, const char *label, int kind, const char *detail) {
    if (!label || !*label || strmap_get(it->seen, label)) return;
    strmap_put(it->seen, label, (void *)1);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "label", label);
    cJSON_AddNumberToObject(o, "kind", kind);
    if (detail) cJSON_AddStringToObject(o, "detail", detail);
    cJSON *e = cJSON_AddObjectToObject(o, "textEdit");
    cJSON_AddItemToObject(e, "range", range_json(it->text, it->len, it->from, it->to));
    cJSON_AddStringToObject(e, "newText", label);
    cJSON_AddItemToArray(it->list, o);
}

typedef struct Keys {
    PtrVec v;
    Arena *a;
} Keys;
static void collect(const char *key, void *value, void *arg) {
    (void)value;
    Keys *k = arg;
    ptrvec_push(k->a, &k->v, (void *)key);
}
static int by_text(const void *x, const void *y) { return strcmp(*(const char *const *)x, *(const char *const *)y); }
static void sorted_keys(Arena *a, const StrMap *m, Keys *out) {
    out->a = a;
    memset(&out->v, 0, sizeof out->v);
    strmap_each(m, collect, out);
    if (out->v.len > 1) qsort(out->v.items, (size_t)out->v.len, sizeof out->v.items[0], by_text);
}

static const Form *form_named(Program *p, const char *text, Word w) {
    if (w.to <= w.from) return NULL;
    const char *name = arena_strndup(p->arena, text + w.from, w.to - w.from);
    if (name[0] == '"' && strlen(name) >= 2) name = arena_strndup(p->arena, name + 1, strlen(name) - 2);
    const Form *f = strmap_get(&p->forms, name);
    if (!f) {
        const char *alias = strmap_get(&p->aliases, name);
        if (alias) f = strmap_get(&p->forms, alias);
    }
    return f;
}

/* The 一级 of every framework of f (or of every form), in order. */
static void add_tops(Items *it, Program *p, const Form *f, Lang lang) {
    Keys forms;
    if (!f) sorted_keys(p->arena, &p->forms, &forms);
    int nf = f ? 1 : forms.v.len;
    for (int k = 0; k < nf; k++) {
        const Form *g = f ? f : strmap_get(&p->forms, forms.v.items[k]);
        for (int w = 0; w < g->nframeworks; w++)
            for (int i = 0; i < g->frameworks[w].ntops; i++) add_item(it, g->frameworks[w].tops[i].name, CK_CLASS, ui_in(lang, UI_lsp_c_top));
    }
}

static void add_subs(Items *it, Program *p, const Form *f, const char *top, Lang lang) {
    Keys forms;
    if (!f) sorted_keys(p->arena, &p->forms, &forms);
    int nf = f ? 1 : forms.v.len;
    for (int k = 0; k < nf; k++) {
        const Form *g = f ? f : strmap_get(&p->forms, forms.v.items[k]);
        for (int w = 0; w < g->nframeworks; w++) {
            const Framework *fw = &g->frameworks[w];
            const char *name = alias_of(p, g, fw, top);
            int at;
            const TopCategoryDef *t = framework_top(fw, name ? name : top, &at);
            if (!t) continue;
            for (int i = 0; i < t->nsubs; i++) add_item(it, t->subs[i].name, CK_ENUM_MEMBER, ui_in(lang, UI_lsp_c_sub));
        }
    }
}

static void add_map(Items *it, Program *p, const StrMap *m, int kind, const char *detail) {
    Keys k;
    sorted_keys(p->arena, m, &k);
    for (int i = 0; i < k.v.len; i++) add_item(it, k.v.items[i], kind, detail);
}

static void add_units(Items *it, Program *p) {
    Keys k;
    sorted_keys(p->arena, &p->units, &k);
    for (int i = 0; i < k.v.len; i++) {
        const Unit *u = strmap_get(&p->units, k.v.items[i]);
        if (strchr(u->name, '/') && u->decl.len == 0) continue; /* a compound made on use */
        add_item(it, u->name, CK_UNIT, u->dimension);
    }
}

static const char *const comparators[] = {"≥", "≤", "＞", "＜", "＝", "≠", "≧", "≦", ">=", "<=", ">", "<", "=", NULL};

/* The end of the number (and multiplier) a word being typed starts with, after any comparator;
 * 0 if it does not start with a number. */
static size_t number_end(const char *s, size_t n) {
    size_t i = 0;
    for (int k = 0; comparators[k]; k++) {
        size_t l = strlen(comparators[k]);
        if (n >= l && memcmp(s, comparators[k], l) == 0) {
            i = l;
            break;
        }
    }
    size_t d = i;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ',')) i++;
    if (i == d) return 0;
    static const char *const mults[] = {"十万", "百万", "千万", "千", "万", "亿", NULL};
    for (int k = 0; mults[k]; k++) {
        size_t l = strlen(mults[k]);
        if (n - i >= l && memcmp(s + i, mults[k], l) == 0) {
            i += l;
            break;
        }
    }
    return i;
}

static const char *word_text(Arena *a, const char *text, Word w) { return arena_strndup(a, text + w.from, w.to - w.from); }

static const FieldDef *field_def(Program *p, const Form *f, const char *name) {
    if (!f) return NULL;
    const char *alias = alias_of(p, f, NULL, name);
    for (int i = 0; i < f->nfields; i++)
        if (strcmp(f->fields[i].name, name) == 0 || (alias && strcmp(f->fields[i].name, alias) == 0)) return &f->fields[i];
    return NULL;
}

static void add_sources(Items *it, SourceDef *const *defs, int n, Lang lang) {
    for (int i = 0; i < n; i++) add_item(it, defs[i]->name, CK_FIELD, ui_in(lang, UI_lsp_c_source));
}

cJSON *lsp_completion(Analysis *a, size_t off, Lang lang) {
    const Doc *d = a->doc;
    Program *p = &a->lookup->program;
    Context c;
    scan(d->text, d->len, off, &c);
    StrMap seen;
    strmap_init(&seen, &a->c.arena);
    Items it = {cJSON_CreateArray(), a, d->text, d->len, c.partial_from, off, &seen};
    cJSON *result = cJSON_CreateObject();
    cJSON_AddFalseToObject(result, "isIncomplete");
    cJSON_AddItemToObject(result, "items", it.list);
    if (c.in_string || c.in_comment || c.depth > MAX_FRAMES) return result;
    const char *kw = ui_in(lang, UI_lsp_c_keyword);
    const Form *f = form_named(p, d->text, c.block_form);
    if (!f) f = form_named(p, d->text, c.default_form);
    const char *top = c.depth ? word_text(&a->c.arena, d->text, c.frames[0]) : "";
    const char *first = c.nwords ? word_text(&a->c.arena, d->text, c.words[0]) : NULL;

    if (c.depth == 0) {
        if (c.nwords == 0) {
            static const char *const decls[] = {"导入", "默认", "项目", "部门", "指标组", "表式", "单位", "等级", NULL};
            for (int i = 0; decls[i]; i++) add_item(&it, decls[i], CK_KEYWORD, kw);
        }
        return result;
    }
    if (first && c.nwords == 1 && strcmp(first, "引用") == 0) {
        add_map(&it, p, &p->groups, CK_REFERENCE, ui_in(lang, UI_lsp_c_group));
        return result;
    }
    bool table = strcmp(top, "项目") == 0 || strcmp(top, "部门") == 0 || strcmp(top, "默认") == 0;
    const char *block = c.depth >= 2 ? word_text(&a->c.arena, d->text, c.frames[1]) : "";
    int ind_level = -1; /* 0: directly in 指标 (or a 指标组) */
    if (table && strcmp(block, "指标") == 0) ind_level = c.depth - 2;
    else if (strcmp(top, "指标组") == 0) ind_level = c.depth - 1;

    if (table && c.depth == 1) {
        if (c.nwords == 0) {
            /* The fields the block has written already are not offered again. */
            for (int i = 0; i < c.nwritten; i++) strmap_put(&seen, word_text(&a->c.arena, d->text, c.written[i]), (void *)1);
            if (f)
                for (int i = 0; i < f->nfields; i++)
                    add_item(&it, f->fields[i].name, CK_FIELD, f->fields[i].required ? ui_in(lang, UI_lsp_required) : ui_in(lang, UI_lsp_optional));
            static const char *const special[] = {"表式", "年度", "金额单位", NULL};
            for (int i = 0; special[i]; i++) add_item(&it, special[i], CK_FIELD, NULL);
            if (strcmp(top, "默认") != 0) {
                static const char *const blocks[] = {"资金", "支出", "指标", NULL};
                for (int i = 0; blocks[i]; i++) add_item(&it, blocks[i], CK_KEYWORD, kw);
            }
        } else if (c.nwords == 1) {
            if (strcmp(first, "表式") == 0) {
                Keys k;
                sorted_keys(p->arena, &p->forms, &k);
                for (int i = 0; i < k.v.len; i++) {
                    const Form *g = strmap_get(&p->forms, k.v.items[i]);
                    add_item(&it, g->name, CK_MODULE, g->title ? g->title : ui_in(lang, UI_lsp_c_form));
                }
            } else if (strcmp(first, "金额单位") == 0) {
                add_item(&it, "万元", CK_UNIT, "货币");
                add_item(&it, "元", CK_UNIT, "货币");
            } else {
                const FieldDef *fd = field_def(p, f, first);
                if (fd)
                    for (int i = 0; i < fd->nchoices; i++) add_item(&it, fd->choices[i], CK_ENUM_MEMBER, fd->name);
            }
        }
        return result;
    }
    if (table && strcmp(block, "资金") == 0 && c.nwords == 0 && f) {
        if (c.depth == 2) {
            add_sources(&it, f->sources, f->nsources, lang);
            add_item(&it, f->total_label ? f->total_label : "资金总额", CK_FIELD, NULL);
        } else {
            const char *parent = word_text(&a->c.arena, d->text, c.frames[c.depth - 1]);
            for (int i = 0; i < f->nsources; i++)
                if (strcmp(f->sources[i]->name, parent) == 0) add_sources(&it, f->sources[i]->children, f->sources[i]->nchildren, lang);
        }
        return result;
    }
    if (ind_level < 0) return result;
    if (c.nwords == 0) {
        if (ind_level == 0) add_tops(&it, p, f, lang);
        else if (ind_level == 1) add_subs(&it, p, f, word_text(&a->c.arena, d->text, c.frames[c.depth - 1]), lang);
        add_item(&it, "引用", CK_KEYWORD, kw);
        return result;
    }
    /* A leaf's value: a unit after a number, else a level word (or 半年/全年). */
    size_t ne = number_end(d->text + c.partial_from, off - c.partial_from);
    if (ne) {
        it.from = c.partial_from + ne;
        add_units(&it, p);
        return result;
    }
    if (c.nwords == 1 && (!f || f->has_half)) add_item(&it, "半年", CK_KEYWORD, kw);
    if (!first || strcmp(first, "全年") != 0) add_item(&it, "全年", CK_KEYWORD, kw);
    Keys k;
    sorted_keys(p->arena, &p->levels, &k);
    for (int i = 0; i < k.v.len; i++) {
        const Level *l = strmap_get(&p->levels, k.v.items[i]);
        add_item(&it, l->word, CK_ENUM_MEMBER, l->vague ? ui_in(lang, UI_lsp_level_vague) : ui_in(lang, UI_lsp_c_level));
    }
    return result;
}

/* ---- the node at the cursor ------------------------------------------------------------------------ */

enum { MAX_PATH = 80 };

typedef struct Found {
    Node *path[MAX_PATH]; /* from the declaration down to the innermost statement */
    int n;
} Found;

static bool in_span(Span s, uint32_t off) { return s.len && off >= s.off && off <= s.off + s.len; }

static void find(Node *list, uint32_t off, Found *f) {
    for (Node *n = list; n; n = n->next) {
        if (!in_span(n->span, off) || f->n >= MAX_PATH) continue;
        f->path[f->n++] = n;
        find(n->children, off, f);
        return;
    }
}

static Table *table_of(Program *p, Node *decl) {
    for (int i = 0; i < p->tables.len; i++) {
        Table *t = p->tables.items[i];
        if (t->node == decl) return t;
    }
    return NULL;
}

/* The form a statement of the file is filled in on: its table's, or its 默认's 表式. */
static const Form *form_of(Analysis *a, Node *decl) {
    Program *p = &a->c.program, *lk = &a->lookup->program;
    Table *t = table_of(p, decl);
    if (t && t->form) return t->form;
    Node *blocks[2] = {decl, NULL};
    for (Node *n = a->pf->decls; n; n = n->next)
        if (n->kind == N_DEFAULTS) blocks[1] = n;
    for (int k = 0; k < 2; k++) {
        if (!blocks[k]) continue;
        for (Node *c = blocks[k]->children; c; c = c->next)
            if (c->kind == N_FIELD && strcmp(c->name, "表式") == 0 && c->nvalues) {
                const char *name = value_text(p, c->values[0]);
                const Form *f = strmap_get(&lk->forms, name);
                if (f) return f;
            }
    }
    return NULL;
}

static const char *number_text(Arena *a, Decimal d) {
    char buf[DECIMAL_STR_MAX];
    decimal_format(d, buf);
    return arena_strdup(a, buf);
}

static const char *measure_words(Arena *a, const Value *v, Lang lang) {
    const char *mult = v->mult_exp ? lang_multiplier_text(v->mult_exp) : NULL;
    const char *s = number_text(a, v->number);
    if (mult || v->unit) s = arena_printf(a, "%s %s%s", s, mult ? mult : "", v->unit ? v->unit : "");
    return s;
}

/* A value's parsed meaning: "≥ 90 %, 比率". */
static const char *value_meaning(Analysis *a, const Table *t, const Value *v, Lang lang) {
    Arena *ar = &a->c.arena;
    Program *p = &a->c.program;
    const char *cmp = v->cmp != CMP_NONE ? arena_printf(ar, "%s ", cmp_symbol(v->cmp)) : "";
    const char *dim = v->dimension ? v->dimension : ui_in(lang, UI_lsp_no_unit);
    switch (v->kind) {
    case VK_MEASURE:
        if (v->syntax == VX_LABELLED) return arena_printf(ar, "%s: %s%s, %s", v->label, cmp, measure_words(ar, v, lang), dim);
        return arena_printf(ar, "%s%s, %s", cmp, measure_words(ar, v, lang), dim);
    case VK_RANGE:
        if (!v->lo || !v->hi) break;
        return arena_printf(ar, "%s ~ %s, %s", measure_words(ar, v->lo, lang), measure_words(ar, v->hi, lang),
                            v->lo->dimension ? v->lo->dimension : dim);
    case VK_REFERENCE:
        if (v->ref_resolved && t)
            return arena_printf(ar, "%s%s (= %s %s)", cmp, v->text ? v->text : "", number_text(ar, v->ref_amount), t->money_unit ? t->money_unit : "");
        return arena_printf(ar, "%s%s", cmp, v->text ? v->text : "");
    case VK_LEVEL: {
        const char *args[] = {v->text ? v->text : ""};
        const char *s = arena_printf(ar, "%s%s", cmp, ui_format(ar, lang, UI_lsp_kind_level, args, 1));
        if (v->level && v->level->scale) {
            const char *order = "";
            for (int i = 0; i < v->level->scale->n; i++)
                order = arena_printf(ar, "%s%s%s", order, i ? " > " : "", v->level->scale->levels[i]->word);
            const char *oa[] = {order};
            s = arena_printf(ar, "%s; %s", s, ui_format(ar, lang, UI_lsp_level_order, oa, 1));
        }
        if (v->level && v->level->vague) s = arena_printf(ar, "%s; %s", s, ui_in(lang, UI_lsp_level_vague));
        if (v->level && v->level->dimension) s = arena_printf(ar, "%s, %s", s, v->level->dimension);
        return s;
    }
    case VK_TEXT: return arena_printf(ar, "%s: %s", ui_in(lang, UI_lsp_kind_text), value_text(p, v));
    case VK_UNCHECKED: break;
    }
    return arena_printf(ar, "%s %s", span_text(p, v->span), ui_in(lang, UI_lsp_unchecked));
}

static cJSON *hover_of(Analysis *a, const char *markdown, Span where) {
    cJSON *h = cJSON_CreateObject();
    cJSON *c = cJSON_AddObjectToObject(h, "contents");
    cJSON_AddStringToObject(c, "kind", "markdown");
    cJSON_AddStringToObject(c, "value", markdown);
    size_t bom = doc_bom(a->doc);
    cJSON_AddItemToObject(h, "range", range_json(a->doc->text, a->doc->len, where.off + bom, where.off + where.len + bom));
    return h;
}

static const char *fmt_ui(Arena *a, Lang lang, UiText id, const char *x, const char *y, const char *z) {
    const char *args[] = {x ? x : "", y ? y : "", z ? z : ""};
    return ui_format(a, lang, id, args, 3);
}

static const char *field_hover(Analysis *a, const Form *f, const char *name, Lang lang) {
    Arena *ar = &a->c.arena;
    if (strcmp(name, "表式") == 0) return ui_in(lang, UI_lsp_field_form);
    if (strcmp(name, "年度") == 0) return ui_in(lang, UI_lsp_field_year);
    if (strcmp(name, "金额单位") == 0) return ui_in(lang, UI_lsp_field_money);
    const FieldDef *fd = field_def(&a->lookup->program, f, name);
    if (!fd) return NULL;
    static const char *const types[] = {"文本", "年份", "日期", "电话", "金额", "数字", "选项", "时间", "月份", "期间"};
    const char *s = fmt_ui(ar, lang, UI_lsp_field, fd->name, f->name, NULL);
    s = arena_printf(ar, "%s\n\n%s · %s", s, fmt_ui(ar, lang, UI_lsp_type, types[fd->type], NULL, NULL),
                     fd->required ? ui_in(lang, UI_lsp_required) : ui_in(lang, UI_lsp_optional));
    if (fd->nchoices) {
        const char *list = "";
        for (int i = 0; i < fd->nchoices; i++) list = arena_printf(ar, "%s%s%s", list, i ? "、" : "", fd->choices[i]);
        s = arena_printf(ar, "%s\n\n%s", s, fmt_ui(ar, lang, UI_lsp_choices, list, NULL, NULL));
    }
    return s;
}

/* A category's place in the framework. `chain` are the categories from the 一级 down to it. */
static const char *category_hover(Analysis *a, const Table *t, const Form *f, Node **chain, int n, Lang lang) {
    Arena *ar = &a->c.arena;
    Program *p = &a->lookup->program;
    if (!f) return NULL;
    const Framework *fw = t && t->framework ? t->framework : f->nframeworks ? &f->frameworks[0] : NULL;
    if (!fw) return NULL;
    const char *topname = alias_of(p, f, fw, chain[0]->name);
    if (!topname) topname = chain[0]->name;
    int idx = 0;
    const TopCategoryDef *top = framework_top(fw, topname, &idx);
    if (!top) return NULL;
    const char *fwname = fw->name ? arena_printf(ar, "%s · %s", f->name, fw->name) : f->name;
    if (n == 1) {
        const char *s = fmt_ui(ar, lang, UI_lsp_top, top->name, fwname, arena_printf(ar, "%d", idx + 1));
        const char *subs = "";
        for (int i = 0; i < top->nsubs; i++) subs = arena_printf(ar, "%s%s%s", subs, i ? "、" : "", top->subs[i].name);
        if (*subs) s = arena_printf(ar, "%s\n\n%s", s, fmt_ui(ar, lang, UI_lsp_top_subs, subs, NULL, NULL));
        return s;
    }
    const char *subname = alias_of(p, f, fw, chain[1]->name);
    if (!subname) subname = chain[1]->name;
    if (n == 2) {
        const char *s = fmt_ui(ar, lang, UI_lsp_sub, subname, top->name, fwname);
        for (int i = 0; i < top->nsubs; i++)
            if (strcmp(top->subs[i].name, subname) == 0 && top->subs[i].required) s = arena_printf(ar, "%s\n\n%s", s, ui_in(lang, UI_lsp_sub_required));
        return s;
    }
    return fmt_ui(ar, lang, UI_lsp_key_work, chain[n - 1]->name, top->name, subname);
}

static bool in_value(const Value *v, uint32_t off) { return v && in_span(v->span, off); }

cJSON *lsp_hover(Analysis *a, size_t off_doc, Lang lang) {
    if (!a->pf) return NULL;
    size_t bom = doc_bom(a->doc);
    if (off_doc < bom) return NULL;
    uint32_t off = (uint32_t)(off_doc - bom);
    Found fd = {0};
    find(a->pf->decls, off, &fd);
    if (!fd.n) return NULL;
    Program *p = &a->c.program, *lk = &a->lookup->program;
    Arena *ar = &a->c.arena;
    Node *decl = fd.path[0], *n = fd.path[fd.n - 1];
    Table *t = table_of(p, decl);
    const Form *f = form_of(a, decl);
    const char *s = NULL;
    Span where = n->name_span;
    switch (n->kind) {
    case N_FIELD:
        if (fd.n == 2 && (decl->kind == N_PROJECT || decl->kind == N_DEPARTMENT || decl->kind == N_DEFAULTS)) {
            if (strcmp(n->name, "表式") == 0 && n->nvalues && in_value(n->values[0], off)) {
                const Form *g = strmap_get(&lk->forms, value_text(p, n->values[0]));
                if (g) {
                    s = fmt_ui(ar, lang, UI_lsp_form, g->name, g->title ? g->title : "", NULL);
                    s = arena_printf(ar, "%s\n\n%s", s,
                                     fmt_ui(ar, lang, UI_lsp_form_info, g->object == FORM_DEPARTMENT ? "部门" : "项目",
                                            g->money_unit ? g->money_unit : "万元", g->has_half ? ui_in(lang, UI_lsp_yes) : ui_in(lang, UI_lsp_no)));
                    if (g->common_group) s = arena_printf(ar, "%s\n\n引用 %s", s, g->common_group);
                    where = n->values[0]->span;
                }
            } else if (f) {
                s = field_hover(a, f, n->name, lang);
                where = n->span;
            }
        }
        break;
    case N_CATEGORY: {
        if (!in_span(n->name_span, off)) break; /* inside the block, not on its name */
        Node *chain[MAX_PATH];
        int k = 0;
        for (int i = 0; i < fd.n; i++)
            if (fd.path[i]->kind == N_CATEGORY) chain[k++] = fd.path[i];
        bool in_group = decl->kind == N_GROUP;
        s = category_hover(a, t, in_group ? f : f, chain, k, lang);
        break;
    }
    case N_LEAF: {
        const Value *vals[2] = {n->half, n->full};
        for (int i = 0; i < 2; i++) {
            const Value *v = vals[i];
            if (!in_value(v, off)) continue;
            if (v->unit && in_span(v->unit_span, off) && v->unit_def) {
                s = fmt_ui(ar, lang, UI_lsp_unit, v->unit, v->unit_def->dimension, NULL);
                where = v->unit_span;
            } else {
                s = value_meaning(a, t, v, lang);
                where = v->span;
            }
        }
        if (!s) {
            const char *path = "";
            for (int i = 0; i < fd.n; i++)
                if (fd.path[i]->kind == N_CATEGORY) path = arena_printf(ar, "%s%s › ", path, fd.path[i]->name);
            s = fmt_ui(ar, lang, UI_lsp_leaf, n->name, arena_printf(ar, "%s%s", path, n->name), NULL);
            if (n->half) s = arena_printf(ar, "%s\n\n%s", s, fmt_ui(ar, lang, UI_lsp_half, value_meaning(a, t, n->half, lang), NULL, NULL));
            if (n->full) s = arena_printf(ar, "%s\n\n%s", s, fmt_ui(ar, lang, UI_lsp_full, value_meaning(a, t, n->full, lang), NULL, NULL));
            where = n->span;
        }
        break;
    }
    case N_REF: {
        const Group *g = strmap_get(&lk->groups, n->name);
        if (g) {
            int count = 0;
            /* its leaves, at any depth */
            Node *stack[MAX_PATH];
            int sp = 0;
            for (Node *c = g->node->children; c; c = c->next)
                if (sp < MAX_PATH) stack[sp++] = c;
            while (sp) {
                Node *c = stack[--sp];
                if (c->kind == N_LEAF) count++;
                for (Node *k = c->children; k; k = k->next)
                    if (sp < MAX_PATH) stack[sp++] = k;
            }
            s = fmt_ui(ar, lang, UI_lsp_group, g->name, arena_printf(ar, "%d", count), NULL);
            where = n->span;
        }
        break;
    }
    case N_PROJECT:
    case N_DEPARTMENT:
        if (in_span(n->name_span, off) || in_span(n->kw, off)) {
            s = fmt_ui(ar, lang, UI_lsp_table, n->kind == N_PROJECT ? "项目" : "部门", n->name, f ? f->name : "?");
            if (t) s = arena_printf(ar, "%s\n\n%s", s, fmt_ui(ar, lang, UI_lsp_table_count, arena_printf(ar, "%d", t->nindicators), NULL, NULL));
            if (t && t->funds.present) s = arena_printf(ar, "%s · %s %s %s", s, t->form && t->form->total_label ? t->form->total_label : "资金总额",
                                                   number_text(ar, t->funds.total), t->money_unit ? t->money_unit : "");
        }
        break;
    case N_IMPORT: s = fmt_ui(ar, lang, UI_lsp_import, n->name, NULL, NULL); break;
    default: break;
    }
    if (!s) return NULL;
    if (!a->checked) s = arena_printf(ar, "%s\n\n%s", s, ui_in(lang, UI_lsp_unchecked));
    return hover_of(a, s, where);
}

/* ---- go to definition ------------------------------------------------------------------------------- */

cJSON *lsp_definition(Analysis *a, size_t off_doc) {
    if (!a->pf) return NULL;
    size_t bom = doc_bom(a->doc);
    if (off_doc < bom) return NULL;
    uint32_t off = (uint32_t)(off_doc - bom);
    Found fd = {0};
    find(a->pf->decls, off, &fd);
    if (!fd.n) return NULL;
    Program *p = &a->c.program, *lk = &a->lookup->program;
    Node *decl = fd.path[0], *n = fd.path[fd.n - 1];
    switch (n->kind) {
    case N_REF: {
        const Group *g = strmap_get(&lk->groups, n->name);
        return g ? span_location(a, a->lookup, g->node->name_span) : NULL;
    }
    case N_IMPORT: {
        const char *name = n->name;
        if (strncmp(name, "std/", 4) == 0) {
            for (uint32_t i = 0; i < a->c.sources.nfiles; i++) {
                SourceFile *f = a->c.sources.files[i];
                if (f->is_stdlib && strcmp(f->path, name) == 0) return span_location(a, &a->c, (Span){i, 0, 0});
            }
            return NULL;
        }
        char *path;
        if (name[0] == '/') path = strdup(name);
        else {
            const char *slash = strrchr(a->doc->path, '/');
            size_t dl = slash ? (size_t)(slash - a->doc->path) : 0;
            path = malloc(dl + strlen(name) + 2);
            if (path) sprintf(path, "%.*s%s%s", (int)dl, a->doc->path, dl ? "/" : "", name);
        }
        if (!path) return NULL;
        char *uri = path_to_uri(path);
        free(path);
        if (!uri) return NULL;
        cJSON *loc = cJSON_CreateObject();
        cJSON_AddStringToObject(loc, "uri", uri);
        free(uri);
        cJSON_AddItemToObject(loc, "range", range_json("", 0, 0, 0));
        return loc;
    }
    case N_FIELD: {
        if (fd.n != 2) return NULL;
        if (strcmp(n->name, "表式") == 0) {
            if (!n->nvalues) return NULL;
            const Form *g = strmap_get(&lk->forms, value_text(p, n->values[0]));
            return g ? span_location(a, a->lookup, g->decl) : NULL;
        }
        const Form *f = form_of(a, decl);
        const FieldDef *d = field_def(lk, f, n->name);
        return d && d->decl.len ? span_location(a, a->lookup, d->decl) : NULL;
    }
    case N_LEAF: {
        const Value *vals[2] = {n->half, n->full};
        for (int i = 0; i < 2; i++) {
            const Value *v = vals[i];
            if (!in_value(v, off)) continue;
            if (v->unit_def && v->unit_def->decl.len) return span_location(a, &a->c, v->unit_def->decl);
            if (v->level && v->level->decl.len) return span_location(a, &a->c, v->level->decl);
        }
        return NULL;
    }
    default: return NULL;
    }
}
