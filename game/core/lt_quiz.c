/* lt_quiz.c: the classic multiple-choice questions (when / who / where /
 * document): the right answer from the fact, three distractors of the same
 * kind that cannot also be right, and lt_quiz_round. Depends on: lt_quiz_int.h. */
#include "lt_quiz.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_date.h"
#include "lt_i18n.h"
#include "lt_quiz_int.h"

const char *lt_facet_name(lt_facet f)
{
    static const char *const names[LT_FACET_COUNT] = {"when", "who", "where", "document", "why", "what", "hand"};
    return (unsigned)f < LT_FACET_COUNT ? names[f] : "?";
}

const char *lt_quiz_type_name(lt_qtype t)
{
    static const char *const names[LT_Q_TYPE_COUNT] = {"choice", "multi", "truefalse", "typed",
                                                       "date",   "order", "match",     "cloze"};
    return (unsigned)t < LT_Q_TYPE_COUNT ? names[t] : "?";
}

/* ---- small text helpers ------------------------------------------------ */

/* Lower-cases ASCII and the basic Cyrillic block (А-Я, Ё) into `out`. */
void lt_quiz_fold(const char *in, char *out, size_t len)
{
    size_t o = 0;
    const unsigned char *p = (const unsigned char *)in;
    while (*p && o + 3 < len) {
        if (*p < 0x80) {
            out[o++] = (char)tolower(*p);
            p++;
        } else if (p[0] == 0xD0 && p[1] >= 0x90 && p[1] <= 0x9F) { /* А-П -> а-п */
            out[o++] = (char)0xD0;
            out[o++] = (char)(p[1] + 0x20);
            p += 2;
        } else if (p[0] == 0xD0 && p[1] >= 0xA0 && p[1] <= 0xAF) { /* Р-Я -> р-я */
            out[o++] = (char)0xD1;
            out[o++] = (char)(p[1] - 0x20);
            p += 2;
        } else if (p[0] == 0xD0 && p[1] == 0x81) { /* Ё -> е */
            out[o++] = (char)0xD0;
            out[o++] = (char)0xB5;
            p += 2;
        } else if (p[0] == 0xD1 && p[1] == 0x91) { /* ё -> е */
            out[o++] = (char)0xD0;
            out[o++] = (char)0xB5;
            p += 2;
        } else {
            out[o++] = (char)*p++;
        }
    }
    out[o] = '\0';
}

static bool lt_quiz_is_letter_start(unsigned char c)
{
    return isalnum(c) || c >= 0xC0;
}

/* True when a word stem of `answer` shows in `title`, so that asking the
 * question with that title would give the answer away ("Переговоры в
 * Лондоне" for the answer "Лондон"). Stems drop the last two letters of words
 * of five letters or more to survive Russian case endings. */
bool lt_quiz_gives_away(const char *title, const char *answer)
{
    char t[LT_QUIZ_TEXT_MAX * 2], a[LT_QUIZ_OPTION_MAX];
    lt_quiz_fold(title, t, sizeof t);
    lt_quiz_fold(answer, a, sizeof a);
    const unsigned char *p = (const unsigned char *)a;
    while (*p) {
        while (*p && !lt_quiz_is_letter_start(*p)) {
            p++;
        }
        const unsigned char *start = p;
        size_t letters = 0;
        const unsigned char *ends[64];
        while (*p && (lt_quiz_is_letter_start(*p) || (*p & 0xC0) == 0x80)) {
            if ((*p & 0xC0) != 0x80 && letters < 64) {
                ends[letters++] = p;
            }
            p++;
        }
        if (letters >= 4) {
            size_t keep = letters >= 5 ? letters - 2 : letters;
            size_t bytes = keep < letters ? (size_t)(ends[keep] - start) : (size_t)(p - start);
            char stem[LT_QUIZ_OPTION_MAX];
            if (bytes < sizeof stem) {
                memcpy(stem, start, bytes);
                stem[bytes] = '\0';
                if (strstr(t, stem) != NULL) {
                    return true;
                }
            }
        }
    }
    return false;
}

/* ---- candidate answers per facet --------------------------------------- */

bool lt_quiz_dates_overlap(const lt_event *a, const lt_event *b)
{
    if (a->date.from.prec == LT_PREC_NONE || b->date.from.prec == LT_PREC_NONE) {
        return false;
    }
    return lt_date_order(&a->date, &b->date) == 0;
}

bool lt_quiz_in(const size_t *list, size_t n, size_t v)
{
    for (size_t i = 0; i < n; i++) {
        if (list[i] == v) {
            return true;
        }
    }
    return false;
}

/* The entity list of `ev` that a facet asks about. */
static void lt_quiz_entity_list(const lt_event *ev, lt_facet facet, const size_t **list, size_t *n)
{
    if (facet == LT_FACET_WHERE) {
        *list = ev->places;
        *n = ev->n_places;
    } else {
        *list = ev->documents;
        *n = ev->n_documents;
    }
}

/* A person could be a right answer to "who" about `ev` when they take part in
 * it or in any event at an overlapping date (who else was in Moscow that week
 * is unknown to the pack), unless both sides are known and differ. */
bool lt_quiz_person_excluded(const lt_pack *pack, const lt_event *ev, const lt_person_ref *asked, size_t person)
{
    for (size_t i = 0; i < pack->n_events; i++) {
        const lt_event *other = &pack->events[i];
        if (other != ev && !lt_quiz_dates_overlap(ev, other)) {
            continue;
        }
        for (size_t k = 0; k < other->n_people; k++) {
            const lt_person_ref *ref = &other->people[k];
            if (ref->entity != person) {
                continue;
            }
            if (other == ev) {
                return true;
            }
            if (asked->side == NULL || ref->side == NULL || strcmp(asked->side, ref->side) == 0) {
                return true;
            }
        }
    }
    return false;
}

static int lt_quiz_entity_distractors(const lt_pack *pack, const lt_event *ev, lt_facet facet,
                                      const lt_person_ref *asked, size_t *pool)
{
    lt_entity_kind kind = facet == LT_FACET_WHO     ? LT_ENT_PERSON
                          : facet == LT_FACET_WHERE ? LT_ENT_PLACE
                                                    : LT_ENT_DOCUMENT;
    int n = 0;
    for (size_t i = 0; i < pack->n_entities && n < LT_QUIZ_POOL_MAX; i++) {
        if (pack->entities[i].kind != kind) {
            continue;
        }
        if (facet == LT_FACET_WHO) {
            if (lt_quiz_person_excluded(pack, ev, asked, i)) {
                continue;
            }
        } else {
            const size_t *list;
            size_t nl;
            lt_quiz_entity_list(ev, facet, &list, &nl);
            if (lt_quiz_in(list, nl, i)) {
                continue;
            }
        }
        pool[n++] = i;
    }
    return n;
}

/* Date distractors: other facts' dates that cannot overlap the right one. */
int lt_quiz_date_distractors(const lt_pack *pack, const lt_event *ev, lt_date *pool, int *refs)
{
    int n = 0;
    for (size_t i = 0; i < pack->n_events && n < LT_QUIZ_POOL_MAX; i++) {
        const lt_event *other = &pack->events[i];
        if (other == ev || other->date.from.prec == LT_PREC_NONE) {
            continue;
        }
        if (lt_date_order(&ev->date, &other->date) == 0) {
            continue;
        }
        pool[n] = other->date;
        refs[n] = (int)i;
        n++;
    }
    return n;
}

/* Near dates at the same precision: the same day a month or two away, the
 * neighbouring part of a month, the next year. */
int lt_quiz_date_synth(const lt_date *d, lt_date *pool, int *refs, int n)
{
    static const int shifts[] = {-3, -2, -1, 1, 2, 3};
    for (size_t s = 0; s < sizeof shifts / sizeof shifts[0] && n < LT_QUIZ_POOL_MAX; s++) {
        lt_date c = *d;
        lt_datept *ends[2] = {&c.from, &c.to};
        bool ok = true;
        for (int e = 0; e < 2; e++) {
            lt_datept *p = ends[e];
            if (p->prec == LT_PREC_YEAR) {
                p->year += shifts[s];
            } else {
                int m = p->month + shifts[s];
                while (m < 1) {
                    m += 12;
                    p->year--;
                }
                while (m > 12) {
                    m -= 12;
                    p->year++;
                }
                p->month = m;
                if (p->prec == LT_PREC_DAY && p->day > 28) {
                    ok = false; /* keep synthesised days valid in every month */
                }
            }
        }
        if (!ok || lt_date_order(d, &c) == 0) {
            continue;
        }
        pool[n] = c;
        refs[n] = -1;
        n++;
    }
    return n;
}

/* ---- building a question ------------------------------------------------ */

static bool lt_quiz_option_taken(const lt_question *q, const char *label)
{
    char a[LT_QUIZ_OPTION_MAX], b[LT_QUIZ_OPTION_MAX];
    lt_quiz_fold(label, a, sizeof a);
    for (int i = 0; i < q->n_options; i++) {
        lt_quiz_fold(q->options[i], b, sizeof b);
        if (strcmp(a, b) == 0) {
            return true;
        }
    }
    return false;
}

void lt_quiz_add_option(lt_question *q, const char *label, int ref)
{
    snprintf(q->options[q->n_options], LT_QUIZ_OPTION_MAX, "%s", label);
    q->option_ref[q->n_options] = ref;
    q->n_options++;
}

lt_str lt_quiz_who_prompt(lt_role role)
{
    switch (role) {
    case LT_ROLE_SIGNATORY: return LT_S_Q_WHO_SIGNATORY;
    case LT_ROLE_DELEGATE: return LT_S_Q_WHO_DELEGATE;
    case LT_ROLE_SPEAKER: return LT_S_Q_WHO_SPEAKER;
    case LT_ROLE_ADDRESSEE: return LT_S_Q_WHO_ADDRESSEE;
    case LT_ROLE_INITIATOR: return LT_S_Q_WHO_INITIATOR;
    default: return LT_S_Q_WHO_PARTICIPANT;
    }
}

/* Picks the person asked about: the first one whose name the title does not
 * give away and who leaves enough distractors. -1 when none. */
static int lt_quiz_pick_person(const lt_pack *pack, const lt_event *ev, lt_rng *rng, lt_lang lang)
{
    size_t pool[LT_QUIZ_POOL_MAX];
    int order[64];
    int n = 0;
    for (size_t i = 0; i < ev->n_people && n < 64; i++) {
        order[n++] = (int)i;
    }
    if (rng != NULL) {
        lt_rng_shuffle(rng, order, (size_t)n, sizeof order[0]);
    }
    for (int k = 0; k < n; k++) {
        const lt_person_ref *ref = &ev->people[order[k]];
        const lt_entity *who = &pack->entities[ref->entity];
        if (lt_quiz_gives_away(lt_text_get(&ev->title, lang), lt_entity_label(who, lang))) {
            continue;
        }
        if (lt_quiz_entity_distractors(pack, ev, LT_FACET_WHO, ref, pool) >= LT_QUIZ_OPTIONS - 1) {
            return order[k];
        }
    }
    return -1;
}

static int lt_quiz_pick_entity(const lt_pack *pack, const lt_event *ev, lt_facet facet, lt_rng *rng,
                               lt_lang lang)
{
    const size_t *list;
    size_t nl;
    lt_quiz_entity_list(ev, facet, &list, &nl);
    if (nl == 0) {
        return -1;
    }
    size_t start = rng != NULL ? lt_rng_below(rng, (uint32_t)nl) : 0;
    for (size_t k = 0; k < nl; k++) {
        size_t idx = list[(start + k) % nl];
        if (!lt_quiz_gives_away(lt_text_get(&ev->title, lang), lt_entity_label(&pack->entities[idx], lang))) {
            return (int)idx;
        }
    }
    return -1;
}

static bool lt_quiz_fill_dates(const lt_pack *pack, const lt_event *ev, lt_lang lang, lt_rng *rng,
                               lt_question *q)
{
    lt_date pool[LT_QUIZ_POOL_MAX * 2];
    int refs[LT_QUIZ_POOL_MAX * 2];
    int n_pack = lt_quiz_date_distractors(pack, ev, pool, refs);
    /* Same precision first: they look most alike. */
    int same = 0;
    for (int i = 0; i < n_pack; i++) {
        if (pool[i].from.prec == ev->date.from.prec && pool[i].range == ev->date.range) {
            lt_date td = pool[same];
            int tr = refs[same];
            pool[same] = pool[i];
            refs[same] = refs[i];
            pool[i] = td;
            refs[i] = tr;
            same++;
        }
    }
    if (rng != NULL) {
        /* shuffle within groups by index permutation */
        for (int i = same - 1; i > 0; i--) {
            int j = (int)lt_rng_below(rng, (uint32_t)(i + 1));
            lt_date td = pool[i];
            int tr = refs[i];
            pool[i] = pool[j];
            refs[i] = refs[j];
            pool[j] = td;
            refs[j] = tr;
        }
    }
    int n_all = lt_quiz_date_synth(&ev->date, pool, refs, n_pack);
    if (rng != NULL && n_all - n_pack > 1) {
        for (int i = n_all - 1; i > n_pack; i--) {
            int j = n_pack + (int)lt_rng_below(rng, (uint32_t)(i - n_pack + 1));
            lt_date td = pool[i];
            pool[i] = pool[j];
            pool[j] = td;
        }
    }
    /* Alternate: a date from the pack, a near date, then the rest. */
    int order[LT_QUIZ_POOL_MAX * 2];
    int no = 0, a = 0, b = n_pack;
    while ((a < same || b < n_all) && no < LT_QUIZ_POOL_MAX * 2) {
        if (a < same) {
            order[no++] = a++;
        }
        if (b < n_all) {
            order[no++] = b++;
        }
    }
    for (int i = same; i < n_pack; i++) {
        order[no++] = i;
    }
    char label[LT_QUIZ_OPTION_MAX];
    for (int k = 0; k < no && q->n_options < LT_QUIZ_OPTIONS; k++) {
        lt_date_format(&pool[order[k]], (int)lang, label, sizeof label);
        if (!lt_quiz_option_taken(q, label)) {
            lt_quiz_add_option(q, label, refs[order[k]]);
        }
    }
    return q->n_options == LT_QUIZ_OPTIONS;
}

bool lt_quiz_make(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                  lt_question *out)
{
    if (pack == NULL || out == NULL || event >= pack->n_events) {
        return false;
    }
    if (facet == LT_FACET_WHY) {
        return lt_quiz_make_why(pack, event, lang, rng, out);
    }
    if ((unsigned)facet >= LT_FACET_CLASSIC) {
        return false;
    }
    const lt_event *ev = &pack->events[event];
    const char *title = lt_text_get(&ev->title, lang);
    lt_question *q = out;
    lt_quiz_begin(q, event, facet, LT_Q_CHOICE);
    char label[LT_QUIZ_OPTION_MAX];

    if (facet == LT_FACET_WHEN) {
        if (ev->date.from.prec == LT_PREC_NONE) {
            return false;
        }
        q->option_kind = LT_OPT_DATE;
        lt_date_format(&ev->date, (int)lang, label, sizeof label);
        if (lt_quiz_gives_away(title, label)) {
            return false;
        }
        lt_quiz_add_option(q, label, (int)event);
        snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, LT_S_Q_WHEN), title);
        if (!lt_quiz_fill_dates(pack, ev, lang, rng, q)) {
            return false;
        }
    } else {
        size_t pool[LT_QUIZ_POOL_MAX];
        int answer, n_pool;
        if (facet == LT_FACET_WHO) {
            int which = lt_quiz_pick_person(pack, ev, rng, lang);
            if (which < 0) {
                return false;
            }
            const lt_person_ref *ref = &ev->people[which];
            answer = (int)ref->entity;
            n_pool = lt_quiz_entity_distractors(pack, ev, facet, ref, pool);
            q->option_kind = LT_OPT_PERSON;
            snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, lt_quiz_who_prompt(ref->role)), title);
        } else {
            answer = lt_quiz_pick_entity(pack, ev, facet, rng, lang);
            if (answer < 0) {
                return false;
            }
            n_pool = lt_quiz_entity_distractors(pack, ev, facet, NULL, pool);
            q->option_kind = facet == LT_FACET_WHERE ? LT_OPT_PLACE : LT_OPT_DOCUMENT;
            snprintf(q->prompt, sizeof q->prompt,
                     lt_tr(lang, facet == LT_FACET_WHERE ? LT_S_Q_WHERE : LT_S_Q_DOCUMENT), title);
        }
        lt_quiz_add_option(q, lt_entity_label(&pack->entities[answer], lang), answer);
        if (rng != NULL) {
            lt_rng_shuffle(rng, pool, (size_t)n_pool, sizeof pool[0]);
        }
        for (int k = 0; k < n_pool && q->n_options < LT_QUIZ_OPTIONS; k++) {
            const char *l = lt_entity_label(&pack->entities[pool[k]], lang);
            if (!lt_quiz_option_taken(q, l)) {
                lt_quiz_add_option(q, l, (int)pool[k]);
            }
        }
        if (q->n_options < LT_QUIZ_OPTIONS) {
            return false;
        }
    }

    /* Put the right answer in a random place. */
    int pos = rng != NULL ? (int)lt_rng_below(rng, LT_QUIZ_OPTIONS) : 0;
    if (pos != 0) {
        char tmp[LT_QUIZ_OPTION_MAX];
        memcpy(tmp, q->options[0], sizeof tmp);
        memcpy(q->options[0], q->options[pos], sizeof tmp);
        memcpy(q->options[pos], tmp, sizeof tmp);
        int tr = q->option_ref[0];
        q->option_ref[0] = q->option_ref[pos];
        q->option_ref[pos] = tr;
    }
    q->correct = pos;
    q->correct_mask = 1u << pos;
    snprintf(q->answer, sizeof q->answer, "%s", q->options[pos]);
    lt_quiz_attach_notes(q, ev, lang);
    lt_quiz_finish(q, ev, lang);
    return true;
}

bool lt_quiz_can_ask(const lt_pack *pack, size_t event, lt_facet facet)
{
    lt_question scratch;
    return lt_quiz_make(pack, event, facet, LT_LANG_RU, NULL, &scratch) &&
           lt_quiz_make(pack, event, facet, LT_LANG_EN, NULL, &scratch);
}

/* ---- rounds -------------------------------------------------------------- */

typedef struct lt_quiz_cand {
    size_t event;
    lt_facet facet;
    bool used;
} lt_quiz_cand;

int lt_quiz_round(const lt_pack *pack, lt_lang lang, uint64_t seed, lt_question *out, int n)
{
    if (pack == NULL || out == NULL || n <= 0) {
        return 0;
    }
    lt_rng rng;
    lt_rng_seed(&rng, seed);
    size_t cap = pack->n_events * LT_FACET_CLASSIC;
    if (cap == 0) {
        return 0;
    }
    lt_quiz_cand *cands = calloc(cap, sizeof *cands);
    bool *event_used = calloc(pack->n_events, sizeof *event_used);
    if (cands == NULL || event_used == NULL) {
        free(cands);
        free(event_used);
        return 0;
    }
    size_t nc = 0;
    for (size_t e = 0; e < pack->n_events; e++) {
        for (int f = 0; f < LT_FACET_CLASSIC; f++) {
            if (lt_quiz_can_ask(pack, e, (lt_facet)f)) {
                cands[nc].event = e;
                cands[nc].facet = (lt_facet)f;
                nc++;
            }
        }
    }
    lt_rng_shuffle(&rng, cands, nc, sizeof cands[0]);
    lt_facet facets[LT_FACET_CLASSIC] = {LT_FACET_WHEN, LT_FACET_WHO, LT_FACET_WHERE, LT_FACET_DOCUMENT};
    lt_rng_shuffle(&rng, facets, LT_FACET_CLASSIC, sizeof facets[0]);

    int made = 0;
    size_t last_event = (size_t)-1;
    for (int slot = 0; slot < n; slot++) {
        lt_facet want = facets[slot % LT_FACET_CLASSIC];
        int pick = -1;
        /* 1: wanted facet on a fresh fact; 2: any facet on a fresh fact;
         * 3: an unused question on a fact not asked just before. */
        for (int pass = 0; pass < 3 && pick < 0; pass++) {
            for (size_t i = 0; i < nc; i++) {
                const lt_quiz_cand *c = &cands[i];
                if (c->used || c->event == last_event) {
                    continue;
                }
                if (pass < 2 && event_used[c->event]) {
                    continue;
                }
                if (pass == 0 && c->facet != want) {
                    continue;
                }
                pick = (int)i;
                break;
            }
        }
        if (pick < 0) {
            break;
        }
        lt_quiz_cand *c = &cands[pick];
        c->used = true;
        if (lt_quiz_make(pack, c->event, c->facet, lang, &rng, &out[made])) {
            event_used[c->event] = true;
            last_event = c->event;
            made++;
        } else {
            slot--; /* try the next candidate; each is tried once, so this ends */
        }
    }
    free(cands);
    free(event_used);
    return made;
}

int lt_score_speed(double answer_ms, double limit_ms, bool right)
{
    if (!right || limit_ms <= 0.0 || answer_ms > limit_ms) {
        return 0;
    }
    if (answer_ms < 0.0) {
        answer_ms = 0.0;
    }
    return (int)lround(1000.0 * (1.0 - answer_ms / limit_ms / 2.0));
}
