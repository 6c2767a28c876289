/* `jxc tokens FILE...`: the tokens the lexer reads, one a line (line:column, kind, text).
 * A developer's aid, and what the lexer's golden tests observe. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/utf8.h"
#include "cli/cli.h"
#include "driver/driver.h"
#include "front/lexer.h"
#include "front/loader.h"
#include "diag/ui.h"

int cmd_tokens(const Options *o) {
    Compilation c;
    CompileOptions co = compile_options(o);
    compilation_init(&c, &co);
    int status = 0;
    for (int i = 0; i < o->ninputs; i++) {
        size_t len;
        char *text = read_file(o->inputs[i], &len);
        if (!text) {
            ui_report(UI_cannot_read, o->inputs[i], syserr_text(errno));
            status = 2;
            continue;
        }
        uint32_t id = sources_add(&c.sources, strcmp(o->inputs[i], "-") == 0 ? "<stdin>" : o->inputs[i], text, len, 0);
        free(text);
        SourceFile *f = sources_get(&c.sources, id);
        ParsedFile pf = {0};
        Lexer lx;
        lexer_init(&lx, id, (char *)f->text, f->len, &c.diags, &c.arena, &pf);
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
    DiagStyle st = diag_style(o);
    compilation_report(&c, &st);
    if (!status && c.diags.errors) status = 1;
    compilation_free(&c);
    return status;
}
