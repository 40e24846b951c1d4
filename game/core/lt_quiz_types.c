/* lt_quiz_types.c: question types asked of one fact: why (choice of a
 * cause), multi-select, true/false, typed answer and date picking.
 * Depends on: lt_quiz_int.h, lt_norm.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_quiz_int.h"

void lt_quiz_shuffle_options(lt_question *q, lt_rng *rng)
{
    if (rng == NULL || q->n_options < 2) {
        return;
    }
    int perm[LT_QUIZ_OPTIONS_MAX];
    for (int i = 0; i < q->n_options; i++) {
        perm[i] = i;
    }
    lt_rng_shuffle(rng, perm, (size_t)q->n_options, sizeof perm[0]);
    lt_question *tmp = malloc(sizeof *tmp);
    if (tmp == NULL) {
        return;
    }
    memcpy(tmp, q, sizeof *tmp);
    q->correct_mask = 0;
    for (int i = 0; i < q->n_options; i++) {
        int from = perm[i];
        memcpy(q->options[i], tmp->options[from], sizeof q->options[i]);
        memcpy(q->notes[i], tmp->notes[from], sizeof q->notes[i]);
        q->option_ref[i] = tmp->option_ref[from];
        if ((tmp->correct_mask >> from) & 1u) {
            q->correct_mask |= 1u << i;
        }
    }
    free(tmp);
    for (int i = 0; i < q->n_options; i++) {
        if ((q->correct_mask >> i) & 1u) {
            q->correct = i;
            break;
        }
    }
}

/* Appends ": value" style text, cut to fit. */
static void lt_quiz_append(char *buf, size_t len, const char *s)
{
    size_t used = strlen(buf);
    if (used + 1 < len) {
        snprintf(buf + used, len - used, "%s", s);
    }
}

/* ---- why: the cause among other events ---------------------------------- */

static void lt_quiz_mark_causes(const lt_pack *pack, size_t e, bool *mark, int depth)
{
    const lt_event *ev = &pack->events[e];
    for (size_t i = 0; i < ev->n_causes && depth < 64; i++) {
        size_t c = ev->causes[i];
        if (c < pack->n_events && !mark[c]) {
            mark[c] = true;
            lt_quiz_mark_causes(pack, c, mark, depth + 1);
        }
    }
}

bool lt_quiz_make_why(const lt_pack *pack, size_t event, lt_lang lang, lt_rng *rng, lt_question *q)
{
    const lt_event *ev = &pack->events[event];
    if (ev->n_causes == 0 || pack->n_events > LT_QUIZ_POOL_MAX) {
        return false;
    }
    lt_quiz_begin(q, event, LT_FACET_WHY, LT_Q_CHOICE);
    q->option_kind = LT_OPT_EVENT;
    size_t start = rng != NULL ? lt_rng_below(rng, (uint32_t)ev->n_causes) : 0;
    size_t cause = ev->causes[start];
    if (cause >= pack->n_events) {
        return false;
    }
    lt_quiz_add_option(q, lt_text_get(&pack->events[cause].title, lang), (int)cause);
    bool exclude[LT_QUIZ_POOL_MAX] = {false};
    exclude[event] = true;
    lt_quiz_mark_causes(pack, event, exclude, 0); /* causes and their causes are no distractors */
    int pool[LT_QUIZ_POOL_MAX];
    int n = lt_quiz_rank_events(pack, ev, exclude, rng, pool);
    for (int k = 0; k < n && q->n_options < LT_QUIZ_OPTIONS; k++) {
        const char *t = lt_text_get(&pack->events[pool[k]].title, lang);
        if (!lt_quiz_norm_taken(q, t, NULL)) {
            lt_quiz_add_option(q, t, pool[k]);
        }
    }
    if (q->n_options < LT_QUIZ_OPTIONS) {
        return false;
    }
    q->correct_mask = 1u;
    lt_quiz_attach_notes(q, ev, lang);
    lt_quiz_shuffle_options(q, rng);
    snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, LT_S_Q_WHY), lt_text_get(&ev->title, lang));
    snprintf(q->answer, sizeof q->answer, "%s", q->options[q->correct]);
    lt_quiz_finish(q, ev, lang);
    return true;
}

/* ---- helpers for entity facets ---------------------------------------- */

static lt_entity_kind lt_quiz_facet_kind(lt_facet facet)
{
    return facet == LT_FACET_WHO ? LT_ENT_PERSON : facet == LT_FACET_WHERE ? LT_ENT_PLACE : LT_ENT_DOCUMENT;
}

static void lt_quiz_facet_list(const lt_event *ev, lt_facet facet, const size_t **list, size_t *n)
{
    if (facet == LT_FACET_WHERE) {
        *list = ev->places;
        *n = ev->n_places;
    } else {
        *list = ev->documents;
        *n = ev->n_documents;
    }
}

static bool lt_quiz_same_group(const lt_person_ref *a, const lt_person_ref *b)
{
    if (a->role != b->role) {
        return false;
    }
    if (a->side == NULL || b->side == NULL) {
        return a->side == b->side;
    }
    return strcmp(a->side, b->side) == 0;
}

/* The people refs of ev in a random order (identity without rng). */
static int lt_quiz_people_order(const lt_event *ev, lt_rng *rng, int *order)
{
    int n = 0;
    for (size_t i = 0; i < ev->n_people && n < 64; i++) {
        order[n++] = (int)i;
    }
    if (rng != NULL) {
        lt_rng_shuffle(rng, order, (size_t)n, sizeof order[0]);
    }
    return n;
}

static lt_str lt_quiz_role_label(lt_role r)
{
    switch (r) {
    case LT_ROLE_SIGNATORY: return LT_S_ROLE_SIGNATORY;
    case LT_ROLE_DELEGATE: return LT_S_ROLE_DELEGATE;
    case LT_ROLE_SPEAKER: return LT_S_ROLE_SPEAKER;
    case LT_ROLE_ADDRESSEE: return LT_S_ROLE_ADDRESSEE;
    case LT_ROLE_INITIATOR: return LT_S_ROLE_INITIATOR;
    default: return LT_S_ROLE_PARTICIPANT;
    }
}

/* ---- multi-select -------------------------------------------------------- */

bool lt_quiz_make_multi(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                        lt_question *q)
{
    const lt_event *ev = &pack->events[event];
    const char *title = lt_text_get(&ev->title, lang);
    size_t right[LT_QUIZ_POOL_MAX];
    int n_right = 0;
    lt_person_ref group = {0, LT_ROLE_PARTICIPANT, NULL};
    lt_quiz_begin(q, event, facet, LT_Q_MULTI);
    if (facet == LT_FACET_WHO) {
        int order[64];
        int n = lt_quiz_people_order(ev, rng, order);
        for (int k = 0; k < n && n_right < 2; k++) {
            group = ev->people[order[k]];
            n_right = 0;
            for (int m = 0; m < n; m++) {
                const lt_person_ref *r = &ev->people[order[m]];
                const lt_entity *who = &pack->entities[r->entity];
                if (lt_quiz_same_group(r, &group) && !lt_quiz_in(right, (size_t)n_right, r->entity) &&
                    !lt_quiz_gives_away(title, lt_entity_label(who, lang))) {
                    right[n_right++] = r->entity;
                }
            }
        }
        q->option_kind = LT_OPT_PERSON;
    } else if (facet == LT_FACET_WHERE || facet == LT_FACET_DOCUMENT) {
        const size_t *list;
        size_t nl;
        lt_quiz_facet_list(ev, facet, &list, &nl);
        for (size_t i = 0; i < nl && n_right < LT_QUIZ_POOL_MAX; i++) {
            if (!lt_quiz_gives_away(title, lt_entity_label(&pack->entities[list[i]], lang))) {
                right[n_right++] = list[i];
            }
        }
        if (rng != NULL) {
            lt_rng_shuffle(rng, right, (size_t)n_right, sizeof right[0]);
        }
        q->option_kind = facet == LT_FACET_WHERE ? LT_OPT_PLACE : LT_OPT_DOCUMENT;
    } else {
        return false;
    }
    if (n_right < 2) {
        return false;
    }
    if (n_right > LT_QUIZ_OPTIONS) {
        n_right = LT_QUIZ_OPTIONS; /* show four of them; every shown one is right */
    }
    for (int i = 0; i < n_right; i++) {
        const char *l = lt_entity_label(&pack->entities[right[i]], lang);
        if (lt_quiz_norm_taken(q, l, NULL)) {
            return false; /* two right answers read alike: ask otherwise */
        }
        lt_quiz_add_option(q, l, (int)right[i]);
        q->correct_mask |= 1u << i;
    }
    size_t pool[LT_QUIZ_POOL_MAX];
    int n_pool = lt_quiz_rank_entities(pack, ev, lt_quiz_facet_kind(facet), facet == LT_FACET_WHO ? &group : NULL,
                                       rng, pool);
    int want = n_right + (LT_QUIZ_MULTI_MAX - n_right < 3 ? LT_QUIZ_MULTI_MAX - n_right : 3);
    for (int k = 0; k < n_pool && q->n_options < want; k++) {
        const char *l = lt_entity_label(&pack->entities[pool[k]], lang);
        if (!lt_quiz_norm_taken(q, l, NULL)) {
            lt_quiz_add_option(q, l, (int)pool[k]);
        }
    }
    if (q->n_options <= n_right) {
        return false;
    }
    for (int i = 0; i < n_right; i++) {
        if (i > 0) {
            lt_quiz_append(q->answer, sizeof q->answer, ", ");
        }
        lt_quiz_append(q->answer, sizeof q->answer, q->options[i]);
    }
    lt_quiz_attach_notes(q, ev, lang);
    lt_quiz_shuffle_options(q, rng);
    lt_str head = facet == LT_FACET_WHO ? lt_quiz_who_prompt(group.role)
                  : facet == LT_FACET_WHERE ? LT_S_Q_WHERE
                                            : LT_S_Q_DOCUMENT;
    snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, head), title);
    char tail[LT_QUIZ_OPTION_MAX];
    if (facet == LT_FACET_WHO && group.side != NULL) {
        snprintf(tail, sizeof tail, lt_tr(lang, LT_S_Q_MULTI_SIDE), lt_quiz_side_name(group.side, lang));
    } else {
        snprintf(tail, sizeof tail, "%s", lt_tr(lang, LT_S_Q_MULTI));
    }
    lt_quiz_append(q->prompt, sizeof q->prompt, " ");
    lt_quiz_append(q->prompt, sizeof q->prompt, tail);
    lt_quiz_finish(q, ev, lang);
    return true;
}

/* ---- the value asked of a fact: a person, place or document ------------ */

/* Picks the value a true/false or typed question is about: a person ref
 * (WHO) or an entity of the facet's list, not given away by the title.
 * Returns the entity index or -1; *ref gets the person ref for WHO. */
static int lt_quiz_pick_value(const lt_pack *pack, const lt_event *ev, lt_facet facet, lt_lang lang, lt_rng *rng,
                              const lt_person_ref **ref)
{
    const char *title = lt_text_get(&ev->title, lang);
    *ref = NULL;
    if (facet == LT_FACET_WHO) {
        int order[64];
        int n = lt_quiz_people_order(ev, rng, order);
        for (int k = 0; k < n; k++) {
            const lt_person_ref *r = &ev->people[order[k]];
            if (!lt_quiz_gives_away(title, lt_entity_label(&pack->entities[r->entity], lang))) {
                *ref = r;
                return (int)r->entity;
            }
        }
        return -1;
    }
    const size_t *list;
    size_t nl;
    lt_quiz_facet_list(ev, facet, &list, &nl);
    if (nl == 0) {
        return -1;
    }
    size_t start = rng != NULL ? lt_rng_below(rng, (uint32_t)nl) : 0;
    for (size_t k = 0; k < nl; k++) {
        size_t idx = list[(start + k) % nl];
        if (!lt_quiz_gives_away(title, lt_entity_label(&pack->entities[idx], lang))) {
            return (int)idx;
        }
    }
    return -1;
}

/* ---- true / false --------------------------------------------------------- */

bool lt_quiz_make_tf(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                     lt_question *q)
{
    const lt_event *ev = &pack->events[event];
    const char *title = lt_text_get(&ev->title, lang);
    char right[LT_QUIZ_OPTION_MAX], wrong[LT_QUIZ_OPTION_MAX];
    int right_ref = -1, wrong_ref = -1;
    lt_date wrong_date = ev->date;
    lt_str what;
    lt_quiz_begin(q, event, facet, LT_Q_TRUEFALSE);
    if (facet == LT_FACET_WHEN) {
        if (ev->date.from.prec == LT_PREC_NONE) {
            return false;
        }
        lt_date_format(&ev->date, (int)lang, right, sizeof right);
        if (lt_quiz_gives_away(title, right)) {
            return false;
        }
        lt_date pool[LT_QUIZ_POOL_MAX];
        int refs[LT_QUIZ_POOL_MAX], cand[3], nc = 0;
        int n = lt_quiz_rank_dates(pack, ev, rng, pool, refs);
        for (int k = 0; k < n && nc < 3; k++) {
            char l[LT_QUIZ_OPTION_MAX];
            lt_date_format(&pool[k], (int)lang, l, sizeof l);
            bool overlaps = lt_date_order(&pool[k], &ev->date) == 0 ||
                            (ev->exact.from.prec != LT_PREC_NONE && lt_date_order(&pool[k], &ev->exact) == 0);
            if (!overlaps && !lt_norm_equal(l, right)) {
                cand[nc++] = k;
            }
        }
        if (nc == 0) {
            return false;
        }
        int pick = cand[rng != NULL ? lt_rng_below(rng, (uint32_t)nc) : 0];
        lt_date_format(&pool[pick], (int)lang, wrong, sizeof wrong);
        wrong_date = pool[pick];
        wrong_ref = refs[pick];
        right_ref = (int)event;
        q->option_kind = LT_OPT_DATE;
        what = LT_S_TF_DATE;
    } else if (facet == LT_FACET_WHO || facet == LT_FACET_WHERE || facet == LT_FACET_DOCUMENT) {
        const lt_person_ref *ref;
        right_ref = lt_quiz_pick_value(pack, ev, facet, lang, rng, &ref);
        if (right_ref < 0) {
            return false;
        }
        snprintf(right, sizeof right, "%s", lt_entity_label(&pack->entities[right_ref], lang));
        size_t pool[LT_QUIZ_POOL_MAX];
        int n = lt_quiz_rank_entities(pack, ev, lt_quiz_facet_kind(facet), ref, rng, pool), cand[3], nc = 0;
        for (int k = 0; k < n && nc < 3; k++) {
            const char *l = lt_entity_label(&pack->entities[pool[k]], lang);
            if (!lt_norm_equal(l, right) && !lt_quiz_gives_away(title, l)) {
                cand[nc++] = k;
            }
        }
        if (nc == 0) {
            return false;
        }
        wrong_ref = (int)pool[cand[rng != NULL ? lt_rng_below(rng, (uint32_t)nc) : 0]];
        snprintf(wrong, sizeof wrong, "%s", lt_entity_label(&pack->entities[wrong_ref], lang));
        q->option_kind = facet == LT_FACET_WHO ? LT_OPT_PERSON : facet == LT_FACET_WHERE ? LT_OPT_PLACE : LT_OPT_DOCUMENT;
        what = facet == LT_FACET_WHO ? lt_quiz_role_label(ref->role)
               : facet == LT_FACET_WHERE ? LT_S_TF_PLACE
                                         : LT_S_TF_DOCUMENT;
    } else {
        return false;
    }
    q->truth = rng != NULL ? lt_rng_below(rng, 2) == 0 : true;
    if (facet == LT_FACET_WHEN) {
        q->date = ev->date;
        q->date_prec = ev->date.from.prec;
        q->item_date[0] = q->truth ? ev->date : wrong_date;
    }
    snprintf(q->tf_right, sizeof q->tf_right, "%s", right);
    snprintf(q->tf_value, sizeof q->tf_value, "%s", q->truth ? right : wrong);
    snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, LT_S_Q_TF), title, lt_tr(lang, what), q->tf_value);
    size_t vl = strlen(q->tf_value);
    if (vl == 0 || q->tf_value[vl - 1] != '.') { /* "1956 г." already ends the sentence */
        lt_quiz_append(q->prompt, sizeof q->prompt, ".");
    }
    lt_quiz_add_option(q, lt_tr(lang, LT_S_TRUE), right_ref);
    lt_quiz_add_option(q, lt_tr(lang, LT_S_FALSE), wrong_ref);
    q->correct = q->truth ? 0 : 1;
    q->correct_mask = 1u << q->correct;
    if (q->truth) {
        snprintf(q->answer, sizeof q->answer, "%s", lt_tr(lang, LT_S_TRUE));
    } else {
        snprintf(q->answer, sizeof q->answer, "%s: %s", lt_tr(lang, LT_S_FALSE), right);
        const char *note = lt_quiz_confusion(ev, facet == LT_FACET_WHEN, wrong_ref, lang);
        if (note != NULL) {
            snprintf(q->note, sizeof q->note, "%s", note);
        }
    }
    lt_quiz_finish(q, ev, lang);
    return true;
}

/* ---- typed answer ------------------------------------------------------- */

bool lt_quiz_make_typed_answer(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                               lt_question *q)
{
    if (facet != LT_FACET_WHO && facet != LT_FACET_WHERE && facet != LT_FACET_DOCUMENT) {
        return false;
    }
    const lt_event *ev = &pack->events[event];
    const char *title = lt_text_get(&ev->title, lang);
    lt_quiz_begin(q, event, facet, LT_Q_TYPED);
    const lt_person_ref *ref;
    int pick = lt_quiz_pick_value(pack, ev, facet, lang, rng, &ref);
    if (pick < 0 || strlen(lt_entity_label(&pack->entities[pick], lang)) >= LT_QUIZ_ANSWER_LEN) {
        return false;
    }
    lt_quiz_add_entity_answers(q, &pack->entities[pick], lang);
    /* Every other value just as true of the fact is right too. */
    if (facet == LT_FACET_WHO) {
        for (size_t i = 0; i < ev->n_people; i++) {
            if (lt_quiz_same_group(&ev->people[i], ref) && ev->people[i].entity != (size_t)pick) {
                lt_quiz_add_entity_answers(q, &pack->entities[ev->people[i].entity], lang);
            }
        }
        q->option_kind = LT_OPT_PERSON;
        lt_str head = ref->role == LT_ROLE_SIGNATORY ? LT_S_Q_WHO_SIGNED : lt_quiz_who_prompt(ref->role);
        snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, head), title);
    } else {
        const size_t *list;
        size_t nl;
        lt_quiz_facet_list(ev, facet, &list, &nl);
        for (size_t i = 0; i < nl; i++) {
            if (list[i] != (size_t)pick) {
                lt_quiz_add_entity_answers(q, &pack->entities[list[i]], lang);
            }
        }
        q->option_kind = facet == LT_FACET_WHERE ? LT_OPT_PLACE : LT_OPT_DOCUMENT;
        snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, facet == LT_FACET_WHERE ? LT_S_Q_WHERE : LT_S_Q_DOCUMENT),
                 title);
    }
    lt_quiz_append(q->prompt, sizeof q->prompt, " ");
    lt_quiz_append(q->prompt, sizeof q->prompt, lt_tr(lang, LT_S_Q_TYPE_IN));
    snprintf(q->answer, sizeof q->answer, "%s", q->answers[0]);
    lt_quiz_finish(q, ev, lang);
    return true;
}

/* ---- date ------------------------------------------------------------------ */

bool lt_quiz_make_date(const lt_pack *pack, size_t event, lt_lang lang, lt_question *q)
{
    static const lt_str prec_word[] = {LT_S_PREC_YEAR, LT_S_PREC_YEAR, LT_S_PREC_MONTH, LT_S_PREC_PART,
                                       LT_S_PREC_DAY};
    const lt_event *ev = &pack->events[event];
    if (ev->date.from.prec == LT_PREC_NONE || ev->date.before) {
        return false;
    }
    const char *title = lt_text_get(&ev->title, lang);
    lt_quiz_begin(q, event, LT_FACET_WHEN, LT_Q_DATE);
    lt_date_format(&ev->date, (int)lang, q->answer, sizeof q->answer);
    if (lt_quiz_gives_away(title, q->answer)) {
        return false;
    }
    q->option_kind = LT_OPT_DATE;
    q->date = ev->date;
    q->date_prec = ev->date.from.prec;
    snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, LT_S_Q_DATE), title, lt_tr(lang, prec_word[q->date_prec]));
    lt_quiz_finish(q, ev, lang);
    return true;
}
