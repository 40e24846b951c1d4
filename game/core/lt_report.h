/* lt_report.h: class results read from the player database: per profile and
 * fact (attempts, % right, last seen, R now, most common wrong answer), per
 * fact over all profiles (item analysis), per profile in sum, and the CSV
 * export. Depends on: lt_store.h, lt_fsrs.h. */
#ifndef LT_REPORT_H
#define LT_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lt_store.h"

#define LT_REPORT_PACK_MAX 128
#define LT_REPORT_ANSWER_MAX 256 /* bytes with the NUL; longer answers are cut at a UTF-8 boundary */

/* Settings keys of the teacher PIN that guards these results in the game
 * (lt_store_get/lt_store_set; `letopis-pack pin --clear` empties them):
 * the lt_pin_hash string ("" = none set), wrong PINs in a row, and when the
 * last one was given (ms since 1970 UTC, decimal). */
#define LT_REPORT_PIN_KEY "teacher_pin_hash"
#define LT_REPORT_PIN_FAILS_KEY "teacher_pin_failures"
#define LT_REPORT_PIN_FAILED_AT_KEY "teacher_pin_failed_at"

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
    char wrong[LT_REPORT_ANSWER_MAX]; /* most frequent wrong answer over every profile, "" when none */
    int wrong_count;                  /* how often it was given */
} lt_report_item;

typedef struct lt_report {
    lt_report_row *rows;   /* by profile name, profile id, pack, fact */
    size_t n_rows;
    lt_report_item *items; /* by pack, fact */
    size_t n_items;
} lt_report;

/* Reads both tables for `pack` (NULL = every pack) at now_ms. The most common
 * wrong answer: most frequent non-NULL answer among WRONG outcomes, ties to
 * the latest given (a row: that profile's answers; an item: everyone's). Fills *out (free with lt_report_free); false on a database
 * error, with the reason in err. */
bool lt_report_build(lt_store *s, const char *pack, int64_t now_ms, lt_report *out, char *err, size_t errlen);
void lt_report_free(lt_report *r);

/* One profile in sum over the report's rows (the class table). */
typedef struct lt_report_profile {
    int64_t profile;
    char name[LT_PROFILE_NAME_MAX];
    int facts;      /* facts answered at least once */
    int attempts;
    int right;      /* RIGHT or CLOSE */
    double pct_right;
    int64_t last_ms; /* the latest answer; 0 when none */
} lt_report_profile;

/* Every profile of the store (also those without an answer in r, with zero
 * sums), ordered like r's rows: by name (bytes), then id. *out is malloc'ed
 * (caller frees; NULL with *n = 0 when there is no profile). False on a
 * database error or out of memory. */
bool lt_report_profiles(lt_store *s, const lt_report *r, lt_report_profile **out, size_t *n);

/* Fills idx[0..r->n_items) with a permutation of the items: hardest first
 * (lowest % right, then more attempts, then pack and fact) when
 * `hardest_first`, else the report's order (pack, fact). */
void lt_report_order_items(const lt_report *r, bool hardest_first, size_t *idx);

/* Writes r as the CSV of `letopis-pack report --csv`: UTF-8 with a BOM,
 * CRLF, RFC 4180 quoting, one header, the profile rows then the fact rows
 * (column `table`). False when a write fails. */
bool lt_report_write_csv(const lt_report *r, FILE *f);

/* Saves the CSV as <data_dir>/exports/letopis-report-<stamp>.csv, creating
 * the folder; `stamp` (e.g. "2026-01-05-1030") is made by the caller, who
 * knows the local time. A file of that name already there is kept: "-2",
 * "-3"... are added. Written to a temporary file, then renamed, so a failed
 * export leaves nothing half-written. On success the absolute path is in
 * path_out; false with the reason (path and system message) in err. */
bool lt_report_export_csv(const lt_report *r, const char *data_dir, const char *stamp, char *path_out,
                          size_t path_len, char *err, size_t errlen);

/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]Z" (UTC) to ms; false when malformed. */
bool lt_report_parse_time(const char *s, int64_t *ms);
/* ms to "YYYY-MM-DD" (UTC) into buf (>= 11 bytes). */
void lt_report_format_date(int64_t ms, char *buf, size_t len);

#endif
