/* Source files read by mapping them into memory (jxc check, driver/compile.c), so that a file
 * of any size up to 4 GiB costs only the pages being read: the pages already lexed, checked and
 * let go are handed back to the kernel (mapped_release), and read again from the file (the page
 * cache) if a diagnostic's excerpt needs them at the end. A mapping is private: what the lexer
 * writes into it (an invalid byte made '?') stays in memory, and such a mapping is never
 * released again (mapped_pin), or the change would be lost.
 *
 * A file that becomes shorter while it is mapped would make reading its lost pages a SIGBUS;
 * the handler installed with the first mapping says so in the words it was given and ends the
 * program with status 2 (nothing is written: the outputs are written only after a whole
 * compilation). */
#ifndef JX_MAPPED_H
#define JX_MAPPED_H
#include <stdbool.h>
#include <stddef.h>

/* Maps the first `len` bytes of the open file fd, followed by `padding` NUL bytes. Returns the
 * text, or NULL with errno set. `bus_message` (copied) is written to standard error should the
 * file shrink while it is read. */
char *mapped_open(int fd, size_t len, size_t padding, const char *bus_message);
/* Is p inside a text mapped_open returned? */
bool mapped_is(const void *p);
/* Gives back the whole pages of [from, to) when they belong to a mapping not pinned; nothing
 * for any other memory. Cheap to call often: the pages are given back at most once a step. */
void mapped_release(const void *from, const void *to);
/* The mapping that holds p has been written to: it is never released. */
void mapped_pin(const void *p);
/* Unmaps the text mapped_open returned. */
void mapped_close(const void *text);

#endif
