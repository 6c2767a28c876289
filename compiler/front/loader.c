#include "front/loader.h"
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "front/parse.h"
#include "front/stdlib_files.h"
#include "diag/syserr.h"

char *read_file(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    /* A regular file is read into a buffer of its size (one read, no copies), and one over
     * the limit is refused before anything is read. */
    struct stat st;
    if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
        if ((uint64_t)st.st_size > (uint64_t)MAX_FILE_BYTES) { errno = EFBIG; goto fail; }
        cap = (size_t)st.st_size + 1 + SOURCE_PADDING;
    }
    char *buf = malloc(cap);
    if (!buf) { errno = ENOMEM; goto fail; }
    for (;;) {
        if (n == cap) {
            if (cap >= (size_t)MAX_FILE_BYTES + 1) { errno = EFBIG; free(buf); buf = NULL; goto fail; }
            cap *= 2;
            if (cap > (size_t)MAX_FILE_BYTES + 1) cap = (size_t)MAX_FILE_BYTES + 1;
            char *nb = realloc(buf, cap);
            if (!nb) { free(buf); buf = NULL; errno = ENOMEM; goto fail; }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) { free(buf); buf = NULL; errno = EIO; goto fail; }
    if (f != stdin) fclose(f);
    /* Room for the NUL bytes the lexer reads ahead into, so the sources can keep this very
     * buffer (sources_adopt) instead of a copy. */
    if (cap < n + SOURCE_PADDING) {
        char *nb = realloc(buf, n + SOURCE_PADDING);
        if (!nb) { free(buf); errno = ENOMEM; return NULL; }
        buf = nb;
    }
    memset(buf + n, 0, SOURCE_PADDING);
    *len = n;
    return buf;
fail:
    if (f != stdin) {
        int e = errno;
        fclose(f);
        errno = e;
    }
    return NULL;
}

typedef struct Loader {
    Program *p;
    StrMap loaded;      /* canonical path → ParsedFile */
    const char **stack; /* the chain of imports being loaded, for cycles */
    int depth, cap;
    int status;
} Loader;

/* Parses the file the sources hold as `id`. */
static ParsedFile *parse_added(Loader *L, uint32_t id) {
    Program *p = L->p;
    ParsedFile *pf = parse_file(p->arena, p->diags, p->sources, id);
    ptrvec_push(p->arena, &p->files, pf);
    return pf;
}

static void load_imports(Loader *L, ParsedFile *pf, const char *dir);

static const char *dir_of(Arena *a, const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? arena_strndup(a, path, (size_t)(slash - path)) : ".";
}

/* Loads one user file (by path); `import` is the 导入 statement that names it, if any. */
static ParsedFile *load_path(Loader *L, const char *path, Node *import) {
    Program *p = L->p;
    char real[PATH_MAX];
    const char *key = path;
    if (strcmp(path, "-") != 0 && realpath(path, real)) key = arena_strdup(p->arena, real);
    for (int i = 0; i < L->depth; i++) {
        if (strcmp(L->stack[i], key) == 0) {
            if (import) diag_at(p->diags, "E0313", import->name_span, import->name, NULL);
            return NULL;
        }
    }
    ParsedFile *done = strmap_get(&L->loaded, key);
    if (done) return done;
    if (L->depth >= MAX_IMPORT_DEPTH && import) {
        char depth[16], max[16];
        snprintf(depth, sizeof depth, "%d", L->depth + 1);
        snprintf(max, sizeof max, "%d", MAX_IMPORT_DEPTH);
        diag_at(p->diags, "E0905", import->name_span, import->name, depth, max, NULL);
        return NULL;
    }
    /* An import names a file: a directory, a device or a pipe (导入 "/dev/zero") is refused
     * before anything is read from it. */
    struct stat ist;
    if (import && stat(path, &ist) == 0 && !S_ISREG(ist.st_mode)) {
        diag_at(p->diags, "E0312", import->name_span, import->name, "not a regular file", NULL);
        return NULL;
    }
    size_t len;
    char *text = read_file(path, &len);
    if (!text && errno == EFBIG) {
        /* Over the limit of MAX_FILE_BYTES: an error of the input, not of the system. */
        char size[32], max[32];
        struct stat st;
        if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode))
            snprintf(size, sizeof size, "%lld", (long long)st.st_size);
        else
            snprintf(size, sizeof size, "> %d", MAX_FILE_BYTES);
        snprintf(max, sizeof max, "%d", MAX_FILE_BYTES);
        const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
        if (import) diag_at(p->diags, "E0902", import->name_span, shown, size, max, NULL);
        else diag_nowhere(p->diags, "E0902", shown, size, max, NULL);
        return NULL;
    }
    if (!text) {
        if (import) {
            diag_at(p->diags, "E0312", import->name_span, import->name, syserr_text(errno), NULL);
        } else {
            syserr_report("无法读取 '%s'：%s", "cannot read '%s': %s", path, syserr_text(errno));
            L->status = 2;
        }
        return NULL;
    }
    ParsedFile *pf = parse_added(L, sources_adopt(p->sources, strcmp(path, "-") == 0 ? "<stdin>" : path, text, len, 0));
    strmap_put(&L->loaded, key, pf);
    if (L->depth == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 16;
        const char **ns = arena_alloc(p->arena, sizeof *ns * (size_t)L->cap);
        if (L->depth) memcpy(ns, L->stack, sizeof *ns * (size_t)L->depth);
        L->stack = ns;
    }
    L->stack[L->depth++] = key;
    load_imports(L, pf, strcmp(path, "-") == 0 ? "." : dir_of(p->arena, path));
    L->depth--;
    return pf;
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
                diag_at(L->p->diags, "E0312", n->name_span, name, "not in the standard library", NULL);
            continue;
        }
        const char *path = name[0] == '/' || strcmp(dir, ".") == 0 ? name : arena_printf(L->p->arena, "%s/%s", dir, name);
        load_path(L, path, n);
    }
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every .jx file below dir, in byte order of their paths (so the order is the same on every
 * machine). A directory reached twice (through a symbolic link: `up -> ..`) is listed once,
 * or two such links would make the walk exponential. */
static int walk_dir(Arena *a, const char *dir, PtrVec *out, StrMap *seen, bool report) {
    struct stat st;
    if (stat(dir, &st) == 0) {
        const char *id = arena_printf(a, "%llu:%llu", (unsigned long long)st.st_dev, (unsigned long long)st.st_ino);
        if (strmap_get(seen, id)) return 0;
        strmap_put(seen, id, (void *)dir);
    }
    DIR *d = opendir(dir);
    if (!d) {
        if (report) syserr_report("无法读取目录 '%s'：%s", "cannot read directory '%s': %s", dir, syserr_text(errno));
        return 2;
    }
    PtrVec names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue; /* ., .., and hidden files */
        ptrvec_push(a, &names, arena_strdup(a, e->d_name));
    }
    closedir(d);
    if (names.len) qsort(names.items, (size_t)names.len, sizeof(void *), cmp_str);
    size_t dl = strlen(dir);
    bool slash = dl > 0 && dir[dl - 1] == '/';
    int status = 0;
    for (int i = 0; i < names.len; i++) {
        /* "." lists its files as "a.jx", not "./a.jx". */
        const char *full = strcmp(dir, ".") == 0 ? (const char *)names.items[i]
                           : arena_printf(a, "%s%s%s", dir, slash ? "" : "/", (const char *)names.items[i]);
        if (stat(full, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            int r = walk_dir(a, full, out, seen, report);
            if (r > status) status = r;
        } else {
            size_t n = strlen(full);
            if (n > 3 && strcmp(full + n - 3, ".jx") == 0) ptrvec_push(a, out, (void *)full);
        }
    }
    return status;
}

int list_jx_files(Arena *a, const char *dir, PtrVec *out, bool report) {
    StrMap seen;
    strmap_init(&seen, a);
    return walk_dir(a, dir, out, &seen, report);
}

static void load_stdlib(Loader *L) {
    const char *dir = getenv("JX_STDLIB");
    if (dir && *dir) {
        PtrVec files = {0};
        if (list_jx_files(L->p->arena, dir, &files, true)) L->status = 2;
        for (int i = 0; i < files.len; i++) {
            size_t len;
            char *text = read_file(files.items[i], &len);
            if (!text) {
                syserr_report("无法读取 '%s'：%s", "cannot read '%s': %s", (const char *)files.items[i], syserr_text(errno));
                L->status = 2;
                continue;
            }
            parse_added(L, sources_adopt(L->p->sources, files.items[i], text, len, 1));
        }
        return;
    }
    for (int i = 0; i < stdlib_file_count; i++)
        parse_added(L, sources_add(L->p->sources, stdlib_files[i].name, stdlib_files[i].text, stdlib_files[i].len, 1));
}

int load_program(Program *p, const char *const *inputs, int ninputs) {
    Loader L = {.p = p};
    strmap_init(&L.loaded, p->arena);
    load_stdlib(&L);
    for (int i = 0; i < ninputs; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            PtrVec files = {0};
            if (list_jx_files(p->arena, inputs[i], &files, true)) L.status = 2;
            if (files.len == 0 && L.status == 0) {
                syserr_report("'%s' 下没有 .jx 文件", "no .jx file in '%s'", inputs[i]);
                L.status = 2;
            }
            for (int k = 0; k < files.len; k++) load_path(&L, files.items[k], NULL);
        } else {
            load_path(&L, inputs[i], NULL);
        }
    }
    return L.status;
}
