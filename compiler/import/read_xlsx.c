/* Reading a workbook (XLSX, Office Open XML): the zip with libzip, each XML part with
 * libxml2's streaming reader. What is read: the sheets in the workbook's order
 * (xl/workbook.xml and its relationships), the shared strings, each sheet's cells (shared,
 * inline and formula strings, numbers, booleans) and merged ranges, and the number formats
 * (xl/styles.xml) so that a number shows the places it was formatted with (90.00) and a date
 * cell becomes its date (2025-01-01).
 *
 * Hostile files: a part is read in pieces and refused past IMPORT_MAX_ENTRY bytes however
 * small the zip says it is (a zip bomb); a part with a document type declaration is refused
 * before any entity can be declared (OOXML has none: billion laughs); the reader never
 * fetches from the network; cells, text and merged ranges are bounded by the grid. */
#include <errno.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>
#include "diag/ui.h"
#include "import/import.h"

typedef struct Book {
    Grid *g;
    Diags *d;
    zip_t *zip;
    const char *path;
    const char **strings;       /* the shared strings */
    int nstrings, strings_cap;
    int *xf_places;             /* per cell style: places of its number format (-1: general) */
    bool *xf_date;              /* per cell style: a date format */
    int nxf;
    bool failed;
} Book;

/* Reports the workbook unreadable: `why` a ui text with the part's name, then `detail`. */
static void fail_part(Book *b, const char *part, UiText why, const char *detail) {
    if (!b->failed) diag_nowhere(b->d, E1001, b->path, arena_printf(b->g->arena, ui(why), part, detail), NULL);
    b->failed = true;
}

/* The bytes of a part, or NULL (missing: *missing set; too large or unreadable: reported). */
static char *read_part(Book *b, const char *name, size_t *len, bool *missing) {
    *missing = false;
    zip_int64_t idx = zip_name_locate(b->zip, name, ZIP_FL_NOCASE);
    if (idx < 0) {
        *missing = true;
        return NULL;
    }
    zip_file_t *f = zip_fopen_index(b->zip, (zip_uint64_t)idx, 0);
    if (!f) {
        fail_part(b, name, UI_import_why_zip, zip_strerror(b->zip));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        if (!buf) break;
        if (n == cap) {
            if (cap >= (size_t)IMPORT_MAX_ENTRY) {
                zip_fclose(f);
                free(buf);
                diag_nowhere(b->d, E1004, b->path, arena_printf(b->g->arena, "%s %s", name, ui(UI_import_part_bytes)),
                             arena_printf(b->g->arena, "> %d", IMPORT_MAX_ENTRY), arena_printf(b->g->arena, "%d", IMPORT_MAX_ENTRY), NULL);
                b->failed = true;
                return NULL;
            }
            size_t grown_cap = cap * 2 > (size_t)IMPORT_MAX_ENTRY ? (size_t)IMPORT_MAX_ENTRY : cap * 2;
            char *grown = realloc(buf, grown_cap + 1);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            cap = grown_cap;
        }
        zip_int64_t got = zip_fread(f, buf + n, cap - n);
        if (got < 0) {
            fail_part(b, name, UI_import_why_zip, zip_file_strerror(f));
            zip_fclose(f);
            free(buf);
            return NULL;
        }
        if (got == 0) break;
        n += (size_t)got;
    }
    zip_fclose(f);
    if (!buf) {
        fail_part(b, name, UI_import_why_zip, ui(UI_import_why_memory));
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

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

/* A streaming reader over a part, refusing a DTD. */
static xmlTextReaderPtr open_xml(Book *b, const char *buf, size_t len, const char *name) {
    xml_error[0] = 0;
    xmlTextReaderPtr r = xmlReaderForMemory(buf, (int)len, name, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!r) fail_part(b, name, UI_import_why_not_xml, NULL);
    else xmlTextReaderSetStructuredErrorHandler(r, (xmlStructuredErrorFunc)keep_error, NULL);
    return r;
}

/* Advances; false at the end or on an error (reported once). */
static bool next(Book *b, xmlTextReaderPtr r, const char *name) {
    int k = xmlTextReaderRead(r);
    if (k == 1) {
        if (xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE) {
            fail_part(b, name, UI_import_why_dtd, NULL);
            return false;
        }
        return true;
    }
    if (k < 0) fail_part(b, name, UI_import_why_malformed, xml_error[0] ? xml_error : "?");
    return false;
}

static bool is(xmlTextReaderPtr r, const char *local) {
    const xmlChar *n = xmlTextReaderConstLocalName(r);
    return n && strcmp((const char *)n, local) == 0;
}

static bool start(xmlTextReaderPtr r, const char *local) {
    return xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT && is(r, local);
}

static bool end_of(xmlTextReaderPtr r, const char *local) {
    return xmlTextReaderNodeType(r) == XML_READER_TYPE_END_ELEMENT && is(r, local);
}

static char *attr(Book *b, xmlTextReaderPtr r, const char *name) {
    xmlChar *v = xmlTextReaderGetAttribute(r, (const xmlChar *)name);
    if (!v) return NULL;
    char *s = arena_strdup(b->g->arena, (const char *)v);
    xmlFree(v);
    return s;
}

/* Text gathered in a growing buffer (a cell's text, a shared string's runs). */
typedef struct Text {
    char *s;
    size_t n, cap;
    bool too_long;
} Text;

static void text_add(Text *t, const char *s) {
    size_t k = strlen(s);
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
    memcpy(t->s + t->n, s, k + 1);
    t->n += k;
}

/* The text of the <t> elements inside the current element (<si>, <is>), phonetic runs
 * (<rPh>) left out; the reader ends on the element's end. */
static void gather_t(Book *b, xmlTextReaderPtr r, const char *name, const char *outer, Text *t) {
    if (xmlTextReaderIsEmptyElement(r)) return;
    int in_t = 0, in_ph = 0;
    while (next(b, r, name)) {
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_ELEMENT) {
            if (is(r, "t") && !xmlTextReaderIsEmptyElement(r)) in_t++;
            else if (is(r, "rPh") && !xmlTextReaderIsEmptyElement(r)) in_ph++;
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            if (is(r, "t") && in_t) in_t--;
            else if (is(r, "rPh") && in_ph) in_ph--;
            else if (is(r, outer)) return;
        } else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_CDATA) && in_t && !in_ph) {
            const xmlChar *v = xmlTextReaderConstValue(r);
            if (v) text_add(t, (const char *)v);
        }
    }
}

static void read_strings(Book *b) {
    size_t len;
    bool missing;
    char *buf = read_part(b, "xl/sharedStrings.xml", &len, &missing);
    if (!buf) return;
    xmlTextReaderPtr r = open_xml(b, buf, len, "xl/sharedStrings.xml");
    while (r && next(b, r, "xl/sharedStrings.xml")) {
        if (!start(r, "si")) continue;
        Text t = {0};
        gather_t(b, r, "xl/sharedStrings.xml", "si", &t);
        if (t.too_long) {
            diag_nowhere(b->d, E1004, b->path, ui(UI_import_cell_bytes), arena_printf(b->g->arena, "> %d", IMPORT_MAX_CELL_TEXT),
                         arena_printf(b->g->arena, "%d", IMPORT_MAX_CELL_TEXT), NULL);
            b->failed = true;
            free(t.s);
            break;
        }
        if (b->nstrings == b->strings_cap) {
            int cap = b->strings_cap ? b->strings_cap * 2 : 256;
            const char **grown = realloc(b->strings, sizeof *grown * (size_t)cap);
            if (!grown) {
                free(t.s);
                fail_part(b, "xl/sharedStrings.xml", UI_import_why_zip, ui(UI_import_why_memory));
                break;
            }
            b->strings = grown;
            b->strings_cap = cap;
        }
        b->strings[b->nstrings++] = arena_strdup(b->g->arena, t.s ? t.s : "");
        free(t.s);
        if (b->nstrings > IMPORT_MAX_CELLS) {
            diag_nowhere(b->d, E1004, b->path, ui(UI_import_strings), arena_printf(b->g->arena, "%d", b->nstrings),
                         arena_printf(b->g->arena, "%d", IMPORT_MAX_CELLS), NULL);
            b->failed = true;
            break;
        }
    }
    if (r) xmlFreeTextReader(r);
    free(buf);
}

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

static void read_styles(Book *b) {
    size_t len;
    bool missing;
    char *buf = read_part(b, "xl/styles.xml", &len, &missing);
    if (!buf) return;
    /* custom formats by id; the built-in ones by number */
    const char *custom[512] = {0};
    int xf_cap = 0;
    bool in_xfs = false;
    xmlTextReaderPtr r = open_xml(b, buf, len, "xl/styles.xml");
    while (r && next(b, r, "xl/styles.xml")) {
        if (start(r, "numFmt")) {
            char *id = attr(b, r, "numFmtId"), *code = attr(b, r, "formatCode");
            int k = id ? atoi(id) : -1;
            if (k >= 0 && k < 512) custom[k] = code;
        } else if (start(r, "cellXfs")) {
            in_xfs = !xmlTextReaderIsEmptyElement(r);
        } else if (end_of(r, "cellXfs")) {
            in_xfs = false;
        } else if (in_xfs && start(r, "xf")) {
            char *id = attr(b, r, "numFmtId");
            int k = id ? atoi(id) : 0;
            if (b->nxf == xf_cap) {
                xf_cap = xf_cap ? xf_cap * 2 : 64;
                if (xf_cap > 65536) break;
                int *p = arena_alloc(b->g->arena, sizeof(int) * (size_t)xf_cap);
                bool *dt = arena_alloc(b->g->arena, sizeof(bool) * (size_t)xf_cap);
                if (b->nxf) {
                    memcpy(p, b->xf_places, sizeof(int) * (size_t)b->nxf);
                    memcpy(dt, b->xf_date, sizeof(bool) * (size_t)b->nxf);
                }
                b->xf_places = p;
                b->xf_date = dt;
            }
            int places = -1;
            bool date = false;
            static const char *const builtin[] = {[1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
                                                  [14] = "yyyy-mm-dd", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy",
                                                  [22] = "yyyy-mm-dd h:mm"};
            const char *code = k >= 0 && k < 512 && custom[k] ? custom[k] : k >= 0 && k < (int)(sizeof builtin / sizeof builtin[0]) ? builtin[k] : NULL;
            if (k >= 27 && k <= 58 && !custom[k]) date = true; /* the CJK date formats */
            else format_kind(code, &places, &date);
            if (code && strchr(code, '%')) places = -1; /* a percentage: shown as the cell's value */
            b->xf_places[b->nxf] = places;
            b->xf_date[b->nxf] = date;
            b->nxf++;
        }
    }
    if (r) xmlFreeTextReader(r);
    free(buf);
}

/* ---- numbers ---------------------------------------------------------------------------- */

/* The exact decimal text of a cell's value (1234.5, 1.5E+3, 0.30000000000000004) shown
 * with `places` places, rounded half-up if it has more (a double's noise); places -1: as it
 * is, without an exponent. NULL if it is not a number. */
static const char *number_text(Arena *a, const char *v, int places) {
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
        while (nf < places) fp[nf++] = '0';
    if (places < 0)
        while (nf && fp[nf - 1] == '0') nf--;
    int lead = 0;
    while (lead < ni - 1 && ip[lead] == '0') lead++;
    const char *integer = ni ? arena_strndup(a, ip + lead, (size_t)(ni - lead)) : "0";
    bool zero = true;
    for (int i = lead; i < ni; i++) zero &= ip[i] == '0';
    for (int i = 0; i < nf; i++) zero &= fp[i] == '0';
    return arena_printf(a, "%s%s%s%.*s", neg && !zero ? "-" : "", integer, nf ? "." : "", nf, fp);
}

/* A date cell's serial number (days since 1899-12-30) as 2025-01-01. */
static const char *date_text(Arena *a, const char *v) {
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
    return arena_printf(a, "%04ld-%02ld-%02ld", y, m, d);
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

static void read_sheet(Book *b, GridSheet *sh, const char *part) {
    size_t len;
    bool missing;
    char *buf = read_part(b, part, &len, &missing);
    if (!buf) {
        if (missing) fail_part(b, part, UI_import_why_missing, NULL);
        return;
    }
    xmlTextReaderPtr r = open_xml(b, buf, len, part);
    int row = -1, col = -1;
    while (r && !b->failed && next(b, r, part)) {
        if (start(r, "row")) {
            char *rr = attr(b, r, "r");
            row = rr ? atoi(rr) - 1 : row + 1;
            col = -1;
        } else if (start(r, "c")) {
            char *ref = attr(b, r, "r"), *type = attr(b, r, "t"), *style = attr(b, r, "s");
            int cr = row < 0 ? 0 : row, cc = col + 1;
            if (ref && !parse_ref(ref, &cr, &cc)) {
                fail_part(b, part, UI_import_why_bad_ref, ref);
                break;
            }
            row = cr;
            col = cc;
            Text v = {0}, inl = {0}, fx = {0};
            bool formula = false;
            if (!xmlTextReaderIsEmptyElement(r)) {
                while (next(b, r, part)) {
                    if (start(r, "v") && !xmlTextReaderIsEmptyElement(r)) {
                        while (next(b, r, part) && !end_of(r, "v")) {
                            int t = xmlTextReaderNodeType(r);
                            if (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
                                const xmlChar *x = xmlTextReaderConstValue(r);
                                if (x) text_add(&v, (const char *)x);
                            }
                        }
                    } else if (start(r, "is")) {
                        gather_t(b, r, part, "is", &inl);
                    } else if (start(r, "f")) {
                        formula = true;
                        if (!xmlTextReaderIsEmptyElement(r))
                            while (next(b, r, part) && !end_of(r, "f")) {
                                int t = xmlTextReaderNodeType(r);
                                if (t == XML_READER_TYPE_TEXT) {
                                    const xmlChar *x = xmlTextReaderConstValue(r);
                                    if (x) text_add(&fx, (const char *)x);
                                }
                            }
                    } else if (end_of(r, "c")) break;
                }
            }
            if (v.too_long || inl.too_long) {
                diag_nowhere(b->d, E1004, b->path, arena_printf(b->g->arena, "%s!%s %s", sh->name, grid_ref(b->g->arena, cr, cc), ui(UI_import_cell_bytes)),
                             arena_printf(b->g->arena, "> %d", IMPORT_MAX_CELL_TEXT), arena_printf(b->g->arena, "%d", IMPORT_MAX_CELL_TEXT), NULL);
                b->failed = true;
                free(v.s);
                free(inl.s);
                free(fx.s);
                break;
            }
            const char *text = NULL;
            bool number = false;
            const char *vs = v.s ? v.s : "";
            if (type && strcmp(type, "s") == 0) {
                int k = atoi(vs);
                if (*vs && k >= 0 && k < b->nstrings) text = b->strings[k];
            } else if (type && strcmp(type, "inlineStr") == 0) {
                text = inl.s ? arena_strdup(b->g->arena, inl.s) : "";
            } else if (type && (strcmp(type, "str") == 0 || strcmp(type, "e") == 0)) {
                text = arena_strdup(b->g->arena, vs);
            } else if (type && strcmp(type, "b") == 0) {
                text = *vs ? (strcmp(vs, "1") == 0 ? "TRUE" : "FALSE") : NULL;
            } else if (*vs) {
                int xf = style ? atoi(style) : 0;
                bool date = xf >= 0 && xf < b->nxf && b->xf_date[xf];
                int places = xf >= 0 && xf < b->nxf ? b->xf_places[xf] : -1;
                text = date ? date_text(b->g->arena, vs) : number_text(b->g->arena, vs, places);
                number = text && !date;
                if (!text) text = arena_strdup(b->g->arena, vs);
            }
            if (formula && !text) text = "";
            if (text && !grid_add_cell(b->g, b->d, sh, cr, cc, text, strlen(text), number, formula)) b->failed = true;
            else if (text && formula && fx.s && !fx.too_long) grid_set_formula(b->g, sh, fx.s);
            free(v.s);
            free(inl.s);
            free(fx.s);
        } else if (start(r, "mergeCell")) {
            char *ref = attr(b, r, "ref");
            char *colon = ref ? strchr(ref, ':') : NULL;
            int r1, c1, r2, c2;
            if (colon) {
                *colon = 0;
                if (parse_ref(ref, &r1, &c1) && parse_ref(colon + 1, &r2, &c2) && !grid_add_merge(b->g, b->d, sh, r1, c1, r2, c2)) b->failed = true;
            }
        }
    }
    if (r) xmlFreeTextReader(r);
    free(buf);
}

/* ---- the workbook ----------------------------------------------------------------------- */

int read_xlsx(Grid *g, Diags *d, const char *path) {
    Book b = {.g = g, .d = d, .path = path};
    int err = 0;
    b.zip = zip_open(path, ZIP_RDONLY, &err);
    if (!b.zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        diag_nowhere(d, E1001, path, arena_printf(g->arena, ui(UI_import_why_not_zip), zip_error_strerror(&ze)), NULL);
        zip_error_fini(&ze);
        return 1;
    }
    size_t len;
    bool missing;
    char *wb = read_part(&b, "xl/workbook.xml", &len, &missing);
    if (!wb) {
        if (missing) fail_part(&b, "xl/workbook.xml", UI_import_why_no_workbook, NULL);
        zip_close(b.zip);
        return 1;
    }
    /* the sheets' names and relationship ids, in order */
    PtrVec names = {0}, ids = {0};
    xmlTextReaderPtr r = open_xml(&b, wb, len, "xl/workbook.xml");
    while (r && next(&b, r, "xl/workbook.xml")) {
        if (start(r, "sheet")) {
            char *name = attr(&b, r, "name"), *id = attr(&b, r, "r:id");
            if (!id) id = attr(&b, r, "id");
            ptrvec_push(g->arena, &names, name ? name : "");
            ptrvec_push(g->arena, &ids, id ? id : "");
        }
    }
    if (r) xmlFreeTextReader(r);
    free(wb);
    /* the relationships: id → part */
    char *rels = b.failed ? NULL : read_part(&b, "xl/_rels/workbook.xml.rels", &len, &missing);
    PtrVec rel_ids = {0}, rel_targets = {0};
    if (rels) {
        r = open_xml(&b, rels, len, "xl/_rels/workbook.xml.rels");
        while (r && next(&b, r, "xl/_rels/workbook.xml.rels")) {
            if (start(r, "Relationship")) {
                char *id = attr(&b, r, "Id"), *target = attr(&b, r, "Target");
                if (id && target) {
                    ptrvec_push(g->arena, &rel_ids, id);
                    ptrvec_push(g->arena, &rel_targets, target);
                }
            }
        }
        if (r) xmlFreeTextReader(r);
        free(rels);
    }
    if (!b.failed) read_strings(&b);
    if (!b.failed) read_styles(&b);
    for (int i = 0; i < names.len && !b.failed; i++) {
        const char *target = NULL;
        for (int k = 0; k < rel_ids.len; k++)
            if (strcmp(rel_ids.items[k], ids.items[i]) == 0) target = rel_targets.items[k];
        const char *part = !target ? arena_printf(g->arena, "xl/worksheets/sheet%d.xml", i + 1)
                           : target[0] == '/' ? target + 1
                                              : arena_printf(g->arena, "xl/%s", target);
        GridSheet *sh = grid_add_sheet(g, names.items[i]);
        read_sheet(&b, sh, part);
        if (!b.failed && !grid_finish(g, d, sh)) b.failed = true;
    }
    free(b.strings);
    zip_discard(b.zip);
    return b.failed ? 1 : 0;
}
