/* The message catalogue: every message has a Chinese and an English text with the same
 * placeholders, every diagnostic code is explained in docs/diagnostics.md, and every code is
 * expected by at least one golden test (run from the repository's root, as make does). */
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

/* Does any golden test (a .t file below dir) mention the code? */
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
            found = s && strstr(s, code) != NULL;
            free(s);
        } else {
            found = in_golden(path, code);
        }
    }
    closedir(d);
    return found;
}

int main(void) {
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
