#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "parse.h"
int main(int argc, char **argv) {
    Arena a; arena_init(&a);
    SourceSet s; sources_init(&s, &a);
    Diags d; diags_init(&d, &a, &s);
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb"); if (!f) { perror(argv[i]); return 2; }
        char *buf = malloc(1<<24); size_t n = fread(buf, 1, 1<<24, f); fclose(f);
        uint32_t id = sources_add(&s, argv[i], buf, n, 0); free(buf);
        ParsedFile *pf = parse_file(&a, &d, &s, id);
        printf("%s: %d decls\n", argv[i], pf->ndecls);
    }
    DiagStyle st = {DFMT_TEXT, getenv("EN") ? LANG_EN : LANG_ZH, isatty(2), true};
    diags_write(&d, stderr, &st);
    sources_free(&s); arena_free(&a);
    return d.errors ? 1 : 0;
}
