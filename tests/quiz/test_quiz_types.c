/* test_quiz_types.c: invariants of every question type over 1,000 seeds on
 * a pack (options distinct after normalisation, the right answers true of
 * the fact and the wrong ones false, judges agreeing), typed rounds, and the
 * typed part of the golden catalog. Depends on: lt_quiz.h, lt_norm.h, qt_types.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_quiz.h"
#include "qt.h"
#include "qt_types.h"

#define SEEDS 1000
#define PER_SEED 4 /* facts of each type asked per seed */

static bool person_in(const lt_event *ev, size_t ent, const lt_person_ref **ref)
{
    for (size_t i = 0; i < ev->n_people; i++) {
        if (ev->people[i].entity == ent) {
            if (ref != NULL) {
                *ref = &ev->people[i];
            }
            return true;
        }
    }
    return false;
}

static bool in_list(const size_t *list, size_t n, size_t v)
{
    for (size_t i = 0; i < n; i++) {
        if (list[i] == v) {
            return true;
        }
    }
    return false;
}

/* True when entity `ent` is a right answer to the facet of ev. */
static bool belongs(const lt_event *ev, lt_facet facet, size_t ent)
{
    return facet == LT_FACET_WHO     ? person_in(ev, ent, NULL)
           : facet == LT_FACET_WHERE ? in_list(ev->places, ev->n_places, ent)
                                     : in_list(ev->documents, ev->n_documents, ent);
}

static int bits(unsigned v)
{
    int n = 0;
    for (; v; v &= v - 1u) {
        n++;
    }
    return n;
}

static bool is_cause(const lt_pack *pack, size_t ev, size_t c, int depth)
{
    const lt_event *e = &pack->events[ev];
    for (size_t i = 0; i < e->n_causes && depth < 64; i++) {
        if (e->causes[i] == c || is_cause(pack, e->causes[i], c, depth + 1)) {
            return true;
        }
    }
    return false;
}

static void check_options_distinct(const lt_question *q, const char *ctx)
{
    for (int i = 0; i < q->n_options; i++) {
        QT_CHECK(!lt_norm_is_empty(q->options[i]), "%s: option %d empty", ctx, i);
        for (int j = i + 1; j < q->n_options; j++) {
            QT_CHECK(!lt_norm_equal(q->options[i], q->options[j]), "%s: options %d and %d read alike: '%s'", ctx, i, j,
                     q->options[i]);
        }
    }
    for (int i = 0; i < q->n_options; i++) {
        QT_CHECK(q->notes[i][0] == '\0' || !((q->correct_mask >> i) & 1u), "%s: a note on a right option", ctx);
    }
}

static void check_choice(const lt_pack *pack, const lt_question *q, const lt_event *ev, const char *ctx)
{
    QT_CHECK(q->n_options == LT_QUIZ_OPTIONS, "%s: %d options", ctx, q->n_options);
    QT_CHECK(bits(q->correct_mask) == 1 && q->correct_mask == 1u << q->correct, "%s: mask %x, correct %d", ctx,
             q->correct_mask, q->correct);
    for (int i = 0; i < q->n_options; i++) {
        lt_answer a = {.choice = i};
        lt_verdict v = lt_quiz_judge(q, &a, NULL);
        QT_CHECK(v == (i == q->correct ? LT_VERDICT_RIGHT : LT_VERDICT_WRONG), "%s: judging option %d", ctx, i);
        if (q->facet == LT_FACET_WHY) {
            size_t ref = (size_t)q->option_ref[i];
            bool direct = in_list(ev->causes, ev->n_causes, ref);
            QT_CHECK(i == q->correct ? direct : !is_cause(pack, q->event, ref, 0),
                     "%s: why option '%s' is %s a cause", ctx, q->options[i], direct ? "" : "not");
        } else if (q->option_kind != LT_OPT_DATE && i != q->correct) {
            QT_CHECK(!belongs(ev, q->facet, (size_t)q->option_ref[i]), "%s: distractor '%s' is right", ctx,
                     q->options[i]);
        }
    }
}

static void check_multi(const lt_pack *pack, const lt_question *q, const lt_event *ev, const char *ctx)
{
    QT_CHECK(q->n_options >= 3 && q->n_options <= LT_QUIZ_OPTIONS_MAX, "%s: %d options", ctx, q->n_options);
    int right = bits(q->correct_mask);
    QT_CHECK(right >= 2 && right < q->n_options, "%s: %d right of %d", ctx, right, q->n_options);
    const lt_person_ref *first = NULL;
    for (int i = 0; i < q->n_options; i++) {
        size_t ref = (size_t)q->option_ref[i];
        bool ok = (q->correct_mask >> i) & 1u;
        QT_CHECK(pack->entities[ref].kind == (q->facet == LT_FACET_WHO     ? LT_ENT_PERSON
                                              : q->facet == LT_FACET_WHERE ? LT_ENT_PLACE
                                                                           : LT_ENT_DOCUMENT),
                 "%s: option of another kind", ctx);
        QT_CHECK(belongs(ev, q->facet, ref) == ok, "%s: '%s' is %s but marked %s", ctx, q->options[i],
                 belongs(ev, q->facet, ref) ? "in the fact" : "not in it", ok ? "right" : "wrong");
        const lt_person_ref *r = NULL;
        if (ok && q->facet == LT_FACET_WHO && person_in(ev, ref, &r)) {
            if (first == NULL) {
                first = r;
            }
            QT_CHECK(r->role == first->role && (r->side == first->side || (r->side && first->side &&
                                                                           strcmp(r->side, first->side) == 0)),
                     "%s: right people of different roles or sides", ctx);
        }
    }
    QT_CHECK(lt_quiz_judge_multi(q, q->correct_mask) == LT_VERDICT_RIGHT, "%s: right mask not right", ctx);
    QT_CHECK(lt_quiz_judge_multi(q, q->correct_mask ^ 1u) == LT_VERDICT_CLOSE, "%s: one off not close", ctx);
    QT_CHECK(lt_quiz_judge_multi(q, ~q->correct_mask & ((1u << q->n_options) - 1u)) == LT_VERDICT_WRONG,
             "%s: all flipped not wrong", ctx);
}

static void check_tf(const lt_pack *pack, const lt_question *q, const lt_event *ev, const char *ctx)
{
    QT_CHECK(q->n_options == 2 && q->correct == (q->truth ? 0 : 1), "%s: options/correct", ctx);
    QT_CHECK(strstr(q->prompt, q->tf_value) != NULL, "%s: the statement lacks its value", ctx);
    QT_CHECK(q->truth == (strcmp(q->tf_value, q->tf_right) == 0), "%s: truth %d but value '%s' right '%s'", ctx,
             q->truth, q->tf_value, q->tf_right);
    if (q->truth) {
        return;
    }
    QT_CHECK(!lt_norm_equal(q->tf_value, q->tf_right), "%s: false value reads as the right one", ctx);
    if (q->facet == LT_FACET_WHEN) {
        QT_CHECK(lt_date_order(&q->date, &q->item_date[0]) != 0, "%s: false date '%s' overlaps the fact", ctx,
                 q->tf_value);
        QT_CHECK(ev->exact.from.prec == LT_PREC_NONE || lt_date_order(&ev->exact, &q->item_date[0]) != 0,
                 "%s: false date overlaps the exact date", ctx);
        return;
    }
    size_t ref = (size_t)q->option_ref[1];
    QT_CHECK(!belongs(ev, q->facet, ref), "%s: swapped-in '%s' is true of the fact", ctx, q->tf_value);
    if (q->facet == LT_FACET_WHO) { /* not in an overlapping event on the same side */
        for (size_t e = 0; e < pack->n_events; e++) {
            const lt_event *o = &pack->events[e];
            const lt_person_ref *r;
            if (o->date.from.prec != LT_PREC_NONE && ev->date.from.prec != LT_PREC_NONE &&
                lt_date_order(&o->date, &ev->date) == 0 && person_in(o, ref, &r)) {
                QT_CHECK(r->side != NULL, "%s: swapped person in an overlapping event", ctx);
            }
        }
    }
}

static void check_typed(const lt_pack *pack, const lt_question *q, const lt_event *ev, const char *ctx)
{
    QT_CHECK(q->n_answers >= 1, "%s: no accepted answers", ctx);
    for (int i = 0; i < q->n_answers; i++) {
        QT_CHECK(lt_quiz_judge_typed(q, q->answers[i], NULL) == LT_VERDICT_RIGHT, "%s: answer '%s' not accepted",
                 ctx, q->answers[i]);
    }
    if (q->type == LT_Q_TYPED) {
        bool found = false;
        for (size_t k = 0; k < pack->n_entities && !found; k++) {
            found = belongs(ev, q->facet, k) && (strcmp(lt_entity_label(&pack->entities[k], LT_LANG_RU), q->answers[0]) == 0 ||
                                                 strcmp(lt_entity_label(&pack->entities[k], LT_LANG_EN), q->answers[0]) == 0);
        }
        QT_CHECK(found, "%s: answer not of the fact", ctx);
    }
    /* A typo in a long answer is forgiven; a made-up word is not. */
    char typo[LT_QUIZ_ANSWER_LEN];
    snprintf(typo, sizeof typo, "%s", q->answers[0]);
    size_t n = strlen(typo);
    if (n >= 12 && (unsigned char)typo[0] < 0x80 && (unsigned char)typo[1] < 0x80 && typo[0] != typo[1] &&
        typo[0] != ' ' && typo[1] != ' ') {
        char t = typo[0];
        typo[0] = typo[1];
        typo[1] = t;
        QT_CHECK(lt_quiz_judge_typed(q, typo, NULL) != LT_VERDICT_WRONG, "%s: swap typo '%s' not forgiven", ctx, typo);
    }
    QT_CHECK(lt_quiz_judge_typed(q, "Жзщъ Qwfpgj", NULL) == LT_VERDICT_WRONG, "%s: nonsense accepted", ctx);
    QT_CHECK(lt_quiz_judge_typed(q, " ", NULL) == LT_VERDICT_WRONG, "%s: empty accepted", ctx);
    if (q->type == LT_Q_CLOZE) {
        QT_CHECK(strstr(q->explanation, q->answers[0]) != NULL, "%s: cloze answer '%s' not in the text", ctx,
                 q->answers[0]);
        QT_CHECK(strstr(q->cloze, LT_QUIZ_BLANK) != NULL && strstr(q->cloze, q->answers[0]) == NULL,
                 "%s: cloze '%s' not blanked", ctx, q->cloze);
        QT_CHECK(strstr(q->prompt, q->cloze) != NULL, "%s: prompt lacks the cloze text", ctx);
    }
}

static void check_date(const lt_question *q, const lt_event *ev, const char *ctx)
{
    QT_CHECK(lt_date_same(&q->date, &ev->date) && q->date_prec == ev->date.from.prec, "%s: date differs", ctx);
    QT_CHECK(lt_quiz_judge_date(q, &q->date.from) == LT_VERDICT_RIGHT, "%s: the date itself is not right", ctx);
    QT_CHECK(lt_quiz_judge_date(q, &q->date.to) == LT_VERDICT_RIGHT, "%s: the range end is not right", ctx);
    lt_datept p = q->date.from;
    p.year += 1;
    QT_CHECK(lt_quiz_judge_date(q, &p) == LT_VERDICT_WRONG, "%s: a year off is not wrong", ctx);
    if (q->date_prec == LT_PREC_DAY && !q->date.range) {
        p = q->date.from;
        p.day = p.day == 1 ? 2 : p.day - 1;
        QT_CHECK(lt_quiz_judge_date(q, &p) == LT_VERDICT_CLOSE, "%s: a day off is not close", ctx);
    }
}

static void check_order(const lt_pack *pack, const lt_question *q, const char *ctx, int *ties)
{
    int n = q->n_options;
    QT_CHECK(n >= LT_QUIZ_ORDER_MIN && n <= LT_QUIZ_ORDER_MAX, "%s: %d items", ctx, n);
    for (int i = 0; i < n; i++) {
        QT_CHECK(lt_date_same(&q->item_date[i], &pack->events[q->option_ref[i]].date), "%s: item date", ctx);
        for (int j = 0; j < n; j++) {
            QT_CHECK(q->before[i][j] == (i == j ? 0 : lt_date_order(&q->item_date[i], &q->item_date[j])),
                     "%s: before[%d][%d]", ctx, i, j);
        }
    }
    QT_CHECK(lt_quiz_judge_order(q, q->order, n) == LT_VERDICT_RIGHT, "%s: the right order is not right", ctx);
    int rev[LT_QUIZ_OPTIONS_MAX];
    for (int i = 0; i < n; i++) {
        rev[i] = q->order[n - 1 - i];
    }
    QT_CHECK(lt_quiz_judge_order(q, rev, n) != LT_VERDICT_RIGHT, "%s: the reversed order is right", ctx);
    for (int i = 0; i + 1 < n; i++) { /* neighbours equal at their precision may swap */
        int p[LT_QUIZ_OPTIONS_MAX];
        memcpy(p, q->order, sizeof p);
        int t = p[i];
        p[i] = p[i + 1];
        p[i + 1] = t;
        lt_verdict v = lt_quiz_judge_order(q, p, n);
        if (q->before[q->order[i]][q->order[i + 1]] == 0) {
            (*ties)++;
            QT_CHECK(v == LT_VERDICT_RIGHT, "%s: an equal-precision swap is not accepted", ctx);
        } else {
            QT_CHECK(v == LT_VERDICT_CLOSE, "%s: a wrong neighbour swap is %s", ctx, lt_verdict_name(v));
        }
    }
}

static void check_match(const lt_pack *pack, const lt_question *q, lt_lang lang, const char *ctx)
{
    QT_CHECK(q->n_options == LT_QUIZ_MATCH_PAIRS, "%s: %d pairs", ctx, q->n_options);
    for (int i = 0; i < q->n_options; i++) {
        char want[LT_QUIZ_OPTION_MAX];
        int ref = q->option_ref[i];
        if (q->facet == LT_FACET_WHO) {
            snprintf(want, sizeof want, "%s", lt_text_get(&pack->entities[ref].role, lang));
        } else if (q->facet == LT_FACET_WHEN) {
            lt_date_format(&pack->events[ref].date, (int)lang, want, sizeof want);
        } else {
            want[0] = '\0';
            for (size_t e = 0; e < pack->n_events && want[0] == '\0'; e++) { /* the signing event */
                const lt_event *ev = &pack->events[e];
                if (ev->n_documents > 0 && ev->documents[0] == (size_t)ref && ev->kind != NULL &&
                    (strcmp(ev->kind, "document") == 0 || strcmp(ev->kind, "decree") == 0)) {
                    lt_date_format(&ev->date, (int)lang, want, sizeof want);
                }
            }
        }
        QT_CHECK(strcmp(q->match[q->match_answer[i]], want) == 0, "%s: '%s' paired with '%s', want '%s'", ctx,
                 q->options[i], q->match[q->match_answer[i]], want);
    }
    QT_CHECK(lt_quiz_judge_match(q, q->match_answer, q->n_options) == LT_VERDICT_RIGHT, "%s: right pairs", ctx);
    int p[LT_QUIZ_MATCH_PAIRS];
    memcpy(p, q->match_answer, sizeof p);
    int t = p[0];
    p[0] = p[1];
    p[1] = t;
    lt_verdict v = lt_quiz_judge_match(q, p, q->n_options);
    QT_CHECK(v == (lt_norm_equal(q->match[p[0]], q->match[p[1]]) ? LT_VERDICT_RIGHT : LT_VERDICT_CLOSE),
             "%s: one swapped pair is %s", ctx, lt_verdict_name(v));
}

/* The right answer of any question, as a player would give it. */
static lt_answer right_answer(const lt_question *q)
{
    lt_answer a;
    memset(&a, 0, sizeof a);
    a.choice = q->correct;
    a.mask = q->correct_mask;
    a.text = q->answers[0];
    a.date = q->date.from;
    if (q->type == LT_Q_ORDER || q->type == LT_Q_MATCH) {
        a.n_perm = q->n_options;
        memcpy(a.perm, q->type == LT_Q_ORDER ? q->order : q->match_answer, sizeof(int) * (size_t)q->n_options);
    }
    return a;
}

/* Checks that apply to every question, generated or hand-written. */
static void check_common(const lt_question *q, const char *ctx)
{
    lt_answer a = right_answer(q);
    lt_judgement j;
    QT_CHECK(lt_quiz_judge(q, &a, &j) == LT_VERDICT_RIGHT, "%s: the right answer judged %s", ctx,
             lt_verdict_name(j.verdict));
    QT_CHECK(j.n_right == j.n_total, "%s: right answer with %d of %d parts", ctx, j.n_right, j.n_total);
    QT_CHECK(q->prompt[0] && q->answer[0], "%s: empty prompt or answer", ctx);
    check_options_distinct(q, ctx);
}

/* Checks one question of any type against the pack. */
static void check_any(const lt_pack *pack, const lt_question *q, lt_qtype type, lt_lang lang, const char *ctx,
                      int *ties)
{
    check_common(q, ctx);
    if (q->hand >= 0) {
        QT_CHECK(q->facet == LT_FACET_HAND, "%s: hand question of facet %d", ctx, q->facet);
        return;
    }
    QT_CHECK(q->type == type, "%s: type %d", ctx, q->type);
    QT_CHECK(q->explanation[0] != '\0', "%s: no explanation", ctx);
    const lt_event *ev = &pack->events[q->event];
    switch (type) {
    case LT_Q_CHOICE: check_choice(pack, q, ev, ctx); break;
    case LT_Q_MULTI: check_multi(pack, q, ev, ctx); break;
    case LT_Q_TRUEFALSE: check_tf(pack, q, ev, ctx); break;
    case LT_Q_TYPED:
    case LT_Q_CLOZE: check_typed(pack, q, ev, ctx); break;
    case LT_Q_DATE: check_date(q, ev, ctx); break;
    case LT_Q_ORDER: check_order(pack, q, ctx, ties); break;
    case LT_Q_MATCH: check_match(pack, q, lang, ctx); break;
    default: QT_CHECK(false, "%s: unknown type", ctx); break;
    }
}

int qt_types_run(lt_pack *pack)
{
    size_t nf = lt_quiz_facts(pack, NULL, 0);
    lt_quiz_fact *facts = calloc(nf + 1, sizeof *facts);
    lt_question *q = malloc(sizeof *q);
    nf = lt_quiz_facts(pack, facts, nf);
    int per_type[LT_Q_TYPE_COUNT] = {0}, facts_of[LT_Q_TYPE_COUNT] = {0}, ties = 0;
    for (size_t f = 0; f < nf; f++) {
        for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
            facts_of[t] += (facts[f].types >> t) & 1u;
        }
    }
    /* Every seed asks PER_SEED facts of each type (rotating through the
     * facts, so each is asked many times) in both languages. */
    int *of_type = calloc(nf + 1, sizeof *of_type);
    for (unsigned seed = 0; seed < SEEDS; seed++) {
        for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
            int m = 0;
            for (size_t f = 0; f < nf; f++) {
                if ((facts[f].types >> t) & 1u) {
                    of_type[m++] = (int)f;
                }
            }
            for (int k = 0; k < PER_SEED && k < m; k++) {
                size_t f = (size_t)of_type[(seed * PER_SEED + (unsigned)k) % (unsigned)m];
                for (int l = 0; l < LT_LANG_COUNT; l++) {
                    lt_rng rng;
                    lt_rng_seed(&rng, seed * 2u + (unsigned)l);
                    char ctx[96];
                    snprintf(ctx, sizeof ctx, "seed %u %s %s %s/%s", seed, lt_lang_code((lt_lang)l),
                             facts[f].event >= 0 ? pack->events[facts[f].event].id : "-",
                             lt_facet_name(facts[f].facet), lt_quiz_type_name((lt_qtype)t));
                    bool ok = lt_quiz_make_fact(pack, &facts[f], (lt_qtype)t, (lt_lang)l, &rng, q);
                    QT_CHECK(ok, "%s: listed as askable but not made", ctx);
                    if (ok) {
                        check_any(pack, q, (lt_qtype)t, (lt_lang)l, ctx, &ties);
                        per_type[t]++;
                    }
                }
            }
        }
    }
    free(of_type);
    printf("facts: %zu;", nf);
    for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
        printf(" %s %d facts/%d questions%s", lt_quiz_type_name((lt_qtype)t), facts_of[t], per_type[t],
               t + 1 < LT_Q_TYPE_COUNT ? "," : "\n");
        QT_CHECK(facts_of[t] > 0, "no fact can be asked as %s", lt_quiz_type_name((lt_qtype)t));
    }
    printf("order: %d equal-precision neighbour swaps accepted\n", ties);
    QT_CHECK(ties > 0, "no order question had items equal at their precision");

    /* Rounds mixing every type. */
    int type_seen[LT_Q_TYPE_COUNT] = {0};
    lt_question *round = calloc(LT_QUIZ_ROUND_LEN, sizeof *round);
    for (unsigned seed = 0; seed < 200; seed++) {
        lt_lang lang = (lt_lang)(seed % 2);
        int n = lt_quiz_round_from(pack, facts, nf, lang, seed, 0, round, LT_QUIZ_ROUND_LEN);
        QT_CHECK(n == LT_QUIZ_ROUND_LEN, "round %u: %d questions", seed, n);
        int kinds = 0;
        bool seen[LT_Q_TYPE_COUNT] = {false};
        for (int i = 0; i < n; i++) {
            char ctx[64];
            snprintf(ctx, sizeof ctx, "round %u #%d", seed, i);
            check_any(pack, &round[i], round[i].type, lang, ctx, &ties);
            QT_CHECK(i == 0 || round[i].event == LT_QUIZ_NO_EVENT || round[i].event != round[i - 1].event,
                     "%s: same fact twice in a row", ctx);
            for (int j = 0; j < i; j++) {
                QT_CHECK(round[i].event == LT_QUIZ_NO_EVENT || round[i].event != round[j].event,
                         "%s: fact %s asked twice", ctx, pack->events[round[i].event].id);
            }
            kinds += !seen[round[i].type];
            seen[round[i].type] = true;
            type_seen[round[i].type]++;
        }
        QT_CHECK(kinds == LT_Q_TYPE_COUNT, "round %u: %d types of %d", seed, kinds, LT_Q_TYPE_COUNT);
        int m = lt_quiz_round_from(pack, facts, nf, lang, seed, 1u << (seed % LT_Q_TYPE_COUNT), round, 6);
        QT_CHECK(m >= 3, "round %u of one type: %d questions", seed, m);
        for (int i = 0; i < m; i++) {
            QT_CHECK(round[i].type == (lt_qtype)(seed % LT_Q_TYPE_COUNT), "one-type round gave %d", round[i].type);
            check_any(pack, &round[i], round[i].type, lang, "one-type round", &ties);
        }
    }
    lt_question *a = calloc(LT_QUIZ_ROUND_LEN, sizeof *a);
    int na = lt_quiz_round_types(pack, LT_LANG_RU, 7, 0, a, LT_QUIZ_ROUND_LEN);
    int nb = lt_quiz_round_from(pack, facts, nf, LT_LANG_RU, 7, 0, round, LT_QUIZ_ROUND_LEN);
    QT_CHECK(na == nb && memcmp(a, round, sizeof *a * (size_t)na) == 0, "round_types and round_from differ");
    printf("types over 200 mixed rounds:");
    for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
        printf(" %s %d", lt_quiz_type_name((lt_qtype)t), type_seen[t]);
    }
    printf("\n");
    free(a);
    free(round);
    free(q);
    free(facts);
    printf("types: %d checks, %d failed\n", qt_checks, qt_failures);
    return qt_failures;
}

/* ---- catalog ------------------------------------------------------------- */

static void print_question(const lt_pack *pack, int k, const lt_question *q)
{
    char date[96];
    printf("%d. [%s %s %s] %s\n", k, q->event < pack->n_events ? pack->events[q->event].id : "-",
           lt_facet_name(q->facet), lt_quiz_type_name(q->type), q->prompt);
    switch (q->type) {
    case LT_Q_ORDER:
        for (int i = 0; i < q->n_options; i++) {
            lt_date_to_string(&q->item_date[i], date, sizeof date);
            printf("     %d) %s {%s}\n", i + 1, q->options[i], date);
        }
        break;
    case LT_Q_MATCH:
        for (int i = 0; i < q->n_options; i++) {
            printf("     %d) %-s  ~  %c) %s\n", i + 1, q->options[i], 'a' + i, q->match[i]);
        }
        break;
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        printf("   accepts:");
        for (int i = 0; i < q->n_answers; i++) {
            printf("%s %s", i ? " |" : "", q->answers[i]);
        }
        printf("\n");
        break;
    case LT_Q_DATE:
        lt_date_to_string(&q->date, date, sizeof date);
        printf("   date: %s (pick the %s)\n", date,
               (const char *[]){"-", "year", "month", "part", "day"}[q->date_prec]);
        break;
    default:
        for (int i = 0; i < q->n_options; i++) {
            printf("   %c %d) %s\n", (q->correct_mask >> i) & 1u ? '*' : ' ', i + 1, q->options[i]);
            if (q->notes[i][0]) {
                printf("        note: %s\n", q->notes[i]);
            }
        }
        break;
    }
    if (q->note[0]) {
        printf("   note: %s\n", q->note);
    }
    printf("   answer: %s\n", q->answer);
    printf("   = %s [p%d%s]\n", q->explanation, q->paragraph, q->external ? ", external" : "");
}

void qt_types_catalog(const lt_pack *pack)
{
    static const unsigned seeds[] = {1, 1956};
    size_t nf = lt_quiz_facts(pack, NULL, 0);
    lt_quiz_fact *facts = calloc(nf + 1, sizeof *facts);
    lt_question *qs = calloc(4, sizeof *qs);
    nf = lt_quiz_facts(pack, facts, nf);
    for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
        for (size_t s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
            for (int l = 0; l < LT_LANG_COUNT; l++) {
                int n = lt_quiz_round_from(pack, facts, nf, (lt_lang)l, seeds[s], 1u << t, qs, 3);
                printf("# type %s seed %u lang %s: %d questions\n", lt_quiz_type_name((lt_qtype)t), seeds[s],
                       lt_lang_code((lt_lang)l), n);
                for (int i = 0; i < n; i++) {
                    print_question(pack, i + 1, &qs[i]);
                }
            }
        }
    }
    for (size_t s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
        lt_question *mix = calloc(LT_QUIZ_ROUND_LEN, sizeof *mix);
        int n = lt_quiz_round_from(pack, facts, nf, LT_LANG_RU, seeds[s], 0, mix, LT_QUIZ_ROUND_LEN);
        printf("# mixed round seed %u lang ru: %d questions\n", seeds[s], n);
        for (int i = 0; i < n; i++) {
            print_question(pack, i + 1, &mix[i]);
        }
        free(mix);
    }
    free(qs);
    free(facts);
}
