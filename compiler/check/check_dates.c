/* Dates as people write them, and the checks on a table's dates.
 *
 * A year (2025, 2025年), a month (2023年11月, 2023.07, 2023-07, 202307), a day (2025-01-01,
 * 2022年1月1日, 2022.1.1, 2022/1/1), and a period of two of those (2023.07-2024.01,
 * 2022年3月-2023年11月, 202001-202012, 2020年1月--2020年11月, 2021年至2023年, 2021年全年). The
 * checks compare a table's 开始 and 完成 (the fields of those roles, or the two ends of its 期间)
 * and its 年度. */
#include <stdio.h>
#include <string.h>
#include "check/check.h"

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static bool valid_day(int y, int m, int d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    return !(m == 2 && d == 29 && !leap(y));
}

/* Reads up to `max` digits at s[*i]; returns how many (0: none). */
static int digits(const char *s, size_t n, size_t *i, int max, int *value) {
    int k = 0, v = 0;
    while (*i < n && k < max && s[*i] >= '0' && s[*i] <= '9') {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        k++;
    }
    *value = v;
    return k;
}

static bool at(const char *s, size_t n, size_t i, const char *w) {
    size_t m = strlen(w);
    return i + m <= n && memcmp(s + i, w, m) == 0;
}

/* 底 or 末 (the end: 12, the last month of a year) or 初 (the start: 1) after a year or a month,
 * advancing *i past it; 0 when there is none. */
static int year_edge(const char *s, size_t n, size_t *i) {
    if (at(s, n, *i, "底") || at(s, n, *i, "末")) {
        *i += strlen("底");
        return 12;
    }
    if (at(s, n, *i, "初")) {
        *i += strlen("初");
        return 1;
    }
    return 0;
}

/* One date at s[*i], advancing *i past it. */
static bool read_when(const char *s, size_t n, size_t *i, When *out) {
    size_t start = *i;
    int y, m = 0, d = 0;
    int k = digits(s, n, i, 8, &y);
    if (k == 8) { /* 20250101 */
        d = y % 100, m = y / 100 % 100, y /= 10000;
        *out = (When){y, m, d, WHEN_DAY};
        return valid_day(y, m, d);
    }
    if (k == 6) { /* 202307 */
        m = y % 100, y /= 100;
        *out = (When){y, m, 0, WHEN_MONTH};
        return m >= 1 && m <= 12;
    }
    if (k != 4 || s[start] == '0') return false;
    if (at(s, n, *i, "年")) {
        *i += strlen("年");
        if (at(s, n, *i, "全年")) *i += strlen("全年");
        int edge = year_edge(s, n, i); /* 2023年底: its last month */
        if (edge) {
            *out = (When){y, edge, 0, WHEN_MONTH};
            return true;
        }
        size_t save = *i;
        if (!digits(s, n, i, 2, &m) || !at(s, n, *i, "月")) {
            *i = save;
            *out = (When){y, 0, 0, WHEN_YEAR};
            return true;
        }
        *i += strlen("月");
        if (year_edge(s, n, i)) { /* 2021年11月底: that month */
            *out = (When){y, m, 0, WHEN_MONTH};
            return m >= 1 && m <= 12;
        }
        save = *i;
        if (!digits(s, n, i, 2, &d) || !(at(s, n, *i, "日") || at(s, n, *i, "号"))) {
            *i = save;
            *out = (When){y, m, 0, WHEN_MONTH};
            return m >= 1 && m <= 12;
        }
        *i += strlen("日");
        *out = (When){y, m, d, WHEN_DAY};
        return valid_day(y, m, d);
    }
    char sep = *i < n ? s[*i] : 0;
    if (sep == '.' || sep == '/' || sep == '-') {
        size_t save = *i;
        (*i)++;
        /* 2021-2023: two years, not a month. */
        int ahead = 0;
        while (*i + (size_t)ahead < n && s[*i + ahead] >= '0' && s[*i + ahead] <= '9') ahead++;
        if (ahead >= 4) {
            *i = save;
            *out = (When){y, 0, 0, WHEN_YEAR};
            return true;
        }
        if (!digits(s, n, i, 2, &m)) {
            *i = save;
            *out = (When){y, 0, 0, WHEN_YEAR};
            return true;
        }
        if (*i < n && s[*i] == sep) {
            size_t mark = *i;
            (*i)++;
            if (digits(s, n, i, 2, &d)) {
                *out = (When){y, m, d, WHEN_DAY};
                return valid_day(y, m, d);
            }
            *i = mark;
        }
        *out = (When){y, m, 0, WHEN_MONTH};
        return m >= 1 && m <= 12;
    }
    *out = (When){y, 0, 0, WHEN_YEAR};
    return true;
}

/* The separators of a period, longest first. */
static size_t period_sep(const char *s, size_t n, size_t i) {
    static const char *const seps[] = {"--", "——", "—", "–", "-", "～", "~", "至", "到"};
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++)
        if (at(s, n, i, seps[k])) return strlen(seps[k]);
    return 0;
}

static void skip_blanks(const char *s, size_t n, size_t *i) {
    while (*i < n && (s[*i] == ' ' || s[*i] == '\t')) (*i)++;
}

bool when_parse(const char *s, When *out) {
    size_t n = strlen(s), i = 0;
    if (!read_when(s, n, &i, out)) return false;
    /* 2022年底前, 2023年底之前: a deadline, the date it names. */
    static const char *const before[] = {"之前", "以前", "前"};
    for (size_t k = 0; k < sizeof before / sizeof before[0] && i < n; k++)
        if (strcmp(s + i, before[k]) == 0) i = n;
    return i == n;
}

bool period_parse(const char *s, When *from, When *to) { return period_split(s, from, to, NULL, NULL); }

bool period_split(const char *s, When *from, When *to, size_t *from_len, size_t *to_off) {
    size_t n = strlen(s), i = 0;
    if (!read_when(s, n, &i, from)) return false;
    if (from_len) *from_len = i;
    skip_blanks(s, n, &i);
    if (i == n) {
        *to = *from;
        if (to_off) *to_off = 0;
        return true;
    }
    size_t k = period_sep(s, n, i);
    if (!k) return false;
    i += k;
    skip_blanks(s, n, &i);
    if (to_off) *to_off = i;
    if (!read_when(s, n, &i, to)) return false;
    skip_blanks(s, n, &i);
    return i == n;
}

int when_cmp(When a, When b) {
    if (a.y != b.y) return a.y < b.y ? -1 : 1;
    if (a.unit == WHEN_YEAR || b.unit == WHEN_YEAR) return 0;
    if (a.m != b.m) return a.m < b.m ? -1 : 1;
    if (a.unit == WHEN_MONTH || b.unit == WHEN_MONTH) return 0;
    return a.d < b.d ? -1 : a.d > b.d;
}
