/* Every message jxc can print, in Chinese and English. The codes are stable: tools and the
 * docs (docs/diagnostics.md) refer to them. E = error, W = warning, N = note.
 *   E01xx  lexical          E02xx  syntax          E03xx  names and structure
 *   E04xx  values and types E05xx  money           E06xx  dates
 *   W07xx  the Ministry's indicator framework      E09xx  limits */
#include <stdio.h>
#include <string.h>
#include "diag.h"

static const Message messages[] = {
    /* lexical */
    {"E0101", SEV_ERROR, "无效的 UTF-8 字节 0x{0}", "invalid UTF-8 byte 0x{0}", "invalid-utf8"},
    {"E0101.help", SEV_NOTE, "请把文件另存为 UTF-8 编码（GBK/GB18030 文件需要先转换）",
     "save the file as UTF-8 (convert GBK/GB18030 files first)", NULL},
    {"E0102", SEV_ERROR, "源文件中出现 NUL 字节（0x00）", "NUL byte (0x00) in source", "nul-byte"},
    {"E0103", SEV_ERROR, "字符串缺少结束的引号", "unterminated string", "unterminated-string"},
    {"E0103.help", SEV_NOTE, "跨行的文字请用 \"\"\" … \"\"\" 书写", "write text that spans lines as \"\"\" … \"\"\"", NULL},
    {"E0104", SEV_ERROR, "多行字符串缺少结束的 \"\"\"", "unterminated \"\"\" string", "unterminated-text-block"},
    {"E0105", SEV_ERROR, "数字位数过多：{0}（最多 18 位有效数字）", "number has too many digits: {0} (at most 18 significant digits)",
     "number-too-long"},
    {"E0106", SEV_ERROR, "无法识别的字符 '{0}'", "unexpected character '{0}'", "unexpected-character"},
    {"E0106.quote", SEV_NOTE, "以数字、空格、'-' 或英文括号开头或包含它们的名称请加引号：\"{0}\"",
     "a name that starts with a digit or holds spaces, '-' or ASCII parentheses is written as a string: \"{0}\"", NULL},
    {"E0107", SEV_ERROR, "无效的转义序列 '{0}'", "invalid escape sequence '{0}'", "invalid-escape"},
    {"E0107.help", SEV_NOTE, "字符串中可用的转义只有 \\\"、\\\\ 和 \\n", "the escapes a string knows are \\\", \\\\ and \\n", NULL},
    {"E0108", SEV_ERROR, "数字的千位分隔不正确：{0}", "malformed digit grouping: {0}", "bad-digit-grouping"},
    {"E0108.help", SEV_NOTE, "逗号每三位一组，例如 5,000,000.00", "commas separate groups of three digits, as in 5,000,000.00", NULL},
    /* syntax */
    {"E0201", SEV_ERROR, "语法错误：此处应为{0}，却遇到{1}", "syntax error: expected {0}, found {1}", "syntax-error"},
    {"E0202", SEV_ERROR, "缺少 '}'（用于闭合第 {0} 行的 '{'）", "'}' expected (to close '{' at line {0})", "unclosed-brace"},
    {"E0202.note", SEV_NOTE, "'{' 在这里打开", "'{' opened here", NULL},
    {"E0203", SEV_ERROR, "多余的 '}'：没有与之配对的 '{'", "unmatched '}'", "unmatched-brace"},
    {"W0204", SEV_WARNING, "文件中没有任何声明", "the file declares nothing", "empty-file"},
    {"N0205", SEV_NOTE, "错误超过 {0} 个，其余的不再报告", "more than {0} errors; the rest are not reported", "too-many-errors"},
    /* limits */
    {"E0901", SEV_ERROR, "嵌套过深：花括号最多嵌套 {0} 层", "nesting too deep: at most {0} levels of braces", "nesting-too-deep"},
    {"E0902", SEV_ERROR, "文件过大：{0} 字节（最多 {1} 字节）", "file too large: {0} bytes (at most {1})", "file-too-large"},
    /* words used in syntax error messages */
    {"tok.eol", SEV_NOTE, "行尾", "end of line", NULL},
    {"tok.eof", SEV_NOTE, "文件结尾", "end of file", NULL},
    {"tok.lbrace", SEV_NOTE, "'{'", "'{'", NULL},
    {"tok.rbrace", SEV_NOTE, "'}'", "'}'", NULL},
    {"tok.name", SEV_NOTE, "名称", "a name", NULL},
    {"tok.value", SEV_NOTE, "值", "a value", NULL},
    {"tok.word", SEV_NOTE, "词语", "a word", NULL},
    {"tok.string", SEV_NOTE, "字符串", "a string", NULL},
    {"tok.number", SEV_NOTE, "数字", "a number", NULL},
    {"tok.cmp", SEV_NOTE, "比较符", "a comparator", NULL},
    {"tok.range", SEV_NOTE, "范围符 '~'", "'~'", NULL},
    {"tok.declaration", SEV_NOTE, "声明（项目、部门、默认、导入……）", "a declaration (项目, 部门, 默认, 导入 …)", NULL},
    {"tok.or", SEV_NOTE, "或", " or ", NULL},
    {"tok.full", SEV_NOTE, "'全年'", "'全年'", NULL},
};

const Message *message_find(const char *id) {
    for (size_t i = 0; i < sizeof messages / sizeof messages[0]; i++)
        if (strcmp(messages[i].id, id) == 0) return &messages[i];
    return NULL;
}

const Message *message_all(int *count) {
    *count = (int)(sizeof messages / sizeof messages[0]);
    return messages;
}

/* An argument that starts with \x01 is a list of message ids, separated by '|', to be put
 * into words in the language of the output ("a value or end of line"). */
static const char *render_arg(Arena *a, Lang lang, const char *arg) {
    if (arg[0] != '\x01') return arg;
    const Message *or = message_find("tok.or");
    const char *sep = lang == LANG_EN ? or->en : or->zh;
    char *out = arena_strdup(a, "");
    const char *p = arg + 1;
    int i = 0;
    while (*p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        char id[64];
        snprintf(id, sizeof id, "%.*s", (int)n, p);
        const Message *m = message_find(id);
        const char *word = m ? (lang == LANG_EN ? m->en : m->zh) : id;
        out = arena_printf(a, "%s%s%s", out, i++ ? sep : "", word);
        p += n;
        if (*p == '|') p++;
    }
    return out;
}

static size_t expand(const char *t, const char *const *args, int nargs, char *out) {
    size_t n = 0;
    for (const char *p = t; *p;) {
        if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
            int k = p[1] - '0';
            const char *s = k < nargs ? args[k] : "";
            size_t len = strlen(s);
            if (out) memcpy(out + n, s, len);
            n += len;
            p += 3;
        } else {
            if (out) out[n] = *p;
            n++;
            p++;
        }
    }
    if (out) out[n] = 0;
    return n;
}

char *message_format(Arena *a, const Message *m, Lang lang, const char *const *args, int nargs) {
    const char *t = lang == LANG_EN ? m->en : m->zh;
    const char *shown[16];
    if (nargs > 16) nargs = 16;
    for (int i = 0; i < nargs; i++) shown[i] = render_arg(a, lang, args[i]);
    char *out = arena_alloc(a, expand(t, shown, nargs, NULL) + 1);
    expand(t, shown, nargs, out);
    return out;
}
