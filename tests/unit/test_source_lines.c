/* source_line_of, the line lookup with a hint that the JSON output walks in the order of the
 * text, against source_linecol: the same line for every offset, whatever the hint holds
 * (lookups forward, backward, far and near, past the end). */
#include <stdlib.h>
#include "unit.h"
#include "base/source.h"

int main(void) {
    Arena a;
    arena_init(&a);
    SourceSet set;
    sources_init(&set, &a);
    /* Lines of random lengths, some empty, some long, no newline at the end. */
    static char text[200000];
    unsigned r = 12345;
    size_t n = 0;
    while (n < sizeof text - 1) {
        r = r * 1103515245u + 12345u;
        unsigned len = (r >> 16) % 7 == 0 ? 0 : (r >> 16) % 300;
        for (unsigned i = 0; i < len && n < sizeof text - 1; i++) text[n++] = 'x';
        if (n < sizeof text - 1) text[n++] = '\n';
    }
    text[n - 1] = 'y';
    uint32_t id = sources_add(&set, "t.jx", text, n, 0);
    SourceFile *f = sources_get(&set, id);
    int bad = 0;
    uint32_t hint = 0;
    for (uint32_t off = 0; off <= n + 5; off++) /* in order, as the output walks */
        bad += source_line_of(f, off, &hint) != source_linecol(f, off).line;
    for (int i = 0; i < 100000; i++) { /* anywhere, from wherever the last lookup was */
        r = r * 1103515245u + 12345u;
        uint32_t off = (r >> 8) % (uint32_t)(n + 1);
        if (i % 10 == 0) hint = r % 5000; /* a hint from another file, even past the last line */
        bad += source_line_of(f, off, &hint) != source_linecol(f, off).line;
    }
    CHECK(bad == 0);
    sources_free(&set);
    arena_free(&a);
    TEST_DONE("source_lines");
}
