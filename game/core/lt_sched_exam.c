/* lt_sched_exam.c: exam-date mode: plans reviews (assumed answered Good) so
 * that every card's predicted recall at the end of the exam day is >= target.
 * Depends on: lt_sched.h, lt_fsrs.h. */
#include <stdlib.h>
#include <string.h>

#include "lt_sched.h"

#define LT_EXAM_MAX_REVIEWS 64 /* per card; more means the target cannot be met */

void lt_exam_plan_free(lt_exam_plan *p)
{
    if (p == NULL) {
        return;
    }
    free(p->reviews);
    free(p->new_cards);
    free(p->recall);
    memset(p, 0, sizeof *p);
}

/* Simulates one card from time `start` (ms): reviews with Good at its due
 * time, or on the day before the exam when that is later, until its recall at
 * `judge` reaches target. Counts each review on its day. Returns the recall at
 * judge, or -1 when the target cannot be met before the exam day starts. */
static double lt_exam_card(const lt_fsrs_params *p, lt_fsrs_card c, bool seen, int64_t start, int64_t day0,
                           int64_t exam_day, int64_t tod, int64_t judge, double target, int *reviews,
                           int *new_cards, int days)
{
    int64_t t = start;
    for (int k = 0; k < LT_EXAM_MAX_REVIEWS; k++) {
        if (seen && c.state == LT_FSRS_REVIEW) {
            double r = lt_fsrs_retrievability(p, &c, judge);
            if (r >= target) {
                return r;
            }
        }
        int64_t x = seen && c.due > t ? c.due : t;
        if (x >= exam_day) {
            int64_t last_slot = exam_day - LT_FSRS_MS_PER_DAY + tod;
            x = last_slot > t ? last_slot : t;
        }
        if (x >= exam_day) {
            return -1.0;
        }
        if (lt_fsrs_review(p, &c, LT_FSRS_GOOD, x, NULL) != LT_FSRS_OK) {
            return -1.0;
        }
        int64_t d = (x - day0) / LT_FSRS_MS_PER_DAY;
        if (d >= 0 && d < days) {
            if (seen) {
                reviews[d]++;
            } else {
                new_cards[d]++;
            }
        }
        seen = true;
        t = x + 1;
    }
    return -1.0;
}

bool lt_sched_exam_plan(const lt_sched *s, int64_t now_ms, int64_t exam_ms, double target, lt_exam_plan *out)
{
    memset(out, 0, sizeof *out);
    if (s == NULL || exam_ms < now_ms) {
        return false;
    }
    const lt_sched_opts *o = lt_sched_options(s);
    const lt_fsrs_params *p = &o->params;
    /* The study day holding now, and the exam's study day. */
    int64_t day0 = o->day_start_ms;
    if (now_ms >= day0) {
        day0 += (now_ms - day0) / LT_FSRS_MS_PER_DAY * LT_FSRS_MS_PER_DAY;
    }
    int64_t tod = now_ms - day0;
    int64_t exam_day = day0 + (exam_ms - day0) / LT_FSRS_MS_PER_DAY * LT_FSRS_MS_PER_DAY;
    int64_t judge = exam_day + LT_FSRS_MS_PER_DAY - 1;
    int new_today = now_ms < o->day_start_ms + LT_FSRS_MS_PER_DAY ? o->new_per_day - lt_sched_new_left_today(s) : 0;
    out->days = (int)((exam_day - day0) / LT_FSRS_MS_PER_DAY);
    out->n_facts = lt_sched_count(s);
    size_t nd = out->days > 0 ? (size_t)out->days : 1;
    out->reviews = calloc(nd, sizeof *out->reviews);
    out->new_cards = calloc(nd, sizeof *out->new_cards);
    out->recall = calloc(out->n_facts > 0 ? out->n_facts : 1, sizeof *out->recall);
    if (out->reviews == NULL || out->new_cards == NULL || out->recall == NULL) {
        lt_exam_plan_free(out);
        return false;
    }
    out->min_recall = 1.0;
    int introduced = 0; /* new facts planned so far, counted from today's */
    for (size_t i = 0; i < out->n_facts; i++) {
        const lt_card_rec *rec = lt_sched_card(s, (int)i);
        double r;
        if (rec != NULL) {
            if (rec->fsrs.state == LT_FSRS_REVIEW && lt_fsrs_retrievability(p, &rec->fsrs, judge) >= target) {
                out->ready++;
            }
            r = lt_exam_card(p, rec->fsrs, true, now_ms, day0, exam_day, tod, judge, target, out->reviews,
                             out->new_cards, out->days);
        } else {
            int slot = new_today + introduced;
            int64_t day = o->new_per_day > 0 ? slot / o->new_per_day : INT64_MAX / LT_FSRS_MS_PER_DAY;
            int64_t start = day == 0 ? now_ms : day0 + day * LT_FSRS_MS_PER_DAY + tod;
            lt_fsrs_card c;
            lt_fsrs_card_new(&c, start);
            r = day < out->days ? lt_exam_card(p, c, false, start, day0, exam_day, tod, judge, target,
                                               out->reviews, out->new_cards, out->days)
                                : -1.0;
            introduced++;
        }
        out->recall[i] = r;
        if (r < 0.0) {
            out->unreachable++;
        } else if (r < out->min_recall) {
            out->min_recall = r;
        }
    }
    return true;
}
