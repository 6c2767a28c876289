/* A growable byte buffer (malloc'd) for text that is assembled before it is written: the
 * formatter's output, the semantic diff's lines. */
#ifndef JX_STRBUF_H
#define JX_STRBUF_H
#include <stddef.h>

typedef struct StrBuf {
    char *data; /* NUL-terminated whenever len > 0 */
    size_t len, cap;
} StrBuf;

void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_putc(StrBuf *b, char c);
void sb_spaces(StrBuf *b, int n);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Empties the buffer, keeping its storage. */
void sb_clear(StrBuf *b);
void sb_free(StrBuf *b);

#endif
