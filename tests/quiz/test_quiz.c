/* test_quiz.c: classic question generation over many seeds (four distinct
 * options, exactly one right, distractors of the same kind), speed points,
 * the catalog printer used for the golden file, and the entry point of the
 * typed-question tests (--types). Depends on: lt_quiz.h, lt_pack.h, qt_types.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_date.h"
#include "lt_quiz.h"
#include "qt.h"
#include "qt_types.h"

#define SEEDS 1000

static const lt_entity_kind kind_of_facet[LT_FACET_CLASSIC] = {LT_ENT_KIND_COUNT, LT_ENT_PERSON, LT_ENT_PLACE,
                                                               LT_ENT_DOCUMENT};

static bool in_list(const size_t *list, size_t n, size_t v)
{
    for (size_t i = 0; i < n; i++) {
        if (list[i] == v) {
            return true;
        }
    }
    return false;
}

static bool person_in(const lt_event *ev, size_t ent)
{
    for (size_t i = 0; i < ev->n_people; i++) {
        if (ev->people[i].entity == ent) {
            return true;
        }
    }
    return false;
}

/* Checks one question against the pack: the right option is true of the
 * fact, every other option is of the same kind and false of it. */
static void check_question(const lt_pack *pack, const lt_question *q, lt_lang lang, unsigned seed)
{
    const lt_event *ev = &pack->events[q->event];
    QT_CHECK(q->n_options == LT_QUIZ_OPTIONS, "seed %u %s: %d options", seed, ev->id, q->n_options);
    QT_CHECK(q->correct >= 0 && q->correct < q->n_options, "seed %u: correct index %d", seed, q->correct);
    for (int i = 0; i < q->n_options; i++) {
        QT_CHECK(q->options[i][0] != '\0', "seed %u %s: empty option %d", seed, ev->id, i);
        for (int j = i + 1; j < q->n_options; j++) {
            QT_CHECK(strcmp(q->options[i], q->options[j]) != 0, "seed %u %s: options %d and %d both '%s'", seed,
                     ev->id, i, j, q->options[i]);
        }
    }
    QT_CHECK(strstr(q->prompt, lt_text_get(&ev->title, lang)) != NULL, "seed %u: prompt lacks the title", seed);
    QT_CHECK(q->explanation[0] != '\0', "seed %u %s: no explanation", seed, ev->id);

    if (q->facet == LT_FACET_WHEN) {
        QT_CHECK(q->option_kind == LT_OPT_DATE, "seed %u: when-question with kind %d", seed, q->option_kind);
        char want[LT_QUIZ_OPTION_MAX];
        lt_date_format(&ev->date, (int)lang, want, sizeof want);
        QT_CHECK(strcmp(q->options[q->correct], want) == 0, "seed %u %s: right date '%s' is not '%s'", seed,
                 ev->id, q->options[q->correct], want);
        for (int i = 0; i < q->n_options; i++) {
            int ref = q->option_ref[i];
            if (i == q->correct || ref < 0) {
                continue;
            }
            const lt_event *other = &pack->events[ref];
            QT_CHECK(lt_date_order(&ev->date, &other->date) != 0, "seed %u %s: distractor date of %s overlaps",
                     seed, ev->id, other->id);
        }
        return;
    }
    lt_entity_kind want_kind = kind_of_facet[q->facet];
    for (int i = 0; i < q->n_options; i++) {
        int ref = q->option_ref[i];
        QT_CHECK(ref >= 0 && (size_t)ref < pack->n_entities, "seed %u: option %d has no entity", seed, i);
        if (ref < 0 || (size_t)ref >= pack->n_entities) {
            continue;
        }
        QT_CHECK(pack->entities[ref].kind == want_kind, "seed %u %s: option '%s' is a %s, not a %s", seed, ev->id,
                 q->options[i], lt_entity_kind_name(pack->entities[ref].kind), lt_entity_kind_name(want_kind));
        bool belongs = q->facet == LT_FACET_WHO     ? person_in(ev, (size_t)ref)
                       : q->facet == LT_FACET_WHERE ? in_list(ev->places, ev->n_places, (size_t)ref)
                                                    : in_list(ev->documents, ev->n_documents, (size_t)ref);
        if (i == q->correct) {
            QT_CHECK(belongs, "seed %u %s: the right option '%s' is not in the fact", seed, ev->id, q->options[i]);
        } else {
            QT_CHECK(!belongs, "seed %u %s: distractor '%s' is also right", seed, ev->id, q->options[i]);
        }
    }
}

static int run_checks(const lt_pack *pack)
{
    int facet_seen[LT_FACET_CLASSIC] = {0};
    for (unsigned seed = 0; seed < SEEDS; seed++) {
        for (int l = 0; l < LT_LANG_COUNT; l++) {
            lt_question qs[LT_QUIZ_ROUND_LEN];
            int n = lt_quiz_round(pack, (lt_lang)l, seed, qs, LT_QUIZ_ROUND_LEN);
            QT_CHECK(n == LT_QUIZ_ROUND_LEN, "seed %u: round has %d questions", seed, n);
            bool facets[LT_FACET_CLASSIC] = {false};
            for (int i = 0; i < n; i++) {
                check_question(pack, &qs[i], (lt_lang)l, seed);
                QT_CHECK(qs[i].type == LT_Q_CHOICE && qs[i].facet < LT_FACET_CLASSIC, "seed %u: round of type %d",
                         seed, qs[i].type);
                if (qs[i].facet >= LT_FACET_CLASSIC) {
                    continue;
                }
                facets[qs[i].facet] = true;
                facet_seen[qs[i].facet]++;
                for (int j = i + 1; j < n; j++) {
                    QT_CHECK(qs[i].event != qs[j].event, "seed %u: fact %s asked twice", seed,
                             pack->events[qs[i].event].id);
                }
            }
            for (int f = 0; f < LT_FACET_CLASSIC; f++) {
                QT_CHECK(facets[f], "seed %u: no '%s' question in the round", seed, lt_facet_name((lt_facet)f));
            }
        }
    }
    /* The same seed gives the same round. */
    lt_question a[LT_QUIZ_ROUND_LEN], b[LT_QUIZ_ROUND_LEN];
    int na = lt_quiz_round(pack, LT_LANG_RU, 42, a, LT_QUIZ_ROUND_LEN);
    int nb = lt_quiz_round(pack, LT_LANG_RU, 42, b, LT_QUIZ_ROUND_LEN);
    QT_CHECK(na == nb && memcmp(a, b, sizeof a) == 0, "seed 42 gave two different rounds");
    printf("facets over %d rounds: when %d, who %d, where %d, document %d\n", SEEDS * 2, facet_seen[0],
           facet_seen[1], facet_seen[2], facet_seen[3]);

    /* Speed points: round(1000 * (1 - t/T/2)). */
    QT_CHECK(lt_score_speed(0, 20000, true) == 1000, "instant answer");
    QT_CHECK(lt_score_speed(20000, 20000, true) == 500, "answer at the limit");
    QT_CHECK(lt_score_speed(5000, 20000, true) == 875, "answer at 5 s: %d", lt_score_speed(5000, 20000, true));
    QT_CHECK(lt_score_speed(3333, 20000, true) == 917, "answer at 3.333 s");
    QT_CHECK(lt_score_speed(1000, 20000, false) == 0, "wrong answer scores");
    QT_CHECK(lt_score_speed(25000, 20000, true) == 0, "late answer scores");
    return QT_DONE();
}

/* Prints every question of rounds for a few seeds, both languages: the
 * golden catalog. */
static int print_catalog(const lt_pack *pack)
{
    static const unsigned seeds[] = {1, 1956, 20261125};
    for (size_t s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
        for (int l = 0; l < LT_LANG_COUNT; l++) {
            lt_question qs[LT_QUIZ_ROUND_LEN];
            int n = lt_quiz_round(pack, (lt_lang)l, seeds[s], qs, LT_QUIZ_ROUND_LEN);
            printf("# seed %u lang %s: %d questions\n", seeds[s], lt_lang_code((lt_lang)l), n);
            for (int i = 0; i < n; i++) {
                const lt_question *q = &qs[i];
                printf("%d. [%s %s] %s\n", i + 1, pack->events[q->event].id, lt_facet_name(q->facet), q->prompt);
                for (int k = 0; k < q->n_options; k++) {
                    printf("   %c %d) %s\n", k == q->correct ? '*' : ' ', k + 1, q->options[k]);
                }
                printf("   = %s [p%d%s]\n", q->explanation, q->paragraph, q->external ? ", external" : "");
            }
        }
    }
    qt_types_catalog(pack);
    return 0;
}

int main(int argc, char **argv)
{
    bool catalog = argc == 3 && strcmp(argv[1], "--catalog") == 0;
    bool types = argc == 3 && strcmp(argv[1], "--types") == 0;
    if (!catalog && !types && argc != 2) {
        fprintf(stderr, "usage: test_quiz [--catalog | --types] PACK\n");
        return 2;
    }
    const char *path = argv[argc - 1];
    lt_diags d = {0};
    lt_pack *pack = lt_pack_load(path, &d);
    if (pack == NULL) {
        for (size_t i = 0; i < d.count; i++) {
            char *line = lt_diag_format(&d.items[i]);
            fprintf(stderr, "%s\n", line);
            free(line);
        }
        lt_diags_free(&d);
        return 1;
    }
    lt_diags_free(&d);
    int rc;
    if (catalog) {
        rc = print_catalog(pack);
    } else if (types) {
        int failed = qt_types_run(pack) + qt_hand_run(pack);
        printf("typed questions: %d checks failed\n", failed);
        rc = failed == 0 ? 0 : 1;
    } else {
        rc = run_checks(pack);
    }
    lt_pack_free(pack);
    return rc;
}
