/* The catalogue of the user interface's texts (ui.def). */
#include "diag/ui.h"
#include "base/utf8.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct { const char *key, *zh, *en; } texts[] = {
#define UI(key, zh, en) {#key, zh, en},
#include "diag/ui.def"
#undef UI
};

static Lang current = LANG_ZH;

void ui_set_lang(Lang lang) { current = lang; }
Lang ui_lang(void) { return current; }

const char *ui_text_of(UiText id, Lang lang) { return lang == LANG_EN ? texts[id].en : texts[id].zh; }
const char *ui_in(Lang lang, UiText id) { return ui_text_of(id, lang); }
const char *ui(UiText id) { return ui_text_of(id, current); }
const char *ui_name(UiText id) { return texts[id].key; }

const char *ui_named(Lang lang, const char *name) {
    for (int i = 0; i < UI_COUNT; i++)
        if (strcmp(texts[i].key, name) == 0) return ui_text_of((UiText)i, lang);
    return NULL;
}

const char *ui_format(Arena *a, Lang lang, UiText id, const char *const *args, int n) {
    const char *t = ui_text_of(id, lang);
    const char *out = "";
    while (*t) {
        const char *open = strchr(t, '{');
        if (!open || open[1] < '0' || open[1] > '9' || open[2] != '}') {
            out = arena_printf(a, "%s%s", out, t);
            break;
        }
        int k = open[1] - '0';
        out = arena_printf(a, "%s%.*s%s", out, (int)(open - t), t, k < n && args[k] ? args[k] : "");
        t = open + 3;
    }
    return out;
}

/* The format comes from the catalogue, whose placeholders the unit test checks. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

void ui_report(UiText id, ...) {
    va_list ap;
    va_start(ap, id);
    /* A path may hold anything a file name can: its control characters are shown by name. */
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, ui(id), ap);
    char small[512], *buf = n >= 0 && (size_t)n < sizeof small ? small : malloc(n >= 0 ? (size_t)n + 1 : 1);
    if (buf && n >= 0) vsnprintf(buf, (size_t)n + 1, ui(id), again);
    fputs("jxc: ", stderr);
    fputs_visible(stderr, buf && n >= 0 ? buf : ui(id));
    fputc('\n', stderr);
    if (buf != small) free(buf);
    va_end(again);
    va_end(ap);
}

void ui_printf(FILE *out, UiText id, ...) {
    va_list ap;
    va_start(ap, id);
    vfprintf(out, ui(id), ap);
    va_end(ap);
}

const char *syserr_text(int err) {
    if (err == ENODATA) return ui(UI_err_nodata); /* read_file: a FIFO with no writer */
    if (current == LANG_EN) return strerror(err);
    switch (err) {
    case ENOENT: return ui(UI_err_noent);
    case EACCES: case EPERM: return ui(UI_err_access);
    case EISDIR: return ui(UI_err_isdir);
    case ENOTDIR: return ui(UI_err_notdir);
    case ENOSPC: return ui(UI_err_nospc);
    case EDQUOT: return ui(UI_err_dquot);
    case EROFS: return ui(UI_err_rofs);
    case ENAMETOOLONG: return ui(UI_err_nametoolong);
    case ELOOP: return ui(UI_err_loop);
    case EMFILE: case ENFILE: return ui(UI_err_mfile);
    case ENOMEM: return ui(UI_err_nomem);
    case EIO: return ui(UI_err_io);
    case EFBIG: return ui(UI_err_fbig);
    case EILSEQ: return ui(UI_err_ilseq);
    case EINVAL: return ui(UI_err_inval);
    case EEXIST: return ui(UI_err_exist);
    case ENXIO: case ENODEV: return ui(UI_err_nxio);
    default: return strerror(err);
    }
}

static int first_stdout_errno;

int flush_stdout(void) {
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout)) return 0;
    if (!first_stdout_errno) first_stdout_errno = errno ? errno : EIO;
    return 2;
}

int stdout_errno(void) { return first_stdout_errno ? first_stdout_errno : EIO; }

void note_stdout_errno(int err) {
    if (!first_stdout_errno && err) first_stdout_errno = err;
}
