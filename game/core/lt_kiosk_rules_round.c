/* lt_kiosk_rules_round.c: the kiosk visitor's round: choice, true/false and
 * order questions from the quiz generator with every event asked once, and
 * timeline placements (a card into a gap of a short line of dated events).
 * Depends on: lt_kiosk_rules.h, lt_quiz.h, lt_timeline.h, lt_date.h, lt_rng.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_date.h"
#include "lt_kiosk_rules.h"
#include "lt_rng.h"
#include "lt_timeline.h"

/* A placement every third question: the 3rd, 6th, ... */
static bool lt_kround_place_at(int i)
{
    return i % 3 == 2;
}

static bool lt_kround_dated(const lt_pack *pack, size_t e)
{
    return pack->events[e].date.from.prec != LT_PREC_NONE && !pack->events[e].date.before;
}

static long lt_kround_first_day(const lt_pack *pack, int e)
{
    long first = 0, last = 0;
    lt_date_span(&pack->events[e].date, &first, &last);
    return first;
}

/* Chooses the line for placing `target`: LT_KQ_LINE dated events, none the
 * target, each surely before or after the target and every other one, so
 * exactly one gap is right. Events in `used` are taken last. */
static int lt_kround_line(const lt_pack *pack, int target, const int *order, size_t n_order, const bool *used,
                          int *line)
{
    int n = 0;
    for (int pass = 0; pass < 2 && n < LT_KQ_LINE; pass++) {
        for (size_t k = 0; k < n_order && n < LT_KQ_LINE; k++) {
            int e = order[k];
            if (e == target || used[e] != (pass == 1)) {
                continue;
            }
            const lt_date *d = &pack->events[e].date;
            bool clean = lt_date_order(d, &pack->events[target].date) != 0;
            for (int j = 0; j < n && clean; j++) {
                clean = line[j] != e && lt_date_order(d, &pack->events[line[j]].date) != 0;
            }
            if (clean) {
                line[n++] = e;
            }
        }
    }
    /* Earliest first (the dates are pairwise ordered, so the first day sorts them). */
    for (int i = 1; i < n; i++) {
        for (int j = i; j > 0 && lt_kround_first_day(pack, line[j - 1]) > lt_kround_first_day(pack, line[j]); j--) {
            int t = line[j];
            line[j] = line[j - 1];
            line[j - 1] = t;
        }
    }
    return n;
}

/* One tap per option on targets 120 px tall: a choice of more than four
 * (hand-written questions may have eight) would need smaller ones. */
static bool lt_kround_touchable(const lt_question *q)
{
    return (LT_KROUND_TYPES & (1u << q->type)) != 0 && (q->type != LT_Q_CHOICE || q->n_options <= LT_QUIZ_OPTIONS);
}

static void lt_kround_mark(const lt_pack *pack, const lt_question *q, bool *used)
{
    if (q->event < pack->n_events) {
        used[q->event] = true;
    }
    if (q->type == LT_Q_ORDER) {
        /* The order's other events show their dates after the answer. */
        for (int i = 0; i < q->n_options && i < LT_QUIZ_OPTIONS_MAX; i++) {
            if (q->option_ref[i] >= 0 && (size_t)q->option_ref[i] < pack->n_events) {
                used[q->option_ref[i]] = true;
            }
        }
    }
}

/* Fills a placement of `target` (line chosen); false when no clean line. */
static bool lt_kround_place(const lt_pack *pack, lt_lang lang, int target, const int *order, size_t n_order,
                            bool *used, lt_kq *out)
{
    memset(out, 0, sizeof *out);
    out->kind = LT_KQ_PLACE;
    out->n_line = lt_kround_line(pack, target, order, n_order, used, out->line);
    if (out->n_line < 2) {
        return false;
    }
    const lt_event *ev = &pack->events[target];
    lt_question *q = &out->q;
    q->type = LT_Q_ORDER; /* the nearest kind: putting events in time order */
    q->event = (size_t)target;
    q->facet = LT_FACET_WHEN;
    q->hand = -1;
    q->option_kind = LT_OPT_EVENT;
    q->paragraph = ev->paragraph;
    q->external = ev->external;
    q->date = ev->date;
    snprintf(q->prompt, sizeof q->prompt, "%s", lt_text_get(&ev->title, lang));
    snprintf(q->explanation, sizeof q->explanation, "%s", lt_text_get(&ev->text, lang));
    lt_date_format(&ev->date, (int)lang, q->answer, sizeof q->answer);
    used[target] = true;
    for (int i = 0; i < out->n_line; i++) {
        used[out->line[i]] = true;
    }
    return true;
}

int lt_kround_build(const lt_pack *pack, lt_lang lang, uint64_t seed, int n, lt_kq *out)
{
    if (pack == NULL || out == NULL || n <= 0) {
        return 0;
    }
    n = n > LT_KROUND_MAX ? LT_KROUND_MAX : n;
    int n_place = 0;
    for (int i = 0; i < n; i++) {
        n_place += lt_kround_place_at(i);
    }
    bool *used = calloc(pack->n_events + 1, sizeof *used);
    int *dated = calloc(pack->n_events + 1, sizeof *dated);
    int pool_n = 4 * n + 8;
    lt_question *pool = calloc((size_t)pool_n, sizeof *pool);
    bool *taken = calloc((size_t)pool_n, sizeof *taken);
    lt_kq *places = calloc((size_t)n_place + 1, sizeof *places);
    int *quiz = calloc((size_t)n + 1, sizeof *quiz);
    int made = 0;
    if (used == NULL || dated == NULL || pool == NULL || taken == NULL || places == NULL || quiz == NULL) {
        goto done;
    }
    size_t n_dated = 0;
    for (size_t e = 0; e < pack->n_events; e++) {
        if (lt_kround_dated(pack, e)) {
            dated[n_dated++] = (int)e;
        }
    }
    lt_rng rng;
    lt_rng_seed(&rng, seed ^ UINT64_C(0x6b696f736b));
    lt_rng_shuffle(&rng, dated, n_dated, sizeof *dated);
    if (n_dated <= LT_KQ_LINE) {
        n_place = 0; /* too few dated events for a line and a card */
    }

    /* The generated questions in their interleaved order; an event once. */
    int got = lt_quiz_round_types(pack, lang, seed, LT_KROUND_TYPES, pool, pool_n);
    int n_quiz = 0, want_quiz = n - n_place;
    for (int pass = 0; pass < 2 && n_quiz < want_quiz; pass++) {
        for (int i = 0; i < got && n_quiz < want_quiz; i++) {
            const lt_question *q = &pool[i];
            bool fresh = q->event >= pack->n_events || !used[q->event];
            if (taken[i] || !lt_kround_touchable(q) || (pass == 0 && !fresh)) {
                continue;
            }
            taken[i] = true;
            quiz[n_quiz++] = i;
            lt_kround_mark(pack, q, used);
        }
    }

    /* Placements of events not asked yet, then of any. */
    int placed = 0;
    for (int pass = 0; pass < 2 && placed < n_place; pass++) {
        for (size_t k = 0; k < n_dated && placed < n_place; k++) {
            int e = dated[k];
            bool dup = false;
            for (int j = 0; j < placed; j++) {
                dup = dup || (int)places[j].q.event == e;
            }
            if (dup || (pass == 0 && used[e])) {
                continue;
            }
            if (lt_kround_place(pack, lang, e, dated, n_dated, used, &places[placed])) {
                placed++;
            }
        }
    }

    /* Interleave; when one kind runs out the other fills in. */
    int qi = 0, pi = 0;
    for (int i = 0; i < n && (qi < n_quiz || pi < placed); i++) {
        bool place = (lt_kround_place_at(i) && pi < placed) || qi >= n_quiz;
        if (place) {
            out[made++] = places[pi++];
        } else {
            memset(&out[made], 0, sizeof out[made]);
            out[made].kind = LT_KQ_QUIZ;
            out[made].q = pool[quiz[qi++]];
            made++;
        }
    }
done:
    free(used);
    free(dated);
    free(pool);
    free(taken);
    free(places);
    free(quiz);
    return made;
}

/* The line as a rules game line, so the rules' slot check judges it. */
static void lt_kq_as_rules(const lt_kq *kq, lt_tl_rules *g)
{
    memset(g, 0, sizeof *g);
    for (int i = 0; i < kq->n_line && i < LT_KQ_LINE; i++) {
        g->line[g->n_line++] = kq->line[i];
    }
    g->current = (int)kq->q.event;
    g->lives = 1;
}

bool lt_kq_place_ok(const lt_pack *pack, const lt_kq *kq, int slot)
{
    if (pack == NULL || kq == NULL || kq->kind != LT_KQ_PLACE) {
        return false;
    }
    lt_tl_rules g;
    lt_kq_as_rules(kq, &g);
    return lt_tl_rules_slot_ok(&g, pack, (int)kq->q.event, slot);
}

int lt_kq_place_right_slot(const lt_pack *pack, const lt_kq *kq)
{
    if (pack == NULL || kq == NULL || kq->kind != LT_KQ_PLACE) {
        return -1;
    }
    lt_tl_rules g;
    lt_kq_as_rules(kq, &g);
    return lt_tl_rules_right_slot(&g, pack, (int)kq->q.event);
}
