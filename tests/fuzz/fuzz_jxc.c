/* The libFuzzer harness: one input is one .jx file, taken through everything a user's file
 * goes through: the lexer, the parser, the checker, every diagnostic format and, when the
 * file checks without errors (the only case in which `jxc build` writes one), every emitter;
 * and, when it parses without errors, the formatter with the oracles of `jxc fmt`: its output
 * parses to the same tree with every comment, and formatting it again changes nothing; and,
 * when it checks, the semantic diff: of the file against itself (which must find no
 * difference) and against nothing (every table added), in each output format; and jxc check's
 * way of reading one file at a time (driver/compile.c) must give the diagnostics and the status
 * that compiling everything at once gives, for the input after a correct file of tables; and
 * jxc diff of two inputs: the input cut in two at the line break nearest its middle, each half
 * a version (the semantic diff when both check, the line diff of git's fallback when not).
 * And the language server's queries (lsp/query.c: completion, hover, definition) at about
 * 48 places of the input, on the text as an editor holds it.
 * The mutations are those of tests/fuzz/mutator.c (lines and blocks) and libFuzzer's (bytes).
 * Any crash, sanitizer report, leak, hang or broken oracle is a bug in jxc, whatever the input.
 *
 * Built by `make fuzz` (clang -fsanitize=fuzzer,address,undefined); see docs/robustness.md. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "review/diff.h"
#include "driver/driver.h"
#include "emit/emit.h"
#include "review/fmt.h"
#include "front/parse.h"
#include "base/textdiff.h"
#include "lsp/lsp.h"
#include <cJSON.h>

/* Every emitter of the table (emit/emitters.c) is run; one that is still a placeholder in
 * this build answers 2 even for an empty program (LLVMFuzzerInitialize finds out) and is left
 * out. A real emitter never answers 2 here, since writing to /dev/null cannot fail: if it does,
 * that is a bug, and the harness aborts. */
static bool disabled[16];

static FILE *sink;
static Sink out_sink;
static int input_fd = -1;
static char input_path[64];
static int tables_fd = -1; /* a correct file of tables, checked before the input */
static char tables_path[64];
static int half_fd[2] = {-1, -1}; /* the two halves of the input, for jxc diff OLD NEW */
static char half_path[2][64];
static const char tables_text[] =
    "默认 {\n    表式 通用项目\n    年度 2025\n    主管部门 某某局\n    年度目标 \"完成年度任务\"\n}\n"
    "项目 培训项目 {\n    资金 {\n        财政拨款 90\n    }\n    支出 {\n        业务费 全年 90\n    }\n"
    "    指标 {\n        产出指标 {\n            数量指标 {\n                培训人次 ≥100人次\n            }\n        }\n"
    "        满意度指标 {\n            服务对象满意度指标 {\n                学员满意度 ≥90%\n            }\n        }\n    }\n}\n";

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc; (void)argv;
    sink = fopen("/dev/null", "w");
    /* The input is given to jxc as a file (so imports, realpath and reading are exercised
     * as on the command line), kept in memory. */
    input_fd = memfd_create("fuzz.jx", 0);
    tables_fd = memfd_create("tables.jx", 0);
    half_fd[0] = memfd_create("old.jx", 0);
    half_fd[1] = memfd_create("new.jx", 0);
    if (!sink || input_fd < 0 || tables_fd < 0 || half_fd[0] < 0 || half_fd[1] < 0) abort();
    for (int i = 0; i < 2; i++) snprintf(half_path[i], sizeof half_path[i], "/proc/self/fd/%d", half_fd[i]);
    if (write(tables_fd, tables_text, sizeof tables_text - 1) != (ssize_t)(sizeof tables_text - 1)) abort();
    snprintf(input_path, sizeof input_path, "/proc/self/fd/%d", input_fd);
    snprintf(tables_path, sizeof tables_path, "/proc/self/fd/%d", tables_fd);
    unsetenv("JX_STDLIB");
    /* Go to definition writes the built-in stdlib out to a cache directory: a temporary one. */
    static char cache[] = "/tmp/jxc-fuzz-cache-XXXXXX";
    if (!mkdtemp(cache)) abort();
    setenv("XDG_CACHE_HOME", cache, 1);
    out_sink = sink_files(sink);
    EmitOptions eo = {.lang = LANG_ZH};
    Compilation c;
    compilation_init(&c, NULL);
    const char *none[] = {input_path};
    if (compilation_run(&c, none, 1) == 0) {
        for (int i = 0; i < emitter_count && i < 16; i++) {
            disabled[i] = emitters[i].write(&c.program, &eo, &out_sink) == 2;
            if (disabled[i]) fprintf(stderr, "fuzz: -f %s is a placeholder in this build; left out\n", emitters[i].name);
        }
    }
    compilation_free(&c);
    return 0;
}

static void write_fd(int fd, const uint8_t *data, size_t size) {
    if (ftruncate(fd, 0) != 0) abort();
    size_t done = 0;
    while (done < size) {
        ssize_t n = pwrite(fd, data + done, size - done, (off_t)done);
        if (n <= 0) abort();
        done += (size_t)n;
    }
}

/* jxc fmt on the input: what format_one (fmt.c) does, with its safety net turned into an
 * oracle (a difference aborts: the formatter would have refused a file it should format), and
 * idempotence checked too. */
static void fuzz_fmt(const uint8_t *data, size_t size) {
    Compilation c;
    compilation_init(&c, NULL);
    uint32_t id = sources_add(&c.sources, "fuzz.jx", (const char *)data, size, 0);
    SourceFile *sf = sources_get(&c.sources, id);
    ParsedFile *pf = parse_file(&c.arena, &c.diags, &c.sources, id);
    if (pf->had_errors || c.diags.errors > 0) {
        compilation_free(&c);
        return;
    }
    int total = 0, ncomments = 0, ncomments2 = 0;
    for (Comment *k = pf->comments; k; k = k->next_in_file) total++;
    size_t len, len2;
    char *out = fmt_render(&c.arena, sf, pf, &len, &ncomments);
    Diags again;
    diags_init(&again, &c.arena, &c.sources);
    uint32_t id2 = sources_add(&c.sources, "fuzz-formatted.jx", out, len, 0);
    ParsedFile *pf2 = parse_file(&c.arena, &again, &c.sources, id2);
    const char *where = NULL;
    if (ncomments != total) where = "a comment would be lost";
    else if (pf2->had_errors || again.errors) where = "the output does not parse";
    else if (!fmt_same_tree(&c.arena, sf->text, pf, sources_get(&c.sources, id2)->text, pf2, &where)) {}
    if (!where) {
        char *out2 = fmt_render(&c.arena, sources_get(&c.sources, id2), pf2, &len2, &ncomments2);
        if (len2 != len || memcmp(out, out2, len) != 0) where = "formatting the output again changes it";
        free(out2);
    }
    if (where) {
        fprintf(stderr, "fuzz: jxc fmt: %s\n", where);
        abort();
    }
    free(out);
    compilation_free(&c);
}

/* jxc diff on a file that checks: against itself, no difference may be found; against an
 * empty program, every table is added. Each result is rendered in the three formats. */
static void render_all(DiffResult *r) {
    DiffOutput d = {LANG_ZH, true, "fuzz.jx"};
    diff_render_text(r, &d, sink);
    d.color = false;
    diff_render_markdown(r, &d, sink);
    diff_render_json(r, &d, "old.jx", "new.jx", sink);
}

static void fuzz_diff(Compilation *c) {
    const char *inputs[] = {input_path};
    Compilation again, empty;
    compilation_init(&again, NULL);
    compilation_init(&empty, NULL);
    if (compilation_run(&again, inputs, 1) != 0 || compilation_run(&empty, NULL, 0) != 0) abort();
    DiffSide a = {.p = &c->program}, b = {.p = &again.program}, e = {.p = &empty.program};
    DiffResult same = {0}, added = {0};
    diff_programs(&same, &a, &b);
    if (same.tables.len != 0) {
        fprintf(stderr, "fuzz: jxc diff finds %d differences between a file and itself\n", same.tables.len);
        abort();
    }
    render_all(&same);
    diff_programs(&added, &e, &a);
    render_all(&added);
    compilation_free(&again);
    compilation_free(&empty);
}

static void write_input(const uint8_t *data, size_t size) { write_fd(input_fd, data, size); }

/* jxc diff OLD NEW, OLD and NEW the input cut in two at the line break nearest its middle: the
 * semantic diff both ways when both halves check, else what git's driver does (cmd_diff.c):
 * the errors, and a line diff of the two texts. */
static void fuzz_diff_halves(const uint8_t *data, size_t size) {
    size_t mid = size / 2;
    while (mid < size && mid > 0 && data[mid - 1] != '\n') mid++;
    write_fd(half_fd[0], data, mid);
    write_fd(half_fd[1], data + mid, size - mid);
    const char *old_in[] = {half_path[0]}, *new_in[] = {half_path[1]};
    Compilation co, cn;
    compilation_init(&co, NULL);
    compilation_init(&cn, NULL);
    int so = compilation_run(&co, old_in, 1), sn = compilation_run(&cn, new_in, 1);
    if (so != 2 && sn != 2 && !co.diags.errors && !cn.diags.errors) {
        DiffSide os = {.p = &co.program}, ns = {.p = &cn.program};
        DiffResult there = {0}, back = {0};
        diff_programs(&there, &os, &ns);
        render_all(&there);
        diff_programs(&back, &ns, &os);
        render_all(&back);
    } else {
        DiagStyle style = {DFMT_TEXT, LANG_ZH, false, true};
        diags_write(&co.diags, sink, &style);
        diags_write(&cn.diags, sink, &style);
        StrBuf d = {0};
        unified_diff(&d, "fuzz.jx", (const char *)data, mid, (const char *)data + mid, size - mid);
        fwrite(d.data, 1, d.len, sink);
        sb_free(&d);
    }
    compilation_free(&co);
    compilation_free(&cn);
}

static char *diagnostics_text(Compilation *c, size_t *len) {
    char *text = NULL;
    FILE *f = open_memstream(&text, len);
    if (!f) abort();
    DiagStyle style = {DFMT_TEXT, LANG_EN, false, true};
    diags_write(&c->diags, f, &style);
    fclose(f);
    return text;
}

/* jxc check reads the files one at a time when none declares anything: the same
 * diagnostics, in the same order, and the same status as compiling them all at once. */
static void fuzz_stream(void) {
    const char *inputs[] = {tables_path, input_path};
    Compilation whole, one_by_one;
    compilation_init(&whole, NULL);
    compilation_init(&one_by_one, NULL);
    int a = compilation_run(&whole, inputs, 2);
    int b = compilation_check(&one_by_one, inputs, 2);
    size_t na, nb;
    char *ta = diagnostics_text(&whole, &na), *tb = diagnostics_text(&one_by_one, &nb);
    if (a != b || na != nb || memcmp(ta, tb, na) != 0) {
        fprintf(stderr, "fuzz: jxc check one file at a time differs (status %d, %d):\n--- all at once\n%s--- one at a time\n%s", a, b, ta, tb);
        abort();
    }
    free(ta);
    free(tb);
    compilation_free(&whole);
    compilation_free(&one_by_one);
}

/* The language server's queries, at many places of the input: half-typed text is their normal
 * input, so none may crash, leak or read out of bounds, whatever the text. */
static void fuzz_lsp(const uint8_t *data, size_t size) {
    char *text = malloc(size + 1);
    if (!text) return;
    memcpy(text, data, size);
    text[size] = 0;
    Doc d = {.uri = "file:///fuzz/input.jx", .path = "/fuzz/input.jx", .text = text, .len = size};
    Analysis a;
    analysis_run(&a, &d, NULL, true);
    size_t step = size / 48 + 1; /* about 48 places: each query builds its whole answer */
    for (size_t off = 0; off <= size; off += step) {
        cJSON_Delete(lsp_completion(&a, off, off % 2 ? LANG_EN : LANG_ZH));
        cJSON_Delete(lsp_hover(&a, off, LANG_ZH));
        cJSON_Delete(lsp_definition(&a, off));
    }
    analysis_free(&a);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    write_input(data, size);
    const char *inputs[] = {input_path};
    Compilation c;
    compilation_init(&c, NULL);
    int status = compilation_run(&c, inputs, 1);
    /* Every diagnostic format, in both languages. */
    DiagStyle styles[] = {
        {DFMT_TEXT, LANG_ZH, true, true},
        {DFMT_TEXT, LANG_EN, false, true},
        {DFMT_JSON, LANG_EN, false, false},
        {DFMT_GITHUB, LANG_ZH, false, false},
        {DFMT_SARIF, LANG_EN, false, false},
    };
    for (size_t i = 0; i < sizeof styles / sizeof styles[0]; i++) diags_write(&c.diags, sink, &styles[i]);
    if (status == 0) {
        /* jxc build -f csv with each --table, and in GB18030 without a BOM */
        static const char *tables[] = {"indicators", "funds", "expenses", "indicators"};
        for (int i = 0; i < emitter_count && i < 16; i++) {
            if (disabled[i]) continue;
            size_t runs = strcmp(emitters[i].name, "csv") == 0 ? 4 : 1;
            for (size_t k = 0; k < runs; k++) {
                EmitOptions eo = {.lang = k == 3 ? LANG_EN : LANG_ZH, .table = tables[k],
                                  .encoding = k == 3 ? "gb18030" : NULL, .no_bom = k == 3};
                if (emitters[i].write(&c.program, &eo, &out_sink) != 0) {
                    fprintf(stderr, "fuzz: -f %s failed on a program without errors\n", emitters[i].name);
                    abort();
                }
            }
        }
    }
    if (status == 0) fuzz_diff(&c);
    compilation_free(&c);
    fuzz_stream();
    fuzz_fmt(data, size);
    fuzz_diff_halves(data, size);
    fuzz_lsp(data, size);
    return 0;
}
