/* The server: the lifecycle (initialize, shutdown, exit), the open documents (didOpen,
 * didChange, didClose, didSave), diagnostics published after every change, formatting
 * through fmt, code actions for every did-you-mean, document symbols; completion, hover and
 * definition are in query.c. It never exits on bad input: a message it cannot read gets a
 * JSON-RPC error (when it has an id to answer), and a request it cannot serve an error
 * response. */
#include <cJSON.h>
#include <stdlib.h>
#include <string.h>
#include "base/strbuf.h"
#include "base/version.h"
#include "diag/ui.h"
#include "front/parse.h"
#include "lsp/lsp.h"
#include "review/fmt.h"

typedef struct Server {
    FILE *out;
    Lang lang;
    bool lang_given;
    bool initialized, shutdown;
    Doc *docs;
} Server;

static Doc *doc_find(Server *s, const char *uri) {
    for (Doc *d = s->docs; d; d = d->next)
        if (strcmp(d->uri, uri) == 0) return d;
    return NULL;
}

static void deps_free(Doc *d) {
    for (int i = 0; i < d->ndeps; i++) free(d->deps[i]);
    free(d->deps);
    d->deps = NULL;
    d->ndeps = 0;
}

static void doc_free(Doc *d) {
    deps_free(d);
    free(d->uri);
    free(d->path);
    free(d->text);
    free(d);
}

static const char *param_uri(const cJSON *params) {
    const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
    const cJSON *uri = cJSON_GetObjectItemCaseSensitive(td, "uri");
    return cJSON_IsString(uri) ? uri->valuestring : NULL;
}

/* ---- diagnostics -------------------------------------------------------------------------- */

static int lsp_severity(Severity s) { return s == SEV_ERROR ? 1 : s == SEV_WARNING ? 2 : 3; }

/* The text of a file of the compilation, as offsets count it, and the bytes its editor text
 * has before them. */
static void file_text(Analysis *a, uint32_t file, const char **text, size_t *len, size_t *bom) {
    if (file == a->file) {
        *text = a->doc->text;
        *len = a->doc->len;
        *bom = doc_bom(a->doc);
        return;
    }
    SourceFile *f = sources_get(&a->c.sources, file);
    *text = f->text;
    *len = f->len;
    *bom = 0;
}

static cJSON *span_range(Analysis *a, Span s) {
    const char *text;
    size_t len, bom;
    file_text(a, s.file, &text, &len, &bom);
    return range_json(text, len, s.off + bom, s.off + s.len + bom);
}

/* The did-you-mean of a diagnostic, or NULL. */
static const char *did_you_mean_of(const Diag *g) {
    const Message *m = message_get(HELP_did_you_mean);
    for (const DiagNote *n = g->notes; n; n = n->next)
        if (n->msg == m && n->nargs > 0 && n->args[0] && *n->args[0]) return n->args[0];
    return NULL;
}

static cJSON *diag_json(Analysis *a, const Diag *g, Lang lang) {
    Arena *ar = &a->c.arena;
    cJSON *o = cJSON_CreateObject();
    if (g->has_span) cJSON_AddItemToObject(o, "range", span_range(a, g->span));
    else cJSON_AddItemToObject(o, "range", range_json("", 0, 0, 0));
    cJSON_AddNumberToObject(o, "severity", lsp_severity(g->severity));
    cJSON_AddStringToObject(o, "code", g->msg->id);
    cJSON_AddStringToObject(o, "source", "jxc");
    StrBuf msg = {0};
    sb_puts(&msg, message_format(ar, g->msg, lang, g->args, g->nargs));
    cJSON *related = cJSON_CreateArray();
    for (const DiagNote *n = g->notes; n; n = n->next) {
        const char *text = message_format(ar, n->msg, lang, n->args, n->nargs);
        if (n->has_span && !n->is_help) {
            cJSON *r = cJSON_CreateObject();
            SourceFile *f = sources_get(&a->c.sources, n->span.file);
            char *uri = n->span.file == a->file ? strdup(a->doc->uri) : path_to_uri(f->path);
            cJSON *loc = cJSON_AddObjectToObject(r, "location");
            cJSON_AddStringToObject(loc, "uri", uri ? uri : "");
            free(uri);
            cJSON_AddItemToObject(loc, "range", span_range(a, n->span));
            cJSON_AddStringToObject(r, "message", text);
            cJSON_AddItemToArray(related, r);
        }
        sb_printf(&msg, "\n%s%s", n->is_help ? ui_in(lang, UI_lsp_help) : ui_in(lang, UI_lsp_note), text);
    }
    cJSON_AddStringToObject(o, "message", msg.data ? msg.data : "");
    sb_free(&msg);
    if (cJSON_GetArraySize(related)) cJSON_AddItemToObject(o, "relatedInformation", related);
    else cJSON_Delete(related);
    return o;
}

static void publish(Server *s, const char *uri, cJSON *diags, int version) {
    cJSON *p = cJSON_CreateObject();
    cJSON_AddStringToObject(p, "uri", uri);
    if (version >= 0) cJSON_AddNumberToObject(p, "version", version);
    cJSON_AddItemToObject(p, "diagnostics", diags);
    rpc_write(s->out, rpc_notification("textDocument/publishDiagnostics", p));
}

/* Checks the document and publishes its diagnostics: those in the document itself, and those
 * in a file it imports at the 导入 line that brings that file in (an import's own errors are
 * the importing document's to see). */
static void check_and_publish(Server *s, Doc *d) {
    Analysis a;
    analysis_run(&a, d, s->docs, false);
    diags_sort(&a.c.diags);
    /* What it imports, to check it again when one of them changes. */
    deps_free(d);
    d->deps = calloc(a.c.sources.nfiles + 1, sizeof *d->deps);
    for (uint32_t i = 0; d->deps && i < a.c.sources.nfiles; i++) {
        SourceFile *f = a.c.sources.files[i];
        if (f->is_stdlib || i == a.file) continue;
        char *k = doc_key(&(Doc){.path = (char *)f->path});
        if (k) d->deps[d->ndeps++] = k;
    }
    cJSON *list = cJSON_CreateArray();
    for (int i = 0; i < a.c.diags.list.len; i++) {
        const Diag *g = a.c.diags.list.items[i];
        if (g->has_span && g->span.file != a.file) {
            /* In another file: shown at the document's first 导入, with the file named. */
            SourceFile *f = sources_get(&a.c.sources, g->span.file);
            if (!a.pf) continue;
            Node *imp = NULL;
            for (Node *n = a.pf->decls; n && !imp; n = n->next)
                if (n->kind == N_IMPORT) imp = n;
            cJSON *o = diag_json(&a, g, s->lang);
            LineCol lc = source_linecol(f, g->span.off);
            cJSON *m = cJSON_GetObjectItemCaseSensitive(o, "message");
            char *text = arena_printf(&a.c.arena, "%s:%u:%u: %s", f->path, lc.line, lc.col, m->valuestring);
            cJSON_SetValuestring(m, text);
            cJSON_ReplaceItemInObject(o, "range", imp ? span_range(&a, imp->span) : range_json("", 0, 0, 0));
            cJSON_AddItemToArray(list, o);
            continue;
        }
        cJSON_AddItemToArray(list, diag_json(&a, g, s->lang));
    }
    publish(s, d->uri, list, d->version);
    analysis_free(&a);
}

/* ---- formatting ---------------------------------------------------------------------------- */

/* The whole document formatted, as one edit (none when it is formatted already); an error
 * message when it cannot be formatted (a syntax error). */
static cJSON *format_doc(Server *s, Doc *d, const char **error) {
    Compilation c;
    CompileOptions co = {0};
    compilation_init(&c, &co);
    size_t bom = doc_bom(d);
    uint32_t id = sources_add(&c.sources, d->path, d->text + bom, d->len - bom, 0);
    SourceFile *sf = sources_get(&c.sources, id);
    ParsedFile *pf = parse_file(&c.arena, &c.diags, &c.sources, id);
    cJSON *edits = NULL;
    if (pf->had_errors || c.diags.errors > 0) {
        *error = strdup(ui_in(s->lang, UI_lsp_fmt_syntax));
        compilation_free(&c);
        return NULL;
    }
    int ncomments = 0, total = 0;
    for (Comment *k = pf->comments; k; k = k->next_in_file) total++;
    size_t outlen;
    char *out = fmt_render(&c.arena, sf, pf, &outlen, &ncomments);
    Diags again;
    diags_init(&again, &c.arena, &c.sources);
    uint32_t id2 = sources_add(&c.sources, d->path, out, outlen, 0);
    ParsedFile *pf2 = parse_file(&c.arena, &again, &c.sources, id2);
    const char *where = NULL;
    if (ncomments != total) where = ui_in(s->lang, UI_fmt_lost_comment);
    else if (pf2->had_errors || again.errors) where = ui_in(s->lang, UI_fmt_no_parse);
    else fmt_same_tree(&c.arena, sf->text, pf, sources_get(&c.sources, id2)->text, pf2, &where);
    if (where) {
        *error = strdup(where); /* outlives the compilation; the caller frees it */
    } else {
        edits = cJSON_CreateArray();
        if (outlen != d->len - bom || memcmp(out, d->text + bom, outlen) != 0) {
            cJSON *e = cJSON_CreateObject();
            cJSON_AddItemToObject(e, "range", range_json(d->text, d->len, 0, d->len));
            cJSON_AddStringToObject(e, "newText", out);
            cJSON_AddItemToArray(edits, e);
        }
    }
    free(out);
    compilation_free(&c);
    return edits;
}

/* ---- code actions --------------------------------------------------------------------------- */

/* The edit that puts `suggestion` in place of the span: the text the span already shares with
 * what precedes it is kept (300万/月, whose suggestion is 万元/月, becomes 300万元/月). */
static void suggestion_edit(Analysis *a, Span sp, const char *suggestion, size_t *from, size_t *to, const char **text) {
    const char *src = sources_get(&a->c.sources, sp.file)->text;
    size_t sl = strlen(suggestion);
    *from = sp.off;
    *to = sp.off + sp.len;
    *text = suggestion;
    if (sl > sp.len && memcmp(suggestion + sl - sp.len, src + sp.off, sp.len) == 0) {
        size_t pre = sl - sp.len; /* the part of the suggestion before the span's text */
        for (size_t k = pre; k > 0; k--) {
            if (k <= sp.off && memcmp(src + sp.off - k, suggestion, k) == 0) {
                *text = arena_strndup(&a->c.arena, suggestion + k, pre - k);
                *to = sp.off;
                return;
            }
        }
    }
}

static cJSON *code_actions(Server *s, Doc *d, size_t from, size_t to) {
    Analysis a;
    analysis_run(&a, d, s->docs, false);
    diags_sort(&a.c.diags);
    cJSON *list = cJSON_CreateArray();
    size_t bom = doc_bom(d);
    for (int i = 0; i < a.c.diags.list.len; i++) {
        const Diag *g = a.c.diags.list.items[i];
        if (!g->has_span || g->span.file != a.file) continue;
        size_t gs = g->span.off + bom, ge = g->span.off + g->span.len + bom;
        if (ge < from || gs > to) continue;
        const char *sug = did_you_mean_of(g);
        if (!sug) continue;
        /* The span must be the word itself, not a statement that stands for it (a group's
         * value reported at its 引用 line). */
        const char *src = sources_get(&a.c.sources, a.file)->text + g->span.off;
        if (memchr(src, ' ', g->span.len) || memchr(src, '\n', g->span.len)) continue;
        size_t ef, et;
        const char *text;
        suggestion_edit(&a, g->span, sug, &ef, &et, &text);
        cJSON *act = cJSON_CreateObject();
        const char *args[] = {sug};
        cJSON_AddStringToObject(act, "title", ui_format(&a.c.arena, s->lang, UI_lsp_fix_title, args, 1));
        cJSON_AddStringToObject(act, "kind", "quickfix");
        cJSON *ds = cJSON_AddArrayToObject(act, "diagnostics");
        cJSON_AddItemToArray(ds, diag_json(&a, g, s->lang));
        cJSON_AddTrueToObject(act, "isPreferred");
        cJSON *edit = cJSON_AddObjectToObject(act, "edit");
        cJSON *changes = cJSON_AddObjectToObject(edit, "changes");
        cJSON *edits = cJSON_AddArrayToObject(changes, d->uri);
        cJSON *e = cJSON_CreateObject();
        cJSON_AddItemToObject(e, "range", range_json(d->text, d->len, ef + bom, et + bom));
        cJSON_AddStringToObject(e, "newText", text);
        cJSON_AddItemToArray(edits, e);
        cJSON_AddItemToArray(list, act);
    }
    analysis_free(&a);
    return list;
}

/* ---- document symbols -------------------------------------------------------------------------- */

enum { SK_MODULE = 2, SK_NAMESPACE = 3, SK_CLASS = 5, SK_FIELD = 8, SK_ENUM = 10, SK_INTERFACE = 11, SK_CONSTANT = 14,
       SK_STRUCT = 23 };

static cJSON *symbol(Analysis *a, const char *name, int kind, Span whole, Span sel, const char *detail) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", name && *name ? name : "\"\"");
    if (detail) cJSON_AddStringToObject(o, "detail", detail);
    cJSON_AddNumberToObject(o, "kind", kind);
    cJSON_AddItemToObject(o, "range", span_range(a, whole));
    if (sel.len == 0 || sel.off < whole.off || sel.off + sel.len > whole.off + whole.len) sel = whole;
    cJSON_AddItemToObject(o, "selectionRange", span_range(a, sel));
    return o;
}

static void indicator_symbols(Analysis *a, cJSON *into, Node *first, int depth) {
    for (Node *n = first; n; n = n->next) {
        if (n->kind == N_CATEGORY) {
            cJSON *o = symbol(a, n->name, SK_NAMESPACE, n->span, n->name_span, NULL);
            cJSON *kids = cJSON_AddArrayToObject(o, "children");
            indicator_symbols(a, kids, n->children, depth + 1);
            cJSON_AddItemToArray(into, o);
        } else if (n->kind == N_LEAF) {
            cJSON_AddItemToArray(into, symbol(a, n->name, SK_FIELD, n->span, n->name_span, NULL));
        } else if (n->kind == N_REF) {
            cJSON_AddItemToArray(into, symbol(a, n->name, SK_MODULE, n->span, n->name_span, "引用"));
        }
    }
}

static cJSON *document_symbols(Server *s, Doc *d) {
    Analysis a;
    analysis_run(&a, d, s->docs, false);
    cJSON *list = cJSON_CreateArray();
    for (Node *n = a.pf ? a.pf->decls : NULL; n; n = n->next) {
        cJSON *o = NULL;
        switch (n->kind) {
        case N_PROJECT:
        case N_DEPARTMENT: {
            o = symbol(&a, n->name, n->kind == N_PROJECT ? SK_CLASS : SK_STRUCT, n->span, n->name_span,
                       n->kind == N_PROJECT ? "项目" : "部门");
            cJSON *kids = cJSON_AddArrayToObject(o, "children");
            for (Node *c = n->children; c; c = c->next)
                if (c->kind == N_INDICATORS) indicator_symbols(&a, kids, c->children, 0);
            break;
        }
        case N_GROUP: {
            o = symbol(&a, n->name, SK_MODULE, n->span, n->name_span, "指标组");
            cJSON *kids = cJSON_AddArrayToObject(o, "children");
            indicator_symbols(&a, kids, n->children, 0);
            break;
        }
        case N_FORM: o = symbol(&a, n->name, SK_INTERFACE, n->span, n->name_span, "表式"); break;
        case N_DEFAULTS: o = symbol(&a, "默认", SK_NAMESPACE, n->span, n->kw, NULL); break;
        default: break;
        }
        if (o) cJSON_AddItemToArray(list, o);
    }
    analysis_free(&a);
    return list;
}

/* ---- the lifecycle ------------------------------------------------------------------------------- */

static cJSON *initialize(Server *s, const cJSON *params) {
    const cJSON *caps = cJSON_GetObjectItemCaseSensitive(params, "capabilities");
    const cJSON *general = cJSON_GetObjectItemCaseSensitive(caps, "general");
    const cJSON *encs = cJSON_GetObjectItemCaseSensitive(general, "positionEncodings");
    lsp_utf8_positions = false;
    const cJSON *e;
    cJSON_ArrayForEach(e, encs) if (cJSON_IsString(e) && strcmp(e->valuestring, "utf-8") == 0) lsp_utf8_positions = true;
    if (!s->lang_given) {
        const cJSON *io = cJSON_GetObjectItemCaseSensitive(params, "initializationOptions");
        const cJSON *lang = cJSON_GetObjectItemCaseSensitive(io, "lang");
        const cJSON *locale = cJSON_GetObjectItemCaseSensitive(params, "locale");
        const char *l = cJSON_IsString(lang) ? lang->valuestring : cJSON_IsString(locale) ? locale->valuestring : NULL;
        if (l) s->lang = strncmp(l, "en", 2) == 0 ? LANG_EN : LANG_ZH;
    }
    cJSON *r = cJSON_CreateObject();
    cJSON *c = cJSON_AddObjectToObject(r, "capabilities");
    cJSON_AddStringToObject(c, "positionEncoding", lsp_utf8_positions ? "utf-8" : "utf-16");
    cJSON *sync = cJSON_AddObjectToObject(c, "textDocumentSync");
    cJSON_AddTrueToObject(sync, "openClose");
    cJSON_AddNumberToObject(sync, "change", 2); /* incremental */
    cJSON *save = cJSON_AddObjectToObject(sync, "save");
    cJSON_AddFalseToObject(save, "includeText");
    cJSON *comp = cJSON_AddObjectToObject(c, "completionProvider");
    cJSON *trig = cJSON_AddArrayToObject(comp, "triggerCharacters");
    static const char *const triggers[] = {" ", "%", "\t"};
    for (size_t i = 0; i < sizeof triggers / sizeof *triggers; i++) cJSON_AddItemToArray(trig, cJSON_CreateString(triggers[i]));
    cJSON_AddTrueToObject(c, "hoverProvider");
    cJSON_AddTrueToObject(c, "definitionProvider");
    cJSON_AddTrueToObject(c, "documentSymbolProvider");
    cJSON_AddTrueToObject(c, "documentFormattingProvider");
    cJSON *ca = cJSON_AddObjectToObject(c, "codeActionProvider");
    cJSON *kinds = cJSON_AddArrayToObject(ca, "codeActionKinds");
    cJSON_AddItemToArray(kinds, cJSON_CreateString("quickfix"));
    cJSON *info = cJSON_AddObjectToObject(r, "serverInfo");
    cJSON_AddStringToObject(info, "name", "jxc");
    cJSON_AddStringToObject(info, "version", JX_VERSION);
    s->initialized = true;
    return r;
}

/* A request's document and position; false (after an error response) when they are not there. */
static bool doc_and_offset(Server *s, const cJSON *id, const cJSON *params, Doc **d, size_t *off) {
    const char *uri = param_uri(params);
    Pos p;
    if (!uri || !pos_from_json(cJSON_GetObjectItemCaseSensitive(params, "position"), &p)) {
        rpc_write(s->out, rpc_error(id, RPC_INVALID_PARAMS, "expected textDocument.uri and position"));
        return false;
    }
    *d = doc_find(s, uri);
    if (!*d) {
        rpc_write(s->out, rpc_error(id, RPC_INVALID_PARAMS, "the document is not open"));
        return false;
    }
    *off = pos_to_offset((*d)->text, (*d)->len, p);
    return true;
}

static void on_request(Server *s, const char *method, const cJSON *id, const cJSON *params) {
    if (strcmp(method, "initialize") == 0) {
        if (s->initialized) {
            rpc_write(s->out, rpc_error(id, RPC_INVALID_REQUEST, "initialize was sent already"));
            return;
        }
        rpc_write(s->out, rpc_response(id, initialize(s, params)));
        return;
    }
    if (!s->initialized) {
        rpc_write(s->out, rpc_error(id, RPC_SERVER_NOT_INITIALIZED, "the server is not initialized"));
        return;
    }
    if (s->shutdown) {
        rpc_write(s->out, rpc_error(id, RPC_INVALID_REQUEST, "the server is shut down"));
        return;
    }
    if (strcmp(method, "shutdown") == 0) {
        s->shutdown = true;
        rpc_write(s->out, rpc_response(id, NULL));
        return;
    }
    Doc *d;
    size_t off;
    if (strcmp(method, "textDocument/completion") == 0 || strcmp(method, "textDocument/hover") == 0 ||
        strcmp(method, "textDocument/definition") == 0) {
        if (!doc_and_offset(s, id, params, &d, &off)) return;
        Analysis a;
        bool completion = strcmp(method, "textDocument/completion") == 0;
        analysis_run(&a, d, s->docs, true);
        cJSON *r = completion ? lsp_completion(&a, off, s->lang)
                   : method[13] == 'h' ? lsp_hover(&a, off, s->lang)
                                       : lsp_definition(&a, off);
        analysis_free(&a);
        rpc_write(s->out, rpc_response(id, r));
        return;
    }
    if (strcmp(method, "textDocument/formatting") == 0 || strcmp(method, "textDocument/documentSymbol") == 0 ||
        strcmp(method, "textDocument/codeAction") == 0) {
        const char *uri = param_uri(params);
        d = uri ? doc_find(s, uri) : NULL;
        if (!d) {
            rpc_write(s->out, rpc_error(id, RPC_INVALID_PARAMS, uri ? "the document is not open" : "expected textDocument.uri"));
            return;
        }
        if (method[13] == 'f') {
            const char *err = NULL;
            cJSON *edits = format_doc(s, d, &err);
            if (edits) rpc_write(s->out, rpc_response(id, edits));
            else {
                rpc_write(s->out, rpc_error(id, RPC_REQUEST_FAILED, err ? err : "cannot format"));
                free((char *)err);
            }
        } else if (method[13] == 'd') {
            rpc_write(s->out, rpc_response(id, document_symbols(s, d)));
        } else {
            const cJSON *range = cJSON_GetObjectItemCaseSensitive(params, "range");
            Pos a, b;
            if (!pos_from_json(cJSON_GetObjectItemCaseSensitive(range, "start"), &a) ||
                !pos_from_json(cJSON_GetObjectItemCaseSensitive(range, "end"), &b)) {
                rpc_write(s->out, rpc_error(id, RPC_INVALID_PARAMS, "expected a range"));
                return;
            }
            rpc_write(s->out, rpc_response(id, code_actions(s, d, pos_to_offset(d->text, d->len, a), pos_to_offset(d->text, d->len, b))));
        }
        return;
    }
    rpc_write(s->out, rpc_error(id, RPC_METHOD_NOT_FOUND, "unknown method"));
}

/* After a document changed (or was saved, or closed: `d` is then NULL and `key` its file):
 * every other open document that imports it is checked again. */
static void check_dependents(Server *s, const Doc *d, const char *key) {
    char *own = d ? doc_key(d) : NULL;
    const char *k = d ? own : key;
    for (Doc *o = s->docs; o && k; o = o->next) {
        if (o == d) continue;
        for (int i = 0; i < o->ndeps; i++)
            if (strcmp(o->deps[i], k) == 0) {
                check_and_publish(s, o);
                break;
            }
    }
    free(own);
}

static void on_notification(Server *s, const char *method, const cJSON *params) {
    if (!s->initialized || s->shutdown) return; /* the protocol says: dropped */
    const char *uri = param_uri(params);
    if (strcmp(method, "textDocument/didOpen") == 0) {
        const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(td, "text");
        const cJSON *version = cJSON_GetObjectItemCaseSensitive(td, "version");
        if (!uri || !cJSON_IsString(text)) return;
        Doc *d = doc_find(s, uri);
        if (!d) {
            d = calloc(1, sizeof *d);
            if (!d) return;
            d->uri = strdup(uri);
            d->path = uri_to_path(uri);
            d->next = s->docs;
            s->docs = d;
        }
        free(d->text);
        d->text = strdup(text->valuestring);
        d->len = strlen(d->text);
        d->version = cJSON_IsNumber(version) ? (int)version->valuedouble : 0;
        check_and_publish(s, d);
        check_dependents(s, d, NULL);
    } else if (strcmp(method, "textDocument/didChange") == 0) {
        Doc *d = uri ? doc_find(s, uri) : NULL;
        if (!d) return;
        const cJSON *td = cJSON_GetObjectItemCaseSensitive(params, "textDocument");
        const cJSON *version = cJSON_GetObjectItemCaseSensitive(td, "version");
        const cJSON *ch;
        cJSON_ArrayForEach(ch, cJSON_GetObjectItemCaseSensitive(params, "contentChanges")) doc_apply_change(d, ch);
        if (cJSON_IsNumber(version)) d->version = (int)version->valuedouble;
        check_and_publish(s, d);
        check_dependents(s, d, NULL);
    } else if (strcmp(method, "textDocument/didSave") == 0) {
        Doc *d = uri ? doc_find(s, uri) : NULL;
        if (d) {
            check_and_publish(s, d); /* a file it imports may have changed on disk */
            check_dependents(s, d, NULL);
        }
    } else if (strcmp(method, "textDocument/didClose") == 0) {
        for (Doc **p = &s->docs; *p; p = &(*p)->next) {
            if (uri && strcmp((*p)->uri, uri) == 0) {
                Doc *d = *p;
                *p = d->next;
                publish(s, uri, cJSON_CreateArray(), -1);
                char *key = doc_key(d);
                doc_free(d);
                check_dependents(s, NULL, key); /* they read its file again */
                free(key);
                break;
            }
        }
    }
    /* initialized, $/cancelRequest, $/setTrace, workspace/didChangeConfiguration …: nothing to do. */
}

int lsp_serve(FILE *in, FILE *out, const LspOptions *o) {
    Server s = {.out = out, .lang = o->lang, .lang_given = o->lang_given};
    int status = 1;
    for (;;) {
        char *body = NULL;
        size_t len = 0;
        const char *why = NULL;
        int r = rpc_read(in, &body, &len, &why);
        if (r == 0) break;
        if (r < 0) {
            rpc_write(out, rpc_error(NULL, RPC_PARSE_ERROR, why ? why : "malformed message"));
            if (feof(in)) break;
            continue;
        }
        cJSON *msg = cJSON_ParseWithLength(body, len);
        free(body);
        if (!msg) {
            rpc_write(out, rpc_error(NULL, RPC_PARSE_ERROR, "the body is not JSON"));
            continue;
        }
        const cJSON *method = cJSON_GetObjectItemCaseSensitive(msg, "method");
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(msg, "id");
        const cJSON *params = cJSON_GetObjectItemCaseSensitive(msg, "params");
        bool has_id = id && (cJSON_IsNumber(id) || cJSON_IsString(id));
        if (!cJSON_IsObject(msg) || (id && !has_id && !cJSON_IsNull(id))) {
            rpc_write(out, rpc_error(NULL, RPC_INVALID_REQUEST, "not a JSON-RPC message"));
        } else if (!method) {
            /* A response to a request of ours: there are none, so it is dropped. */
        } else if (!cJSON_IsString(method)) {
            rpc_write(out, rpc_error(has_id ? id : NULL, RPC_INVALID_REQUEST, "the method is not a string"));
        } else if (strcmp(method->valuestring, "exit") == 0) {
            status = s.shutdown ? 0 : 1;
            cJSON_Delete(msg);
            break;
        } else if (has_id) {
            on_request(&s, method->valuestring, id, params);
        } else {
            on_notification(&s, method->valuestring, params);
        }
        cJSON_Delete(msg);
    }
    while (s.docs) {
        Doc *d = s.docs;
        s.docs = d->next;
        doc_free(d);
    }
    return status;
}
