/* lt_session.c: a sitting of play: questions from a prepared round (quick,
 * exam, level) or from the scheduler (study, practice), then judge, grade,
 * FSRS, one committed transaction per answer, score and summary.
 * Depends on: lt_session.h, lt_sched.h, lt_grade.h, lt_fsrs.h, lt_store.h. */
#include "lt_session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_grade.h"
#include "lt_rng.h"
#include "lt_sched.h"

#define LT_SESSION_QUICK_TYPES (1u << LT_Q_CHOICE)

struct lt_session {
    const lt_pack *pack;
    lt_store *store;
    lt_profile profile;       /* id 0: nothing is kept */
    lt_lang lang;
    lt_mode mode;
    int level;
    bool calm;
    int length;
    unsigned types;
    int64_t day_start_ms;
    lt_fsrs_params params;
    lt_rng rng;
    uint64_t seed;            /* as given: a quick round is lt_quiz_round(seed), as the catalog shows */

    lt_question *pre;         /* prepared round (quick, exam, level) */
    int n_pre;
    lt_sched_fact *facts;     /* study, practice */
    size_t n_facts;
    lt_sched *sched;
    int cur_fact;             /* study: the fact asked now */
    lt_card_rec cur_card;     /* study: its card as the scheduler gave it */

    lt_question *asked;       /* [LT_SESSION_MAX] */
    lt_session_result *results;
    int n_asked;
    bool pending;             /* asked[n_asked - 1] awaits its answer */
    int streak, best_streak, score;
    double mastery_before;
    char error[256];
};

const char *lt_mode_name(lt_mode m)
{
    static const char *const names[LT_MODE_COUNT] = {"quick", "study", "exam", "level", "practice"};
    return (unsigned)m < LT_MODE_COUNT ? names[m] : "?";
}

static bool lt_session_keeps(const lt_session *s)
{
    return s->store != NULL && s->profile.id > 0 && s->mode != LT_MODE_PRACTICE;
}

/* The card key of a question, as the scheduler names facts. */
static void lt_session_key(const lt_pack *pack, const lt_question *q, char *buf, size_t len)
{
    const char *ev = q->event != LT_QUIZ_NO_EVENT && q->event < pack->n_events ? pack->events[q->event].id : NULL;
    if (q->hand >= 0 && (size_t)q->hand < pack->n_questions) {
        lt_fact_key(buf, len, ev, NULL, pack->questions[q->hand].id);
    } else {
        lt_fact_key(buf, len, ev, lt_facet_name(q->facet), NULL);
    }
}

static void lt_session_params(lt_session *s)
{
    lt_fsrs_params_default(&s->params);
    if (s->profile.id > 0 && s->profile.retention >= LT_FSRS_RETENTION_MIN &&
        s->profile.retention <= LT_FSRS_RETENTION_MAX) {
        s->params.request_retention = s->profile.retention;
    }
}

/* Facts of a level (or all when level < 0) as lt_quiz_facts gives them. */
static lt_quiz_fact *lt_session_quiz_facts(const lt_pack *pack, int level, size_t *n)
{
    size_t cap = pack->n_events * LT_FACET_COUNT + pack->n_questions + 1;
    lt_quiz_fact *all = calloc(cap, sizeof *all);
    if (all == NULL) {
        *n = 0;
        return NULL;
    }
    size_t total = lt_quiz_facts(pack, all, cap);
    if (level < 0 || (size_t)level >= pack->n_levels) {
        *n = total;
        return all;
    }
    const lt_level *lv = &pack->levels[level];
    size_t k = 0;
    for (size_t i = 0; i < total; i++) {
        bool keep = false;
        if (all[i].hand >= 0) {
            keep = pack->questions[all[i].hand].level == level;
        }
        for (size_t e = 0; !keep && e < lv->n_events; e++) {
            keep = all[i].event >= 0 && (size_t)all[i].event == lv->events[e];
        }
        if (keep) {
            all[k++] = all[i];
        }
    }
    *n = k;
    return all;
}

static bool lt_session_prepare_round(lt_session *s, char *err, size_t errlen)
{
    s->pre = calloc((size_t)s->length, sizeof *s->pre);
    if (s->pre == NULL) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    uint64_t seed = s->mode == LT_MODE_QUICK ? s->seed : lt_rng_next(&s->rng);
    if (s->mode == LT_MODE_QUICK) {
        s->n_pre = s->types == LT_SESSION_QUICK_TYPES ? lt_quiz_round(s->pack, s->lang, seed, s->pre, s->length)
                                                      : lt_quiz_round_types(s->pack, s->lang, seed, s->types,
                                                                            s->pre, s->length);
    } else {
        size_t n = 0;
        lt_quiz_fact *facts = lt_session_quiz_facts(s->pack, s->mode == LT_MODE_LEVEL ? s->level : -1, &n);
        s->n_pre = facts != NULL ? lt_quiz_round_from(s->pack, facts, n, s->lang, seed, s->types, s->pre,
                                                      s->length)
                                 : 0;
        free(facts);
    }
    if (s->n_pre <= 0) {
        snprintf(err, errlen, "the pack has no questions to ask in this mode");
        return false;
    }
    return true;
}

static bool lt_session_prepare_sched(lt_session *s, int64_t now_ms, char *err, size_t errlen)
{
    if (!lt_sched_facts_build(s->pack, -1, true, &s->facts, &s->n_facts) || s->n_facts == 0) {
        snprintf(err, errlen, "the pack has no facts to study");
        return false;
    }
    lt_card_rec *cards = NULL;
    size_t n_cards = 0;
    if (s->store != NULL && s->profile.id > 0) {
        lt_store_cards_load(s->store, s->profile.id, s->pack->id, &cards, &n_cards);
    }
    lt_sched_opts o;
    memset(&o, 0, sizeof o);
    o.params = s->params;
    o.new_per_day = s->profile.id > 0 ? s->profile.new_per_day : LT_PROFILE_NEW_PER_DAY;
    o.new_today = (s->store != NULL && s->profile.id > 0)
                      ? lt_store_new_since(s->store, s->profile.id, s->pack->id, s->day_start_ms)
                      : 0;
    o.new_today = o.new_today < 0 ? 0 : o.new_today;
    o.day_start_ms = s->day_start_ms;
    o.free_practice = s->mode == LT_MODE_PRACTICE;
    o.seed = lt_rng_next(&s->rng);
    s->sched = lt_sched_create(s->facts, s->n_facts, cards, n_cards, &o);
    free(cards);
    (void)now_ms;
    if (s->sched == NULL) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    return true;
}

lt_session *lt_session_start(const lt_session_desc *d, char *err, size_t errlen)
{
    if (d == NULL || d->pack == NULL || (unsigned)d->mode >= LT_MODE_COUNT) {
        snprintf(err, errlen, "no pack");
        return NULL;
    }
    if (d->mode == LT_MODE_LEVEL && (d->level < 0 || (size_t)d->level >= d->pack->n_levels)) {
        snprintf(err, errlen, "the pack has no level %d", d->level + 1);
        return NULL;
    }
    lt_session *s = calloc(1, sizeof *s);
    if (s == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->pack = d->pack;
    s->store = d->store;
    if (d->profile != NULL) {
        s->profile = *d->profile;
    }
    s->lang = d->lang;
    s->mode = d->mode;
    s->level = d->level;
    s->calm = d->calm;
    s->day_start_ms = d->day_start_ms;
    s->seed = d->seed;
    lt_rng_seed(&s->rng, d->seed);
    lt_session_params(s);
    int deflen = d->mode == LT_MODE_QUICK ? LT_QUIZ_ROUND_LEN
                 : d->mode == LT_MODE_EXAM ? LT_SESSION_EXAM_LEN
                 : d->mode == LT_MODE_LEVEL ? LT_QUIZ_ROUND_LEN
                                            : LT_SESSION_STUDY_LEN;
    s->length = d->length > 0 ? (d->length > LT_SESSION_MAX ? LT_SESSION_MAX : d->length) : deflen;
    unsigned types = d->types;
    if (types == 0) {
        types = d->mode == LT_MODE_QUICK ? LT_SESSION_QUICK_TYPES : LT_QUIZ_ALL_TYPES;
        if (d->mode == LT_MODE_LEVEL && d->pack->levels[d->level].types != 0) {
            types = d->pack->levels[d->level].types;
        }
    }
    s->types = types;
    s->asked = calloc(LT_SESSION_MAX, sizeof *s->asked);
    s->results = calloc(LT_SESSION_MAX, sizeof *s->results);
    s->cur_fact = -1;
    bool ok = s->asked != NULL && s->results != NULL;
    if (!ok) {
        snprintf(err, errlen, "out of memory");
    } else if (d->mode == LT_MODE_STUDY || d->mode == LT_MODE_PRACTICE) {
        ok = lt_session_prepare_sched(s, d->now_ms, err, errlen);
    } else {
        ok = lt_session_prepare_round(s, err, errlen);
    }
    if (!ok) {
        lt_session_free(s);
        return NULL;
    }
    s->mastery_before = lt_session_mastery(s->store, &s->profile, s->pack,
                                           s->mode == LT_MODE_LEVEL ? s->level : -1, d->now_ms);
    return s;
}

void lt_session_free(lt_session *s)
{
    if (s == NULL) {
        return;
    }
    lt_sched_free(s->sched);
    free(s->facts);
    free(s->pre);
    free(s->asked);
    free(s->results);
    free(s);
}

/* The question type for a scheduled card: recognition while a card is new
 * or being learnt, recall (typed, date, cloze, order, match) once it is in
 * review and still well remembered, a mix in between. */
static lt_qtype lt_session_pick_type(lt_session *s, const lt_sched_pick *pick, const lt_sched_fact *f)
{
    static const lt_qtype easy[] = {LT_Q_CHOICE, LT_Q_TRUEFALSE, LT_Q_MULTI};
    static const lt_qtype hard[] = {LT_Q_TYPED, LT_Q_DATE, LT_Q_CLOZE, LT_Q_ORDER, LT_Q_MATCH, LT_Q_CHOICE};
    bool recall = pick->kind == LT_PICK_REVIEW && pick->r_now >= 0.8;
    const lt_qtype *pool = recall ? hard : easy;
    size_t n = recall ? sizeof hard / sizeof hard[0] : sizeof easy / sizeof easy[0];
    size_t start = lt_rng_below(&s->rng, (uint32_t)n);
    for (size_t k = 0; k < n; k++) {
        lt_qtype t = pool[(start + k) % n];
        if ((s->types & (1u << t)) && lt_quiz_can_ask_type(s->pack, (size_t)f->event, (lt_facet)f->facet, t)) {
            return t;
        }
    }
    /* A fact only some types can ask (a cloze of the fact's text). */
    for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
        if ((s->types & (1u << t)) && lt_quiz_can_ask_type(s->pack, (size_t)f->event, (lt_facet)f->facet, (lt_qtype)t)) {
            return (lt_qtype)t;
        }
    }
    return LT_Q_CHOICE;
}

static bool lt_session_make_scheduled(lt_session *s, int64_t now_ms, lt_question *q)
{
    for (int tries = 0; tries < 4; tries++) {
        lt_sched_pick pick;
        if (!lt_sched_next(s->sched, now_ms, &pick) || pick.fact < 0) {
            return false;
        }
        const lt_sched_fact *f = lt_sched_fact_at(s->sched, pick.fact);
        bool made = false;
        if (f->question >= 0) {
            made = lt_quiz_make_hand(s->pack, (size_t)f->question, s->lang, &s->rng, q);
        } else {
            lt_qtype t = lt_session_pick_type(s, &pick, f);
            made = lt_quiz_make_typed(s->pack, (size_t)f->event, (lt_facet)f->facet, t, s->lang, &s->rng, q) ||
                   lt_quiz_make(s->pack, (size_t)f->event, (lt_facet)f->facet, s->lang, &s->rng, q);
        }
        if (made) {
            s->cur_fact = pick.fact;
            s->cur_card = pick.card;
            return true;
        }
        /* A fact that cannot be asked today: count it as seen in free practice
         * so the scheduler moves on. */
        lt_sched_answered(s->sched, pick.fact, NULL, now_ms);
    }
    return false;
}

bool lt_session_next(lt_session *s, int64_t now_ms, lt_question *out)
{
    if (s == NULL || s->n_asked >= s->length || s->n_asked >= LT_SESSION_MAX) {
        return false;
    }
    lt_question *q = &s->asked[s->n_asked];
    if (s->sched != NULL) {
        if (!lt_session_make_scheduled(s, now_ms, q)) {
            return false;
        }
    } else {
        if (s->n_asked >= s->n_pre) {
            return false;
        }
        *q = s->pre[s->n_asked];
    }
    memset(&s->results[s->n_asked], 0, sizeof s->results[0]);
    s->n_asked++;
    s->pending = true;
    if (out != NULL) {
        *out = *q;
    }
    return true;
}

double lt_session_time_limit_ms(const lt_session *s)
{
    if (s == NULL || s->calm || s->n_asked == 0) {
        return 0.0;
    }
    double base = LT_QUIZ_TIME_LIMIT_MS;
    if (s->mode == LT_MODE_LEVEL && s->pack->levels[s->level].time_limit_s > 0) {
        base = 1000.0 * s->pack->levels[s->level].time_limit_s;
    }
    /* Writing, picking a date or sorting takes longer than a click. */
    switch (s->asked[s->n_asked - 1].type) {
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
    case LT_Q_DATE: return base * 1.5;
    case LT_Q_MULTI:
    case LT_Q_ORDER:
    case LT_Q_MATCH: return base * 2.0;
    default: return base;
    }
}

bool lt_session_hides_feedback(const lt_session *s)
{
    return s != NULL && s->mode == LT_MODE_EXAM;
}

/* Characters the player had to read: prompt and options. */
static int lt_session_reading_chars(const lt_question *q)
{
    size_t n = strlen(q->prompt) + strlen(q->cloze);
    for (int i = 0; i < q->n_options && i < LT_QUIZ_OPTIONS_MAX; i++) {
        n += strlen(q->options[i]);
    }
    return (int)(n / 2); /* bytes to letters, roughly: most of it is Cyrillic */
}

/* The answer's text for the review log (class results): what was typed, or
 * the option picked; NULL for the other types or no answer. */
static const char *lt_session_answer_text(const lt_question *q, const lt_answer *a)
{
    if (a == NULL) {
        return NULL;
    }
    if (q->type == LT_Q_TYPED || q->type == LT_Q_CLOZE) {
        return a->text;
    }
    if ((q->type == LT_Q_CHOICE || q->type == LT_Q_TRUEFALSE) && a->choice >= 0 && a->choice < q->n_options) {
        return q->options[a->choice];
    }
    return NULL;
}

bool lt_session_answer(lt_session *s, const lt_answer *a, double answer_ms, bool hint, int64_t now_ms,
                       lt_session_result *res)
{
    if (s == NULL || !s->pending || s->n_asked == 0) {
        return false;
    }
    int idx = s->n_asked - 1;
    const lt_question *q = &s->asked[idx];
    lt_session_result *r = &s->results[idx];
    memset(r, 0, sizeof *r);
    if (a != NULL) {
        lt_quiz_judge(q, a, &r->judgement);
    } else {
        r->judgement.verdict = LT_VERDICT_WRONG;
    }
    bool right = r->judgement.verdict != LT_VERDICT_WRONG;
    bool close = r->judgement.verdict == LT_VERDICT_CLOSE;

    /* The card this question stands for. */
    lt_card_rec card;
    memset(&card, 0, sizeof card);
    char key[LT_FACT_KEY_MAX];
    lt_session_key(s->pack, q, key, sizeof key);
    if (s->sched != NULL && s->cur_fact >= 0) {
        card = s->cur_card;
    } else if (!(s->store != NULL && s->profile.id > 0 &&
                 lt_store_card_get(s->store, s->profile.id, s->pack->id, key, &card))) {
        snprintf(card.fact, sizeof card.fact, "%s", key);
        lt_fsrs_card_new(&card.fsrs, now_ms);
    }
    lt_fsrs_state before = card.fsrs.state;
    if (before != LT_FSRS_NEW) {
        r->has_r_before = true;
        r->r_before = lt_fsrs_retrievability(&s->params, &card.fsrs, now_ms);
    }

    lt_score_in si = {.right = right, .answer_ms = answer_ms, .limit_ms = lt_session_time_limit_ms(s),
                      .streak_before = s->streak, .has_r = r->has_r_before, .r = r->r_before, .calm = s->calm};
    r->score = lt_score_answer(&si);
    s->streak = r->score.streak_after;
    s->best_streak = s->streak > s->best_streak ? s->streak : s->best_streak;
    s->score += r->score.total;

    if (s->mode != LT_MODE_PRACTICE) {
        r->rating = lt_grade(right && !close, close, hint, answer_ms, lt_session_reading_chars(q), before);
        lt_fsrs_review(&s->params, &card.fsrs, (int)r->rating, now_ms, NULL);
        r->due_ms = card.fsrs.due;
        if (lt_session_keeps(s)) {
            lt_answer_rec rec = {.time_ms = now_ms, .rating = (int)r->rating, .answer_ms = (int64_t)answer_ms,
                                 .qtype = lt_quiz_type_name(q->type),
                                 .outcome = close ? LT_OUT_CLOSE : right ? LT_OUT_RIGHT : LT_OUT_WRONG,
                                 .score = r->score.total, .has_r_before = r->has_r_before,
                                 .r_before = r->r_before, .state_before = before,
                                 .answer = lt_session_answer_text(q, a)};
            r->committed = lt_store_commit_answer(s->store, s->profile.id, s->pack->id, &card, &rec);
            if (!r->committed) {
                snprintf(s->error, sizeof s->error, "could not save the answer to %s", lt_store_path(s->store));
            }
        }
    }
    if (s->sched != NULL && s->cur_fact >= 0) {
        lt_sched_answered(s->sched, s->cur_fact, s->mode == LT_MODE_PRACTICE ? NULL : &card, now_ms);
    }
    s->pending = false;
    if (res != NULL) {
        *res = *r;
    }
    return true;
}

const char *lt_session_error(const lt_session *s)
{
    return s != NULL ? s->error : "";
}

void lt_session_summary_get(lt_session *s, int64_t now_ms, lt_session_summary *out)
{
    memset(out, 0, sizeof *out);
    if (s == NULL) {
        return;
    }
    out->mode = s->mode;
    int answered = s->pending ? s->n_asked - 1 : s->n_asked;
    out->asked = answered;
    for (int i = 0; i < answered; i++) {
        lt_verdict v = s->results[i].judgement.verdict;
        out->right += v == LT_VERDICT_RIGHT;
        out->close += v == LT_VERDICT_CLOSE;
        out->wrong += v == LT_VERDICT_WRONG;
        if (v != LT_VERDICT_RIGHT && out->n_missed < LT_SESSION_MAX) {
            out->missed[out->n_missed++] = i;
        }
    }
    out->score = s->score;
    out->best_streak = s->best_streak;
    out->mastery_before = s->mastery_before;
    out->mastery_after = lt_session_mastery(s->store, &s->profile, s->pack, s->mode == LT_MODE_LEVEL ? s->level : -1,
                                            now_ms);
    if (s->mode == LT_MODE_LEVEL) {
        double mark = s->pack->levels[s->level].pass_mark > 0 ? s->pack->levels[s->level].pass_mark : 0.8;
        out->pass_mark = mark;
        out->passed = answered > 0 && (double)(out->right + out->close) >= mark * (double)answered - 1e-9;
    }
}

const lt_question *lt_session_question(const lt_session *s, int i)
{
    return (s != NULL && i >= 0 && i < s->n_asked) ? &s->asked[i] : NULL;
}

const lt_session_result *lt_session_result_at(const lt_session *s, int i)
{
    return (s != NULL && i >= 0 && i < s->n_asked) ? &s->results[i] : NULL;
}

int lt_session_asked(const lt_session *s)
{
    return s != NULL ? s->n_asked : 0;
}

double lt_session_mastery(lt_store *store, const lt_profile *profile, const lt_pack *pack, int level,
                          int64_t now_ms)
{
    if (store == NULL || profile == NULL || profile->id <= 0 || pack == NULL) {
        return -1.0;
    }
    lt_sched_fact *facts = NULL;
    size_t n = 0;
    if (!lt_sched_facts_build(pack, level, true, &facts, &n) || n == 0) {
        free(facts);
        return 0.0;
    }
    const char **keys = malloc(n * sizeof *keys);
    double m = -1.0;
    if (keys != NULL) {
        for (size_t i = 0; i < n; i++) {
            keys[i] = facts[i].key;
        }
        lt_fsrs_params p;
        lt_fsrs_params_default(&p);
        if (profile->retention >= LT_FSRS_RETENTION_MIN && profile->retention <= LT_FSRS_RETENTION_MAX) {
            p.request_retention = profile->retention;
        }
        m = lt_store_mastery(store, profile->id, pack->id, keys, n, &p, now_ms);
    }
    free(keys);
    free(facts);
    return m;
}

bool lt_session_level_open(lt_store *store, const lt_profile *profile, const lt_pack *pack, int level,
                           int64_t now_ms)
{
    if (pack == NULL || level < 0 || (size_t)level >= pack->n_levels) {
        return false;
    }
    if (level == 0) {
        return true;
    }
    double prev = lt_session_mastery(store, profile, pack, level - 1, now_ms);
    return prev >= LT_LEVEL_UNLOCK_MASTERY;
}

int lt_session_length(const lt_session *s)
{
    if (s == NULL) {
        return 0;
    }
    return s->sched != NULL ? s->length : (s->n_pre < s->length ? s->n_pre : s->length);
}

bool lt_session_exam_plan(lt_store *store, const lt_profile *profile, const lt_pack *pack, int64_t now_ms,
                          int64_t day_start_ms, int64_t exam_ms, lt_exam_plan *out)
{
    memset(out, 0, sizeof *out);
    if (store == NULL || profile == NULL || profile->id <= 0 || pack == NULL || exam_ms < now_ms) {
        return false;
    }
    lt_sched_fact *facts = NULL;
    size_t n_facts = 0;
    if (!lt_sched_facts_build(pack, -1, true, &facts, &n_facts) || n_facts == 0) {
        free(facts);
        return false;
    }
    lt_card_rec *cards = NULL;
    size_t n_cards = 0;
    lt_store_cards_load(store, profile->id, pack->id, &cards, &n_cards);
    lt_sched_opts o;
    memset(&o, 0, sizeof o);
    lt_fsrs_params_default(&o.params);
    if (profile->retention >= LT_FSRS_RETENTION_MIN && profile->retention <= LT_FSRS_RETENTION_MAX) {
        o.params.request_retention = profile->retention;
    }
    o.new_per_day = profile->new_per_day;
    int today = lt_store_new_since(store, profile->id, pack->id, day_start_ms);
    o.new_today = today > 0 ? today : 0;
    o.day_start_ms = day_start_ms;
    lt_sched *sched = lt_sched_create(facts, n_facts, cards, n_cards, &o);
    bool ok = sched != NULL && lt_sched_exam_plan(sched, now_ms, exam_ms, LT_EXAM_TARGET, out);
    lt_sched_free(sched);
    free(cards);
    free(facts);
    return ok;
}
