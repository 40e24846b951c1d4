/* lt_quiz_rank.c: distractor pools for the newer question types, ranked
 * confusable first (the pack's confusion notes, the same side, the same
 * precision, near in time), and accepted-answer lists. Depends on: lt_quiz_int.h. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_quiz_int.h"
#include "lt_utf8.h"

void lt_quiz_begin(lt_question *q, size_t event, lt_facet facet, lt_qtype type)
{
    memset(q, 0, sizeof *q);
    q->event = event;
    q->facet = facet;
    q->type = type;
    q->hand = -1;
}

void lt_quiz_finish(lt_question *q, const lt_event *ev, lt_lang lang)
{
    snprintf(q->explanation, sizeof q->explanation, "%s", lt_text_get(&ev->text, lang));
    q->paragraph = ev->paragraph;
    q->external = ev->external;
}

void lt_quiz_attach_notes(lt_question *q, const lt_event *ev, lt_lang lang)
{
    bool event_ref = q->option_kind == LT_OPT_DATE || q->option_kind == LT_OPT_EVENT;
    for (int i = 0; i < q->n_options; i++) {
        if ((q->correct_mask >> i) & 1u) {
            continue;
        }
        const char *note = lt_quiz_confusion(ev, event_ref, q->option_ref[i], lang);
        if (note != NULL) {
            snprintf(q->notes[i], sizeof q->notes[i], "%s", note);
        }
    }
}

const char *lt_quiz_confusion(const lt_event *ev, bool event_ref, int ref, lt_lang lang)
{
    if (ev == NULL || ref < 0) {
        return NULL;
    }
    for (size_t i = 0; i < ev->n_confusions; i++) {
        const lt_confusion *c = &ev->confusions[i];
        if ((event_ref ? c->event : c->entity) == ref) {
            const char *note = lt_text_get(&c->note, lang);
            return note[0] != '\0' ? note : NULL;
        }
    }
    return NULL;
}

bool lt_quiz_norm_taken(const lt_question *q, const char *label, const char *answer)
{
    if (lt_norm_is_empty(label)) {
        return true;
    }
    if (answer != NULL && lt_norm_equal(label, answer)) {
        return true;
    }
    for (int i = 0; i < q->n_options; i++) {
        if (lt_norm_equal(label, q->options[i])) {
            return true;
        }
    }
    return false;
}

/* True when every word of `name` of four letters or more shows in `text`
 * by stem (and there is such a word): "Совместная декларация" is not
 * mentioned by a text that only says "японскому". */
static bool lt_quiz_name_in(const char *text, const char *name)
{
    char word[LT_QUIZ_OPTION_MAX];
    int checked = 0;
    const char *p = name;
    while (*p != '\0') {
        while (*p == ' ' || *p == '-' || *p == '.' || *p == ',') {
            p++;
        }
        size_t n = strcspn(p, " -.,");
        if (n == 0) {
            break;
        }
        if (n < sizeof word && lt_utf8_count(p, n) >= 4) {
            memcpy(word, p, n);
            word[n] = '\0';
            if (!lt_quiz_gives_away(text, word)) {
                return false;
            }
            checked++;
        }
        p += n;
    }
    return checked > 0;
}

bool lt_quiz_mentioned(const lt_event *ev, const lt_entity *ent)
{
    for (int tl = 0; tl < LT_LANG_COUNT; tl++) {
        const char *texts[2] = {ev->text.s[tl], ev->title.s[tl]};
        for (int t = 0; t < 2; t++) {
            if (texts[t] == NULL) {
                continue;
            }
            for (int nl = 0; nl < LT_LANG_COUNT; nl++) {
                const char *names[2] = {ent->name.s[nl], ent->short_name.s[nl]};
                for (int k = 0; k < 2; k++) {
                    if (names[k] != NULL && lt_quiz_name_in(texts[t], names[k])) {
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

long lt_quiz_date_mid(const lt_date *d)
{
    long f, l;
    if (!lt_date_span(d, &f, &l)) {
        return 0;
    }
    if (d->before) {
        f = l - 365; /* "before X": weigh it as the year up to X */
    }
    return (f + l) / 2;
}

static long lt_quiz_labs(long v)
{
    return v < 0 ? -v : v;
}

/* True when entity `ent` is listed in event `other`. */
static bool lt_quiz_event_lists(const lt_event *other, size_t ent)
{
    for (size_t k = 0; k < other->n_people; k++) {
        if (other->people[k].entity == ent) {
            return true;
        }
    }
    return lt_quiz_in(other->places, other->n_places, ent) || lt_quiz_in(other->bodies, other->n_bodies, ent) ||
           lt_quiz_in(other->documents, other->n_documents, ent);
}

static bool lt_quiz_person_has_side(const lt_pack *pack, size_t person, const char *side)
{
    for (size_t e = 0; e < pack->n_events; e++) {
        const lt_event *other = &pack->events[e];
        for (size_t k = 0; k < other->n_people; k++) {
            const lt_person_ref *r = &other->people[k];
            if (r->entity == person && r->side != NULL && strcmp(r->side, side) == 0) {
                return true;
            }
        }
    }
    return false;
}

const char *lt_quiz_person_side(const lt_pack *pack, size_t person)
{
    for (size_t e = 0; e < pack->n_events; e++) {
        const lt_event *other = &pack->events[e];
        for (size_t k = 0; k < other->n_people; k++) {
            if (other->people[k].entity == person && other->people[k].side != NULL) {
                return other->people[k].side;
            }
        }
    }
    return NULL;
}

const char *lt_quiz_side_name(const char *side, lt_lang lang)
{
    if (side == NULL) {
        return "";
    }
    if (strcmp(side, "ussr") == 0) {
        return lt_tr(lang, LT_S_SIDE_USSR);
    }
    if (strcmp(side, "japan") == 0) {
        return lt_tr(lang, LT_S_SIDE_JAPAN);
    }
    if (strcmp(side, "usa") == 0) {
        return lt_tr(lang, LT_S_SIDE_USA);
    }
    return side;
}

/* A candidate and its confusability, smaller keys first. */
typedef struct lt_quiz_key {
    int conf;   /* 0 when named in a confusion, else 1 */
    int kin;    /* 0 same side / same precision, else 1 */
    long dist;  /* days between the middles of the dates */
    int idx;
} lt_quiz_key;

static bool lt_quiz_key_less(const lt_quiz_key *a, const lt_quiz_key *b)
{
    if (a->conf != b->conf) {
        return a->conf < b->conf;
    }
    if (a->kin != b->kin) {
        return a->kin < b->kin;
    }
    return a->dist < b->dist;
}

/* Shuffles (for random tie-breaks) then sorts stably by key. */
static void lt_quiz_sort_keys(lt_quiz_key *keys, int n, lt_rng *rng)
{
    if (rng != NULL && n > 1) {
        lt_rng_shuffle(rng, keys, (size_t)n, sizeof keys[0]);
    }
    for (int i = 1; i < n; i++) {
        lt_quiz_key k = keys[i];
        int j = i - 1;
        while (j >= 0 && lt_quiz_key_less(&k, &keys[j])) {
            keys[j + 1] = keys[j];
            j--;
        }
        keys[j + 1] = k;
    }
}

int lt_quiz_rank_entities(const lt_pack *pack, const lt_event *ev, lt_entity_kind kind,
                          const lt_person_ref *asked, lt_rng *rng, size_t *pool)
{
    static const lt_person_ref anyone = {0, LT_ROLE_PARTICIPANT, NULL};
    lt_quiz_key keys[LT_QUIZ_POOL_MAX];
    int n = 0;
    long mid = lt_quiz_date_mid(&ev->date);
    bool dated = ev->date.from.prec != LT_PREC_NONE;
    for (size_t i = 0; i < pack->n_entities && n < LT_QUIZ_POOL_MAX; i++) {
        const lt_entity *ent = &pack->entities[i];
        if (ent->kind != kind || lt_quiz_event_lists(ev, i) || lt_quiz_mentioned(ev, ent)) {
            continue;
        }
        if (kind == LT_ENT_PERSON && lt_quiz_person_excluded(pack, ev, asked != NULL ? asked : &anyone, i)) {
            continue;
        }
        lt_quiz_key *k = &keys[n++];
        k->idx = (int)i;
        k->conf = lt_quiz_confusion(ev, false, (int)i, LT_LANG_RU) != NULL ||
                          lt_quiz_confusion(ev, false, (int)i, LT_LANG_EN) != NULL
                      ? 0
                      : 1;
        k->kin = 1;
        if (kind == LT_ENT_PERSON && asked != NULL && asked->side != NULL &&
            lt_quiz_person_has_side(pack, i, asked->side)) {
            k->kin = 0;
        }
        k->dist = LONG_MAX / 4;
        for (size_t e = 0; e < pack->n_events && dated; e++) {
            const lt_event *other = &pack->events[e];
            if (other->date.from.prec != LT_PREC_NONE && lt_quiz_event_lists(other, i)) {
                long dd = lt_quiz_labs(lt_quiz_date_mid(&other->date) - mid);
                if (dd < k->dist) {
                    k->dist = dd;
                }
            }
        }
    }
    lt_quiz_sort_keys(keys, n, rng);
    for (int i = 0; i < n; i++) {
        pool[i] = (size_t)keys[i].idx;
    }
    return n;
}

int lt_quiz_rank_dates(const lt_pack *pack, const lt_event *ev, lt_rng *rng, lt_date *pool, int *refs)
{
    lt_date raw[LT_QUIZ_POOL_MAX * 2];
    int rref[LT_QUIZ_POOL_MAX * 2];
    lt_quiz_key keys[LT_QUIZ_POOL_MAX * 2];
    int n = lt_quiz_date_distractors(pack, ev, raw, rref);
    n = lt_quiz_date_synth(&ev->date, raw, rref, n);
    long mid = lt_quiz_date_mid(&ev->date);
    for (int i = 0; i < n; i++) {
        lt_quiz_key *k = &keys[i];
        k->idx = i;
        k->conf = rref[i] >= 0 && lt_quiz_confusion(ev, true, rref[i], LT_LANG_RU) != NULL ? 0 : 1;
        k->kin = raw[i].from.prec == ev->date.from.prec && raw[i].range == ev->date.range &&
                         raw[i].before == ev->date.before
                     ? 0
                     : 1;
        k->dist = lt_quiz_labs(lt_quiz_date_mid(&raw[i]) - mid);
    }
    lt_quiz_sort_keys(keys, n, rng);
    for (int i = 0; i < n; i++) {
        pool[i] = raw[keys[i].idx];
        refs[i] = rref[keys[i].idx];
    }
    return n;
}

void lt_quiz_add_answer(lt_question *q, const char *s)
{
    if (s == NULL || q->n_answers >= LT_QUIZ_ANSWERS_MAX || strlen(s) >= LT_QUIZ_ANSWER_LEN ||
        lt_norm_is_empty(s)) {
        return;
    }
    for (int i = 0; i < q->n_answers; i++) {
        if (lt_norm_equal(q->answers[i], s)) {
            return;
        }
    }
    snprintf(q->answers[q->n_answers++], LT_QUIZ_ANSWER_LEN, "%s", s);
}

void lt_quiz_add_entity_answers(lt_question *q, const lt_entity *ent, lt_lang lang)
{
    lt_quiz_add_answer(q, lt_entity_label(ent, lang));
    lt_quiz_add_answer(q, ent->name.s[lang]);
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        lt_quiz_add_answer(q, ent->short_name.s[l]);
        lt_quiz_add_answer(q, ent->name.s[l]);
    }
    for (size_t i = 0; i < ent->n_aliases; i++) {
        lt_quiz_add_answer(q, ent->aliases[i]);
    }
}

bool lt_quiz_document_date(const lt_pack *pack, size_t doc, lt_date *out, int *event)
{
    int best = -1;
    for (size_t e = 0; e < pack->n_events; e++) {
        const lt_event *ev = &pack->events[e];
        if (ev->kind == NULL || (strcmp(ev->kind, "document") != 0 && strcmp(ev->kind, "decree") != 0)) {
            continue;
        }
        if (ev->n_documents == 0 || ev->documents[0] != doc || ev->date.from.prec == LT_PREC_NONE ||
            ev->date.before) {
            continue;
        }
        if (best < 0 || lt_date_order(&ev->date, &pack->events[best].date) < 0) {
            best = (int)e;
        }
    }
    if (best < 0) {
        return false;
    }
    *out = pack->events[best].date;
    if (event != NULL) {
        *event = best;
    }
    return true;
}

int lt_quiz_rank_events(const lt_pack *pack, const lt_event *ev, const bool *exclude, lt_rng *rng, int *pool)
{
    lt_quiz_key keys[LT_QUIZ_POOL_MAX];
    int n = 0;
    long mid = lt_quiz_date_mid(&ev->date);
    bool dated = ev->date.from.prec != LT_PREC_NONE;
    for (size_t i = 0; i < pack->n_events && n < LT_QUIZ_POOL_MAX; i++) {
        const lt_event *other = &pack->events[i];
        if (other == ev || (exclude != NULL && exclude[i])) {
            continue;
        }
        lt_quiz_key *k = &keys[n++];
        k->idx = (int)i;
        k->conf = lt_quiz_confusion(ev, true, (int)i, LT_LANG_RU) != NULL ? 0 : 1;
        bool other_dated = other->date.from.prec != LT_PREC_NONE;
        k->kin = dated && other_dated && lt_date_order(&other->date, &ev->date) <= 0 ? 0 : 1;
        k->dist = dated && other_dated ? lt_quiz_labs(lt_quiz_date_mid(&other->date) - mid) : LONG_MAX / 4;
    }
    lt_quiz_sort_keys(keys, n, rng);
    for (int i = 0; i < n; i++) {
        pool[i] = keys[i].idx;
    }
    return n;
}
