/* test_extract_corpus.c: runs lt_extract (ru and en) and the draft writer
 * over every file of a folder, the fuzz seed corpus, so ASan/UBSan see them
 * in the normal build. Usage: test_extract_corpus DIR.
 * Depends on: lt_extract.h, lt_pack.h, lt_test.h. */
#include <dirent.h>
#include <stdlib.h>

#include "lt_extract.h"
#include "lt_pack.h"
#include "lt_test.h"

int main(int argc, char **argv)
{
    DIR *dir;
    struct dirent *de;
    int files = 0;

    if (argc != 2 || !(dir = opendir(argv[1]))) {
        fprintf(stderr, "usage: test_extract_corpus DIR\n");
        return 2;
    }
    while ((de = readdir(dir)) != NULL) {
        char path[2048];
        size_t len = 0;
        char *data;

        if (de->d_name[0] == '.') {
            continue;
        }
        snprintf(path, sizeof path, "%s/%s", argv[1], de->d_name);
        data = lt_test_slurp(path, &len);
        LT_CHECK(data != NULL);
        if (!data) {
            continue;
        }
        for (int lang = 0; lang < 2; lang++) {
            lt_extract *x = lt_extract_run(data, len, (lt_ex_lang)lang);
            char *yaml;
            LT_CHECK(x != NULL);
            if (!x) {
                continue;
            }
            yaml = lt_extract_yaml(x, (lt_ex_lang)lang, "draft-corpus", "source.txt");
            LT_CHECK(yaml != NULL);
            if (yaml) {
                /* the YAML must always parse and pass the schema; only the
                 * missing source file may be reported */
                lt_diags diags = { 0 };
                lt_pack *pack = lt_pack_load_mem(yaml, strlen(yaml), "draft.yaml",
                                                 "/nonexistent-letopis-corpus", &diags);
                for (size_t i = 0; i < diags.count; i++) {
                    if (diags.items[i].code != LT_DIAG_SOURCE_MISSING &&
                        diags.items[i].severity == LT_SEV_ERROR) {
                        fprintf(stderr, "%s (lang %d): %d:%d: %s\n", de->d_name, lang,
                                diags.items[i].line, diags.items[i].col, diags.items[i].message);
                        LT_CHECK(0);
                    }
                }
                lt_pack_free(pack);
                lt_diags_free(&diags);
            }
            free(yaml);
            lt_extract_free(x);
        }
        free(data);
        files++;
    }
    closedir(dir);
    fprintf(stderr, "%d corpus files\n", files);
    LT_CHECK(files > 0);
    return LT_TEST_END();
}
