/* lt_sched.c: the next-card scheduler: a due-time heap, a learning heap and a
 * lowest-R review heap with positions, the new-fact queue and free practice.
 * Depends on: lt_sched.h, lt_fsrs.h, lt_rng.h, lt_quiz.h. */
#include "lt_sched.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_rng.h"

enum { LT_H_NONE = 0, LT_H_PENDING, LT_H_LEARN, LT_H_REVIEW, LT_H_COUNT };

typedef struct lt_sched_item {
    lt_card_rec rec;
    bool seen;   /* answered at least once (a real card) */
    bool asked;  /* free practice: asked in the current cycle */
    int heap;    /* LT_H_* it sits in */
    int pos;     /* its index in that heap */
    double key;  /* review heap: t/S at the end of the study day (bigger = lower R) */
} lt_sched_item;

typedef struct lt_heap {
    int *a; /* fact indices */
    int n;
} lt_heap;

struct lt_sched {
    lt_sched_fact *facts;
    lt_sched_item *items;
    size_t n;
    lt_heap heaps[LT_H_COUNT];
    int *order;        /* new facts in pack order, or the free-practice order */
    size_t n_order, cursor;
    lt_sched_opts o;
    int64_t day_start;
    int new_today;
    bool has_last;
    int last_event, last_facet;
};

void lt_fact_key(char *buf, size_t len, const char *event_id, const char *facet, const char *question_id)
{
    if (question_id != NULL) {
        snprintf(buf, len, "%s/q/%s", event_id != NULL ? event_id : "-", question_id);
    } else {
        snprintf(buf, len, "%s/%s", event_id != NULL ? event_id : "-", facet != NULL ? facet : "?");
    }
}

static bool lt_facts_push(lt_sched_fact **out, size_t *n, size_t *cap, const lt_sched_fact *f)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        lt_sched_fact *grown = realloc(*out, ncap * sizeof **out);
        if (grown == NULL) {
            return false;
        }
        *out = grown;
        *cap = ncap;
    }
    (*out)[(*n)++] = *f;
    return true;
}

bool lt_sched_facts_build(const lt_pack *pack, int level, bool with_hand, lt_sched_fact **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    size_t cap = 0;
    const lt_level *lv = (level >= 0 && (size_t)level < pack->n_levels) ? &pack->levels[level] : NULL;
    size_t n_ev = lv != NULL && lv->n_events > 0 ? lv->n_events : pack->n_events;
    for (size_t i = 0; i < n_ev; i++) {
        size_t ev = lv != NULL && lv->n_events > 0 ? lv->events[i] : i;
        for (int f = 0; f < (int)LT_FACET_COUNT; f++) {
            /* "what" has no choice question, only a cloze of the fact's text. */
            bool askable = f == LT_FACET_WHAT ? lt_quiz_can_ask_type(pack, ev, LT_FACET_WHAT, LT_Q_CLOZE)
                                              : f != LT_FACET_HAND && lt_quiz_can_ask(pack, ev, (lt_facet)f);
            if (!askable) {
                continue;
            }
            lt_sched_fact fact = {.event = (int)ev, .facet = f, .question = -1};
            lt_fact_key(fact.key, sizeof fact.key, pack->events[ev].id, lt_facet_name((lt_facet)f), NULL);
            if (!lt_facts_push(out, n, &cap, &fact)) {
                goto oom;
            }
        }
    }
    for (size_t q = 0; with_hand && q < pack->n_questions; q++) {
        const lt_hand_question *hq = &pack->questions[q];
        if (lv != NULL && hq->level != level) {
            continue;
        }
        lt_sched_fact fact = {.event = hq->event, .facet = -1, .question = (int)q};
        lt_fact_key(fact.key, sizeof fact.key, hq->event >= 0 ? pack->events[hq->event].id : NULL, NULL, hq->id);
        if (!lt_facts_push(out, n, &cap, &fact)) {
            goto oom;
        }
    }
    return true;
oom:
    free(*out);
    *out = NULL;
    *n = 0;
    return false;
}

/* ---- heaps with positions ---------------------------------------------- */

/* True when fact a goes before fact b in heap `h`. */
static bool lt_heap_less(const lt_sched *s, int h, int a, int b)
{
    const lt_sched_item *x = &s->items[a], *y = &s->items[b];
    if (h == LT_H_REVIEW && x->key != y->key) {
        return x->key > y->key;
    }
    if (x->rec.fsrs.due != y->rec.fsrs.due) {
        return x->rec.fsrs.due < y->rec.fsrs.due;
    }
    return a < b;
}

static void lt_heap_set(lt_sched *s, int h, int i, int fact)
{
    s->heaps[h].a[i] = fact;
    s->items[fact].pos = i;
}

static void lt_heap_up(lt_sched *s, int h, int i)
{
    int *a = s->heaps[h].a;
    int f = a[i];
    while (i > 0) {
        int p = (i - 1) / 2;
        if (!lt_heap_less(s, h, f, a[p])) {
            break;
        }
        lt_heap_set(s, h, i, a[p]);
        i = p;
    }
    lt_heap_set(s, h, i, f);
}

static void lt_heap_down(lt_sched *s, int h, int i)
{
    int *a = s->heaps[h].a;
    int n = s->heaps[h].n;
    int f = a[i];
    for (;;) {
        int c = 2 * i + 1;
        if (c >= n) {
            break;
        }
        if (c + 1 < n && lt_heap_less(s, h, a[c + 1], a[c])) {
            c++;
        }
        if (!lt_heap_less(s, h, a[c], f)) {
            break;
        }
        lt_heap_set(s, h, i, a[c]);
        i = c;
    }
    lt_heap_set(s, h, i, f);
}

static void lt_heap_push(lt_sched *s, int h, int fact)
{
    lt_heap *hp = &s->heaps[h];
    s->items[fact].heap = h;
    lt_heap_set(s, h, hp->n++, fact);
    lt_heap_up(s, h, hp->n - 1);
}

static void lt_heap_remove(lt_sched *s, int fact)
{
    int h = s->items[fact].heap;
    if (h == LT_H_NONE) {
        return;
    }
    lt_heap *hp = &s->heaps[h];
    int i = s->items[fact].pos;
    int last = hp->a[--hp->n];
    s->items[fact].heap = LT_H_NONE;
    if (i < hp->n) {
        lt_heap_set(s, h, i, last);
        lt_heap_up(s, h, i);
        lt_heap_down(s, h, s->items[last].pos);
    }
}

/* Up to k facts of heap h in heap order, without changing it (best-first walk
 * of the heap tree with a small frontier). */
static int lt_heap_best(const lt_sched *s, int h, int k, int *out)
{
    const lt_heap *hp = &s->heaps[h];
    int front[2 * LT_SCHED_LOOKAHEAD + 2];
    int nf = 0, m = 0;
    if (hp->n > 0) {
        front[nf++] = 0;
    }
    while (m < k && nf > 0) {
        int bi = 0;
        for (int i = 1; i < nf; i++) {
            if (lt_heap_less(s, h, hp->a[front[i]], hp->a[front[bi]])) {
                bi = i;
            }
        }
        int p = front[bi];
        front[bi] = front[--nf];
        out[m++] = hp->a[p];
        if (2 * p + 1 < hp->n) {
            front[nf++] = 2 * p + 1;
        }
        if (2 * p + 2 < hp->n) {
            front[nf++] = 2 * p + 2;
        }
    }
    return m;
}

/* ---- keys, days, placing cards ------------------------------------------ */

static double lt_sched_key(const lt_sched *s, const lt_fsrs_card *c)
{
    if (!c->has_last_review || !(c->stability > 0.0)) {
        return 1e300;
    }
    int64_t diff = s->day_start + LT_FSRS_MS_PER_DAY - c->last_review;
    int64_t t = diff > 0 ? diff / LT_FSRS_MS_PER_DAY : 0;
    return (double)t / c->stability;
}

static bool lt_sched_is_learning(const lt_fsrs_card *c)
{
    return c->state == LT_FSRS_LEARNING || c->state == LT_FSRS_RELEARNING;
}

/* Puts an answered card where it belongs at now: a due heap or the pending heap. */
static void lt_sched_place(lt_sched *s, int fact, int64_t now)
{
    lt_sched_item *it = &s->items[fact];
    if (it->rec.fsrs.due > now) {
        lt_heap_push(s, LT_H_PENDING, fact);
    } else if (lt_sched_is_learning(&it->rec.fsrs)) {
        lt_heap_push(s, LT_H_LEARN, fact);
    } else {
        it->key = lt_sched_key(s, &it->rec.fsrs);
        lt_heap_push(s, LT_H_REVIEW, fact);
    }
}

/* Rolls the study day forward to now and moves cards that fell due. */
static void lt_sched_advance(lt_sched *s, int64_t now)
{
    if (now >= s->day_start + LT_FSRS_MS_PER_DAY) {
        s->day_start += (now - s->day_start) / LT_FSRS_MS_PER_DAY * LT_FSRS_MS_PER_DAY;
        s->new_today = 0;
        lt_heap *rv = &s->heaps[LT_H_REVIEW];
        for (int i = 0; i < rv->n; i++) {
            s->items[rv->a[i]].key = lt_sched_key(s, &s->items[rv->a[i]].rec.fsrs);
        }
        for (int i = rv->n / 2 - 1; i >= 0; i--) {
            lt_heap_down(s, LT_H_REVIEW, i);
        }
    }
    lt_heap *pd = &s->heaps[LT_H_PENDING];
    while (pd->n > 0 && s->items[pd->a[0]].rec.fsrs.due <= now) {
        int f = pd->a[0];
        lt_heap_remove(s, f);
        lt_sched_place(s, f, now);
    }
}

typedef struct lt_sched_sortent {
    const char *key; /* fact key (matching) */
    double r;        /* free practice: t/S, bigger = weaker */
    int seen;
    int idx;
} lt_sched_sortent;

static int lt_sched_key_cmp(const void *pa, const void *pb)
{
    return strcmp(((const lt_sched_sortent *)pa)->key, ((const lt_sched_sortent *)pb)->key);
}

/* Free practice: answered cards weakest first, then new facts in pack order. */
static int lt_sched_free_cmp(const void *pa, const void *pb)
{
    const lt_sched_sortent *x = pa, *y = pb;
    if (x->seen != y->seen) {
        return x->seen ? -1 : 1;
    }
    if (x->seen && x->r != y->r) {
        return x->r > y->r ? -1 : 1;
    }
    return x->idx < y->idx ? -1 : (x->idx > y->idx ? 1 : 0);
}

void lt_sched_free(lt_sched *s)
{
    if (s == NULL) {
        return;
    }
    for (int h = 0; h < LT_H_COUNT; h++) {
        free(s->heaps[h].a);
    }
    free(s->order);
    free(s->items);
    free(s->facts);
    free(s);
}

/* Shuffles each run of same-event facts in the new order (seeded). */
static void lt_sched_shuffle_runs(lt_sched *s)
{
    lt_rng rng;
    lt_rng_seed(&rng, s->o.seed);
    size_t i = 0;
    while (i < s->n_order) {
        size_t j = i + 1;
        int ev = s->facts[s->order[i]].event;
        while (j < s->n_order && ev >= 0 && s->facts[s->order[j]].event == ev) {
            j++;
        }
        lt_rng_shuffle(&rng, &s->order[i], j - i, sizeof s->order[0]);
        i = j;
    }
}

lt_sched *lt_sched_create(const lt_sched_fact *facts, size_t n_facts, const lt_card_rec *cards, size_t n_cards,
                          const lt_sched_opts *o)
{
    lt_sched *s = calloc(1, sizeof *s);
    if (s == NULL) {
        return NULL;
    }
    s->n = n_facts;
    s->o = *o;
    s->day_start = o->day_start_ms;
    s->new_today = o->new_today;
    size_t alloc_n = n_facts > 0 ? n_facts : 1;
    s->facts = malloc(alloc_n * sizeof *s->facts);
    s->items = calloc(alloc_n, sizeof *s->items);
    s->order = malloc(alloc_n * sizeof *s->order);
    lt_sched_sortent *ents = malloc(alloc_n * sizeof *ents);
    bool ok = s->facts != NULL && s->items != NULL && s->order != NULL && ents != NULL;
    for (int h = 1; ok && h < LT_H_COUNT; h++) {
        s->heaps[h].a = malloc(alloc_n * sizeof(int));
        ok = s->heaps[h].a != NULL;
    }
    if (!ok) {
        free(ents);
        lt_sched_free(s);
        return NULL;
    }
    if (n_facts > 0) {
        memcpy(s->facts, facts, n_facts * sizeof *facts);
    }
    for (size_t i = 0; i < n_facts; i++) {
        lt_sched_item *it = &s->items[i];
        snprintf(it->rec.fact, sizeof it->rec.fact, "%s", facts[i].key);
        lt_fsrs_card_new(&it->rec.fsrs, o->day_start_ms);
        ents[i] = (lt_sched_sortent){.key = s->facts[i].key, .idx = (int)i};
    }
    /* Match the stored cards to the facts by key: O(m log n). */
    qsort(ents, n_facts, sizeof *ents, lt_sched_key_cmp);
    for (size_t i = 0; i < n_cards; i++) {
        lt_sched_sortent probe = {.key = cards[i].fact};
        const lt_sched_sortent *hit =
            n_facts > 0 ? bsearch(&probe, ents, n_facts, sizeof *ents, lt_sched_key_cmp) : NULL;
        if (hit != NULL) {
            lt_sched_item *it = &s->items[hit->idx];
            it->rec = cards[i];
            it->seen = cards[i].fsrs.state != LT_FSRS_NEW || cards[i].fsrs.reps > 0;
        }
    }
    for (size_t i = 0; i < n_facts; i++) {
        lt_sched_item *it = &s->items[i];
        if (it->seen) {
            it->key = lt_sched_key(s, &it->rec.fsrs);
            if (!o->free_practice) {
                lt_heap_push(s, LT_H_PENDING, (int)i); /* the first pick moves the due ones */
            }
        }
        if (o->free_practice || !it->seen) {
            s->order[s->n_order++] = (int)i;
        }
    }
    if (o->free_practice) {
        for (size_t i = 0; i < s->n_order; i++) {
            const lt_sched_item *it = &s->items[s->order[i]];
            ents[i] = (lt_sched_sortent){.r = it->key, .seen = it->seen, .idx = s->order[i]};
        }
        qsort(ents, s->n_order, sizeof *ents, lt_sched_free_cmp);
        for (size_t i = 0; i < s->n_order; i++) {
            s->order[i] = ents[i].idx;
        }
    } else {
        lt_sched_shuffle_runs(s);
    }
    free(ents);
    return s;
}

/* ---- picking -------------------------------------------------------------- */

/* Up to k candidates from the order (new facts not yet seen, or free-practice
 * facts not yet asked in this cycle), from the cursor on. */
static int lt_sched_order_best(lt_sched *s, int k, int *out)
{
    bool free_mode = s->o.free_practice;
    while (s->cursor < s->n_order) {
        const lt_sched_item *it = &s->items[s->order[s->cursor]];
        if (free_mode ? !it->asked : !it->seen) {
            break;
        }
        s->cursor++;
    }
    int m = 0;
    for (size_t i = s->cursor; i < s->n_order && m < k; i++) {
        const lt_sched_item *it = &s->items[s->order[i]];
        if (free_mode ? !it->asked : !it->seen) {
            out[m++] = s->order[i];
        }
    }
    return m;
}

/* Chooses within one tier: a different event and facet, else a different
 * event; -1 when every candidate is of the last event. */
static int lt_sched_choose(const lt_sched *s, const int *cand, int m)
{
    int diff_event = -1;
    for (int i = 0; i < m; i++) {
        const lt_sched_fact *f = &s->facts[cand[i]];
        if (s->has_last && f->event >= 0 && f->event == s->last_event) {
            continue;
        }
        if (!s->has_last || f->facet != s->last_facet) {
            return cand[i];
        }
        if (diff_event < 0) {
            diff_event = cand[i];
        }
    }
    return diff_event;
}

bool lt_sched_next(lt_sched *s, int64_t now_ms, lt_sched_pick *out)
{
    memset(out, 0, sizeof *out);
    out->fact = -1;
    if (s == NULL) {
        return false;
    }
    int cand[LT_SCHED_LOOKAHEAD];
    int pick = -1, fallback = -1;
    lt_pick_kind kind = LT_PICK_FREE;
    if (s->o.free_practice) {
        int m = lt_sched_order_best(s, LT_SCHED_LOOKAHEAD, cand);
        if (m == 0 && s->n_order > 0) { /* a cycle is over: start again */
            for (size_t i = 0; i < s->n; i++) {
                s->items[i].asked = false;
            }
            s->cursor = 0;
            m = lt_sched_order_best(s, LT_SCHED_LOOKAHEAD, cand);
        }
        pick = lt_sched_choose(s, cand, m);
        fallback = m > 0 ? cand[0] : -1;
    } else {
        lt_sched_advance(s, now_ms);
        /* Due cards (learning first, then lowest R) form one group for the
         * interleaving rules, so a due learning card may wait a pick or two
         * for a different facet; new facts only when no due card of another
         * event exists. */
        int due_cand[2 * LT_SCHED_LOOKAHEAD];
        int m = lt_heap_best(s, LT_H_LEARN, LT_SCHED_LOOKAHEAD, due_cand);
        m += lt_heap_best(s, LT_H_REVIEW, LT_SCHED_LOOKAHEAD, due_cand + m);
        pick = lt_sched_choose(s, due_cand, m);
        fallback = m > 0 ? due_cand[0] : -1;
        if (pick < 0 && lt_sched_new_left_today(s) > 0) {
            int mn = lt_sched_order_best(s, LT_SCHED_LOOKAHEAD, cand);
            pick = lt_sched_choose(s, cand, mn);
            if (fallback < 0 && mn > 0) {
                fallback = cand[0];
            }
        }
    }
    if (pick < 0) {
        pick = fallback;
    }
    if (pick < 0) {
        return false;
    }
    const lt_sched_item *it = &s->items[pick];
    if (!s->o.free_practice) {
        kind = it->heap == LT_H_LEARN ? LT_PICK_LEARNING : (it->heap == LT_H_REVIEW ? LT_PICK_REVIEW : LT_PICK_NEW);
    }
    out->fact = pick;
    out->kind = kind;
    out->card = it->rec;
    if (!it->seen) {
        lt_fsrs_card_new(&out->card.fsrs, now_ms);
    }
    out->r_now = it->seen ? lt_fsrs_retrievability(&s->o.params, &it->rec.fsrs, now_ms) : 0.0;
    return true;
}

void lt_sched_answered(lt_sched *s, int fact, const lt_card_rec *after, int64_t now_ms)
{
    if (s == NULL || fact < 0 || (size_t)fact >= s->n) {
        return;
    }
    lt_sched_item *it = &s->items[fact];
    s->has_last = true;
    s->last_event = s->facts[fact].event;
    s->last_facet = s->facts[fact].facet;
    if (s->o.free_practice) {
        it->asked = true;
        return;
    }
    if (after == NULL) {
        return;
    }
    lt_sched_advance(s, now_ms);
    if (!it->seen && after->fsrs.state != LT_FSRS_NEW) {
        it->seen = true;
        s->new_today++;
    }
    lt_heap_remove(s, fact);
    it->rec = *after;
    if (it->seen) {
        lt_sched_place(s, fact, now_ms);
    }
}

int64_t lt_sched_next_due(const lt_sched *s)
{
    int64_t best = INT64_MAX;
    for (int h = LT_H_PENDING; h < LT_H_COUNT; h++) {
        if (s->heaps[h].n > 0 && s->items[s->heaps[h].a[0]].rec.fsrs.due < best) {
            best = s->items[s->heaps[h].a[0]].rec.fsrs.due;
        }
    }
    return best;
}

size_t lt_sched_unseen(const lt_sched *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        n += !s->items[i].seen;
    }
    return n;
}

int lt_sched_new_left_today(const lt_sched *s)
{
    int left = s->o.new_per_day - s->new_today;
    return left > 0 ? left : 0;
}

size_t lt_sched_count(const lt_sched *s)
{
    return s->n;
}

const lt_sched_fact *lt_sched_fact_at(const lt_sched *s, int fact)
{
    return fact >= 0 && (size_t)fact < s->n ? &s->facts[fact] : NULL;
}

const lt_card_rec *lt_sched_card(const lt_sched *s, int fact)
{
    return fact >= 0 && (size_t)fact < s->n && s->items[fact].seen ? &s->items[fact].rec : NULL;
}

const lt_sched_opts *lt_sched_options(const lt_sched *s)
{
    return &s->o;
}
