/* test_quiz_hand.c: hand-written questions of every type (the pack's own and
 * made-up ones), confusion notes on tempting options, and the judges on
 * questions built by hand. Depends on: lt_quiz.h, qt_types.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_quiz.h"
#include "qt.h"
#include "qt_types.h"

#define T(ru, en) {{(ru), (en)}}

static lt_hand_option opt(const char *ru, const char *en, bool correct, const char *note)
{
    lt_hand_option o;
    memset(&o, 0, sizeof o);
    o.text.s[LT_LANG_RU] = ru;
    o.text.s[LT_LANG_EN] = en;
    o.correct = correct;
    o.note.s[LT_LANG_RU] = note;
    return o;
}

static lt_hand_option pair(const char *l, const char *r)
{
    lt_hand_option o = opt(l, NULL, false, NULL);
    o.match.s[LT_LANG_RU] = r;
    return o;
}

static int bits_of(unsigned v)
{
    int n = 0;
    for (; v; v &= v - 1u) {
        n++;
    }
    return n;
}

static lt_datept day(int y, int m, int d)
{
    lt_datept p = {y, m, d, LT_PREC_DAY, LT_PART_NONE};
    return p;
}

/* The pack's own hand-written questions, over seeds and languages. */
static void check_pack_questions(const lt_pack *pack)
{
    lt_question *q = malloc(sizeof *q);
    for (size_t h = 0; h < pack->n_questions; h++) {
        const lt_hand_question *hq = &pack->questions[h];
        for (unsigned seed = 0; seed < 100; seed++) {
            for (int l = 0; l < LT_LANG_COUNT; l++) {
                lt_rng rng;
                lt_rng_seed(&rng, seed);
                bool ok = lt_quiz_make_hand(pack, h, (lt_lang)l, &rng, q);
                QT_CHECK(ok, "hand %s: not made", hq->id);
                if (!ok) {
                    continue;
                }
                QT_CHECK(q->type == hq->type && q->hand == (int)h && q->facet == LT_FACET_HAND, "hand %s: kind",
                         hq->id);
                QT_CHECK(strcmp(q->prompt, lt_text_get(&hq->prompt, (lt_lang)l)) == 0, "hand %s: prompt", hq->id);
                for (int i = 0; i < q->n_options; i++) {
                    bool right = (q->correct_mask >> i) & 1u;
                    QT_CHECK(!right || q->notes[i][0] == '\0', "hand %s: note on a right option", hq->id);
                }
            }
        }
    }
    /* What the default pack says in particular. */
    int signers = -1, in_force = -1;
    for (size_t h = 0; h < pack->n_questions; h++) {
        if (strcmp(pack->questions[h].id, "japan-signatories") == 0) {
            signers = (int)h;
        } else if (strcmp(pack->questions[h].id, "in-force-on-signing") == 0) {
            in_force = (int)h;
        }
    }
    if (signers >= 0 && lt_quiz_make_hand(pack, (size_t)signers, LT_LANG_RU, NULL, q)) {
        int notes = 0;
        for (int i = 0; i < q->n_options; i++) {
            notes += q->notes[i][0] != '\0';
            QT_CHECK(q->notes[i][0] == '\0' || strstr(q->options[i], "Сигэмицу") != NULL, "note on '%s'",
                     q->options[i]);
        }
        QT_CHECK(notes == 1 && q->n_options == 4 && q->correct_mask == 7u, "japan-signatories: %d notes mask %x",
                 notes, q->correct_mask);
        QT_CHECK(lt_quiz_judge_multi(q, 7u) == LT_VERDICT_RIGHT && lt_quiz_judge_multi(q, 3u) == LT_VERDICT_CLOSE,
                 "japan-signatories judged");
    }
    if (in_force >= 0 && lt_quiz_make_hand(pack, (size_t)in_force, LT_LANG_EN, NULL, q)) {
        QT_CHECK(!q->truth && q->correct == 1 && strcmp(q->options[0], "True") == 0, "in-force-on-signing: false");
    }
    free(q);
}

/* Made-up hand questions of every type on the pack. */
static void check_made_up(lt_pack *pack)
{
    static const char *typed_answers[] = {"Хатояма", "Итиро Хатояма", "Hatoyama"};
    static const char *cloze_answers[] = {"Москве", "Москва", "Moscow"};
    static const char *date_answers[] = {"1956-10-19"};
    static const char *bad_date[] = {"1956-13-40"};
    lt_hand_option choice[] = {opt("Москва", "Moscow", true, NULL), opt("Токио", "Tokyo", false, "Там грамоты обменяли."),
                               opt("Лондон", "London", false, NULL)};
    lt_hand_option multi[] = {opt("Хатояма", NULL, true, NULL), opt("Коно", NULL, true, NULL),
                              opt("Сигэмицу", NULL, false, "Он вёл августовские переговоры.")};
    lt_hand_option order[] = {opt("Лондон", NULL, false, NULL), opt("Рыба", NULL, false, NULL),
                              opt("Декларация", NULL, false, NULL), opt("ООН", NULL, false, NULL)};
    lt_hand_option match[] = {pair("Хатояма", "премьер"), pair("Шепилов", "министр"), pair("Даллес", "госсекретарь")};
    lt_hand_option tf1[] = {opt("да", NULL, false, NULL)};
    lt_hand_option same[] = {opt("Москва", NULL, true, NULL), opt("«москва»", NULL, false, NULL)};
    int f16 = lt_pack_find_event(pack, "F16");
    lt_hand_question made[] = {
        {"c", LT_Q_CHOICE, T("Где подписали?", "Where?"), choice, 3, NULL, 0, T("", ""), f16, -1, 0, 0, {0}},
        {"m", LT_Q_MULTI, T("Кто подписал?", NULL), multi, 3, NULL, 0, T("", ""), -1, -1, 0, 0, {0}},
        {"o", LT_Q_ORDER, T("По порядку", NULL), order, 4, NULL, 0, T("", ""), -1, -1, 0, 0, {0}},
        {"x", LT_Q_MATCH, T("Пары", NULL), match, 3, NULL, 0, T("", ""), -1, -1, 0, 0, {0}},
        {"t", LT_Q_TYPED, T("Кто?", NULL), NULL, 0, typed_answers, 3, T("", ""), -1, -1, 0, 0, {0}},
        {"z", LT_Q_CLOZE, T("Подписали в ___.", NULL), NULL, 0, cloze_answers, 3, T("", ""), -1, -1, 0, 0, {0}},
        {"d", LT_Q_DATE, T("Когда?", NULL), NULL, 0, date_answers, 1, T("", ""), -1, -1, 0, 0, {0}},
        {"e", LT_Q_DATE, T("Когда подписали?", NULL), NULL, 0, NULL, 0, T("", ""), f16, -1, 0, 0, {0}},
        {"f", LT_Q_TRUEFALSE, T("Верно?", NULL), tf1, 1, NULL, 0, T("", ""), -1, -1, 0, 0, {0}},
        {"bad1", LT_Q_DATE, T("Когда?", NULL), NULL, 0, bad_date, 1, T("", ""), -1, -1, 0, 0, {0}},
        {"bad2", LT_Q_CHOICE, T("Где?", NULL), same, 2, NULL, 0, T("", ""), -1, -1, 0, 0, {0}},
    };
    lt_hand_question *saved = pack->questions;
    size_t saved_n = pack->n_questions;
    pack->questions = made;
    pack->n_questions = sizeof made / sizeof made[0];
    lt_question *q = malloc(sizeof *q);
    lt_rng rng;
    lt_rng_seed(&rng, 5);

    QT_CHECK(lt_quiz_make_hand(pack, 0, LT_LANG_RU, &rng, q), "hand choice");
    QT_CHECK(q->n_options == 3 && strcmp(q->options[q->correct], "Москва") == 0, "hand choice right option");
    for (int i = 0; i < q->n_options; i++) {
        QT_CHECK((strcmp(q->options[i], "Токио") == 0) == (q->notes[i][0] != '\0'), "hand choice note on %d", i);
    }
    QT_CHECK(q->event == (size_t)f16 && q->paragraph == pack->events[f16].paragraph, "hand choice keeps its event");
    QT_CHECK(lt_quiz_make_hand(pack, 0, LT_LANG_EN, &rng, q) && strcmp(q->options[q->correct], "Moscow") == 0,
             "hand choice in English");

    QT_CHECK(lt_quiz_make_hand(pack, 1, LT_LANG_RU, &rng, q) && q->n_options == 3 && bits_of(q->correct_mask) == 2,
             "hand multi");
    QT_CHECK(q->event == LT_QUIZ_NO_EVENT, "hand question about no event");

    QT_CHECK(lt_quiz_make_hand(pack, 2, LT_LANG_RU, &rng, q) && q->n_options == 4, "hand order");
    QT_CHECK(strcmp(q->options[q->order[0]], "Лондон") == 0 && strcmp(q->options[q->order[3]], "ООН") == 0,
             "hand order: right order kept");
    QT_CHECK(lt_quiz_judge_order(q, q->order, 4) == LT_VERDICT_RIGHT, "hand order judged right");
    int p[4] = {q->order[1], q->order[0], q->order[2], q->order[3]};
    QT_CHECK(lt_quiz_judge_order(q, p, 4) == LT_VERDICT_CLOSE, "hand order: one neighbour swap is close");
    int r[4] = {q->order[3], q->order[2], q->order[1], q->order[0]};
    QT_CHECK(lt_quiz_judge_order(q, r, 4) == LT_VERDICT_WRONG, "hand order reversed is wrong");
    int dup[4] = {q->order[0], q->order[0], q->order[2], q->order[3]};
    QT_CHECK(lt_quiz_judge_order(q, dup, 4) == LT_VERDICT_WRONG, "an item twice is wrong");

    QT_CHECK(lt_quiz_make_hand(pack, 3, LT_LANG_RU, &rng, q) && q->n_options == 3, "hand match");
    for (int i = 0; i < 3; i++) {
        const char *want = strcmp(q->options[i], "Хатояма") == 0 ? "премьер"
                           : strcmp(q->options[i], "Шепилов") == 0 ? "министр"
                                                                   : "госсекретарь";
        QT_CHECK(strcmp(q->match[q->match_answer[i]], want) == 0, "hand match pair %d", i);
    }
    QT_CHECK(lt_quiz_judge_match(q, q->match_answer, 3) == LT_VERDICT_RIGHT, "hand match right");
    int sw[3] = {q->match_answer[1], q->match_answer[0], q->match_answer[2]};
    QT_CHECK(lt_quiz_judge_match(q, sw, 3) == LT_VERDICT_CLOSE, "hand match one swap close");

    QT_CHECK(lt_quiz_make_hand(pack, 4, LT_LANG_RU, &rng, q) && q->n_answers == 3, "hand typed");
    lt_norm_result nr;
    QT_CHECK(lt_quiz_judge_typed(q, "hatoyama", &nr) == LT_VERDICT_RIGHT && nr.alt == 2, "hand typed: Hatoyama");
    QT_CHECK(lt_quiz_judge_typed(q, "Хатояам", &nr) == LT_VERDICT_CLOSE, "hand typed: a typo");
    lt_answer a = {.text = "Хотояма"};
    lt_judgement j;
    QT_CHECK(lt_quiz_judge(q, &a, &j) == LT_VERDICT_CLOSE && j.typed.n_ops > 1, "hand typed: judged with a diff");
    char diff[128];
    lt_norm_render(&j.typed, diff, sizeof diff);
    QT_CHECK(strcmp(diff, "Х[а→о]тояма") == 0, "hand typed diff '%s'", diff);

    QT_CHECK(lt_quiz_make_hand(pack, 5, LT_LANG_RU, &rng, q) && strstr(q->cloze, "___") != NULL, "hand cloze");
    QT_CHECK(lt_quiz_judge_typed(q, "москве", NULL) == LT_VERDICT_RIGHT, "hand cloze answer");

    QT_CHECK(lt_quiz_make_hand(pack, 6, LT_LANG_RU, &rng, q) && q->date_prec == LT_PREC_DAY, "hand date");
    lt_datept d = day(1956, 10, 19);
    QT_CHECK(lt_quiz_judge_date(q, &d) == LT_VERDICT_RIGHT, "hand date right");
    d = day(1956, 10, 18);
    QT_CHECK(lt_quiz_judge_date(q, &d) == LT_VERDICT_CLOSE, "hand date: a day off is close");
    d = day(1956, 12, 19);
    QT_CHECK(lt_quiz_judge_date(q, &d) == LT_VERDICT_WRONG, "hand date: another month is wrong");
    d = (lt_datept){1956, 10, 0, LT_PREC_MONTH, LT_PART_NONE};
    QT_CHECK(lt_quiz_judge_date(q, &d) == LT_VERDICT_CLOSE, "hand date: the month alone is close");
    d = (lt_datept){1956, 0, 0, LT_PREC_YEAR, LT_PART_NONE};
    QT_CHECK(lt_quiz_judge_date(q, &d) == LT_VERDICT_WRONG, "hand date: the year alone is wrong");
    d = (lt_datept){1956, 13, 1, LT_PREC_DAY, LT_PART_NONE};
    QT_CHECK(lt_quiz_judge_date(q, &d) == LT_VERDICT_WRONG, "a month 13 is wrong");
    QT_CHECK(lt_quiz_make_hand(pack, 7, LT_LANG_RU, &rng, q) && lt_date_same(&q->date, &pack->events[f16].date),
             "hand date from its event");
    QT_CHECK(lt_quiz_make_hand(pack, 8, LT_LANG_RU, &rng, q) && !q->truth && q->correct == 1, "hand truefalse");
    QT_CHECK(!lt_quiz_make_hand(pack, 9, LT_LANG_RU, &rng, q), "a bad date is refused");
    QT_CHECK(!lt_quiz_make_hand(pack, 10, LT_LANG_RU, &rng, q), "options alike are refused");

    size_t nf = lt_quiz_facts(pack, NULL, 0);
    lt_quiz_fact *facts = calloc(nf, sizeof *facts);
    nf = lt_quiz_facts(pack, facts, nf);
    int hands = 0;
    for (size_t i = 0; i < nf; i++) {
        hands += facts[i].facet == LT_FACET_HAND;
    }
    QT_CHECK(hands == 9, "facts list %d hand questions, want 9", hands);
    free(facts);
    free(q);
    pack->questions = saved;
    pack->n_questions = saved_n;
}

/* Judging date ranges and parts of months. */
static void check_date_ranges(void)
{
    lt_question *q = calloc(1, sizeof *q);
    q->type = LT_Q_DATE;
    char err[128];
    lt_date_parse("1956-04/1956-05", &q->date, err, sizeof err);
    q->date_prec = LT_PREC_MONTH;
    lt_datept apr = {1956, 4, 0, LT_PREC_MONTH, LT_PART_NONE}, may = apr, jun = apr, aug = apr, day14 = day(1956, 5, 14);
    may.month = 5;
    jun.month = 6;
    aug.month = 8;
    QT_CHECK(lt_quiz_judge_date(q, &apr) == LT_VERDICT_RIGHT && lt_quiz_judge_date(q, &may) == LT_VERDICT_RIGHT,
             "both months of a range are right");
    QT_CHECK(lt_quiz_judge_date(q, &day14) == LT_VERDICT_RIGHT, "a day inside the range is right");
    QT_CHECK(lt_quiz_judge_date(q, &jun) == LT_VERDICT_CLOSE, "the month after a range is close");
    QT_CHECK(lt_quiz_judge_date(q, &aug) == LT_VERDICT_WRONG, "three months off is wrong");
    lt_date_parse("1956-11-late", &q->date, err, sizeof err);
    q->date_prec = LT_PREC_PART;
    lt_datept late = {1956, 11, 0, LT_PREC_PART, LT_PART_LATE}, mid = late, d25 = day(1956, 11, 25);
    mid.part = LT_PART_MID;
    QT_CHECK(lt_quiz_judge_date(q, &late) == LT_VERDICT_RIGHT, "late November right");
    QT_CHECK(lt_quiz_judge_date(q, &d25) == LT_VERDICT_RIGHT, "25 November is late November");
    QT_CHECK(lt_quiz_judge_date(q, &mid) == LT_VERDICT_CLOSE, "mid November close");
    free(q);
}

/* Confusion notes: the pack's confusable values come first and carry their
 * note when offered as wrong ones. */
static void check_confusions(const lt_pack *pack)
{
    static const struct {
        const char *event;
        lt_facet facet;
    } cases[] = {{"F16", LT_FACET_WHEN}, {"F23", LT_FACET_WHEN}, {"F02", LT_FACET_WHERE}};
    lt_question *q = malloc(sizeof *q);
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        int e = lt_pack_find_event(pack, cases[c].event);
        if (e < 0 || pack->events[e].n_confusions == 0) {
            continue;
        }
        const lt_confusion *conf = &pack->events[e].confusions[0];
        int want_ref = cases[c].facet == LT_FACET_WHEN ? conf->event : conf->entity;
        const char *note = lt_text_get(&conf->note, LT_LANG_RU);
        int falses = 0, tempting = 0, offered = 0, noted = 0;
        for (unsigned seed = 0; seed < 300; seed++) {
            lt_rng rng;
            lt_rng_seed(&rng, seed);
            if (lt_quiz_make_typed(pack, (size_t)e, cases[c].facet, LT_Q_TRUEFALSE, LT_LANG_RU, &rng, q) && !q->truth) {
                falses++;
                if (q->option_ref[1] == want_ref) {
                    tempting++;
                    QT_CHECK(strcmp(q->note, note) == 0, "%s: tempting false value without its note", cases[c].event);
                }
            }
            if (lt_quiz_make_typed(pack, (size_t)e, cases[c].facet, LT_Q_CHOICE, LT_LANG_RU, &rng, q)) {
                for (int i = 0; i < q->n_options; i++) {
                    if (i != q->correct && q->option_ref[i] == want_ref) {
                        offered++;
                        noted += strcmp(q->notes[i], note) == 0;
                    }
                }
            }
        }
        printf("confusion %s: %d of %d false statements use it; offered in %d choices, %d with the note\n",
               cases[c].event, tempting, falses, offered, noted);
        QT_CHECK(tempting * 5 >= falses && tempting > 0, "%s: the confusable value is not among the first",
                 cases[c].event);
        QT_CHECK(noted == offered, "%s: %d of %d offered without the note", cases[c].event, offered - noted, offered);
    }
    free(q);
}

int qt_hand_run(lt_pack *pack)
{
    check_pack_questions(pack);
    check_made_up(pack);
    check_date_ranges();
    check_confusions(pack);
    printf("hand and judges: %d checks, %d failed\n", qt_checks, qt_failures);
    return qt_failures;
}
