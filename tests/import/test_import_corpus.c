/* test_import_corpus.c: runs every file of the GIFT and Aiken fuzz seed
 * corpora through lt_import_buffer, the validator and the writer, to catch
 * crashes and leaks under ASan in the normal build. Depends on: lt_import.h. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_import.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;
    if (!f) {
        return NULL;
    }
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        buf = malloc((size_t)n + 1);
        if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
            free(buf);
            buf = NULL;
        }
        *len = (size_t)n;
    }
    fclose(f);
    return buf;
}

static void run(const char *name, const char *data, size_t len, lt_import_format fmt)
{
    lt_import_result r;
    char *yaml;
    lt_import_buffer(name, data, len, fmt, &r);
    lt_import_validate(&r);
    yaml = lt_import_pack_yaml(&r, "fuzz", "fuzz");
    if (yaml && r.n_questions > 0) {
        lt_diags d = { 0 };
        lt_pack *p = lt_pack_load_mem(yaml, strlen(yaml), "fuzz.yaml", NULL, &d);
        if (!p) {
            fprintf(stderr, "%s: the validated questions do not load\n", name);
            exit(1);
        }
        lt_pack_free(p);
        lt_diags_free(&d);
    }
    free(yaml);
    lt_import_result_free(&r);
}

int main(int argc, char **argv)
{
    int files = 0;
    for (int a = 1; a < argc; a++) {
        DIR *dir = opendir(argv[a]);
        struct dirent *de;
        lt_import_format fmt = strstr(argv[a], "aiken") ? LT_IMPORT_AIKEN : LT_IMPORT_GIFT;
        if (!dir) {
            fprintf(stderr, "cannot open %s\n", argv[a]);
            return 2;
        }
        while ((de = readdir(dir)) != NULL) {
            char path[4096];
            size_t len = 0;
            char *buf;
            if (de->d_name[0] == '.') {
                continue;
            }
            snprintf(path, sizeof path, "%s/%s", argv[a], de->d_name);
            buf = slurp(path, &len);
            if (!buf) {
                continue;
            }
            run(de->d_name, buf, len, fmt);
            run(de->d_name, buf, len, LT_IMPORT_AUTO);
            free(buf);
            files++;
        }
        closedir(dir);
    }
    printf("%d files\n", files);
    return files > 0 ? 0 : 1;
}
