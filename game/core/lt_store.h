/* lt_store.h: the player's database (SQLite): settings, profiles, cards (FSRS
 * state per profile, pack and fact), the append-only review log and the
 * statistics read from them. WAL, migrations by PRAGMA user_version, a corrupt
 * file moved aside. Depends on: SQLite, lt_fsrs.h. */
#ifndef LT_STORE_H
#define LT_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_fsrs.h"

#define LT_STORE_FILE "letopis.db"
/* 1: settings. 2: profiles, cards, review_log (append-only), sessions.
 * 3: review_log.answer (the answer's text, NULL when not recorded). */
#define LT_STORE_SCHEMA_VERSION 3

typedef struct lt_store lt_store;

/* Opens (creating when missing, with parent folders) `dir`/letopis.db.
 * A file that is not a valid database is renamed to
 * letopis.db.corrupt-<unix time> and a fresh one made; lt_store_notice()
 * then tells the player. Older schemas are migrated forward in place (each
 * step in its own transaction, settings kept). Journal: WAL, synchronous
 * FULL, busy timeout 2 s. Returns NULL only when no database can be made at
 * all, with the reason in `err`. */
lt_store *lt_store_open(const char *dir, char *err, size_t errlen);
void lt_store_close(lt_store *s);

/* A message for the player about what happened at open ("" when nothing). */
const char *lt_store_notice(const lt_store *s);
const char *lt_store_path(const lt_store *s);

/* Settings: string values by key. get copies into buf and returns true when
 * the key exists; set writes in its own transaction and returns success. */
bool lt_store_get(lt_store *s, const char *key, char *buf, size_t len);
bool lt_store_set(lt_store *s, const char *key, const char *value);
int lt_store_get_int(lt_store *s, const char *key, int fallback);
bool lt_store_set_int(lt_store *s, const char *key, int value);

/* The default data folder: $XDG_DATA_HOME/letopis, else ~/.local/share/letopis,
 * else ./letopis-data. Writes into buf. */
void lt_store_default_dir(char *buf, size_t len);

/* ---- profiles ------------------------------------------------------------ */

#define LT_PROFILE_NAME_MAX 256     /* bytes with the NUL; names are <= 64 code points */
#define LT_PROFILE_NAME_CHARS 64
#define LT_PROFILE_NEW_PER_DAY 20   /* default daily limit of new cards */

typedef struct lt_profile {
    int64_t id;                     /* > 0 */
    char name[LT_PROFILE_NAME_MAX]; /* UTF-8, any script, trimmed */
    int64_t created_ms;             /* ms since 1970 UTC, as given at creation */
    double retention;               /* desired retention, LT_FSRS_RETENTION_MIN..MAX */
    int new_per_day;                /* 0..1000 */
    bool calm;                      /* no timer, accuracy-only score */
} lt_profile;

/* Creates a profile with the default settings (retention 0.9, 20 new a day,
 * calm off). The name must be valid UTF-8 with 1..64 code points after
 * trimming spaces; the same name may exist twice (ids tell them apart).
 * Returns the new id, or -1. */
int64_t lt_store_profile_create(lt_store *s, const char *name, int64_t now_ms);
/* Fills out[0..max) in creation order; returns how many profiles exist (may be
 * more than max), or -1 on error. */
int lt_store_profile_list(lt_store *s, lt_profile *out, int max);
bool lt_store_profile_get(lt_store *s, int64_t id, lt_profile *out);
/* Same name rules as create. False when the id does not exist. */
bool lt_store_profile_rename(lt_store *s, int64_t id, const char *name);
/* Writes retention, new_per_day and calm of p (by p->id); false when a value
 * is out of range or the id does not exist. The name is not changed. */
bool lt_store_profile_update(lt_store *s, const lt_profile *p);
/* Deletes the profile with its cards and its review log in one transaction
 * (the only way review_log rows ever go away). False when it does not exist. */
bool lt_store_profile_delete(lt_store *s, int64_t id);

/* ---- cards and answers --------------------------------------------------- */

#define LT_FACT_KEY_MAX 128 /* "F17/when", "F17/q/my-question", "-/q/q12" */

typedef struct lt_card_rec {
    int64_t id;                 /* row id; 0 until first saved */
    char fact[LT_FACT_KEY_MAX]; /* fact key, unique per (profile, pack) */
    lt_fsrs_card fsrs;
} lt_card_rec;

/* How an answer went (typed answers can be close: one typo, right year). */
typedef enum lt_outcome { LT_OUT_WRONG = 0, LT_OUT_CLOSE = 1, LT_OUT_RIGHT = 2 } lt_outcome;

/* One answer for the review log. */
typedef struct lt_answer_rec {
    int64_t time_ms;        /* when it was answered */
    int rating;             /* FSRS rating 1..4 */
    int64_t answer_ms;      /* how long the player took */
    const char *qtype;      /* "choice", "typed", ... (lt_qtype_name) */
    lt_outcome outcome;
    int score;              /* points given */
    bool has_r_before;      /* false for a New card */
    double r_before;        /* R just before the answer */
    lt_fsrs_state state_before;
    const char *answer;     /* what the player answered (UTF-8), NULL = not recorded */
} lt_answer_rec;

/* Loads every card of (profile, pack) into a malloc'ed array (*out, caller
 * frees; NULL with *n = 0 when none). Ordered by fact key. False on error. */
bool lt_store_cards_load(lt_store *s, int64_t profile, const char *pack, lt_card_rec **out, size_t *n);
/* One card by fact key; false when absent or on error. */
bool lt_store_card_get(lt_store *s, int64_t profile, const char *pack, const char *fact, lt_card_rec *out);
/* Inserts or updates the card (by (profile, pack, fact)); sets c->id. In its
 * own transaction. Use for imports; answers go through commit_answer. */
bool lt_store_card_save(lt_store *s, int64_t profile, const char *pack, lt_card_rec *c);

/* The one write of an answer: in ONE transaction the card's new state (c,
 * after the review) is written and the answer appended to review_log; both or
 * neither (a failed step rolls back, c->id then keeps its old value). When it
 * returns true the answer is durable (WAL, synchronous FULL). */
bool lt_store_commit_answer(lt_store *s, int64_t profile, const char *pack, lt_card_rec *c,
                            const lt_answer_rec *a);

/* New cards introduced (first answers) in (profile, pack) at or after
 * day_start_ms; -1 on error. The scheduler's daily limit counts these. */
int lt_store_new_since(lt_store *s, int64_t profile, const char *pack, int64_t day_start_ms);
/* Time of the latest answer of the profile, or INT64_MIN when none. */
int64_t lt_store_last_answer_ms(lt_store *s, int64_t profile);
/* Rows of the profile's review log (all packs); -1 on error. */
int64_t lt_store_log_count(lt_store *s, int64_t profile);

/* ---- statistics ----------------------------------------------------------
 * Days are [day_start_ms + i * 1 day, + 1 day): the caller passes the start
 * of its "today" (local midnight as ms UTC), so the core needs no time zone. */

/* Cards of (profile, pack) due per day: out[0] = due by the end of today
 * (overdue included), out[i] = due on day i, for i < days. False on error. */
bool lt_store_due_per_day(lt_store *s, int64_t profile, const char *pack, int64_t day_start_ms, int days,
                          int *out);

/* Mastery = mean retrievability now over the given facts; a fact without a
 * card (never answered) counts as R = 0, so mastery only rises by learning
 * the pack, not by answering one card well. facts == NULL: over the stored
 * cards of the pack (unseen excluded). Returns 0..1, or -1 on error. A level's
 * mastery: pass its facts (lt_sched_facts_build with the level). */
double lt_store_mastery(lt_store *s, int64_t profile, const char *pack, const char *const *facts,
                        size_t n_facts, const lt_fsrs_params *p, int64_t now_ms);

typedef struct lt_day_recall {
    int total;      /* answers that day */
    int right;      /* outcome RIGHT */
    int recalled;   /* rating >= Hard (what FSRS counts as remembered) */
} lt_day_recall;

/* Retention over time from the log: out[i] for day (day_start_ms - (days-1-i)
 * days), so out[days-1] is today. pack NULL = all packs. False on error. */
bool lt_store_retention_per_day(lt_store *s, int64_t profile, const char *pack, int64_t day_start_ms,
                                int days, lt_day_recall *out);

typedef struct lt_hard_fact {
    char fact[LT_FACT_KEY_MAX];
    int lapses;
    int reps;
    double r_now;
} lt_hard_fact;

/* The hardest facts of (profile, pack): most lapses first, then lowest R now;
 * only answered cards. Fills out[0..max), returns how many, -1 on error. */
int lt_store_hardest(lt_store *s, int64_t profile, const char *pack, const lt_fsrs_params *p, int64_t now_ms,
                     lt_hard_fact *out, int max);

#endif
