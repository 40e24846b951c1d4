/* lt_sched.h: the scheduler: which card to ask next from a profile's cards
 * (in memory) and a pack's askable facts; free practice; the exam-date plan.
 * Depends on: lt_fsrs.h, lt_store.h (lt_card_rec), lt_pack.h, lt_quiz.h. Pure: time and seed passed in.
 *
 * Order of picks (lt_sched_next):
 *   1. due (re)learning cards (answered wrong or still in their learning
 *      steps), earliest due first: the learning steps run inside a session;
 *   2. due review cards, LOWEST retrievability first;
 *   3. new facts, in pack order, while fewer than new_per_day were introduced
 *      on the current study day;
 *   4. nothing: lt_sched_next_due says when the next card falls due.
 * Interleaving: the same event (fact) is never asked twice in a row while a
 * card of another event is available in any tier; within a tier a card of a
 * different facet than the last one is preferred (lookahead of
 * LT_SCHED_LOOKAHEAD candidates). Only when every available card belongs to
 * the last event is it asked again (a one-event pack).
 *
 * Speed (100,000 cards, < 50 us a pick): R(t, S) = (1 + F t/S)^-decay falls
 * as t/S grows, so "lowest R" = "largest t/S" and no pow() is needed. t is
 * whole days (as ts-fsrs); the order is taken at the END of the current study
 * day (t = floor((day_end - last_review) / 1 day)), so each card's key is a
 * constant for the day. Cards wait in a min-heap by due time and move into the
 * review max-heap (by key) when they fall due: O(log n) per move and pick. At
 * a study-day change the review heap is re-keyed and re-heapified: O(n), once
 * a day (about 1 ms for 100,000 cards). */
#ifndef LT_SCHED_H
#define LT_SCHED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_fsrs.h"
#include "lt_pack.h"
#include "lt_quiz.h"
#include "lt_store.h"

#define LT_SCHED_LOOKAHEAD 12

/* One askable fact = one card: an (event, facet) pair or a hand-written
 * question. Key: "<event id>/<facet name>" or "<event id or ->/q/<question id>". */
typedef struct lt_sched_fact {
    char key[LT_FACT_KEY_MAX];
    int event;    /* index into pack->events; -1 for a question about no event */
    int facet;    /* lt_facet; -1 for a hand-written question */
    int question; /* index into pack->questions; -1 for a generated question */
} lt_sched_fact;

/* Writes the fact key; question_id NULL = generated (event_id/facet). */
void lt_fact_key(char *buf, size_t len, const char *event_id, const char *facet, const char *question_id);

/* The askable facts of `pack` (level < 0: all events; else the level's
 * events), events in pack order, facets in lt_facet order (only those
 * lt_quiz_can_ask allows), then hand-written questions when with_hand (of the
 * level, or all). *out is malloc'ed (caller frees). False on no memory. */
bool lt_sched_facts_build(const lt_pack *pack, int level, bool with_hand, lt_sched_fact **out, size_t *n);

typedef struct lt_sched_opts {
    lt_fsrs_params params; /* the profile's retention etc. (R and the exam plan use it) */
    int new_per_day;       /* daily limit of new facts */
    int new_today;         /* new facts already introduced on the day of day_start_ms (from the log) */
    int64_t day_start_ms;  /* start of the current study day; later days follow every 24 h */
    bool free_practice;    /* picks everything, weakest first; answers never change the schedule */
    uint64_t seed;         /* tie order of new facts within an event */
} lt_sched_opts;

typedef struct lt_sched lt_sched;

/* Builds the scheduler over facts[0..n_facts) (copied) with the stored
 * cards (matched by fact key; cards of facts not in the list are ignored).
 * NULL on no memory. */
lt_sched *lt_sched_create(const lt_sched_fact *facts, size_t n_facts, const lt_card_rec *cards, size_t n_cards,
                          const lt_sched_opts *o);
void lt_sched_free(lt_sched *s);

typedef enum lt_pick_kind {
    LT_PICK_NONE = 0,
    LT_PICK_LEARNING,
    LT_PICK_REVIEW,
    LT_PICK_NEW,
    LT_PICK_FREE
} lt_pick_kind;

typedef struct lt_sched_pick {
    int fact;          /* index into the facts; -1 with LT_PICK_NONE */
    lt_pick_kind kind;
    lt_card_rec card;  /* its card now (a fresh New card, id 0, for a new fact) */
    double r_now;      /* retrievability at now (0 for new) */
} lt_sched_pick;

/* The next card at now_ms (which must not go back in time). Does not change
 * the schedule: the same call twice gives the same pick. False (kind NONE)
 * when nothing is due and no new fact is allowed today. */
bool lt_sched_next(lt_sched *s, int64_t now_ms, lt_sched_pick *out);

/* Tells the scheduler fact `fact` was answered at now_ms and, unless in free
 * practice, that its card is now `after` (as committed to the store; may be
 * NULL in free practice). Counts a new fact against today's limit. */
void lt_sched_answered(lt_sched *s, int fact, const lt_card_rec *after, int64_t now_ms);

/* Earliest due time among answered cards not yet due (INT64_MAX when none). */
int64_t lt_sched_next_due(const lt_sched *s);
/* New facts not yet introduced. */
size_t lt_sched_unseen(const lt_sched *s);
/* New facts still allowed on the current study day. */
int lt_sched_new_left_today(const lt_sched *s);
size_t lt_sched_count(const lt_sched *s);
const lt_sched_fact *lt_sched_fact_at(const lt_sched *s, int fact);
/* The card of a fact, NULL when the fact was never answered. */
const lt_card_rec *lt_sched_card(const lt_sched *s, int fact);
const lt_sched_opts *lt_sched_options(const lt_sched *s);

/* ---- exam-date mode ----------------------------------------------------- */

/* A plan so that, if every planned review is answered Good, predicted recall
 * of every card on the exam day is >= target (0.95 in the game). Recall is
 * evaluated at the END of the exam day (the last millisecond of its study
 * day), so it holds all day. Reviews happen on the study days from today up to
 * the day before the exam, at the time of day of now_ms; a card is reviewed at
 * its FSRS due time, or on the day before the exam if that is later, and again
 * (same-day steps) until the target is met. New facts are introduced within
 * the daily limit, in pack order. */
typedef struct lt_exam_plan {
    int days;          /* study days: [today, exam day) */
    int *reviews;      /* per day: reviews of cards already introduced */
    int *new_cards;    /* per day: new facts introduced (their first answer) */
    double *recall;    /* per fact: predicted R on the exam day (-1 unreachable) */
    size_t n_facts;
    int ready;         /* cards already >= target without any review */
    int unreachable;   /* cards that cannot reach the target in time */
    double min_recall; /* lowest predicted recall over reachable cards (1 when none) */
} lt_exam_plan;

/* Fills out (free with lt_exam_plan_free). False on no memory or exam_ms
 * before now_ms. */
bool lt_sched_exam_plan(const lt_sched *s, int64_t now_ms, int64_t exam_ms, double target, lt_exam_plan *out);
void lt_exam_plan_free(lt_exam_plan *p);

#endif
