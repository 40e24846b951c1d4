/* lt_autoplay.c: the headless player (--autoplay): a minimal engine scene that
 * answers one scheduled question per tick through core (sched, quiz, grade,
 * FSRS, store) with a virtual clock. Depends on: eng.h, lt_autoplay.h, core. */
#include "lt_autoplay.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "eng.h"
#include "lt_fsrs.h"
#include "lt_grade.h"
#include "lt_quiz.h"
#include "lt_rng.h"
#include "lt_sched.h"
#include "lt_utf8.h"

#define LT_AUTO_START_MS INT64_C(1767603600000) /* 2026-01-05T09:00:00Z */
#define LT_AUTO_STEP_MS INT64_C(8000)
#define LT_AUTO_STUDY_HOUR_MS (INT64_C(9) * 3600 * 1000)
#define LT_AUTO_PROFILE "autoplay"

typedef struct lt_autoplay {
    lt_autoplay_opts o;
    lt_autoplay_result *res;
    lt_sched *sched;
    lt_fsrs_params params;
    int64_t profile;
    int64_t clock;
    lt_rng rng;
} lt_autoplay;

static int64_t lt_auto_day_start(int64_t ms)
{
    int64_t d = ms / LT_FSRS_MS_PER_DAY;
    if (ms % LT_FSRS_MS_PER_DAY < 0) {
        d--;
    }
    return d * LT_FSRS_MS_PER_DAY;
}

static void lt_auto_iso(int64_t ms, char *buf, size_t len)
{
    time_t secs = (time_t)(ms / 1000);
    struct tm tm;
    if (gmtime_r(&secs, &tm) == NULL || strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) {
        snprintf(buf, len, "%" PRId64, ms);
    }
}

static void lt_auto_finish(lt_autoplay *a, bool failed)
{
    a->res->failed = a->res->failed || failed;
    eng_scene_pop();
}

/* Moves the clock to when something can be asked; false when nothing ever can. */
static bool lt_auto_wait(lt_autoplay *a)
{
    int64_t t = lt_sched_next_due(a->sched);
    if (lt_sched_unseen(a->sched) > 0) {
        int64_t next_day = lt_auto_day_start(a->clock) + LT_FSRS_MS_PER_DAY + LT_AUTO_STUDY_HOUR_MS;
        if (next_day < t) {
            t = next_day;
        }
    }
    if (t == INT64_MAX) {
        return false;
    }
    a->clock = t > a->clock ? t : a->clock + 1;
    return true;
}

/* Characters the player reads: the prompt and the options. */
static int lt_auto_reading(const lt_question *q)
{
    size_t n = lt_utf8_count(q->prompt, strlen(q->prompt));
    for (int i = 0; i < q->n_options; i++) {
        n += lt_utf8_count(q->options[i], strlen(q->options[i]));
    }
    return (int)n;
}

/* One answer: pick, ask, grade, review, commit, print. */
static bool lt_auto_answer(lt_autoplay *a)
{
    lt_sched_pick pick;
    int waits = 0;
    while (!lt_sched_next(a->sched, a->clock, &pick)) {
        if (!lt_auto_wait(a) || ++waits > 10000) {
            fprintf(stderr, "letopis: autoplay: nothing left to ask\n");
            return false;
        }
    }
    const lt_sched_fact *f = lt_sched_fact_at(a->sched, pick.fact);
    lt_question q;
    bool made = false;
    if (f->question >= 0) {
        made = lt_quiz_make_hand(a->o.pack, (size_t)f->question, a->o.lang, &a->rng, &q);
    } else if (f->event >= 0 && f->facet >= 0) {
        /* A choice question, or for a fact only a cloze can ask, that. */
        made = lt_quiz_make(a->o.pack, (size_t)f->event, (lt_facet)f->facet, a->o.lang, &a->rng, &q) ||
               lt_quiz_make_typed(a->o.pack, (size_t)f->event, (lt_facet)f->facet, LT_Q_CLOZE, a->o.lang,
                                  &a->rng, &q);
    }
    if (!made) {
        fprintf(stderr, "letopis: autoplay: cannot make a question for %s\n", f->key);
        return false;
    }
    bool right = lt_rng_below(&a->rng, 1000000u) < (uint32_t)(a->o.accuracy * 1000000.0);
    double answer_ms = 1500.0 + (double)lt_rng_below(&a->rng, 18500u); /* 1.5 to 20 s */
    lt_fsrs_rating rating = lt_grade(right, false, false, answer_ms, lt_auto_reading(&q), pick.card.fsrs.state);
    lt_card_rec after = pick.card;
    lt_fsrs_log log;
    if (lt_fsrs_review(&a->params, &after.fsrs, (int)rating, a->clock, &log) != LT_FSRS_OK) {
        fprintf(stderr, "letopis: autoplay: FSRS refused the review of %s\n", f->key);
        return false;
    }
    lt_answer_rec ans = {
        .time_ms = a->clock,
        .rating = (int)rating,
        .answer_ms = (int64_t)answer_ms,
        .qtype = lt_quiz_type_name(q.type),
        .outcome = right ? LT_OUT_RIGHT : LT_OUT_WRONG,
        .score = lt_score_speed(answer_ms, LT_QUIZ_TIME_LIMIT_MS, right),
        .has_r_before = log.has_retrievability,
        .r_before = log.retrievability,
        .state_before = pick.card.fsrs.state,
    };
    if (!lt_store_commit_answer(a->o.store, a->profile, a->o.pack->id, &after, &ans)) {
        return false;
    }
    lt_sched_answered(a->sched, pick.fact, &after, a->clock);
    a->res->answered++;
    char due[40];
    lt_auto_iso(after.fsrs.due, due, sizeof due);
    printf("answer %ld card=%s rating=%d right=%d due=%s stability=%.4f difficulty=%.4f state=%d reps=%d\n",
           a->res->answered, after.fact, (int)rating, right ? 1 : 0, due, after.fsrs.stability,
           after.fsrs.difficulty, (int)after.fsrs.state, after.fsrs.reps);
    fflush(stdout);
    a->clock += LT_AUTO_STEP_MS;
    return true;
}

static void lt_auto_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    lt_autoplay *a = s->self;
    if (a->res->answered >= a->o.answers) {
        a->res->finished = true;
        lt_auto_finish(a, false);
        return;
    }
    if (!lt_auto_answer(a)) {
        lt_auto_finish(a, true);
    }
}

static void lt_auto_draw(eng_scene *s)
{
    (void)s;
    eng_clear((eng_color){16, 20, 28, 255});
}

static void lt_auto_destroy(eng_scene *s)
{
    lt_autoplay *a = s->self;
    lt_sched_free(a->sched);
    free(a);
}

/* Finds or makes the autoplay profile; -1 on failure. */
static int64_t lt_auto_profile(lt_store *st, int64_t now)
{
    int n = lt_store_profile_list(st, NULL, 0);
    if (n < 0) {
        return -1;
    }
    lt_profile *all = calloc((size_t)(n > 0 ? n : 1), sizeof *all);
    int64_t id = -1;
    if (all != NULL && lt_store_profile_list(st, all, n) == n) {
        for (int i = 0; i < n && id < 0; i++) {
            if (strcmp(all[i].name, LT_AUTO_PROFILE) == 0) {
                id = all[i].id;
            }
        }
    }
    free(all);
    return id > 0 ? id : lt_store_profile_create(st, LT_AUTO_PROFILE, now);
}

bool lt_autoplay_push(const lt_autoplay_opts *o, lt_autoplay_result *res)
{
    memset(res, 0, sizeof *res);
    if (o->pack == NULL || o->store == NULL) {
        fprintf(stderr, "letopis: autoplay needs a pack and a writable database\n");
        return false;
    }
    lt_autoplay *a = calloc(1, sizeof *a);
    if (a == NULL) {
        return false;
    }
    a->o = *o;
    a->res = res;
    lt_rng_seed(&a->rng, o->seed);
    a->profile = lt_auto_profile(o->store, LT_AUTO_START_MS);
    lt_profile prof;
    if (a->profile < 0 || !lt_store_profile_get(o->store, a->profile, &prof)) {
        fprintf(stderr, "letopis: autoplay: cannot open its profile\n");
        free(a);
        return false;
    }
    int64_t last = lt_store_last_answer_ms(o->store, a->profile);
    a->clock = last != INT64_MIN && last + LT_AUTO_STEP_MS > LT_AUTO_START_MS ? last + LT_AUTO_STEP_MS
                                                                              : LT_AUTO_START_MS;
    lt_fsrs_params_default(&a->params);
    a->params.request_retention = prof.retention;
    lt_sched_fact *facts = NULL;
    size_t n_facts = 0;
    lt_card_rec *cards = NULL;
    size_t n_cards = 0;
    int64_t day = lt_auto_day_start(a->clock);
    lt_sched_opts so = {
        .params = a->params,
        .new_per_day = prof.new_per_day,
        .new_today = lt_store_new_since(o->store, a->profile, o->pack->id, day),
        .day_start_ms = day,
        .seed = o->seed,
    };
    if (lt_sched_facts_build(o->pack, -1, false, &facts, &n_facts) &&
        lt_store_cards_load(o->store, a->profile, o->pack->id, &cards, &n_cards)) {
        so.new_today = so.new_today > 0 ? so.new_today : 0;
        a->sched = lt_sched_create(facts, n_facts, cards, n_cards, &so);
    }
    free(facts);
    free(cards);
    if (a->sched == NULL || n_facts == 0) {
        fprintf(stderr, "letopis: autoplay: the pack has nothing to ask\n");
        lt_sched_free(a->sched);
        free(a);
        return false;
    }
    eng_scene sc = {
        .name = "autoplay",
        .self = a,
        .tick = lt_auto_tick,
        .draw = lt_auto_draw,
        .destroy = lt_auto_destroy,
    };
    eng_scene_push(&sc);
    return true;
}
