/* test_pack.c: the pack loader on the valid fixture (model, lookups, JSON)
 * and on one small file per error kind (exact file:line:col and kind).
 * Depends on: lt_pack.h, lt_test.h, fixtures in tests/fixtures/packs. */
#include <stdlib.h>

#include "lt_pack.h"
#include "lt_test.h"

#ifndef LT_SOURCE_ROOT
#define LT_SOURCE_ROOT "."
#endif

static char lt_fix_dir[1024];

static const char *fixture(const char *rel)
{
    static char path[1200];
    snprintf(path, sizeof path, "%s/%s", lt_fix_dir, rel);
    return path;
}

typedef struct expect {
    const char *file;
    int line, col;
    lt_diag_code code;
    const char *text; /* part of the message or hint */
} expect;

static const expect lt_expect[] = {
    { "syntax.yaml", 3, 10, LT_DIAG_SYNTAX, "mapping values" },
    { "syntax_flow.yaml", 9, 5, LT_DIAG_SYNTAX, "flow mapping" },
    { "utf8.yaml", 4, 16, LT_DIAG_UTF8, "0xFF" },
    { "unknown_key.yaml", 8, 5, LT_DIAG_UNKNOWN_KEY, "did you mean 'title'?" },
    { "unknown_lang.yaml", 8, 22, LT_DIAG_UNKNOWN_KEY, "ru, en" },
    { "missing_field.yaml", 7, 5, LT_DIAG_MISSING_FIELD, "has no 'title'" },
    { "missing_top.yaml", 1, 1, LT_DIAG_MISSING_FIELD, "has no 'id'" },
    { "bad_date.yaml", 8, 11, LT_DIAG_BAD_DATE, "no month 13" },
    { "bad_exact.yaml", 9, 12, LT_DIAG_BAD_DATE, "no day 30" },
    { "bad.yaml", 7, 11, LT_DIAG_BAD_DATE, "no day 32" },
    { "dup_event.yaml", 10, 9, LT_DIAG_DUP_ID, "first defined at line 7" },
    { "dup_entity.yaml", 13, 9, LT_DIAG_DUP_ID, "first defined at line 10" },
    { "dup_key.yaml", 4, 1, LT_DIAG_DUP_KEY, "first is at line 2" },
    { "unknown_ref.yaml", 17, 14, LT_DIAG_UNKNOWN_REF, "did you mean 'moscow'?" },
    { "wrong_kind.yaml", 18, 14, LT_DIAG_WRONG_KIND, "is a place" },
    { "unknown_cause.yaml", 10, 14, LT_DIAG_UNKNOWN_REF, "unknown event 'E2'" },
    { "level_ref.yaml", 13, 18, LT_DIAG_UNKNOWN_REF, "unknown event 'E9'" },
    { "unknown_source.yaml", 13, 20, LT_DIAG_UNKNOWN_REF, "unknown source 'mian'" },
    { "enum_kind.yaml", 8, 11, LT_DIAG_BAD_ENUM, "did you mean 'person'?" },
    { "enum_role.yaml", 18, 30, LT_DIAG_BAD_ENUM, "unknown role 'signer'" },
    { "enum_side.yaml", 18, 45, LT_DIAG_BAD_ENUM, "unknown side 'china'" },
    { "enum_perspective.yaml", 10, 25, LT_DIAG_BAD_ENUM, "did you mean 'japan'?" },
    { "enum_language.yaml", 5, 17, LT_DIAG_BAD_ENUM, "unknown language 'de'" },
    { "enum_event_kind.yaml", 8, 11, LT_DIAG_BAD_ENUM, "unknown event kind 'battle'" },
    { "source_missing.yaml", 8, 11, LT_DIAG_SOURCE_MISSING, "does not exist" },
    { "path_outside.yaml", 8, 11, LT_DIAG_PATH_OUTSIDE, "outside the pack folder" },
    { "paragraph.yaml", 13, 37, LT_DIAG_PARAGRAPH, "has 3 paragraphs" },
    { "format.yaml", 1, 9, LT_DIAG_FORMAT, "format 2" },
    { "bad_type.yaml", 8, 12, LT_DIAG_BAD_TYPE, "must be a map" },
    { "bad_int.yaml", 3, 10, LT_DIAG_BAD_TYPE, "whole number" },
    { "empty.yaml", 1, 1, LT_DIAG_EMPTY, "empty" },
    { "alias.yaml", 8, 5, LT_DIAG_BAD_TYPE, "aliases" },
    { "bad_id.yaml", 7, 9, LT_DIAG_BAD_VALUE, "not a valid event id" },
};

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && strcmp(s + n - m, tail) == 0;
}

static void test_error_file(const expect *e)
{
    char rel[256];
    lt_diags diags = { 0 };
    lt_pack *pack;
    const lt_diag *d;

    snprintf(rel, sizeof rel, "errors/%s", e->file);
    pack = lt_pack_load(fixture(rel), &diags);
    LT_CHECK(pack == NULL);
    lt_pack_free(pack);
    LT_CHECK(diags.n_errors >= 1);
    if (diags.count == 0) {
        fprintf(stderr, "  in %s: no diagnostics\n", e->file);
        return;
    }
    d = &diags.items[0];
    if (d->line != e->line || d->col != e->col || d->code != e->code ||
        !ends_with(d->file, e->file) || !d->hint ||
        (!strstr(d->message, e->text) && !strstr(d->hint, e->text))) {
        char *s = lt_diag_format(d);
        fprintf(stderr, "  %s: want %d:%d %s \"%s\"; got [%s] %s\n", e->file, e->line, e->col,
                lt_diag_code_name(e->code), e->text, lt_diag_code_name(d->code), s ? s : "");
        free(s);
        lt_test_failures++;
    }
    lt_test_checks++;
    for (size_t i = 0; i < diags.count; i++) {
        LT_CHECK(diags.items[i].hint != NULL);
        LT_CHECK(diags.items[i].line >= 1 && diags.items[i].col >= 1);
    }
    lt_diags_free(&diags);
}

static void test_multi(void)
{
    lt_diags diags = { 0 };
    lt_pack *pack = lt_pack_load(fixture("errors/multi.yaml"), &diags);
    LT_CHECK(pack == NULL);
    LT_CHECK_INT(diags.n_errors, 4);
    if (diags.count == 4) {
        LT_CHECK_INT(diags.items[0].code, LT_DIAG_DUP_ID);
        LT_CHECK_INT(diags.items[1].code, LT_DIAG_BAD_DATE);
        LT_CHECK_INT(diags.items[1].line, 15);
        LT_CHECK_INT(diags.items[2].code, LT_DIAG_UNKNOWN_REF);
        LT_CHECK_INT(diags.items[3].code, LT_DIAG_BAD_ENUM);
    }
    lt_diags_free(&diags);
}

static void test_valid(void)
{
    lt_diags diags = { 0 };
    lt_pack *pack = lt_pack_load(fixture("valid"), &diags);
    const lt_event *ev;
    int i;
    char *json, *one;

    LT_CHECK(pack != NULL);
    LT_CHECK_INT(diags.count, 0);
    if (!pack) {
        for (size_t k = 0; k < diags.count; k++) {
            char *s = lt_diag_format(&diags.items[k]);
            fprintf(stderr, "  %s\n", s ? s : "");
            free(s);
        }
        lt_diags_free(&diags);
        return;
    }
    LT_CHECK_STR(pack->id, "tiny");
    LT_CHECK_INT(pack->version, 2);
    LT_CHECK_STR(lt_text_get(&pack->title, LT_LANG_EN), "Tiny pack");
    LT_CHECK_STR(lt_text_get(&pack->description, LT_LANG_RU), "Three facts for tests");
    LT_CHECK_INT(pack->n_languages, 2);
    LT_CHECK_INT(pack->n_sources, 1);
    LT_CHECK_INT(pack->sources[0].n_paragraphs, 3);
    LT_CHECK_INT(pack->n_entities, 4);
    LT_CHECK_INT(pack->n_events, 6);
    LT_CHECK_INT(pack->n_levels, 1);
    LT_CHECK(ends_with(pack->file, "valid/pack.yaml"));

    i = lt_pack_find_entity(pack, "hatoyama");
    LT_CHECK_INT(i, 0);
    LT_CHECK_STR(lt_entity_label(&pack->entities[0], LT_LANG_RU), "Хатояма");
    LT_CHECK_STR(lt_entity_label(&pack->entities[1], LT_LANG_EN), "Moscow");
    LT_CHECK_INT(pack->entities[0].n_aliases, 1);
    LT_CHECK_INT(pack->entities[0].line, 16);
    LT_CHECK_INT(pack->entities[0].col, 5);
    LT_CHECK_INT(pack->entities[3].kind, LT_ENT_BODY);
    LT_CHECK_INT(lt_pack_find_entity(pack, "nobody"), -1);

    i = lt_pack_find_event(pack, "F16");
    LT_CHECK_INT(i, 1);
    ev = &pack->events[1];
    LT_CHECK_INT(ev->date.from.prec, LT_PREC_DAY);
    LT_CHECK_INT(ev->n_people, 1);
    LT_CHECK_INT(ev->people[0].entity, 0);
    LT_CHECK_INT(ev->people[0].role, LT_ROLE_SIGNATORY);
    LT_CHECK_STR(ev->people[0].side, "japan");
    LT_CHECK_INT(ev->n_places, 1);
    LT_CHECK_INT(ev->places[0], 1);
    LT_CHECK_INT(ev->n_documents, 1);
    LT_CHECK_INT(ev->perspective, LT_PERSP_USSR | LT_PERSP_JAPAN);
    LT_CHECK_INT(ev->n_causes, 1);
    LT_CHECK_INT(ev->causes[0], 0);
    LT_CHECK_STR(ev->kind, "document");
    LT_CHECK_INT(ev->source, 0);
    LT_CHECK_INT(ev->paragraph, 2);
    LT_CHECK(strstr(lt_event_source_text(pack, ev), "Вторая строка") != NULL);
    LT_CHECK(!ev->external);
    ev = &pack->events[2];
    LT_CHECK_INT(ev->date.from.prec, LT_PREC_PART);
    LT_CHECK_INT(ev->exact.from.day, 8);
    LT_CHECK(ev->external);
    LT_CHECK(lt_event_source_text(pack, ev) == NULL);
    LT_CHECK(pack->events[4].date.before);
    LT_CHECK_INT(pack->events[5].date.from.prec, LT_PREC_NONE);
    LT_CHECK_INT(pack->levels[0].n_events, 2);
    LT_CHECK_INT(pack->levels[0].events[1], 2);

    json = lt_pack_to_json(pack);
    LT_CHECK(json != NULL);
    if (json) {
        LT_CHECK(strstr(json, "\"id\":\"tiny\"") != NULL);
        LT_CHECK(strstr(json, "Signing of the \\\"Declaration\\\"") != NULL);
        LT_CHECK(strstr(json, "\"text\":\"1956-04/1956-05\"") != NULL);
        LT_CHECK(strstr(json, "\"precision\":\"part\",\"part\":\"early\"") != NULL);
        LT_CHECK(strstr(json, "\"source\":{\"text\":\"main\",\"paragraph\":2}") != NULL);
        LT_CHECK(strstr(json, "Хатояма") != NULL);
    }
    free(json);

    /* lt_diag_format */
    {
        lt_diag d = { LT_SEV_ERROR, "a.yaml", 3, 4, "bad", "fix it", LT_DIAG_OTHER };
        one = lt_diag_format(&d);
        LT_CHECK_STR(one, "a.yaml:3:4: error: bad (fix it)");
        free(one);
    }
    lt_pack_free(pack);
    lt_diags_free(&diags);
}

static void test_paths(void)
{
    lt_diags diags = { 0 };
    char path[1200];
    lt_pack *pack;

    snprintf(path, sizeof path, "%s/", fixture("valid"));
    pack = lt_pack_load(path, &diags); /* a trailing slash is fine */
    LT_CHECK(pack != NULL);
    lt_pack_free(pack);
    pack = lt_pack_load(fixture("valid/pack.yaml"), &diags);
    LT_CHECK(pack != NULL);
    lt_pack_free(pack);
    LT_CHECK_INT(diags.count, 0);

    LT_CHECK(lt_pack_load(fixture("no-such-pack"), &diags) == NULL);
    LT_CHECK(lt_pack_load(fixture("errors"), &diags) == NULL); /* folder without pack.yaml */
    LT_CHECK(lt_pack_load("", &diags) == NULL);
    LT_CHECK(lt_pack_load(NULL, NULL) == NULL);
    LT_CHECK_INT(diags.n_errors, 3);
    for (size_t i = 0; i < diags.count; i++) {
        LT_CHECK_INT(diags.items[i].code, LT_DIAG_IO);
    }
    lt_diags_free(&diags);

    {
        const char *text = "format: 1\nid: m\nversion: 1\ntitle: {en: M}\nlanguages: [en]\nevents: []\n";
        pack = lt_pack_load_mem(text, strlen(text), "mem.yaml", NULL, &diags);
    }
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(diags.count, 0);
    lt_pack_free(pack);
    lt_pack_free(NULL);
    lt_diags_free(&diags);
}

static void test_helpers(void)
{
    lt_text t = { { NULL, "only en" } };
    lt_text none = { { NULL, NULL } };
    LT_CHECK_STR(lt_text_get(&t, LT_LANG_RU), "only en");
    LT_CHECK_STR(lt_text_get(&none, LT_LANG_RU), "");
    LT_CHECK_STR(lt_lang_code(LT_LANG_EN), "en");
    LT_CHECK_INT(lt_lang_parse("ru"), LT_LANG_RU);
    LT_CHECK_INT(lt_lang_parse("de"), -1);
    LT_CHECK_STR(lt_entity_kind_name(LT_ENT_DOCUMENT), "document");
    LT_CHECK_STR(lt_role_name(LT_ROLE_INITIATOR), "initiator");
    LT_CHECK_STR(lt_diag_code_name(LT_DIAG_UNKNOWN_KEY), "unknown-key");
}

int main(void)
{
    const char *root = getenv("LETOPIS_ROOT");
    snprintf(lt_fix_dir, sizeof lt_fix_dir, "%s/tests/fixtures/packs",
             root && root[0] ? root : LT_SOURCE_ROOT);
    for (size_t i = 0; i < sizeof lt_expect / sizeof lt_expect[0]; i++) {
        test_error_file(&lt_expect[i]);
    }
    test_multi();
    test_valid();
    test_paths();
    test_helpers();
    return LT_TEST_END();
}
