/* lt_report.c: class results: two SQL reads over cards, review_log and
 * profiles, R now from the stored FSRS state with the default parameters.
 * Depends on: lt_store_int.h (the handle), lt_fsrs.h, lt_date.h, sqlite3. */
#include "lt_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lt_date.h"
#include "lt_fsrs.h"
#include "lt_store_int.h"

/* Per profile and fact; the card columns start at 7, the wrong answer after. */
static const char lt_report_rows_sql[] =
    "SELECT c.profile, p.name, c.pack, c.fact, count(l.id), "
    "  coalesce(sum(l.outcome >= 1), 0), max(l.time_ms), "
    "  c.stability, c.difficulty, c.state, c.step, c.due_ms, c.last_review_ms, c.elapsed_days, "
    "  c.scheduled_days, c.reps, c.lapses, "
    "  (SELECT w.answer FROM review_log w WHERE w.card = c.id AND w.outcome = 0 AND w.answer IS NOT NULL "
    "   GROUP BY w.answer ORDER BY count(*) DESC, max(w.time_ms) DESC, w.answer LIMIT 1), "
    "  (SELECT count(*) FROM review_log w WHERE w.card = c.id AND w.outcome = 0 AND w.answer IS NOT NULL "
    "   GROUP BY w.answer ORDER BY count(*) DESC, max(w.time_ms) DESC, w.answer LIMIT 1) "
    "FROM cards c JOIN profiles p ON p.id = c.profile JOIN review_log l ON l.card = c.id "
    "WHERE ?1 IS NULL OR c.pack = ?1 "
    "GROUP BY c.id ORDER BY p.name, c.profile, c.pack, c.fact;";

static const char lt_report_items_sql[] =
    "SELECT c.pack, c.fact, count(l.id), coalesce(sum(l.outcome >= 1), 0), avg(l.answer_ms), "
    "  count(DISTINCT c.profile) "
    "FROM cards c JOIN review_log l ON l.card = c.id "
    "WHERE ?1 IS NULL OR c.pack = ?1 "
    "GROUP BY c.pack, c.fact ORDER BY c.pack, c.fact;";

/* Copies column col as text, cut at a UTF-8 boundary to fit. */
static void lt_report_text(sqlite3_stmt *st, int col, char *buf, size_t len)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    size_t n = t != NULL ? strlen(t) : 0;
    if (n >= len) {
        n = len - 1;
        while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80) {
            n--;
        }
    }
    if (n > 0) {
        memcpy(buf, t, n);
    }
    buf[n] = '\0';
}

static double lt_report_pct(int right, int attempts)
{
    return attempts > 0 ? 100.0 * (double)right / (double)attempts : 0.0;
}

/* Grows *arr (elements of size sz) to hold n + 1; false when out of memory. */
static bool lt_report_grow(void **arr, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap) {
        return true;
    }
    size_t ncap = *cap ? *cap * 2 : 16;
    void *p = realloc(*arr, ncap * sz);
    if (p == NULL) {
        return false;
    }
    *arr = p;
    *cap = ncap;
    return true;
}

static bool lt_report_read_rows(lt_store *s, const char *pack, int64_t now_ms, lt_report *out, char *err,
                                size_t errlen)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, lt_report_rows_sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: cannot read the results: %s", s->path, sqlite3_errmsg(s->db));
        return false;
    }
    if (pack != NULL) {
        sqlite3_bind_text(st, 1, pack, -1, SQLITE_STATIC);
    }
    lt_fsrs_params params;
    lt_fsrs_params_default(&params);
    size_t cap = 0;
    int rc;
    bool ok = true;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!lt_report_grow((void **)&out->rows, &cap, out->n_rows, sizeof *out->rows)) {
            snprintf(err, errlen, "out of memory");
            ok = false;
            break;
        }
        lt_report_row *r = &out->rows[out->n_rows++];
        memset(r, 0, sizeof *r);
        r->profile = sqlite3_column_int64(st, 0);
        lt_report_text(st, 1, r->name, sizeof r->name);
        lt_report_text(st, 2, r->pack, sizeof r->pack);
        lt_report_text(st, 3, r->fact, sizeof r->fact);
        r->attempts = sqlite3_column_int(st, 4);
        r->right = sqlite3_column_int(st, 5);
        r->pct_right = lt_report_pct(r->right, r->attempts);
        r->last_ms = sqlite3_column_int64(st, 6);
        lt_fsrs_card card;
        lt_store_read_card(st, 7, &card);
        r->r_now = lt_fsrs_retrievability(&params, &card, now_ms);
        lt_report_text(st, 17, r->wrong, sizeof r->wrong);
        r->wrong_count = sqlite3_column_int(st, 18);
    }
    if (ok && rc != SQLITE_DONE) {
        snprintf(err, errlen, "%s: cannot read the results: %s", s->path, sqlite3_errmsg(s->db));
        ok = false;
    }
    sqlite3_finalize(st);
    return ok;
}

static bool lt_report_read_items(lt_store *s, const char *pack, lt_report *out, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, lt_report_items_sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: cannot read the item analysis: %s", s->path, sqlite3_errmsg(s->db));
        return false;
    }
    if (pack != NULL) {
        sqlite3_bind_text(st, 1, pack, -1, SQLITE_STATIC);
    }
    size_t cap = 0;
    int rc;
    bool ok = true;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!lt_report_grow((void **)&out->items, &cap, out->n_items, sizeof *out->items)) {
            snprintf(err, errlen, "out of memory");
            ok = false;
            break;
        }
        lt_report_item *it = &out->items[out->n_items++];
        memset(it, 0, sizeof *it);
        lt_report_text(st, 0, it->pack, sizeof it->pack);
        lt_report_text(st, 1, it->fact, sizeof it->fact);
        it->attempts = sqlite3_column_int(st, 2);
        it->right = sqlite3_column_int(st, 3);
        it->pct_right = lt_report_pct(it->right, it->attempts);
        it->mean_answer_ms = sqlite3_column_double(st, 4);
        it->profiles = sqlite3_column_int(st, 5);
    }
    if (ok && rc != SQLITE_DONE) {
        snprintf(err, errlen, "%s: cannot read the item analysis: %s", s->path, sqlite3_errmsg(s->db));
        ok = false;
    }
    sqlite3_finalize(st);
    return ok;
}

bool lt_report_build(lt_store *s, const char *pack, int64_t now_ms, lt_report *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (s == NULL) {
        snprintf(err, errlen, "no database");
        return false;
    }
    if (!lt_report_read_rows(s, pack, now_ms, out, err, errlen) ||
        !lt_report_read_items(s, pack, out, err, errlen)) {
        lt_report_free(out);
        return false;
    }
    return true;
}

void lt_report_free(lt_report *r)
{
    if (r == NULL) {
        return;
    }
    free(r->rows);
    free(r->items);
    memset(r, 0, sizeof *r);
}

/* Reads exactly `n` digits at *p into *v; advances *p. */
static bool lt_report_digits(const char **p, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        char c = (*p)[i];
        if (c < '0' || c > '9') {
            return false;
        }
        *v = *v * 10 + (c - '0');
    }
    *p += n;
    return true;
}

bool lt_report_parse_time(const char *s, int64_t *ms)
{
    int y, mo, d, h = 0, mi = 0, sec = 0;
    const char *p = s;
    if (s == NULL || !lt_report_digits(&p, 4, &y) || *p++ != '-' || !lt_report_digits(&p, 2, &mo) ||
        *p++ != '-' || !lt_report_digits(&p, 2, &d)) {
        return false;
    }
    if (*p == 'T') {
        p++;
        if (!lt_report_digits(&p, 2, &h) || *p++ != ':' || !lt_report_digits(&p, 2, &mi)) {
            return false;
        }
        if (*p == ':') {
            p++;
            if (!lt_report_digits(&p, 2, &sec)) {
                return false;
            }
        }
        if (*p++ != 'Z') {
            return false;
        }
    }
    if (*p != '\0' || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59) {
        return false;
    }
    int cy, cm, cd;
    long days = lt_days_from_civil(y, mo, d);
    lt_civil_from_days(days, &cy, &cm, &cd);
    days -= lt_days_from_civil(1970, 1, 1);
    if (cy != y || cm != mo || cd != d) {
        return false; /* 2026-02-30 and the like */
    }
    *ms = (int64_t)days * LT_FSRS_MS_PER_DAY + ((int64_t)h * 3600 + mi * 60 + sec) * 1000;
    return true;
}

void lt_report_format_date(int64_t ms, char *buf, size_t len)
{
    int64_t days = ms / LT_FSRS_MS_PER_DAY;
    if (ms % LT_FSRS_MS_PER_DAY < 0) {
        days--;
    }
    int y, m, d;
    lt_civil_from_days((long)days + lt_days_from_civil(1970, 1, 1), &y, &m, &d);
    snprintf(buf, len, "%04d-%02d-%02d", y, m, d);
}
