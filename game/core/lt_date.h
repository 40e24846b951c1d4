/* lt_date.h: historical dates with a precision (year, month, part of a
 * month, day), ranges of them, parsing from pack text and formatting in ru/en.
 * Depends on: nothing but libc. */
#ifndef LT_DATE_H
#define LT_DATE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum lt_prec {
    LT_PREC_NONE = 0, /* undated */
    LT_PREC_YEAR,     /* 1956 */
    LT_PREC_MONTH,    /* 1956-03 */
    LT_PREC_PART,     /* 1956-11-late: early (1-10), mid (11-20), late (21-end) */
    LT_PREC_DAY       /* 1956-10-19 */
} lt_prec;

typedef enum lt_part { LT_PART_NONE = 0, LT_PART_EARLY, LT_PART_MID, LT_PART_LATE } lt_part;

typedef struct lt_datept {
    int year;
    int month;   /* 1-12, 0 at year precision */
    int day;     /* 1-31, 0 unless day precision */
    lt_prec prec;
    lt_part part;
} lt_datept;

/* A date as a pack gives it: one point, or a range "from/to" whose two ends
 * have the same precision, optionally "before" a point. */
typedef struct lt_date {
    lt_datept from;
    lt_datept to;    /* equals `from` when not a range */
    bool range;
    bool before;     /* "before 1956-03": some time up to that point */
} lt_date;

/* Text forms accepted (pack format v1):
 *   "1956"                    year
 *   "1956-03"                 month
 *   "1956-11-late"            part of a month (early | mid | late)
 *   "1956-10-19"              day
 *   "1956-04/1956-05"         range; both ends of the same precision
 *   "before 1956-03"          some time up to that point
 * Returns true on success. On failure writes a plain-words reason (what is
 * wrong and the accepted forms) into `err` and returns false. */
bool lt_date_parse(const char *s, lt_date *out, char *err, size_t errlen);

/* The accepted forms in one line, for hints. */
#define LT_DATE_FORMS "1956, 1956-03, 1956-11-late (early | mid | late), " \
    "1956-10-19, 1956-04/1956-05 (a range), before 1956-03"

/* Like lt_date_parse, but `err` receives only what is wrong, without the
 * list of accepted forms (callers show LT_DATE_FORMS as a hint). */
bool lt_date_parse_reason(const char *s, lt_date *out, char *err, size_t errlen);

/* Canonical text form, the inverse of lt_date_parse. */
void lt_date_to_string(const lt_date *d, char *buf, size_t len);

/* Human form for the player at the date's own precision:
 * ru "19 октября 1956 г.", "конец ноября 1956 г.", "апрель–май 1956 г.";
 * en "19 October 1956", "late November 1956", "April–May 1956".
 * `lang` is 0 for ru, 1 for en (lt_lang). */
void lt_date_format(const lt_date *d, int lang, char *buf, size_t len);

/* The interval of days the date may denote, as days since 1 Jan 1 (proleptic
 * Gregorian): first and last day inclusive. Undated gives false. */
bool lt_date_span(const lt_date *d, long *first, long *last);

/* Days since 1 Jan 1 of a calendar day. */
long lt_days_from_civil(int y, int m, int d);

/* The calendar day of a day count from lt_days_from_civil (its inverse). */
void lt_civil_from_days(long days, int *y, int *m, int *d);

/* -1 when a surely ends before b begins, 1 when a surely begins after b ends,
 * 0 when they overlap at their precision (either order is right). */
int lt_date_order(const lt_date *a, const lt_date *b);

/* True when the two dates would read the same to the player. */
bool lt_date_same(const lt_date *a, const lt_date *b);

#endif
