/* lt_fsrs.h: the FSRS-6 memory model and scheduler, a C port that gives the same
 * numbers as ts-fsrs 5.4.2 (spec: shared/reference/fsrs6.md, sections 2-9).
 * Depends on: libc, libm, lt_json.h (number text for the fuzz seed). No globals, no I/O. */
#ifndef LT_FSRS_H
#define LT_FSRS_H

#include <stdbool.h>
#include <stdint.h>

/* Time everywhere in this module: int64 milliseconds since 1970-01-01 UTC
 * (as JavaScript's Date.getTime(), so times and dues match ts-fsrs exactly).
 * "Days" between reviews are differences of UTC calendar dates (fsrs6.md s.8). */
#define LT_FSRS_MS_PER_DAY INT64_C(86400000)
#define LT_FSRS_MS_PER_MIN INT64_C(60000)

#define LT_FSRS_N_W 21
#define LT_FSRS_MAX_STEPS 8
#define LT_FSRS_S_MIN 0.001
#define LT_FSRS_S_MAX 36500.0
#define LT_FSRS_DEFAULT_RETENTION 0.9
#define LT_FSRS_DEFAULT_MAX_INTERVAL 36500
/* The range the game's settings offer; the algorithm itself accepts (0, 1]. */
#define LT_FSRS_RETENTION_MIN 0.70
#define LT_FSRS_RETENTION_MAX 0.97

typedef enum lt_fsrs_state {
    LT_FSRS_NEW = 0,
    LT_FSRS_LEARNING = 1,
    LT_FSRS_REVIEW = 2,
    LT_FSRS_RELEARNING = 3
} lt_fsrs_state;

typedef enum lt_fsrs_rating {
    LT_FSRS_AGAIN = 1,
    LT_FSRS_HARD = 2,
    LT_FSRS_GOOD = 3,
    LT_FSRS_EASY = 4
} lt_fsrs_rating;

/* Return codes of lt_fsrs_review and lt_fsrs_params_check. */
enum { LT_FSRS_OK = 0, LT_FSRS_EBADRATING = -1, LT_FSRS_ETIME = -2, LT_FSRS_EPARAMS = -3 };

typedef struct lt_fsrs_params {
    double w[LT_FSRS_N_W];      /* w0..w20; w20 = decay of the forgetting curve */
    double request_retention;   /* desired retention r, in (0, 1] */
    int maximum_interval;       /* days, >= 1 */
    bool enable_fuzz;           /* spread day intervals (seeded, deterministic) */
    bool enable_short_term;     /* learning steps + same-day formula; off = long-term mode */
    int learning_steps[LT_FSRS_MAX_STEPS];   /* minutes, for New/Learning cards */
    int n_learning_steps;
    int relearning_steps[LT_FSRS_MAX_STEPS]; /* minutes, for Review/Relearning cards */
    int n_relearning_steps;
} lt_fsrs_params;

typedef struct lt_fsrs_card {
    double stability;      /* S, days (0 while New) */
    double difficulty;     /* D in [1, 10] (0 while New) */
    lt_fsrs_state state;
    int learning_steps;    /* index of the current (re)learning step */
    int64_t due;           /* ms */
    int64_t last_review;   /* ms; meaningful only when has_last_review */
    bool has_last_review;
    int elapsed_days;      /* calendar days between the last two reviews */
    int scheduled_days;    /* days of the interval set by the last review (0 for steps) */
    int reps;
    int lapses;
} lt_fsrs_card;

/* What one review did (the ts-fsrs review log, plus R before the review). */
typedef struct lt_fsrs_log {
    lt_fsrs_rating rating;
    int64_t review;             /* ms */
    lt_fsrs_state state_before;
    double stability_before, difficulty_before;
    int elapsed_days;           /* t used by the formulas */
    bool has_retrievability;    /* false for a New card */
    double retrievability;      /* R(t, S) before the review, 8 decimals as ts-fsrs */
} lt_fsrs_log;

/* Fills p with the FSRS-6 defaults: the 21 default weights, retention 0.9,
 * maximum interval 36500, learning steps 1m 10m, relearning 10m, short-term on,
 * fuzz off. */
void lt_fsrs_params_default(lt_fsrs_params *p);

/* Validates p and clips w into the ts-fsrs bounds (CLAMP_PARAMETERS, with the
 * w17/w18 ceiling for more than one relearning step), as ts-fsrs does when a
 * scheduler is built. LT_FSRS_EPARAMS (p unchanged) when a weight is not
 * finite, retention is outside (0, 1], maximum_interval < 1, or a step count
 * or step is out of range; LT_FSRS_OK otherwise. Defaults pass unchanged. */
int lt_fsrs_params_check(lt_fsrs_params *p);

/* A New card due at `now` (ms). */
void lt_fsrs_card_new(lt_fsrs_card *c, int64_t now);

/* The forgetting curve R(t, S) = (1 + F t/S)^(-w20), rounded to 8 decimals as
 * ts-fsrs does; t in days (may be fractional), s > 0. */
double lt_fsrs_forgetting_curve(const lt_fsrs_params *p, double t_days, double s);

/* Retrievability of card c at time `at` (ms), as ts-fsrs get_retrievability:
 * t = whole elapsed days floor((at - last_review) / 1 day), at least 0; 0 for a
 * New card. Works for any future `at` (exam planning: predicted recall on a day). */
double lt_fsrs_retrievability(const lt_fsrs_params *p, const lt_fsrs_card *c, int64_t at);

/* Days (unrounded) after which R falls to `retention` for stability s:
 * I(r, S) = S/F (r^(-1/w20) - 1); exam planning uses it with r = 0.95. */
double lt_fsrs_interval_for_retention(const lt_fsrs_params *p, double s, double retention);

/* The day interval the scheduler would give stability s without fuzz:
 * min(max(1, round(S * IM)), maximum_interval). */
int64_t lt_fsrs_next_interval_days(const lt_fsrs_params *p, double s);

/* Applies one review with `rating` (1-4) at `now` (ms) to c, exactly as
 * ts-fsrs FSRS.next(): memory update, state, step, due, scheduled_days, reps,
 * lapses. With fuzz on, the seed is ts-fsrs's default "<now>_<reps>_<D*S>".
 * log_out may be NULL. Returns LT_FSRS_OK, LT_FSRS_EBADRATING (rating not 1-4)
 * or LT_FSRS_ETIME (now is on an earlier UTC day than the last review); on an
 * error c is unchanged. p must have passed lt_fsrs_params_check (defaults do). */
int lt_fsrs_review(const lt_fsrs_params *p, lt_fsrs_card *c, int rating, int64_t now,
                   lt_fsrs_log *log_out);

/* As lt_fsrs_review, with the fuzz seed string given by the caller (for
 * example "<card id>_<reps>" so an undo/redo gives the same interval); NULL
 * seed = the default strategy. The seed only matters with enable_fuzz. */
int lt_fsrs_review_seeded(const lt_fsrs_params *p, lt_fsrs_card *c, int rating, int64_t now,
                          const char *seed, lt_fsrs_log *log_out);

/* The four possible outcomes of a review at `now`: out[0..3] for Again..Easy
 * (c itself is not changed). Returns as lt_fsrs_review (ratings are valid). */
int lt_fsrs_preview(const lt_fsrs_params *p, const lt_fsrs_card *c, int64_t now,
                    lt_fsrs_card out[4]);

/* Exam planning: R at `target` (ms) if card c were reviewed with `rating` at
 * `when` (ms); -1 on a bad rating or time. */
double lt_fsrs_predict(const lt_fsrs_params *p, const lt_fsrs_card *c, int rating, int64_t when,
                       int64_t target);

/* Whole UTC calendar days from `from` to `to` (ms); negative if `to` is on an
 * earlier day (ts-fsrs dateDiffInDays). */
int64_t lt_fsrs_day_diff(int64_t from, int64_t to);

/* The first value of the Alea PRNG (ts-fsrs, after seedrandom's alea) seeded
 * with the string `seed`: a double in [0, 1). Exposed for tests. */
double lt_fsrs_alea_first(const char *seed);

#endif
