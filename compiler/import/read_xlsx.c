/* Reading a workbook (XLSX, Office Open XML): the zip with libzip, each XML part streamed
 * from the zip through libxml2's SAX2 parser, a piece at a time: no part is held whole in
 * memory and no document tree is built (the reader's tree and per-node calls were most of
 * the import's time). What is read: the sheets in the workbook's order (xl/workbook.xml and
 * its relationships), the shared strings, each sheet's cells (shared, inline and formula
 * strings, numbers, booleans) and merged ranges, and the number formats (xl/styles.xml) so
 * that a number shows the places it was formatted with (90.00) and a date cell becomes its
 * date (2025-01-01). A cell's text is kept once for all the cells that show it (grid_intern):
 * shared and inline strings alike. Only the hidden 声明 sheet is read here: the others are
 * left deferred, the workbook open, for grid_load to read one at a time as their tables are
 * looked for (find_tables.c), so that one sheet's cells are held at a time.
 *
 * The text seen is what libxml2's reader gave before: a text node is the run of characters
 * between two markup events; one of blanks only counts only under xml:space="preserve"
 * (the reader's significant whitespace), and not at all in a formula; an element written
 * <x/> has no end (the reader's empty element).
 *
 * Hostile files: a part is refused past IMPORT_MAX_ENTRY bytes however small the zip says it
 * is (a zip bomb), counted as it is unzipped; a part with a document type declaration is
 * refused before any entity can be declared (OOXML has none: billion laughs); the parser
 * never fetches from the network; cells, text and merged ranges are bounded by the grid. */
#include <errno.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>
#include "diag/ui.h"
#include "import/import.h"

typedef struct Ahead Ahead;
typedef struct Book {
    Grid *g;
    Ahead *ahead;               /* the sheets' reader, a thread ahead of the tables' finding */
    Diags *d;
    zip_t *zip;
    const char *path;
    const char **strings;       /* the shared strings (interned) */
    int nstrings, strings_cap;
    int *xf_places;             /* per cell style: places of its number format (-1: general) */
    bool *xf_date;              /* per cell style: a date format */
    int nxf;
    bool failed;
    char *chunk;                /* the unzipped piece being parsed */
} Book;

/* Reports the workbook unreadable: `why` a ui text with the part's name, then `detail`. */
static void fail_part(Book *b, const char *part, UiText why, const char *detail) {
    if (!b->failed) diag_nowhere(b->d, E1001, b->path, arena_printf(&b->g->reading, ui(why), part, detail), NULL);
    b->failed = true;
}

/* Text gathered in a growing buffer (a cell's text, a shared string's runs). */
typedef struct Text {
    char *s;
    size_t n, cap;
    bool too_long;
} Text;

static void text_add(Text *t, const char *s, size_t k) {
    if (t->n + k > (size_t)IMPORT_MAX_CELL_TEXT) {
        t->too_long = true;
        return;
    }
    if (t->n + k + 1 > t->cap) {
        size_t cap = (t->n + k + 1) * 2;
        char *grown = realloc(t->s, cap);
        if (!grown) {
            t->too_long = true;
            return;
        }
        t->s = grown;
        t->cap = cap;
    }
    memcpy(t->s + t->n, s, k);
    t->n += k;
    t->s[t->n] = 0;
}

/* Empties a text, keeping its buffer for the next. */
static void text_clear(Text *t) {
    t->n = 0;
    t->too_long = false;
    if (t->s) t->s[0] = 0;
}

/* ---- a part, streamed ------------------------------------------------------------------- */

/* What a text may be taken from, as the reader's node types were. */
enum { TAKE_TEXT = 1, TAKE_SPACE = 2, TAKE_CDATA = 4 };
enum { MAX_DEPTH = 512 }; /* libxml2 refuses documents deeper than 256 */

typedef struct Part Part;
/* An element's start (`empty`: written <x/>, it has no end) and end, by local name. */
typedef void (*OnStart)(Part *p, const char *local, int nattrs, const xmlChar **attrs, bool empty);
typedef void (*OnEnd)(Part *p, const char *local);

struct Part {
    Book *b;
    const char *name;
    xmlParserCtxtPtr ctxt;
    OnStart on_start;
    OnEnd on_end;
    void *state;
    bool stopped;               /* stopped on purpose: what was wanted is read */
    int depth;
    bool preserve[MAX_DEPTH + 1]; /* xml:space="preserve" in force in the element at each depth */
    bool empty[MAX_DEPTH + 1];
    /* the text node being read, for `sink` */
    Text *sink;
    int take;
    Text run;
    bool run_blank;
};

/* libxml2's own messages: the first is kept for the diagnostic, none is printed. */
static char xml_error[160];
static void keep_error(void *arg, const xmlError *e) {
    (void)arg;
    if (!xml_error[0] && e && e->message) {
        snprintf(xml_error, sizeof xml_error, "%d: %s", e->line, e->message);
        size_t n = strlen(xml_error);
        while (n && (xml_error[n - 1] == '\n' || xml_error[n - 1] == ' ')) xml_error[--n] = 0;
    }
}

static void stop(Part *p) {
    p->stopped = true;
    xmlStopParser(p->ctxt);
}

/* The text node read so far goes to the sink if the sink takes its kind. */
static void flush(Part *p) {
    if (!p->run.n && !p->run.too_long) return;
    bool take = !p->run_blank ? p->take & TAKE_TEXT : p->preserve[p->depth] && (p->take & TAKE_SPACE);
    if (take && p->sink) {
        if (p->run.too_long) p->sink->too_long = true;
        else text_add(p->sink, p->run.s, p->run.n);
    }
    text_clear(&p->run);
    p->run_blank = true;
}

/* Where the text of the element now open goes (NULL: nowhere). */
static void take_text(Part *p, Text *sink, int take) {
    p->sink = sink;
    p->take = take;
}

static void on_characters(void *ctx, const xmlChar *s, int n) {
    Part *p = ctx;
    if (!p->sink) return;
    for (int i = 0; i < n && p->run_blank; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') p->run_blank = false;
    text_add(&p->run, (const char *)s, (size_t)n);
}

static void on_cdata(void *ctx, const xmlChar *s, int n) {
    Part *p = ctx;
    flush(p);
    if (p->sink && (p->take & TAKE_CDATA)) text_add(p->sink, (const char *)s, (size_t)n);
}

static void on_comment(void *ctx, const xmlChar *s) {
    (void)s;
    flush(ctx);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data) {
    (void)target, (void)data;
    flush(ctx);
}

static void on_dtd(void *ctx, const xmlChar *name, const xmlChar *external, const xmlChar *system) {
    (void)name, (void)external, (void)system;
    Part *p = ctx;
    fail_part(p->b, p->name, UI_import_why_dtd, NULL);
    stop(p);
}

static void on_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int nns, const xmlChar **ns, int nattrs,
                     int ndefaulted, const xmlChar **attrs) {
    (void)prefix, (void)uri, (void)nns, (void)ns, (void)ndefaulted;
    Part *p = ctx;
    flush(p);
    /* the start tag is parsed up to its '>' or "/>" when this is called */
    bool empty = p->ctxt->input && p->ctxt->input->cur && p->ctxt->input->cur[0] == '/';
    bool preserve = p->preserve[p->depth];
    for (int i = 0; i < nattrs; i++) {
        const xmlChar **a = attrs + 5 * i;
        if (a[1] && strcmp((const char *)a[1], "xml") == 0 && strcmp((const char *)a[0], "space") == 0) {
            size_t n = (size_t)(a[4] - a[3]);
            if (n == 8 && memcmp(a[3], "preserve", 8) == 0) preserve = true;
            else if (n == 7 && memcmp(a[3], "default", 7) == 0) preserve = false;
        }
    }
    if (p->depth < MAX_DEPTH) p->depth++;
    p->preserve[p->depth] = preserve;
    p->empty[p->depth] = empty;
    p->on_start(p, (const char *)local, nattrs, attrs, empty);
}

static void on_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix, (void)uri;
    Part *p = ctx;
    flush(p);
    bool empty = p->empty[p->depth];
    if (p->depth > 0) p->depth--;
    if (!empty && p->on_end) p->on_end(p, (const char *)local);
}

/* An attribute's value (attrs as SAX2 gives them: local name, prefix, URI, value, end), by
 * local name and prefix (NULL: none); NULL if absent. */
static const xmlChar **find_attr(int nattrs, const xmlChar **attrs, const char *prefix, const char *local) {
    for (int i = 0; i < nattrs; i++) {
        const xmlChar **a = attrs + 5 * i;
        if (a[0][0] != (xmlChar)local[0] || strcmp((const char *)a[0], local) != 0) continue; /* (r, s, t: a letter) */
        if (prefix ? a[1] && strcmp((const char *)a[1], prefix) == 0 : !a[1]) return a;
    }
    return NULL;
}

/* The value as text, in the arena; libxml2 hands an '&' in a value as "&#38;" (the tree
 * builder it was meant for decodes it). */
static char *attr_text(Book *b, const xmlChar **a) {
    if (!a) return NULL;
    const char *s = (const char *)a[3];
    size_t n = (size_t)(a[4] - a[3]);
    char *out = arena_alloc(&b->g->reading, n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        *o++ = s[i];
        if (s[i] == '&' && i + 4 < n && memcmp(s + i + 1, "#38;", 4) == 0) i += 4;
    }
    *o = 0;
    return out;
}

static char *attr(Part *p, int nattrs, const xmlChar **attrs, const char *prefix, const char *local) {
    return attr_text(p->b, find_attr(nattrs, attrs, prefix, local));
}

/* atoi(s), for the usual short run of digits without the call (a cell's style and shared
 * string index, a row's number: millions of them). */
static int small_atoi(const char *s) {
    int v = 0, i = 0;
    for (; i < 9 && s[i] >= '0' && s[i] <= '9'; i++) v = v * 10 + (s[i] - '0');
    return i > 0 && !s[i] ? v : atoi(s);
}

/* atoi of a value, without copying it to the arena (a cell's style, a row's number). */
static bool attr_int(int nattrs, const xmlChar **attrs, const char *local, int *out) {
    const xmlChar **a = find_attr(nattrs, attrs, NULL, local);
    if (!a) return false;
    size_t n = (size_t)(a[4] - a[3]);
    char small[64];
    char *s = n < sizeof small ? small : malloc(n + 1);
    if (!s) return false;
    memcpy(s, a[3], n);
    s[n] = 0;
    *out = small_atoi(s);
    if (s != small) free(s);
    return true;
}

/* Parses one part with `on_start`/`on_end`; false if it is missing (*missing) or could not
 * be read (reported). */
static bool parse_part(Book *b, const char *name, OnStart on_start_fn, OnEnd on_end_fn, void *state, bool *missing) {
    *missing = false;
    /* by its exact name first (libzip hashes the names); ignoring case reads every name */
    zip_int64_t idx = zip_name_locate(b->zip, name, 0);
    if (idx < 0) idx = zip_name_locate(b->zip, name, ZIP_FL_NOCASE);
    if (idx < 0) {
        *missing = true;
        return false;
    }
    zip_file_t *f = zip_fopen_index(b->zip, (zip_uint64_t)idx, 0);
    if (!f) {
        fail_part(b, name, UI_import_why_zip, zip_strerror(b->zip));
        return false;
    }
    enum { CHUNK = 1 << 18 };
    if (!b->chunk && !(b->chunk = malloc(CHUNK))) {
        zip_fclose(f);
        fail_part(b, name, UI_import_why_zip, ui(UI_import_why_memory));
        return false;
    }
    Part *p = calloc(1, sizeof *p);
    if (!p) {
        zip_fclose(f);
        fail_part(b, name, UI_import_why_zip, ui(UI_import_why_memory));
        return false;
    }
    *p = (Part){.b = b, .name = name, .on_start = on_start_fn, .on_end = on_end_fn, .state = state, .run_blank = true};
    /* only what is read here: libxml2's tree builder is left out */
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    sax.ignorableWhitespace = on_characters;
    sax.cdataBlock = on_cdata;
    sax.comment = on_comment;
    sax.processingInstruction = on_pi;
    sax.internalSubset = on_dtd;
    sax.serror = (xmlStructuredErrorFunc)keep_error;
    xml_error[0] = 0;
    p->ctxt = xmlCreatePushParserCtxt(&sax, p, NULL, 0, name);
    if (!p->ctxt) {
        zip_fclose(f);
        free(p);
        fail_part(b, name, UI_import_why_not_xml, NULL);
        return false;
    }
    xmlCtxtUseOptions(p->ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    size_t total = 0;
    bool ok = true;
    for (;;) {
        zip_int64_t got = zip_fread(f, b->chunk, CHUNK);
        if (got < 0) {
            fail_part(b, name, UI_import_why_zip, zip_file_strerror(f));
            ok = false;
            break;
        }
        total += (size_t)got;
        if (total >= (size_t)IMPORT_MAX_ENTRY) {
            diag_nowhere(b->d, E1004, b->path, arena_printf(&b->g->reading, "%s %s", name, ui(UI_import_part_bytes)),
                         arena_printf(&b->g->reading, "> %d", IMPORT_MAX_ENTRY), arena_printf(&b->g->reading, "%d", IMPORT_MAX_ENTRY), NULL);
            b->failed = true;
            ok = false;
            break;
        }
        int status = xmlParseChunk(p->ctxt, b->chunk, (int)got, got == 0);
        if (p->stopped || b->failed) break;
        if (status != 0 || !p->ctxt->wellFormed) {
            fail_part(b, name, UI_import_why_malformed, xml_error[0] ? xml_error : "?");
            ok = false;
            break;
        }
        if (got == 0) break;
    }
    zip_fclose(f);
    xmlFreeParserCtxt(p->ctxt);
    free(p->run.s);
    free(p);
    return ok && !b->failed;
}

/* ---- strings ----------------------------------------------------------------------------- */

/* The text of the <t> elements inside an element (<si>, <is>), phonetic runs (<rPh>) left
 * out: what the reader gathered from its text, significant whitespace and CDATA nodes. */
typedef struct Gather {
    Text *t;
    int in_t, in_ph;
} Gather;

static void gather_begin(Part *p, Gather *gt, Text *t) {
    gt->t = t;
    gt->in_t = gt->in_ph = 0;
    take_text(p, NULL, 0);
}

static void gather_take(Part *p, Gather *gt) {
    take_text(p, gt->in_t && !gt->in_ph ? gt->t : NULL, TAKE_TEXT | TAKE_SPACE | TAKE_CDATA);
}

static void gather_start(Part *p, Gather *gt, const char *local, bool empty) {
    if (strcmp(local, "t") == 0 && !empty) gt->in_t++;
    else if (strcmp(local, "rPh") == 0 && !empty) gt->in_ph++;
    gather_take(p, gt);
}

/* True at the end of `outer`. */
static bool gather_end(Part *p, Gather *gt, const char *local, const char *outer) {
    if (strcmp(local, "t") == 0 && gt->in_t) gt->in_t--;
    else if (strcmp(local, "rPh") == 0 && gt->in_ph) gt->in_ph--;
    else if (strcmp(local, outer) == 0) {
        take_text(p, NULL, 0);
        return true;
    }
    gather_take(p, gt);
    return false;
}

typedef struct StringsRead {
    bool in_si;
    Gather gt;
    Text t;
} StringsRead;

static void add_string(Part *p, StringsRead *st) {
    Book *b = p->b;
    if (st->t.too_long) {
        diag_nowhere(b->d, E1004, b->path, ui(UI_import_cell_bytes), arena_printf(&b->g->reading, "> %d", IMPORT_MAX_CELL_TEXT),
                     arena_printf(&b->g->reading, "%d", IMPORT_MAX_CELL_TEXT), NULL);
        b->failed = true;
        stop(p);
        return;
    }
    if (b->nstrings == b->strings_cap) {
        int cap = b->strings_cap ? b->strings_cap * 2 : 256;
        const char **grown = realloc(b->strings, sizeof *grown * (size_t)cap);
        if (!grown) {
            fail_part(b, p->name, UI_import_why_zip, ui(UI_import_why_memory));
            stop(p);
            return;
        }
        b->strings = grown;
        b->strings_cap = cap;
    }
    b->strings[b->nstrings++] = grid_intern(b->g, st->t.s ? st->t.s : "", st->t.n);
    text_clear(&st->t);
    if (b->nstrings > IMPORT_MAX_CELLS) {
        diag_nowhere(b->d, E1004, b->path, ui(UI_import_strings), arena_printf(&b->g->reading, "%d", b->nstrings),
                     arena_printf(&b->g->reading, "%d", IMPORT_MAX_CELLS), NULL);
        b->failed = true;
        stop(p);
    }
}

static void strings_start(Part *p, const char *local, int nattrs, const xmlChar **attrs, bool empty) {
    (void)nattrs, (void)attrs;
    StringsRead *st = p->state;
    if (st->in_si) gather_start(p, &st->gt, local, empty);
    else if (strcmp(local, "si") == 0) {
        if (empty) add_string(p, st);
        else st->in_si = true, gather_begin(p, &st->gt, &st->t);
    }
}

static void strings_end(Part *p, const char *local) {
    StringsRead *st = p->state;
    if (st->in_si && gather_end(p, &st->gt, local, "si")) {
        st->in_si = false;
        add_string(p, st);
    }
}

static void read_strings(Book *b) {
    StringsRead st = {0};
    bool missing;
    parse_part(b, "xl/sharedStrings.xml", strings_start, strings_end, &st, &missing);
    free(st.t.s);
}

/* ---- styles ------------------------------------------------------------------------------ */

/* The places a number format shows (0.00 → 2, #,##0 → 0), -1 for General; whether it is a
 * date format (y, m, d outside quotes and brackets). */
static void format_kind(const char *code, int *places, bool *date) {
    *places = -1;
    *date = false;
    if (!code || strcasecmp(code, "General") == 0) return;
    bool quoted = false, bracket = false, digits = false;
    int p = -1;
    for (const char *c = code; *c; c++) {
        if (*c == '"') quoted = !quoted;
        else if (quoted) continue;
        else if (*c == '[') bracket = true;
        else if (*c == ']') bracket = false;
        else if (bracket) continue;
        else if (*c == '\\') { if (c[1]) c++; }
        else if (*c == ';') break;
        else if (*c == '0' || *c == '#') { digits = true; if (p >= 0) p++; }
        else if (*c == '.' && p < 0) p = 0;
        else if (strchr("yYdD", *c) || ((*c == 'm' || *c == 'M') && !digits)) *date = true;
    }
    if (digits && !*date) *places = p < 0 ? 0 : p;
}

typedef struct StylesRead {
    const char *custom[512]; /* custom formats by id; the built-in ones by number */
    int xf_cap;
    bool in_xfs;
} StylesRead;

static void styles_start(Part *p, const char *local, int nattrs, const xmlChar **attrs, bool empty) {
    StylesRead *st = p->state;
    Book *b = p->b;
    if (strcmp(local, "numFmt") == 0) {
        char *id = attr(p, nattrs, attrs, NULL, "numFmtId"), *code = attr(p, nattrs, attrs, NULL, "formatCode");
        int k = id ? atoi(id) : -1;
        if (k >= 0 && k < 512) st->custom[k] = code;
    } else if (strcmp(local, "cellXfs") == 0) {
        st->in_xfs = !empty;
    } else if (st->in_xfs && strcmp(local, "xf") == 0) {
        int k = 0;
        attr_int(nattrs, attrs, "numFmtId", &k);
        if (b->nxf == st->xf_cap) {
            st->xf_cap = st->xf_cap ? st->xf_cap * 2 : 64;
            if (st->xf_cap > 65536) {
                stop(p);
                return;
            }
            int *pl = arena_alloc(&b->g->reading, sizeof(int) * (size_t)st->xf_cap);
            bool *dt = arena_alloc(&b->g->reading, sizeof(bool) * (size_t)st->xf_cap);
            if (b->nxf) {
                memcpy(pl, b->xf_places, sizeof(int) * (size_t)b->nxf);
                memcpy(dt, b->xf_date, sizeof(bool) * (size_t)b->nxf);
            }
            b->xf_places = pl;
            b->xf_date = dt;
        }
        int places = -1;
        bool date = false;
        static const char *const builtin[] = {[1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
                                              [14] = "yyyy-mm-dd", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy",
                                              [22] = "yyyy-mm-dd h:mm"};
        const char *code = k >= 0 && k < 512 && st->custom[k] ? st->custom[k] : k >= 0 && k < (int)(sizeof builtin / sizeof builtin[0]) ? builtin[k] : NULL;
        if (k >= 27 && k <= 58 && !st->custom[k]) date = true; /* the CJK date formats */
        else format_kind(code, &places, &date);
        if (code && strchr(code, '%')) places = -1; /* a percentage: shown as the cell's value */
        b->xf_places[b->nxf] = places;
        b->xf_date[b->nxf] = date;
        b->nxf++;
    }
}

static void styles_end(Part *p, const char *local) {
    StylesRead *st = p->state;
    if (strcmp(local, "cellXfs") == 0) st->in_xfs = false;
}

static void read_styles(Book *b) {
    StylesRead st = {0};
    bool missing;
    parse_part(b, "xl/styles.xml", styles_start, styles_end, &st, &missing);
}

/* ---- numbers ---------------------------------------------------------------------------- */

/* The exact decimal text of a cell's value (1234.5, 1.5E+3, 0.30000000000000004) shown
 * with `places` places, rounded half-up if it has more (a double's noise); places -1: as it
 * is, without an exponent. Written to out (NUMBER_TEXT bytes); NULL if it is not a number. */
enum { NUMBER_TEXT = 256 };
static const char *number_text(char *out, const char *v, int places) {
    const char *s = v;
    bool neg = false;
    if (*s == '-' || *s == '+') neg = *s++ == '-';
    char digits[80];
    int nd = 0, point = -1, exp = 0;
    for (; *s; s++) {
        if (*s >= '0' && *s <= '9') {
            if (nd < 60) digits[nd++] = *s;
            else if (point < 0) return NULL;
        } else if (*s == '.' && point < 0) point = nd;
        else break;
    }
    if (point < 0) point = nd;
    if (*s == 'e' || *s == 'E') {
        char *end;
        long e = strtol(s + 1, &end, 10);
        if (end == s + 1 || *end || e > 40 || e < -40) return NULL;
        exp = (int)e;
    } else if (*s) return NULL;
    if (nd == 0) return NULL;
    point += exp; /* digits[0..point) integer part */
    /* the integer and fraction digits */
    char ip[128], fp[128];
    int ni = 0, nf = 0;
    for (int i = 0; i < point && ni < 100; i++) ip[ni++] = i < nd ? digits[i] : '0';
    for (int i = point < 0 ? point : point; i < nd && nf < 100; i++) fp[nf++] = i < 0 ? '0' : digits[i];
    if (point < 0) {
        /* leading zeros of the fraction: already in fp as '0' for i < 0 */
    }
    if (places >= 0 && nf > places) {
        bool up = fp[places] >= '5';
        nf = places;
        for (int i = nf - 1; up && i >= 0; i--) {
            if (fp[i] == '9') fp[i] = '0';
            else fp[i]++, up = false;
        }
        for (int i = ni - 1; up && i >= 0; i--) {
            if (ip[i] == '9') ip[i] = '0';
            else ip[i]++, up = false;
        }
        if (up) {
            memmove(ip + 1, ip, (size_t)ni);
            ip[0] = '1';
            ni++;
        }
    }
    if (places >= 0)
        while (nf < places && nf < 100) fp[nf++] = '0'; /* (a format of more places than a double has) */
    if (places < 0)
        while (nf && fp[nf - 1] == '0') nf--;
    int lead = 0;
    while (lead < ni - 1 && ip[lead] == '0') lead++;
    bool zero = true;
    for (int i = lead; i < ni; i++) zero &= ip[i] == '0';
    for (int i = 0; i < nf; i++) zero &= fp[i] == '0';
    char *o = out;
    if (neg && !zero) *o++ = '-';
    if (ni) memcpy(o, ip + lead, (size_t)(ni - lead)), o += ni - lead;
    else *o++ = '0';
    if (nf) *o++ = '.', memcpy(o, fp, (size_t)nf), o += nf;
    *o = 0;
    return out;
}

/* A date cell's serial number (days since 1899-12-30) as 2025-01-01, in out (NUMBER_TEXT). */
static const char *date_text(char *out, const char *v) {
    char *end;
    double serial = strtod(v, &end);
    if (end == v || serial < 1 || serial > 2958465) return NULL;
    long days = (long)serial; /* the time of day is dropped */
    /* civil from days since 1970-01-01 (Howard Hinnant's algorithm) */
    long z = days - 25569 + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) y++;
    snprintf(out, NUMBER_TEXT, "%04ld-%02ld-%02ld", y, m, d);
    return out;
}

/* ---- a sheet ---------------------------------------------------------------------------- */

/* "C12" → (11, 2); false if it is not a reference. */
static bool parse_ref(const char *s, int *row, int *col) {
    int c = 0, r = 0, nl = 0, nd = 0;
    for (; *s >= 'A' && *s <= 'Z'; s++, nl++)
        if ((c = c * 26 + (*s - 'A' + 1)) > IMPORT_MAX_COLS) return false;
    for (; *s >= '0' && *s <= '9'; s++, nd++)
        if ((r = r * 10 + (*s - '0')) > IMPORT_MAX_ROWS) return false;
    if (*s || !nl || !nd || r < 1) return false;
    *row = r - 1;
    *col = c - 1;
    return true;
}

/* Where a sheet's reading is: outside a cell, in a cell, or in its <v>, <is> or <f>. */
typedef enum { IN_SHEET, IN_CELL, IN_V, IN_IS, IN_F } SheetPlace;

typedef struct SheetRead {
    GridSheet *sh;
    int max_rows;               /* stop at this row (0: read it all) */
    SheetPlace at;
    int row, col;
    /* the cell being read */
    int cr, cc, style;
    bool has_style, formula;
    char type;                  /* 's' shared, 'i' inline, 't' str or e, 'b' boolean, 0 a number */
    Text v, inl, fx;
    Gather gt;
} SheetRead;

static void cell_done(Part *p, SheetRead *st) {
    Book *b = p->b;
    GridSheet *sh = st->sh;
    int cr = st->cr, cc = st->cc;
    if (st->v.too_long || st->inl.too_long) {
        diag_nowhere(b->d, E1004, b->path, arena_printf(&b->g->reading, "%s!%s %s", sh->name, grid_ref(&b->g->reading, cr, cc), ui(UI_import_cell_bytes)),
                     arena_printf(&b->g->reading, "> %d", IMPORT_MAX_CELL_TEXT), arena_printf(&b->g->reading, "%d", IMPORT_MAX_CELL_TEXT), NULL);
        b->failed = true;
        stop(p);
        return;
    }
    const char *text = NULL;
    bool number = false, kept = true;
    const char *vs = st->v.s ? st->v.s : "";
    char buf[NUMBER_TEXT];
    if (st->type == 's') {
        int k = small_atoi(vs);
        if (*vs && k >= 0 && k < b->nstrings) text = b->strings[k];
    } else if (st->type == 'i') {
        text = st->inl.s ? st->inl.s : "", kept = false;
    } else if (st->type == 't') {
        text = vs, kept = false;
    } else if (st->type == 'b') {
        text = *vs ? (strcmp(vs, "1") == 0 ? "TRUE" : "FALSE") : NULL;
    } else if (*vs) {
        int xf = st->has_style ? st->style : 0;
        bool date = xf >= 0 && xf < b->nxf && b->xf_date[xf];
        int places = xf >= 0 && xf < b->nxf ? b->xf_places[xf] : -1;
        text = date ? date_text(buf, vs) : number_text(buf, vs, places);
        number = text && !date;
        if (!text) text = vs;
        kept = false;
    }
    if (st->formula && !text) text = "", kept = true;
    bool added = !text || (kept ? grid_add_kept(b->g, b->d, sh, cr, cc, text, strlen(text), number, st->formula)
                                : grid_add_cell(b->g, b->d, sh, cr, cc, text, strlen(text), number, st->formula));
    if (!added) {
        b->failed = true;
        stop(p);
    } else if (text && st->formula && st->fx.n && !st->fx.too_long) grid_set_formula(b->g, sh, st->fx.s);
}

static void sheet_start(Part *p, const char *local, int nattrs, const xmlChar **attrs, bool empty) {
    SheetRead *st = p->state;
    switch (st->at) {
    case IN_SHEET:
        if (strcmp(local, "row") == 0) {
            int r;
            st->row = attr_int(nattrs, attrs, "r", &r) ? r - 1 : st->row + 1;
            st->col = -1;
            if (st->max_rows && st->row >= st->max_rows) stop(p); /* the rows wanted are read */
        } else if (strcmp(local, "c") == 0) {
            const xmlChar **ref = find_attr(nattrs, attrs, NULL, "r"), **type = find_attr(nattrs, attrs, NULL, "t");
            int cr = st->row < 0 ? 0 : st->row, cc = st->col + 1;
            if (ref) {
                /* (a reference is short: one read without copying it) */
                size_t n = (size_t)(ref[4] - ref[3]);
                char small[32], *s = n < sizeof small ? small : attr_text(p->b, ref);
                if (s == small) memcpy(s, ref[3], n), s[n] = 0;
                if (!parse_ref(s, &cr, &cc)) {
                    fail_part(p->b, p->name, UI_import_why_bad_ref, attr_text(p->b, ref));
                    stop(p);
                    return;
                }
            }
            st->row = st->cr = cr;
            st->col = st->cc = cc;
            st->type = 0;
            if (type) {
                const char *t = (const char *)type[3];
                size_t n = (size_t)(type[4] - type[3]);
                if (n == 1 && t[0] == 's') st->type = 's';
                else if (n == 9 && memcmp(t, "inlineStr", 9) == 0) st->type = 'i';
                else if (n == 3 && memcmp(t, "str", 3) == 0) st->type = 't';
                else if (n == 1 && t[0] == 'e') st->type = 't';
                else if (n == 1 && t[0] == 'b') st->type = 'b';
            }
            /* <c r="B1" s="6"/>: a cell with nothing in it (most of a form sheet's, the
             * borders of its merged ranges) shows nothing and counts for nothing */
            if (empty && st->type != 'i' && st->type != 't') return;
            st->has_style = attr_int(nattrs, attrs, "s", &st->style);
            st->formula = false;
            text_clear(&st->v), text_clear(&st->inl), text_clear(&st->fx);
            if (empty) cell_done(p, st);
            else st->at = IN_CELL;
        } else if (strcmp(local, "mergeCell") == 0) {
            char *ref = attr(p, nattrs, attrs, NULL, "ref");
            char *colon = ref ? strchr(ref, ':') : NULL;
            int r1, c1, r2, c2;
            if (colon) {
                *colon = 0;
                if (parse_ref(ref, &r1, &c1) && parse_ref(colon + 1, &r2, &c2) && !grid_add_merge(p->b->g, p->b->d, st->sh, r1, c1, r2, c2)) {
                    p->b->failed = true;
                    stop(p);
                }
            }
        }
        break;
    case IN_CELL:
        if (strcmp(local, "v") == 0 && !empty) {
            st->at = IN_V;
            take_text(p, &st->v, TAKE_TEXT | TAKE_SPACE);
        } else if (strcmp(local, "is") == 0) {
            if (!empty) st->at = IN_IS, gather_begin(p, &st->gt, &st->inl);
        } else if (strcmp(local, "f") == 0) {
            st->formula = true;
            if (!empty) {
                st->at = IN_F;
                take_text(p, &st->fx, TAKE_TEXT);
            }
        }
        break;
    case IN_IS:
        gather_start(p, &st->gt, local, empty);
        break;
    case IN_V:
    case IN_F:
        break;
    }
}

static void sheet_end(Part *p, const char *local) {
    SheetRead *st = p->state;
    switch (st->at) {
    case IN_SHEET:
        break;
    case IN_CELL:
        if (strcmp(local, "c") == 0) {
            st->at = IN_SHEET;
            cell_done(p, st);
        }
        break;
    case IN_V:
        if (strcmp(local, "v") == 0) st->at = IN_CELL, take_text(p, NULL, 0);
        break;
    case IN_F:
        if (strcmp(local, "f") == 0) st->at = IN_CELL, take_text(p, NULL, 0);
        break;
    case IN_IS:
        if (gather_end(p, &st->gt, local, "is")) st->at = IN_CELL;
        break;
    }
}

static void read_sheet(Book *b, GridSheet *sh, const char *part, int max_rows) {
    SheetRead st = {.sh = sh, .max_rows = max_rows, .row = -1, .col = -1};
    bool missing;
    parse_part(b, part, sheet_start, sheet_end, &st, &missing);
    if (missing) fail_part(b, part, UI_import_why_missing, NULL);
    free(st.v.s);
    free(st.inl.s);
    free(st.fx.s);
}

/* ---- the workbook ----------------------------------------------------------------------- */

typedef struct BookRead {
    PtrVec names, ids;          /* the sheets' names and relationship ids, in order */
    StrMap targets;             /* relationship id → part */
} BookRead;

static void workbook_start(Part *p, const char *local, int nattrs, const xmlChar **attrs, bool empty) {
    (void)empty;
    BookRead *st = p->state;
    if (strcmp(local, "sheet") != 0) return;
    char *name = attr(p, nattrs, attrs, NULL, "name"), *id = attr(p, nattrs, attrs, "r", "id");
    if (!id) id = attr(p, nattrs, attrs, NULL, "id");
    ptrvec_push(&p->b->g->reading, &st->names, name ? name : "");
    ptrvec_push(&p->b->g->reading, &st->ids, id ? id : "");
}

static void rels_start(Part *p, const char *local, int nattrs, const xmlChar **attrs, bool empty) {
    (void)empty;
    BookRead *st = p->state;
    if (strcmp(local, "Relationship") != 0) return;
    char *id = attr(p, nattrs, attrs, NULL, "Id"), *target = attr(p, nattrs, attrs, NULL, "Target");
    if (id && target) strmap_put(&st->targets, id, target); /* the last of an id, as before */
}

/* ---- reading ahead ------------------------------------------------------------------- */

/* The sheets whose tables are looked for in order are read in a thread of their own, a sheet
 * or two ahead of the finding of the tables (import_tables on the main thread): on two cores
 * the unzipping and XML parsing, three quarters of an import, run beside the rest. The
 * thread allocates in the grid's reading arena (Grid.reading) and nothing else touches it meanwhile; its
 * diagnostics go to a list of its own, thrown away: a sheet it could not read is read again
 * on the main thread, where they are the import's, in the order a reading in turn gives. */
enum { AHEAD = 2 };
enum { AHEAD_WAITING, AHEAD_READ, AHEAD_FAILED };

struct Ahead {
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    Book *b;
    GridSheet **sheets;         /* what it reads, in the order the tables are looked for */
    int *state;                 /* AHEAD_… of each */
    int n, taken;               /* taken: how many the main thread has had */
    bool stop, done, joined;    /* done: the reader has stopped (at the end, or a failure) */
    Arena arena;
    Diags diags;
};

/* Reads sheet sh (its first `rows` rows, or all); its count of cells kept for a reading again.
 * `finish`: on the main thread, its cells sorted and merged ranges resolved (the reader's
 * thread leaves that to the main thread, which has time to spare). */
static bool read_whole(Book *b, Diags *d, GridSheet *sh, int rows, bool finish) {
    long long before = b->g->total_cells;
    read_sheet(b, sh, sh->part, rows);
    bool ok = !b->failed && (!finish || grid_finish(b->g, d, sh));
    if (!ok) b->failed = true;
    sh->counted = b->g->total_cells - before;
    return ok;
}

static void *read_ahead(void *arg) {
    Ahead *a = arg;
    Book *b = a->b;
    b->d = &a->diags;
    for (int k = 0; k < a->n; k++) {
        pthread_mutex_lock(&a->mu);
        while (!a->stop && k - a->taken >= AHEAD) pthread_cond_wait(&a->cv, &a->mu);
        bool stop = a->stop;
        pthread_mutex_unlock(&a->mu);
        if (stop) break;
        bool ok = read_whole(b, &a->diags, a->sheets[k], 0, false);
        pthread_mutex_lock(&a->mu);
        a->state[k] = ok ? AHEAD_READ : AHEAD_FAILED;
        pthread_cond_broadcast(&a->cv);
        pthread_mutex_unlock(&a->mu);
        if (!ok) break;
    }
    pthread_mutex_lock(&a->mu);
    a->done = true;
    pthread_cond_broadcast(&a->cv);
    pthread_mutex_unlock(&a->mu);
    return NULL;
}

/* Stops the reader (at its next sheet) and waits for it: the book is the main thread's. */
static void ahead_stop(Ahead *a) {
    if (a->joined) return;
    pthread_mutex_lock(&a->mu);
    a->stop = true;
    pthread_cond_broadcast(&a->cv);
    pthread_mutex_unlock(&a->mu);
    pthread_join(a->thread, NULL);
    a->joined = true;
}

static void ahead_release(Ahead *a) {
    free(a->sheets);
    free(a->state);
    arena_free(&a->arena);
    free(a);
}

/* Starts the reader on the deferred sheets but the workbook's 指标 list (read, if at all,
 * after the others); none when there are fewer than two, or no thread can be had. */
static void ahead_start(Book *b) {
    Grid *g = b->g;
    int n = 0;
    for (int i = 0; i < g->nsheets; i++) n += g->sheets[i]->deferred && strcmp(g->sheets[i]->name, "指标") != 0;
    if (n < 2) return;
    xmlInitParser(); /* (on the main thread, before another uses libxml2) */
    Ahead *a = calloc(1, sizeof *a);
    if (!a) return;
    a->b = b;
    a->n = n;
    a->sheets = calloc((size_t)n, sizeof *a->sheets);
    a->state = calloc((size_t)n, sizeof *a->state);
    arena_init(&a->arena);
    diags_init(&a->diags, &a->arena, NULL);
    if (!a->sheets || !a->state || pthread_mutex_init(&a->mu, NULL) != 0) {
        ahead_release(a);
        return;
    }
    if (pthread_cond_init(&a->cv, NULL) != 0) {
        pthread_mutex_destroy(&a->mu);
        ahead_release(a);
        return;
    }
    n = 0;
    for (int i = 0; i < g->nsheets; i++)
        if (g->sheets[i]->deferred && strcmp(g->sheets[i]->name, "指标") != 0) {
            a->sheets[n] = g->sheets[i];
            g->sheets[i]->ahead = ++n;
        }
    b->ahead = a;
    if (pthread_create(&a->thread, NULL, read_ahead, a) == 0) return;
    b->ahead = NULL; /* read in turn, as without a thread */
    for (int k = 0; k < n; k++) a->sheets[k]->ahead = 0;
    pthread_cond_destroy(&a->cv);
    pthread_mutex_destroy(&a->mu);
    ahead_release(a);
}

static void ahead_free(Ahead *a) {
    ahead_stop(a);
    pthread_cond_destroy(&a->cv);
    pthread_mutex_destroy(&a->mu);
    ahead_release(a);
}

/* A deferred sheet read (grid_load): taken from the reader when it read it, else read here,
 * from the workbook kept open for it. */
static bool load_sheet(Grid *g, Diags *d, GridSheet *sh, int rows) {
    Book *b = g->reader;
    Ahead *a = b->ahead;
    if (a && sh->ahead) {
        int k = sh->ahead - 1, state;
        pthread_mutex_lock(&a->mu);
        while (a->state[k] == AHEAD_WAITING && !a->done) pthread_cond_wait(&a->cv, &a->mu);
        state = a->state[k];
        if (a->taken < k + 1) a->taken = k + 1;
        pthread_cond_broadcast(&a->cv);
        pthread_mutex_unlock(&a->mu);
        sh->ahead = 0;
        if (state == AHEAD_READ) return grid_finish(g, d, sh);
    }
    if (a) ahead_stop(a);
    b->d = d;
    b->failed = false; /* (the reader's failure, if any: met again here, and reported) */
    grid_reset_sheet(g, sh);
    return read_whole(b, d, sh, rows, true);
}

static void close_book(Book *b) {
    if (b->ahead) ahead_free(b->ahead);
    free(b->strings);
    free(b->chunk);
    zip_discard(b->zip);
    free(b);
}

static void close_reader(Grid *g) {
    close_book(g->reader);
    g->reader = NULL;
}

int read_xlsx(Grid *g, Diags *d, const char *path) {
    Book *bp = calloc(1, sizeof *bp);
    if (!bp) {
        diag_nowhere(d, E1001, path, arena_printf(g->arena, ui(UI_import_why_zip), path, ui(UI_import_why_memory)), NULL);
        return 1;
    }
    Book b = {.g = g, .d = d, .path = path};
    int err = 0;
    b.zip = zip_open(path, ZIP_RDONLY, &err);
    if (!b.zip) {
        free(bp);
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        diag_nowhere(d, E1001, path, arena_printf(g->arena, ui(UI_import_why_not_zip), zip_error_strerror(&ze)), NULL);
        zip_error_fini(&ze);
        return 1;
    }
    BookRead br = {0};
    bool deferred = false;
    strmap_init(&br.targets, g->arena);
    bool missing;
    parse_part(&b, "xl/workbook.xml", workbook_start, NULL, &br, &missing);
    if (missing) fail_part(&b, "xl/workbook.xml", UI_import_why_no_workbook, NULL);
    if (!b.failed) parse_part(&b, "xl/_rels/workbook.xml.rels", rels_start, NULL, &br, &missing);
    if (!b.failed) read_strings(&b);
    if (!b.failed) read_styles(&b);
    for (int i = 0; i < br.names.len && !b.failed; i++) {
        const char *target = strmap_get(&br.targets, br.ids.items[i]);
        const char *part = !target ? arena_printf(g->arena, "xl/worksheets/sheet%d.xml", i + 1)
                           : target[0] == '/' ? target + 1
                                              : arena_printf(g->arena, "xl/%s", target);
        GridSheet *sh = grid_add_sheet(g, br.names.items[i]);
        sh->part = part;
        if (strcmp(sh->name, CARRIED_SHEET) != 0) { /* read when its tables are looked for */
            sh->deferred = deferred = true;
            continue;
        }
        read_sheet(&b, sh, part, 0);
        if (!b.failed && !grid_finish(g, d, sh)) b.failed = true;
    }
    *bp = b;
    if (b.failed || !deferred) {
        close_book(bp);
        return b.failed ? 1 : 0;
    }
    g->reader = bp;
    g->load = load_sheet;
    g->close = close_reader;
    ahead_start(bp);
    return 0;
}
