/* lt_report.h: class results read from the player database: per profile and
 * fact (attempts, % right, last seen, R now, most common wrong answer) and per
 * fact over all profiles (item analysis). Depends on: lt_store.h, lt_fsrs.h. */
#ifndef LT_REPORT_H
#define LT_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_store.h"

#define LT_REPORT_PACK_MAX 128
#define LT_REPORT_ANSWER_MAX 256 /* bytes with the NUL; longer answers are cut at a UTF-8 boundary */

/* One profile's results on one fact (only facts answered at least once). */
typedef struct lt_report_row {
    int64_t profile;
    char name[LT_PROFILE_NAME_MAX];
    char pack[LT_REPORT_PACK_MAX];
    char fact[LT_FACT_KEY_MAX];
    int attempts;
    int right;                        /* outcome RIGHT or CLOSE */
    double pct_right;                 /* 100 * right / attempts */
    int64_t last_ms;                  /* the latest answer */
    double r_now;                     /* retrievability at now (default FSRS params) */
    char wrong[LT_REPORT_ANSWER_MAX]; /* most frequent recorded wrong answer, "" when none */
    int wrong_count;                  /* how often it was given */
} lt_report_row;

/* One fact over every profile (item analysis). */
typedef struct lt_report_item {
    char pack[LT_REPORT_PACK_MAX];
    char fact[LT_FACT_KEY_MAX];
    int attempts;
    int right;
    double pct_right;
    double mean_answer_ms;
    int profiles;                     /* profiles that answered it */
} lt_report_item;

typedef struct lt_report {
    lt_report_row *rows;   /* by profile name, profile id, pack, fact */
    size_t n_rows;
    lt_report_item *items; /* by pack, fact */
    size_t n_items;
} lt_report;

/* Reads both tables for `pack` (NULL = every pack) at now_ms. The most common
 * wrong answer: most frequent non-NULL answer among WRONG outcomes, ties to
 * the latest given. Fills *out (free with lt_report_free); false on a database
 * error, with the reason in err. */
bool lt_report_build(lt_store *s, const char *pack, int64_t now_ms, lt_report *out, char *err, size_t errlen);
void lt_report_free(lt_report *r);

/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]Z" (UTC) to ms; false when malformed. */
bool lt_report_parse_time(const char *s, int64_t *ms);
/* ms to "YYYY-MM-DD" (UTC) into buf (>= 11 bytes). */
void lt_report_format_date(int64_t ms, char *buf, size_t len);

#endif
