/* eng_test.h: tiny check macros and a headless eng_desc for the engine
 * tests; header-only, everything static.
 * Depends on: eng.h, stdio. */
#ifndef ENG_TEST_H
#define ENG_TEST_H

#include <stdio.h>
#include <string.h>

#include "eng.h"

static int eng_test_failures;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            eng_test_failures++;                                                     \
        }                                                                            \
    } while (0)

#define CHECK_NEAR(a, b, eps)                                                         \
    do {                                                                              \
        double a_ = (double)(a), b_ = (double)(b);                                    \
        if (a_ - b_ > (eps) || b_ - a_ > (eps)) {                                     \
            fprintf(stderr, "%s:%d: check failed: %s = %g, want %g\n", __FILE__,      \
                    __LINE__, #a, a_, b_);                                            \
            eng_test_failures++;                                                      \
        }                                                                             \
    } while (0)

/* A headless engine on the given assets folder. */
static eng_desc eng_test_desc(const char *assets)
{
    eng_desc d;
    memset(&d, 0, sizeof d);
    d.title = "Letopis test";
    d.headless = true;
    d.assets_dir = assets;
    d.volume = -1;
    return d;
}

static int eng_test_finish(const char *name)
{
    if (eng_test_failures) {
        fprintf(stderr, "%s: %d check(s) failed\n", name, eng_test_failures);
        return 1;
    }
    printf("%s: ok\n", name);
    return 0;
}

#endif
