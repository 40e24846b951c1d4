/* test_sched.c: scheduler properties (due before new, lowest R first, never
 * the same event twice in a row, facets interleaved, daily new limit, free
 * practice changes nothing, exam plan >= 0.95), grades, pick speed.
 * Depends on: lt_sched.h, lt_grade.h, lt_fsrs.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lt_fsrs.h"
#include "lt_grade.h"
#include "lt_rng.h"
#include "lt_sched.h"
#include "qt.h"

#define DAY LT_FSRS_MS_PER_DAY
#define MIN LT_FSRS_MS_PER_MIN
#define T0 INT64_C(1767571200000) /* 2026-01-05T00:00:00Z */

/* n_events events with `facets` facets each: "E<i>/f<j>". */
static lt_sched_fact *make_facts(int n_events, int facets, size_t *n)
{
    lt_sched_fact *f = calloc((size_t)(n_events * facets), sizeof *f);
    *n = 0;
    for (int e = 0; e < n_events; e++) {
        for (int k = 0; k < facets; k++) {
            lt_sched_fact *x = &f[(*n)++];
            snprintf(x->key, sizeof x->key, "E%d/f%d", e, k);
            x->event = e;
            x->facet = k;
            x->question = -1;
        }
    }
    return f;
}

static lt_sched_opts opts(int new_per_day, bool free_practice)
{
    lt_sched_opts o = {.new_per_day = new_per_day, .day_start_ms = T0, .free_practice = free_practice, .seed = 5};
    lt_fsrs_params_default(&o.params);
    return o;
}

/* A Review card last seen `ago` days before T0 + 9 h with stability about s. */
static lt_card_rec review_card(const char *fact, int64_t last, double s, int sched_days)
{
    lt_card_rec c = {0};
    snprintf(c.fact, sizeof c.fact, "%s", fact);
    c.fsrs.state = LT_FSRS_REVIEW;
    c.fsrs.stability = s;
    c.fsrs.difficulty = 5.0;
    c.fsrs.last_review = last;
    c.fsrs.has_last_review = true;
    c.fsrs.scheduled_days = sched_days;
    c.fsrs.due = last + sched_days * DAY;
    c.fsrs.reps = 3;
    return c;
}

/* Simulates `answers` answers with seeded right/wrong; checks the invariants
 * the scheduler promises. Returns picks made. */
static int simulate(lt_sched *s, int answers, double accuracy, uint64_t seed, int new_per_day)
{
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    lt_rng rng;
    lt_rng_seed(&rng, seed);
    int64_t now = T0 + 9 * 3600000;
    int64_t day = T0;
    int new_that_day = 0, last_event = -1, made = 0, facet_repeats = 0, facet_checks = 0, last_facet = -1;
    size_t n = lt_sched_count(s);
    for (int i = 0; i < answers; i++) {
        lt_sched_pick pk;
        int guard = 0;
        while (!lt_sched_next(s, now, &pk) && guard++ < 1000) {
            int64_t nd = lt_sched_next_due(s);
            int64_t tomorrow = T0 + ((now - T0) / DAY + 1) * DAY + 9 * 3600000;
            now = nd < tomorrow ? (nd > now ? nd : now + 1) : tomorrow;
        }
        QT_CHECK(pk.fact >= 0, "no pick at answer %d", i);
        if (pk.fact < 0) {
            return made;
        }
        if (now >= day + DAY) {
            day = T0 + (now - T0) / DAY * DAY;
            new_that_day = 0;
        }
        const lt_sched_fact *f = lt_sched_fact_at(s, pk.fact);
        /* Same event twice only when no other event had anything to offer. */
        if (f->event == last_event) {
            bool other = false;
            for (size_t j = 0; j < n && !other; j++) {
                const lt_card_rec *c = lt_sched_card(s, (int)j);
                if (lt_sched_fact_at(s, (int)j)->event == last_event) {
                    continue;
                }
                other = c != NULL ? c->fsrs.due <= now : lt_sched_new_left_today(s) > 0;
            }
            QT_CHECK(!other, "event %d twice in a row at answer %d while others were available", f->event, i);
        }
        /* Due before new: a new pick only when nothing of another event is due. */
        if (pk.kind == LT_PICK_NEW) {
            for (size_t j = 0; j < n; j++) {
                const lt_card_rec *c = lt_sched_card(s, (int)j);
                if (c != NULL && c->fsrs.due <= now && lt_sched_fact_at(s, (int)j)->event != last_event) {
                    QT_CHECK(false, "new card picked while %s was due (answer %d)", c->fact, i);
                    break;
                }
            }
            new_that_day++;
            QT_CHECK(new_that_day <= new_per_day, "new limit broken: %d on one day", new_that_day);
        }
        if (last_facet >= 0) {
            facet_checks++;
            /* A repeated facet is fine only when the pick's group (due cards, or
             * new facts) had no card of another event and another facet. */
            if (f->facet == last_facet) {
                bool alt = false;
                int due = 0;
                for (size_t j = 0; j < n && !alt; j++) {
                    const lt_sched_fact *g = lt_sched_fact_at(s, (int)j);
                    const lt_card_rec *c = lt_sched_card(s, (int)j);
                    bool in_group = pk.kind == LT_PICK_NEW ? c == NULL : (c != NULL && c->fsrs.due <= now);
                    due += c != NULL && c->fsrs.due <= now;
                    alt = in_group && g->event != last_event && g->facet != last_facet;
                }
                facet_repeats += alt && due <= LT_SCHED_LOOKAHEAD;
            }
        }
        last_event = f->event;
        last_facet = f->facet;
        bool right = lt_rng_below(&rng, 1000) < (uint32_t)(accuracy * 1000);
        lt_card_rec after = pk.card;
        lt_fsrs_review(&p, &after.fsrs, right ? LT_FSRS_GOOD : LT_FSRS_AGAIN, now, NULL);
        lt_sched_answered(s, pk.fact, &after, now);
        made++;
        now += 8000;
    }
    QT_CHECK(facet_repeats == 0, "same facet twice while another was there: %d of %d picks", facet_repeats,
             facet_checks);
    return made;
}

static void test_session_properties(void)
{
    size_t n;
    lt_sched_fact *facts = make_facts(60, 3, &n);
    lt_sched_opts o = opts(20, false);
    lt_sched *s = lt_sched_create(facts, n, NULL, 0, &o);
    QT_CHECK(s != NULL, "create");
    QT_CHECK(simulate(s, 2000, 0.8, 1, 20) == 2000, "simulation stopped");
    lt_sched_free(s);

    /* A daily limit counted from the log: 17 already today leaves 3. */
    o.new_today = 17;
    s = lt_sched_create(facts, n, NULL, 0, &o);
    int news = 0;
    int64_t now = T0 + 10 * 3600000;
    lt_sched_pick pk;
    while (lt_sched_next(s, now, &pk) && news < 100) {
        lt_card_rec after = pk.card;
        lt_fsrs_params p;
        lt_fsrs_params_default(&p);
        lt_fsrs_review(&p, &after.fsrs, LT_FSRS_EASY, now, NULL); /* Easy: out until tomorrow */
        lt_sched_answered(s, pk.fact, &after, now);
        news += pk.kind == LT_PICK_NEW;
        now += 8000;
    }
    QT_CHECK(news == 3, "new with 17 already today: %d", news);
    QT_CHECK(lt_sched_next(s, T0 + DAY + 9 * 3600000, &pk) && pk.kind == LT_PICK_NEW, "new again next day");
    lt_sched_free(s);
    free(facts);
}

static void test_due_first_lowest_r(void)
{
    /* 50 events, one facet each, 30 of them answered with various overdue-ness. */
    size_t n;
    lt_sched_fact *facts = make_facts(50, 1, &n);
    lt_card_rec cards[30];
    for (int i = 0; i < 30; i++) {
        double s = 1.0 + (double)((i * 37) % 23);
        int sched = 1 + (i * 7) % 9;
        int64_t last = T0 - (int64_t)(sched + (i % 5)) * DAY + (i % 3) * 3600000;
        char key[32];
        snprintf(key, sizeof key, "E%d/f0", (i * 13) % 50);
        cards[i] = review_card(key, last, s, sched);
    }
    lt_sched_opts o = opts(20, false);
    lt_sched *s = lt_sched_create(facts, n, cards, 30, &o);
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    int64_t now = T0 + 9 * 3600000, day_end = T0 + DAY;
    double prev_r = -1.0;
    int reviews = 0;
    bool saw_new = false;
    lt_sched_pick pk;
    while (lt_sched_next(s, now, &pk)) {
        if (pk.kind == LT_PICK_NEW) {
            saw_new = true;
        } else {
            QT_CHECK(!saw_new, "a due card after a new one");
            QT_CHECK(pk.kind == LT_PICK_REVIEW, "kind %d", (int)pk.kind);
            double r = lt_fsrs_retrievability(&p, &pk.card.fsrs, day_end);
            QT_CHECK(r >= prev_r - 1e-12, "R order broken: %f after %f", r, prev_r);
            QT_CHECK(pk.card.fsrs.due <= now, "not due");
            prev_r = r;
            reviews++;
        }
        lt_card_rec after = pk.card;
        lt_fsrs_review(&p, &after.fsrs, LT_FSRS_GOOD, now, NULL);
        lt_sched_answered(s, pk.fact, &after, now);
        now += 8000;
        if (saw_new) {
            break;
        }
    }
    int due_count = 0;
    for (int i = 0; i < 30; i++) {
        due_count += cards[i].fsrs.due <= T0 + 9 * 3600000;
    }
    QT_CHECK(reviews == due_count && due_count > 5, "reviews %d of %d due", reviews, due_count);
    QT_CHECK(saw_new, "no new card after the reviews");
    lt_sched_free(s);
    free(facts);
}

static void test_free_practice(void)
{
    size_t n;
    lt_sched_fact *facts = make_facts(10, 2, &n);
    lt_card_rec cards[6];
    for (int i = 0; i < 6; i++) {
        char key[32];
        snprintf(key, sizeof key, "E%d/f%d", i, i % 2);
        cards[i] = review_card(key, T0 - (i + 1) * DAY, 1.0 + i, 30);
    }
    lt_sched_opts o = opts(0, true); /* free practice ignores the new limit too */
    lt_sched *s = lt_sched_create(facts, n, cards, 6, &o);
    lt_sched_pick pk;
    int seen_count[20] = {0};
    int64_t now = T0 + 9 * 3600000;
    QT_CHECK(lt_sched_next(s, now, &pk) && pk.kind == LT_PICK_FREE && strcmp(pk.card.fact, "E0/f0") == 0,
             "weakest first: %s", pk.card.fact);
    for (int i = 0; i < 40; i++) {
        QT_CHECK(lt_sched_next(s, now, &pk), "free pick %d", i);
        seen_count[pk.fact]++;
        lt_sched_answered(s, pk.fact, NULL, now);
        now += 8000;
    }
    for (int i = 0; i < 20; i++) {
        QT_CHECK(seen_count[i] == 2, "fact %d asked %d times in two cycles", i, seen_count[i]);
    }
    for (int i = 0; i < 20; i++) {
        const lt_card_rec *c = lt_sched_card(s, i);
        if (i / 2 < 6 && i % 2 == (i / 2) % 2) {
            QT_CHECK(c != NULL && memcmp(&c->fsrs, &cards[i / 2].fsrs, sizeof c->fsrs) == 0, "card %d changed", i);
        } else {
            QT_CHECK(c == NULL, "unseen fact %d got a card", i);
        }
    }
    lt_sched_free(s);
    free(facts);
}

static void test_exam_plan(void)
{
    size_t n;
    lt_sched_fact *facts = make_facts(30, 2, &n);
    lt_card_rec cards[20];
    for (int i = 0; i < 20; i++) {
        char key[32];
        snprintf(key, sizeof key, "E%d/f0", i);
        cards[i] = review_card(key, T0 - (i % 7) * DAY, 0.5 + i * 1.7, 1 + i % 10);
    }
    lt_sched_opts o = opts(20, false);
    lt_sched *s = lt_sched_create(facts, n, cards, 20, &o);
    int64_t now = T0 + 9 * 3600000, exam = T0 + 14 * DAY + 10 * 3600000;
    lt_exam_plan plan;
    QT_CHECK(lt_sched_exam_plan(s, now, exam, 0.95, &plan), "plan");
    QT_CHECK(plan.days == 14, "days %d", plan.days);
    QT_CHECK(plan.unreachable == 0, "unreachable %d", plan.unreachable);
    QT_CHECK(plan.min_recall >= 0.95, "min recall %f", plan.min_recall);
    int total_new = 0, total_rev = 0;
    for (int d = 0; d < plan.days; d++) {
        QT_CHECK(plan.new_cards[d] <= 20, "day %d: %d new", d, plan.new_cards[d]);
        total_new += plan.new_cards[d];
        total_rev += plan.reviews[d];
    }
    QT_CHECK(total_new == 40, "new planned %d", total_new);
    QT_CHECK(total_rev > 0 && plan.reviews[plan.days - 1] > 0, "no reviews the day before");
    for (size_t i = 0; i < plan.n_facts; i++) {
        QT_CHECK(plan.recall[i] >= 0.95, "fact %zu recall %f", i, plan.recall[i]);
    }
    printf("exam plan over %d days: %d reviews, %d new, min recall %.4f; per day:", plan.days, total_rev,
           total_new, plan.min_recall);
    for (int d = 0; d < plan.days; d++) {
        printf(" %d+%d", plan.reviews[d], plan.new_cards[d]);
    }
    printf("\n");
    lt_exam_plan_free(&plan);
    /* An exam tomorrow cannot take 40 new facts at 20 a day. */
    QT_CHECK(lt_sched_exam_plan(s, now, T0 + DAY + 9 * 3600000, 0.95, &plan), "plan 2");
    QT_CHECK(plan.unreachable >= 20, "tomorrow: unreachable %d", plan.unreachable);
    lt_exam_plan_free(&plan);
    lt_sched_free(s);
    free(facts);
}

static void test_grades(void)
{
    QT_CHECK(lt_grade(false, false, false, 1000, 50, LT_FSRS_REVIEW) == LT_FSRS_AGAIN, "wrong");
    QT_CHECK(lt_grade(false, true, false, 1000, 50, LT_FSRS_REVIEW) == LT_FSRS_HARD, "close");
    QT_CHECK(lt_grade(true, false, true, 1000, 50, LT_FSRS_REVIEW) == LT_FSRS_HARD, "hint");
    QT_CHECK(lt_grade(true, false, false, 1000, 50, LT_FSRS_REVIEW) == LT_FSRS_EASY, "fast review");
    QT_CHECK(lt_grade(true, false, false, 1000, 50, LT_FSRS_LEARNING) == LT_FSRS_GOOD, "fast learning");
    QT_CHECK(lt_grade(true, false, false, 4500, 50, LT_FSRS_REVIEW) == LT_FSRS_GOOD, "4.5 s on 50 chars");
    QT_CHECK(lt_grade(true, false, false, 3900, 50, LT_FSRS_REVIEW) == LT_FSRS_EASY, "3.9 s on 50 chars");
    QT_CHECK(lt_grade(true, false, false, 10100, 50, LT_FSRS_REVIEW) == LT_FSRS_HARD, "10.1 s on 50 chars");
    QT_CHECK(lt_grade(true, false, false, 10100, 200, LT_FSRS_REVIEW) == LT_FSRS_GOOD, "long text is slower");
    QT_CHECK(lt_grade_fast_ms(100) == 6000.0 && lt_grade_slow_ms(100) == 14000.0, "thresholds");
}

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static void test_speed(void)
{
    size_t n;
    lt_sched_fact *facts = make_facts(25000, 4, &n);
    lt_card_rec *cards = malloc(n * sizeof *cards);
    lt_rng rng;
    lt_rng_seed(&rng, 3);
    for (size_t i = 0; i < n; i++) {
        int ago = (int)lt_rng_below(&rng, 60);
        cards[i] = review_card(facts[i].key, T0 - ago * DAY, 1.0 + lt_rng_below(&rng, 100), 1 + (int)lt_rng_below(&rng, 60));
    }
    lt_sched_opts o = opts(20, false);
    lt_sched *s = lt_sched_create(facts, n, cards, n, &o);
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    int64_t now = T0 + 9 * 3600000;
    lt_sched_pick pk;
    lt_sched_next(s, now, &pk); /* moves the due cards in */
    double t0 = now_us();
    int picks = 2000;
    for (int i = 0; i < picks; i++) {
        lt_sched_next(s, now, &pk);
        lt_card_rec after = pk.card;
        lt_fsrs_review(&p, &after.fsrs, LT_FSRS_GOOD, now, NULL);
        lt_sched_answered(s, pk.fact, &after, now);
        now += 8000;
    }
    double per = (now_us() - t0) / picks;
    printf("pick + answer among %zu cards: %.2f us (sanitizers may slow this)\n", n, per);
    QT_CHECK(per < 1000.0, "pick took %.1f us", per);
    lt_sched_free(s);
    free(cards);
    free(facts);
}

int main(void)
{
    test_grades();
    test_session_properties();
    test_due_first_lowest_r();
    test_free_practice();
    test_exam_plan();
    test_speed();
    return QT_DONE();
}
