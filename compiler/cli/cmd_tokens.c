/* `jxc tokens FILE...`: the tokens the lexer reads, one a line (line:column, kind, text).
 * A developer's aid, and what the lexer's golden tests observe. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/commands.h"
#include "driver/driver.h"
#include "front/lexer.h"
#include "front/loader.h"
#include "parser.h"
#include "diag/syserr.h"

static const char *kind_name(int k) {
    switch (k) {
    case TK_NL: return "NL";
    case TK_LBRACE: return "LBRACE";
    case TK_RBRACE: return "RBRACE";
    case TK_WORD: return "WORD";
    case TK_STRING: return "STRING";
    case TK_MEASURE: return "MEASURE";
    case TK_LABELLED: return "LABELLED";
    case TK_CMP: return "CMP";
    case TK_TILDE: return "TILDE";
    case TK_DATE: return "DATE";
    case TK_YEAR: return "YEAR";
    case TK_CODE: return "CODE";
    case TK_IMPORT: return "IMPORT";
    case TK_DEFAULTS: return "DEFAULTS";
    case TK_PROJECT: return "PROJECT";
    case TK_DEPARTMENT: return "DEPARTMENT";
    case TK_FUNDS: return "FUNDS";
    case TK_EXPENSES: return "EXPENSES";
    case TK_INDICATORS: return "INDICATORS";
    case TK_HALF: return "HALF";
    case TK_FULL: return "FULL";
    case TK_REF: return "REF";
    case TK_GROUP: return "GROUP";
    case TK_FORM: return "FORM";
    case TK_UNIT: return "UNIT";
    case TK_LEVEL: return "LEVEL";
    default: return "?";
    }
}

int cmd_tokens(const Options *o) {
    Compilation c;
    compilation_init(&c, o);
    int status = 0;
    for (int i = 0; i < o->ninputs; i++) {
        size_t len;
        char *text = read_file(o->inputs[i], &len);
        if (!text) {
            syserr_report("无法读取 '%s'：%s", "cannot read '%s': %s", o->inputs[i], syserr_text(errno));
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
            printf("%u:%u %s", lc.line, lc.col, kind_name(t.kind));
            if (t.kind != TK_NL || f->text[t.off] == ';') printf(" %.*s", (int)t.len, f->text + t.off);
            putchar('\n');
        }
        for (Comment *cm = pf.comments; cm; cm = cm->next_in_file) {
            LineCol lc = source_linecol(f, cm->span.off);
            printf("%u:%u COMMENT #%s\n", lc.line, lc.col, cm->text);
        }
    }
    compilation_report(&c, o);
    if (!status && c.diags.errors) status = 1;
    compilation_free(&c);
    return status;
}
