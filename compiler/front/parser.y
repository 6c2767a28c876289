/* The jx grammar, for Lemon 3.40 (lemon -T/usr/share/lemon/lempar.c).
 *
 * Statements end with NL: the driver (compiler/parse.c) turns ';' into NL, drops blank lines,
 * inserts an NL before every '}' that does not follow one, and one at the end of the input,
 * so every statement here simply ends with NL. Keywords fall back to WORD where a name is
 * expected, so an indicator may be called 资金 or 全年目标. Every block has `error NL` and
 * `error { … }` rules: a bad line is skipped and the parse goes on at the next statement,
 * reporting each error at its own place. */

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "base/suggest.h"
#include "front/lang.h"
#include "front/parse.h"
static void jx_syntax_error(void *parser, int major, Token tok, ParseCtx *ctx);
/* After a recovered error, the next error (on a later line) is reported at once: Lemon would
 * otherwise wait for three tokens to be shifted, and lose errors on consecutive lines. */
#define RECOVERED() (yypParser->yyerrcnt = -1)
static Node *make_eval(ParseCtx *ctx, NodeKind kind, Token K, ValueList V, NodeList B, Token L, Token R) {
    Node *n = make_stmt(ctx, kind, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_values(n, V);
    node_set_children(n, B, L, R);
    return n;
}
}

%name jxParse
%token_prefix TK_
%token_type {Token}
%extra_context {ParseCtx *ctx}
%stack_size 0

%syntax_error { jx_syntax_error(yypParser, yymajor, yyminor, ctx); }
%parse_failure { ctx->failed = true; }
%stack_overflow { ctx->failed = true; }

%token NL LBRACE RBRACE WORD STRING MEASURE LABELLED CMP TILDE DATE YEAR CODE.
/* The keywords' %token and %fallback lists, made from front/lang.def by scripts/gen_lang.c
 * (the Makefile puts them here). */
@KEYWORDS@

%type name {Name}
%type value {Value*}
%type values {ValueList}
%type levels {ValueList}
%type target {Target}
%type amounts {Target}
%type stmt_list {NodeList}
%type fields {NodeList}
%type body {NodeList}
%type fundlines {NodeList}
%type explines {NodeList}
%type indnodes {NodeList}
%type items {NodeList}
%type unitnames {ValueList}
%type field {Node*}
%type fitem {Node*}
%type bitem {Node*}
%type fundline {Node*}
%type expline {Node*}
%type indnode {Node*}
%type item {Node*}

file ::= decls.
decls ::= .
decls ::= decls decl.

/* ---- declarations ------------------------------------------------------------------- */
/* A new kind of declaration must also be known to only_tables() in compiler/check_stream.c,
 * which tells, before parsing, the files jxc check may read one at a time. */

decl ::= IMPORT(K) STRING(S) NL. {
    Node *n = make_stmt(ctx, N_IMPORT, tok_span(ctx, K), tok_span(ctx, S));
    n->kw = tok_span(ctx, K);
    node_set_name(n, make_name(ctx, S, true));
    add_decl(ctx, n);
}
decl ::= DEFAULTS(K) LBRACE(L) fields(F) RBRACE(R) NL. {
    Node *n = make_stmt(ctx, N_DEFAULTS, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_children(n, F, L, R);
    add_decl(ctx, n);
}
decl ::= PROJECT(K) name(N) LBRACE(L) body(B) RBRACE(R) NL. {
    Node *n = make_stmt(ctx, N_PROJECT, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_name(n, N);
    node_set_children(n, B, L, R);
    add_decl(ctx, n);
}
decl ::= DEPARTMENT(K) name(N) LBRACE(L) body(B) RBRACE(R) NL. {
    Node *n = make_stmt(ctx, N_DEPARTMENT, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_name(n, N);
    node_set_children(n, B, L, R);
    add_decl(ctx, n);
}
decl ::= GROUP(K) name(N) LBRACE(L) indnodes(B) RBRACE(R) NL. {
    Node *n = make_stmt(ctx, N_GROUP, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_name(n, N);
    node_set_children(n, B, L, R);
    add_decl(ctx, n);
}
decl ::= UNIT(K) name(N) name(D) NL. {
    Node *n = make_stmt(ctx, N_UNITDECL, tok_span(ctx, K), D.span);
    n->kw = tok_span(ctx, K);
    node_set_name(n, N);
    ValueList l = {0};
    values_add(ctx, &l, name_as_value(ctx, D));
    node_set_values(n, l);
    add_decl(ctx, n);
}
decl ::= UNIT(K) name(N) MEASURE(M) NL. {
    /* 单位 公里 1000米: a unit and its size in another unit of the same dimension. */
    Node *n = make_stmt(ctx, N_UNITDECL, tok_span(ctx, K), tok_span(ctx, M));
    n->kw = tok_span(ctx, K);
    node_set_name(n, N);
    ValueList l = {0};
    values_add(ctx, &l, make_measure(ctx, M, NULL));
    node_set_values(n, l);
    add_decl(ctx, n);
}
decl ::= UNIT(K) name(N) LBRACE(L) unitnames(U) RBRACE(R) NL. {
    /* 单位 计数 { 台 人次 … }: the name is the dimension, the values are the units. */
    Node *n = make_stmt(ctx, N_UNITDECL, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_name(n, N);
    node_set_values(n, U);
    n->has_block = true;
    n->lbrace = tok_span(ctx, L);
    n->rbrace = tok_span(ctx, R);
    add_decl(ctx, n);
}
decl ::= LEVEL(K) levels(V) NL. {
    Node *n = make_stmt(ctx, N_LEVELDECL, tok_span(ctx, K), V.span);
    n->kw = tok_span(ctx, K);
    node_set_values(n, V);
    n->ordered = V.ordered;
    add_decl(ctx, n);
}
decl ::= LEVEL(K) name(N) LBRACE(L) unitnames(U) RBRACE(R) NL. {
    /* 等级 比率 { 序时进度 }: the name is the class of the words (a dimension, or 含糊). */
    Node *n = make_stmt(ctx, N_LEVELDECL, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_name(n, N);
    node_set_values(n, U);
    n->has_block = true;
    n->lbrace = tok_span(ctx, L);
    n->rbrace = tok_span(ctx, R);
    add_decl(ctx, n);
}
decl ::= FORM(K) name(N) LBRACE(L) items(B) RBRACE(R) NL. {
    Node *n = make_stmt(ctx, N_FORM, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_name(n, N);
    node_set_children(n, B, L, R);
    add_decl(ctx, n);
}
decl ::= ALIAS(K) LBRACE(L) items(B) RBRACE(R) NL. {
    /* 别名 { 社会效益指标 社会效益 }: each line a name and the names that mean the same. */
    Node *n = make_stmt(ctx, N_ALIASDECL, tok_span(ctx, K), tok_span(ctx, R));
    n->kw = tok_span(ctx, K);
    node_set_children(n, B, L, R);
    add_decl(ctx, n);
}
/* The rest of the budget year (docs/evaluation.md): 自评 2025 { … }, 监控 2025-07-31 { … } and
 * 评分规则 NAME { … } hold a generic tree of lines and blocks, as a form does; check/check_eval.c
 * reads it. */
decl ::= EVAL(K) values(V) LBRACE(L) items(B) RBRACE(R) NL. { add_decl(ctx, make_eval(ctx, N_EVAL, K, V, B, L, R)); }
decl ::= MONITOR(K) values(V) LBRACE(L) items(B) RBRACE(R) NL. { add_decl(ctx, make_eval(ctx, N_MONITOR, K, V, B, L, R)); }
decl ::= PROFILE(K) values(V) LBRACE(L) items(B) RBRACE(R) NL. { add_decl(ctx, make_eval(ctx, N_PROFILE, K, V, B, L, R)); }
decl ::= error NL. { RECOVERED(); ctx->pf->had_errors = true; }
decl ::= error LBRACE items RBRACE NL. { RECOVERED(); ctx->pf->had_errors = true; }

unitnames(A) ::= . { memset(&A, 0, sizeof A); }
unitnames(A) ::= unitnames(B) name(N). { A = B; values_add(ctx, &A, name_as_value(ctx, N)); }
unitnames(A) ::= unitnames(B) NL. { A = B; }

levels(A) ::= name(N). { memset(&A, 0, sizeof A); values_add(ctx, &A, name_as_value(ctx, N)); }
levels(A) ::= levels(B) name(N). { A = B; values_add(ctx, &A, name_as_value(ctx, N)); }
levels(A) ::= levels(B) CMP(C) name(N). {
    A = B;
    /* Only '>' orders a scale (best first); the checker reports any other comparator. */
    Value *v = name_as_value(ctx, N);
    v->cmp = cmp_from_text(ctx->text + C.off, C.len);
    v->cmp_span = tok_span(ctx, C);
    A.ordered = true;
    values_add(ctx, &A, v);
}

name(A) ::= WORD(T). { A = make_name(ctx, T, false); }
name(A) ::= STRING(T). { A = make_name(ctx, T, true); }

/* ---- fields -------------------------------------------------------------------------- */

fields(A) ::= . { memset(&A, 0, sizeof A); }
fields(A) ::= fields(B) fitem(I). { A = B; list_add(&A, I); }
fitem(A) ::= field(F). { A = F; }
fitem(A) ::= error NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }
fitem(A) ::= error LBRACE items RBRACE NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }

field(A) ::= name(N) values(V) NL. {
    A = make_stmt(ctx, N_FIELD, N.span, V.span);
    node_set_name(A, N);
    node_set_values(A, V);
}

values(A) ::= value(V). { memset(&A, 0, sizeof A); values_add(ctx, &A, V); }
values(A) ::= values(B) value(V). { A = B; values_add(ctx, &A, V); }

/* ---- project and department bodies ---------------------------------------------------- */

body(A) ::= . { memset(&A, 0, sizeof A); }
body(A) ::= body(B) bitem(I). { A = B; list_add(&A, I); }

bitem(A) ::= field(F). { A = F; }
bitem(A) ::= FUNDS(K) LBRACE(L) fundlines(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_FUNDS, tok_span(ctx, K), tok_span(ctx, R));
    A->kw = tok_span(ctx, K);
    node_set_children(A, B, L, R);
}
bitem(A) ::= EXPENSES(K) LBRACE(L) explines(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_EXPENSES, tok_span(ctx, K), tok_span(ctx, R));
    A->kw = tok_span(ctx, K);
    node_set_children(A, B, L, R);
}
bitem(A) ::= INDICATORS(K) LBRACE(L) indnodes(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_INDICATORS, tok_span(ctx, K), tok_span(ctx, R));
    A->kw = tok_span(ctx, K);
    node_set_children(A, B, L, R);
}
/* 资金 中期 { … } and 指标 中期 { … }: a form's second set, the mid-term one (中央部门项目). */
bitem(A) ::= FUNDS(K) name(N) LBRACE(L) fundlines(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_FUNDS, tok_span(ctx, K), tok_span(ctx, R));
    A->kw = tok_span(ctx, K);
    node_set_name(A, N);
    node_set_children(A, B, L, R);
}
bitem(A) ::= INDICATORS(K) name(N) LBRACE(L) indnodes(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_INDICATORS, tok_span(ctx, K), tok_span(ctx, R));
    A->kw = tok_span(ctx, K);
    node_set_name(A, N);
    node_set_children(A, B, L, R);
}
bitem(A) ::= name(N) LBRACE(L) items(B) RBRACE(R) NL. {
    /* A block that is not 资金, 支出 or 指标: parsed, and reported by the checker with a
     * did-you-mean (a misspelt 指标 should not cost the whole table its syntax). */
    A = make_stmt(ctx, N_ITEM, N.span, tok_span(ctx, R));
    node_set_name(A, N);
    node_set_children(A, B, L, R);
}
bitem(A) ::= error NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }
bitem(A) ::= error LBRACE items RBRACE NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }

/* ---- funds ------------------------------------------------------------------------------ */

fundlines(A) ::= . { memset(&A, 0, sizeof A); }
fundlines(A) ::= fundlines(B) fundline(I). { A = B; list_add(&A, I); }

fundline(A) ::= name(N) MEASURE(M) NL. {
    A = make_stmt(ctx, N_FUND, N.span, tok_span(ctx, M));
    node_set_name(A, N);
    A->full = make_measure(ctx, M, NULL);
}
fundline(A) ::= name(N) MEASURE(M) LBRACE(L) fundlines(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_FUND, N.span, tok_span(ctx, R));
    node_set_name(A, N);
    A->full = make_measure(ctx, M, NULL);
    node_set_children(A, B, L, R);
}
fundline(A) ::= name(N) STRING(S) NL. {
    /* An amount written as text (a cell of the printed table that holds more than a number):
     * parsed, so that the checker says what is wrong with it (E0509), not the grammar. */
    A = make_stmt(ctx, N_FUND, N.span, tok_span(ctx, S));
    node_set_name(A, N);
    A->full = make_string(ctx, S);
}
fundline(A) ::= name(N) LBRACE(L) fundlines(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_FUND, N.span, tok_span(ctx, R));
    node_set_name(A, N);
    node_set_children(A, B, L, R);
}
fundline(A) ::= error NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }
fundline(A) ::= error LBRACE items RBRACE NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }

/* ---- expenses ----------------------------------------------------------------------------- */

explines(A) ::= . { memset(&A, 0, sizeof A); }
explines(A) ::= explines(B) expline(I). { A = B; list_add(&A, I); }

expline(A) ::= name(N) amounts(T) NL. {
    A = make_stmt(ctx, N_EXPENSE, N.span, T.span);
    node_set_name(A, N);
    A->half = T.half; A->full = T.full; A->half_kw = T.half_kw; A->full_kw = T.full_kw;
}
expline(A) ::= name(N) amounts(T) LBRACE(L) explines(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_EXPENSE, N.span, tok_span(ctx, R));
    node_set_name(A, N);
    A->half = T.half; A->full = T.full; A->half_kw = T.half_kw; A->full_kw = T.full_kw;
    node_set_children(A, B, L, R);
}
expline(A) ::= name(N) LBRACE(L) explines(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_EXPENSE, N.span, tok_span(ctx, R));
    node_set_name(A, N);
    node_set_children(A, B, L, R);
}
expline(A) ::= error NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }
expline(A) ::= error LBRACE items RBRACE NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }

amounts(A) ::= MEASURE(M). {
    memset(&A, 0, sizeof A);
    A.full = make_measure(ctx, M, NULL);
    A.span = A.full->span;
}
amounts(A) ::= FULL(F) MEASURE(M). {
    memset(&A, 0, sizeof A);
    A.full = make_measure(ctx, M, NULL);
    A.full_kw = tok_span(ctx, F);
    A.span = A.full->span;
}
amounts(A) ::= HALF(H) MEASURE(M1) FULL(F) MEASURE(M2). {
    memset(&A, 0, sizeof A);
    A.half = make_measure(ctx, M1, NULL);
    A.full = make_measure(ctx, M2, NULL);
    A.half_kw = tok_span(ctx, H);
    A.full_kw = tok_span(ctx, F);
    A.span = A.full->span;
}

/* ---- indicators ---------------------------------------------------------------------------- */

indnodes(A) ::= . { memset(&A, 0, sizeof A); }
indnodes(A) ::= indnodes(B) indnode(I). { A = B; list_add(&A, I); }

indnode(A) ::= name(N) LBRACE(L) indnodes(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_CATEGORY, N.span, tok_span(ctx, R));
    node_set_name(A, N);
    node_set_children(A, B, L, R);
}
indnode(A) ::= name(N) target(T) NL. {
    A = make_stmt(ctx, N_LEAF, N.span, T.span);
    node_set_name(A, N);
    A->half = T.half; A->full = T.full; A->half_kw = T.half_kw; A->full_kw = T.full_kw;
}
indnode(A) ::= name(N) target(T) STRING(S) NL. {
    A = make_stmt(ctx, N_LEAF, N.span, tok_span(ctx, S));
    node_set_name(A, N);
    A->half = T.half; A->full = T.full; A->half_kw = T.half_kw; A->full_kw = T.full_kw;
    A->note = make_string(ctx, S);
}
/* A leaf with its cells in the form's 指标列: `培训人次 ≥500 { 度量单位 人次; 分值 10 }`. */
indnode(A) ::= name(N) target(T) LBRACE(L) fields(F) RBRACE(R) NL. {
    A = make_stmt(ctx, N_LEAF, N.span, tok_span(ctx, R));
    node_set_name(A, N);
    A->half = T.half; A->full = T.full; A->half_kw = T.half_kw; A->full_kw = T.full_kw;
    node_set_children(A, F, L, R);
}
indnode(A) ::= name(N) target(T) STRING(S) LBRACE(L) fields(F) RBRACE(R) NL. {
    A = make_stmt(ctx, N_LEAF, N.span, tok_span(ctx, R));
    node_set_name(A, N);
    A->half = T.half; A->full = T.full; A->half_kw = T.half_kw; A->full_kw = T.full_kw;
    A->note = make_string(ctx, S);
    node_set_children(A, F, L, R);
}
indnode(A) ::= REF(K) name(N) NL. {
    A = make_stmt(ctx, N_REF, tok_span(ctx, K), N.span);
    A->kw = tok_span(ctx, K);
    node_set_name(A, N);
}
indnode(A) ::= error NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }
indnode(A) ::= error LBRACE items RBRACE NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }

target(A) ::= value(V). {
    memset(&A, 0, sizeof A);
    A.full = V;
    A.span = V->span;
}
target(A) ::= FULL(F) value(V). {
    memset(&A, 0, sizeof A);
    A.full = V;
    A.full_kw = tok_span(ctx, F);
    A.span = V->span;
}
target(A) ::= HALF(H) value(V1) FULL(F) value(V2). {
    memset(&A, 0, sizeof A);
    A.half = V1;
    A.full = V2;
    A.half_kw = tok_span(ctx, H);
    A.full_kw = tok_span(ctx, F);
    A.span = V2->span;
}

/* ---- values ---------------------------------------------------------------------------------- */

value(A) ::= MEASURE(M). { A = make_measure(ctx, M, NULL); }
value(A) ::= CMP(C) MEASURE(M). { A = make_measure(ctx, M, &C); }
value(A) ::= LABELLED(T). { A = make_labelled(ctx, T); }
value(A) ::= MEASURE(L) TILDE(S) MEASURE(H). { A = make_range(ctx, L, S, H); }
value(A) ::= CMP(C) WORD(W). { A = make_refword(ctx, C, W); }
value(A) ::= WORD(W). { A = make_word(ctx, W); }
value(A) ::= STRING(S). { A = make_string(ctx, S); }
value(A) ::= DATE(T). { A = make_plain(ctx, VX_DATE, T, NULL); }
value(A) ::= CMP(C) DATE(T). { A = make_plain(ctx, VX_DATE, T, &C); }
value(A) ::= YEAR(T). { A = make_plain(ctx, VX_YEAR, T, NULL); }
value(A) ::= CODE(T). { A = make_plain(ctx, VX_CODE, T, NULL); }

/* ---- form bodies: a generic tree of lines and blocks -------------------------------------------- */

items(A) ::= . { memset(&A, 0, sizeof A); }
items(A) ::= items(B) item(I). { A = B; list_add(&A, I); }

item(A) ::= values(V) NL. {
    A = make_stmt(ctx, N_ITEM, V.span, V.span);
    node_set_values(A, V);
}
item(A) ::= values(V) LBRACE(L) items(B) RBRACE(R) NL. {
    A = make_stmt(ctx, N_ITEM, V.span, tok_span(ctx, R));
    node_set_values(A, V);
    node_set_children(A, B, L, R);
}
item(A) ::= error NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }
item(A) ::= error LBRACE items RBRACE NL. { A = NULL; RECOVERED(); ctx->pf->had_errors = true; }

%code {
/* Would the parser, in its present state, accept token `tok`? Simulates the reductions on a
 * copy of the state stack: Lemon's default reductions make a plain table lookup say yes to
 * tokens that fail a few reductions later. */
static int jx_accepts(yyParser *p, int tok) {
    int depth = (int)(p->yytos - p->yystack);
    int cap = depth + 64;
    YYACTIONTYPE *st = malloc(sizeof *st * (size_t)cap);
    if (!st) return 0;
    for (int i = 0; i <= depth; i++) st[i] = p->yystack[i].stateno;
    int sp = depth, ok = 0;
    for (int guard = 0; guard < 100000; guard++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)tok, st[sp]);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            int base = sp + yyRuleInfoNRhs[rule];
            if (base < 0 || base + 1 >= cap) break;
            st[base + 1] = yy_find_reduce_action(st[base], (YYCODETYPE)yyRuleInfoLhs[rule]);
            sp = base + 1;
            continue;
        }
        ok = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        break;
    }
    free(st);
    return ok;
}

static const char *describe_expected(ParseCtx *ctx, yyParser *p) {
    int acc[YYNTOKEN];
    for (int t = 1; t < YYNTOKEN; t++) acc[t] = jx_accepts(p, t);
    /* Group the token kinds into words a writer knows; they are put into words in the
     * language of the output (message_format), so only message ids are kept here. */
    DiagCode parts[8];
    int n = 0;
    /* Keywords fall back to WORD, so where a word is expected every keyword is "accepted"
     * too: a keyword counts as expected only where a word is not. */
    int value_like = acc[TK_MEASURE] && acc[TK_CMP] && acc[TK_STRING];
    if (value_like) {
        parts[n++] = TOK_value;
    } else {
        if (acc[TK_MEASURE]) parts[n++] = TOK_number;
        if (acc[TK_WORD] && acc[TK_STRING]) parts[n++] = TOK_name;
        else if (acc[TK_WORD]) parts[n++] = TOK_word;
        /* An amount's place takes a string only to report it as no amount (E0509): a number
         * is what is expected there. */
        else if (acc[TK_STRING] && !acc[TK_MEASURE]) parts[n++] = TOK_string;
        if (acc[TK_TILDE]) parts[n++] = TOK_range;
    }
    if (acc[TK_PROJECT] && !acc[TK_WORD]) parts[n++] = TOK_declaration;
    if (acc[TK_FULL] && !acc[TK_WORD]) parts[n++] = TOK_full;
    if (acc[TK_LBRACE]) parts[n++] = TOK_lbrace;
    if (acc[TK_NL]) parts[n++] = TOK_eol;
    if (n == 0) parts[n++] = TOK_eol;
    return message_word_list(ctx->arena, parts, n);
}

/* Could this word be a unit or a multiplier (公里, 人次, 万元, 平方米)? Short, without digits,
 * and not 全年/半年 run into their amount (全年0 wants a space, not to join the number). */
static bool looks_like_unit(const char *s, uint32_t n) {
    if (n >= 6 && (memcmp(s, "全年", 6) == 0 || memcmp(s, "半年", 6) == 0)) return false;
    uint32_t chars = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') return false;
        if (((unsigned char)s[i] & 0xC0) != 0x80) chars++;
    }
    return chars <= 4;
}

static void jx_syntax_error(void *parser, int major, Token tok, ParseCtx *ctx) {
    yyParser *p = parser;
    if (ctx->closing_at_eof) return; /* the missing '}' has been reported */
    uint32_t line_start = tok.off;
    while (line_start > 0 && ctx->text[line_start - 1] != '\n') line_start--;
    /* One error a line: the lexer may have reported this line's trouble already. */
    if (lexer_line_has_error(ctx->lx, line_start)) return;
    if (ctx->last_syntax_error_line == line_start + 1) return;
    ctx->last_syntax_error_line = line_start + 1;
    const char *expected = describe_expected(ctx, p);
    const char *found;
    Span sp = {ctx->file, tok.off, tok.len};
    static const DiagCode eof[] = {TOK_eof}, rbrace[] = {TOK_rbrace}, eol[] = {TOK_eol};
    if (major == 0) found = message_word_list(ctx->arena, eof, 1);
    else if (major == TK_NL && tok.len == 0)
        found = message_word_list(ctx->arena, ctx->text[tok.off] == '}' ? rbrace : eof, 1);
    else if (major == TK_NL && ctx->text[tok.off] == ';') found = "';'";
    else if (major == TK_NL) found = message_word_list(ctx->arena, eol, 1);
    else {
        /* A long token is cut at 60 bytes, on a character boundary so the message stays valid
         * UTF-8 (it goes into JSON and SARIF too). */
        uint32_t n = tok.len > 60 ? 60 : tok.len;
        while (n > 0 && n < tok.len && ((unsigned char)ctx->text[tok.off + n] & 0xC0) == 0x80) n--;
        found = arena_printf(ctx->arena, "'%.*s%s'", (int)n, ctx->text + tok.off, n < tok.len ? "…" : "");
    }
    if (major == TK_NL && tok.len == 1 && ctx->text[tok.off] == '\n') sp.len = 0;
    Diag *d = diag_at(ctx->diags, E0201, sp, expected, found, NULL);
    if (d && major == TK_LABELLED && jx_accepts(p, TK_WORD)) {
        /* 案件办理率≥90%: the name and the value run together, at the first comparator. */
        const char *t = ctx->text + tok.off;
        uint32_t k = 0;
        Cmp cmp;
        while (k < tok.len && !lang_cmp_prefix(t + k, tok.len - k, &cmp)) k++;
        diag_help(ctx->diags, d, E0201_labelled, arena_strndup(ctx->arena, t, k),
                  arena_strndup(ctx->arena, t + k, tok.len - k), NULL);
    }
    else if (d && major == TK_WORD && tok.len > 6 && ctx->text[tok.off + 6] >= '0' && ctx->text[tok.off + 6] <= '9' &&
             (memcmp(ctx->text + tok.off, "全年", 6) == 0 || memcmp(ctx->text + tok.off, "半年", 6) == 0)) {
        /* 全年90: the column word run into its amount. */
        diag_help(ctx->diags, d, E0201_column_space, arena_strndup(ctx->arena, ctx->text + tok.off, 6),
                  arena_strndup(ctx->arena, ctx->text + tok.off + 6, tok.len - 6), NULL);
    } else if (d && major == TK_WORD && jx_accepts(p, TK_PROJECT)) {
        /* 项木 道路养护 {: a misspelt keyword where a declaration starts. */
        const char *keywords[32];
        int nk = 0;
        for (int i = 0; i < lang_keyword_count && nk < 32; i++)
            if (lang_keywords[i].role != KW_BODY) keywords[nk++] = lang_keywords[i].text;
        char *word = arena_strndup(ctx->arena, ctx->text + tok.off, tok.len);
        const char *near = did_you_mean(word, keywords, nk);
        if (near) diag_help(ctx->diags, d, HELP_did_you_mean, near, NULL);
    } else if (d && major == TK_WORD) {
        /* 120 公里, 3 万元: a number, blanks, then a word. A measure is written without a
         * space (LANGUAGE.md §3), so the word is most likely its unit or multiplier. */
        uint32_t num, num_len;
        if (looks_like_unit(ctx->text + tok.off, tok.len) && tok.off > line_start &&
            lexer_number_then_blanks(ctx->text, tok.off, &num, &num_len) && num >= line_start)
            diag_help(ctx->diags, d, E0201_unit_space, arena_strndup(ctx->arena, ctx->text + num, num_len),
                      arena_strndup(ctx->arena, ctx->text + tok.off, tok.len), NULL);
    }
    /* ≥1O0人次: the letter O typed for a zero split the measure; the token after it is the error. */
    char *run, *fixed;
    if (d && tok.off > line_start && lexer_lookalike_digits(ctx->arena, ctx->text, tok.off, &run, &fixed))
        diag_help(ctx->diags, d, E0106_lookalike, run, fixed, arena_strndup(ctx->arena, ctx->text + tok.off, tok.len), NULL);
    ctx->pf->had_errors = true;
}
}
