/* The loader: the standard library (built in, or the directory in JX_STDLIB), the user's files
 * read by inputs.c, and what they import (导入). Each file is parsed once, in load order: a file,
 * then what it imports, then the next file. */
#include "front/loader.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
        diag_at(L->diags, E0312, import->name_span, import->name, "not a regular file", NULL);
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
        free(in->text);
        in->text = NULL;
        return;
    }
    char *text = in->text;
    in->text = NULL;
    add_text(L, in->path, in->key, text, in->len);
}

static bool is_stdlib_name(const char *name) {
    for (int i = 0; i < stdlib_file_count; i++)
        if (strcmp(stdlib_files[i].name, name) == 0) return true;
    return false;
}

static void load_imports(Loader *L, ParsedFile *pf, const char *dir) {
    for (Node *n = pf->decls; n; n = n->next) {
        if (n->kind != N_IMPORT) continue;
        const char *name = n->name;
        if (strncmp(name, "std/", 4) == 0) {
            /* The standard library is always loaded; the import only has to name a file of it. */
            if (!getenv("JX_STDLIB") && !is_stdlib_name(name))
                diag_at(L->diags, E0312, n->name_span, name, "not in the standard library", NULL);
            continue;
        }
        const char *path = name[0] == '/' || strcmp(dir, ".") == 0 ? name : arena_printf(L->arena, "%s/%s", dir, name);
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
