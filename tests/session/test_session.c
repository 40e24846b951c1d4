/* test_session.c: sessions end to end on the default pack with a store in a
 * temp folder and a clock the test controls. Depends on: lt_session.h, lt_store.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lt_session.h"
#include "qt.h"

#define DAY 86400000LL
#define T0 1767603600000LL /* 2026-01-05T09:00:00Z */

/* The right answer to any question, from its own fields. */
static void right_answer(const lt_question *q, lt_answer *a)
{
    memset(a, 0, sizeof *a);
    switch (q->type) {
    case LT_Q_MULTI: a->mask = q->correct_mask; break;
    case LT_Q_TYPED:
    case LT_Q_CLOZE: a->text = q->answers[0]; break;
    case LT_Q_DATE:
        a->date = q->date.from;
        a->date.prec = q->date_prec;
        break;
    case LT_Q_ORDER:
        a->n_perm = q->n_options;
        for (int i = 0; i < q->n_options; i++) {
            a->perm[i] = q->order[i];
        }
        break;
    case LT_Q_MATCH:
        a->n_perm = q->n_options;
        for (int i = 0; i < q->n_options; i++) {
            a->perm[i] = q->match_answer[i];
        }
        break;
    default: a->choice = q->correct; break;
    }
}

static lt_session *start(const lt_pack *pack, lt_store *st, const lt_profile *p, lt_mode mode, int level,
                         int64_t now)
{
    lt_session_desc d = {.pack = pack, .store = st, .profile = p, .lang = LT_LANG_RU, .mode = mode,
                         .level = level, .seed = 7, .now_ms = now, .day_start_ms = now - now % DAY};
    char err[256] = "";
    lt_session *s = lt_session_start(&d, err, sizeof err);
    QT_CHECK(s != NULL, "mode %s: %s", lt_mode_name(mode), err);
    return s;
}

/* Plays a session answering right with the given pattern; returns answers. */
static int play(lt_session *s, int64_t *now, int wrong_every)
{
    lt_question q;
    int n = 0;
    while (lt_session_next(s, *now, &q)) {
        lt_answer a;
        right_answer(&q, &a);
        bool wrong = wrong_every > 0 && n % wrong_every == wrong_every - 1;
        lt_session_result r;
        QT_CHECK(lt_session_answer(s, wrong ? NULL : &a, 3000, false, *now, &r), "answer refused");
        if (!wrong) {
            QT_CHECK(r.judgement.verdict == LT_VERDICT_RIGHT, "right answer to a %s question judged %d (%s)",
                     lt_quiz_type_name(q.type), (int)r.judgement.verdict, q.prompt);
        }
        n++;
        *now += 8000;
    }
    return n;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_session PACK TMPDIR\n");
        return 2;
    }
    char cmd[1100];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", argv[2]);
    QT_CHECK(system(cmd) == 0, "cannot clean");
    lt_diags diags = {0};
    lt_pack *pack = lt_pack_load(argv[1], &diags);
    lt_diags_free(&diags);
    char err[512];
    lt_store *st = lt_store_open(argv[2], err, sizeof err);
    QT_CHECK(pack != NULL && st != NULL, "set-up: %s", err);
    if (pack == NULL || st == NULL) {
        return QT_DONE();
    }
    int64_t id = lt_store_profile_create(st, "Тест", T0);
    lt_profile prof;
    QT_CHECK(lt_store_profile_get(st, id, &prof), "profile");
    int64_t now = T0;

    /* Quick round: ten choice questions, every answer committed. */
    lt_session *s = start(pack, st, &prof, LT_MODE_QUICK, -1, now);
    int n = play(s, &now, 0);
    QT_CHECK(n == LT_QUIZ_ROUND_LEN, "quick round asked %d", n);
    lt_session_summary sum;
    lt_session_summary_get(s, now, &sum);
    QT_CHECK(sum.right == n && sum.wrong == 0 && sum.score > 0, "quick summary %d/%d, %d", sum.right, n, sum.score);
    QT_CHECK(sum.mastery_before == 0.0 && sum.mastery_after > 0.0, "mastery %g -> %g", sum.mastery_before,
             sum.mastery_after);
    QT_CHECK(lt_store_log_count(st, id) == n, "log has %lld rows", (long long)lt_store_log_count(st, id));
    for (int i = 0; i < n; i++) {
        QT_CHECK(lt_session_result_at(s, i)->committed, "answer %d not committed", i);
        QT_CHECK(lt_session_question(s, i)->type == LT_Q_CHOICE, "quick round asked a non-choice question");
    }
    lt_session_free(s);

    /* Practice changes nothing. */
    int64_t before = lt_store_log_count(st, id);
    s = start(pack, st, &prof, LT_MODE_PRACTICE, -1, now);
    n = play(s, &now, 3);
    QT_CHECK(n > 0 && lt_store_log_count(st, id) == before, "practice wrote to the log");
    lt_session_free(s);

    /* Study over 30 simulated days: mastery rises, every type shows up. */
    double first = -1, last = -1;
    unsigned types_seen = 0;
    int total = 0;
    for (int day = 0; day < 30; day++) {
        now = T0 + day * DAY;
        s = start(pack, st, &prof, LT_MODE_STUDY, -1, now);
        total += play(s, &now, 5);
        for (int i = 0; i < lt_session_asked(s); i++) {
            types_seen |= 1u << lt_session_question(s, i)->type;
        }
        lt_session_summary_get(s, now, &sum);
        if (day == 0) {
            first = sum.mastery_before;
        }
        last = sum.mastery_after;
        lt_session_free(s);
    }
    printf("study: %d answers over 30 days, mastery %.3f -> %.3f, types seen 0x%x\n", total, first, last,
           types_seen);
    QT_CHECK(last > first + 0.2, "mastery did not rise: %.3f -> %.3f", first, last);
    for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
        QT_CHECK(types_seen & (1u << t), "study never asked a %s question", lt_quiz_type_name((lt_qtype)t));
    }
    QT_CHECK(lt_store_log_count(st, id) == before + total, "study answers not all in the log");

    /* Exam: all types, feedback hidden; a level: pass mark honoured. */
    s = start(pack, st, &prof, LT_MODE_EXAM, -1, now);
    QT_CHECK(lt_session_hides_feedback(s), "exam shows feedback");
    n = play(s, &now, 0);
    QT_CHECK(n == LT_SESSION_EXAM_LEN, "exam asked %d", n);
    lt_session_free(s);
    s = start(pack, st, &prof, LT_MODE_LEVEL, 0, now);
    n = play(s, &now, 2); /* every second answer wrong: 50 % < 80 % */
    lt_session_summary_get(s, now, &sum);
    QT_CHECK(n > 0 && !sum.passed && sum.pass_mark > 0.5, "level passed with half wrong");
    lt_session_free(s);
    s = start(pack, st, &prof, LT_MODE_LEVEL, 0, now);
    play(s, &now, 0);
    lt_session_summary_get(s, now, &sum);
    QT_CHECK(sum.passed, "level failed with all right");
    lt_session_free(s);
    QT_CHECK(lt_session_level_open(st, &prof, pack, 0, now), "first level closed");

    /* A fresh profile: only the first level is open. */
    int64_t id2 = lt_store_profile_create(st, "Новичок", now);
    lt_profile fresh;
    lt_store_profile_get(st, id2, &fresh);
    QT_CHECK(!lt_session_level_open(st, &fresh, pack, 1, now), "second level open for a new profile");

    /* Exam-date mode: a plan for an exam in 14 days reaches 0.95 recall. */
    lt_exam_plan plan;
    QT_CHECK(lt_session_exam_plan(st, &prof, pack, now, now - now % DAY, now + 14 * DAY, &plan), "exam plan");
    QT_CHECK(plan.days == 14, "plan covers %d days", plan.days);
    QT_CHECK(plan.min_recall >= 0.95, "plan reaches only %.3f", plan.min_recall);
    int planned = 0;
    for (int d = 0; d < plan.days; d++) {
        planned += plan.reviews[d] + plan.new_cards[d];
    }
    QT_CHECK(planned > 0, "an empty plan");
    lt_exam_plan_free(&plan);
    QT_CHECK(!lt_session_exam_plan(st, &prof, pack, now, now - now % DAY, now - DAY, &plan), "exam in the past");

    /* No store: a session still plays. */
    s = start(pack, NULL, NULL, LT_MODE_QUICK, -1, now);
    QT_CHECK(play(s, &now, 0) == LT_QUIZ_ROUND_LEN, "quick round without a store");
    lt_session_summary_get(s, now, &sum);
    QT_CHECK(sum.mastery_after < 0, "mastery without a store");
    lt_session_free(s);

    lt_store_close(st);
    /* The review log keeps what was answered (the picked option, the typed text). */
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    snprintf(cmd, sizeof cmd, "%s/letopis.db", argv[2]);
    int with_text = -1;
    if (sqlite3_open(cmd, &db) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "SELECT count(*) FROM review_log WHERE answer IS NOT NULL AND answer <> '';", -1,
                           &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW) {
        with_text = sqlite3_column_int(q, 0);
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    QT_CHECK(with_text >= LT_QUIZ_ROUND_LEN, "answers with text in the log: %d", with_text);
    lt_pack_free(pack);
    return QT_DONE();
}
