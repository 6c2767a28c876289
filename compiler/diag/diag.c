#include "diag/diag.h"
#include "diag/ui.h"
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "base/strmap.h"
#include "base/utf8.h"
#include "base/version.h"

void diags_init(Diags *d, Arena *a, SourceSet *s) {
    memset(d, 0, sizeof *d);
    d->arena = a;
    d->sources = s;
    d->max_errors = 100;
    d->max_warnings = 100;
}

const char *severity_name(Severity s) {
    return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

bool diag_is_allowed(const Diags *d, const char *code) {
    for (int i = 0; i < d->nallowed; i++)
        if (strcmp(d->allowed[i], code) == 0) return true;
    return false;
}

static int collect_args(Arena *a, va_list ap, const char ***out) {
    const char *tmp[16];
    int n = 0;
    const char *s;
    while ((s = va_arg(ap, const char *)) != NULL)
        if (n < 16) tmp[n++] = s;
    const char **args = arena_alloc(a, sizeof(char *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) args[i] = arena_strdup(a, tmp[i]);
    *out = args;
    return n;
}

static void add_note(Diags *d, Diag *g, bool is_help, DiagCode id, bool has_span, Span span, va_list ap);
static void attach(Diags *d, Diag *g, bool is_help, DiagCode id, bool has_span, Span span, const char **args, int nargs);

static Diag *add(Diags *d, DiagCode c, bool has_span, Span span, bool plain, va_list ap) {
    const Message *m = message_get(c);
    const char *code = m->id;
    Severity sev = m->severity;
    if (sev == SEV_ERROR && d->checking) {
        if (d->errors >= d->max_errors) {
            d->check_too_many = true;
            return NULL;
        }
    } else if (sev == SEV_ERROR && d->errors - d->check_errors >= d->max_errors) {
        d->too_many = true;
        return NULL;
    }
    if (sev != SEV_ERROR) {
        /* A code turned off on the command line is not even kept (diags_apply_allowed would
         * drop it); past the bound on warnings and notes held, nothing more is. */
        if (d->nallowed && diag_is_allowed(d, code)) return NULL;
        int held = d->max_warnings > INT_MAX - DIAG_WARNINGS_HELD ? INT_MAX : d->max_warnings + DIAG_WARNINGS_HELD;
        if (d->warnings + d->notes >= held) {
            d->warnings_too_many = true;
            return NULL;
        }
    }
    const char **args;
    int nargs = collect_args(d->arena, ap, &args);
    /* The same diagnostic at the same place with the same words is said once: a mistake in
     * an indicator group (指标组) is met again by every 引用 of it. */
    if (!d->reported) {
        d->reported = arena_alloc(d->arena, sizeof *d->reported);
        strmap_init(d->reported, d->arena);
    }
    /* The key, built by hand (a printf per diagnostic was 4% of all the work of jxc check):
     * the code, the place as hex digits, then the arguments. */
    size_t cl = strlen(code), klen = cl + 2 + 24, ka[16];
    for (int i = 0; i < nargs; i++) klen += (ka[i] = strlen(args[i])) + 1;
    char *key = arena_alloc(d->arena, klen + 1), *k = key;
    memcpy(k, code, cl);
    k += cl;
    *k++ = has_span ? 'S' : 'N';
    const uint32_t place[3] = {span.file, span.off, span.len};
    for (int w = 0; w < 3; w++)
        for (int sh = 28; sh >= 0; sh -= 4) *k++ = "0123456789abcdef"[(place[w] >> sh) & 15];
    *k++ = '\x1f';
    for (int i = 0; i < nargs; i++) {
        memcpy(k, args[i], ka[i]);
        k += ka[i];
        *k++ = '\x1f';
    }
    *k = 0;
    if (strmap_get(d->reported, key)) return NULL;
    strmap_put(d->reported, key, (void *)code);
    Diag *g = arena_alloc(d->arena, sizeof *g);
    g->msg = m;
    g->severity = sev;
    g->has_span = has_span;
    g->span = span;
    g->args = args;
    g->nargs = nargs;
    g->seq = (unsigned)d->list.len;
    g->from_check = d->checking;
    ptrvec_push(d->arena, &d->list, g);
    if (sev == SEV_ERROR) d->errors++, d->check_errors += g->from_check;
    else if (sev == SEV_WARNING) d->warnings++;
    else d->notes++;
    if (m->help != NONE && !plain) attach(d, g, true, m->help, false, (Span){0, 0, 0}, args, nargs);
    return g;
}

Diag *diag_at(Diags *d, DiagCode code, Span span, ...) {
    va_list ap;
    va_start(ap, span);
    Diag *g = add(d, code, true, span, false, ap);
    va_end(ap);
    return g;
}

Diag *diag_at_plain(Diags *d, DiagCode code, Span span, ...) {
    va_list ap;
    va_start(ap, span);
    Diag *g = add(d, code, true, span, true, ap);
    va_end(ap);
    return g;
}

Diag *diag_nowhere(Diags *d, DiagCode code, ...) {
    va_list ap;
    va_start(ap, code);
    Diag *g = add(d, code, false, (Span){0, 0, 0}, false, ap);
    va_end(ap);
    return g;
}

static void attach(Diags *d, Diag *g, bool is_help, DiagCode id, bool has_span, Span span, const char **args, int nargs) {
    DiagNote *n = arena_alloc(d->arena, sizeof *n);
    n->is_help = is_help;
    n->has_span = has_span;
    n->span = span;
    n->msg = message_get(id);
    n->args = args;
    n->nargs = nargs;
    if (g->last_note) g->last_note->next = n;
    else g->notes = n;
    g->last_note = n;
}

static void add_note(Diags *d, Diag *g, bool is_help, DiagCode id, bool has_span, Span span, va_list ap) {
    if (!g) return;
    const char **args;
    int nargs = collect_args(d->arena, ap, &args);
    attach(d, g, is_help, id, has_span, span, args, nargs);
}

void diag_note(Diags *d, Diag *g, DiagCode id, Span span, ...) {
    va_list ap;
    va_start(ap, span);
    add_note(d, g, false, id, true, span, ap);
    va_end(ap);
}

void diag_note_nowhere(Diags *d, Diag *g, DiagCode id, ...) {
    va_list ap;
    va_start(ap, id);
    add_note(d, g, false, id, false, (Span){0, 0, 0}, ap);
    va_end(ap);
}

void diag_help(Diags *d, Diag *g, DiagCode id, ...) {
    va_list ap;
    va_start(ap, id);
    add_note(d, g, true, id, false, (Span){0, 0, 0}, ap);
    va_end(ap);
}

void diags_retain(Diags *d, bool (*keep)(const Diag *g, void *arg), void *arg) {
    int kept = 0;
    d->errors = d->warnings = d->notes = d->check_errors = 0;
    for (int i = 0; i < d->list.len; i++) {
        Diag *g = d->list.items[i];
        if (!keep(g, arg)) continue;
        g->seq = (unsigned)kept;
        d->list.items[kept++] = g;
        if (g->severity == SEV_ERROR) d->errors++, d->check_errors += g->from_check;
        else if (g->severity == SEV_WARNING) d->warnings++;
        else d->notes++;
    }
    d->list.len = kept;
}

static bool not_from_check(const Diag *g, void *arg) {
    (void)arg;
    return !g->from_check;
}

static bool not_allowed(const Diag *g, void *arg) {
    const Diags *d = arg;
    return g->severity == SEV_ERROR || !diag_is_allowed(d, g->msg->id);
}

void diags_apply_allowed(Diags *d) {
    if (d->nallowed) diags_retain(d, not_allowed, d);
}

void diags_drop_checks(Diags *d) {
    diags_retain(d, not_from_check, NULL);
    d->check_too_many = false;
}

bool diags_failed(const Diags *d) { return d->errors > 0 || (d->strict && d->warnings > 0); }

static int cmp_diag(const void *a, const void *b) {
    const Diag *x = *(const Diag *const *)a, *y = *(const Diag *const *)b;
    if (x->has_span != y->has_span) return x->has_span ? 1 : -1;
    if (x->has_span) {
        if (x->span.file != y->span.file) return x->span.file < y->span.file ? -1 : 1;
        if (x->span.off != y->span.off) return x->span.off < y->span.off ? -1 : 1;
    }
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void diags_sort(Diags *d) {
    if (d->list.len > 1) qsort(d->list.items, (size_t)d->list.len, sizeof(void *), cmp_diag);
}

static bool within_warning_limit(const Diag *g, void *arg) {
    int *left = arg;
    if (g->severity == SEV_ERROR) return true;
    if (*left <= 0) return false;
    --*left;
    return true;
}

/* Sorts the diagnostics and keeps the first max_warnings warnings and notes by place. */
static void sort_and_cap(Diags *d) {
    diags_sort(d);
    if (d->warnings + d->notes > d->max_warnings) {
        int left = d->max_warnings;
        diags_retain(d, within_warning_limit, &left);
        d->warnings_too_many = true;
    }
}

/* The notes that say the report was cut (N0205 errors, N0206 warnings and notes), written
 * after the diagnostics in every format; they are not counted with them. */
static int cut_notes(Diags *d, Diag *out) {
    int n = 0;
    const struct { bool on; DiagCode code; int limit; } cuts[2] = {
        {d->too_many, N0205, d->max_errors}, {d->warnings_too_many, N0206, d->max_warnings}};
    for (int k = 0; k < 2; k++) {
        if (!cuts[k].on) continue;
        Diag *g = &out[n++];
        memset(g, 0, sizeof *g);
        g->msg = message_get(cuts[k].code);
        g->severity = SEV_NOTE;
        g->args = arena_alloc(d->arena, sizeof *g->args);
        g->args[0] = arena_printf(d->arena, "%d", cuts[k].limit);
        g->nargs = 1;
    }
    return n;
}

/* ---- text ---------------------------------------------------------------------------- */

typedef struct Colors { const char *err, *warn, *note, *help, *gutter, *bold, *reset; } Colors;

static Colors colors(bool on) {
    if (!on) return (Colors){"", "", "", "", "", "", ""};
    return (Colors){"\033[1;31m", "\033[1;33m", "\033[1;36m", "\033[1;32m", "\033[1;34m", "\033[1m", "\033[0m"};
}

static const char *sev_color(const Colors *c, Severity s) {
    return s == SEV_ERROR ? c->err : s == SEV_WARNING ? c->warn : c->note;
}

/* How a character of a source line is shown: a tab as four blanks, a hidden character
 * (a control, bidi or invisible one, base/utf8.h) as its visible name, anything else as it is.
 * Returns the columns it takes. */
static int shown_width(uint32_t cp) {
    if (cp == '\t') return 4;
    if (is_hidden_char(cp)) {
        char name[12];
        return hidden_char_name(cp, name);
    }
    return codepoint_width(cp);
}

/* Decodes the character at s[i] (an invalid byte reads as '?'); returns its length. */
static int char_at(const char *s, size_t n, size_t i, uint32_t *cp) {
    int len = utf8_decode((const unsigned char *)s + i, n - i, cp);
    if (len < 1) { len = 1; *cp = '?'; }
    return len;
}

/* Writes the source line with tabs expanded and hidden characters named, so the caret line
 * below matches it. */
static void write_source_line(FILE *out, const char *s, size_t n) {
    size_t done = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = char_at(s, n, i, &cp);
        if (cp == '\t' || is_hidden_char(cp)) {
            fwrite(s + done, 1, i - done, out);
            char name[12];
            if (cp == '\t') fputs("    ", out);
            else fwrite(name, 1, (size_t)hidden_char_name(cp, name), out);
            done = i + (size_t)len;
        }
        i += (size_t)len;
    }
    fwrite(s + done, 1, n - done, out);
}

static int digits_of(uint32_t v) {
    int n = 1;
    while (v >= 10) { v /= 10; n++; }
    return n;
}

enum { EXCERPT_MAX_COLUMNS = 100, EXCERPT_BEFORE = 30, EXCERPT_MAX_BYTES = 4096 };

/* Advances from s[i] by whole characters until `cols` display columns are passed, or
 * EXCERPT_MAX_BYTES bytes (a run of zero-width characters). */
static size_t skip_columns(const char *s, size_t n, size_t i, int cols) {
    size_t from = i;
    while (i < n && cols > 0 && i - from < EXCERPT_MAX_BYTES) {
        uint32_t cp;
        i += (size_t)char_at(s, n, i, &cp);
        cols -= shown_width(cp);
    }
    return i;
}

/* The columns of s[from..to) (a stretch no longer than the excerpt's window). */
static int columns(const char *s, size_t from, size_t to) {
    int w = 0;
    for (size_t i = from; i < to;) {
        uint32_t cp;
        i += (size_t)char_at(s, to, i, &cp);
        w += shown_width(cp);
    }
    return w;
}

/* Steps back from s[i] over whole characters while the stretch up to `end` stays within
 * `cols` columns; returns where it starts (the line's start when all of it fits). */
static size_t back_columns(const char *s, size_t i, size_t end, int cols, int *taken) {
    int w = 0;
    while (i > 0 && end - i < EXCERPT_MAX_BYTES) {
        size_t j = i - 1;
        while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
        uint32_t cp;
        int len = utf8_decode((const unsigned char *)s + j, i - j, &cp);
        if (len < 1 || (size_t)len != i - j) { j = i - 1; cp = '?'; }
        int cw = shown_width(cp);
        if (w + cw > cols) break;
        w += cw;
        i = j;
    }
    *taken = w;
    return i;
}

/* The source line of a span with a caret line under the span. A long line is shown as a
 * window around the span, with … where it is cut; only the window is measured, so that a
 * file of one long line with many diagnostics takes time linear in its length. */
static void write_excerpt(FILE *out, SourceFile *f, Span span, const char *mark_color, char mark,
                          const Colors *c) {
    LineCol lc = source_linecol(f, span.off);
    size_t line_len;
    const char *line = source_line(f, lc.line, &line_len);
    int gw = digits_of(lc.line);
    size_t start = (size_t)(f->text + span.off - line);
    if (start > line_len) start = line_len;
    size_t end = start + span.len;
    if (end > line_len) end = line_len;
    size_t from = 0, to = line_len;
    bool cut_left = false, cut_right = false;
    /* Is the line wider than the window? Measure no more of it than that takes. */
    if (skip_columns(line, line_len, 0, EXCERPT_MAX_COLUMNS + 1) < line_len ||
        columns(line, 0, skip_columns(line, line_len, 0, EXCERPT_MAX_COLUMNS + 1)) > EXCERPT_MAX_COLUMNS) {
        int taken;
        size_t back = back_columns(line, start, start, EXCERPT_BEFORE, &taken);
        if (back > 0) {
            from = back;
            cut_left = true;
        }
        to = skip_columns(line, line_len, from, EXCERPT_MAX_COLUMNS);
        cut_right = to < line_len;
        if (end > to) end = to;
        if (start > to) start = to;
    }
    int pad = columns(line, from, start) + (cut_left ? 1 : 0);
    int width = columns(line, start, end);
    if (width < 1) width = 1;
    fprintf(out, "%s%*s |%s\n", c->gutter, gw, "", c->reset);
    fprintf(out, "%s%*u |%s %s", c->gutter, gw, lc.line, c->reset, cut_left ? "…" : "");
    write_source_line(out, line + from, to - from);
    fputs(cut_right ? "…\n" : "\n", out);
    fprintf(out, "%s%*s |%s %*s%s", c->gutter, gw, "", c->reset, pad, "", mark_color);
    for (int i = 0; i < width; i++) fputc(mark, out);
    fprintf(out, "%s\n", c->reset);
}

static void write_location(FILE *out, Diags *d, Span span) {
    SourceFile *f = sources_get(d->sources, span.file);
    LineCol lc = source_linecol(f, span.off);
    fputs_visible(out, f->path);
    fprintf(out, ":%u:%u: ", lc.line, lc.col);
}

static void write_text(Diags *d, FILE *out, const DiagStyle *st) {
    Colors c = colors(st->color);
    for (int i = 0; i < d->list.len; i++) {
        Diag *g = d->list.items[i];
        char *msg = message_format(d->arena, g->msg, st->lang, g->args, g->nargs);
        fputs(c.bold, out);
        if (g->has_span) write_location(out, d, g->span);
        else fputs("jxc: ", out);
        fprintf(out, "%s%s%s[%s]%s%s: ", c.reset, sev_color(&c, g->severity), severity_name(g->severity),
                g->msg->id, c.reset, c.bold);
        fputs_visible(out, msg);
        fprintf(out, "%s\n", c.reset);
        if (g->has_span)
            write_excerpt(out, sources_get(d->sources, g->span.file), g->span, sev_color(&c, g->severity), '^', &c);
        for (DiagNote *n = g->notes; n; n = n->next) {
            char *text = message_format(d->arena, n->msg, st->lang, n->args, n->nargs);
            if (n->has_span) {
                fputs(c.bold, out);
                write_location(out, d, n->span);
                fprintf(out, "%s%snote%s%s: ", c.reset, c.note, c.reset, c.bold);
                fputs_visible(out, text);
                fprintf(out, "%s\n", c.reset);
                write_excerpt(out, sources_get(d->sources, n->span.file), n->span, c.note, '-', &c);
            } else {
                int gw = g->has_span ? digits_of(source_linecol(sources_get(d->sources, g->span.file), g->span.off).line) : 1;
                fprintf(out, "%s%*s =%s %s%s%s: ", c.gutter, gw, "", c.reset, n->is_help ? c.help : c.note,
                        n->is_help ? "help" : "note", c.reset);
                fputs_visible(out, text);
                fputc('\n', out);
            }
        }
    }
    Diag cut[2];
    for (int k = 0, n = cut_notes(d, cut); k < n; k++)
        fprintf(out, "jxc: %snote%s[%s]: %s\n", c.note, c.reset, cut[k].msg->id,
                message_format(d->arena, cut[k].msg, st->lang, cut[k].args, cut[k].nargs));
    if (st->summary && (d->errors || d->warnings || d->notes)) {
        const int counts[3] = {d->errors, d->warnings, d->notes};
        static const UiText many[3] = {UI_count_errors, UI_count_warnings, UI_count_notes}, one[3] = {UI_count_error, UI_count_warning, UI_count_note};
        const char *buf = "";
        for (int k = 0; k < 3; k++) {
            if (!counts[k]) continue;
            const char *num = arena_printf(d->arena, "%d", counts[k]);
            const char *part = ui_format(d->arena, st->lang, counts[k] == 1 ? one[k] : many[k], &num, 1);
            buf = arena_printf(d->arena, "%s%s%s", buf, *buf ? ui_in(st->lang, UI_comma) : "", part);
        }
        fprintf(out, "%s%s%s\n", c.bold, buf, c.reset);
    }
}

/* ---- JSON, GitHub, SARIF ------------------------------------------------------------- */

static void add_place(cJSON *o, Diags *d, bool has_span, Span span) {
    if (!has_span) {
        cJSON_AddNullToObject(o, "file");
        cJSON_AddNullToObject(o, "line");
        cJSON_AddNullToObject(o, "column");
        return;
    }
    SourceFile *f = sources_get(d->sources, span.file);
    LineCol a = source_linecol(f, span.off), b = source_linecol(f, span.off + span.len);
    cJSON_AddStringToObject(o, "file", f->path);
    cJSON_AddNumberToObject(o, "line", a.line);
    cJSON_AddNumberToObject(o, "column", a.col);
    cJSON_AddNumberToObject(o, "end_line", b.line);
    cJSON_AddNumberToObject(o, "end_column", b.col);
}

/* A message as the machine formats carry it: hidden characters (controls, bidi and invisible
 * ones, base/utf8.h) of the quoted source by name, as the text format shows them, since the
 * JSON and SARIF messages are read by people too, in a browser or an editor, where a U+202E
 * would reorder the message around it. (A file's path stays as it is: programs open it.) */
static char *shown_message(Diags *d, const Message *m, Lang lang, const char *const *args, int nargs) {
    char *text = message_format(d->arena, m, lang, args, nargs);
    const unsigned char *p = (const unsigned char *)text;
    bool plain = true;
    for (; *p && plain; p++) plain = *p >= 0x20 && *p != 0x7F && *p != 0xC2 && *p != 0xD8 && *p != 0xE2 && *p != 0xEF;
    if (plain) return text;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return text;
    fputs_visible(f, text);
    if (fclose(f) != 0 || !buf) return text;
    char *shown = arena_alloc(d->arena, len + 1);
    memcpy(shown, buf, len + 1);
    free(buf);
    return shown;
}

static cJSON *diag_json(Diags *d, Diag *g, Lang lang) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "severity", severity_name(g->severity));
    cJSON_AddStringToObject(o, "code", g->msg->id);
    cJSON_AddStringToObject(o, "message", shown_message(d, g->msg, lang, g->args, g->nargs));
    add_place(o, d, g->has_span, g->span);
    cJSON *notes = cJSON_AddArrayToObject(o, "notes");
    cJSON *help = cJSON_AddArrayToObject(o, "help");
    for (DiagNote *n = g->notes; n; n = n->next) {
        const char *text = shown_message(d, n->msg, lang, n->args, n->nargs);
        if (n->is_help) {
            cJSON_AddItemToArray(help, cJSON_CreateString(text));
        } else {
            cJSON *no = cJSON_CreateObject();
            cJSON_AddStringToObject(no, "message", text);
            add_place(no, d, n->has_span, n->span);
            cJSON_AddItemToArray(notes, no);
        }
    }
    return o;
}

cJSON *diags_to_json(Diags *d, Lang lang) {
    sort_and_cap(d);
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < d->list.len; i++) cJSON_AddItemToArray(arr, diag_json(d, d->list.items[i], lang));
    Diag cut[2];
    for (int k = 0, n = cut_notes(d, cut); k < n; k++) cJSON_AddItemToArray(arr, diag_json(d, &cut[k], lang));
    return arr;
}

static void github_escape(FILE *out, const char *s, bool property) {
    for (; *s; s++) {
        uint32_t cp;
        int len = utf8_decode((const unsigned char *)s, 4, &cp);
        if (len > 0 && *s != '\r' && *s != '\n' && is_hidden_char(cp)) {
            /* A control or bidi character, by name (an annotation is read in a browser). */
            char name[12];
            hidden_char_name(cp, name);
            fputs(name, out);
            s += len - 1;
            continue;
        }
        switch (*s) {
        case '%': fputs("%25", out); break;
        case '\r': fputs("%0D", out); break;
        case '\n': fputs("%0A", out); break;
        case ':': fputs(property ? "%3A" : ":", out); break;
        case ',': fputs(property ? "%2C" : ",", out); break;
        default: fputc(*s, out);
        }
    }
}

static void write_github(Diags *d, FILE *out, Lang lang) {
    Diag cut[2];
    int ncut = cut_notes(d, cut);
    for (int i = 0; i < d->list.len + ncut; i++) {
        Diag *g = i < d->list.len ? d->list.items[i] : &cut[i - d->list.len];
        const char *kind = g->severity == SEV_ERROR ? "error" : g->severity == SEV_WARNING ? "warning" : "notice";
        fprintf(out, "::%s ", kind);
        if (g->has_span) {
            SourceFile *f = sources_get(d->sources, g->span.file);
            LineCol a = source_linecol(f, g->span.off), b = source_linecol(f, g->span.off + g->span.len);
            fputs("file=", out);
            github_escape(out, f->path, true);
            fprintf(out, ",line=%u,col=%u,endLine=%u,endColumn=%u,", a.line, a.col, b.line, b.col);
        }
        fputs("title=", out);
        github_escape(out, g->msg->id, true);
        fputs("::", out);
        char *msg = message_format(d->arena, g->msg, lang, g->args, g->nargs);
        github_escape(out, msg, false);
        for (DiagNote *n = g->notes; n; n = n->next) {
            fputs(n->is_help ? "%0Ahelp: " : "%0Anote: ", out);
            github_escape(out, message_format(d->arena, n->msg, lang, n->args, n->nargs), false);
        }
        fputc('\n', out);
    }
}

/* A path as a URI reference (RFC 3986): every byte but the unreserved characters and '/'
 * percent-encoded (名字.jx is %E5%90%8D%E5%AD%97.jx; a space, '#', '%', ':' and '?' are
 * encoded too); an absolute path becomes a file: URI. */
static const char *path_uri(Arena *a, const char *path) {
    size_t n = strlen(path);
    char *out = arena_alloc(a, n * 3 + 8), *o = out;
    if (path[0] == '/') o += sprintf(o, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
            *o++ = (char)*p;
        else
            o += sprintf(o, "%%%02X", *p);
    }
    *o = 0;
    return out;
}

static cJSON *sarif_location(Diags *d, Span span) {
    SourceFile *f = sources_get(d->sources, span.file);
    LineCol a = source_linecol(f, span.off), b = source_linecol(f, span.off + span.len);
    cJSON *loc = cJSON_CreateObject();
    cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
    cJSON *art = cJSON_AddObjectToObject(phys, "artifactLocation");
    cJSON_AddStringToObject(art, "uri", path_uri(d->arena, f->path));
    cJSON *region = cJSON_AddObjectToObject(phys, "region");
    cJSON_AddNumberToObject(region, "startLine", a.line);
    cJSON_AddNumberToObject(region, "startColumn", a.col);
    cJSON_AddNumberToObject(region, "endLine", b.line);
    cJSON_AddNumberToObject(region, "endColumn", b.col);
    return loc;
}

static void write_sarif(Diags *d, FILE *out, Lang lang) {
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    cJSON_AddStringToObject(root, "version", "2.1.0");
    cJSON *runs = cJSON_AddArrayToObject(root, "runs");
    cJSON *run = cJSON_CreateObject();
    cJSON_AddItemToArray(runs, run);
    cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
    cJSON_AddStringToObject(driver, "name", "jxc");
    cJSON_AddStringToObject(driver, "version", JX_VERSION);
    cJSON *rules = cJSON_AddArrayToObject(driver, "rules");
    /* One rule for each code that occurs, in order of first occurrence. */
    const char *seen[512];
    int nseen = 0;
    for (int i = 0; i < d->list.len; i++) {
        Diag *g = d->list.items[i];
        bool dup = false;
        for (int k = 0; k < nseen; k++) dup |= strcmp(seen[k], g->msg->id) == 0;
        if (dup || nseen == 512) continue;
        seen[nseen++] = g->msg->id;
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "id", g->msg->id);
        cJSON_AddStringToObject(r, "name", g->msg->title_en ? g->msg->title_en : g->msg->id);
        cJSON_AddStringToObject(cJSON_AddObjectToObject(r, "shortDescription"), "text",
                                g->msg->title_en ? g->msg->title_en : g->msg->id);
        cJSON_AddStringToObject(cJSON_AddObjectToObject(r, "defaultConfiguration"), "level",
                                g->severity == SEV_ERROR ? "error" : g->severity == SEV_WARNING ? "warning" : "note");
        cJSON_AddItemToArray(rules, r);
    }
    cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");
    cJSON *results = cJSON_AddArrayToObject(run, "results");
    for (int i = 0; i < d->list.len; i++) {
        Diag *g = d->list.items[i];
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "ruleId", g->msg->id);
        cJSON_AddStringToObject(r, "level", g->severity == SEV_ERROR ? "error" : g->severity == SEV_WARNING ? "warning" : "note");
        /* The helps and the notes without a place are lines of the result's message, where a
         * reader of the log sees them (code scanning shows a related location only with a
         * place); the notes with one are related locations. */
        const char *text = shown_message(d, g->msg, lang, g->args, g->nargs);
        for (DiagNote *n = g->notes; n; n = n->next)
            if (!n->has_span)
                text = arena_printf(d->arena, "%s\n%s: %s", text, n->is_help ? "help" : "note",
                                    shown_message(d, n->msg, lang, n->args, n->nargs));
        cJSON_AddStringToObject(cJSON_AddObjectToObject(r, "message"), "text", text);
        cJSON *locs = cJSON_AddArrayToObject(r, "locations");
        if (g->has_span) cJSON_AddItemToArray(locs, sarif_location(d, g->span));
        cJSON *related = NULL;
        int rid = 0;
        for (DiagNote *n = g->notes; n; n = n->next) {
            if (!n->has_span) continue;
            if (!related) related = cJSON_AddArrayToObject(r, "relatedLocations");
            cJSON *loc = sarif_location(d, n->span);
            cJSON_AddNumberToObject(loc, "id", rid++);
            cJSON_AddStringToObject(cJSON_AddObjectToObject(loc, "message"), "text",
                                    shown_message(d, n->msg, lang, n->args, n->nargs));
            cJSON_AddItemToArray(related, loc);
        }
        cJSON_AddItemToArray(results, r);
    }
    /* A report that was cut says so in the run's invocation (SARIF 3.20.21). */
    Diag cut[2];
    int ncut = cut_notes(d, cut);
    if (ncut) {
        cJSON *inv = cJSON_CreateObject();
        cJSON_AddItemToArray(cJSON_AddArrayToObject(run, "invocations"), inv);
        cJSON_AddBoolToObject(inv, "executionSuccessful", true);
        cJSON *notes = cJSON_AddArrayToObject(inv, "toolExecutionNotifications");
        for (int k = 0; k < ncut; k++) {
            cJSON *n = cJSON_CreateObject();
            cJSON_AddStringToObject(cJSON_AddObjectToObject(n, "descriptor"), "id", cut[k].msg->id);
            cJSON_AddStringToObject(n, "level", "note");
            cJSON_AddStringToObject(cJSON_AddObjectToObject(n, "message"), "text",
                                    message_format(d->arena, cut[k].msg, lang, cut[k].args, cut[k].nargs));
            cJSON_AddItemToArray(notes, n);
        }
    }
    char *s = cJSON_PrintBuffered(root, 4096, 1);
    fputs(s, out);
    fputc('\n', out);
    cJSON_free(s);
    cJSON_Delete(root);
}

void diags_write(Diags *d, FILE *out, const DiagStyle *st) {
    sort_and_cap(d);
    switch (st->format) {
    case DFMT_TEXT: write_text(d, out, st); break;
    case DFMT_GITHUB: write_github(d, out, st->lang); break;
    case DFMT_SARIF: write_sarif(d, out, st->lang); break;
    case DFMT_JSON: {
        Diag cut[2];
        int ncut = cut_notes(d, cut);
        for (int i = 0; i < d->list.len + ncut; i++) {
            cJSON *o = diag_json(d, i < d->list.len ? d->list.items[i] : &cut[i - d->list.len], st->lang);
            char *s = cJSON_PrintUnformatted(o);
            fprintf(out, "%s\n", s);
            cJSON_free(s);
            cJSON_Delete(o);
        }
        break;
    }
    }
}
