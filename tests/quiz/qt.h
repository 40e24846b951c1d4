/* qt.h: a minimal check macro for the quiz, store and game tests.
 * Counts failures and keeps going so one run shows every broken case.
 * Depends on: stdio. */
#ifndef QT_H
#define QT_H

#include <stdio.h>

static int qt_failures __attribute__((unused));
static int qt_checks __attribute__((unused));

#define QT_CHECK(cond, ...)                                                                      \
    do {                                                                                         \
        qt_checks++;                                                                             \
        if (!(cond)) {                                                                           \
            qt_failures++;                                                                       \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond);            \
            fprintf(stderr, __VA_ARGS__);                                                        \
            fprintf(stderr, "\n");                                                               \
        }                                                                                        \
    } while (0)

#define QT_DONE()                                                                                \
    (printf("%d checks, %d failed\n", qt_checks, qt_failures), qt_failures == 0 ? 0 : 1)

#endif
