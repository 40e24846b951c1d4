/* teacher_seed.c: fills a data folder with a small class for the teacher
 * screen's tests and screenshots: students with names in several scripts
 * (one very long), answers with recorded wrong answers (one very long) on
 * facts of the default pack, and one student without answers.
 * Usage: teacher_seed DIR. Depends on: lt_store.h, lt_fsrs.h. */
#include <stdio.h>
#include <string.h>

#include "lt_fsrs.h"
#include "lt_store.h"

#define H INT64_C(3600000)
#define T0 INT64_C(1767603600000) /* 2026-01-05T09:00:00Z */
#define PACK "1956-declaration"

static bool answer(lt_store *s, int64_t profile, const char *fact, int64_t at, lt_outcome out, const char *text)
{
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    lt_card_rec c;
    if (!lt_store_card_get(s, profile, PACK, fact, &c)) {
        memset(&c, 0, sizeof c);
        snprintf(c.fact, sizeof c.fact, "%s", fact);
        lt_fsrs_card_new(&c.fsrs, at);
    }
    lt_fsrs_state before = c.fsrs.state;
    int rating = out == LT_OUT_RIGHT ? 3 : out == LT_OUT_CLOSE ? 2 : 1;
    lt_fsrs_log log;
    lt_fsrs_review(&p, &c.fsrs, rating, at, &log);
    lt_answer_rec a = {.time_ms = at, .rating = rating, .answer_ms = 4000 + (at / 1000) % 7000, .qtype = "choice",
                       .outcome = out, .score = out == LT_OUT_WRONG ? 0 : 500,
                       .has_r_before = log.has_retrievability, .r_before = log.retrievability,
                       .state_before = before, .answer = out == LT_OUT_WRONG ? text : NULL};
    return lt_store_commit_answer(s, profile, PACK, &c, &a);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: teacher_seed DIR\n");
        return 2;
    }
    char err[512] = "";
    lt_store *s = lt_store_open(argv[1], err, sizeof err);
    if (s == NULL) {
        fprintf(stderr, "teacher_seed: %s\n", err);
        return 1;
    }
    static const char *const names[] = {
        "Анна Смирнова", "Пётр Иванов", "Mary Ellen O'Brien",
        "Александра-Виктория Константинопольская-Преображенская", "Тимур", "Zoë", "李明", "Ёлка",
        "Дмитрий Соколов", "Lena Weber", "Оля"};
    static const char *const facts[] = {"F01/when", "F02/where", "F03/when", "F04/what", "F05/why", "F06/when",
                                        "F07/who", "F08/when", "F09/what", "F10/where", "F11/when", "F12/who"};
    static const char *const wrong[] = {"1955", "Токио", "1957",
                                        "Восстановление дипломатических отношений и немедленное возвращение "
                                        "всех четырёх островов без каких-либо условий",
                                        "Лондон", "1960", "Маленков, \"Г.М.\"", "Хатояма"};
    bool ok = true;
    size_t nn = sizeof names / sizeof names[0], nf = sizeof facts / sizeof facts[0];
    for (size_t i = 0; i < nn; i++) {
        int64_t id = lt_store_profile_create(s, names[i], T0);
        ok &= id > 0;
        if (i == nn - 1) {
            continue; /* Оля has not played yet */
        }
        for (size_t f = 0; f < nf; f++) {
            int tries = 1 + (int)((i * 7 + f * 3) % 4);
            for (int k = 0; k < tries; k++) {
                /* Facts later in the list are harder; some students are stronger. */
                unsigned v = (unsigned)(i * 31 + f * 17 + (size_t)k * 13) % 10;
                lt_outcome out = v < (f < 4 ? 7u : f < 8 ? 5u : 3u) + (i % 3 == 0) ? LT_OUT_RIGHT
                                 : v == 9                                           ? LT_OUT_CLOSE
                                                                                    : LT_OUT_WRONG;
                int64_t at = T0 + (int64_t)i * H + (int64_t)(f * 4 + (size_t)k) * 600000 + (int64_t)k * 24 * H;
                ok &= answer(s, id, facts[f], at, out, wrong[(f + (size_t)k) % (sizeof wrong / sizeof wrong[0])]);
            }
        }
    }
    lt_store_close(s);
    if (!ok) {
        fprintf(stderr, "teacher_seed: a write failed\n");
        return 1;
    }
    printf("teacher_seed: %zu students in %s\n", nn, argv[1]);
    return 0;
}
