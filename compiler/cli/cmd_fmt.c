/* `jxc fmt [-w | --check | --diff] FILE|DIR...`: prints each file in the canonical layout
 * (fmt_print.c), or rewrites it in place (-w, atomically), or lists the files that are not
 * formatted (--check), or shows the change as a unified diff (--diff). A file with syntax
 * errors is never formatted: its errors are reported and the status is 1. fmt only parses;
 * it does not check (a file with unknown units formats as well as a correct one). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli/cli.h"
#include "driver/driver.h"
#include "review/fmt.h"
#include "front/inputs.h"
#include "front/parse.h"
#include "base/textdiff.h"
#include "diag/ui.h"


typedef struct Formatted {
    const char *text;
    size_t len;
} Formatted;

static int write_formatted(void *arg, FILE *out) {
    Formatted *f = arg;
    return fwrite(f->text, 1, f->len, out) == f->len ? 0 : 2;
}

/* Formats one file. Returns its status: 0 (formatted, or already so), 1 (syntax errors, or
 * not formatted under --check/--diff), 2 (cannot read or write it). */
static int format_one(const Options *o, const char *path) {
    bool write = opt_given(o, OPT_WRITE), check = opt_given(o, OPT_CHECK), diff = opt_given(o, OPT_DIFF);
    bool is_stdin = strcmp(path, "-") == 0;
    if (is_stdin && write) {
        ui_report(UI_fmt_write_stdin);
        return 2;
    }
    size_t len;
    char *raw = read_file(path, &len);
    if (!raw) {
        ui_report(UI_cannot_read, path, syserr_text(errno));
        return 2;
    }
    if (len > (size_t)MAX_FILE_BYTES) {
        ui_report(UI_fmt_too_large, path);
        free(raw);
        return 2;
    }
    const char *shown = is_stdin ? "<stdin>" : path;
    CompileOptions co = compile_options(o);
    Compilation c;
    compilation_init(&c, &co);
    uint32_t id = sources_add(&c.sources, shown, raw, len, 0);
    SourceFile *sf = sources_get(&c.sources, id);
    ParsedFile *pf = parse_file(&c.arena, &c.diags, &c.sources, id);
    int status = 0;
    if (pf->had_errors || c.diags.errors > 0) {
        /* Only the errors: fmt does not check, and a warning does not stop it. */
        DiagStyle st = diag_style(o);
        compilation_report(&c, &st);
        free(raw);
        compilation_free(&c);
        return 1;
    }
    int ncomments = 0, total = 0;
    for (Comment *k = pf->comments; k; k = k->next_in_file) total++;
    size_t outlen;
    char *out = fmt_render(&c.arena, sf, pf, &outlen, &ncomments);

    /* The safety net: the output must parse to the same tree with the same comments. */
    Diags again;
    diags_init(&again, &c.arena, &c.sources);
    uint32_t id2 = sources_add(&c.sources, shown, out, outlen, 0);
    ParsedFile *pf2 = parse_file(&c.arena, &again, &c.sources, id2);
    const char *where = NULL;
    if (ncomments != total) where = ui(UI_fmt_lost_comment);
    else if (pf2->had_errors || again.errors) where = ui(UI_fmt_no_parse);
    else if (!fmt_same_tree(&c.arena, sf->text, pf, sources_get(&c.sources, id2)->text, pf2, &where)) {}
    if (where) {
        ui_report(UI_fmt_internal, shown, where);
        status = 2;
    } else {
        bool changed = outlen != len || memcmp(out, raw, len) != 0;
        if (check || diff) {
            if (changed) {
                status = 1;
                if (diff) {
                    StrBuf d = {0};
                    unified_diff(&d, shown, raw, len, out, outlen);
                    if (d.len) fwrite(d.data, 1, d.len, stdout);
                    sb_free(&d);
                } else {
                    printf("%s\n", shown);
                }
            }
        }
        if (write) {
            if (changed) {
                Formatted f = {out, outlen};
                if (write_atomically(path, write_formatted, &f) != 0) status = 2;
            }
        } else if (!check && !diff) {
            if (fwrite(out, 1, outlen, stdout) != outlen) status = 2;
        }
    }
    free(out);
    free(raw);
    compilation_free(&c);
    return status;
}

int cmd_fmt(const Options *o) {
    if (opt_given(o, OPT_WRITE) && opt_given(o, OPT_CHECK)) return usage_error(o->command, UI_fmt_write_and_check);
    Arena a;
    arena_init(&a);
    PtrVec files = {0};
    int status = inputs_expand(&a, o->inputs, o->ninputs, &files, false);
    for (int i = 0; i < files.len; i++) {
        int r = format_one(o, files.items[i]);
        if (r > status) status = r;
        if (flush_stdout() != 0) status = 2;
    }
    arena_free(&a);
    return status;
}
