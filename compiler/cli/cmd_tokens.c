/* `jxc tokens FILE|DIR...`: the tokens the lexer reads, one a line (line:column, kind, text).
 * A developer's aid, and what the lexer's golden tests observe. With --count it only lexes
 * and prints the totals: the benchmark's measure of the lexer alone (bench/run.py), so it
 * must do nothing a check would not (no printing, no parsing). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/mapped.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "driver/driver.h"
#include "front/inputs.h"
#include "front/lexer.h"
#include "front/loader.h"
#include "diag/ui.h"

int cmd_tokens(const Options *o) {
    Compilation c;
    CompileOptions co = compile_options(o);
    compilation_init(&c, &co);
    bool count_only = opt_given(o, OPT_TOKEN_COUNT);
    unsigned long long ntokens = 0, ncomments = 0, nbytes = 0;
    /* Directories are read as their .jx files, as check reads them. */
    PtrVec paths = {0};
    int status = inputs_expand(&c.arena, o->inputs, o->ninputs, &paths, true);
    for (int i = 0; i < paths.len; i++) {
        const char *path = paths.items[i];
        size_t len;
        /* Counting, read as jxc check reads (mapped, each MiB let go once lexed), so that
         * it measures the lexer on any file check takes. */
        char *text = count_only ? read_file_mapped(path, &len) : read_file(path, &len);
        if (!text) {
            ui_report(UI_cannot_read, path, syserr_text(errno));
            status = 2;
            continue;
        }
        /* The sources keep the buffer (no copy): diagnostics quote from it. */
        uint32_t id = sources_adopt(&c.sources, strcmp(path, "-") == 0 ? "<stdin>" : path, text, len, 0);
        nbytes += len;
        SourceFile *f = sources_get(&c.sources, id);
        ParsedFile pf = {0};
        Lexer lx;
        lexer_init(&lx, id, (char *)f->text, f->len, &c.diags, &c.arena, &pf);
        if (count_only) {
            /* The comments are counted and let go a MiB at a time, as the text is. */
            Arena comments;
            arena_init(&comments);
            lx.comment_arena = &comments;
            for (size_t released = 0;;) {
                Token t = lexer_next(&lx);
                if (t.kind == 0 || t.off - released >= (1u << 20)) {
                    for (Comment *cm = pf.comments; cm; cm = cm->next_in_file) ncomments++;
                    pf.comments = pf.last_comment = NULL;
                    arena_reset(&comments);
                    if (t.kind == 0) break;
                    mapped_release(f->text + released, f->text + t.off);
                    released = t.off;
                }
                ntokens++;
            }
            arena_free(&comments);
            continue;
        }
        for (;;) {
            Token t = lexer_next(&lx);
            if (t.kind == 0) break;
            LineCol lc = source_linecol(f, t.off);
            printf("%u:%u %s", lc.line, lc.col, token_kind_name(t.kind));
            if (!token_is_newline(t.kind) || f->text[t.off] == ';') {
                putchar(' ');
                fwrite_visible(stdout, f->text + t.off, t.len);
            }
            putchar('\n');
        }
        for (Comment *cm = pf.comments; cm; cm = cm->next_in_file) {
            LineCol lc = source_linecol(f, cm->span.off);
            printf("%u:%u COMMENT #", lc.line, lc.col);
            fputs_visible(stdout, cm->text);
            putchar('\n');
        }
    }
    /* Totals of a run that could not read its inputs would mislead: none then. */
    if (count_only && status != 2) ui_printf(stdout, UI_tokens_counted, ntokens, ncomments, paths.len, nbytes);
    DiagStyle st = diag_style(o);
    compilation_report(&c, &st);
    if (!status && c.diags.errors) status = 1;
    compilation_free(&c);
    return status;
}
