/* The catalogue of the user interface's texts (compiler/diag/ui.def): the Chinese and English
 * text of every row have the same placeholders (printf's in the same order, or {0} {1} … as a
 * set), a row never mixes the two kinds, and every key is unique. */
#include <stdlib.h>
#include "unit.h"
#include "diag/ui.h"

/* The printf conversions of a text, in order ("ss", "sd"), with %% left out. */
static void conversions(const char *t, char *out, size_t n) {
    size_t k = 0;
    for (const char *p = t; *p; p++) {
        if (*p != '%') continue;
        p++;
        if (*p == '%') continue;
        while (*p && strchr("0123456789.-+ #lz", *p)) p++;
        if (*p && strchr("diouxXeEfgGcsp", *p) && k + 1 < n) out[k++] = *p;
    }
    out[k] = 0;
}

static unsigned braces(const char *t) {
    unsigned mask = 0;
    for (const char *p = t; *p; p++)
        if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') mask |= 1u << (p[1] - '0');
    return mask;
}

int main(void) {
    for (int i = 0; i < UI_COUNT; i++) {
        const char *zh = ui_text_of((UiText)i, LANG_ZH), *en = ui_text_of((UiText)i, LANG_EN);
        char cz[16], ce[16];
        conversions(zh, cz, sizeof cz);
        conversions(en, ce, sizeof ce);
        if (strcmp(cz, ce) != 0) {
            test_failures++;
            fprintf(stderr, "%s: printf placeholders differ (%s / %s)\n", ui_name((UiText)i), cz, ce);
        }
        if (braces(zh) != braces(en)) {
            test_failures++;
            fprintf(stderr, "%s: {n} placeholders differ\n", ui_name((UiText)i));
        }
        if (cz[0] && braces(zh)) {
            test_failures++;
            fprintf(stderr, "%s: mixes printf and {n} placeholders\n", ui_name((UiText)i));
        }
        for (int k = 0; k < i; k++) CHECK(strcmp(ui_name((UiText)k), ui_name((UiText)i)) != 0);
        CHECK(ui_named(LANG_EN, ui_name((UiText)i)) == en || strcmp(ui_named(LANG_EN, ui_name((UiText)i)), en) == 0);
    }
    CHECK(UI_COUNT > 100);
    CHECK_STR(ui_in(LANG_ZH, UI_tightened), "收紧");
    TEST_DONE("ui");
}
