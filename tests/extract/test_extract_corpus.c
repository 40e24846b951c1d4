/* test_extract_corpus.c: runs lt_extract (ru and en) and the draft writer
 * over every file of a folder, the fuzz seed corpus, so ASan/UBSan see them
 * in the normal build. Usage: test_extract_corpus DIR.
 * Depends on: lt_extract.h, lt_pack.h, lt_test.h. */
#include <dirent.h>
#include <stdlib.h>

#include "lt_extract.h"
#include "lt_pack.h"
#include "lt_test.h"

static void extract_one(const char *path, const char *name, const char *data, size_t len, void *ctx)
{
    (void)path;
    (void)ctx;
    for (int lang = 0; lang < 2; lang++) {
        lt_extract *x = lt_extract_run(data, len, (lt_ex_lang)lang);
        LT_CHECK(x != NULL);
        if (!x) {
            continue;
        }
        char *yaml = lt_extract_yaml(x, (lt_ex_lang)lang, "draft-corpus", "source.txt");
        LT_CHECK(yaml != NULL);
        if (yaml) {
            /* the YAML must always parse and pass the schema; only the
             * missing source file may be reported */
            lt_diags diags = { 0 };
            lt_pack *pack = lt_pack_load_mem(yaml, strlen(yaml), "draft.yaml", "/nonexistent-letopis-corpus", &diags);
            for (size_t i = 0; i < diags.count; i++) {
                if (diags.items[i].code != LT_DIAG_SOURCE_MISSING && diags.items[i].severity == LT_SEV_ERROR) {
                    fprintf(stderr, "%s (lang %d): %d:%d: %s\n", name, lang, diags.items[i].line,
                            diags.items[i].col, diags.items[i].message);
                    LT_CHECK(0);
                }
            }
            lt_pack_free(pack);
            lt_diags_free(&diags);
        }
        free(yaml);
        lt_extract_free(x);
    }
}

int main(int argc, char **argv)
{
    int files = argc == 2 ? lt_test_each_file(argv[1], extract_one, NULL) : -1;
    if (files < 0) {
        fprintf(stderr, "usage: test_extract_corpus DIR\n");
        return 2;
    }
    fprintf(stderr, "%d corpus files\n", files);
    LT_CHECK(files > 0);
    return LT_TEST_END();
}
