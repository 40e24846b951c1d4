/* lt_session.h: one sitting of play in a mode (quick round, study, exam,
 * level, free practice): which question comes next, judging, grading into
 * FSRS, committing each answer, scoring, and the summary at the end.
 * Depends on: lt_pack.h, lt_quiz.h, lt_sched.h, lt_store.h, lt_score.h. No SDL. */
#ifndef LT_SESSION_H
#define LT_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "lt_pack.h"
#include "lt_quiz.h"
#include "lt_sched.h"
#include "lt_score.h"
#include "lt_store.h"

typedef enum lt_mode {
    LT_MODE_QUICK = 0, /* 10 timed choice questions over the whole pack */
    LT_MODE_STUDY,     /* the scheduler's queue: due cards, then new ones */
    LT_MODE_EXAM,      /* all types, no feedback until the end, a report */
    LT_MODE_LEVEL,     /* a level's facts, types, time and pass mark */
    LT_MODE_PRACTICE,  /* like study, weakest first, the schedule untouched */
    LT_MODE_COUNT
} lt_mode;

const char *lt_mode_name(lt_mode m); /* "quick", "study", ... */

#define LT_SESSION_MAX 60            /* questions in one session at most */
#define LT_SESSION_STUDY_LEN 20
#define LT_SESSION_EXAM_LEN 15

typedef struct lt_session_desc {
    const lt_pack *pack;
    lt_store *store;          /* NULL: nothing is kept (answers still judged and scored) */
    const lt_profile *profile;/* NULL or id 0: no profile, nothing is kept */
    lt_lang lang;
    lt_mode mode;
    int level;                /* LT_MODE_LEVEL: index into pack->levels */
    uint64_t seed;
    int64_t now_ms;           /* the game's clock at the start */
    int64_t day_start_ms;     /* start of the current study day (local midnight) */
    int length;               /* questions; 0 = the mode's default */
    unsigned types;           /* bit per lt_qtype allowed; 0 = the mode's default */
    bool calm;                /* no timer; accuracy-only score */
} lt_session_desc;

typedef struct lt_session lt_session;

/* Starts a session. NULL with a reason in err when the pack has nothing to
 * ask in this mode. The session copies what it needs from desc. */
lt_session *lt_session_start(const lt_session_desc *desc, char *err, size_t errlen);
void lt_session_free(lt_session *s);

/* The next question at now_ms, written to *out. False when the session is
 * over (all asked, or in study nothing is due and no new card is allowed). */
bool lt_session_next(lt_session *s, int64_t now_ms, lt_question *out);

/* The time allowed for the current question in ms; 0 = no timer (calm). */
double lt_session_time_limit_ms(const lt_session *s);

/* True in exam mode: the scene shows no right/wrong until the end. */
bool lt_session_hides_feedback(const lt_session *s);

typedef struct lt_session_result {
    lt_judgement judgement;
    lt_fsrs_rating rating;    /* what FSRS was told (0 in free practice) */
    lt_score_out score;
    bool has_r_before;
    double r_before;          /* the card's R just before the answer */
    bool committed;           /* card + review log written in one transaction */
    int64_t due_ms;           /* when the card comes back (0 when not kept) */
} lt_session_result;

/* Judges, grades, schedules and commits the answer to the current question.
 * answer_ms: how long the player took; hint: a hint was used (grades Hard at
 * best). A time-out is an answer with a = NULL (wrong). False when there is
 * no current question. A failed commit is reported through res->committed
 * and lt_session_error(); the session goes on. */
bool lt_session_answer(lt_session *s, const lt_answer *a, double answer_ms, bool hint, int64_t now_ms,
                       lt_session_result *res);

/* The last storage error ("" when none). */
const char *lt_session_error(const lt_session *s);

typedef struct lt_session_summary {
    lt_mode mode;
    int asked, right, close, wrong;
    int score;
    int best_streak;
    double mastery_before;    /* mean R of the pack's facts (level's facts in level mode) */
    double mastery_after;     /* -1 when nothing is kept */
    bool passed;              /* level mode: right share >= pass mark */
    double pass_mark;
    int missed[LT_SESSION_MAX]; /* indices of wrong or close answers, in order */
    int n_missed;
} lt_session_summary;

void lt_session_summary_get(lt_session *s, int64_t now_ms, lt_session_summary *out);

/* The i-th question asked and how it went (exam report, results screen). */
const lt_question *lt_session_question(const lt_session *s, int i);
const lt_session_result *lt_session_result_at(const lt_session *s, int i);
int lt_session_asked(const lt_session *s);
/* Questions planned: the prepared round's size, or the study length. */
int lt_session_length(const lt_session *s);

/* Mastery of the pack (level < 0) or of a level now, for a profile: the mean
 * retrievability of its facts, unseen facts counting 0. -1 without a store. */
double lt_session_mastery(lt_store *store, const lt_profile *profile, const lt_pack *pack, int level,
                          int64_t now_ms);

/* True when `level` is open: the first level, an exam level once every
 * other level is open, or a level whose previous one has mastery >= 0.8. */
bool lt_session_level_open(lt_store *store, const lt_profile *profile, const lt_pack *pack, int level,
                           int64_t now_ms);

#define LT_LEVEL_UNLOCK_MASTERY 0.8

/* Exam-date mode: a plan (lt_sched_exam_plan) over the profile's cards of
 * the pack so that predicted recall on the exam day is >= 0.95 for every
 * card that can make it. Free with lt_exam_plan_free. False without a
 * store or profile, or when the exam is in the past. */
#define LT_EXAM_TARGET 0.95
bool lt_session_exam_plan(lt_store *store, const lt_profile *profile, const lt_pack *pack, int64_t now_ms,
                          int64_t day_start_ms, int64_t exam_ms, lt_exam_plan *out);

#endif
