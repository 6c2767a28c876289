#include "diag/syserr.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static Lang ui_lang = LANG_ZH;

void syserr_set_lang(Lang lang) { ui_lang = lang; }
Lang syserr_lang(void) { return ui_lang; }

const char *syserr_text(int err) {
    if (ui_lang == LANG_EN) return strerror(err);
    /* The C library speaks English here (jxc does not call setlocale, so that its output does
     * not depend on the machine); these are the errors a user meets. */
    switch (err) {
    case ENOENT: return "没有这个文件或目录";
    case EACCES: case EPERM: return "没有权限";
    case EISDIR: return "这是一个目录";
    case ENOTDIR: return "路径中有一项不是目录";
    case ENOSPC: return "磁盘空间不足";
    case EDQUOT: return "超出磁盘配额";
    case EROFS: return "文件系统是只读的";
    case ENAMETOOLONG: return "路径太长";
    case ELOOP: return "符号链接层数过多";
    case EMFILE: case ENFILE: return "打开的文件过多";
    case ENOMEM: return "内存不足";
    case EIO: return "输入输出错误";
    case EFBIG: return "文件太大";
    case EILSEQ: return "有无法转换的字符";
    case EINVAL: return "参数无效";
    case EEXIST: return "已经存在";
    case ENXIO: case ENODEV: return "设备不存在";
    default: return strerror(err);
    }
}

void syserr_report(const char *zh_format, const char *en_format, ...) {
    va_list ap;
    va_start(ap, en_format);
    fputs("jxc: ", stderr);
    vfprintf(stderr, ui_lang == LANG_EN ? en_format : zh_format, ap);
    fputc('\n', stderr);
    va_end(ap);
}
