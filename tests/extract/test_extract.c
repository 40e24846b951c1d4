/* test_extract.c: lt_extract on the bundled 1956 source (every dated fact of
 * FACTS.md that the text dates, with its paragraph), an English sample, the
 * splitter and date rules on small texts, and the draft loading as a pack.
 * Depends on: lt_extract.h, lt_pack.h, lt_test.h; LT_SOURCE_ROOT. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lt_extract.h"
#include "lt_pack.h"
#include "lt_test.h"

static bool has_event(const lt_extract *x, int para, const char *date)
{
    for (size_t i = 0; i < x->n_events; i++) {
        if (x->events[i].paragraph == para && strcmp(x->events[i].date_text, date) == 0) {
            return true;
        }
    }
    fprintf(stderr, "  missing event: paragraph %d, %s\n", para, date);
    return false;
}

static bool has_entity(const lt_extract *x, lt_ex_kind kind, const char *part)
{
    for (size_t i = 0; i < x->n_entities; i++) {
        if (x->entities[i].kind == kind && strstr(x->entities[i].name, part)) {
            return true;
        }
    }
    fprintf(stderr, "  missing entity: %s\n", part);
    return false;
}

/* Writes the draft and a copy of the text into a fresh folder and loads it. */
static void check_draft_loads(const lt_extract *x, lt_ex_lang lang, const char *text, size_t len)
{
    char dir[] = "/tmp/lt-extract-XXXXXX", path[256];
    char *yaml = lt_extract_yaml(x, lang, "draft-test", "source.txt");
    lt_diags diags = { 0 };
    lt_pack *pack;
    FILE *f;

    LT_CHECK(yaml != NULL);
    LT_CHECK(mkdtemp(dir) != NULL);
    if (!yaml) {
        return;
    }
    LT_CHECK(strncmp(yaml, "# Draft made by letopis-pack extract: review every event before use\n",
                     68) == 0);
    snprintf(path, sizeof path, "%s/pack.yaml", dir);
    f = fopen(path, "wb");
    LT_CHECK(f != NULL);
    if (f) {
        fputs(yaml, f);
        fclose(f);
    }
    snprintf(path, sizeof path, "%s/source.txt", dir);
    f = fopen(path, "wb");
    if (f) {
        fwrite(text, 1, len, f);
        fclose(f);
    }
    pack = lt_pack_load(dir, &diags);
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(diags.n_errors, 0);
    for (size_t i = 0; i < diags.count; i++) {
        fprintf(stderr, "  %s:%d:%d: %s\n", diags.items[i].file, diags.items[i].line,
                diags.items[i].col, diags.items[i].message);
    }
    if (pack) {
        LT_CHECK_INT(pack->n_events, x->n_events);
        LT_CHECK_INT(pack->n_entities, x->n_entities);
    }
    lt_pack_free(pack);
    lt_diags_free(&diags);
    unlink(path);
    snprintf(path, sizeof path, "%s/pack.yaml", dir);
    unlink(path);
    rmdir(dir);
    free(yaml);
}

static void test_bundled_source(void)
{
    size_t len = 0;
    char *text = lt_test_slurp(LT_SOURCE_ROOT "/levels/1956-declaration/source-1956-ru.txt", &len);
    lt_extract *x;
    /* FACTS.md: F02 F03 F05 F06 F08 F11 F12 F13 F16-F20 F21 F22 F23 F24 */
    static const struct { int para; const char *date; } want[] = {
        { 2, "1956-01" },        { 2, "1956-03" },        { 3, "1956-03" },
        { 3, "1956-04/1956-05" }, { 4, "1956-04/1956-05" }, { 6, "1956-08" },
        { 7, "1956-08" },        { 7, "1956-09" },        { 10, "1956-10-19" },
        { 11, "1956-10-19" },    { 12, "1956-10-19" },    { 13, "1956-10-19" },
        { 14, "1956-10-19" },    { 15, "1956-11-late" },  { 15, "1956-12-early" },
        { 15, "1956-12-12" },    { 16, "1956-12-18" },
    };

    LT_CHECK(text != NULL);
    if (!text) {
        return;
    }
    x = lt_extract_run(text, len, LT_EX_RU);
    LT_CHECK(x != NULL);
    if (!x) {
        free(text);
        return;
    }
    LT_CHECK_INT(x->n_paragraphs, 16);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        LT_CHECK(has_event(x, want[i].para, want[i].date));
    }
    /* an event keeps its sentence: F16 is the first sentence of paragraph 10 */
    for (size_t i = 0; i < x->n_events; i++) {
        if (x->events[i].paragraph == 10) {
            LT_CHECK(strncmp(x->events[i].sentence, "В результате советско-японских", 30) == 0);
            LT_CHECK(!x->events[i].carried);
            LT_CHECK(strstr(x->events[i].sentence, "В ней говорилось") == NULL);
        }
        if (x->events[i].paragraph == 3 && strcmp(x->events[i].date_text, "1956-04/1956-05") == 0) {
            /* "1956 г. Для участия": the year's "г." ended the sentence */
            LT_CHECK(strncmp(x->events[i].sentence, "Такие переговоры", 31) == 0);
            LT_CHECK(strstr(x->events[i].sentence, "Для участия") == NULL);
        }
        if (x->events[i].paragraph == 11) {
            LT_CHECK(x->events[i].carried);
            LT_CHECK_INT(x->events[i].carried_from, 10);
        }
    }
    LT_CHECK(has_entity(x, LT_EX_PERSON, "Хатояма"));
    LT_CHECK(has_entity(x, LT_EX_PERSON, "Коно"));
    LT_CHECK(has_entity(x, LT_EX_PERSON, "Даллес"));
    LT_CHECK(has_entity(x, LT_EX_PERSON, "Сигэмицу"));
    LT_CHECK(has_entity(x, LT_EX_PLACE, "Лондон"));
    LT_CHECK(has_entity(x, LT_EX_PLACE, "Москва"));
    LT_CHECK(has_entity(x, LT_EX_PLACE, "Токио"));
    LT_CHECK(has_entity(x, LT_EX_DOCUMENT, "Совместная декларация"));
    LT_CHECK(has_entity(x, LT_EX_DOCUMENT,
                        "Об охране запасов и регулировании промысла лососей в открытом море"));
    for (size_t i = 0; i < x->n_entities; i++) { /* scare quotes, one word: no document */
        LT_CHECK(strstr(x->entities[i].name, "поддержаны") == NULL);
    }
    for (size_t i = 0; i < x->n_entities; i++) {
        if (x->entities[i].kind == LT_EX_PERSON) {
            LT_CHECK(strcmp(x->entities[i].name, "Ассамблея") != 0);
        }
        if (strcmp(x->entities[i].name, "Хатояма") == 0) {
            LT_CHECK_STR(x->entities[i].id, "khatoyama");
        }
    }
    check_draft_loads(x, LT_EX_RU, text, len);
    lt_extract_free(x);
    free(text);
}

static void test_english_sample(void)
{
    size_t len = 0;
    char *text = lt_test_slurp(LT_SOURCE_ROOT "/tests/extract/sample-en.txt", &len);
    lt_extract *x;
    static const struct { int para; const char *date; } want[] = {
        { 2, "1956-01" },        { 2, "1956-03" },       { 3, "1956-03" },
        { 3, "1956-04/1956-05" }, { 4, "1956-04/1956-05" }, { 5, "1956-08" },
        { 6, "1956-08" },        { 6, "1956-09" },       { 7, "1956-10-19" },
        { 8, "1956-11-late" },   { 8, "1956-12-early" }, { 8, "1956-12-12" },
        { 9, "1956-12-18" },     { 10, "1957-06/1957-08" }, { 10, "1957-07-mid" },
    };
    LT_CHECK(text != NULL);
    if (!text) {
        return;
    }
    x = lt_extract_run(text, len, LT_EX_EN);
    LT_CHECK(x != NULL);
    if (!x) {
        free(text);
        return;
    }
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        LT_CHECK(has_event(x, want[i].para, want[i].date));
    }
    LT_CHECK(has_entity(x, LT_EX_PERSON, "Hatoyama"));
    LT_CHECK(has_entity(x, LT_EX_PERSON, "Kono"));
    LT_CHECK(has_entity(x, LT_EX_PERSON, "Dulles"));
    LT_CHECK(has_entity(x, LT_EX_PERSON, "Shigemitsu"));
    LT_CHECK(has_entity(x, LT_EX_PLACE, "London"));
    LT_CHECK(has_entity(x, LT_EX_PLACE, "Moscow"));
    LT_CHECK(has_entity(x, LT_EX_PLACE, "Tokyo"));
    LT_CHECK(has_entity(x, LT_EX_PLACE, "New York"));
    LT_CHECK(has_entity(x, LT_EX_PLACE, "Osaka")); /* not in the gazetteer: "from Osaka" */
    LT_CHECK(has_entity(x, LT_EX_DOCUMENT, "Joint Declaration"));
    LT_CHECK(has_entity(x, LT_EX_DOCUMENT, "On the protection of salmon stocks"));
    check_draft_loads(x, LT_EX_EN, text, len);
    lt_extract_free(x);
    free(text);
}

static lt_extract *run_str(const char *s, lt_ex_lang lang)
{
    return lt_extract_run(s, strlen(s), lang);
}

static void test_small_rules(void)
{
    lt_extract *x;
    /* initials and "т. е." do not end a sentence; "г. Москва" is a city */
    x = run_str("Н. А. Булганин прибыл в г. Москва, т. е. в столицу, 5 мая 1957 г. "
                "Затем весной 1958 г. переговоры продолжились.\n"
                "Летом они шли в Праге. В середине июля - снова.\n"
                "Переговоры шли в апреле–мае. Посол Иванов прибыл из Берлина.",
                LT_EX_RU);
    LT_CHECK(x != NULL);
    if (x) {
        LT_CHECK(has_event(x, 1, "1957-05-05"));
        LT_CHECK(has_event(x, 1, "1958-03/1958-05"));
        LT_CHECK(has_event(x, 2, "1958-06/1958-08"));
        LT_CHECK(has_event(x, 2, "1958-07-mid"));
        LT_CHECK(has_event(x, 3, "1958-04/1958-05"));
        LT_CHECK(strncmp(x->events[0].sentence, "Н. А. Булганин", 20) == 0);
        LT_CHECK(strstr(x->events[0].sentence, "Затем") == NULL);
        LT_CHECK(has_entity(x, LT_EX_PERSON, "Иванов"));
        LT_CHECK(has_entity(x, LT_EX_PLACE, "Берлин"));
        lt_extract_free(x);
    }
    /* "США." before a capital ends a sentence; "о-ва Рюкю" does not */
    x = run_str("Его поддержали США. В мае 1957 г. о-ва Рюкю. Остались у США.", LT_EX_RU);
    LT_CHECK(x != NULL);
    if (x) {
        LT_CHECK(has_event(x, 1, "1957-05"));
        LT_CHECK_INT(x->n_events, 1); /* no earlier date: the first sentence stays undated */
        for (size_t i = 0; i < x->n_events; i++) {
            if (strcmp(x->events[i].date_text, "1957-05") == 0) {
                LT_CHECK_STR(x->events[i].sentence, "В мае 1957 г. о-ва Рюкю.");
            }
        }
        lt_extract_free(x);
    }
    /* no year anywhere: a month cannot be dated; nothing found */
    x = run_str("В марте шли переговоры. Potom nichego.", LT_EX_RU);
    LT_CHECK(x != NULL);
    if (x) {
        LT_CHECK_INT(x->n_events, 0);
        lt_extract_free(x);
    }
    /* an impossible day is no date; "May" as a verb is no month */
    x = run_str("It may rain on 31 February 1956. They met in 1956 in Paris.", LT_EX_EN);
    LT_CHECK(x != NULL);
    if (x) {
        LT_CHECK_INT(x->n_events, 1);
        LT_CHECK(has_event(x, 1, "1956"));
        LT_CHECK(has_entity(x, LT_EX_PLACE, "Paris"));
        lt_extract_free(x);
    }
    x = run_str("", LT_EX_RU);
    LT_CHECK(x != NULL);
    if (x) {
        LT_CHECK_INT(x->n_events, 0);
        lt_extract_free(x);
    }
}

static void test_translit(void)
{
    char id[64];
    lt_extract_translit("Сан-Францисский мирный договор", id, sizeof id);
    LT_CHECK_STR(id, "san-frantsisskiy-mirnyy-dogovor");
    lt_extract_translit("Kōno Ichirō", id, sizeof id);
    LT_CHECK_STR(id, "kono-ichiro");
    lt_extract_translit("«Щука»", id, 6);
    LT_CHECK_STR(id, "shchu");
}

int main(void)
{
    test_bundled_source();
    test_english_sample();
    test_small_rules();
    test_translit();
    return LT_TEST_END();
}
