/* `jxc build -f html`: one self-contained page — the cover with the contents, the summary of
 * the funds, then every table as its official form (html_form.c) — or, with --split DIR, the
 * same as one page per table plus DIR/index.html, each file written atomically. */
#include <string.h>
#include "emit/emit.h"
#include "emit/html_out.h"
#include "diag/ui.h"

/* The page's title: the table's name and form for one table, the unit's name when all the
 * tables are one unit's. */
static const char *page_title(Program *p) {
    if (p->tables.len == 1) {
        const Table *t = p->tables.items[0];
        return arena_printf(p->arena, "%s · %s", t->name, t->form && t->form->title ? t->form->title : "预算绩效目标表");
    }
    const char *unit = NULL;
    for (int i = 0; i < p->tables.len; i++) {
        const Table *t = p->tables.items[i];
        if (!unit) unit = t->unit_name;
        else if (strcmp(unit, t->unit_name) != 0) return "预算绩效目标表";
    }
    return unit && *unit ? arena_printf(p->arena, "%s · 预算绩效目标表", unit) : "预算绩效目标表";
}

static const char *anchor(Program *p, int index, void *arg) {
    (void)arg;
    return arena_printf(p->arena, "#t%d", index + 1);
}

/* ---- --split -------------------------------------------------------------------------------- */

/* A file name for a table's page: its number and its name, without the characters file
 * systems or shells trip on. */
static const char *page_name(Program *p, int index, void *arg) {
    (void)arg;
    const Table *t = p->tables.items[index];
    const char *name = t->name;
    size_t n = strlen(name);
    char *safe = arena_alloc(p->arena, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n && k < 80; i++) {
        unsigned char ch = (unsigned char)name[i];
        if (ch >= 0x80) {
            /* keep a whole UTF-8 character or none of it */
            size_t len = ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : 2;
            if (k + len > 80 || i + len > n) break;
            memcpy(safe + k, name + i, len);
            k += len;
            i += len - 1;
        } else {
            safe[k++] = (ch < 0x20 || strchr("/\\:*?\"<>|' .&%#", ch)) ? '_' : (char)ch;
        }
    }
    safe[k] = 0;
    return arena_printf(p->arena, "%03d-%s.html", index + 1, safe);
}

typedef struct PageJob {
    Program *p;
    int index; /* the table, or -1 for the index page */
} PageJob;

static int write_page(void *arg, FILE *out) {
    PageJob *j = arg;
    Program *p = j->p;
    if (j->index < 0) {
        html_page_start(out, page_title(p));
        html_contents(out, p, page_name, NULL);
        html_summary(out, p);
    } else {
        const Table *t = p->tables.items[j->index];
        html_page_start(out, arena_printf(p->arena, "%s · %s", t->name, t->form && t->form->title ? t->form->title : "预算绩效目标表"));
        html_form(out, p, t, arena_printf(p->arena, "t%d", j->index + 1), "index.html");
    }
    html_page_end(out);
    return ferror(out) ? 2 : 0;
}

static int split(Program *p, const EmitOptions *o, Sink *sink) {
    const char *dir = o->split_dir;
    if (sink->make_dir(sink, dir)) return 2;
    for (int i = -1; i < p->tables.len; i++) {
        PageJob job = {p, i};
        const char *name = i < 0 ? "index.html" : page_name(p, i, NULL);
        int r = sink->write_file(sink, arena_printf(p->arena, "%s/%s", dir, name), write_page, &job);
        if (r) return r;
    }
    return 0;
}

int emit_html_check(const EmitOptions *o) {
    if (o->split_dir && o->output && strcmp(o->output, "-") != 0) return emit_usage(UI_split_with_output, o->split_dir);
    if (o->split_dir && !*o->split_dir) return emit_usage(UI_split_needs_dir);
    return 0;
}

int emit_html(Program *p, const EmitOptions *o, Sink *sink) {
    FILE *out = sink->out;
    if (o->split_dir) return split(p, o, sink);
    html_page_start(out, page_title(p));
    html_contents(out, p, anchor, NULL);
    html_summary(out, p);
    for (int i = 0; i < p->tables.len; i++) html_form(out, p, p->tables.items[i], arena_printf(p->arena, "t%d", i + 1), "#contents");
    html_page_end(out);
    return ferror(out) ? 2 : 0;
}
