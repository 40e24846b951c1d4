/* lt_quiz_order.c: question types over several facts or a fact's text:
 * order (3-5 events in time), match (four pairs) and cloze (a key word
 * blanked out of the fact's text). Depends on: lt_quiz_int.h, lt_norm.h, lt_utf8.h. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_quiz_int.h"
#include "lt_utf8.h"

/* A candidate sorted by closeness in time (in 30-day buckets, so that equal
 * buckets keep the random order the rng gave them). */
typedef struct lt_quiz_near {
    long bucket;
    int idx;
} lt_quiz_near;

static void lt_quiz_sort_near(lt_quiz_near *c, int n, lt_rng *rng)
{
    if (rng != NULL && n > 1) {
        lt_rng_shuffle(rng, c, (size_t)n, sizeof c[0]);
    }
    for (int i = 1; i < n; i++) {
        lt_quiz_near k = c[i];
        int j = i - 1;
        while (j >= 0 && c[j].bucket > k.bucket) {
            c[j + 1] = c[j];
            j--;
        }
        c[j + 1] = k;
    }
}

static long lt_quiz_bucket(const lt_date *a, const lt_date *b)
{
    long d = lt_quiz_date_mid(a) - lt_quiz_date_mid(b);
    return (d < 0 ? -d : d) / 30;
}

/* Dated events other than `ev` sorted nearest in time first. */
static int lt_quiz_near_events(const lt_pack *pack, size_t event, lt_rng *rng, lt_quiz_near *out)
{
    const lt_event *ev = &pack->events[event];
    int n = 0;
    for (size_t i = 0; i < pack->n_events && n < LT_QUIZ_POOL_MAX; i++) {
        if (i == event || pack->events[i].date.from.prec == LT_PREC_NONE) {
            continue;
        }
        out[n].idx = (int)i;
        out[n].bucket = lt_quiz_bucket(&pack->events[i].date, &ev->date);
        n++;
    }
    lt_quiz_sort_near(out, n, rng);
    return n;
}

static void lt_quiz_join(char *buf, size_t len, const char *sep, const char *s)
{
    size_t used = strlen(buf);
    if (used + 1 < len) {
        snprintf(buf + used, len - used, "%s%s", used > 0 ? sep : "", s);
    }
}

/* ---- order ------------------------------------------------------------------ */

bool lt_quiz_make_order(const lt_pack *pack, size_t event, lt_lang lang, lt_rng *rng, lt_question *q)
{
    const lt_event *ev = &pack->events[event];
    if (ev->date.from.prec == LT_PREC_NONE) {
        return false;
    }
    lt_quiz_begin(q, event, LT_FACET_WHEN, LT_Q_ORDER);
    q->option_kind = LT_OPT_EVENT;
    int want = LT_QUIZ_ORDER_MIN + (rng != NULL ? (int)lt_rng_below(rng, LT_QUIZ_ORDER_MAX - LT_QUIZ_ORDER_MIN + 1) : 0);
    int chosen[LT_QUIZ_ORDER_MAX] = {(int)event};
    int nc = 1, ties = 0;
    lt_quiz_near cand[LT_QUIZ_POOL_MAX];
    int n = lt_quiz_near_events(pack, event, rng, cand);
    for (int k = 0; k < n && nc < want; k++) {
        const lt_event *c = &pack->events[cand[k].idx];
        int overlaps = 0;
        bool same_title = false;
        for (int i = 0; i < nc; i++) {
            const lt_event *o = &pack->events[chosen[i]];
            overlaps += lt_date_order(&c->date, &o->date) == 0;
            same_title = same_title || lt_norm_equal(lt_text_get(&c->title, lang), lt_text_get(&o->title, lang));
        }
        /* At most one pair that may go either way: the rest has one order. */
        if (same_title || ties + overlaps > 1) {
            continue;
        }
        ties += overlaps;
        chosen[nc++] = cand[k].idx;
    }
    if (nc < LT_QUIZ_ORDER_MIN) {
        return false;
    }
    if (rng != NULL) {
        lt_rng_shuffle(rng, chosen, (size_t)nc, sizeof chosen[0]);
    }
    for (int i = 0; i < nc; i++) {
        const lt_event *c = &pack->events[chosen[i]];
        lt_quiz_add_option(q, lt_text_get(&c->title, lang), chosen[i]);
        q->item_date[i] = c->date;
        q->order[i] = i;
    }
    for (int i = 0; i < nc; i++) {
        for (int j = 0; j < nc; j++) {
            q->before[i][j] = (signed char)(i == j ? 0 : lt_date_order(&q->item_date[i], &q->item_date[j]));
        }
    }
    /* One right order: by first day (a strict "before" implies an earlier first day). */
    for (int i = 1; i < nc; i++) {
        int k = q->order[i], j = i - 1;
        long fk, lk;
        lt_date_span(&q->item_date[k], &fk, &lk);
        while (j >= 0) {
            long fj, lj;
            lt_date_span(&q->item_date[q->order[j]], &fj, &lj);
            if (fj <= fk) {
                break;
            }
            q->order[j + 1] = q->order[j];
            j--;
        }
        q->order[j + 1] = k;
    }
    for (int i = 0; i < nc; i++) {
        lt_quiz_join(q->answer, sizeof q->answer, " \xE2\x86\x92 ", q->options[q->order[i]]);
    }
    snprintf(q->prompt, sizeof q->prompt, "%s", lt_tr(lang, LT_S_Q_ORDER));
    lt_quiz_finish(q, ev, lang);
    return true;
}

/* ---- match ------------------------------------------------------------------ */

/* Lays out the pairs: left items shuffled, right items shuffled apart. */
static void lt_quiz_lay_pairs(lt_question *q, char (*left)[LT_QUIZ_OPTION_MAX], const int *left_ref,
                              char (*right)[LT_QUIZ_OPTION_MAX], lt_rng *rng)
{
    int lp[LT_QUIZ_MATCH_PAIRS], rp[LT_QUIZ_MATCH_PAIRS];
    for (int i = 0; i < LT_QUIZ_MATCH_PAIRS; i++) {
        lp[i] = rp[i] = i;
    }
    if (rng != NULL) {
        lt_rng_shuffle(rng, lp, LT_QUIZ_MATCH_PAIRS, sizeof lp[0]);
        lt_rng_shuffle(rng, rp, LT_QUIZ_MATCH_PAIRS, sizeof rp[0]);
    }
    for (int i = 0; i < LT_QUIZ_MATCH_PAIRS; i++) {
        lt_quiz_add_option(q, left[lp[i]], left_ref[lp[i]]);
    }
    for (int j = 0; j < LT_QUIZ_MATCH_PAIRS; j++) {
        /* right slot j shows the partner of original pair rp[j] */
        snprintf(q->match[j], sizeof q->match[j], "%s", right[rp[j]]);
        for (int i = 0; i < LT_QUIZ_MATCH_PAIRS; i++) {
            if (lp[i] == rp[j]) {
                q->match_answer[i] = j;
            }
        }
    }
    for (int i = 0; i < LT_QUIZ_MATCH_PAIRS; i++) {
        char pair[LT_QUIZ_OPTION_MAX * 2 + 8];
        snprintf(pair, sizeof pair, "%s — %s", q->options[i], q->match[q->match_answer[i]]);
        lt_quiz_join(q->answer, sizeof q->answer, "; ", pair);
    }
}

static bool lt_quiz_taken_in(char (*items)[LT_QUIZ_OPTION_MAX], int n, const char *s)
{
    for (int i = 0; i < n; i++) {
        if (lt_norm_equal(items[i], s)) {
            return true;
        }
    }
    return false;
}

bool lt_quiz_make_match(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                        lt_question *q)
{
    const lt_event *ev = &pack->events[event];
    char left[LT_QUIZ_MATCH_PAIRS][LT_QUIZ_OPTION_MAX], right[LT_QUIZ_MATCH_PAIRS][LT_QUIZ_OPTION_MAX];
    int left_ref[LT_QUIZ_MATCH_PAIRS], n = 0;
    lt_str prompt;
    lt_quiz_begin(q, event, facet, LT_Q_MATCH);
    if (facet == LT_FACET_WHO) {
        /* People and their posts: one of the fact's people, then people of
         * the same side, then the nearest in time. */
        const char *side = NULL;
        size_t start = rng != NULL && ev->n_people > 0 ? lt_rng_below(rng, (uint32_t)ev->n_people) : 0;
        for (size_t k = 0; k < ev->n_people && n == 0; k++) {
            size_t p = ev->people[(k + start) % ev->n_people].entity;
            const lt_entity *ent = &pack->entities[p];
            const char *role = lt_text_get(&ent->role, lang);
            if (role[0] != '\0' && strlen(role) < LT_QUIZ_OPTION_MAX) {
                snprintf(left[n], sizeof left[n], "%s", lt_entity_label(ent, lang));
                snprintf(right[n], sizeof right[n], "%s", role);
                left_ref[n++] = (int)p;
                side = lt_quiz_person_side(pack, p);
            }
        }
        if (n == 0) {
            return false;
        }
        lt_quiz_near cand[LT_QUIZ_POOL_MAX];
        int nc = 0;
        for (size_t i = 0; i < pack->n_entities && nc < LT_QUIZ_POOL_MAX; i++) {
            if (pack->entities[i].kind == LT_ENT_PERSON && (int)i != left_ref[0]) {
                const char *s = lt_quiz_person_side(pack, i);
                cand[nc].idx = (int)i;
                cand[nc].bucket = side != NULL && s != NULL && strcmp(s, side) == 0 ? 0 : 1;
                nc++;
            }
        }
        lt_quiz_sort_near(cand, nc, rng);
        for (int k = 0; k < nc && n < LT_QUIZ_MATCH_PAIRS; k++) {
            const lt_entity *ent = &pack->entities[cand[k].idx];
            const char *role = lt_text_get(&ent->role, lang);
            if (role[0] == '\0' || strlen(role) >= LT_QUIZ_OPTION_MAX || lt_quiz_taken_in(right, n, role) ||
                lt_quiz_taken_in(left, n, lt_entity_label(ent, lang))) {
                continue;
            }
            snprintf(left[n], sizeof left[n], "%s", lt_entity_label(ent, lang));
            snprintf(right[n], sizeof right[n], "%s", role);
            left_ref[n++] = cand[k].idx;
        }
        q->option_kind = LT_OPT_PERSON;
        prompt = LT_S_Q_MATCH_ROLES;
    } else if (facet == LT_FACET_DOCUMENT) {
        /* Documents and the dates they were signed; distinct dates first. */
        lt_date d;
        for (size_t k = 0; k < ev->n_documents && n == 0; k++) {
            size_t doc = ev->documents[k];
            if (lt_quiz_document_date(pack, doc, &d, NULL)) {
                snprintf(left[n], sizeof left[n], "%s", lt_entity_label(&pack->entities[doc], lang));
                lt_date_format(&d, (int)lang, right[n], sizeof right[n]);
                left_ref[n++] = (int)doc;
            }
        }
        if (n == 0) {
            return false;
        }
        size_t docs[LT_QUIZ_POOL_MAX];
        int nd = 0;
        for (size_t i = 0; i < pack->n_entities && nd < LT_QUIZ_POOL_MAX; i++) {
            if (pack->entities[i].kind == LT_ENT_DOCUMENT && (int)i != left_ref[0] &&
                lt_quiz_document_date(pack, i, &d, NULL)) {
                docs[nd++] = i;
            }
        }
        if (rng != NULL) {
            lt_rng_shuffle(rng, docs, (size_t)nd, sizeof docs[0]);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < nd && n < LT_QUIZ_MATCH_PAIRS; k++) {
                char date[LT_QUIZ_OPTION_MAX];
                const char *label = lt_entity_label(&pack->entities[docs[k]], lang);
                lt_quiz_document_date(pack, docs[k], &d, NULL);
                lt_date_format(&d, (int)lang, date, sizeof date);
                if (lt_quiz_taken_in(left, n, label) || (pass == 0 && lt_quiz_taken_in(right, n, date))) {
                    continue;
                }
                snprintf(left[n], sizeof left[n], "%s", label);
                snprintf(right[n], sizeof right[n], "%s", date);
                left_ref[n++] = (int)docs[k];
            }
        }
        q->option_kind = LT_OPT_DOCUMENT;
        prompt = LT_S_Q_MATCH_DOC_DATES;
    } else if (facet == LT_FACET_WHEN) {
        /* Events and their dates: the fact and the nearest with other dates. */
        if (ev->date.from.prec == LT_PREC_NONE) {
            return false;
        }
        snprintf(left[n], sizeof left[n], "%s", lt_text_get(&ev->title, lang));
        lt_date_format(&ev->date, (int)lang, right[n], sizeof right[n]);
        left_ref[n++] = (int)event;
        lt_quiz_near cand[LT_QUIZ_POOL_MAX];
        int nc = lt_quiz_near_events(pack, event, rng, cand);
        for (int k = 0; k < nc && n < LT_QUIZ_MATCH_PAIRS; k++) {
            const lt_event *c = &pack->events[cand[k].idx];
            char date[LT_QUIZ_OPTION_MAX];
            lt_date_format(&c->date, (int)lang, date, sizeof date);
            if (lt_quiz_taken_in(left, n, lt_text_get(&c->title, lang)) || lt_quiz_taken_in(right, n, date)) {
                continue;
            }
            snprintf(left[n], sizeof left[n], "%s", lt_text_get(&c->title, lang));
            snprintf(right[n], sizeof right[n], "%s", date);
            left_ref[n++] = cand[k].idx;
        }
        q->option_kind = LT_OPT_EVENT;
        prompt = LT_S_Q_MATCH_EVENT_DATES;
    } else {
        return false;
    }
    if (n < LT_QUIZ_MATCH_PAIRS) {
        return false;
    }
    lt_quiz_lay_pairs(q, left, left_ref, right, rng);
    snprintf(q->prompt, sizeof q->prompt, "%s", lt_tr(lang, prompt));
    lt_quiz_finish(q, ev, lang);
    return true;
}

/* ---- cloze ------------------------------------------------------------------ */

#define LT_QUIZ_WORDS_MAX 160

typedef struct lt_quiz_word {
    int off, len;                 /* bytes in the source text */
    char norm[LT_QUIZ_OPTION_MAX]; /* lt_norm of the word */
} lt_quiz_word;

static bool lt_quiz_is_word_cp(int32_t c)
{
    if (c < 0x80) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F);
}

/* Splits s into words (letters and digits; anything else separates). */
static int lt_quiz_words(const char *s, lt_quiz_word *w, int max)
{
    size_t len = strlen(s), pos = 0;
    int n = 0, start = -1;
    while (pos <= len && n < max) {
        size_t at = pos;
        int32_t c = pos < len ? lt_utf8_next(s, len, &pos) : (pos++, -1);
        bool letter = c >= 0 && lt_quiz_is_word_cp(c);
        if (letter && start < 0) {
            start = (int)at;
        } else if (!letter && start >= 0) {
            w[n].off = start;
            w[n].len = (int)at - start;
            char tmp[LT_QUIZ_OPTION_MAX];
            snprintf(tmp, sizeof tmp, "%.*s", w[n].len, s + start);
            lt_norm(tmp, w[n].norm, sizeof w[n].norm);
            n++;
            start = -1;
        }
    }
    return n;
}

/* True when text word t is a form of name word w: equal for short words,
 * else starting with w's stem (two letters off from six, one from five) and
 * at most three letters longer than w. */
static bool lt_quiz_word_form(const char *t, const char *w)
{
    size_t lt = lt_utf8_count(t, strlen(t)), lw = lt_utf8_count(w, strlen(w));
    if (lw <= 4) {
        return strcmp(t, w) == 0;
    }
    size_t keep = lw >= 6 ? lw - 2 : lw - 1, pos = 0;
    for (size_t i = 0; i < keep; i++) {
        (void)lt_utf8_next(w, strlen(w), &pos);
    }
    return lt <= lw + 3 && strncmp(t, w, pos) == 0;
}

/* Finds the name's words as consecutive words of the text: fills starts[]
 * with the index of each occurrence's first word; returns the count. */
static int lt_quiz_find_name(const lt_quiz_word *tw, int nt, const char *name, int *starts, int max, int *nwords)
{
    lt_quiz_word nw[16];
    int nn = lt_quiz_words(name, nw, 16);
    *nwords = nn;
    int found = 0;
    if (nn == 0) {
        return 0;
    }
    for (int i = 0; i + nn <= nt && found < max; i++) {
        bool ok = true;
        for (int k = 0; k < nn && ok; k++) {
            ok = lt_quiz_word_form(tw[i + k].norm, nw[k].norm);
        }
        if (ok) {
            starts[found++] = i;
            i += nn - 1;
        }
    }
    return found;
}

bool lt_quiz_make_cloze(const lt_pack *pack, size_t event, lt_lang lang, lt_rng *rng, lt_question *q)
{
    const lt_event *ev = &pack->events[event];
    const char *text = lt_text_get(&ev->text, lang);
    if (text[0] == '\0' || strlen(text) >= LT_QUIZ_TEXT_MAX - 16) {
        return false;
    }
    lt_quiz_word *tw = malloc(LT_QUIZ_WORDS_MAX * sizeof *tw);
    if (tw == NULL) {
        return false;
    }
    int nt = lt_quiz_words(text, tw, LT_QUIZ_WORDS_MAX);
    /* Entities of the fact first (in a random order), then the rest. */
    int order[LT_QUIZ_POOL_MAX], no = 0, linked = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < pack->n_entities && no < LT_QUIZ_POOL_MAX; i++) {
            bool in = false;
            for (size_t k = 0; k < ev->n_people; k++) {
                in = in || ev->people[k].entity == i;
            }
            in = in || lt_quiz_in(ev->places, ev->n_places, i) || lt_quiz_in(ev->bodies, ev->n_bodies, i) ||
                 lt_quiz_in(ev->documents, ev->n_documents, i);
            if (in == (pass == 0)) {
                order[no++] = (int)i;
            }
        }
        if (pass == 0) {
            linked = no;
        }
    }
    if (rng != NULL) {
        lt_rng_shuffle(rng, order, (size_t)linked, sizeof order[0]);
        lt_rng_shuffle(rng, order + linked, (size_t)(no - linked), sizeof order[0]);
    }
    int ent = -1, starts[8], nfound = 0, nwords = 0;
    for (int k = 0; k < no && ent < 0; k++) {
        const lt_entity *e = &pack->entities[order[k]];
        const char *names[2] = {e->name.s[lang], lt_entity_label(e, lang)};
        for (int m = 0; m < 2 && ent < 0; m++) {
            if (names[m] != NULL && names[m][0] != '\0') {
                nfound = lt_quiz_find_name(tw, nt, names[m], starts, 8, &nwords);
                if (nfound > 0) {
                    ent = order[k];
                }
            }
        }
    }
    bool ok = false;
    if (ent >= 0) {
        lt_quiz_begin(q, event, LT_FACET_WHAT, LT_Q_CLOZE);
        int first = tw[starts[0]].off, last = tw[starts[0] + nwords - 1].off + tw[starts[0] + nwords - 1].len;
        char phrase[LT_QUIZ_ANSWER_LEN];
        snprintf(phrase, sizeof phrase, "%.*s", last - first, text + first);
        lt_quiz_add_answer(q, phrase);
        lt_quiz_add_entity_answers(q, &pack->entities[ent], lang);
        /* The text with every occurrence blanked. */
        int pos = 0;
        for (int f = 0; f < nfound; f++) {
            int a = tw[starts[f]].off, b = tw[starts[f] + nwords - 1].off + tw[starts[f] + nwords - 1].len;
            size_t used = strlen(q->cloze);
            snprintf(q->cloze + used, sizeof q->cloze - used, "%.*s%s", a - pos, text + pos, LT_QUIZ_BLANK);
            pos = b;
        }
        size_t used = strlen(q->cloze);
        snprintf(q->cloze + used, sizeof q->cloze - used, "%s", text + pos);
        snprintf(q->prompt, sizeof q->prompt, lt_tr(lang, LT_S_Q_CLOZE), q->cloze);
        snprintf(q->answer, sizeof q->answer, "%s", q->answers[0]);
        lt_entity_kind kind = pack->entities[ent].kind;
        q->option_kind = kind == LT_ENT_PERSON ? LT_OPT_PERSON
                         : kind == LT_ENT_PLACE ? LT_OPT_PLACE
                         : kind == LT_ENT_DOCUMENT ? LT_OPT_DOCUMENT
                                                   : LT_OPT_TEXT;
        q->option_ref[0] = ent;
        lt_quiz_finish(q, ev, lang);
        ok = q->n_answers > 0;
    }
    free(tw);
    return ok;
}
