/* `jxc diff [-f text|markdown|json] OLD NEW`: compiles the two versions (files or
 * directories) separately and prints what changed in the budget's terms (diff_match.c,
 * diff_target.c, diff_render.c, diff_json.c). Exit status: 0 no difference, 1 differences,
 * 2 trouble (an input that cannot be read, or errors in either version).
 *
 * As git's external diff driver it gets seven arguments (path old-file old-hex old-mode
 * new-file new-hex new-mode; /dev/null for a file that is added or deleted), or nine for a
 * renamed or copied file (the seven, then the new path and git's "similarity index …" text):
 * the diff is then shown under the new path, "a/OLD b/NEW". The diagnostics and messages name
 * each version by its path in the repository (a/PATH, b/PATH), not the temporary file git
 * made for it. Git stops at a
 * driver that exits with anything but 0, so in that form the status is 0 for differences too,
 * and a version with errors gets its errors and a plain line diff instead of a semantic one:
 * `git log -p` must go on through old commits that did not compile. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli.h"
#include "review/diff.h"
#include "driver/driver.h"
#include "front/inputs.h"
#include "base/textdiff.h"
#include "base/utf8.h"

static bool is_error(const Diag *g, void *arg) {
    (void)arg;
    return g->severity == SEV_ERROR;
}

/* Writes the errors of a compilation (not its warnings: a diff is not a check). */
static void report_errors(Compilation *c, const Options *o) {
    diags_retain(&c->diags, is_error, NULL);
    DiagStyle st = diag_style(o);
    compilation_report(c, &st);
}

/* git mode: the files of a compilation that git named `path` are shown as `shown`. */
static void show_as(Compilation *c, const char *path, const char *shown) {
    for (uint32_t i = 0; i < c->sources.nfiles; i++) {
        SourceFile *f = c->sources.files[i];
        if (!f->is_stdlib && strcmp(f->path, path) == 0) f->path = arena_strdup(&c->arena, shown);
    }
}

/* git mode, when a version does not compile: a unified diff of the two files. `which` names
 * the version or versions with errors. */
static int line_diff(const char *which, const char *old_title, const char *title, const char *old_path,
                     const char *new_path, const Options *o) {
    size_t alen = 0, blen = 0;
    char *a = read_file(old_path, &alen), *b = read_file(new_path, &blen);
    if (!a || !b) {
        free(a);
        free(b);
        return 2;
    }
    Arena ar;
    arena_init(&ar);
    const char *arg = which;
    printf("jxc diff a/%s b/%s\n", old_title, title);
    fputs_visible(stdout, ui_format(&ar, o->lang, UI_diff_fallback, &arg, 1));
    putchar('\n');
    StrBuf d = {0};
    unified_diff_renamed(&d, old_title, title, a, alen, b, blen);
    /* The lines as they are, but a control or bidi character by name (<U+001B>): a line
     * of the file must not move the reviewer's cursor or erase what git printed above. */
    if (d.len) fwrite_visible(stdout, d.data, d.len);
    sb_free(&d);
    arena_free(&ar);
    free(a);
    free(b);
    return 0;
}

/* Whether a version's errors include an evaluation whose target table is not compiled with it. */
static bool names_target_missing(const Compilation *c) {
    for (int i = 0; i < c->diags.list.len; i++)
        if (((const Diag *)c->diags.list.items[i])->msg == message_get(E0801)) return true;
    return false;
}

int cmd_diff(const Options *o) {
    const char *fmt = opt_value(o, OPT_DIFF_FORMAT, "text");
    if (strcmp(fmt, "text") != 0 && strcmp(fmt, "markdown") != 0 && strcmp(fmt, "json") != 0)
        return usage_error(o->command, UI_diff_bad_format, fmt);
    const char *old_path, *new_path, *title = NULL, *old_title = NULL;
    bool git = false;
    if (o->ninputs == 2) {
        old_path = o->inputs[0];
        new_path = o->inputs[1];
    } else if (o->ninputs == 7 || o->ninputs == 9) {
        /* git: path old-file old-hex old-mode new-file new-hex new-mode [new-path similarity] */
        git = true;
        title = old_title = o->inputs[0];
        old_path = o->inputs[1];
        new_path = o->inputs[4];
        if (o->ninputs == 9) title = o->inputs[7];
    } else {
        return usage_error(o->command, UI_diff_arguments);
    }
    CompileOptions opts = compile_options(o);
    opts.strict = false;
    Compilation co, cn;
    compilation_init(&co, &opts);
    compilation_init(&cn, &opts);
    const char *inputs_o[1] = {old_path}, *inputs_n[1] = {new_path};
    int so = compilation_run(&co, inputs_o, 1);
    int sn = compilation_run(&cn, inputs_n, 1);
    Arena names;
    arena_init(&names);
    const char *old_shown = old_path, *new_shown = new_path;
    if (git) {
        old_shown = arena_printf(&names, "a/%s", old_title);
        new_shown = arena_printf(&names, "b/%s", title);
        show_as(&co, old_path, old_shown);
        show_as(&cn, new_path, new_shown);
    }
    int status;
    if (so == 2 || sn == 2) {
        status = 2;
    } else if (co.diags.errors || cn.diags.errors) {
        report_errors(&co, o);
        report_errors(&cn, o);
        const char *which = co.diags.errors ? old_shown : new_shown;
        bool both = co.diags.errors && cn.diags.errors;
        fputs_visible(stderr, ui_format(&names, o->lang, both ? UI_diff_errors_both : UI_diff_errors, &which, 1));
        fputc('\n', stderr);
        /* An evaluation file given alone (its targets in another file): say how to compare it. */
        if (!git && (names_target_missing(&co) || names_target_missing(&cn))) {
            fputs(ui_in(o->lang, UI_diff_eval_alone), stderr);
            fputc('\n', stderr);
        }
        if (both) which = arena_printf(&names, "%s%s%s", old_shown, ui_in(o->lang, UI_comma), new_shown);
        status = git ? line_diff(which, old_title, title, old_path, new_path, o) : 2;
    } else {
        DiffSide os = {.p = &co.program}, ns = {.p = &cn.program};
        DiffResult r = {0};
        diff_programs(&r, &os, &ns);
        /* Colour on a terminal; under git, when git pipes its output into a pager it runs. */
        bool color = git && getenv("GIT_PAGER_IN_USE") && o->color < 0 ? !getenv("NO_COLOR") : want_color(o, STDOUT_FILENO);
        DiffOutput d = {o->lang, color && strcmp(fmt, "text") == 0, title, old_title && strcmp(old_title, title) ? old_title : NULL};
        status = 0;
        /* The evaluations (自评, 监控) of the two versions, after their tables; alone when only
         * they changed (no "no differences" line above them). */
        char *ebuf = NULL;
        size_t elen = 0;
        int evals = 0;
        FILE *es = strcmp(fmt, "json") == 0 ? NULL : open_memstream(&ebuf, &elen);
        if (es) {
            evals = diff_evaluations(&co.program, &cn.program, o->lang, strcmp(fmt, "markdown") == 0, es);
            fclose(es);
        }
        bool only_evals = evals > 0 && r.tables.len == 0;
        if (strcmp(fmt, "json") == 0) {
            r.evaluations = diff_evaluations_json(&co.program, &cn.program, &r.nevaluations);
            evals = r.nevaluations;
        }
        if (strcmp(fmt, "json") == 0) status = diff_render_json(&r, &d, git ? old_title : old_path, git ? title : new_path, stdout);
        else if (only_evals) {
            if (title) printf("jxc diff a/%s b/%s\n", title, title);
        } else if (strcmp(fmt, "markdown") == 0) diff_render_markdown(&r, &d, stdout);
        else diff_render_text(&r, &d, stdout);
        if (ebuf && elen) fwrite(ebuf, 1, elen, stdout);
        free(ebuf);
        if (flush_stdout() != 0) status = 2;
        if (status == 0 && (r.tables.len > 0 || evals > 0) && !git) status = 1;
    }
    compilation_free(&co);
    compilation_free(&cn);
    arena_free(&names);
    return status;
}
