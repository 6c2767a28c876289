/* The message catalogue: every message has a Chinese and an English text with the same
 * placeholders, every diagnostic code is explained in docs/diagnostics.md, and every code is
 * expected by at least one golden test: printed in the === stdout or === stderr of one of its
 * runs (run from the repository's root, as make does). */
#include <dirent.h>
#include <stdlib.h>
#include "unit.h"
#include "diag/diag.h"

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, f);
    s[got] = 0;
    fclose(f);
    return s;
}

static unsigned placeholders(const char *t) {
    unsigned mask = 0;
    for (const char *p = t; *p; p++)
        if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') mask |= 1u << (p[1] - '0');
    return mask;
}

static int is_code(const char *id) {
    return (id[0] == 'E' || id[0] == 'W' || id[0] == 'N') && strlen(id) == 5 && strspn(id + 1, "0123456789") == 4;
}

/* The section a line of a golden test opens, as tests/golden.py reads it: 'o' for an expected
 * output (=== stdout, === stderr), 'x' for any other header (=== file: …, === run, === exit,
 * === with), 0 for a line that is no header. */
static int header_kind(const char *line, size_t len) {
    if (len < 4 || memcmp(line, "=== ", 4) != 0) return 0;
    line += 4, len -= 4;
    while (len && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r')) len--;
    if ((len == 6 && memcmp(line, "stdout", 6) == 0) || (len == 6 && memcmp(line, "stderr", 6) == 0)) return 'o';
    if ((len == 3 && memcmp(line, "run", 3) == 0) || (len == 4 && memcmp(line, "exit", 4) == 0) ||
        (len == 4 && memcmp(line, "with", 4) == 0) || (len > 6 && memcmp(line, "file: ", 6) == 0))
        return 'x';
    return 0;
}

/* Does the text of a test file expect the code in what a command prints (a line of an
 * === stdout or === stderr section), not merely name it in a comment, a file or a command? */
static int expects(const char *text, const char *code) {
    size_t n = strlen(code);
    int in_output = 0;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        int kind = header_kind(line, len);
        if (kind) {
            in_output = kind == 'o';
        } else if (in_output) {
            for (const char *p = line; p + n <= line + len; p++)
                if (memcmp(p, code, n) == 0) return 1;
        }
        line += len + (end != NULL);
    }
    return 0;
}

/* Does any golden test (a .t file below dir; not the fixtures, which are tables) expect the
 * code in the output of one of its runs? */
static int in_golden(const char *dir, const char *code) {
    DIR *d = opendir(dir);
    if (!d) return 0;
    struct dirent *e;
    int found = 0;
    while (!found && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t n = strlen(e->d_name);
        if (n > 2 && strcmp(e->d_name + n - 2, ".t") == 0) {
            char *s = slurp(path);
            found = s && expects(s, code);
            free(s);
        } else if (n < 3 || strcmp(e->d_name + n - 3, ".jx") != 0) {
            found = in_golden(path, code);
        }
    }
    closedir(d);
    return found;
}

/* The reading of a test file, on a made-up one: a code counts in an expected output only. */
static void test_expects(void) {
    const char *t =
        "# E0001 in a comment\n"
        "=== file: a.jx\n"
        "E0002 in a file\n"
        "=== run\n"
        "echo E0003 in a command\n"
        "=== stdout\n"
        "a.jx:1:1: error[E0004]: …\n"
        "=== exit\n"
        "1\n"
        "=== run\n"
        "echo\n"
        "=== stderr  \n"
        "E0005\n"
        "=== file: b.jx (fixture 通用项目, replacing)\n"
        "E0006\n"
        "=== with\n"
        "E0007\n"
        "=== stdoutx\n"
        "E0008 after no header\n";
    CHECK(!expects(t, "E0001"));
    CHECK(!expects(t, "E0002"));
    CHECK(!expects(t, "E0003"));
    CHECK(expects(t, "E0004"));
    CHECK(expects(t, "E0005"));
    CHECK(!expects(t, "E0006"));
    CHECK(!expects(t, "E0007"));
    CHECK(!expects(t, "E0008"));
}

int main(void) {
    test_expects();
    int n;
    const Message *all = message_all(&n);
    char *doc = slurp("docs/diagnostics.md");
    CHECK(doc != NULL);
    int codes = 0;
    for (int i = 0; i < n; i++) {
        const Message *m = &all[i];
        CHECK(m->zh && m->zh[0] && m->en && m->en[0]);
        if (placeholders(m->zh) != placeholders(m->en)) {
            test_failures++;
            fprintf(stderr, "%s: the Chinese and English texts have different placeholders\n", m->id);
        }
        /* A default help is a note, filled with the code's own arguments. */
        if (m->help != NONE) {
            const Message *h = message_get(m->help);
            CHECK(h->title_en == NULL);
            if ((placeholders(h->zh) & ~placeholders(m->zh)) != 0) {
                test_failures++;
                fprintf(stderr, "%s: its default help needs arguments the code does not have\n", m->id);
            }
        }
        for (int k = 0; k < i; k++)
            if (strcmp(all[k].id, m->id) == 0) {
                test_failures++;
                fprintf(stderr, "%s: declared twice\n", m->id);
            }
        if (!is_code(m->id)) continue;
        codes++;
        CHECK(m->severity == (m->id[0] == 'E' ? SEV_ERROR : m->id[0] == 'W' ? SEV_WARNING : SEV_NOTE));
        CHECK(m->title_en != NULL);
        if (doc && !strstr(doc, m->id)) {
            test_failures++;
            fprintf(stderr, "%s: not explained in docs/diagnostics.md\n", m->id);
        }
        if (!in_golden("tests/golden", m->id)) {
            test_failures++;
            fprintf(stderr, "%s: no golden test expects it\n", m->id);
        }
    }
    CHECK(codes > 50);
    free(doc);
    TEST_DONE("messages");
}
