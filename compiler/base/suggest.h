/* Did you mean …? (suggest.c) */
#ifndef JX_SUGGEST_H
#define JX_SUGGEST_H

/* The closest of `cands` to `word` by edit distance on code points, or NULL if none is
 * close enough to be a likely typo (at most one character in three changed). */
const char *did_you_mean(const char *word, const char *const *cands, int n);

/* The same, for a name that is accepted anyway (a field kept as text): only a very close one
 * (one character in five) is worth a warning. */
const char *did_you_mean_close(const char *word, const char *const *cands, int n);

#endif
