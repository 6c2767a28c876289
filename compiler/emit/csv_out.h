/* Writing CSV that spreadsheets open as written: RFC 4180 quoting, CRLF line ends, a UTF-8
 * byte order mark (Excel on a Chinese Windows needs it to read UTF-8), or GB18030 through
 * iconv(3). Text cells are guarded so that no spreadsheet takes them for a formula, a number
 * or a date (docs/outputs.md explains the rule); amounts are written as plain numbers. */
#ifndef JX_CSV_OUT_H
#define JX_CSV_OUT_H
#include <stdbool.h>
#include <stdio.h>
#include "base/decimal.h"

typedef struct CsvOut {
    FILE *out;
    void *iconv;      /* an iconv_t from UTF-8 to the output encoding, or NULL for UTF-8 */
    char *row;        /* the current row, in UTF-8 */
    size_t len, cap;
    int ncells;
    bool failed;      /* out of memory, or a character the encoding cannot hold */
} CsvOut;

/* Is `name` an encoding the CSV output knows (utf-8, gb18030, in any case)? */
bool csv_encoding_known(const char *name);

/* Starts the output: opens the converter and writes the byte order mark when asked (UTF-8
 * only). Returns false, with a message on stderr, when the converter cannot be had. */
bool csv_open(CsvOut *c, FILE *out, const char *encoding, bool bom);

void csv_text(CsvOut *c, const char *s);  /* a text cell, guarded; NULL is an empty cell */
void csv_raw(CsvOut *c, const char *s);   /* a cell written as it is (a header name) */
void csv_number(CsvOut *c, Decimal d);    /* an amount: the exact decimal, a number cell */
void csv_int(CsvOut *c, long v);          /* a year */
void csv_end_row(CsvOut *c);

/* Flushes and frees; returns 0, or 2 when anything failed. */
int csv_close(CsvOut *c);

/* The guarded form of a text cell, as csv_text writes it (before quoting): exposed for the
 * unit tests. Returns a malloc'd string, or NULL when out of memory. */
char *csv_guard(const char *s);

#endif
