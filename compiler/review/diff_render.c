/* jxc diff's text and Markdown outputs. Both are made from the same rows: one per changed
 * field, amount, target or indicator, with old and new values and what the change is.
 *
 * Text (for a terminal, like a Terraform plan): a warning line first for every table whose
 * budget grows while a target loosens; then each table with `~` (changed), `+` (added) or
 * `-` (removed), its changes by section with `old → new`; a closing count line.
 * Markdown (for a review comment): the same as headings and a table per changed table. */
#include <stdlib.h>
#include <string.h>
#include "review/diff.h"
#include "base/utf8.h"

typedef struct Row {
    char marker;            /* '~', '+', '-' */
    const char *section;    /* fields, funds, expenses, indicators */
    const void *group;      /* rows of one indicator share it */
    const char *label;      /* the item's name or path */
    const char *column;     /* 半年/全年/备注 within an indicator or expense, or NULL */
    const char *old, *new_; /* NULL where there is none */
    const char *unit;       /* amounts */
    const char *change;     /* the difference, or the class and reason, or 新增/删除/改名 */
    TargetClass cls;
    bool long_text;         /* a long or multi-line text: old and new on their own lines */
    bool no_values;         /* a rename: only the names and the change */
} Row;

typedef struct R {
    Arena *a;
    Lang lang;
    bool color;
    FILE *out;
} R;

static Row *add_row(R *r, PtrVec *rows, char marker, const char *section, const char *label) {
    Row *row = arena_alloc(r->a, sizeof *row);
    row->marker = marker;
    row->section = section;
    row->label = label;
    ptrvec_push(r->a, rows, row);
    return row;
}

static char marker_of(ChangeKind k) { return k == CH_ADDED ? '+' : k == CH_REMOVED ? '-' : '~'; }

static int width(const char *s) { return s ? display_width(s, strlen(s)) : 0; }

/* Two targets as one text: "半年 ≥1次 全年 ≥2次", or "≥2次" for a one-column form. */
static const char *targets_text(R *r, const IndicatorChange *ic, bool old) {
    const char *s = "";
    for (int i = 0; i < ic->ntargets; i++) {
        const TargetChange *t = &ic->targets[i];
        const char *v = old ? t->old_text : t->new_text;
        if (!v) continue;
        if (ic->two_columns) s = arena_printf(r->a, "%s%s%s %s", s, *s ? " " : "", diff_word(r->lang, t->column), v);
        else s = arena_printf(r->a, "%s%s%s", s, *s ? " " : "", v);
    }
    return s;
}

/* Amounts as the table's form prints them: with thousands separators where it does
 * (上海: 2,550,000.00 元), plain where it does not (江苏: 4156.84 万元). */
static const char *grouped(R *r, const Table *t, const char *text) {
    if (!(t && t->form && t->form->layout && t->form->layout->thousands)) return text;
    char out[DECIMAL_STR_MAX * 2];
    if (strlen(text) >= DECIMAL_STR_MAX) return text;
    decimal_group_thousands(text, out);
    return arena_strdup(r->a, out);
}

static const char *money(R *r, const Table *t, Decimal d) { return grouped(r, t, amount_text(r->a, d)); }

static const char *amount_change_text(R *r, const Table *t, const AmountChange *ac) {
    if (!ac->has_delta) return NULL;
    const char *d = grouped(r, t, signed_text(r->a, ac->delta));
    if (!ac->has_pct) return d;
    const char *p = arena_printf(r->a, "%s%%", signed_text(r->a, ac->pct));
    return arena_printf(r->a, "%s%s%s", d, ui_in(r->lang, UI_comma), p);
}

static void table_rows(R *r, const TableDiff *td, PtrVec *rows) {
    for (int i = 0; i < td->fields.len; i++) {
        const FieldChange *f = td->fields.items[i];
        Row *row = add_row(r, rows, marker_of(f->change), "fields", f->name);
        row->old = f->old;
        row->new_ = f->new_;
        if (f->change != CH_CHANGED) row->change = diff_word(r->lang, f->change == CH_ADDED ? "added" : "removed");
        row->long_text = (f->old && (strchr(f->old, '\n') || width(f->old) > 40)) || (f->new_ && (strchr(f->new_, '\n') || width(f->new_) > 40));
    }
    for (int i = 0; i < td->amounts.len; i++) {
        const AmountChange *ac = td->amounts.items[i];
        Row *row = add_row(r, rows, marker_of(ac->change), ac->is_expense ? "expenses" : "funds", path_text(r->a, ac->path, ac->depth));
        if (ac->column) row->column = diff_word(r->lang, ac->column);
        row->group = ac->column ? NULL : ac;
        if (ac->has_old) row->old = money(r, td->t, ac->old);
        if (ac->has_new) row->new_ = money(r, td->t, ac->new_);
        row->unit = ac->unit;
        row->change = ac->change == CH_CHANGED ? amount_change_text(r, td->t, ac) : diff_word(r->lang, ac->change == CH_ADDED ? "added" : "removed");
    }
    for (int i = 0; i < td->indicators.len; i++) {
        const IndicatorChange *ic = td->indicators.items[i];
        const Indicator *ind = ic->new_ ? ic->new_ : ic->old;
        const char *label = path_text(r->a, ind->path, ind->depth);
        if (ic->change == CH_RENAMED) {
            label = path_text(r->a, ic->old->path, ic->old->depth);
            Row *row = add_row(r, rows, '~', "indicators", arena_printf(r->a, "%s → %s", label, ic->new_->path[ic->new_->depth - 1]));
            row->change = ui_in(r->lang, UI_renamed_same);
            row->group = ic;
            row->no_values = true;
            continue;
        }
        if (ic->change != CH_CHANGED) {
            Row *row = add_row(r, rows, marker_of(ic->change), "indicators", label);
            row->group = ic;
            if (ic->change == CH_ADDED) row->new_ = targets_text(r, ic, false);
            else row->old = targets_text(r, ic, true);
            row->change = diff_word(r->lang, ic->change == CH_ADDED ? "added" : "removed");
            if (ic->change == CH_REMOVED && ic->ntargets) {
                /* Its targets are gone: 放宽, said on its line. */
                row->cls = ic->targets[0].cls;
                row->change = reason_text(r->a, r->lang, &ic->targets[0]);
            }
            continue;
        }
        for (int k = 0; k < ic->ntargets; k++) {
            const TargetChange *t = &ic->targets[k];
            Row *row = add_row(r, rows, '~', "indicators", label);
            row->group = ic;
            if (ic->two_columns) row->column = diff_word(r->lang, t->column);
            row->old = t->old_text;
            row->new_ = t->new_text;
            row->change = reason_text(r->a, r->lang, t);
            row->cls = t->cls;
        }
        if (ic->note_changed) {
            Row *row = add_row(r, rows, '~', "indicators", label);
            row->group = ic;
            row->column = ui_in(r->lang, UI_note);
            row->old = ic->old->note ? arena_printf(r->a, "\"%s\"", ic->old->note->text) : NULL;
            row->new_ = ic->new_->note ? arena_printf(r->a, "\"%s\"", ic->new_->note->text) : NULL;
        }
        for (int k = 0; k < ic->ncells; k++) { /* a cell of the form's 指标列: 分值 10 → 15 */
            Row *row = add_row(r, rows, '~', "indicators", label);
            row->group = ic;
            row->column = ic->cell_names[k];
            row->old = ic->cell_old[k] ? arena_printf(r->a, "\"%s\"", ic->cell_old[k]) : NULL;
            row->new_ = ic->cell_new[k] ? arena_printf(r->a, "\"%s\"", ic->cell_new[k]) : NULL;
        }
    }
}

/* A table matched by kind, name and 年度 only: say so, and what its 实施单位 was. */
static const char *moved_text(R *r, const TableDiff *td) {
    const char *args[2] = {td->old->unit_name && *td->old->unit_name ? td->old->unit_name : ui_in(r->lang, UI_empty),
                           td->new_->unit_name && *td->new_->unit_name ? td->new_->unit_name : ui_in(r->lang, UI_empty)};
    return ui_format(r->a, r->lang, UI_moved_note, args, 2);
}

/* A table matched by its own indicators under another name: its old name. */
static const char *renamed_text(R *r, const TableDiff *td) {
    const char *args[2] = {td->old->name, td->new_->name};
    return ui_format(r->a, r->lang, UI_renamed_note, args, 2);
}

static const char *table_summary(R *r, const Table *t) {
    const char *count = arena_printf(r->a, "%d", t->nindicators);
    if (!t->funds.present) return ui_format(r->a, r->lang, UI_table_summary_nofunds, &count, 1);
    const char *args[3] = {money(r, t, t->funds.total), t->money_unit ? t->money_unit : "", count};
    return ui_format(r->a, r->lang, UI_table_summary, args, 3);
}

static const char *warning_text(R *r, const TableDiff *td) {
    const AmountChange *t = td->total;
    const char *pct = t ? amount_change_text(r, td->t, t) : NULL;
    /* Which of them were deleted or made unmeasurable: those are the easy ones to miss. */
    const char *which = "";
    const int counts[3] = {td->loosened_removed, td->loosened_to_level, td->loosened_to_text};
    const UiText words[3] = {UI_loosened_removed, UI_loosened_to_level, UI_loosened_to_text};
    for (int i = 0; i < 3; i++) {
        if (!counts[i]) continue;
        const char *n = arena_printf(r->a, "%d", counts[i]);
        const char *part = ui_format(r->a, r->lang, words[i], &n, 1);
        which = *which ? arena_printf(r->a, "%s%s%s", which, ui_in(r->lang, UI_list_sep), part) : part;
    }
    if (*which) which = ui_format(r->a, r->lang, UI_loosened_which, &which, 1);
    const char *args[7] = {
        table_title(r->a, r->lang, td->t),
        t && t->has_old ? money(r, td->t, t->old) : "0",
        t && t->has_new ? money(r, td->t, t->new_) : "0",
        t ? t->unit : td->t->money_unit,
        pct ? pct : "",
        arena_printf(r->a, "%d", td->loosened),
        which,
    };
    return ui_format(r->a, r->lang, UI_warning_text, args, 7);
}

static const char *summary_text(R *r, const DiffResult *d) {
    const DiffCounts *n = &d->n;
    const char *sep = ui_in(r->lang, UI_sep);
    const char *a[4];
    a[0] = ui_in(r->lang, UI_project);
    a[1] = arena_printf(r->a, "%d", n->projects[CH_CHANGED]);
    if (n->projects[3]) {
        const char *m = arena_printf(r->a, "%d", n->projects[3]);
        a[1] = arena_printf(r->a, "%s%s", a[1], ui_format(r->a, r->lang, UI_summary_moved, &m, 1));
    }
    if (n->projects[4]) {
        const char *m = arena_printf(r->a, "%d", n->projects[4]);
        a[1] = arena_printf(r->a, "%s%s", a[1], ui_format(r->a, r->lang, UI_summary_renamed, &m, 1));
    }
    a[2] = arena_printf(r->a, "%d", n->projects[CH_ADDED]);
    a[3] = arena_printf(r->a, "%d", n->projects[CH_REMOVED]);
    const char *s = ui_format(r->a, r->lang, UI_summary_tables, a, 4);
    if (n->departments[0] + n->departments[1] + n->departments[2]) {
        a[0] = ui_in(r->lang, UI_department);
        a[1] = arena_printf(r->a, "%d", n->departments[CH_CHANGED]);
        if (n->departments[4]) {
            const char *m = arena_printf(r->a, "%d", n->departments[4]);
            a[1] = arena_printf(r->a, "%s%s", a[1], ui_format(r->a, r->lang, UI_summary_renamed, &m, 1));
        }
        a[2] = arena_printf(r->a, "%d", n->departments[CH_ADDED]);
        a[3] = arena_printf(r->a, "%d", n->departments[CH_REMOVED]);
        s = arena_printf(r->a, "%s%s%s", s, sep, ui_format(r->a, r->lang, UI_summary_tables, a, 4));
    }
    a[0] = arena_printf(r->a, "%d", n->ind_added);
    a[1] = arena_printf(r->a, "%d", n->ind_removed);
    a[2] = arena_printf(r->a, "%d", n->ind_renamed);
    a[3] = arena_printf(r->a, "%d", n->ind_changed);
    s = arena_printf(r->a, "%s%s%s", s, sep, ui_format(r->a, r->lang, UI_summary_indicators, a, 4));
    a[0] = arena_printf(r->a, "%d", n->tightened);
    a[1] = arena_printf(r->a, "%d", n->loosened);
    a[2] = arena_printf(r->a, "%d", n->changed);
    s = arena_printf(r->a, "%s%s%s", s, sep, ui_format(r->a, r->lang, UI_summary_targets, a, 3));
    a[0] = arena_printf(r->a, "%d", n->amounts);
    s = arena_printf(r->a, "%s%s%s", s, sep, ui_format(r->a, r->lang, UI_summary_amounts, a, 1));
    a[0] = arena_printf(r->a, "%d", n->fields);
    s = arena_printf(r->a, "%s%s%s", s, sep, ui_format(r->a, r->lang, UI_summary_fields, a, 1));
    if (d->warnings) {
        a[0] = arena_printf(r->a, "%d", d->warnings);
        s = arena_printf(r->a, "%s%s%s", s, sep, ui_format(r->a, r->lang, UI_summary_warnings, a, 1));
    }
    return arena_printf(r->a, "%s%s%s", ui_in(r->lang, UI_summary), s, ui_in(r->lang, UI_summary_end));
}

/* ---- text ---------------------------------------------------------------------------------- */

enum { LABEL_MAX = 40 };

static void paint(R *r, const char *sgr, const char *text) {
    /* The colour's ESC is written as a NUL (which no text of a table holds), and made an ESC
     * again by diff_render_text, which shows every ESC of the text itself by name. */
    if (r->color && sgr) fprintf(r->out, "%c[%sm%s%c[0m", 0, sgr, text, 0);
    else fputs(text, r->out);
}

static const char *marker_color(char m) { return m == '+' ? "32" : m == '-' ? "31" : "33"; }

static const char *class_color(TargetClass c) {
    return c == TC_LOOSENED ? "1;31" : c == TC_TIGHTENED ? "32" : c == TC_CHANGED ? "33" : NULL;
}

static void spaces(R *r, int n) {
    for (int i = 0; i < n; i++) fputc(' ', r->out);
}

/* "old → new 万元（+30，+33.3%）", "半年 ≥90% → ≥85%", "+ new" … */
static void put_values(R *r, const Row *row, bool with_column) {
    if (row->no_values) {
        fputs(row->change, r->out);
        fputc('\n', r->out);
        return;
    }
    if (with_column && row->column) fprintf(r->out, "%s ", row->column);
    const char *empty = ui_in(r->lang, UI_empty);
    if (row->marker == '~') {
        paint(r, row->old ? "31" : NULL, row->old ? row->old : empty);
        fputs(" → ", r->out);
        paint(r, row->new_ ? "32" : NULL, row->new_ ? row->new_ : empty);
    } else {
        const char *v = row->marker == '+' ? row->new_ : row->old;
        fputs(v ? v : empty, r->out);
    }
    if (row->unit) fprintf(r->out, " %s", row->unit);
    if (row->marker == '-' && row->cls != TC_SAME && row->change) {
        fputs("   ", r->out);
        paint(r, class_color(row->cls), row->change);
    } else if (row->marker == '~' && row->change) {
        if (row->unit) {
            fputs(ui_format(r->a, r->lang, UI_in_parens, &row->change, 1), r->out);
        } else {
            fputs("   ", r->out);
            paint(r, class_color(row->cls), row->change);
        }
    }
    fputc('\n', r->out);
}

/* A long text on its own lines, each line indented. */
static void put_block(R *r, const char *sign, const char *text, int indent) {
    spaces(r, indent);
    paint(r, sign[0] == '-' ? "31" : "32", sign);
    fputc(' ', r->out);
    for (const char *p = text ? text : ui_in(r->lang, UI_empty); *p; p++) {
        fputc(*p, r->out);
        if (*p == '\n') spaces(r, indent + 2);
    }
    fputc('\n', r->out);
}

static void text_section(R *r, Row **rows, int n) {
    int col = 0;
    for (int i = 0; i < n; i++) {
        int w = width(rows[i]->label);
        if (w <= LABEL_MAX && w > col) col = w;
    }
    for (int i = 0; i < n;) {
        const Row *row = rows[i];
        int j = i + 1;
        while (j < n && row->group && rows[j]->group == row->group) j++;
        spaces(r, 6);
        char m[2] = {row->marker, 0};
        paint(r, marker_color(row->marker), m);
        fputc(' ', r->out);
        fputs(row->label, r->out);
        if (j - i > 1 || row->long_text) {
            fputc('\n', r->out);
            for (int k = i; k < j; k++) {
                if (rows[k]->long_text) {
                    if (rows[k]->marker != '+') put_block(r, "-", rows[k]->old, 10);
                    if (rows[k]->marker != '-') put_block(r, "+", rows[k]->new_, 10);
                    continue;
                }
                spaces(r, 10);
                put_values(r, rows[k], true);
            }
        } else {
            int w = width(row->label);
            spaces(r, (w <= LABEL_MAX ? col - w : 0) + 3);
            put_values(r, row, true);
        }
        i = j;
    }
}

static const char *const sections[] = {"fields", "funds", "expenses", "indicators"};

static void render_text(const DiffResult *d, const DiffOutput *o, FILE *out) {
    R r = {d->arena, o->lang, o->color, out};
    if (o->title) {
        paint(&r, "1", arena_printf(r.a, "jxc diff a/%s b/%s", o->old_title ? o->old_title : o->title, o->title));
        fputc('\n', out);
    }
    bool any = false;
    for (int i = 0; i < d->tables.len; i++) {
        const TableDiff *td = d->tables.items[i];
        if (td->change != CH_CHANGED || !td->total_grew || td->loosened == 0) continue;
        paint(&r, "1;31", arena_printf(r.a, "! %s%s", ui_in(r.lang, UI_warning), ui_in(r.lang, UI_colon)));
        fputs(warning_text(&r, td), out);
        fputc('\n', out);
        any = true;
    }
    if (any) fputc('\n', out);
    for (int i = 0; i < d->tables.len; i++) {
        const TableDiff *td = d->tables.items[i];
        char m[2] = {marker_of(td->change), 0};
        paint(&r, marker_color(m[0]), m);
        fputc(' ', out);
        paint(&r, "1", table_title(r.a, r.lang, td->t));
        fputc('\n', out);
        if (td->moved || td->renamed) {
            spaces(&r, 4);
            fputs(td->moved ? moved_text(&r, td) : renamed_text(&r, td), out);
            fputc('\n', out);
        }
        if (td->change != CH_CHANGED) {
            spaces(&r, 4);
            fputs(table_summary(&r, td->t), out);
            fputc('\n', out);
            continue;
        }
        PtrVec rows = {0};
        table_rows(&r, td, &rows);
        for (size_t s = 0; s < sizeof sections / sizeof sections[0]; s++) {
            Row **part = arena_alloc(r.a, sizeof *part * (size_t)(rows.len + 1));
            int n = 0;
            for (int k = 0; k < rows.len; k++)
                if (!strcmp(((Row *)rows.items[k])->section, sections[s])) part[n++] = rows.items[k];
            if (!n) continue;
            spaces(&r, 4);
            fputs(diff_word(r.lang, sections[s]), out);
            fputc('\n', out);
            text_section(&r, part, n);
        }
    }
    if (d->tables.len) fputc('\n', out);
    fputs(d->tables.len ? summary_text(&r, d) : ui_in(r.lang, UI_summary_none), out);
    fputc('\n', out);
}

/* The text output, with every control, bidi or invisible character of the tables' text shown
 * by name (<U+001B>): a value ending in ESC[1A ESC[2K would erase the warning line above it on
 * a reviewer's terminal. Only the colours of the output itself reach the terminal. */
void diff_render_text(const DiffResult *d, const DiffOutput *o, FILE *out) {
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) out_of_memory();
    render_text(d, o, mem);
    if (fclose(mem) != 0) out_of_memory();
    for (size_t i = 0; i < len;) {
        const char *nul = memchr(buf + i, 0, len - i);
        size_t n = nul ? (size_t)(nul - (buf + i)) : len - i;
        fwrite_visible(out, buf + i, n);
        i += n;
        if (nul) fputc('\x1b', out), i++;
    }
    free(buf);
}

/* ---- Markdown ----------------------------------------------------------------------------------- */

/* Text in a table cell: the characters Markdown would read as markup are escaped, and line
 * breaks become <br>. */
static void md_cell(R *r, const char *s) {
    if (!s) return;
    for (; *s; s++) {
        uint32_t cp;
        int len = utf8_decode((const unsigned char *)s, 4, &cp);
        if (len > 0 && *s != '\n' && is_hidden_char(cp)) {
            /* A control or bidi character, by name (escaped: <U+…> is not markup). */
            char name[12];
            int n = hidden_char_name(cp, name);
            fprintf(r->out, "\\<%.*s\\>", n - 2, name + 1);
            s += len - 1;
            continue;
        }
        if (strchr("\\`*_|[]<>#~", *s)) fputc('\\', r->out);
        if (*s == '\n') fputs("<br>", r->out);
        else fputc(*s, r->out);
    }
}

static void md_row(R *r, const Row *row) {
    fprintf(r->out, "| %c | ", row->marker);
    md_cell(r, diff_word(r->lang, row->section));
    fputs(" › ", r->out);
    md_cell(r, row->label);
    if (row->column) {
        fputs(" · ", r->out);
        md_cell(r, row->column);
    }
    fputs(" | ", r->out);
    md_cell(r, row->old);
    if (row->old && row->unit) fprintf(r->out, " %s", row->unit);
    fputs(" | ", r->out);
    md_cell(r, row->new_);
    if (row->new_ && row->unit) fprintf(r->out, " %s", row->unit);
    fputs(" | ", r->out);
    if (row->cls != TC_SAME) {
        /* The class word in bold, then its reason. */
        const char *full = row->change, *cls = diff_word(r->lang, class_key(row->cls));
        fputs("**", r->out);
        md_cell(r, cls);
        fputs("**", r->out);
        if (full && strncmp(full, cls, strlen(cls)) == 0) md_cell(r, full + strlen(cls));
    } else {
        md_cell(r, row->change);
    }
    fputs(" |\n", r->out);
}

void diff_render_markdown(const DiffResult *d, const DiffOutput *o, FILE *out) {
    R r = {d->arena, o->lang, false, out};
    if (o->title) {
        fputs("### ", out);
        if (o->old_title) {
            md_cell(&r, o->old_title);
            fputs(" → ", out);
        }
        md_cell(&r, o->title);
        fputs("\n\n", out);
    }
    bool any = false;
    for (int i = 0; i < d->tables.len; i++) {
        const TableDiff *td = d->tables.items[i];
        if (td->change != CH_CHANGED || !td->total_grew || td->loosened == 0) continue;
        fprintf(out, "> ⚠️ **%s**%s", ui_in(r.lang, UI_warning), ui_in(r.lang, UI_colon));
        md_cell(&r, warning_text(&r, td));
        fputs("\n", out);
        any = true;
    }
    if (any) fputc('\n', out);
    for (int i = 0; i < d->tables.len; i++) {
        const TableDiff *td = d->tables.items[i];
        fprintf(out, "#### %c ", marker_of(td->change));
        md_cell(&r, table_title(r.a, r.lang, td->t));
        fputs("\n\n", out);
        if (td->moved || td->renamed) {
            md_cell(&r, td->moved ? moved_text(&r, td) : renamed_text(&r, td));
            fputs("\n\n", out);
        }
        if (td->change != CH_CHANGED) {
            md_cell(&r, table_summary(&r, td->t));
            fputs("\n\n", out);
            continue;
        }
        fprintf(out, "| | %s | %s | %s | %s |\n|:-:|---|---|---|---|\n", ui_in(r.lang, UI_md_item), ui_in(r.lang, UI_md_old),
                ui_in(r.lang, UI_md_new), ui_in(r.lang, UI_md_change));
        PtrVec rows = {0};
        table_rows(&r, td, &rows);
        for (size_t s = 0; s < sizeof sections / sizeof sections[0]; s++)
            for (int k = 0; k < rows.len; k++)
                if (!strcmp(((Row *)rows.items[k])->section, sections[s])) md_row(&r, rows.items[k]);
        fputc('\n', out);
    }
    fputs("**", out);
    const char *s = d->tables.len ? summary_text(&r, d) : ui_in(r.lang, UI_summary_none);
    const char *colon = ui_in(r.lang, UI_summary);
    if (d->tables.len && strncmp(s, colon, strlen(colon)) == 0) {
        /* bold the word "合计：" only */
        size_t n = strlen(colon);
        fprintf(out, "%.*s**", (int)n, s);
        md_cell(&r, s + n);
    } else {
        md_cell(&r, s);
        fputs("**", out);
    }
    fputc('\n', out);
}
