/* lt_test.h: a tiny assertion kit for the core tests: checks count failures
 * and print file:line with the values; LT_TEST_END gives the exit status.
 * Depends on: libc. */
#ifndef LT_TEST_H
#define LT_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>

static int lt_test_failures;
static int lt_test_checks;

#define LT_CHECK(cond)                                                        \
    do {                                                                      \
        lt_test_checks++;                                                     \
        if (!(cond)) {                                                        \
            lt_test_failures++;                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                     \
    } while (0)

#define LT_CHECK_INT(got, want)                                               \
    do {                                                                      \
        long long lt_g_ = (long long)(got), lt_w_ = (long long)(want);        \
        lt_test_checks++;                                                     \
        if (lt_g_ != lt_w_) {                                                 \
            lt_test_failures++;                                               \
            fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__, __LINE__, #got, \
                    lt_g_, lt_w_);                                            \
        }                                                                     \
    } while (0)

#define LT_CHECK_STR(got, want)                                               \
    do {                                                                      \
        const char *lt_g_ = (got), *lt_w_ = (want);                           \
        lt_test_checks++;                                                     \
        if (!lt_g_ || strcmp(lt_g_, lt_w_) != 0) {                            \
            lt_test_failures++;                                               \
            fprintf(stderr, "%s:%d: %s is \"%s\", want \"%s\"\n", __FILE__, __LINE__, #got, \
                    lt_g_ ? lt_g_ : "(null)", lt_w_);                         \
        }                                                                     \
    } while (0)

#define LT_TEST_END()                                                         \
    (fprintf(stderr, "%d checks, %d failed\n", lt_test_checks, lt_test_failures), \
     lt_test_failures ? 1 : 0)

/* Reads a whole file into a NUL-terminated malloc'ed buffer; *len gets its
 * size. NULL when it cannot be read. Shared by the tests that read fixtures. */
static inline char *lt_test_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;
    if (f == NULL) {
        return NULL;
    }
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        buf = malloc((size_t)n + 1);
        if (buf != NULL && fread(buf, 1, (size_t)n, f) != (size_t)n) {
            free(buf);
            buf = NULL;
        }
        if (buf != NULL) {
            buf[n] = '\0';
            *len = (size_t)n;
        }
    }
    fclose(f);
    return buf;
}

/* Calls fn(path, name, data, len, ctx) for every file of `dir` not starting
 * with a dot, its bytes read with lt_test_slurp (a file that cannot be read
 * is a failed check). Returns the number of files, -1 when dir cannot be
 * opened. Shared by the tests that run a fuzz seed corpus. Needs <dirent.h>. */
typedef void (*lt_test_file_fn)(const char *path, const char *name, const char *data, size_t len, void *ctx);

static inline int lt_test_each_file(const char *dir, lt_test_file_fn fn, void *ctx)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    int files = 0;
    if (d == NULL) {
        return -1;
    }
    while ((de = readdir(d)) != NULL) {
        char path[2048];
        size_t len = 0;
        if (de->d_name[0] == '.') {
            continue;
        }
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        char *data = lt_test_slurp(path, &len);
        LT_CHECK(data != NULL);
        if (data == NULL) {
            continue;
        }
        fn(path, de->d_name, data, len, ctx);
        free(data);
        files++;
    }
    closedir(d);
    return files;
}

#endif
