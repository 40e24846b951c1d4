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
    /* level rules */
    { "level_types.yaml", 14, 21, LT_DIAG_BAD_ENUM, "did you mean 'truefalse'? use one of: choice," },
    { "level_time.yaml", 14, 11, LT_DIAG_BAD_VALUE, "out of range (5 to 300 seconds)" },
    { "level_pass.yaml", 14, 11, LT_DIAG_BAD_VALUE, "write 0.8 for 80%" },
    { "level_pass_type.yaml", 14, 11, LT_DIAG_BAD_TYPE, "must be a number" },
    { "level_no_events.yaml", 11, 5, LT_DIAG_MISSING_FIELD, "level 'l1' has no 'events'" },
    /* confusions */
    { "confusion_ref.yaml", 11, 16, LT_DIAG_UNKNOWN_REF, "unknown id 'E2' in confusions" },
    { "confusion_self.yaml", 11, 15, LT_DIAG_BAD_VALUE, "cannot be confused with itself" },
    /* hand-written questions */
    { "question_dup.yaml", 15, 9, LT_DIAG_DUP_ID, "duplicate question id 'q1' (first defined at line 11)" },
    { "question_type.yaml", 12, 11, LT_DIAG_BAD_ENUM, "did you mean 'choice'?" },
    { "question_event_ref.yaml", 15, 12, LT_DIAG_UNKNOWN_REF, "unknown event 'E9'" },
    { "question_level_ref.yaml", 19, 12, LT_DIAG_UNKNOWN_REF, "did you mean 'autumn'?" },
    { "choice_right.yaml", 15, 7, LT_DIAG_BAD_VALUE, "exactly one right option (correct: true); this one has 2" },
    { "choice_count.yaml", 23, 9, LT_DIAG_BAD_VALUE, "at most 8 options; this one has 9" },
    { "multi_right.yaml", 15, 7, LT_DIAG_BAD_VALUE, "2 right and 0 wrong" },
    { "truefalse_both.yaml", 14, 5, LT_DIAG_BAD_VALUE, "either 'answer' or 'options'" },
    { "truefalse_missing.yaml", 11, 5, LT_DIAG_MISSING_FIELD, "truefalse question 'q1' has no 'answer'" },
    { "typed_answers.yaml", 11, 5, LT_DIAG_MISSING_FIELD, "typed question 'q1' has no answers" },
    { "cloze_gap.yaml", 13, 18, LT_DIAG_BAD_VALUE, "cloze prompt (ru) has no gap '___'" },
    { "order_count.yaml", 15, 7, LT_DIAG_BAD_VALUE, "an order question needs at least 3 options" },
    { "match_missing.yaml", 16, 9, LT_DIAG_MISSING_FIELD, "option 2 of match question 'q1' has no 'match'" },
    { "option_dup.yaml", 17, 34, LT_DIAG_BAD_VALUE, "option 3 repeats the text of option 1" },
    { "date_answer.yaml", 14, 15, LT_DIAG_BAD_DATE, "no day 32" },
    { "answers_on_choice.yaml", 14, 5, LT_DIAG_BAD_VALUE, "a choice question takes no 'answers'" },
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

/* Level rules, confusions and one hand-written question of each type. */
static void test_valid_additions(const lt_pack *pack)
{
    const lt_level *lv = &pack->levels[0];
    const lt_event *ev;
    const lt_hand_question *q;

    LT_CHECK_INT(lv->types, (1u << LT_Q_CHOICE) | (1u << LT_Q_TRUEFALSE) | (1u << LT_Q_DATE));
    LT_CHECK_INT(lv->time_limit_s, 20);
    LT_CHECK(lv->pass_mark > 0.7499 && lv->pass_mark < 0.7501);
    LT_CHECK(!lv->exam);
    lv = &pack->levels[1]; /* no optional keys: defaults */
    LT_CHECK_INT(lv->types, 0);
    LT_CHECK_INT(lv->time_limit_s, 0);
    LT_CHECK(lv->pass_mark == 0.0);
    LT_CHECK(!lv->exam);
    lv = &pack->levels[2]; /* exam without events: all of them */
    LT_CHECK(lv->exam);
    LT_CHECK_INT(lv->n_events, pack->n_events);
    LT_CHECK_INT(lv->events[5], 5);
    LT_CHECK_INT(lv->time_limit_s, 300);
    LT_CHECK(lv->pass_mark == 1.0);

    ev = &pack->events[0];
    LT_CHECK_INT(ev->n_confusions, 1);
    LT_CHECK_INT(ev->confusions[0].event, -1);
    LT_CHECK_INT(ev->confusions[0].entity, 1);
    LT_CHECK_STR(lt_text_get(&ev->confusions[0].note, LT_LANG_EN),
                 "Moscow hosted the spring talks; this round was in London.");
    ev = &pack->events[1];
    LT_CHECK_INT(ev->n_confusions, 1);
    LT_CHECK_INT(ev->confusions[0].event, 2);
    LT_CHECK_INT(ev->confusions[0].entity, -1);
    LT_CHECK_INT(pack->events[2].n_confusions, 0);

    q = &pack->questions[0];
    LT_CHECK_STR(q->id, "q-choice");
    LT_CHECK_INT(q->type, LT_Q_CHOICE);
    LT_CHECK_INT(q->n_options, 3);
    LT_CHECK(q->options[0].correct && !q->options[1].correct && !q->options[2].correct);
    LT_CHECK_STR(lt_text_get(&q->options[1].note, LT_LANG_EN), "London hosted the January talks.");
    LT_CHECK_STR(lt_text_get(&q->explanation, LT_LANG_RU), "It was signed in Moscow.");
    LT_CHECK_INT(q->event, 1);
    LT_CHECK_INT(q->level, 0);
    LT_CHECK(q->line > 0 && q->col == 5);
    q = &pack->questions[1];
    LT_CHECK_INT(q->type, LT_Q_MULTI);
    LT_CHECK_INT(q->n_options, 3);
    LT_CHECK(q->options[0].correct && q->options[1].correct && !q->options[2].correct);
    LT_CHECK_INT(q->event, -1);
    LT_CHECK_INT(q->level, -1);
    q = &pack->questions[2]; /* answer: false shorthand */
    LT_CHECK_INT(q->type, LT_Q_TRUEFALSE);
    LT_CHECK_INT(q->n_options, 2);
    LT_CHECK_STR(lt_text_get(&q->options[0].text, LT_LANG_RU), "Верно");
    LT_CHECK_STR(lt_text_get(&q->options[1].text, LT_LANG_EN), "False");
    LT_CHECK(!q->options[0].correct && q->options[1].correct);
    q = &pack->questions[3];
    LT_CHECK_INT(q->type, LT_Q_TRUEFALSE);
    LT_CHECK_STR(lt_text_get(&q->options[0].text, LT_LANG_EN), "Yes");
    LT_CHECK(q->options[0].correct && !q->options[1].correct);
    q = &pack->questions[4];
    LT_CHECK_INT(q->type, LT_Q_TYPED);
    LT_CHECK_INT(q->n_options, 0);
    LT_CHECK_INT(q->n_answers, 2);
    LT_CHECK_STR(q->answers[1], "Hatoyama");
    q = &pack->questions[5]; /* date from the event */
    LT_CHECK_INT(q->type, LT_Q_DATE);
    LT_CHECK_INT(q->n_answers, 1);
    LT_CHECK_STR(q->answers[0], "1956-10-19");
    q = &pack->questions[6];
    LT_CHECK_INT(q->type, LT_Q_DATE);
    LT_CHECK_STR(q->answers[0], "1956-01");
    q = &pack->questions[7];
    LT_CHECK_INT(q->type, LT_Q_ORDER);
    LT_CHECK_INT(q->n_options, 3);
    LT_CHECK_STR(lt_text_get(&q->options[2].text, LT_LANG_EN), "Ratification");
    q = &pack->questions[8];
    LT_CHECK_INT(q->type, LT_Q_MATCH);
    LT_CHECK_STR(lt_text_get(&q->options[1].match, LT_LANG_EN), "December");
    q = &pack->questions[9];
    LT_CHECK_INT(q->type, LT_Q_CLOZE);
    LT_CHECK_INT(q->n_answers, 2);
    LT_CHECK_INT(q->level, 2);
}

/* Above the soft limits the checker warns and the pack still loads. */
static void test_warnings(void)
{
    char text[4096];
    char long_prompt[402], long_option[122];
    lt_diags diags = { 0 };
    lt_pack *pack;

    memset(long_prompt, 'p', sizeof long_prompt - 1);
    long_prompt[sizeof long_prompt - 1] = '\0';
    memset(long_option, 'o', sizeof long_option - 1);
    long_option[sizeof long_option - 1] = '\0';
    snprintf(text, sizeof text,
             "format: 1\nid: w\nversion: 1\ntitle: {en: W}\nlanguages: [en]\n"
             "events: []\n"
             "questions:\n"
             "  - id: q1\n"
             "    type: order\n"
             "    prompt: {en: \"%s\"}\n"
             "    options:\n"
             "      - {text: {en: \"%s\"}, correct: true}\n"
             "      - {text: {en: B}}\n"
             "      - {text: {en: C}}\n",
             long_prompt, long_option);
    pack = lt_pack_load_mem(text, strlen(text), "w.yaml", NULL, &diags);
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(diags.n_errors, 0);
    LT_CHECK_INT(diags.n_warnings, 3);
    if (diags.count == 3) {
        LT_CHECK_INT(diags.items[0].line, 10);
        LT_CHECK_INT(diags.items[0].col, 18);
        LT_CHECK(strstr(diags.items[0].message, "prompt (en) is 401 characters long") != NULL);
        LT_CHECK_INT(diags.items[1].line, 12);
        LT_CHECK_INT(diags.items[1].col, 21);
        LT_CHECK(strstr(diags.items[1].message, "limit is 120") != NULL);
        LT_CHECK_INT(diags.items[2].line, 12);
        LT_CHECK(strstr(diags.items[2].message, "'correct' means nothing in an order question") != NULL);
        for (size_t i = 0; i < diags.count; i++) {
            LT_CHECK_INT(diags.items[i].severity, LT_SEV_WARNING);
            LT_CHECK(diags.items[i].hint != NULL);
        }
    }
    lt_pack_free(pack);
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
    LT_CHECK_INT(pack->n_levels, 3);
    LT_CHECK_INT(pack->n_questions, 10);
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
    test_valid_additions(pack);

    json = lt_pack_to_json(pack);
    LT_CHECK(json != NULL);
    if (json) {
        LT_CHECK(strstr(json, "\"id\":\"tiny\"") != NULL);
        LT_CHECK(strstr(json, "Signing of the \\\"Declaration\\\"") != NULL);
        LT_CHECK(strstr(json, "\"text\":\"1956-04/1956-05\"") != NULL);
        LT_CHECK(strstr(json, "\"precision\":\"part\",\"part\":\"early\"") != NULL);
        LT_CHECK(strstr(json, "\"source\":{\"text\":\"main\",\"paragraph\":2}") != NULL);
        LT_CHECK(strstr(json, "Хатояма") != NULL);
        LT_CHECK(strstr(json, "\"types\":[\"choice\",\"truefalse\",\"date\"],\"time\":20,"
                              "\"pass\":0.75,\"exam\":false}") != NULL);
        LT_CHECK(strstr(json, "\"types\":null,\"time\":300,\"pass\":1,\"exam\":true}") != NULL);
        LT_CHECK(strstr(json, "\"confusions\":[{\"event\":null,\"entity\":\"moscow\",\"note\":{") != NULL);
        LT_CHECK(strstr(json, "\"confusions\":[{\"event\":\"F22\",\"entity\":null,") != NULL);
        LT_CHECK(strstr(json, "\"confusions\":[]") != NULL);
        LT_CHECK(strstr(json, "\"questions\":[{\"id\":\"q-choice\",\"type\":\"choice\"") != NULL);
        LT_CHECK(strstr(json, "{\"text\":{\"ru\":\"Лондон\",\"en\":\"London\"},\"correct\":false,"
                              "\"match\":{},\"note\":{\"en\":\"London hosted the January talks.\"}}") != NULL);
        LT_CHECK(strstr(json, "\"answers\":[\"1956-10-19\"],\"explanation\":{},\"event\":\"F16\"") != NULL);
        LT_CHECK(strstr(json, "\"match\":{\"en\":\"December\"}") != NULL);
        LT_CHECK(strstr(json, "\"event\":null,\"level\":\"final\"}]}") != NULL);
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
    for (int k = 0; k < LT_Q_TYPE_COUNT; k++) {
        LT_CHECK_INT(lt_qtype_parse(lt_qtype_name((lt_qtype)k)), k);
    }
    LT_CHECK_STR(lt_qtype_name(LT_Q_TRUEFALSE), "truefalse");
    LT_CHECK_STR(lt_qtype_name(LT_Q_CLOZE), "cloze");
    LT_CHECK_STR(lt_qtype_name(LT_Q_TYPE_COUNT), "unknown");
    LT_CHECK_INT(lt_qtype_parse("Choice"), -1);
    LT_CHECK_INT(lt_qtype_parse(NULL), -1);
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
    test_warnings();
    test_paths();
    test_helpers();
    return LT_TEST_END();
}
