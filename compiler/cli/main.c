/* jxc: the command line. Parses the options (the same for every command), then runs the
 * command. Exit status: 0 no errors, 1 errors in the input, 2 usage or I/O trouble. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/commands.h"
#include "driver/driver.h"
#include "emit/emit.h"
#include "diag/syserr.h"
#include "base/version.h"

static const char usage_zh[] =
    "jxc — 预算绩效目标语言 jx 的编译器\n"
    "\n"
    "用法：\n"
    "  jxc check  [选项] 文件|目录...            检查，只报告诊断信息\n"
    "  jxc build  -f json|csv|html [-o 路径] [选项] 文件|目录...\n"
    "                                           检查并生成输出\n"
    "  jxc fmt    [-w | --check | --diff] 文件...  按统一格式排版\n"
    "  jxc diff   [-f text|markdown|json] 旧 新   语义比较两个版本\n"
    "  jxc tokens 文件...                       列出词法单元（供开发者排查）\n"
    "  jxc help [命令]                          显示帮助\n"
    "  jxc --version                            显示版本\n"
    "\n"
    "目录表示其下所有 .jx 文件；'-' 表示标准输入。\n"
    "\n"
    "选项：\n"
    "  --lang=zh|en            诊断信息的语言（默认中文）\n"
    "  --diagnostics=text|json|github|sarif\n"
    "                          诊断信息的格式（默认 text）\n"
    "  --color=auto|always|never\n"
    "  --strict                有警告也视为失败\n"
    "  -A 代码, --allow=代码   关闭某个警告，如 -A W0602（可多次使用）\n"
    "  --max-errors=N          最多报告 N 个错误（默认 100）\n"
    "\n"
    "退出状态：0 没有错误；1 输入有错误（--strict 时含警告）；2 用法或读写错误。\n"
    "各诊断代码的说明见 docs/diagnostics.md。\n";

static const char usage_en[] =
    "jxc - the compiler of jx, the language of budget performance targets\n"
    "\n"
    "Usage:\n"
    "  jxc check  [options] FILE|DIR...           check; print diagnostics only\n"
    "  jxc build  -f json|csv|html [-o PATH] [options] FILE|DIR...\n"
    "                                             check, then write an output\n"
    "  jxc fmt    [-w | --check | --diff] FILE...  format in the one canonical layout\n"
    "  jxc diff   [-f text|markdown|json] OLD NEW  compare two versions semantically\n"
    "  jxc tokens FILE...                         list the lexer's tokens (for developers)\n"
    "  jxc help [COMMAND]                         show help\n"
    "  jxc --version                              show the version\n"
    "\n"
    "A directory means every .jx file below it; '-' reads standard input.\n"
    "\n"
    "Options:\n"
    "  --lang=zh|en            language of the diagnostics (default: Chinese)\n"
    "  --diagnostics=text|json|github|sarif\n"
    "                          format of the diagnostics (default: text)\n"
    "  --color=auto|always|never\n"
    "  --strict                fail on warnings too\n"
    "  -A CODE, --allow=CODE   turn a warning off, e.g. -A W0602 (repeatable)\n"
    "  --max-errors=N          report at most N errors (default 100)\n"
    "\n"
    "Exit status: 0 no errors; 1 errors in the input (or warnings with --strict);\n"
    "2 usage or I/O error. Every diagnostic code is explained in docs/diagnostics.md.\n";

static const char help_build_zh[] =
    "jxc build -f json|csv|html [-o 路径] [选项] 文件|目录...\n"
    "\n"
    "检查输入，没有错误时生成输出；有错误时不生成任何输出，退出状态为 1。\n"
    "  -f, --format=json|csv|html   输出格式\n"
    "  -o, --output=路径            写入文件（先写临时文件再改名，失败不会损坏原文件）；默认写到标准输出\n"
    "CSV（逗号分隔，CRLF，默认 UTF-8 带 BOM，Excel 可直接打开）：\n"
    "  --table=indicators|funds|expenses   输出哪张表（默认 indicators：每个三级指标一行）\n"
    "  --no-bom                 不写 UTF-8 BOM\n"
    "  --encoding=utf-8|gb18030 输出编码（gb18030 供旧版 Excel、WPS 使用）\n"
    "  以 = + - @ 开头等会被电子表格改写的文字写成全角（＝100%），金额仍是可求和的数字\n"
    "HTML（一个自包含页面：目录、资金概览图、按官方表式排版的各表，可打印为 A4）：\n"
    "  --split=目录             每张表写一个页面，另写目录页 index.html\n"
    "两种输出的说明见 docs/outputs.md。\n";

static const char help_build_en[] =
    "jxc build -f json|csv|html [-o PATH] [options] FILE|DIR...\n"
    "\n"
    "Checks the inputs and, when there is no error, writes the output; with errors it writes\n"
    "nothing and exits with 1.\n"
    "  -f, --format=json|csv|html   the output format\n"
    "  -o, --output=PATH            write to PATH (through a temporary file and a rename, so a\n"
    "                               failure never damages an existing file); default: stdout\n"
    "CSV (commas, CRLF, UTF-8 with a byte order mark by default: Excel opens it as is):\n"
    "  --table=indicators|funds|expenses   which table (default: indicators, a row per 三级指标)\n"
    "  --no-bom                 leave out the UTF-8 byte order mark\n"
    "  --encoding=utf-8|gb18030 the output encoding (gb18030 for older Excel and WPS)\n"
    "  Text a spreadsheet would rewrite (starting with = + - @ …) is written in fullwidth\n"
    "  characters (＝100%); amounts stay numbers that can be summed.\n"
    "HTML (one self-contained page: contents, funds charts, each table as its official\n"
    "form; prints on A4):\n"
    "  --split=DIR              one page per table in DIR, and DIR/index.html\n"
    "Both outputs are described in docs/outputs.md.\n";

static const char help_fmt_zh[] =
    "jxc fmt [-w | --check | --diff] 文件...\n"
    "\n"
    "按唯一的标准格式排版，保留全部注释。默认打印到标准输出。\n"
    "  -w, --write   直接改写文件\n"
    "  --check       只列出未按格式排版的文件，有则退出状态为 1\n"
    "  --diff        显示排版会做的修改\n";

static const char help_fmt_en[] =
    "jxc fmt [-w | --check | --diff] FILE...\n"
    "\n"
    "Prints the files in the one canonical layout, keeping every comment.\n"
    "  -w, --write   rewrite the files in place\n"
    "  --check       list the files that are not formatted; exit 1 if any\n"
    "  --diff        show what formatting would change\n";

static const char help_diff_zh[] =
    "jxc diff [-f text|markdown|json] 旧 新\n"
    "\n"
    "按语义比较两个版本（文件或目录）：按名称、年度和实施单位匹配项目，按路径匹配指标，\n"
    "指出资金变化和目标的收紧、放宽或改变。退出状态：0 无差异，1 有差异，2 出错。\n"
    "也可作为 git 的外部比较程序（接受 git 的七个参数），见 docs/review.md。\n";

static const char help_diff_en[] =
    "jxc diff [-f text|markdown|json] OLD NEW\n"
    "\n"
    "Compares two versions (files or directories) semantically: projects matched by name, 年度\n"
    "and 实施单位, indicators by path; funds changes, and each target tightened, loosened or\n"
    "changed. Exit status: 0 no difference, 1 differences, 2 trouble. It also serves as git's\n"
    "external diff driver (git's seven arguments); see docs/review.md.\n";

static int usage_error(const Options *o, const char *fmt, const char *arg) {
    fputs("jxc: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(o->lang == LANG_EN ? "\n(see 'jxc help')\n" : "\n（用法见 jxc help）\n", stderr);
    return 2;
}

static int show_help(const Options *o, const char *topic) {
    bool en = o->lang == LANG_EN;
    if (!topic || strcmp(topic, "check") == 0) fputs(en ? usage_en : usage_zh, stdout);
    else if (strcmp(topic, "build") == 0) fputs(en ? help_build_en : help_build_zh, stdout);
    else if (strcmp(topic, "fmt") == 0) fputs(en ? help_fmt_en : help_fmt_zh, stdout);
    else if (strcmp(topic, "diff") == 0) fputs(en ? help_diff_en : help_diff_zh, stdout);
    else return usage_error(o, en ? "no help for '%s'" : "没有 '%s' 的帮助", topic);
    return 0;
}

int cmd_check(const Options *o) {
    Compilation c;
    compilation_init(&c, o);
    int status = compilation_check(&c, o->inputs, o->ninputs);
    compilation_report(&c, o);
    compilation_free(&c);
    return status;
}

typedef struct BuildJob {
    Program *p;
    const Options *o;
    int (*emit)(Program *, const Options *, FILE *);
} BuildJob;

static int run_emitter(void *arg, FILE *out) {
    BuildJob *j = arg;
    return j->emit(j->p, j->o, out);
}

int cmd_build(const Options *o) {
    int (*emit)(Program *, const Options *, FILE *) = NULL;
    if (!o->format) return usage_error(o, o->lang == LANG_EN ? "build needs -f json|csv|html%s" : "build 需要 -f json|csv|html%s", "");
    if (strcmp(o->format, "json") == 0) emit = emit_json;
    else if (strcmp(o->format, "csv") == 0) emit = emit_csv;
    else if (strcmp(o->format, "html") == 0) emit = emit_html;
    else return usage_error(o, o->lang == LANG_EN ? "unknown output format '%s' (json, csv or html)" : "未知的输出格式 '%s'（可用 json、csv、html）", o->format);
    if (emit_check_options(o)) return 2;
    Compilation c;
    compilation_init(&c, o);
    int status = compilation_run(&c, o->inputs, o->ninputs);
    compilation_report(&c, o);
    const char *input = status == 0 ? output_is_input(&c, o->output) : NULL;
    if (input) {
        /* jxc build -f json -o budget.jx budget.jx would replace the source with its JSON. */
        syserr_report("-o '%s' 是输入文件 '%s' 本身：不会覆盖它", "-o '%s' is the input file '%s' itself: not overwriting it", o->output, input);
        status = 2;
    }
    if (status == 0) {
        BuildJob job = {&c.program, o, emit};
        status = write_atomically(o->output, run_emitter, &job);
    }
    compilation_free(&c);
    return status;
}

/* "--name=value" or "--name value": returns the value and advances *i, or NULL. */
static const char *option_value(int argc, char **argv, int *i, const char *name) {
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0) return NULL;
    if (a[n] == '=') return a + n + 1;
    if (a[n] == 0 && *i + 1 < argc) return argv[++*i];
    return NULL;
}

static bool is_option(const char *a, const char *name) {
    size_t n = strlen(name);
    return strncmp(a, name, n) == 0 && (a[n] == 0 || a[n] == '=');
}

static int run(int argc, char **argv, Options *op) {
    Options o = *op;
    const char *lang_env = getenv("JXC_LANG");
    if (lang_env && strcmp(lang_env, "en") == 0) o.lang = LANG_EN;
    /* The language first, so that usage errors below are in it. */
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--lang=en") == 0) o.lang = LANG_EN;
        else if (strcmp(argv[i], "--lang=zh") == 0) o.lang = LANG_ZH;
    }
    bool en = o.lang == LANG_EN;
    syserr_set_lang(o.lang);
    bool options_done = false;
    const char *help_topic = NULL;
    bool want_help = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
            if (!o.command) {
                if (strcmp(a, "help") == 0) {
                    want_help = true;
                    o.command = "help";
                } else if (strcmp(a, "check") == 0 || strcmp(a, "build") == 0 || strcmp(a, "fmt") == 0 || strcmp(a, "diff") == 0 ||
                           strcmp(a, "tokens") == 0) {
                    o.command = a;
                } else {
                    return usage_error(&o, en ? "unknown command '%s' (check, build, fmt, diff, help)" : "未知的命令 '%s'（可用 check、build、fmt、diff、help）", a);
                }
            } else if (want_help && !help_topic) {
                help_topic = a;
            } else {
                o.inputs[o.ninputs++] = a;
            }
            continue;
        }
        if (strcmp(a, "--") == 0) { options_done = true; continue; }
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("jxc %s\n", JX_VERSION);
            return 0;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) { want_help = true; continue; }
        if (is_option(a, "--lang")) {
            v = option_value(argc, argv, &i, "--lang");
            if (!v || (strcmp(v, "zh") != 0 && strcmp(v, "en") != 0))
                return usage_error(&o, en ? "--lang takes zh or en%s" : "--lang 的值应为 zh 或 en%s", "");
            continue;
        }
        if ((v = option_value(argc, argv, &i, "--diagnostics"))) {
            if (strcmp(v, "text") == 0) o.diag_format = DFMT_TEXT;
            else if (strcmp(v, "json") == 0) o.diag_format = DFMT_JSON;
            else if (strcmp(v, "github") == 0) o.diag_format = DFMT_GITHUB;
            else if (strcmp(v, "sarif") == 0) o.diag_format = DFMT_SARIF;
            else return usage_error(&o, en ? "unknown diagnostics format '%s' (text, json, github, sarif)" : "未知的诊断格式 '%s'（可用 text、json、github、sarif）", v);
            continue;
        }
        if ((v = option_value(argc, argv, &i, "--color"))) {
            if (strcmp(v, "auto") == 0) o.color = -1;
            else if (strcmp(v, "always") == 0) o.color = 1;
            else if (strcmp(v, "never") == 0) o.color = 0;
            else return usage_error(&o, en ? "--color takes auto, always or never, not '%s'" : "--color 的值应为 auto、always 或 never，而不是 '%s'", v);
            continue;
        }
        if (strcmp(a, "--strict") == 0) { o.strict = true; continue; }
        if ((v = option_value(argc, argv, &i, "--allow")) || (v = option_value(argc, argv, &i, "-A"))) {
            o.allowed[o.nallowed++] = v;
            continue;
        }
        if (strncmp(a, "-A", 2) == 0 && a[2]) { o.allowed[o.nallowed++] = a + 2; continue; }
        if ((v = option_value(argc, argv, &i, "--max-errors"))) {
            char *end;
            errno = 0;
            long n = strtol(v, &end, 10);
            o.max_errors = (errno || *end || end == v || n <= 0 || n > INT_MAX) ? 0 : (int)n;
            if (o.max_errors <= 0) return usage_error(&o, en ? "--max-errors takes a positive number, not '%s'" : "--max-errors 的值应为正整数，而不是 '%s'", v);
            continue;
        }
        if ((v = option_value(argc, argv, &i, "--format")) || (v = option_value(argc, argv, &i, "-f"))) {
            if (o.command && strcmp(o.command, "diff") == 0) o.diff_format = v;
            else o.format = v;
            continue;
        }
        if ((v = option_value(argc, argv, &i, "--output")) || (v = option_value(argc, argv, &i, "-o"))) {
            if (!*v) return usage_error(&o, en ? "-o takes a file name, not '%s'" : "-o 的值应为文件名，而不是 '%s'", v);
            o.output = v;
            continue;
        }
        if ((v = option_value(argc, argv, &i, "--table"))) { o.table = v; continue; }
        if (strcmp(a, "--no-bom") == 0) { o.no_bom = true; continue; }
        if ((v = option_value(argc, argv, &i, "--encoding"))) { o.encoding = v; continue; }
        if ((v = option_value(argc, argv, &i, "--split"))) { o.split_dir = v; continue; }
        if (strcmp(a, "-w") == 0 || strcmp(a, "--write") == 0) { o.write = true; continue; }
        if (strcmp(a, "--check") == 0) { o.check = true; continue; }
        if (strcmp(a, "--diff") == 0) { o.diff = true; continue; }
        /* An option that takes a value, given none (last on the line). */
        static const char *const with_value[] = {"--allow", "--color", "--diagnostics", "--encoding", "--format", "--lang",
                                                 "--max-errors", "--output", "--split", "--table", "-A", "-f", "-o"};
        for (size_t k = 0; k < sizeof with_value / sizeof with_value[0]; k++)
            if (strcmp(a, with_value[k]) == 0)
                return usage_error(&o, en ? "option '%s' needs a value" : "选项 '%s' 缺少取值", a);
        return usage_error(&o, en ? "unknown option '%s'" : "未知的选项 '%s'", a);
    }
    int status;
    if (want_help) status = show_help(&o, help_topic ? help_topic : (o.command && strcmp(o.command, "help") != 0 ? o.command : NULL));
    else if (!o.command) status = usage_error(&o, en ? "no command given%s" : "没有给出命令%s", "");
    else if (o.ninputs == 0 && strcmp(o.command, "diff") != 0)
        status = usage_error(&o, en ? "'%s' needs at least one file or directory" : "'%s' 至少需要一个文件或目录", o.command);
    else if (strcmp(o.command, "check") == 0) status = cmd_check(&o);
    else if (strcmp(o.command, "build") == 0) status = cmd_build(&o);
    else if (strcmp(o.command, "fmt") == 0) status = cmd_fmt(&o);
    else if (strcmp(o.command, "tokens") == 0) status = cmd_tokens(&o);
    else status = cmd_diff(&o);
    return status;
}

int main(int argc, char **argv) {
    /* Standard error is unbuffered by default: a diagnostic would cost a system call for
     * each piece of it. Fully buffered, and flushed after the diagnostics (driver.c) and at
     * exit, it costs one call for every 64 KiB. */
    setvbuf(stderr, NULL, _IOFBF, 1 << 16);
    Options o = {0};
    o.lang = LANG_ZH;
    o.color = -1;
    o.table = "indicators";
    o.encoding = "utf-8";
    o.diff_format = "text";
    o.inputs = calloc((size_t)argc + 1, sizeof(char *));
    o.allowed = calloc((size_t)argc + 1, sizeof(char *));
    if (!o.inputs || !o.allowed) return 2;
    int status = run(argc, argv, &o);
    free(o.inputs);
    free((void *)o.allowed);
    return status;
}
