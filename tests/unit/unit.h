/* A few lines of unit-test support: CHECK(cond) and CHECK_STR(a, b) count failures. */
#ifndef JX_TEST_CHECK_H
#define JX_TEST_CHECK_H
#include <stdio.h>
#include <string.h>

static int test_failures, test_checks;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        test_checks++;                                                                \
        if (!(cond)) {                                                                \
            test_failures++;                                                          \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                             \
    } while (0)

#define CHECK_STR(a, b)                                                                         \
    do {                                                                                        \
        const char *a_ = (a), *b_ = (b);                                                        \
        test_checks++;                                                                          \
        if (strcmp(a_, b_) != 0) {                                                              \
            test_failures++;                                                                    \
            fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, b_, a_); \
        }                                                                                       \
    } while (0)

#define TEST_DONE(name)                                                                   \
    do {                                                                                  \
        printf("%s: %d checks, %d failed\n", name, test_checks, test_failures);           \
        return test_failures ? 1 : 0;                                                     \
    } while (0)

#endif
