/* Documents: positions and byte offsets, the edits of didChange, file URIs, and one
 * compilation of a document (its analysis). */
#include <cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "base/utf8.h"
#include "base/version.h"
#include "front/inputs.h"
#include "front/loader.h"
#include "front/parse.h"
#include "front/stdlib_files.h"
#include "lsp/lsp.h"

bool lsp_utf8_positions = false;

/* The length of the code point at s in the units positions count. */
static int units_of(const char *s, size_t n, int *bytes) {
    uint32_t cp;
    int k = utf8_decode((const unsigned char *)s, n, &cp);
    if (k <= 0) {
        *bytes = 1; /* an invalid byte: one unit (the client saw U+FFFD) */
        return 1;
    }
    *bytes = k;
    if (lsp_utf8_positions) return k;
    return cp >= 0x10000 ? 2 : 1;
}

size_t pos_to_offset(const char *text, size_t len, Pos p) {
    size_t off = 0;
    for (int line = 0; line < p.line; line++) {
        const char *nl = memchr(text + off, '\n', len - off);
        if (!nl) return len;
        off = (size_t)(nl - text) + 1;
    }
    int ch = 0;
    while (off < len && text[off] != '\n' && ch < p.character) {
        int bytes;
        int u = units_of(text + off, len - off, &bytes);
        if (ch + u > p.character) break; /* inside a surrogate pair: its start */
        ch += u;
        off += (size_t)bytes;
    }
    /* A position at the end of a CRLF line is before the CR. */
    if (off < len && text[off] == '\r' && off + 1 < len && text[off + 1] == '\n' && ch < p.character) return off;
    return off;
}

Pos offset_to_pos(const char *text, size_t len, size_t off) {
    if (off > len) off = len;
    Pos p = {0, 0};
    size_t start = 0;
    for (const char *s = text; (s = memchr(s, '\n', (size_t)(text + off - s))) != NULL; s++) {
        p.line++;
        start = (size_t)(s - text) + 1;
    }
    for (size_t i = start; i < off;) {
        int bytes;
        p.character += units_of(text + i, len - i, &bytes);
        i += (size_t)bytes;
    }
    return p;
}

bool pos_from_json(const cJSON *j, Pos *out) {
    const cJSON *l = cJSON_GetObjectItemCaseSensitive(j, "line"), *c = cJSON_GetObjectItemCaseSensitive(j, "character");
    if (!cJSON_IsNumber(l) || !cJSON_IsNumber(c) || l->valuedouble < 0 || c->valuedouble < 0 ||
        l->valuedouble > INT_MAX || c->valuedouble > INT_MAX)
        return false;
    out->line = (int)l->valuedouble;
    out->character = (int)c->valuedouble;
    return true;
}

cJSON *pos_to_json(Pos p) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "line", p.line);
    cJSON_AddNumberToObject(o, "character", p.character);
    return o;
}

cJSON *range_json(const char *text, size_t len, size_t from, size_t to) {
    cJSON *r = cJSON_CreateObject();
    cJSON_AddItemToObject(r, "start", pos_to_json(offset_to_pos(text, len, from)));
    cJSON_AddItemToObject(r, "end", pos_to_json(offset_to_pos(text, len, to)));
    return r;
}

bool doc_apply_change(Doc *d, const cJSON *change) {
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(change, "text");
    if (!cJSON_IsString(text)) return false;
    const cJSON *range = cJSON_GetObjectItemCaseSensitive(change, "range");
    size_t tl = strlen(text->valuestring);
    if (!range || cJSON_IsNull(range)) {
        char *t = malloc(tl + 1);
        if (!t) return false;
        memcpy(t, text->valuestring, tl + 1);
        free(d->text);
        d->text = t;
        d->len = tl;
        return true;
    }
    Pos a, b;
    if (!pos_from_json(cJSON_GetObjectItemCaseSensitive(range, "start"), &a) ||
        !pos_from_json(cJSON_GetObjectItemCaseSensitive(range, "end"), &b))
        return false;
    size_t from = pos_to_offset(d->text, d->len, a), to = pos_to_offset(d->text, d->len, b);
    if (to < from) {
        size_t t = from;
        from = to;
        to = t;
    }
    char *t = malloc(d->len - (to - from) + tl + 1);
    if (!t) return false;
    memcpy(t, d->text, from);
    memcpy(t + from, text->valuestring, tl);
    memcpy(t + from + tl, d->text + to, d->len - to);
    d->len = d->len - (to - from) + tl;
    t[d->len] = 0;
    free(d->text);
    d->text = t;
    return true;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

char *uri_to_path(const char *uri) {
    if (strncmp(uri, "file://", 7) != 0) return strdup(uri);
    const char *s = uri + 7;
    if (strncmp(s, "localhost/", 10) == 0) s += 9;
    char *out = malloc(strlen(s) + 1), *o = out;
    if (!out) return NULL;
    for (; *s; s++) {
        int h, l;
        if (*s == '%' && (h = hexval(s[1])) >= 0 && (l = hexval(s[2])) >= 0) {
            *o++ = (char)(h * 16 + l);
            s += 2;
        } else {
            *o++ = *s;
        }
    }
    *o = 0;
    return out;
}

char *path_to_uri(const char *path) {
    char cwd[PATH_MAX];
    const char *dir = "";
    if (path[0] != '/' && getcwd(cwd, sizeof cwd)) dir = cwd;
    size_t n = strlen(dir) + strlen(path) + 2;
    char *full = malloc(n);
    if (!full) return NULL;
    snprintf(full, n, "%s%s%s", dir, *dir ? "/" : "", path);
    char *out = malloc(strlen(full) * 3 + 8), *o = out;
    if (!out) {
        free(full);
        return NULL;
    }
    o += sprintf(o, "file://");
    for (const unsigned char *s = (const unsigned char *)full; *s; s++) {
        if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || strchr("/-._~", *s))
            *o++ = (char)*s;
        else
            o += sprintf(o, "%%%02X", *s);
    }
    *o = 0;
    free(full);
    return out;
}

size_t doc_bom(const Doc *d) { return d->len >= 3 && memcmp(d->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; }

/* ---- analysis --------------------------------------------------------------------------------- */

char *doc_key(const Doc *d) {
    char real[PATH_MAX];
    return strdup(realpath(d->path, real) ? real : d->path);
}

/* The loader's overlay: an open document's text in place of its file. */
static char *open_text(void *arg, const char *key, size_t *len) {
    for (Doc *d = arg; d; d = d->next) {
        char *k = doc_key(d);
        bool same = k && strcmp(k, key) == 0;
        free(k);
        if (!same) continue;
        char *buf = malloc(d->len + SOURCE_PADDING);
        if (!buf) return NULL;
        memcpy(buf, d->text, d->len);
        memset(buf + d->len, 0, SOURCE_PADDING);
        *len = d->len;
        return buf;
    }
    return NULL;
}

/* Compiles `text` as the document's into c; returns its file and tree. */
static ParsedFile *run_text(Compilation *c, const Doc *d, Doc *open, const char *text, size_t len, uint32_t *file) {
    CompileOptions co = {0};
    compilation_init(c, &co);
    char *buf = malloc(len + SOURCE_PADDING);
    LoaderOverlay ov = {open_text, open};
    if (buf) {
        memcpy(buf, text, len);
        memset(buf + len, 0, SOURCE_PADDING);
        compilation_run_text(c, d->path, buf, len, open ? &ov : NULL);
    }
    *file = UINT32_MAX;
    Program *p = &c->program;
    for (int i = 0; i < p->files.len; i++) {
        ParsedFile *pf = p->files.items[i];
        SourceFile *sf = sources_get(&c->sources, pf->file);
        if (!sf->is_stdlib && strcmp(sf->path, d->path) == 0) {
            *file = pf->file;
            return pf;
        }
    }
    return NULL;
}

static bool compiled_clean(Compilation *c) {
    Program *p = &c->program;
    for (int i = 0; i < p->files.len; i++)
        if (((ParsedFile *)p->files.items[i])->had_errors) return false;
    return p->forms.count > 0;
}

void analysis_run(Analysis *a, const Doc *d, Doc *open, bool need_decls) {
    memset(a, 0, sizeof *a);
    a->doc = d;
    a->pf = run_text(&a->c, d, open, d->text, d->len, &a->file);
    a->checked = compiled_clean(&a->c);
    a->lookup = &a->c;
    if (need_decls && !a->checked) {
        uint32_t f;
        run_text(&a->decls, d, NULL, "", 0, &f);
        a->has_decls = true;
        a->lookup = &a->decls;
    }
}

void analysis_free(Analysis *a) {
    compilation_free(&a->c);
    if (a->has_decls) compilation_free(&a->decls);
    memset(a, 0, sizeof *a);
}

/* The standard library's built-in files, written out once to a cache directory (an editor
 * opens a definition there); NULL if that cannot be done. */
static char *stdlib_copy(const char *name) {
    const StdlibFile *f = NULL;
    for (int i = 0; i < stdlib_file_count; i++)
        if (strcmp(stdlib_files[i].name, name) == 0) f = &stdlib_files[i];
    if (!f) return NULL;
    const char *base = getenv("XDG_CACHE_HOME"), *sub = "jxc";
    char dir[PATH_MAX];
    if (!base || !*base) {
        base = getenv("HOME");
        sub = ".cache/jxc";
    }
    if (!base || !*base) {
        base = getenv("TMPDIR");
        sub = "jxc";
    }
    if (!base || !*base) base = "/tmp";
    int n = snprintf(dir, sizeof dir, "%s/%s/stdlib-%s/%s", base, sub, JX_VERSION, name);
    if (n < 0 || (size_t)n >= sizeof dir) return NULL;
    /* mkdir -p of every directory on the way */
    for (char *s = dir + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(dir, 0755) != 0 && errno != EEXIST) return NULL;
        *s = '/';
    }
    size_t len;
    char *have = read_file(dir, &len);
    bool same = have && len == f->len && memcmp(have, f->text, len) == 0;
    free(have);
    if (!same) {
        char tmp[PATH_MAX + 16];
        snprintf(tmp, sizeof tmp, "%s.%ld", dir, (long)getpid());
        FILE *out = fopen(tmp, "wb");
        if (!out) return NULL;
        bool ok = fwrite(f->text, 1, f->len, out) == f->len;
        ok &= fclose(out) == 0;
        if (!ok || rename(tmp, dir) != 0) {
            remove(tmp);
            return NULL;
        }
    }
    return strdup(dir);
}

cJSON *span_location(Analysis *a, Compilation *owner, Span s) {
    SourceFile *f = sources_get(&owner->sources, s.file);
    if (!f) return NULL;
    bool in_doc = owner == &a->c && s.file == a->file;
    char *path = NULL;
    if (f->is_stdlib && strncmp(f->path, "std/", 4) == 0 && !getenv("JX_STDLIB")) path = stdlib_copy(f->path);
    else path = strdup(f->path);
    if (!path) return NULL;
    char *uri = in_doc || strcmp(path, a->doc->path) == 0 ? strdup(a->doc->uri) : path_to_uri(path);
    free(path);
    if (!uri) return NULL;
    cJSON *loc = cJSON_CreateObject();
    cJSON_AddStringToObject(loc, "uri", uri);
    free(uri);
    /* The compiler's text lacks the document's BOM; the file's own text is what the editor opens. */
    size_t bom = in_doc ? doc_bom(a->doc) : 0;
    const char *text = in_doc ? a->doc->text : f->text;
    size_t len = in_doc ? a->doc->len : f->len;
    cJSON_AddItemToObject(loc, "range", range_json(text, len, s.off + bom, s.off + s.len + bom));
    return loc;
}
