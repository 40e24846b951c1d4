/* test_fsrs.c: FSRS-6 against the worked traces and figures of fsrs6.md (to 1e-6,
 * integers exact), plus properties: the forgetting curve, intervals, steps, fuzz, bounds.
 * Depends on: lt_fsrs.h (core), tests/core/lt_test.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_fsrs.h"
#include "lt_test.h"

#define MIN_MS LT_FSRS_MS_PER_MIN
#define DAY_MS LT_FSRS_MS_PER_DAY
/* 2026-01-01T09:00:00Z */
#define T0 INT64_C(1767258000000)

#define CHECK_NEAR(got, want, tol)                                                           \
    do {                                                                                     \
        double g_ = (got), w_ = (want);                                                      \
        lt_test_checks++;                                                                    \
        if (!(fabs(g_ - w_) <= (tol))) {                                                     \
            lt_test_failures++;                                                              \
            fprintf(stderr, "%s:%d: %s is %.10f, want %.10f\n", __FILE__, __LINE__, #got, g_, \
                    w_);                                                                     \
        }                                                                                    \
    } while (0)

typedef struct trace_row {
    int64_t minutes; /* after T0 */
    int rating;
    double r;        /* R before, -1 = none (New) */
    double s, d;
    lt_fsrs_state state;
    int64_t due_minutes_after_review;
    int lapses;
} trace_row;

/* fsrs6.md section 6.2: defaults, short-term on. */
static void test_trace_short_term(void)
{
    static const trace_row rows[] = {
        { 0, 3, -1, 2.3065, 2.11810397, LT_FSRS_LEARNING, 10, 0 },
        { 10, 3, 1, 2.3065, 2.11121424, LT_FSRS_REVIEW, 2 * 1440, 0 },
        { 2 * 1440, 3, 0.90949326, 10.97104786, 2.1043314, LT_FSRS_REVIEW, 11 * 1440, 0 },
        { 13 * 1440, 1, 0.89981884, 1.5390125, 7.38997579, LT_FSRS_RELEARNING, 10, 1 },
        { 13 * 1440 + 10, 3, 1, 1.57184156, 7.37781418, LT_FSRS_REVIEW, 2 * 1440, 1 },
        { 19 * 1440, 2, 0.78661913, 5.39463235, 8.24449923, LT_FSRS_REVIEW, 5 * 1440, 1 },
        { 30 * 1440, 4, 0.84420996, 23.44464233, 7.64312105, LT_FSRS_REVIEW, 23 * 1440, 1 },
    };
    lt_fsrs_params p;
    lt_fsrs_card c;
    lt_fsrs_params_default(&p);
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_OK);
    lt_fsrs_card_new(&c, T0);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const trace_row *r = &rows[i];
        lt_fsrs_log log;
        int64_t now = T0 + r->minutes * MIN_MS;
        LT_CHECK_INT(lt_fsrs_review(&p, &c, r->rating, now, &log), LT_FSRS_OK);
        if (r->r < 0) {
            LT_CHECK(!log.has_retrievability);
        } else {
            LT_CHECK(log.has_retrievability);
            CHECK_NEAR(log.retrievability, r->r, 1e-6);
        }
        CHECK_NEAR(c.stability, r->s, 1e-6);
        CHECK_NEAR(c.difficulty, r->d, 1e-6);
        LT_CHECK_INT(c.state, r->state);
        LT_CHECK_INT(c.due, now + r->due_minutes_after_review * MIN_MS);
        LT_CHECK_INT(c.scheduled_days, r->due_minutes_after_review % 1440 == 0
                                           ? r->due_minutes_after_review / 1440
                                           : 0);
        LT_CHECK_INT(c.lapses, r->lapses);
        LT_CHECK_INT(c.reps, (long long)i + 1);
    }
}

/* fsrs6.md section 6.3: the same answers in long-term mode. */
static void test_trace_long_term(void)
{
    static const int64_t minutes[] = { 0, 10, 2 * 1440, 13 * 1440, 13 * 1440 + 10, 19 * 1440,
                                       30 * 1440 };
    static const int ratings[] = { 3, 3, 3, 1, 3, 2, 4 };
    static const double s[] = { 2.3065, 2.3065, 10.97104786, 1.5390125, 1.5390125, 5.3338829,
                                23.33445861 };
    lt_fsrs_params p;
    lt_fsrs_card c;
    lt_fsrs_params_default(&p);
    p.enable_short_term = false;
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_OK);
    lt_fsrs_card_new(&c, T0);
    for (int i = 0; i < 7; i++) {
        LT_CHECK_INT(lt_fsrs_review(&p, &c, ratings[i], T0 + minutes[i] * MIN_MS, NULL), LT_FSRS_OK);
        CHECK_NEAR(c.stability, s[i], 1e-6);
        LT_CHECK_INT(c.state, LT_FSRS_REVIEW);
        LT_CHECK(c.scheduled_days >= 1);
    }
    LT_CHECK_INT(c.lapses, 1);
}

/* Section 3: F, and R at t/S = 0.5, 1, 2, 3, 10, 100. Section 4: IM per retention. */
static void test_curve_and_interval(void)
{
    static const double ratio[] = { 0.5, 1, 2, 3, 10, 100 };
    static const double rr[] = { 0.9403, 0.9, 0.8459, 0.8094, 0.6928, 0.4923 };
    static const double ret[] = { 0.70, 0.80, 0.85, 0.90, 0.95, 0.97 };
    static const double im[] = { 9.28791122, 3.3159598, 1.90642614, 1, 0.40255869, 0.22276844 };
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    for (int i = 0; i < 6; i++) {
        CHECK_NEAR(lt_fsrs_forgetting_curve(&p, ratio[i] * 7.0, 7.0), rr[i], 5e-5);
    }
    /* F = 0.98034649: R(t,S) = (1 + F t/S)^-w20 */
    CHECK_NEAR(lt_fsrs_forgetting_curve(&p, 1.0, 0.98034649), pow(2.0, -0.1542), 1e-8);
    for (int i = 0; i < 6; i++) {
        lt_fsrs_params q = p;
        q.request_retention = ret[i];
        CHECK_NEAR(lt_fsrs_interval_for_retention(&q, 1.0, ret[i]), im[i], 1e-6);
        CHECK_NEAR(lt_fsrs_interval_for_retention(&q, 10.0, ret[i]), 10.0 * im[i], 1e-5);
        LT_CHECK_INT(lt_fsrs_next_interval_days(&q, 100.0),
                     (long long)fmax(1.0, floor(100.0 * im[i] + 0.5)));
    }
    /* the maximum interval caps the rounded interval; 1 day is the minimum */
    LT_CHECK_INT(lt_fsrs_next_interval_days(&p, 36500.0), 36500);
    LT_CHECK_INT(lt_fsrs_next_interval_days(&p, 0.01), 1);
    p.maximum_interval = 100;
    LT_CHECK_INT(lt_fsrs_next_interval_days(&p, 500.0), 100);
}

/* A Review card with S, D reviewed `days` after its last review. */
static lt_fsrs_card review_card(double s, double d, int64_t now, int days)
{
    lt_fsrs_card c;
    lt_fsrs_card_new(&c, now);
    c.state = LT_FSRS_REVIEW;
    c.stability = s;
    c.difficulty = d;
    c.has_last_review = true;
    c.last_review = now - days * DAY_MS;
    c.reps = 3;
    return c;
}

/* Sections 5.1-5.5: initial values, recall/lapse/short-term examples, D updates. */
static void test_formulas(void)
{
    static const double s0[] = { 0.212, 1.2931, 2.3065, 8.2956 };
    static const double d0[] = { 6.4133, 5.11217071, 2.11810397, 1.0 };
    static const double d5[] = { 8.34176237, 6.66599536, 4.99022837, 3.31446137 };
    static const double s10[] = { 1.39198697, 23.24687511, 32.02672948, 51.25386165 };
    static const double st23[] = { 0.77508398, 2.3065, 2.3065, 3.94605407 };
    static const double st1[] = { 0.35504029, 1, 1.05072037, 1.80755662 };
    lt_fsrs_params p;
    lt_fsrs_card c, out[4];
    int64_t now = T0;

    lt_fsrs_params_default(&p);
    lt_fsrs_card_new(&c, now);
    LT_CHECK_INT(lt_fsrs_preview(&p, &c, now, out), LT_FSRS_OK);
    for (int g = 0; g < 4; g++) {
        CHECK_NEAR(out[g].stability, s0[g], 1e-9);
        CHECK_NEAR(out[g].difficulty, d0[g], 1e-9);
    }
    /* first steps: Again 1 min, Hard 6 min, Good 10 min, Easy -> Review round(8.2956) days */
    LT_CHECK_INT(out[0].due, now + 1 * MIN_MS);
    LT_CHECK_INT(out[1].due, now + 6 * MIN_MS);
    LT_CHECK_INT(out[2].due, now + 10 * MIN_MS);
    LT_CHECK_INT(out[2].learning_steps, 1);
    LT_CHECK_INT(out[3].state, LT_FSRS_REVIEW);
    LT_CHECK_INT(out[3].scheduled_days, 8);

    /* S = 10, D = 5, t = 10 days (R = 0.9) */
    c = review_card(10.0, 5.0, now, 10);
    LT_CHECK_INT(lt_fsrs_preview(&p, &c, now, out), LT_FSRS_OK);
    for (int g = 0; g < 4; g++) {
        CHECK_NEAR(out[g].stability, s10[g], 1e-6);
        CHECK_NEAR(out[g].difficulty, d5[g], 1e-6);
    }
    LT_CHECK_INT(out[0].state, LT_FSRS_RELEARNING);
    LT_CHECK_INT(out[0].due, now + 10 * MIN_MS);
    LT_CHECK_INT(out[0].lapses, 1);
    LT_CHECK(out[1].scheduled_days < out[2].scheduled_days);
    LT_CHECK(out[2].scheduled_days < out[3].scheduled_days);
    {
        /* Relearning: Hard 15 min (1.5 x the single step), Good graduates */
        lt_fsrs_card rl[4];
        LT_CHECK_INT(lt_fsrs_preview(&p, &out[0], now + 10 * MIN_MS, rl), LT_FSRS_OK);
        LT_CHECK_INT(rl[0].due, now + 20 * MIN_MS);
        LT_CHECK_INT(rl[1].due, now + 25 * MIN_MS);
        LT_CHECK_INT(rl[1].state, LT_FSRS_RELEARNING);
        LT_CHECK_INT(rl[2].state, LT_FSRS_REVIEW);
        LT_CHECK_INT(rl[3].state, LT_FSRS_REVIEW);
    }

    /* same-day formula: a Learning card reviewed again the same day */
    c = review_card(2.3065, 5.0, now, 0);
    c.state = LT_FSRS_LEARNING;
    c.last_review = now - 5 * MIN_MS;
    LT_CHECK_INT(lt_fsrs_preview(&p, &c, now, out), LT_FSRS_OK);
    for (int g = 0; g < 4; g++) {
        CHECK_NEAR(out[g].stability, st23[g], 1e-6);
    }
    c.stability = 1.0;
    LT_CHECK_INT(lt_fsrs_preview(&p, &c, now, out), LT_FSRS_OK);
    for (int g = 0; g < 4; g++) {
        CHECK_NEAR(out[g].stability, st1[g], 1e-6);
    }

    /* long-term mode, New card: 1 / 2 / 3 / 8 days */
    p.enable_short_term = false;
    lt_fsrs_card_new(&c, now);
    LT_CHECK_INT(lt_fsrs_preview(&p, &c, now, out), LT_FSRS_OK);
    LT_CHECK_INT(out[0].scheduled_days, 1);
    LT_CHECK_INT(out[1].scheduled_days, 2);
    LT_CHECK_INT(out[2].scheduled_days, 3);
    LT_CHECK_INT(out[3].scheduled_days, 8);
    for (int g = 0; g < 4; g++) {
        LT_CHECK_INT(out[g].state, LT_FSRS_REVIEW);
        LT_CHECK_INT(out[g].lapses, 0);
    }
}

/* Section 3 properties: R falls with time, R(S, S) = 0.9, R in (0, 1]. */
static void test_curve_properties(void)
{
    static const double ss[] = { 0.001, 0.212, 1, 2.3065, 10, 123.4, 5000, 36500 };
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    for (size_t i = 0; i < sizeof ss / sizeof ss[0]; i++) {
        double prev = 2.0;
        CHECK_NEAR(lt_fsrs_forgetting_curve(&p, ss[i], ss[i]), 0.9, 1e-8);
        CHECK_NEAR(lt_fsrs_forgetting_curve(&p, 0.0, ss[i]), 1.0, 0.0);
        for (int t = 0; t <= 4000; t += 7) {
            double r = lt_fsrs_forgetting_curve(&p, (double)t, ss[i]);
            LT_CHECK(r > 0.0 && r <= 1.0);
            LT_CHECK(r <= prev);
            prev = r;
        }
        /* the interval for retention r brings R down to r */
        CHECK_NEAR(lt_fsrs_forgetting_curve(&p, lt_fsrs_interval_for_retention(&p, ss[i], 0.95), ss[i]),
                   0.95, 1e-7);
    }
    /* strictly decreasing where rounding to 8 decimals cannot hide it */
    LT_CHECK(lt_fsrs_forgetting_curve(&p, 11, 10) < lt_fsrs_forgetting_curve(&p, 10, 10));
}

/* Card-level retrievability, exam prediction and calendar days. */
static void test_retrievability_and_days(void)
{
    lt_fsrs_params p;
    lt_fsrs_card c;
    double prev = 2.0;
    lt_fsrs_params_default(&p);
    lt_fsrs_card_new(&c, T0);
    CHECK_NEAR(lt_fsrs_retrievability(&p, &c, T0 + DAY_MS), 0.0, 0.0);
    lt_fsrs_review(&p, &c, 4, T0, NULL); /* Easy: S = 8.2956, 8 days */
    CHECK_NEAR(lt_fsrs_retrievability(&p, &c, T0), 1.0, 0.0);
    CHECK_NEAR(lt_fsrs_retrievability(&p, &c, T0 - DAY_MS), 1.0, 0.0);
    CHECK_NEAR(lt_fsrs_retrievability(&p, &c, T0 + 8 * DAY_MS),
               lt_fsrs_forgetting_curve(&p, 8, 8.2956), 0.0);
    for (int d = 0; d < 400; d += 3) {
        double r = lt_fsrs_retrievability(&p, &c, T0 + d * DAY_MS + 5 * MIN_MS);
        LT_CHECK(r <= prev);
        prev = r;
    }
    /* predicted R on an exam day is higher after one more Good review */
    LT_CHECK(lt_fsrs_predict(&p, &c, 3, T0 + 8 * DAY_MS, T0 + 30 * DAY_MS) >
             lt_fsrs_retrievability(&p, &c, T0 + 30 * DAY_MS));
    LT_CHECK(lt_fsrs_predict(&p, &c, 7, T0, T0) < 0.0);

    /* UTC calendar days: 23:50 -> 00:10 is 1 day, 00:05 -> 23:55 is 0 */
    {
        int64_t midnight = INT64_C(1767225600000); /* 2026-01-01T00:00Z */
        LT_CHECK_INT(lt_fsrs_day_diff(midnight - 10 * MIN_MS, midnight + 10 * MIN_MS), 1);
        LT_CHECK_INT(lt_fsrs_day_diff(midnight + 5 * MIN_MS, midnight + DAY_MS - 5 * MIN_MS), 0);
        LT_CHECK_INT(lt_fsrs_day_diff(midnight, midnight - 1), -1);
        LT_CHECK_INT(lt_fsrs_day_diff(-1, 0), 1); /* before 1970 */
    }
}

/* Errors leave the card alone. */
static void test_errors(void)
{
    lt_fsrs_params p;
    lt_fsrs_card c, before;
    lt_fsrs_params_default(&p);
    lt_fsrs_card_new(&c, T0);
    LT_CHECK_INT(lt_fsrs_review(&p, &c, 0, T0, NULL), LT_FSRS_EBADRATING);
    LT_CHECK_INT(lt_fsrs_review(&p, &c, 5, T0, NULL), LT_FSRS_EBADRATING);
    LT_CHECK_INT(lt_fsrs_review(&p, &c, 3, T0, NULL), LT_FSRS_OK);
    before = c;
    LT_CHECK_INT(lt_fsrs_review(&p, &c, 3, T0 - DAY_MS, NULL), LT_FSRS_ETIME);
    LT_CHECK(memcmp(&c, &before, sizeof c) == 0);
    /* earlier the same UTC day is accepted (as ts-fsrs: t = 0) */
    LT_CHECK_INT(lt_fsrs_review(&p, &c, 3, T0 - MIN_MS, NULL), LT_FSRS_OK);
}

static void test_params_check(void)
{
    lt_fsrs_params p, d;
    lt_fsrs_params_default(&d);
    p = d;
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_OK);
    LT_CHECK(memcmp(&p, &d, sizeof p) == 0);
    p.w[0] = 1000.0;
    p.w[20] = 0.01;
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_OK);
    CHECK_NEAR(p.w[0], 100.0, 0.0);
    CHECK_NEAR(p.w[20], 0.1, 0.0);
    p = d;
    p.w[3] = NAN;
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_EPARAMS);
    p = d;
    p.request_retention = 0.0;
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_EPARAMS);
    p = d;
    p.n_learning_steps = LT_FSRS_MAX_STEPS + 1;
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_EPARAMS);
    p = d;
    p.learning_steps[0] = -1;
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_EPARAMS);
    /* two relearning steps cap w17, w18 (ts-fsrs clipParameters) */
    p = d;
    p.relearning_steps[1] = 60;
    p.n_relearning_steps = 2;
    p.w[17] = 2.0;
    LT_CHECK_INT(lt_fsrs_params_check(&p), LT_FSRS_OK);
    LT_CHECK(p.w[17] < 2.0 && p.w[17] >= 0.01);
    CHECK_NEAR(p.w[18], d.w[18], 0.0);
}

/* The Alea PRNG: first values computed with ts-fsrs 5.4.2's own code in node. */
static void test_alea(void)
{
    CHECK_NEAR(lt_fsrs_alea_first("1767258000000_1_0"), 0.61710191005840898, 1e-16);
    CHECK_NEAR(lt_fsrs_alea_first("hello"), 0.87506568152457476, 1e-16);
    CHECK_NEAR(lt_fsrs_alea_first(""), 0.16665777424350381, 1e-16);
    CHECK_NEAR(lt_fsrs_alea_first("ключ 🎓"), 0.14997387770563364, 1e-16);
    CHECK_NEAR(lt_fsrs_alea_first("42"), 0.68486349633894861, 1e-16);
    CHECK_NEAR(lt_fsrs_alea_first("1767258000000_3_4.883402779768"), 0.36214347369968891, 1e-16);
}

/* Fuzz keeps intervals inside the documented range and is deterministic. */
static void test_fuzz(void)
{
    lt_fsrs_params p;
    int seen_lo = 0, seen_hi = 0;
    lt_fsrs_params_default(&p);
    p.enable_fuzz = true;
    for (int i = 0; i < 400; i++) {
        int64_t now = T0 + i * MIN_MS;
        lt_fsrs_card c = review_card(7.0, 5.0, now, 7), c2 = c, c3 = c;
        lt_fsrs_params q = p;
        double want, delta;
        lt_fsrs_review_seeded(&p, &c, 3, now, NULL, NULL);
        lt_fsrs_review_seeded(&p, &c2, 3, now, NULL, NULL);
        LT_CHECK_INT(c.scheduled_days, c2.scheduled_days); /* same seed, same interval */
        LT_CHECK(c.due == c2.due);
        q.enable_fuzz = false;
        lt_fsrs_review(&q, &c3, 3, now, NULL);
        want = c3.scheduled_days;
        delta = 1.0 + 0.15 * fmax(0.0, fmin(want, 7.0) - 2.5) + 0.1 * fmax(0.0, fmin(want, 20.0) - 7.0) +
                0.05 * fmax(0.0, want - 20.0);
        LT_CHECK(fabs(c.scheduled_days - want) <= delta + 1.0);
        CHECK_NEAR(c.stability, c3.stability, 0.0); /* fuzz moves only the due date */
        CHECK_NEAR(c.difficulty, c3.difficulty, 0.0);
    }
    {
        /* different seeds spread one interval both ways */
        lt_fsrs_params q = p;
        lt_fsrs_card plain = review_card(4.0, 5.0, T0, 4);
        q.enable_fuzz = false;
        lt_fsrs_review(&q, &plain, 2, T0, NULL);
        LT_CHECK(plain.scheduled_days >= 3);
        for (int i = 0; i < 200; i++) {
            char seed[32];
            lt_fsrs_card c = review_card(4.0, 5.0, T0, 4);
            snprintf(seed, sizeof seed, "card%d", i);
            lt_fsrs_review_seeded(&p, &c, 2, T0, seed, NULL);
            seen_lo |= c.scheduled_days < plain.scheduled_days;
            seen_hi |= c.scheduled_days > plain.scheduled_days;
        }
    }
    LT_CHECK(seen_lo && seen_hi);
}

/* Any history keeps S and D in bounds and the due date after the review. */
static void test_random_histories(void)
{
    uint32_t x = 12345;
    for (int mode = 0; mode < 4; mode++) {
        lt_fsrs_params p;
        lt_fsrs_params_default(&p);
        p.enable_short_term = mode & 1;
        p.enable_fuzz = (mode & 2) != 0;
        for (int card = 0; card < 200; card++) {
            lt_fsrs_card c;
            int64_t now = T0;
            lt_fsrs_card_new(&c, now);
            for (int k = 0; k < 40; k++) {
                int rating;
                int rc;
                x = x * 1664525u + 1013904223u;
                rating = 1 + (int)((x >> 16) % 4);
                rc = lt_fsrs_review(&p, &c, rating, now, NULL);
                LT_CHECK_INT(rc, LT_FSRS_OK);
                if (rc != LT_FSRS_OK) {
                    return;
                }
                LT_CHECK(c.stability >= LT_FSRS_S_MIN && c.stability <= LT_FSRS_S_MAX);
                LT_CHECK(c.difficulty >= 1.0 && c.difficulty <= 10.0);
                LT_CHECK(c.due > now);
                LT_CHECK(c.state != LT_FSRS_NEW);
                LT_CHECK(c.scheduled_days <= p.maximum_interval + 2);
                x = x * 1664525u + 1013904223u;
                now = (x >> 28) < 8 ? c.due : now + (int64_t)((x >> 8) % 2000000) * MIN_MS / 10;
            }
        }
    }
}

int main(void)
{
    test_trace_short_term();
    test_trace_long_term();
    test_curve_and_interval();
    test_formulas();
    test_curve_properties();
    test_retrievability_and_days();
    test_errors();
    test_params_check();
    test_alea();
    test_fuzz();
    test_random_histories();
    return LT_TEST_END();
}
