/* Every message jxc can print, in Chinese and English. The codes are stable: tools and the
 * docs (docs/diagnostics.md) refer to them. E = error, W = warning, N = note.
 *   E01xx  lexical          E02xx  syntax          E03xx  names and structure
 *   E04xx  values and types E05xx  money           E06xx  dates
 *   W07xx  the Ministry's indicator framework      E09xx  limits */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "diag/diag.h"

static const Message messages[] = {
    /* lexical */
    {"E0101", SEV_ERROR, "无效的 UTF-8 字节 0x{0}", "invalid UTF-8 byte 0x{0}", "invalid-utf8"},
    {"E0101.gb18030", SEV_NOTE, "整个文件看来是 GBK/GB18030 编码，而不是 UTF-8；其余部分不再检查",
     "the whole file looks like GBK/GB18030, not UTF-8; the rest of it is not checked", NULL},
    {"E0101.iconv", SEV_NOTE, "在编辑器中另存为 UTF-8，或转换：iconv -f GB18030 -t UTF-8 旧文件.jx > 新文件.jx",
     "save it as UTF-8 in the editor, or convert it: iconv -f GB18030 -t UTF-8 old.jx > new.jx", NULL},
    {"E0101.utf16", SEV_NOTE, "文件是 UTF-16 编码（记事本的“Unicode”），而不是 UTF-8；其余部分不再检查",
     "the file is UTF-16 (Notepad's \"Unicode\"), not UTF-8; the rest of it is not checked", NULL},
    {"E0101.iconv16", SEV_NOTE, "在编辑器中另存为 UTF-8，或转换：iconv -f UTF-16 -t UTF-8 旧文件.jx > 新文件.jx",
     "save it as UTF-8 in the editor, or convert it: iconv -f UTF-16 -t UTF-8 old.jx > new.jx", NULL},
    {"E0101.help", SEV_NOTE, "请把文件另存为 UTF-8 编码（GBK/GB18030 文件需要先转换）",
     "save the file as UTF-8 (convert GBK/GB18030 files first)", NULL},
    {"E0102", SEV_ERROR, "源文件中出现 NUL 字节（0x00）", "NUL byte (0x00) in source", "nul-byte"},
    {"E0103", SEV_ERROR, "字符串缺少结束的引号", "unterminated string", "unterminated-string"},
    {"E0103.help", SEV_NOTE, "跨行的文字请用 \"\"\" … \"\"\" 书写", "write text that spans lines as \"\"\" … \"\"\"", NULL},
    {"E0104", SEV_ERROR, "多行字符串缺少结束的 \"\"\"", "unterminated \"\"\" string", "unterminated-text-block"},
    {"E0105", SEV_ERROR, "数字位数过多：{0}（共 {1} 个字符，最多 18 位有效数字）",
     "number has too many digits: {0} ({1} characters; at most 18 significant digits)",
     "number-too-long"},
    {"E0106", SEV_ERROR, "无法识别的字符 '{0}'", "unexpected character '{0}'", "unexpected-character"},
    {"E0106.fullwidth", SEV_NOTE, "这是全角字符，请改用半角的 '{0}'", "this is a full-width character: write the half-width '{0}'", NULL},
    {"E0106.quote", SEV_NOTE, "名称若以数字开头，或含有空格、冒号、'-'、英文括号等，请写成字符串：\"…\"",
     "a name that starts with a digit or holds spaces, colons, '-' or ASCII parentheses is written as a string: \"…\"", NULL},
    {"E0107", SEV_ERROR, "无效的转义序列 '{0}'", "invalid escape sequence '{0}'", "invalid-escape"},
    {"E0107.help", SEV_NOTE, "字符串中可用的转义只有 \\\"、\\\\ 和 \\n", "the escapes a string knows are \\\", \\\\ and \\n", NULL},
    {"E0108", SEV_ERROR, "数字的千位分隔不正确：{0}", "malformed digit grouping: {0}", "bad-digit-grouping"},
    {"E0108.help", SEV_NOTE, "逗号每三位一组，例如 5,000,000.00", "commas separate groups of three digits, as in 5,000,000.00", NULL},
    /* syntax */
    {"E0201.labelled", SEV_NOTE, "指标名与指标值之间要有空格：'{0} {1}'", "put a space between the name and the value: '{0} {1}'", NULL},
    {"E0201.column_space", SEV_NOTE, "'{0}' 与数值之间要有空格：'{0} {1}'", "put a space between '{0}' and the value: '{0} {1}'", NULL},
    {"E0201.unit_space", SEV_NOTE, "单位或倍数要紧跟在数字后面，中间不留空格：'{0}{1}'", "write the unit or multiplier right after the number, with no space: '{0}{1}'", NULL},
    {"E0201", SEV_ERROR, "语法错误：此处应为{0}，却遇到{1}", "syntax error: expected {0}, found {1}", "syntax-error"},
    {"E0202", SEV_ERROR, "缺少 '}'（用于闭合第 {0} 行的 '{'）", "'}' expected (to close '{' at line {0})", "unclosed-brace"},
    {"E0202.note", SEV_NOTE, "'{' 在这里打开", "'{' opened here", NULL},
    {"E0203", SEV_ERROR, "多余的 '}'：没有与之配对的 '{'", "unmatched '}'", "unmatched-brace"},
    {"W0204", SEV_WARNING, "文件中没有任何声明", "the file declares nothing", "empty-file"},
    {"N0205", SEV_NOTE, "错误超过 {0} 个，其余的不再报告", "more than {0} errors; the rest are not reported", "too-many-errors"},
    /* names and structure */
    {"help.did_you_mean", SEV_NOTE, "是不是 '{0}'？", "did you mean '{0}'?", NULL},
    {"help.one_of", SEV_NOTE, "可填：{0}", "expected one of: {0}", NULL},
    {"E0301", SEV_ERROR, "未知的表式 '{0}'", "unknown form (表式) '{0}'", "unknown-form"},
    {"E0302", SEV_ERROR, "表式 '{1}' 没有字段 '{0}'", "form '{1}' has no field '{0}'", "unknown-field"},
    {"E0303", SEV_ERROR, "缺少必填字段 '{0}'（表式 '{1}' 要求填写）", "required field '{0}' is missing (form '{1}' requires it)",
     "missing-field"},
    {"E0303.help", SEV_NOTE, "在表内或文件的 默认 块中写上：{0} …", "write it in the table or in the file's 默认 block: {0} …", NULL},
    {"E0304", SEV_ERROR, "'{0}' 重复书写", "'{0}' is written twice", "duplicate"},
    {"E0304.note", SEV_NOTE, "第一次在这里书写", "first written here", NULL},
    {"E0305", SEV_ERROR, "表式 '{1}' 的指标框架中没有一级指标 '{0}'", "form '{1}' has no 一级 category '{0}' in its framework",
     "unknown-category"},
    {"E0306", SEV_ERROR, "一级指标 '{1}' 下没有二级指标 '{0}'（表式 '{2}'）", "一级 category '{1}' has no 二级 category '{0}' (form '{2}')",
     "unknown-subcategory"},
    {"E0307", SEV_ERROR, "未知的计量单位 '{0}'", "unknown unit '{0}'", "unknown-unit"},
    {"E0307.quote", SEV_NOTE, "括号里若是说明而不是单位，请把整个值写成字符串：\"{0}\"",
     "if the parentheses hold a description rather than a unit, write the whole value as a string: \"{0}\"", NULL},
    {"E0308", SEV_ERROR, "未知的指标组 '{0}'", "unknown indicator group '{0}'", "unknown-group"},
    {"E0309", SEV_ERROR, "重复的表：'{0}'（{1}）已经写过", "duplicate table: '{0}' ({1}) is already declared",
     "duplicate-table"},
    {"E0309.note", SEV_NOTE, "第一次在这里声明", "first declared here", NULL},
    {"E0310", SEV_ERROR, "指标 '{0}' 在同一位置重复书写", "indicator '{0}' is written twice at the same place", "duplicate-indicator"},
    {"E0310.note", SEV_NOTE, "第一次在这里书写", "first written here", NULL},
    {"E0311", SEV_ERROR, "指标层级不对：'{0}' 处在第 {1} 层", "wrong indicator depth: '{0}' is at level {1}", "wrong-depth"},
    {"E0311.help", SEV_NOTE, "三级指标写在二级指标的块内：一级 { 二级 { 三级 值 } }",
     "a 三级 indicator goes inside a 二级 block: 一级 { 二级 { 三级 value } }", NULL},
    {"E0312", SEV_ERROR, "找不到导入的文件 '{0}'：{1}", "cannot import '{0}': {1}", "import-not-found"},
    {"E0313", SEV_ERROR, "循环导入：'{0}' 经由导入链又导入了自身", "import cycle: '{0}' imports itself through its imports",
     "import-cycle"},
    {"W0314", SEV_WARNING, "没有指定表式，按 '{0}' 检查", "no form (表式) given; checked as '{0}'", "no-form"},
    {"W0314.help", SEV_NOTE, "在表内或 默认 块中写 表式 …（例如 表式 江苏省级项目）",
     "write 表式 … in the table or in 默认 (for example 表式 江苏省级项目)", NULL},
    {"E0315", SEV_ERROR, "表式 '{0}' 用于{1}，不能用于{2}", "form '{0}' is for a {1} table, not a {2} table", "wrong-form-object"},
    {"E0316", SEV_ERROR, "'{0}' 重复声明", "'{0}' is declared twice", "redeclared"},
    {"E0316.note", SEV_NOTE, "第一次在这里声明", "first declared here", NULL},
    {"E0317", SEV_ERROR, "表式中 '{0}' 的值不对：应为 {1}", "form item '{0}' has a bad value: expected {1}", "bad-form-item"},
    {"E0318", SEV_ERROR, "表式中没有 '{0}' 这一项", "'{0}' is not a form item", "unknown-form-item"},
    {"E0319", SEV_ERROR, "指标组 '{0}' 经由引用又引用了自身", "indicator group '{0}' refers to itself", "group-cycle"},
    {"E0321", SEV_ERROR, "名称为空", "the name is empty", "empty-name"},
    {"E0330", SEV_ERROR, "版式中的 '{0}' 需要 {1} 个值，这里写了 {2} 个", "版式 item '{0}' takes {1} value(s), not {2}",
     "layout-arity"},
    {"E0320", SEV_ERROR, "表内没有 '{0}' 这种块：块只有 资金、支出 和 指标", "'{0}' is not a block of a table: the blocks are 资金, 支出 and 指标",
     "unknown-block"},
    /* values and types */
    {"W0401", SEV_WARNING, "'{0}' 不是已声明的等级词", "'{0}' is not a declared level word", "unknown-level"},
    {"W0401.help", SEV_NOTE, "若是说明文字请加引号：\"{0}\"；若是本单位常用的等级，请用 等级 {0} 声明",
     "if it is a description, quote it: \"{0}\"; if it is a level your unit uses, declare it: 等级 {0}", NULL},
    {"E0402", SEV_ERROR, "'{0}' 的半年值 {1}（{2}）与全年值 {3}（{4}）量纲不同",
     "'{0}': the 半年 value {1} ({2}) and the 全年 value {3} ({4}) have different dimensions", "dimension-mismatch"},
    {"W0403", SEV_WARNING, "'{0}' 是累计数量，半年目标 {1} 却高于全年目标 {2}",
     "'{0}' counts up over the year, but its 半年 target {1} is above its 全年 target {2}", "half-above-full"},
    {"E0404", SEV_ERROR, "百分比不能为负：{0}", "a percentage cannot be negative: {0}", "negative-percentage"},
    {"E0405", SEV_ERROR, "范围 {0} 的下限高于上限", "range {0} has its low end above its high end", "bad-range"},
    {"E0406", SEV_ERROR, "范围 {0} 两端量纲不同（{1}、{2}）", "the ends of range {0} have different dimensions ({1}, {2})",
     "range-dimension"},
    {"W0407", SEV_WARNING, "'{0}' 是比率类指标，目标值 {1} 却不是比率", "'{0}' is a rate, but its target {1} is not a ratio",
     "rate-not-ratio"},
    {"W0407.help", SEV_NOTE, "比率的目标写成百分数，如 ≥95%；若要计数，请把指标名改为“……数”",
     "write a rate's target as a percentage (≥95%); if it counts things, name it as a count", NULL},
    {"W0408", SEV_WARNING, "满意度指标 '{0}' 的目标值 {1} 既不是比率也不是等级",
     "satisfaction indicator '{0}' has a target {1} that is neither a ratio nor a level", "satisfaction-target"},
    {"E0409", SEV_ERROR, "成本指标 '{0}' 的目标 {1}（{2} 元）超过项目资金总额 {3} {4}（{5} 元）",
     "cost indicator '{0}': target {1} ({2} 元) exceeds the project's 资金总额 {3} {4} ({5} 元)", "cost-above-total"},
    {"E0410", SEV_ERROR, "字段 '{0}' 应为{1}，却写了 '{2}'", "field '{0}' expects {1}, found '{2}'", "field-type"},
    {"E0410.choices", SEV_NOTE, "'{0}' 可选：{1}", "'{0}' may be one of: {1}", NULL},
    {"E0411", SEV_ERROR, "日期不存在：{0}", "no such date: {0}", "bad-date"},
    {"E0412", SEV_ERROR, "未知的引用 '{0}'：既不是表式定义的金额名称，也不是等级词",
     "unknown reference '{0}': neither an amount the form names nor a level word", "unknown-reference"},
    {"W0413", SEV_WARNING, "指标值为空", "the target value is empty", "empty-value"},
    {"E0414", SEV_ERROR, "等级次序只能用 '>'（从好到差），不能用 '{0}'", "a level scale is ordered with '>' (best first), not '{0}'",
     "bad-level-order"},
    {"E0416", SEV_ERROR, "等级 '{0}' 在同一个次序中出现了两次", "level '{0}' appears twice in one scale", "level-repeated"},
    {"E0417", SEV_ERROR, "等级次序与已有的次序相反：这里 '{0}' 好于 '{1}'", "this scale contradicts another: here '{0}' is better than '{1}'", "levels-contradict"},
    {"E0417.note", SEV_NOTE, "另一个次序在这里", "the other scale is here", NULL},
    {"E0415", SEV_ERROR, "表式 '{0}' 没有半年列", "form '{0}' has no 半年 column", "no-half-column"},
    /* money */
    {"E0501", SEV_ERROR, "{0} {1} 与各项资金之和 {2} 不符（{3}），相差 {4}",
     "{0} is {1}, but the sources add up to {2} ({3}): a difference of {4}", "funds-total"},
    {"E0502", SEV_ERROR, "'{0}' 小计 {1} 与其下各项之和 {2} 不符（{3}），相差 {4}",
     "'{0}' subtotal {1} differs from the sum of its lines {2} ({3}): a difference of {4}", "funds-subtotal"},
    {"E0503", SEV_ERROR, "支出 '{0}' 的{1}数 {2} 与其下各项之和 {3} 不符（{4}），相差 {5}",
     "expense '{0}': its {1} amount {2} differs from the sum of its lines {3} ({4}): a difference of {5}", "expense-subtotal"},
    {"E0504", SEV_ERROR, "支出全年合计 {0}（{1}）与资金总额 {2} 不符，相差 {3}",
     "the 全年 expenses add up to {0} ({1}), but 资金总额 is {2}: a difference of {3}", "expenses-total"},
    {"E0505", SEV_ERROR, "支出 '{0}' 的半年计划 {1} 超过全年预算 {2}", "expense '{0}': the 半年 plan {1} is above the 全年 budget {2}",
     "expense-half-above-full"},
    {"E0506", SEV_ERROR, "金额不能为负：{0}", "an amount cannot be negative: {0}", "negative-amount"},
    {"E0507", SEV_ERROR, "部门表中项目 '{0}' 的支出为 {1} {2}，而同年度的项目表中其资金总额为 {3} {4}",
     "the department gives project '{0}' {1} {2}, but that project's table of the same 年度 has a 资金总额 of {3} {4}",
     "department-project-mismatch"},
    {"E0507.note", SEV_NOTE, "项目 '{0}' 的资金总额在这里", "project '{0}' states its 资金总额 here", NULL},
    {"E0508", SEV_ERROR, "金额合计超出可精确表示的范围", "the sum of the amounts is too large to represent exactly",
     "amount-overflow"},
    {"E0509", SEV_ERROR, "金额应是一个数：{0}", "an amount is a plain number: {0}", "amount-not-number"},
    {"E0509.help", SEV_NOTE, "金额以本表的金额单位（{0}）计，只写数字，不带比较符和单位",
     "amounts are in the table's 金额单位 ({0}): write the number alone, without a comparator or unit", NULL},
    {"E0510", SEV_ERROR, "表式 '{1}' 没有资金来源 '{0}'", "form '{1}' has no funding source '{0}'", "unknown-source"},
    /* dates */
    {"E0601", SEV_ERROR, "{0} {1} 早于 {2} {3}", "{0} {1} is before {2} {3}", "end-before-start"},
    {"E0601.note", SEV_NOTE, "{0} 在这里", "{0} is here", NULL},
    {"W0602", SEV_WARNING, "{0} {1} 比 {3} {4} 晚 {2} 年（超过 10 年）", "{0} {1} is {2} years after {3} {4} (more than 10)",
     "long-span"},
    {"W0603", SEV_WARNING, "年度 {0} 不在项目起止时间 {1}–{2} 之内", "年度 {0} is outside the project's span {1}–{2}",
     "year-outside-span"},
    /* the Ministry's indicator framework */
    {"W0701", SEV_WARNING, "'{0}' 没有任何{1}", "'{0}' has no indicator under {1}", "missing-top-category"},
    {"W0702", SEV_WARNING, "'{0}' 的 {1} › {2} 下没有指标", "'{0}' has no indicator under {1} › {2}", "empty-required-category"},
    {"W0703", SEV_WARNING, "'{0}' 的指标全是等级或文字，没有一个可量化的目标",
     "'{0}' has only level or text targets, none a measure", "no-measure"},
    {"W0704", SEV_WARNING, "产出指标 '{0}' 的目标 '{1}' 含糊，无法考核", "output indicator '{0}' has a vague target '{1}'",
     "vague-output"},
    {"W0704.help", SEV_NOTE, "产出指标应写成可考核的数值或明确的等级，如 ≥95%、按时完成",
     "give an output indicator a measurable target, such as ≥95% or 按时完成", NULL},
    {"W0705", SEV_WARNING, "'{0}' 是空表：没有资金、支出和指标", "'{0}' is an empty table: no funds, expenses or indicators",
     "empty-table"},
    {"N0706", SEV_NOTE, "{0} 与 {1} 完全相同", "{0} is identical to {1}", "identical-goals"},
    {"N0706.note", SEV_NOTE, "{0} 在这里", "{0} is here", NULL},
    /* limits */
    {"E0901", SEV_ERROR, "嵌套过深：花括号最多嵌套 {0} 层", "nesting too deep: at most {0} levels of braces", "nesting-too-deep"},
    {"E0902", SEV_ERROR, "文件 '{0}' 过大：{1} 字节（最多 {2} 字节）", "file '{0}' is too large: {1} bytes (at most {2})",
     "file-too-large"},
    {"E0903", SEV_ERROR, "名称或数值过长：{0} 字节（最多 {1} 字节）", "name or value too long: {0} bytes (at most {1})",
     "token-too-long"},
    {"E0904", SEV_ERROR, "字符串过长：{0} 字节（最多 {1} 字节）", "string too long: {0} bytes (at most {1})", "string-too-long"},
    {"E0905", SEV_ERROR, "导入层次过深：'{0}' 处在第 {1} 层导入（最多 {2} 层）",
     "imports nested too deeply: '{0}' is imported at depth {1} (at most {2})", "imports-too-deep"},
    {"E0906", SEV_ERROR, "表 '{0}' 的 引用 展开后超过 {1} 行指标：指标组层层引用，行数成倍增长",
     "the 引用 of table '{0}' expand to more than {1} indicator rows: groups that reference groups multiply them", "splice-too-large"},
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
    /* Every diagnostic looks its message up by code, mostly with the same few string
     * literals: a small cache by the id's address saves the walk through the table. */
    enum { CACHE = 64 };
    static struct { const char *id; const Message *m; } cache[CACHE];
    size_t slot = ((uintptr_t)id >> 4) % CACHE;
    if (cache[slot].id == id && strcmp(cache[slot].m->id, id) == 0) return cache[slot].m;
    for (size_t i = 0; i < sizeof messages / sizeof messages[0]; i++)
        if (strcmp(messages[i].id, id) == 0) {
            cache[slot].id = id;
            cache[slot].m = &messages[i];
            return &messages[i];
        }
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
