/* test_packlib.c: the pack library core: scanning a folder (a good pack, a
 * broken one with its first error as file:line:col, a one-file pack, empty
 * and pack-less folders), sorting by title per language, classifying
 * dropped paths, and importing a GIFT file into a user folder without
 * overwriting a different pack.
 * Usage: test_packlib FIXTURES_DIR TMP_DIR. Depends on: lt_packlib.h, lt_test.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lt_packlib.h"
#include "lt_test.h"

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f != NULL) {
        fputs(text, f);
        fclose(f);
    }
}

static void rm_rf(const char *path)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    if (system(cmd) != 0) {
        fprintf(stderr, "could not remove %s\n", path);
    }
}

static const lt_packlib_entry *find(const lt_packlib *lib, const char *name)
{
    for (size_t i = 0; i < lib->count; i++) {
        if (strcmp(lib->items[i].name, name) == 0) {
            return &lib->items[i];
        }
    }
    return NULL;
}

static void test_scan(const char *fix)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/packs", fix);
    lt_packlib lib = {0};
    LT_CHECK_INT(lt_packlib_scan(&lib, dir, false), 3);
    const lt_packlib_entry *good = find(&lib, "good");
    const lt_packlib_entry *broken = find(&lib, "broken");
    const lt_packlib_entry *single = find(&lib, "single.yaml");
    LT_CHECK(good != NULL && broken != NULL && single != NULL);
    if (good != NULL) {
        LT_CHECK_INT(good->status, LT_PACKLIB_OK);
        LT_CHECK_STR(good->id, "lib-good");
        LT_CHECK_STR(good->title[LT_LANG_RU], "Хороший набор");
        LT_CHECK_STR(good->title[LT_LANG_EN], "A good pack");
        LT_CHECK_STR(good->languages, "ru, en");
        LT_CHECK_INT(good->version, 2);
        LT_CHECK_INT(good->n_events, 2);
        LT_CHECK_INT(good->n_questions, 1);
        LT_CHECK_INT(good->n_levels, 1);
        LT_CHECK(!good->user);
        LT_CHECK(strstr(good->file, "good/pack.yaml") != NULL);
    }
    if (broken != NULL) {
        LT_CHECK_INT(broken->status, LT_PACKLIB_BROKEN);
        LT_CHECK_INT(broken->n_errors, 1);
        /* The first error, named relative to the pack folder. */
        LT_CHECK(strncmp(broken->error, "pack.yaml:9:11: bad date", 24) == 0);
        LT_CHECK_STR(broken->id, "");
        LT_CHECK_STR(lt_packlib_title(broken, LT_LANG_RU), "broken");
    }
    if (single != NULL) {
        LT_CHECK_INT(single->status, LT_PACKLIB_OK);
        LT_CHECK_STR(single->id, "lib-single");
        /* No Russian title: the English one stands in. */
        LT_CHECK_STR(lt_packlib_title(single, LT_LANG_RU), "Single file");
        LT_CHECK_STR(single->path, single->file);
    }

    /* Working packs by title in the language, broken ones last. */
    lt_packlib_sort(&lib, LT_LANG_EN);
    LT_CHECK_STR(lib.items[0].name, "good");   /* "A good pack" */
    LT_CHECK_STR(lib.items[1].name, "single.yaml");
    LT_CHECK_STR(lib.items[2].name, "broken");
    lt_packlib_sort(&lib, LT_LANG_RU);
    LT_CHECK_STR(lib.items[0].name, "single.yaml"); /* Latin before Cyrillic */
    LT_CHECK_STR(lib.items[1].name, "good");   /* "Хороший набор" */
    LT_CHECK_STR(lib.items[2].name, "broken");

    /* The user's folder comes after the bundled one. */
    size_t before = lib.count;
    LT_CHECK_INT(lt_packlib_scan(&lib, dir, true), 3);
    LT_CHECK_INT(lib.count, before + 3);
    lt_packlib_sort(&lib, LT_LANG_EN);
    LT_CHECK(!lib.items[2].user && lib.items[3].user);
    lt_packlib_free(&lib);
    LT_CHECK(lib.items == NULL && lib.count == 0);
}

static void test_empty_and_odd(const char *tmp)
{
    char root[1024], sub[1100], path[1200];
    snprintf(root, sizeof root, "%s/packlib-odd", tmp);
    rm_rf(root);
    LT_CHECK(lt_packlib_mkdirs(root));
    lt_packlib lib = {0};
    /* An empty folder and a missing one list nothing. */
    LT_CHECK_INT(lt_packlib_scan(&lib, root, true), 0);
    snprintf(sub, sizeof sub, "%s/missing", root);
    LT_CHECK_INT(lt_packlib_scan(&lib, sub, true), 0);
    /* An empty subfolder, dot-names and other files are not packs. */
    snprintf(sub, sizeof sub, "%s/empty", root);
    LT_CHECK(lt_packlib_mkdirs(sub));
    snprintf(sub, sizeof sub, "%s/.hidden", root);
    LT_CHECK(lt_packlib_mkdirs(sub));
    snprintf(path, sizeof path, "%s/notes.txt", root);
    write_file(path, "not a pack\n");
    LT_CHECK_INT(lt_packlib_scan(&lib, root, true), 0);
    /* A folder with files but no pack.yaml is listed as such. */
    snprintf(sub, sizeof sub, "%s/stray", root);
    LT_CHECK(lt_packlib_mkdirs(sub));
    snprintf(path, sizeof path, "%s/stray/Pack.yml.bak", root);
    write_file(path, "x\n");
    LT_CHECK_INT(lt_packlib_scan(&lib, root, true), 1);
    LT_CHECK_INT(lib.count, 1);
    if (lib.count == 1) {
        LT_CHECK_INT(lib.items[0].status, LT_PACKLIB_NO_YAML);
        LT_CHECK(lib.items[0].user);
    }
    lt_packlib_free(&lib);
    /* A pack file over the size cap is not read. */
    snprintf(sub, sizeof sub, "%s/huge", root);
    LT_CHECK(lt_packlib_mkdirs(sub));
    snprintf(path, sizeof path, "%s/huge/pack.yaml", root);
    FILE *f = fopen(path, "wb");
    if (f != NULL) {
        LT_CHECK(fseek(f, (long)LT_PACKLIB_MAX_YAML + 10, SEEK_SET) == 0);
        fputc('\n', f);
        fclose(f);
    }
    lt_packlib_entry e;
    LT_CHECK(!lt_packlib_summarize(sub, true, &e));
    LT_CHECK_INT(e.status, LT_PACKLIB_TOO_BIG);
    rm_rf(root);
}

static void test_classify(const char *fix, const char *tmp)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/packs/good", fix);
    LT_CHECK_INT(lt_packlib_classify(path), LT_DROP_PACK);
    snprintf(path, sizeof path, "%s/packs/single.yaml", fix);
    LT_CHECK_INT(lt_packlib_classify(path), LT_DROP_PACK);
    snprintf(path, sizeof path, "%s/history-quiz.gift", fix);
    LT_CHECK_INT(lt_packlib_classify(path), LT_DROP_IMPORT);
    snprintf(path, sizeof path, "%s/packs", fix);
    LT_CHECK_INT(lt_packlib_classify(path), LT_DROP_FOLDER);
    snprintf(path, sizeof path, "%s/no-such-file.gift", fix);
    LT_CHECK_INT(lt_packlib_classify(path), LT_DROP_MISSING);
    snprintf(path, sizeof path, "%s/picture.png", tmp);
    write_file(path, "\x89PNG\r\n");
    LT_CHECK_INT(lt_packlib_classify(path), LT_DROP_UNKNOWN);
    snprintf(path, sizeof path, "%s/binary.txt", tmp);
    FILE *f = fopen(path, "wb");
    if (f != NULL) {
        fwrite("ab\0cd", 1, 5, f);
        fclose(f);
    }
    LT_CHECK_INT(lt_packlib_classify(path), LT_DROP_BINARY);
}

static void test_import(const char *fix, const char *tmp)
{
    char user[1024], gift[1100], path[1200];
    snprintf(user, sizeof user, "%s/packlib-user/deep/packs", tmp);
    snprintf(path, sizeof path, "%s/packlib-user", tmp);
    rm_rf(path);
    snprintf(gift, sizeof gift, "%s/history-quiz.gift", fix);

    lt_packlib_import_info in;
    LT_CHECK(lt_packlib_import(gift, user, &in)); /* creates the folder with its parents */
    LT_CHECK_INT(in.status, LT_PACKLIB_IMPORTED);
    LT_CHECK_INT(in.imported, 3);
    LT_CHECK_INT(in.skipped, 1);
    LT_CHECK_STR(in.format, "gift");
    LT_CHECK_STR(in.id, "history-quiz");
    snprintf(path, sizeof path, "%s/history-quiz", user);
    LT_CHECK_STR(in.dir, path);
    LT_CHECK(in.report != NULL && strstr(in.report, "history-quiz.gift:10: essay:") != NULL);
    LT_CHECK_INT(in.report_lines, 1);
    lt_packlib_import_info_free(&in);

    /* The same file again: the identical pack is reused, nothing new written. */
    LT_CHECK(lt_packlib_import(gift, user, &in));
    LT_CHECK_INT(in.status, LT_PACKLIB_SAME);
    LT_CHECK_STR(in.dir, path);
    lt_packlib_import_info_free(&in);

    /* The teacher changed the pack in that folder: it is not overwritten. */
    char yaml[1300];
    snprintf(yaml, sizeof yaml, "%s/pack.yaml", path);
    write_file(yaml, "format: 1\nid: history-quiz\nversion: 7\ntitle: {en: \"Mine\"}\nlanguages: [en]\nevents: []\n");
    LT_CHECK(lt_packlib_import(gift, user, &in));
    LT_CHECK_INT(in.status, LT_PACKLIB_IMPORTED);
    LT_CHECK_STR(in.id, "history-quiz-2");
    snprintf(path, sizeof path, "%s/history-quiz-2", user);
    LT_CHECK_STR(in.dir, path);
    lt_packlib_import_info_free(&in);
    lt_packlib_entry e;
    LT_CHECK(lt_packlib_summarize(yaml, true, &e));
    LT_CHECK_INT(e.version, 7);

    /* Not one question: nothing is written. */
    char empty[1200];
    snprintf(empty, sizeof empty, "%s/nothing.gift", tmp);
    write_file(empty, "// only a comment\n\n::essay:: Write. {}\n");
    LT_CHECK(!lt_packlib_import(empty, user, &in));
    LT_CHECK_INT(in.status, LT_PACKLIB_NOTHING);
    LT_CHECK_INT(in.imported, 0);
    lt_packlib_import_info_free(&in);
    snprintf(path, sizeof path, "%s/nothing", user);
    struct stat st;
    LT_CHECK(stat(path, &st) != 0);

    /* A missing file cannot be read. */
    snprintf(path, sizeof path, "%s/gone.gift", tmp);
    LT_CHECK(!lt_packlib_import(path, user, &in));
    LT_CHECK_INT(in.status, LT_PACKLIB_UNREADABLE);
    LT_CHECK(in.error[0] != '\0');
    lt_packlib_import_info_free(&in);
    snprintf(path, sizeof path, "%s/packlib-user", tmp);
    rm_rf(path);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_packlib FIXTURES_DIR TMP_DIR\n");
        return 2;
    }
    lt_packlib_mkdirs(argv[2]);
    test_scan(argv[1]);
    test_empty_and_odd(argv[2]);
    test_classify(argv[1], argv[2]);
    test_import(argv[1], argv[2]);
    return LT_TEST_END();
}
