/* lt_quiz_round.c: the typed-question entry points: one question of a given
 * type, the facts (cards) a pack offers, and rounds mixing types.
 * Depends on: lt_quiz_int.h. */
#include <stdlib.h>
#include <string.h>

#include "lt_quiz_int.h"

bool lt_quiz_make_typed(const lt_pack *pack, size_t event, lt_facet facet, lt_qtype type, lt_lang lang,
                        lt_rng *rng, lt_question *out)
{
    if (pack == NULL || out == NULL || event >= pack->n_events) {
        return false;
    }
    switch (type) {
    case LT_Q_CHOICE:
        return (facet < LT_FACET_CLASSIC || facet == LT_FACET_WHY) && lt_quiz_make(pack, event, facet, lang, rng, out);
    case LT_Q_MULTI:
        return lt_quiz_make_multi(pack, event, facet, lang, rng, out);
    case LT_Q_TRUEFALSE:
        return lt_quiz_make_tf(pack, event, facet, lang, rng, out);
    case LT_Q_TYPED:
        return lt_quiz_make_typed_answer(pack, event, facet, lang, rng, out);
    case LT_Q_DATE:
        return facet == LT_FACET_WHEN && lt_quiz_make_date(pack, event, lang, out);
    case LT_Q_ORDER:
        return facet == LT_FACET_WHEN && lt_quiz_make_order(pack, event, lang, rng, out);
    case LT_Q_MATCH:
        return lt_quiz_make_match(pack, event, facet, lang, rng, out);
    case LT_Q_CLOZE:
        return facet == LT_FACET_WHAT && lt_quiz_make_cloze(pack, event, lang, rng, out);
    default:
        return false;
    }
}

bool lt_quiz_can_ask_type(const lt_pack *pack, size_t event, lt_facet facet, lt_qtype type)
{
    lt_question *scratch = malloc(sizeof *scratch);
    if (scratch == NULL) {
        return false;
    }
    bool ok = true;
    for (int l = 0; l < LT_LANG_COUNT && ok; l++) {
        ok = lt_quiz_make_typed(pack, event, facet, type, (lt_lang)l, NULL, scratch);
    }
    free(scratch);
    return ok;
}

size_t lt_quiz_facts(const lt_pack *pack, lt_quiz_fact *out, size_t cap)
{
    if (pack == NULL) {
        return 0;
    }
    size_t n = 0;
    for (size_t e = 0; e < pack->n_events; e++) {
        for (int f = 0; f < LT_FACET_HAND; f++) {
            unsigned types = 0;
            for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
                if (lt_quiz_can_ask_type(pack, e, (lt_facet)f, (lt_qtype)t)) {
                    types |= 1u << t;
                }
            }
            if (types == 0) {
                continue;
            }
            if (out != NULL && n < cap) {
                out[n] = (lt_quiz_fact){(int)e, -1, (lt_facet)f, types};
            }
            n++;
        }
    }
    lt_question *scratch = malloc(sizeof *scratch);
    for (size_t h = 0; h < pack->n_questions && scratch != NULL; h++) {
        bool ok = true;
        for (int l = 0; l < LT_LANG_COUNT && ok; l++) {
            ok = lt_quiz_make_hand(pack, h, (lt_lang)l, NULL, scratch);
        }
        if (!ok) {
            continue;
        }
        if (out != NULL && n < cap) {
            out[n] = (lt_quiz_fact){pack->questions[h].event, (int)h, LT_FACET_HAND,
                                    1u << pack->questions[h].type};
        }
        n++;
    }
    free(scratch);
    return n;
}

bool lt_quiz_make_fact(const lt_pack *pack, const lt_quiz_fact *fact, lt_qtype type, lt_lang lang,
                       lt_rng *rng, lt_question *out)
{
    if (pack == NULL || fact == NULL || !((fact->types >> type) & 1u)) {
        return false;
    }
    if (fact->facet == LT_FACET_HAND) {
        return fact->hand >= 0 && lt_quiz_make_hand(pack, (size_t)fact->hand, lang, rng, out);
    }
    return fact->event >= 0 && lt_quiz_make_typed(pack, (size_t)fact->event, fact->facet, type, lang, rng, out);
}

typedef struct lt_quiz_slot {
    int fact;
    lt_qtype type;
    bool used;
} lt_quiz_slot;

/* The event a fact is about, or a key of its own for a hand question about
 * no event (so such questions count as distinct facts). */
static size_t lt_quiz_fact_key(const lt_pack *pack, const lt_quiz_fact *f)
{
    return f->event >= 0 ? (size_t)f->event : pack->n_events + (size_t)f->hand;
}

int lt_quiz_round_from(const lt_pack *pack, const lt_quiz_fact *facts, size_t n_facts, lt_lang lang, uint64_t seed,
                       unsigned types_mask, lt_question *out, int n)
{
    if (pack == NULL || facts == NULL || out == NULL || n <= 0 || n_facts == 0) {
        return 0;
    }
    if (types_mask == 0) {
        types_mask = LT_QUIZ_ALL_TYPES;
    }
    lt_rng rng;
    lt_rng_seed(&rng, seed);
    size_t nc = 0, n_keys = pack->n_events + pack->n_questions;
    lt_quiz_slot *cands = calloc(n_facts * LT_Q_TYPE_COUNT, sizeof *cands);
    bool *key_used = calloc(n_keys + 1, sizeof *key_used);
    if (cands == NULL || key_used == NULL) {
        free(cands);
        free(key_used);
        return 0;
    }
    unsigned present = 0;
    for (size_t i = 0; i < n_facts; i++) {
        for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
            if ((facts[i].types & types_mask) >> t & 1u) {
                cands[nc++] = (lt_quiz_slot){(int)i, (lt_qtype)t, false};
                present |= 1u << t;
            }
        }
    }
    lt_rng_shuffle(&rng, cands, nc, sizeof cands[0]);
    lt_qtype types[LT_Q_TYPE_COUNT];
    int nt = 0;
    for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
        if ((present >> t) & 1u) {
            types[nt++] = (lt_qtype)t;
        }
    }
    lt_rng_shuffle(&rng, types, (size_t)nt, sizeof types[0]);
    int made = 0;
    size_t last = (size_t)-1;
    for (int slot = 0; slot < n && nt > 0; slot++) {
        lt_qtype want = types[slot % nt];
        int pick = -1;
        /* 1: wanted type on a fresh fact; 2: any type on a fresh fact;
         * 3: anything unused not about the fact asked just before. */
        for (int pass = 0; pass < 3 && pick < 0; pass++) {
            for (size_t i = 0; i < nc; i++) {
                const lt_quiz_slot *c = &cands[i];
                size_t key = lt_quiz_fact_key(pack, &facts[c->fact]);
                if (c->used || key == last || (pass < 2 && key_used[key]) || (pass == 0 && c->type != want)) {
                    continue;
                }
                pick = (int)i;
                break;
            }
        }
        if (pick < 0) {
            break;
        }
        lt_quiz_slot *c = &cands[pick];
        c->used = true;
        if (lt_quiz_make_fact(pack, &facts[c->fact], c->type, lang, &rng, &out[made])) {
            last = lt_quiz_fact_key(pack, &facts[c->fact]);
            key_used[last] = true;
            made++;
        } else {
            slot--; /* each candidate is tried once, so this ends */
        }
    }
    free(cands);
    free(key_used);
    return made;
}

int lt_quiz_round_types(const lt_pack *pack, lt_lang lang, uint64_t seed, unsigned types_mask, lt_question *out,
                        int n)
{
    if (pack == NULL) {
        return 0;
    }
    size_t nf = lt_quiz_facts(pack, NULL, 0);
    lt_quiz_fact *facts = calloc(nf + 1, sizeof *facts);
    if (facts == NULL) {
        return 0;
    }
    nf = lt_quiz_facts(pack, facts, nf);
    int made = lt_quiz_round_from(pack, facts, nf, lang, seed, types_mask, out, n);
    free(facts);
    return made;
}
