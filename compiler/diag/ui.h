/* The catalogue of the user interface's texts (ui.def), in Chinese and English, and the
 * language they are told in: set once by the command line (--lang, JXC_LANG). Diagnostics of
 * the input have their own catalogue (diag/codes.def); system errors, usage, help and jxc
 * diff's words are here. */
#ifndef JX_UI_H
#define JX_UI_H
#include "base/arena.h"
#include "diag/diag.h"

typedef enum UiText {
#define UI(key, zh, en) UI_##key,
#include "diag/ui.def"
#undef UI
    UI_COUNT
} UiText;

void ui_set_lang(Lang lang);
Lang ui_lang(void);

/* The text in the current language, or in `lang`. */
const char *ui(UiText id);
const char *ui_in(Lang lang, UiText id);
/* The text's name (its KEY in ui.def: "lower_bound_raised"). */
const char *ui_name(UiText id);
/* The text of the name, for names kept as data (jxc diff's reasons and columns); NULL if
 * there is no such name. */
const char *ui_named(Lang lang, const char *name);
/* The text in `lang` with its {0} {1} … filled from args. */
const char *ui_format(Arena *a, Lang lang, UiText id, const char *const *args, int n);
/* The Chinese or English text of a row (for the unit test of the catalogue). */
const char *ui_text_of(UiText id, Lang lang);

/* Prints "jxc: ", the text (printf placeholders filled) and a newline to standard error. */
void ui_report(UiText id, ...);
/* Prints the text (printf placeholders filled) to `out`. */
void ui_printf(FILE *out, UiText id, ...);

/* The text of an errno value, in the current language. */
const char *syserr_text(int err);
/* Flushes standard output: 0, or 2 when it cannot be written (the first error's errno is kept
 * for the one message main prints, stdout_errno). */
int flush_stdout(void);
/* A writer that saw standard output fail with `err` (a large fwrite goes past the buffer, so
 * the later fflush no longer knows why): keeps it for the one message main prints. */
void note_stdout_errno(int err);
int stdout_errno(void);

#endif
