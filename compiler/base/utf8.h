/* UTF-8 decoding and validation, and the display width of text in a terminal
 * (a CJK ideograph takes two columns), which places carets under the right characters. */
#ifndef JX_UTF8_H
#define JX_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Decodes one code point at s (n bytes available). Returns its length in bytes (1..4), or 0
 * if the bytes there are not valid UTF-8 (overlong forms, surrogates and values above
 * U+10FFFF are invalid). */
int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* The offset of the first invalid byte in s, or n when all of s is valid. */
size_t utf8_validate(const char *s, size_t n);

/* Does text that is not valid UTF-8 read as GBK/GB18030 instead? True when every byte
 * sequence is well-formed GB18030, there are at least 4 invalid UTF-8 bytes, and they are at
 * least three times as many as the valid multi-byte sequences (a UTF-8 file with a stray byte
 * has far more valid ones). */
int looks_like_gb18030(const char *s, size_t n);

/* Writes cp as UTF-8 to out (at least 4 bytes); returns the length. */
int utf8_encode(uint32_t cp, char *out);

/* Code points in s (invalid bytes count as one each). */
size_t utf8_count(const char *s, size_t n);

/* Columns a code point takes in a terminal: 0 (combining, control), 1 or 2 (East Asian
 * Wide and Fullwidth). */
int codepoint_width(uint32_t cp);

/* Columns the text takes; a tab counts as `tab` columns. */
int display_width(const char *s, size_t n);

/* Characters that are not shown as themselves: C0 and C1 controls (tab and line feed
 * excepted), DEL, the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069) and the invisible ones (U+200B–U+200D, U+2028, U+2029, U+2060–U+2064,
 * U+FEFF). A terminal acts on the first (ESC[1A ESC[2K erases a line), reorders text for the
 * second, and shows nothing for the third. */
int is_hidden_char(uint32_t cp);

/* The visible form of a hidden character: "<U+001B>" (at least 12 bytes); returns its length. */
int hidden_char_name(uint32_t cp, char *out);

/* Writes n bytes of s with every hidden character in its visible form (an invalid byte as
 * "<FF>"); tab and line feed are written as they are. */
void fwrite_visible(FILE *out, const char *s, size_t n);
void fputs_visible(FILE *out, const char *s);

/* Is cp a CJK ideograph (the letters of jx words)? */
int is_cjk_ideograph(uint32_t cp);

#endif
