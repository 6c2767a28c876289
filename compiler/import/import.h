/* Importing existing tables (jxc import): a workbook (XLSX) or a CSV is read into a grid of
 * cells, the tables are found in the grid by their labels, and each becomes a syntax tree,
 * which the formatter prints as .jx (cli/cmd_import.c).
 *
 *   read_xlsx.c   the workbook: its zip (libzip), its XML (libxml2's SAX2 parser): sheets,
 *                 shared and inline strings, numbers with their number formats, dates, merged
 *                 cells; each sheet read when its tables are looked for (grid_load)
 *   read_csv.c    a CSV as jxc build -f csv writes it: UTF-8 with or without BOM, or GB18030
 *   grid.c        the grid: cells by row and column, merged ranges, bounds
 *   find_tables.c the tables in a grid: a form's sheet (the labels of the form's layout, the
 *                 funds block, the indicator table under its heading row) or a flat list of
 *                 indicators (the CSV's columns); the trees
 * Every limit is checked while reading (sizes, cells, text), so a hostile file is refused in
 * bounded time and memory; whatever cannot be placed is a diagnostic naming the sheet and the
 * cell (Sheet1!C12). */
#ifndef JX_IMPORT_H
#define JX_IMPORT_H
#include "base/arena.h"
#include "base/strmap.h"
#include "diag/diag.h"
#include "front/ast.h"
#include "model/model.h"

/* ---- the grid (grid.c) ------------------------------------------------------------------ */

typedef struct GridCell {
    int row, col;          /* 0-based */
    const char *text;      /* what the cell shows; "" for an empty cell */
    bool number;           /* a number cell (text is its exact decimal, with the format's places) */
    bool formula;          /* the cell holds a formula (text is its cached value) */
    const char *formula_text; /* and the formula, without its '=' */
    int rows, cols;        /* the merged range it anchors (1, 1: none) */
    int anchor;            /* a covered cell: the index of its range's anchor; else -1 */
} GridCell;

typedef struct GridSheet {
    const char *name;
    GridCell *cells;       /* sorted by row, then column */
    int ncells, cap;
    int nrows, ncols;      /* one past the last used row and column */
    int *row_start;        /* index of the first cell of each row (nrows + 1 entries) */
    int (*merges)[4];      /* r1 c1 r2 c2, as read */
    int nmerges, merge_cap;
    bool deferred;         /* not read yet (grid_load reads it) */
    bool partial;          /* read only as far as its first rows */
    const char *part;      /* where its reader finds it (the workbook's part) */
    long long counted;     /* the cells it added to the grid's count */
    int ahead;             /* read ahead by the workbook's reader: its place in that order + 1 */
} GridSheet;

typedef struct Grid Grid;
/* Reads a deferred sheet: its first `rows` rows, or all of it (rows 0); false if it could not
 * be read (reported). */
typedef bool (*GridLoad)(Grid *g, Diags *d, GridSheet *s, int rows);

struct Grid {
    Arena *arena;
    const char *file;      /* as named on the command line */
    GridSheet **sheets;
    int nsheets, cap;
    long long total_cells, total_text;
    StrMap texts;          /* every cell text, once (grid_intern) */
    /* What reading allocates in (the texts, the rows' index, its messages): apart from the
     * arena of the trees, since a workbook's sheets are read in a thread of their own while
     * the tables of those before are found; it lasts until grid_release. */
    Arena reading;
    GridLoad load;         /* the reader of the deferred sheets, kept open for them */
    void (*close)(Grid *g);
    void *reader;
};

/* The rows in which a flat list's heading is looked for. */
enum { FLAT_HEADING_ROWS = 20 };

/* The limits of one import: beyond any of them the file is refused with E1004. */
enum {
    IMPORT_MAX_ENTRY = 256 << 20,      /* bytes of one XML part once unzipped */
    IMPORT_MAX_CELLS = 4000000,        /* cells in the workbook */
    IMPORT_MAX_CELL_TEXT = 1 << 20,    /* bytes of one cell's text */
    IMPORT_MAX_ROWS = 1048576,         /* a spreadsheet's rows */
    IMPORT_MAX_COLS = 16384,           /* and columns */
    IMPORT_MAX_MERGED = 4000000,       /* cells covered by merged ranges */
};

void grid_init(Grid *g, Arena *a, const char *file);
/* Lets the cells go and closes the reader; grid_release, once the diagnostics are written,
 * the texts (the trees and the diagnostics point into them). */
void grid_free(Grid *g);
void grid_release(Grid *g);
/* Empties a sheet to read it again (what it added to the grid's count taken back). */
void grid_reset_sheet(Grid *g, GridSheet *s);
GridSheet *grid_add_sheet(Grid *g, const char *name);
/* Adds a cell (text copied, once for equal texts); false (and E1004 reported) past a limit. */
bool grid_add_cell(Grid *g, Diags *d, GridSheet *s, int row, int col, const char *text, size_t len, bool number, bool formula);
/* The same for a text kept as it is: one from grid_intern, or a literal. */
bool grid_add_kept(Grid *g, Diags *d, GridSheet *s, int row, int col, const char *text, size_t len, bool number, bool formula);
/* The grid's one copy of a text (a workbook repeats a few thousand texts over a million
 * cells: each is stored once, and the tables' reading can memoise by it). */
const char *grid_intern(Grid *g, const char *text, size_t len);
/* The formula of the cell added last. */
void grid_set_formula(Grid *g, GridSheet *s, const char *formula);
bool grid_add_merge(Grid *g, Diags *d, GridSheet *s, int r1, int c1, int r2, int c2);
/* Sorts the cells and resolves the merged ranges (covered cells point at their anchor); on
 * the main thread (it allocates in the trees' arena). */
bool grid_finish(Grid *g, Diags *d, GridSheet *s);
/* Reads a deferred sheet (its first `rows` rows, or all: 0), or the rest of one read in part;
 * true if it is read as asked or was already. */
bool grid_load(Grid *g, Diags *d, GridSheet *s, int rows);
/* Lets a sheet's cells go once its tables are read (their texts stay: they are the grid's). */
void grid_unload(GridSheet *s);
/* The cell at (row, col), or NULL; grid_shown: the cell shown there (a merged range's
 * anchor for a covered cell), or NULL. */
const GridCell *grid_at(const GridSheet *s, int row, int col);
const GridCell *grid_shown(const GridSheet *s, int row, int col);
/* "C12" for (11, 2). */
const char *grid_ref(Arena *a, int row, int col);
/* A cell's text with blanks at its ends removed (NULL for none). */
const char *grid_text(Arena *a, const GridCell *c);

/* ---- reading (read_xlsx.c, read_csv.c) ----------------------------------------------------- */

/* Each returns 0, or 1 with diagnostics (E1001 not a workbook, E1004 a limit). read_xlsx
 * defers the workbook's 指标 sheet (jxc build -f xlsx's list of the indicators of its form
 * sheets, a quarter of its XML): the tables are found in the other sheets first, and the
 * list is read only as far as its heading when they are there (N1006), whole when not. */
int read_xlsx(Grid *g, Diags *d, const char *path);
int read_csv(Grid *g, Diags *d, const char *path);

/* ---- the declarations a workbook jx wrote carries (carried.c) --------------------------- */

/* The source text of the hidden sheet CARRIED_SHEET (model.h), which is then taken out of the
 * grid; NULL when the workbook has none. */
const char *grid_take_carried(Grid *g);

/* ---- the tables (find_tables.c) --------------------------------------------------------- */

typedef struct ImportOptions {
    const Form *form;      /* --form, or NULL: chosen from the title and labels */
} ImportOptions;

/* The tables of every sheet as one file's tree, in sheet order; the number found in *ntables
 * (-1: a deferred sheet could not be read, reported). Diagnostics: W1002 a cell that was not
 * placed, E1003 no table anywhere. */
ParsedFile *import_tables(Grid *g, Diags *d, Program *p, const ImportOptions *o, int *ntables);

#endif
