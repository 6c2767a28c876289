/* The options of `jxc build` that belong to one output format, checked before anything is
 * compiled or written, so that a mistyped option is a usage error (exit 2) and not an output
 * file half made. */
#include <string.h>
#include "emit/csv_out.h"
#include "emit/emit.h"

static int usage(const Options *o, const char *zh, const char *en, const char *arg) {
    bool english = o->lang == LANG_EN;
    fputs("jxc: ", stderr);
    fprintf(stderr, english ? en : zh, arg);
    fputs(english ? "\n(see 'jxc help build')\n" : "\n（用法见 jxc help build）\n", stderr);
    return 2;
}

int emit_check_options(const Options *o) {
    const char *table = o->table ? o->table : "indicators";
    if (strcmp(table, "indicators") != 0 && strcmp(table, "funds") != 0 && strcmp(table, "expenses") != 0)
        return usage(o, "未知的表 '%s'（可用 indicators、funds、expenses）", "unknown table '%s' (indicators, funds or expenses)", table);
    if (o->encoding && !csv_encoding_known(o->encoding))
        return usage(o, "未知的编码 '%s'（可用 utf-8、gb18030）", "unknown encoding '%s' (utf-8 or gb18030)", o->encoding);
    if (o->split_dir && o->output && strcmp(o->output, "-") != 0)
        return usage(o, "--split 把页面写进目录 '%s'，不能与 -o 同用", "--split writes its pages into the directory '%s'; it does not go with -o", o->split_dir);
    if (o->split_dir && !*o->split_dir) return usage(o, "--split 需要一个目录%s", "--split needs a directory%s", "");
    /* Options of one format given with another are mistakes, not no-ops. */
    if (o->split_dir && o->format && strcmp(o->format, "html") != 0)
        return usage(o, "--split 只用于 -f html，不能用于 -f %s", "--split is an option of -f html, not of -f %s", o->format);
    if ((o->no_bom || (o->encoding && strcmp(o->encoding, "utf-8") != 0) || (o->table && strcmp(o->table, "indicators") != 0)) &&
        o->format && strcmp(o->format, "csv") != 0)
        return usage(o, "--table、--no-bom 和 --encoding 只用于 -f csv，不能用于 -f %s",
                     "--table, --no-bom and --encoding are options of -f csv, not of -f %s", o->format);
    return 0;
}
