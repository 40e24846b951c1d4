/* test_corpus.c: runs the pack loader (from memory and from the file) over
 * every file of a folder, the fuzz seed corpus, to catch crashes and leaks
 * under ASan/UBSan in the normal build. Usage: test_corpus DIR.
 * Depends on: lt_pack.h, lt_test.h. */
#include <dirent.h>
#include <stdlib.h>

#include "lt_pack.h"
#include "lt_test.h"

int main(int argc, char **argv)
{
    DIR *dir;
    struct dirent *de;
    int files = 0;

    if (argc != 2 || !(dir = opendir(argv[1]))) {
        fprintf(stderr, "usage: test_corpus DIR\n");
        return 2;
    }
    while ((de = readdir(dir)) != NULL) {
        char path[2048];
        size_t len = 0;
        char *data;
        lt_diags diags = { 0 };
        lt_pack *pack;

        if (de->d_name[0] == '.') {
            continue;
        }
        snprintf(path, sizeof path, "%s/%s", argv[1], de->d_name);
        data = lt_test_slurp(path, &len);
        LT_CHECK(data != NULL);
        if (!data) {
            continue;
        }
        pack = lt_pack_load_mem(data, len, de->d_name, "/nonexistent-letopis-corpus", &diags);
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
        free(data);
        files++;
    }
    closedir(dir);
    fprintf(stderr, "%d corpus files\n", files);
    LT_CHECK(files > 0);
    return LT_TEST_END();
}
