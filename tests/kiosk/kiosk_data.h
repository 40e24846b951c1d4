/* kiosk_data.h: the fixed kiosk data set the tests check against figures
 * worked out by hand (below), shared by test_kstore.c and kiosk_seed.c.
 * Times are UTC; the tests run with TZ=UTC.
 * Depends on: lt_kiosk.h. */
#ifndef KIOSK_DATA_H
#define KIOSK_DATA_H

#include <string.h>

#include "lt_kiosk.h"

#define KD_HOUR INT64_C(3600000)
#define KD_DAY (24 * KD_HOUR)
#define KD_D INT64_C(1767571200000) /* 2026-01-05T00:00:00Z, the day checked */

/* Day D (2026-01-05):
 *   V1 ru 09:00 completed +120 s: f1 wrong, f2 right, f3 wrong, f6 right, a-tie wrong
 *   V2 en 10:00 idle      +60 s:  f1 wrong, f2 right, f6 right, a-tie wrong
 *   V3 ru 11:00 completed +90 s:  f1 right, f2 wrong, f3 wrong, f6 right, a-tie right
 *   V4 ru 12:00 crash     (+30 min, not in the mean): f1 wrong
 *   V5 en 13:00 admin     +30 s:  f3 right, f5 wrong
 *   V6 ru 23:59:59.999 still running: f5 wrong
 * So: 6 sessions (ru 4, en 2), 5 finished, 2 completed (rate 0.4), ended
 * completed 2 / idle 1 / admin 1 / crash 1, mean length (120+60+90+30)/4 =
 * 75 s, 18 answers. Facts with >= 3 answers and a wrong one: f1 3 of 4
 * wrong (0.75), a-tie 2/3 and f3 2/3 (a tie: fact id order), f2 1/3; f5
 * has 2 answers and f6 none wrong, so neither is listed.
 * Day D-1: one ru session at 23:59:59, completed +30 s, f2 wrong.
 * Day D+1: one en session at 00:00:00, completed +45 s, f1 wrong.
 * Returns the id of V6 (left running), 0 on failure. */
static inline int64_t kd_fill(lt_kstore *ks)
{
    struct {
        int64_t start;
        lt_lang lang;
        int64_t len_ms; /* -1: left running */
        lt_visit_end end;
        const char *answers; /* "fact+ fact- ..." */
    } v[] = {
        { KD_D - 1000, LT_LANG_RU, 30000, LT_VISIT_COMPLETED, "f2-" },
        { KD_D + 9 * KD_HOUR, LT_LANG_RU, 120000, LT_VISIT_COMPLETED, "f1- f2+ f3- f6+ a-tie-" },
        { KD_D + 10 * KD_HOUR, LT_LANG_EN, 60000, LT_VISIT_IDLE, "f1- f2+ f6+ a-tie-" },
        { KD_D + 11 * KD_HOUR, LT_LANG_RU, 90000, LT_VISIT_COMPLETED, "f1+ f2- f3- f6+ a-tie+" },
        { KD_D + 12 * KD_HOUR, LT_LANG_RU, 1800000, LT_VISIT_CRASH, "f1-" },
        { KD_D + 13 * KD_HOUR, LT_LANG_EN, 30000, LT_VISIT_ADMIN, "f3+ f5-" },
        { KD_D + KD_DAY + 0, LT_LANG_EN, 45000, LT_VISIT_COMPLETED, "f1-" },
        { KD_D + KD_DAY - 1, LT_LANG_RU, -1, LT_VISIT_COMPLETED, "f5-" },
    };
    int64_t running = 0;
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        int64_t id = lt_kstore_visit_begin(ks, v[i].start, v[i].lang);
        int score = 0;
        if (id <= 0) {
            return 0;
        }
        /* space-separated "fact+" / "fact-" tokens: the last character is the outcome */
        const char *p = v[i].answers;
        while (*p) {
            char fact[32];
            size_t n = strcspn(p, " ");
            if (n < 2 || n >= sizeof fact) {
                return 0;
            }
            memcpy(fact, p, n - 1);
            fact[n - 1] = '\0';
            bool right = p[n - 1] == '+';
            score += right ? 100 : 0;
            if (!lt_kstore_visit_answer(ks, id, fact, right, score)) {
                return 0;
            }
            p += n;
            while (*p == ' ') {
                p++;
            }
        }
        if (v[i].len_ms < 0) {
            running = id;
        } else if (!lt_kstore_visit_end(ks, id, v[i].start + v[i].len_ms, v[i].end)) {
            return 0;
        }
    }
    return running;
}

#define KD_CSV                                                                                          \
    "\xEF\xBB\xBF"                                                                                      \
    "date,sessions,finished,completed,idle,admin,crash,stopped,answers,mean_length_s,completion_rate,"  \
    "sessions_ru,sessions_en,hardest_facts\r\n"                                                         \
    "2026-01-05,6,5,2,1,1,1,0,18,75.0,0.400,4,2,f1 (3/4); a-tie (2/3); f3 (2/3); f2 (1/3)\r\n"

#define KD_JSON                                                                                         \
    "{\n"                                                                                               \
    "  \"date\": \"2026-01-05\",\n"                                                                     \
    "  \"day_start_ms\": 1767571200000,\n"                                                              \
    "  \"sessions\": 6,\n"                                                                              \
    "  \"finished\": 5,\n"                                                                              \
    "  \"completed\": 2,\n"                                                                             \
    "  \"ended\": {\"completed\": 2, \"idle\": 1, \"admin\": 1, \"crash\": 1, \"stopped\": 0},\n"     \
    "  \"answers\": 18,\n"                                                                              \
    "  \"mean_length_s\": 75,\n"                                                                        \
    "  \"completion_rate\": 0.4,\n"                                                                     \
    "  \"per_language\": {\"ru\": 4, \"en\": 2},\n"                                                     \
    "  \"hardest_facts\": [\n"                                                                          \
    "    {\"fact\": \"f1\", \"answers\": 4, \"wrong\": 3, \"wrong_rate\": 0.75},\n"                     \
    "    {\"fact\": \"a-tie\", \"answers\": 3, \"wrong\": 2, \"wrong_rate\": 0.667},\n"                 \
    "    {\"fact\": \"f3\", \"answers\": 3, \"wrong\": 2, \"wrong_rate\": 0.667},\n"                    \
    "    {\"fact\": \"f2\", \"answers\": 3, \"wrong\": 1, \"wrong_rate\": 0.333}\n"                     \
    "  ]\n"                                                                                             \
    "}\n"

#endif
