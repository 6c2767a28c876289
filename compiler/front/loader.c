/* The loader: the standard library (built in, or the directory in JX_STDLIB), the user's files
 * read by inputs.c, and what they import (导入). Each file is parsed once, in load order: a file,
 * then what it imports, then the next file. */
#include "front/loader.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>
#include "diag/ui.h"
#include "front/parse.h"
#include "front/stdlib_files.h"

/* Parses the file the sources hold as `id`. */
static ParsedFile *parse_added(Loader *L, uint32_t id) {
    ParsedFile *pf = parse_file(L->arena, L->diags, L->sources, id);
    ptrvec_push(L->arena, &L->files, pf);
    return pf;
}

static void load_imports(Loader *L, ParsedFile *pf, const char *dir);
static const char *resolved(Arena *a, const char *path);

static const char *dir_of(Arena *a, const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? arena_strndup(a, path, (size_t)(slash - path)) : ".";
}

static void push_stack(Loader *L, const char *key) {
    if (L->depth == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 16;
        const char **ns = arena_alloc(L->arena, sizeof *ns * (size_t)L->cap);
        if (L->depth) memcpy(ns, L->stack, sizeof *ns * (size_t)L->depth);
        L->stack = ns;
    }
    L->stack[L->depth++] = key;
}

/* Parses a file whose text is read (`text`, read_file's buffer, which the sources adopt) and
 * loads what it imports. */
static ParsedFile *add_text(Loader *L, const char *path, const char *key, char *text, size_t len) {
    bool is_stdin = strcmp(path, "-") == 0;
    ParsedFile *pf = parse_added(L, sources_adopt(L->sources, is_stdin ? "<stdin>" : path, text, len, 0));
    strmap_put(&L->loaded, key, pf);
    push_stack(L, key);
    load_imports(L, pf, is_stdin ? "." : dir_of(L->arena, path));
    L->depth--;
    return pf;
}

/* Loads the file an import (导入) names. */
static void load_import(Loader *L, const char *path, Node *import) {
    const char *key = input_key(L->arena, path);
    for (int i = 0; i < L->depth; i++) {
        if (strcmp(L->stack[i], key) == 0) {
            diag_at(L->diags, E0313, import->name_span, import->name, NULL);
            return;
        }
    }
    if (strmap_get(&L->loaded, key)) return;
    if (L->depth >= MAX_IMPORT_DEPTH) {
        char depth[16], max[16];
        snprintf(depth, sizeof depth, "%d", L->depth + 1);
        snprintf(max, sizeof max, "%d", MAX_IMPORT_DEPTH);
        diag_at(L->diags, E0905, import->name_span, import->name, depth, max, NULL);
        return;
    }
    if (L->overlay) {
        size_t held;
        char *text = L->overlay->text(L->overlay->arg, key, &held);
        if (text) {
            add_text(L, path, key, text, held);
            return;
        }
    }
    /* An import names a file: a directory, a device or a pipe (导入 "/dev/zero") is refused
     * before anything is read from it. */
    struct stat ist;
    if (stat(path, &ist) == 0 && !S_ISREG(ist.st_mode)) {
        DiagCode why = E0312_not_regular;
        diag_at(L->diags, E0312, import->name_span, import->name, message_word_list(L->arena, &why, 1), NULL);
        return;
    }
    size_t len;
    char *text = read_file(path, &len);
    if (!text && errno == EFBIG) {
        char size[32], max[32];
        struct stat st;
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) snprintf(size, sizeof size, "%lld", (long long)st.st_size);
        else snprintf(size, sizeof size, "> %d", MAX_FILE_BYTES);
        snprintf(max, sizeof max, "%d", MAX_FILE_BYTES);
        diag_at(L->diags, E0902, import->name_span, path, size, max, NULL);
        return;
    }
    if (!text) {
        diag_at(L->diags, E0312, import->name_span, import->name, syserr_text(errno), NULL);
        return;
    }
    add_text(L, path, key, text, len);
}

void loader_add(Loader *L, InputFile *in) {
    if (strmap_get(&L->loaded, in->key)) {
        /* Imported already by a file before it. */
        input_text_free(in->text);
        in->text = NULL;
        return;
    }
    char *text = in->text;
    in->text = NULL;
    /* Its imports, and theirs, stay below this file's directory. */
    bool is_stdin = strcmp(in->path, "-") == 0;
    L->root_shown = is_stdin ? "." : dir_of(L->arena, in->path);
    L->root = resolved(L->arena, L->root_shown);
    add_text(L, in->path, in->key, text, in->len);
}

static bool is_stdlib_name(const char *name) {
    for (int i = 0; i < stdlib_file_count; i++)
        if (strcmp(stdlib_files[i].name, name) == 0) return true;
    return false;
}

/* The absolute path a path names, symbolic links resolved where it exists; where it does not,
 * its directory resolved and the rest read lexically ("." and ".." taken away), so that a
 * missing file outside is still known to be outside. */
static const char *resolved(Arena *a, const char *path) {
    char buf[PATH_MAX];
    if (realpath(path, buf)) return arena_strdup(a, buf);
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (*base && strcmp(base, ".") != 0 && strcmp(base, "..") != 0) {
        const char *dir = !slash ? "." : slash == path ? "/" : arena_strndup(a, path, (size_t)(slash - path));
        if (realpath(dir, buf)) return arena_printf(a, "%s%s%s", buf, strcmp(buf, "/") == 0 ? "" : "/", base);
    }
    const char *full = path;
    if (path[0] != '/') {
        if (!getcwd(buf, sizeof buf)) return NULL;
        full = arena_printf(a, "%s/%s", buf, path);
    }
    size_t n = strlen(full);
    char *out = arena_alloc(a, n + 2);
    size_t len = 0;
    for (const char *p = full; *p;) {
        while (*p == '/') p++;
        const char *e = strchr(p, '/');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == 0) break;
        if (k == 1 && p[0] == '.') {
        } else if (k == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 0 && out[len - 1] != '/') len--;
            if (len > 0) len--;
        } else {
            out[len++] = '/';
            memcpy(out + len, p, k);
            len += k;
        }
        p += k;
    }
    if (len == 0) out[len++] = '/';
    out[len] = 0;
    return out;
}

static bool is_below(const char *path, const char *dir) {
    if (!path || !dir) return false;
    if (strcmp(dir, "/") == 0) return true;
    size_t n = strlen(dir);
    return strncmp(path, dir, n) == 0 && (path[n] == 0 || path[n] == '/');
}

/* May an import read `path`? Inside the tree of the command-line file being loaded, or inside
 * a directory the options allow; decided before anything about the file is looked at, so a
 * refused import neither reads the file nor tells whether it exists. */
static bool import_allowed(Loader *L, const char *path) {
    if (L->policy.anywhere || !L->root) return true;
    const char *real = resolved(L->arena, path);
    if (is_below(real, L->root)) return true;
    if (L->policy.ndirs && !L->dirs_real) {
        L->dirs_real = arena_alloc(L->arena, sizeof *L->dirs_real * (size_t)L->policy.ndirs);
        for (int i = 0; i < L->policy.ndirs; i++) {
            char buf[PATH_MAX];
            L->dirs_real[i] = realpath(L->policy.dirs[i], buf) ? arena_strdup(L->arena, buf) : NULL;
        }
    }
    for (int i = 0; i < L->policy.ndirs; i++)
        if (is_below(real, L->dirs_real[i])) return true;
    return false;
}

static void load_imports(Loader *L, ParsedFile *pf, const char *dir) {
    for (Node *n = pf->decls; n; n = n->next) {
        if (n->kind != N_IMPORT) continue;
        const char *name = n->name;
        if (strncmp(name, "std/", 4) == 0) {
            /* The standard library is always loaded; the import only has to name a file of it. */
            if (!getenv("JX_STDLIB") && !is_stdlib_name(name)) {
                DiagCode why = E0312_not_stdlib;
                diag_at(L->diags, E0312, n->name_span, name, message_word_list(L->arena, &why, 1), NULL);
            }
            continue;
        }
        const char *path = name[0] == '/' || strcmp(dir, ".") == 0 ? name : arena_printf(L->arena, "%s/%s", dir, name);
        if (!import_allowed(L, path)) {
            /* 导入 "/etc/shadow" would quote that file's lines in the diagnostics, which CI
             * may post for an untrusted pull request. */
            diag_at(L->diags, E0329, n->name_span, name, L->root_shown, NULL);
            continue;
        }
        load_import(L, path, n);
    }
}

void loader_stdlib(Loader *L) {
    const char *dir = getenv("JX_STDLIB");
    if (dir && *dir) {
        PtrVec files = {0};
        if (list_jx_files(L->arena, dir, &files, true)) L->status = 2;
        for (int i = 0; i < files.len; i++) {
            size_t len;
            char *text = read_file(files.items[i], &len);
            if (!text) {
                ui_report(UI_cannot_read, (const char *)files.items[i], syserr_text(errno));
                L->status = 2;
                continue;
            }
            parse_added(L, sources_adopt(L->sources, files.items[i], text, len, 1));
        }
        return;
    }
    for (int i = 0; i < stdlib_file_count; i++)
        parse_added(L, sources_add(L->sources, stdlib_files[i].name, stdlib_files[i].text, stdlib_files[i].len, 1));
}

void loader_init(Loader *L, Arena *a, Diags *d, SourceSet *s) {
    memset(L, 0, sizeof *L);
    L->arena = a;
    L->diags = d;
    L->sources = s;
    strmap_init(&L->loaded, a);
}
