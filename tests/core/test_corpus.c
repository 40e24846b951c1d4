/* test_corpus.c: runs the pack loader (from memory and from the file) over
 * every file of a folder, the fuzz seed corpus, to catch crashes and leaks
 * under ASan/UBSan in the normal build. Usage: test_corpus DIR.
 * Depends on: lt_pack.h, lt_test.h. */
#include <dirent.h>
#include <stdlib.h>

#include "lt_pack.h"
#include "lt_test.h"

static void load_one(const char *path, const char *name, const char *data, size_t len, void *ctx)
{
    (void)ctx;
    lt_diags diags = { 0 };
    lt_pack *pack = lt_pack_load_mem(data, len, name, "/nonexistent-letopis-corpus", &diags);
    if (pack) {
        char *json = lt_pack_to_json(pack);
        LT_CHECK(json != NULL);
        free(json);
    } else {
        /* a refused file always says why, with a position */
        LT_CHECK(diags.n_errors > 0);
    }
    lt_pack_free(pack);
    pack = lt_pack_load(path, &diags);
    lt_pack_free(pack);
    lt_diags_free(&diags);
}

int main(int argc, char **argv)
{
    int files = argc == 2 ? lt_test_each_file(argv[1], load_one, NULL) : -1;
    if (files < 0) {
        fprintf(stderr, "usage: test_corpus DIR\n");
        return 2;
    }
    fprintf(stderr, "%d corpus files\n", files);
    LT_CHECK(files > 0);
    return LT_TEST_END();
}
