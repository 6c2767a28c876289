/* Trouble with the system (a file that cannot be read or written), told in the user's language:
 * `jxc: 无法读取 'x.jx'：没有这个文件或目录` or, with --lang=en, `jxc: cannot read 'x.jx': No such
 * file or directory`. These are not diagnostics of the input (exit 2, no code). */
#ifndef JX_SYSERR_H
#define JX_SYSERR_H
#include "diag/diag.h"

/* The language of these messages, set once by main from --lang / JXC_LANG. */
void syserr_set_lang(Lang lang);
Lang syserr_lang(void);

/* The text of an errno value: strerror's in English; the common ones in Chinese. */
const char *syserr_text(int err);

/* Prints "jxc: " and the message in the current language (printf formats), and a newline. */
void syserr_report(const char *zh_format, const char *en_format, ...);

#endif
