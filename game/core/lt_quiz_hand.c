/* lt_quiz_hand.c: hand-written (or imported) questions of any type turned
 * into lt_questions, with their notes. Depends on: lt_quiz_int.h, lt_norm.h. */
#include <stdio.h>
#include <string.h>

#include "lt_quiz_int.h"

/* True for the words a true/false answer may be written with. */
static bool lt_quiz_truthy(const char *s)
{
    static const char *const yes[] = {"true", "t", "yes", "1", "верно", "да", "правда"};
    char n[32];
    lt_norm(s, n, sizeof n);
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        char y[32];
        lt_norm(yes[i], y, sizeof y);
        if (strcmp(n, y) == 0) {
            return true;
        }
    }
    return false;
}

static bool lt_quiz_hand_options(const lt_hand_question *h, lt_lang lang, lt_question *q, int min, int max)
{
    if (h->n_options < (size_t)min || h->n_options > (size_t)max) {
        return false;
    }
    for (size_t i = 0; i < h->n_options; i++) {
        const lt_hand_option *o = &h->options[i];
        const char *t = lt_text_get(&o->text, lang);
        if (t[0] == '\0' || lt_quiz_norm_taken(q, t, NULL)) {
            return false; /* empty or two options that read alike */
        }
        lt_quiz_add_option(q, t, -1);
        snprintf(q->notes[i], sizeof q->notes[i], "%s", lt_text_get(&o->note, lang));
        if (o->correct) {
            q->correct_mask |= 1u << i;
        }
    }
    return true;
}

static void lt_quiz_first_right(lt_question *q)
{
    for (int i = 0; i < q->n_options; i++) {
        if ((q->correct_mask >> i) & 1u) {
            q->correct = i;
            return;
        }
    }
}

bool lt_quiz_make_hand(const lt_pack *pack, size_t hand, lt_lang lang, lt_rng *rng, lt_question *out)
{
    if (pack == NULL || out == NULL || hand >= pack->n_questions) {
        return false;
    }
    const lt_hand_question *h = &pack->questions[hand];
    const lt_event *ev = h->event >= 0 && (size_t)h->event < pack->n_events ? &pack->events[h->event] : NULL;
    lt_question *q = out;
    lt_quiz_begin(q, ev != NULL ? (size_t)h->event : LT_QUIZ_NO_EVENT, LT_FACET_HAND, h->type);
    q->hand = (int)hand;
    q->option_kind = LT_OPT_TEXT;
    if (ev != NULL) {
        lt_quiz_finish(q, ev, lang);
    }
    const char *expl = lt_text_get(&h->explanation, lang);
    if (expl[0] != '\0') {
        snprintf(q->explanation, sizeof q->explanation, "%s", expl);
    }
    snprintf(q->prompt, sizeof q->prompt, "%s", lt_text_get(&h->prompt, lang));
    if (q->prompt[0] == '\0') {
        return false;
    }
    switch (h->type) {
    case LT_Q_CHOICE:
    case LT_Q_MULTI: {
        if (!lt_quiz_hand_options(h, lang, q, 2, LT_QUIZ_OPTIONS_MAX) || q->correct_mask == 0 ||
            (h->type == LT_Q_CHOICE && (q->correct_mask & (q->correct_mask - 1u)) != 0)) {
            return false; /* a choice has exactly one right option, a multi at least one */
        }
        lt_quiz_shuffle_options(q, rng);
        lt_quiz_first_right(q);
        for (int i = 0; i < q->n_options; i++) {
            if ((q->correct_mask >> i) & 1u) {
                size_t used = strlen(q->answer);
                snprintf(q->answer + used, sizeof q->answer - used, "%s%s", used > 0 ? ", " : "", q->options[i]);
            }
        }
        return true;
    }
    case LT_Q_TRUEFALSE:
        /* Two options (the loader makes "Верно" / "Неверно" of `answer:`):
         * the one marked right is right, truth = the first is right. One
         * option: its `correct` is the truth. None: answers[0] says true /
         * false (верно / неверно, yes / no). */
        if (h->n_options == 2) {
            if (!lt_quiz_hand_options(h, lang, q, 2, 2) || q->correct_mask == 0 || q->correct_mask == 3u) {
                return false;
            }
            lt_quiz_first_right(q);
            q->truth = q->correct == 0;
        } else {
            if (h->n_options == 1) {
                q->truth = h->options[0].correct;
            } else if (h->n_answers > 0) {
                q->truth = lt_quiz_truthy(h->answers[0]);
            } else {
                return false;
            }
            lt_quiz_add_option(q, lt_tr(lang, LT_S_TRUE), -1);
            lt_quiz_add_option(q, lt_tr(lang, LT_S_FALSE), -1);
            q->correct = q->truth ? 0 : 1;
            q->correct_mask = 1u << q->correct;
        }
        snprintf(q->answer, sizeof q->answer, "%s", q->options[q->correct]);
        return true;
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        for (size_t i = 0; i < h->n_answers; i++) {
            lt_quiz_add_answer(q, h->answers[i]);
        }
        for (size_t i = 0; i < h->n_options; i++) { /* GIFT short answers may come as options */
            if (h->options[i].correct) {
                lt_quiz_add_answer(q, lt_text_get(&h->options[i].text, lang));
            }
        }
        if (q->n_answers == 0) {
            return false;
        }
        if (h->type == LT_Q_CLOZE) {
            snprintf(q->cloze, sizeof q->cloze, "%s", q->prompt);
        }
        snprintf(q->answer, sizeof q->answer, "%s", q->answers[0]);
        return true;
    case LT_Q_DATE: {
        /* answers[0] is a date in pack form (1956-10-19, 1956-11-late, ...);
         * without answers the event's date is the answer. */
        char err[160];
        if (h->n_answers > 0) {
            if (!lt_date_parse(h->answers[0], &q->date, err, sizeof err)) {
                return false;
            }
        } else if (ev != NULL) {
            q->date = ev->date;
        }
        if (q->date.from.prec == LT_PREC_NONE || q->date.before) {
            return false;
        }
        q->date_prec = q->date.from.prec;
        q->option_kind = LT_OPT_DATE;
        lt_date_format(&q->date, (int)lang, q->answer, sizeof q->answer);
        return true;
    }
    case LT_Q_ORDER: {
        if (!lt_quiz_hand_options(h, lang, q, 2, LT_QUIZ_OPTIONS_MAX)) {
            return false;
        }
        int perm[LT_QUIZ_OPTIONS_MAX];
        for (int i = 0; i < q->n_options; i++) {
            perm[i] = i;
        }
        if (rng != NULL) {
            lt_rng_shuffle(rng, perm, (size_t)q->n_options, sizeof perm[0]);
        }
        char items[LT_QUIZ_OPTIONS_MAX][LT_QUIZ_OPTION_MAX];
        memcpy(items, q->options, sizeof items);
        for (int i = 0; i < q->n_options; i++) { /* shown slot i holds original item perm[i] */
            memcpy(q->options[i], items[perm[i]], sizeof items[0]);
            q->order[perm[i]] = i;
            q->notes[i][0] = '\0';
        }
        q->correct_mask = 0;
        for (int i = 0; i < q->n_options; i++) {
            for (int j = 0; j < q->n_options; j++) {
                q->before[i][j] = (signed char)(perm[i] < perm[j] ? -1 : perm[i] > perm[j] ? 1 : 0);
            }
            size_t used = strlen(q->answer);
            snprintf(q->answer + used, sizeof q->answer - used, "%s%s", i > 0 ? " \xE2\x86\x92 " : "",
                     q->options[q->order[i]]);
        }
        return true;
    }
    case LT_Q_MATCH: {
        if (h->n_options < 2 || h->n_options > LT_QUIZ_MATCH_MAX) {
            return false;
        }
        int rp[LT_QUIZ_MATCH_MAX];
        for (size_t i = 0; i < h->n_options; i++) {
            const char *l = lt_text_get(&h->options[i].text, lang), *r = lt_text_get(&h->options[i].match, lang);
            if (l[0] == '\0' || r[0] == '\0') {
                return false;
            }
            lt_quiz_add_option(q, l, -1);
            rp[i] = (int)i;
        }
        if (rng != NULL) {
            lt_rng_shuffle(rng, rp, h->n_options, sizeof rp[0]);
        }
        for (size_t j = 0; j < h->n_options; j++) {
            snprintf(q->match[j], sizeof q->match[j], "%s", lt_text_get(&h->options[rp[j]].match, lang));
            q->match_answer[rp[j]] = (int)j;
        }
        for (int i = 0; i < q->n_options; i++) {
            size_t used = strlen(q->answer);
            snprintf(q->answer + used, sizeof q->answer - used, "%s%s — %s", i > 0 ? "; " : "", q->options[i],
                     q->match[q->match_answer[i]]);
        }
        return true;
    }
    default:
        return false;
    }
}
