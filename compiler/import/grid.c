/* The grid of an imported sheet: cells kept sparse (a budget system's export has a few
 * hundred cells a table, and a hostile file a million empty rows), sorted by row, then column,
 * with an index of rows; merged ranges resolved so that a covered cell names its anchor. */
#include <stdlib.h>
#include <string.h>
#include "diag/ui.h"
#include "import/import.h"

void grid_init(Grid *g, Arena *a, const char *file) {
    memset(g, 0, sizeof *g);
    g->arena = a;
    g->file = file;
    arena_init(&g->reading);
    strmap_init(&g->texts, &g->reading);
}

void grid_release(Grid *g) { arena_free(&g->reading); }

const char *grid_intern(Grid *g, const char *text, size_t len) { return strmap_intern(&g->texts, text, len); }

void grid_unload(GridSheet *s) {
    free(s->cells);
    free(s->merges);
    s->cells = NULL;
    s->merges = NULL;
    s->ncells = s->cap = s->nrows = s->ncols = s->nmerges = s->merge_cap = 0;
}

void grid_free(Grid *g) {
    for (int i = 0; i < g->nsheets; i++) grid_unload(g->sheets[i]);
    g->nsheets = 0;
    if (g->close) g->close(g);
    g->close = NULL;
    g->load = NULL;
}

void grid_reset_sheet(Grid *g, GridSheet *s) {
    g->total_cells -= s->counted;
    s->ncells = s->nrows = s->ncols = s->nmerges = 0;
    s->counted = 0;
}

bool grid_load(Grid *g, Diags *d, GridSheet *s, int rows) {
    if (!s->deferred && !s->partial) return true;
    if (!s->deferred && rows > 0) return true; /* read in part already */
    if (!g->load) return false;
    bool ok = g->load(g, d, s, rows); /* (which reads it again from its start if it must) */
    s->deferred = false;
    s->partial = rows > 0;
    return ok;
}

GridSheet *grid_add_sheet(Grid *g, const char *name) {
    if (g->nsheets == g->cap) {
        int cap = g->cap ? g->cap * 2 : 8;
        GridSheet **grown = arena_alloc(g->arena, sizeof *grown * (size_t)cap);
        if (g->nsheets) memcpy(grown, g->sheets, sizeof *grown * (size_t)g->nsheets);
        g->sheets = grown;
        g->cap = cap;
    }
    GridSheet *s = arena_alloc(g->arena, sizeof *s);
    s->name = arena_strdup(g->arena, name);
    g->sheets[g->nsheets++] = s;
    return s;
}

static bool too_many_in(Arena *a, Grid *g, Diags *d, const char *what, long long n, long long max) {
    diag_nowhere(d, E1004, g->file, what, arena_printf(a, "%lld", n), arena_printf(a, "%lld", max), NULL);
    return false;
}

/* Past a limit while a sheet is read (in the reader's thread, maybe: the grid's reading arena) */
static bool too_many(Grid *g, Diags *d, const char *what, long long n, long long max) { return too_many_in(&g->reading, g, d, what, n, max); }

/* and while it is finished (always on the main thread, beside the trees' arena). */
static bool too_many_finishing(Grid *g, Diags *d, const char *what, long long n, long long max) {
    return too_many_in(g->arena, g, d, what, n, max);
}

/* The cells grow in a malloc'd array (not the arena, which cannot give back a doubling). */
static bool grow(GridSheet *s) {
    int cap = s->cap ? s->cap * 2 : 256;
    GridCell *grown = realloc(s->cells, sizeof *grown * (size_t)cap);
    if (!grown) return false;
    s->cells = grown;
    s->cap = cap;
    return true;
}

static bool add(Grid *g, Diags *d, GridSheet *s, int row, int col, const char *text, size_t len, bool number, bool formula, bool kept) {
    if (row < 0 || row >= IMPORT_MAX_ROWS) return too_many(g, d, ui(UI_import_rows), row + 1LL, IMPORT_MAX_ROWS);
    if (col < 0 || col >= IMPORT_MAX_COLS) return too_many(g, d, ui(UI_import_cols), col + 1LL, IMPORT_MAX_COLS);
    if (len > IMPORT_MAX_CELL_TEXT) return too_many(g, d, ui(UI_import_cell_bytes), (long long)len, IMPORT_MAX_CELL_TEXT);
    if (++g->total_cells > IMPORT_MAX_CELLS) return too_many(g, d, ui(UI_import_cells), g->total_cells, IMPORT_MAX_CELLS);
    if (len == 0 && !number && !formula) return true; /* an empty cell (a style only) adds nothing */
    if (s->ncells == s->cap && !grow(s)) return too_many(g, d, ui(UI_import_cells), g->total_cells, g->total_cells - 1);
    GridCell *c = &s->cells[s->ncells++];
    c->row = row;
    c->col = col;
    c->text = kept ? text : grid_intern(g, text, len);
    c->number = number;
    c->formula = formula;
    c->formula_text = NULL;
    c->rows = c->cols = 1;
    c->anchor = -1;
    if (row + 1 > s->nrows) s->nrows = row + 1;
    if (col + 1 > s->ncols) s->ncols = col + 1;
    return true;
}

bool grid_add_cell(Grid *g, Diags *d, GridSheet *s, int row, int col, const char *text, size_t len, bool number, bool formula) {
    return add(g, d, s, row, col, text, len, number, formula, false);
}

bool grid_add_kept(Grid *g, Diags *d, GridSheet *s, int row, int col, const char *text, size_t len, bool number, bool formula) {
    return add(g, d, s, row, col, text, len, number, formula, true);
}

void grid_set_formula(Grid *g, GridSheet *s, const char *formula) {
    if (s->ncells) s->cells[s->ncells - 1].formula_text = arena_strdup(&g->reading, formula);
}

bool grid_add_merge(Grid *g, Diags *d, GridSheet *s, int r1, int c1, int r2, int c2) {
    if (r1 > r2 || c1 > c2 || r1 < 0 || c1 < 0 || r2 >= IMPORT_MAX_ROWS || c2 >= IMPORT_MAX_COLS) return true; /* ignored: not a range */
    long long area = (long long)(r2 - r1 + 1) * (c2 - c1 + 1);
    if (area > IMPORT_MAX_MERGED) return too_many(g, d, ui(UI_import_merged), area, IMPORT_MAX_MERGED);
    if (s->nmerges == s->merge_cap) { /* malloc'd, as the cells: a sheet's go when it is read */
        int cap = s->merge_cap ? s->merge_cap * 2 : 64;
        int (*grown)[4] = realloc(s->merges, sizeof *grown * (size_t)cap);
        if (!grown) return too_many(g, d, ui(UI_import_merged), s->nmerges + 1LL, s->nmerges);
        s->merges = grown;
        s->merge_cap = cap;
    }
    s->merges[s->nmerges][0] = r1;
    s->merges[s->nmerges][1] = c1;
    s->merges[s->nmerges][2] = r2;
    s->merges[s->nmerges][3] = c2;
    s->nmerges++;
    return true;
}

static int by_place(const void *a, const void *b) {
    const GridCell *x = a, *y = b;
    if (x->row != y->row) return x->row < y->row ? -1 : 1;
    return x->col < y->col ? -1 : x->col > y->col;
}

/* Sorts n cells by place, all in rows [0, nrows): counted out by row, then each row's few by
 * column, stably as the qsort of them all (a form sheet's merged ranges cover a million cells
 * in a workbook, and qsort of their placeholders was a twentieth of an import). A row of more
 * than a form's few cells (a hostile sheet's) has them all sorted by qsort, as before, so that
 * sorting by insertion never takes the square of a long row. False if out of memory. */
static bool sort_by_place(GridCell *cells, int n, int nrows) {
    enum { FEW = 64 };
    int *start = calloc((size_t)nrows + 2, sizeof *start);
    GridCell *out = start ? malloc(sizeof *out * (size_t)(n ? n : 1)) : NULL;
    if (!start || !out) {
        free(start);
        free(out);
        return false;
    }
    for (int i = 0; i < n; i++)
        if (++start[cells[i].row + 2] > FEW) {
            free(start);
            free(out);
            qsort(cells, (size_t)n, sizeof *cells, by_place);
            return true;
        }
    for (int r = 0; r <= nrows; r++) start[r + 1] += start[r];
    for (int i = 0; i < n; i++) out[start[cells[i].row + 1]++] = cells[i];
    /* start[r] is now where row r begins */
    for (int r = 0; r < nrows; r++)
        for (int i = start[r] + 1; i < start[r + 1]; i++) {
            GridCell c = out[i];
            int j = i;
            for (; j > start[r] && out[j - 1].col > c.col; j--) out[j] = out[j - 1];
            out[j] = c;
        }
    memcpy(cells, out, sizeof *out * (size_t)n);
    free(out);
    free(start);
    return true;
}

static void index_rows(Grid *g, GridSheet *s) {
    s->row_start = arena_alloc(g->arena, sizeof(int) * (size_t)(s->nrows + 1)); /* (main thread) */
    int k = 0;
    for (int r = 0; r <= s->nrows; r++) {
        while (k < s->ncells && s->cells[k].row < r) k++;
        s->row_start[r] = k;
    }
}

static int find(const GridSheet *s, int row, int col) {
    if (row < 0 || row >= s->nrows || col < 0) return -1;
    int lo = s->row_start[row], hi = s->row_start[row + 1] - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (s->cells[mid].col == col) return mid;
        if (s->cells[mid].col < col) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

/* Whether cells [from, to) are in order already: a sheet's XML lists them so, and sorting a
 * sheet of half a million cells (with the sort's own copy of them) was a tenth of an import. */
static bool in_order(const GridSheet *s, int from, int to) {
    for (int i = from + 1; i < to; i++)
        if (by_place(&s->cells[i - 1], &s->cells[i]) > 0) return false;
    return true;
}

bool grid_finish(Grid *g, Diags *d, GridSheet *s) {
    if (s->ncells && !in_order(s, 0, s->ncells)) qsort(s->cells, (size_t)s->ncells, sizeof *s->cells, by_place);
    /* a cell written twice keeps its last text */
    int w = 0;
    for (int i = 0; i < s->ncells; i++) {
        if (w && s->cells[w - 1].row == s->cells[i].row && s->cells[w - 1].col == s->cells[i].col) s->cells[w - 1] = s->cells[i];
        else s->cells[w++] = s->cells[i];
    }
    s->ncells = w;
    /* Merged ranges: the anchor gets its span; the covered cells that hold text (none should)
     * are emptied, those missing are added, all pointing at the anchor. */
    long long covered = 0;
    for (int m = 0; m < s->nmerges; m++) {
        int *r = s->merges[m];
        covered += (long long)(r[2] - r[0] + 1) * (r[3] - r[1] + 1);
        if (covered > IMPORT_MAX_MERGED) return too_many_finishing(g, d, ui(UI_import_merged), covered, IMPORT_MAX_MERGED);
        if (r[2] + 1 > s->nrows) s->nrows = r[2] + 1;
        if (r[3] + 1 > s->ncols) s->ncols = r[3] + 1;
    }
    int nreal = s->ncells;
    for (int m = 0; m < s->nmerges; m++) {
        int *r = s->merges[m];
        for (int row = r[0]; row <= r[2]; row++)
            for (int col = r[1]; col <= r[3]; col++) {
                if (s->ncells == s->cap && !grow(s)) return too_many_finishing(g, d, ui(UI_import_cells), s->ncells, s->ncells);
                GridCell *c = &s->cells[s->ncells++];
                memset(c, 0, sizeof *c);
                c->row = row, c->col = col, c->text = "", c->rows = c->cols = 1, c->anchor = -2 - m;
            }
    }
    if (s->nmerges) {
        /* The real cells are in order already: the placeholders are sorted on their own and
         * merged in, the real cell first on a tie, which is what the (stable) sort of them all
         * gave, for a fraction of its time. */
        if (!sort_by_place(s->cells + nreal, s->ncells - nreal, s->nrows)) return too_many_finishing(g, d, ui(UI_import_cells), s->ncells, s->ncells);
        GridCell *merged = malloc(sizeof *merged * (size_t)(s->cap ? s->cap : 1));
        if (!merged) return too_many_finishing(g, d, ui(UI_import_cells), s->ncells, s->ncells);
        int a = 0, b = nreal, o = 0;
        while (a < nreal || b < s->ncells) {
            if (b == s->ncells || (a < nreal && by_place(&s->cells[a], &s->cells[b]) <= 0)) merged[o++] = s->cells[a++];
            else merged[o++] = s->cells[b++];
        }
        free(s->cells);
        s->cells = merged;
        /* Keep one cell a place: the real one (anchor -1) over the placeholders, which carry
         * their range as -2 - m. */
        w = 0;
        for (int i = 0; i < s->ncells; i++) {
            GridCell *c = &s->cells[i];
            if (w && s->cells[w - 1].row == c->row && s->cells[w - 1].col == c->col) {
                GridCell *prev = &s->cells[w - 1];
                if (prev->anchor == -1 && c->anchor <= -2) prev->anchor = c->anchor; /* a real cell in a range */
                else if (prev->anchor <= -2 && c->anchor == -1) { int m = prev->anchor; *prev = *c; prev->anchor = m; }
                continue;
            }
            s->cells[w++] = *c;
        }
        s->ncells = w;
    }
    index_rows(g, s);
    for (int i = 0; i < s->ncells; i++) {
        GridCell *c = &s->cells[i];
        if (c->anchor >= -1) continue;
        int *r = s->merges[-2 - c->anchor];
        if (c->row == r[0] && c->col == r[1]) {
            c->anchor = -1;
            c->rows = r[2] - r[0] + 1;
            c->cols = r[3] - r[1] + 1;
        } else {
            c->anchor = find(s, r[0], r[1]);
            c->text = "";
            c->number = false;
        }
    }
    return true;
}

const GridCell *grid_at(const GridSheet *s, int row, int col) {
    int i = find(s, row, col);
    return i < 0 ? NULL : &s->cells[i];
}

const GridCell *grid_shown(const GridSheet *s, int row, int col) {
    const GridCell *c = grid_at(s, row, col);
    if (c && c->anchor >= 0) c = &s->cells[c->anchor];
    return c;
}

const char *grid_ref(Arena *a, int row, int col) {
    char letters[8];
    int n = 0;
    for (int c = col + 1; c > 0 && n < 7; c = (c - 1) / 26) letters[n++] = (char)('A' + (c - 1) % 26);
    char out[8];
    for (int i = 0; i < n; i++) out[i] = letters[n - 1 - i];
    out[n] = 0;
    return arena_printf(a, "%s%d", out, row + 1);
}

static bool blank_at(const char *s, size_t i, size_t n, size_t *len) {
    if (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) return *len = 1, true;
    if (i + 2 < n + 0 && (unsigned char)s[i] == 0xE3 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80) return *len = 3, true;
    return false;
}

const char *grid_text(Arena *a, const GridCell *c) {
    if (!c || !c->text) return NULL;
    size_t n = strlen(c->text), b = 0, e = n, k;
    while (b < n && blank_at(c->text, b, n, &k)) b += k;
    while (e > b) {
        if (c->text[e - 1] == ' ' || c->text[e - 1] == '\t' || c->text[e - 1] == '\n' || c->text[e - 1] == '\r') e--;
        else if (e - b >= 3 && (unsigned char)c->text[e - 3] == 0xE3 && (unsigned char)c->text[e - 2] == 0x80 && (unsigned char)c->text[e - 1] == 0x80) e -= 3;
        else break;
    }
    if (e == b) return NULL;
    return b == 0 && e == n ? c->text : arena_strndup(a, c->text + b, e - b);
}
