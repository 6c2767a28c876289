#include "base/textdiff.h"
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { CONTEXT = 3 };

/* Beyond this many steps the search for a shortest edit script gives up on a range and
 * calls it all changed: a correct diff, not always the shortest, in bounded time. */
static const long EFFORT = 200L * 1000 * 1000;

typedef struct Line {
    const char *s;
    size_t n;        /* without its '\n' */
    uint64_t hash;
    bool newline;    /* false for a last line without a line break */
} Line;

typedef struct Lines {
    Line *v;
    int n;
} Lines;

static Lines split_lines(const char *t, size_t len) {
    Lines L = {0};
    int cap = 0;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - t) : len;
        if (L.n == cap) {
            cap = cap ? cap * 2 : 64;
            L.v = realloc(L.v, sizeof *L.v * (size_t)cap);
            if (!L.v) abort();
        }
        Line *l = &L.v[L.n++];
        l->s = t + i;
        l->n = end - i;
        l->newline = nl != NULL;
        uint64_t h = 1469598103934665603ULL;
        for (size_t k = 0; k < l->n; k++) h = (h ^ (unsigned char)l->s[k]) * 1099511628211ULL;
        l->hash = h;
        i = end + 1;
    }
    return L;
}

typedef struct Differ {
    const Line *a, *b;
    char *ma, *mb; /* 1: the line is kept (matched with one of the other side) */
    long effort;
} Differ;

static bool eq(const Differ *D, int i, int j) {
    const Line *x = &D->a[i], *y = &D->b[j];
    return x->hash == y->hash && x->n == y->n && x->newline == y->newline && memcmp(x->s, y->s, x->n) == 0;
}

static void diff_range(Differ *D, int a0, int a1, int b0, int b1);

/* Finds the middle snake of the shortest edit script of a[a0,a1) → b[b0,b1) by searching
 * from both ends at once, then diffs the two halves (diff-match-patch's diff_bisect). */
static void bisect(Differ *D, int a0, int a1, int b0, int b1) {
    int N = a1 - a0, M = b1 - b0;
    int max_d = (N + M + 1) / 2;
    int v_offset = max_d, v_length = 2 * max_d + 2;
    int *v1 = malloc(sizeof *v1 * (size_t)v_length), *v2 = malloc(sizeof *v2 * (size_t)v_length);
    if (!v1 || !v2) abort();
    for (int i = 0; i < v_length; i++) v1[i] = v2[i] = -1;
    v1[v_offset + 1] = 0;
    v2[v_offset + 1] = 0;
    int delta = N - M;
    bool front = delta % 2 != 0;
    int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    for (int d = 0; d < max_d && D->effort > 0; d++) {
        for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
            int k1o = v_offset + k1;
            int x1 = (k1 == -d || (k1 != d && v1[k1o - 1] < v1[k1o + 1])) ? v1[k1o + 1] : v1[k1o - 1] + 1;
            int y1 = x1 - k1;
            while (x1 < N && y1 < M && eq(D, a0 + x1, b0 + y1)) { x1++; y1++; D->effort--; }
            D->effort--;
            v1[k1o] = x1;
            if (x1 > N) k1end += 2;
            else if (y1 > M) k1start += 2;
            else if (front) {
                int k2o = v_offset + delta - k1;
                if (k2o >= 0 && k2o < v_length && v2[k2o] != -1 && x1 >= N - v2[k2o]) {
                    free(v1);
                    free(v2);
                    diff_range(D, a0, a0 + x1, b0, b0 + y1);
                    diff_range(D, a0 + x1, a1, b0 + y1, b1);
                    return;
                }
            }
        }
        for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
            int k2o = v_offset + k2;
            int x2 = (k2 == -d || (k2 != d && v2[k2o - 1] < v2[k2o + 1])) ? v2[k2o + 1] : v2[k2o - 1] + 1;
            int y2 = x2 - k2;
            while (x2 < N && y2 < M && eq(D, a1 - x2 - 1, b1 - y2 - 1)) { x2++; y2++; D->effort--; }
            D->effort--;
            v2[k2o] = x2;
            if (x2 > N) k2end += 2;
            else if (y2 > M) k2start += 2;
            else if (!front) {
                int k1o = v_offset + delta - k2;
                if (k1o >= 0 && k1o < v_length && v1[k1o] != -1) {
                    int x1 = v1[k1o];
                    int y1 = v_offset + x1 - k1o;
                    if (x1 >= N - x2) {
                        free(v1);
                        free(v2);
                        diff_range(D, a0, a0 + x1, b0, b0 + y1);
                        diff_range(D, a0 + x1, a1, b0 + y1, b1);
                        return;
                    }
                }
            }
        }
    }
    /* Nothing in common found (or too much work): the whole range is replaced. */
    free(v1);
    free(v2);
}

static void diff_range(Differ *D, int a0, int a1, int b0, int b1) {
    while (a0 < a1 && b0 < b1 && eq(D, a0, b0)) { D->ma[a0++] = 1; D->mb[b0++] = 1; }
    while (a0 < a1 && b0 < b1 && eq(D, a1 - 1, b1 - 1)) { D->ma[--a1] = 1; D->mb[--b1] = 1; }
    if (a0 == a1 || b0 == b1) return;
    bisect(D, a0, a1, b0, b1);
}

typedef struct Op {
    char kind; /* ' ', '-', '+' */
    int ai, bi; /* the line of a (for ' ' and '-') and of b (for ' ' and '+') */
} Op;

static void put_line(StrBuf *out, char kind, const Line *l) {
    sb_putc(out, kind);
    sb_putn(out, l->s, l->n);
    sb_putc(out, '\n');
    if (!l->newline) sb_puts(out, "\\ No newline at end of file\n");
}

static void put_range(StrBuf *out, char sign, int start, int count) {
    /* GNU diff's convention: an empty range names the line before it. */
    if (count == 1) sb_printf(out, "%c%d", sign, start + 1);
    else sb_printf(out, "%c%d,%d", sign, count ? start + 1 : start, count);
}

int unified_diff(StrBuf *out, const char *name, const char *a, size_t alen, const char *b, size_t blen) {
    return unified_diff_renamed(out, name, name, a, alen, b, blen);
}

int unified_diff_renamed(StrBuf *out, const char *old_name, const char *new_name, const char *a, size_t alen,
                         const char *b, size_t blen) {
    Lines A = split_lines(a, alen), B = split_lines(b, blen);
    Differ D = {A.v, B.v, calloc((size_t)A.n + 1, 1), calloc((size_t)B.n + 1, 1), EFFORT};
    if (!D.ma || !D.mb) abort();
    diff_range(&D, 0, A.n, 0, B.n);
    Op *ops = malloc(sizeof *ops * ((size_t)A.n + (size_t)B.n + 1));
    if (!ops) abort();
    int nops = 0, i = 0, j = 0;
    while (i < A.n || j < B.n) {
        if (i < A.n && !D.ma[i]) ops[nops++] = (Op){'-', i++, j};
        else if (j < B.n && !D.mb[j]) ops[nops++] = (Op){'+', i, j++};
        else ops[nops++] = (Op){' ', i++, j++};
    }
    int hunks = 0;
    for (int k = 0; k < nops;) {
        if (ops[k].kind == ' ') { k++; continue; }
        /* A hunk: from CONTEXT lines before this change to CONTEXT lines after the last
         * change that is at most 2 × CONTEXT unchanged lines from the one before it. */
        int start = k - CONTEXT < 0 ? 0 : k - CONTEXT;
        int last = k;
        for (int m = k + 1; m < nops; m++) {
            if (ops[m].kind == ' ') continue;
            if (m - last - 1 > 2 * CONTEXT) break;
            last = m;
        }
        int end = last + CONTEXT + 1 > nops ? nops : last + CONTEXT + 1;
        if (hunks++ == 0) sb_printf(out, "--- a/%s\n+++ b/%s\n", old_name, new_name);
        int acount = 0, bcount = 0;
        for (int m = start; m < end; m++) {
            if (ops[m].kind != '+') acount++;
            if (ops[m].kind != '-') bcount++;
        }
        sb_puts(out, "@@ ");
        put_range(out, '-', ops[start].ai, acount);
        sb_putc(out, ' ');
        put_range(out, '+', ops[start].bi, bcount);
        sb_puts(out, " @@\n");
        for (int m = start; m < end; m++) {
            if (ops[m].kind == '+') put_line(out, '+', &B.v[ops[m].bi]);
            else put_line(out, ops[m].kind, &A.v[ops[m].ai]);
        }
        k = end;
    }
    free(ops);
    free(D.ma);
    free(D.mb);
    free(A.v);
    free(B.v);
    return hunks;
}
