/* What the commands that make a .jx file (new, import) share: their arguments are a few words
 * and .jx files that declare forms of the user's own, compiled with the stdlib; and the tree
 * they build in memory is printed by the formatter and written atomically (-o, or stdout). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "cli/cli.h"
#include "review/fmt.h"

bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

int compile_with_forms(const Options *o, Compilation *c, const char **words, int need, int most, UiText usage) {
    const char **files = calloc((size_t)o->ninputs + 1, sizeof(char *));
    if (!files) out_of_memory();
    int nfiles = 0, nwords = 0;
    for (int i = 0; i < o->ninputs; i++) {
        if (has_suffix(o->inputs[i], ".jx")) files[nfiles++] = o->inputs[i];
        else if (nwords < most) words[nwords++] = o->inputs[i];
        else {
            free(files);
            usage_error(o->command, usage);
            return -1;
        }
    }
    if (nwords < need) {
        free(files);
        usage_error(o->command, usage);
        return -1;
    }
    CompileOptions co = compile_options(o);
    compilation_init(c, &co);
    int status = compilation_run(c, files, nfiles);
    free(files);
    return status;
}

typedef struct Written {
    const char *text;
    size_t len;
} Written;

static int write_text(void *arg, FILE *out) {
    Written *w = arg;
    return fwrite(w->text, 1, w->len, out) == w->len ? 0 : 2;
}

int write_tree(const Options *o, Arena *a, const ParsedFile *pf) { return write_tree_after(o, a, NULL, pf); }

int write_tree_after(const Options *o, Arena *a, const char *head, const ParsedFile *pf) {
    size_t len;
    int ncomments;
    char *text = fmt_render_tree(a, pf, &len, &ncomments);
    Written w = {text, len};
    if (head) { /* source text as it was written, a blank line after it */
        size_t n = strlen(head);
        char *both = arena_alloc(a, n + 1 + len);
        memcpy(both, head, n);
        both[n] = '\n';
        memcpy(both + n + 1, text, len);
        w = (Written){both, n + 1 + len};
    }
    int status = write_atomically(opt_value(o, OPT_OUTPUT, NULL), write_text, &w);
    free(text);
    return status;
}
