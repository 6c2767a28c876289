/* Did you mean …? The closest name by edit distance on code points, for every diagnostic that
 * meets an unknown name (and for the command line's unknown commands and options). */
#include "base/suggest.h"
#include <stdint.h>
#include <string.h>
#include "base/utf8.h"

static int to_codepoints(const char *s, uint32_t *out, int max) {
    int n = 0;
    size_t len = strlen(s), i = 0;
    while (i < len && n < max) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)s + i, len - i, &cp);
        if (k < 1) { cp = (unsigned char)s[i]; k = 1; }
        out[n++] = cp;
        i += (size_t)k;
    }
    return n;
}

static int edit_distance(const uint32_t *a, int na, const uint32_t *b, int nb) {
    int row[65];
    for (int j = 0; j <= nb; j++) row[j] = j;
    for (int i = 1; i <= na; i++) {
        int prev = row[0];
        row[0] = i;
        for (int j = 1; j <= nb; j++) {
            int cur = row[j];
            int sub = prev + (a[i - 1] != b[j - 1]);
            int del = row[j] + 1, ins = row[j - 1] + 1;
            row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
            prev = cur;
        }
    }
    return row[nb];
}

const char *did_you_mean(const char *word, const char *const *cands, int n) {
    uint32_t a[64], b[64];
    int na = to_codepoints(word, a, 64);
    if (na == 0) return NULL;
    const char *best = NULL;
    int best_d = 1 << 30;
    for (int i = 0; i < n; i++) {
        if (!cands[i] || strcmp(cands[i], word) == 0) continue;
        int nb = to_codepoints(cands[i], b, 64);
        int d = edit_distance(a, na, b, nb);
        if (d < best_d) { best_d = d; best = cands[i]; }
    }
    int longest = na;
    /* A typo changes few characters of a name: at most one in three (and at least one). A
     * name of one character has no typo to tell: any other is one edit away (埸 → 瓶). */
    if (na < 2) return NULL;
    int limit = longest / 3 > 1 ? longest / 3 : 1;
    return best && best_d <= limit ? best : NULL;
}

const char *did_you_mean_close(const char *word, const char *const *cands, int n) {
    const char *best = did_you_mean(word, cands, n);
    if (!best) return NULL;
    /* At most one character in five (and at least one): 项目负责任 for 项目负责人, not
     * 组织实施单位 for 项目实施单位. */
    uint32_t a[64], b[64];
    int na = to_codepoints(word, a, 64), nb = to_codepoints(best, b, 64);
    int limit = na / 5 > 1 ? na / 5 : 1;
    return edit_distance(a, na, b, nb) <= limit ? best : NULL;
}
