/* lt_report.c: class results: two SQL reads over cards, review_log and
 * profiles, R now from the stored FSRS state with the default parameters;
 * sums per profile, item order, and the CSV (file and export folder).
 * Depends on: lt_store_int.h (the handle), lt_fsrs.h, lt_date.h, sqlite3, POSIX. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "lt_report.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* The wrong answer over every profile's card of the fact, ties as above. */
static const char lt_report_items_sql[] =
    "SELECT c.pack, c.fact, count(l.id), coalesce(sum(l.outcome >= 1), 0), avg(l.answer_ms), "
    "  count(DISTINCT c.profile), w.answer, w.n "
    "FROM cards c JOIN review_log l ON l.card = c.id "
    "LEFT JOIN (SELECT pack, fact, answer, n FROM ("
    "   SELECT wc.pack, wc.fact, wl.answer, count(*) AS n, "
    "     row_number() OVER (PARTITION BY wc.pack, wc.fact "
    "                        ORDER BY count(*) DESC, max(wl.time_ms) DESC, wl.answer) AS k "
    "   FROM cards wc JOIN review_log wl ON wl.card = wc.id "
    "   WHERE wl.outcome = 0 AND wl.answer IS NOT NULL AND (?1 IS NULL OR wc.pack = ?1) "
    "   GROUP BY wc.pack, wc.fact, wl.answer) WHERE k = 1) w ON w.pack = c.pack AND w.fact = c.fact "
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
        lt_report_text(st, 6, it->wrong, sizeof it->wrong);
        it->wrong_count = sqlite3_column_int(st, 7);
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

/* ---- sums per profile ----------------------------------------------------- */

static int lt_report_profile_cmp(const void *a, const void *b)
{
    const lt_report_profile *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c != 0) {
        return c;
    }
    return x->profile < y->profile ? -1 : x->profile > y->profile;
}

bool lt_report_profiles(lt_store *s, const lt_report *r, lt_report_profile **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    int total = lt_store_profile_list(s, NULL, 0);
    if (total < 0) {
        return false;
    }
    if (total == 0) {
        return true;
    }
    lt_profile *list = calloc((size_t)total, sizeof *list);
    lt_report_profile *sums = calloc((size_t)total, sizeof *sums);
    if (list == NULL || sums == NULL) {
        free(list);
        free(sums);
        return false;
    }
    int got = lt_store_profile_list(s, list, total);
    if (got < 0) {
        free(list);
        free(sums);
        return false;
    }
    size_t m = (size_t)(got < total ? got : total); /* a profile made in between is left for next time */
    for (size_t i = 0; i < m; i++) {
        sums[i].profile = list[i].id;
        memcpy(sums[i].name, list[i].name, sizeof sums[i].name);
    }
    free(list);
    for (size_t k = 0; r != NULL && k < r->n_rows; k++) {
        const lt_report_row *w = &r->rows[k];
        for (size_t i = 0; i < m; i++) {
            if (sums[i].profile == w->profile) {
                sums[i].facts++;
                sums[i].attempts += w->attempts;
                sums[i].right += w->right;
                sums[i].last_ms = w->last_ms > sums[i].last_ms ? w->last_ms : sums[i].last_ms;
                break;
            }
        }
    }
    for (size_t i = 0; i < m; i++) {
        sums[i].pct_right = lt_report_pct(sums[i].right, sums[i].attempts);
    }
    qsort(sums, m, sizeof *sums, lt_report_profile_cmp);
    *out = sums;
    *n = m;
    return true;
}

/* ---- item order ------------------------------------------------------------ */

static const lt_report_item *lt_report_sort_items; /* qsort has no context argument */

static int lt_report_hardest_cmp(const void *a, const void *b)
{
    const lt_report_item *x = &lt_report_sort_items[*(const size_t *)a];
    const lt_report_item *y = &lt_report_sort_items[*(const size_t *)b];
    if (x->pct_right != y->pct_right) {
        return x->pct_right < y->pct_right ? -1 : 1;
    }
    if (x->attempts != y->attempts) {
        return x->attempts > y->attempts ? -1 : 1;
    }
    int c = strcmp(x->pack, y->pack);
    return c != 0 ? c : strcmp(x->fact, y->fact);
}

void lt_report_order_items(const lt_report *r, bool hardest_first, size_t *idx)
{
    for (size_t i = 0; i < r->n_items; i++) {
        idx[i] = i;
    }
    if (hardest_first && r->n_items > 1) {
        lt_report_sort_items = r->items;
        qsort(idx, r->n_items, sizeof *idx, lt_report_hardest_cmp);
        lt_report_sort_items = NULL;
    }
}

/* ---- CSV ---------------------------------------------------------------------- */

/* One RFC 4180 field and its separator (',' or CRLF after the last). */
static void lt_report_csv_field(FILE *f, const char *s, bool last)
{
    if (strpbrk(s, ",\"\r\n") != NULL) {
        fputc('"', f);
        for (const char *p = s; *p; p++) {
            if (*p == '"') {
                fputc('"', f);
            }
            fputc(*p, f);
        }
        fputc('"', f);
    } else {
        fputs(s, f);
    }
    fputs(last ? "\r\n" : ",", f);
}

bool lt_report_write_csv(const lt_report *r, FILE *f)
{
    char num[8][40];
    fputs("\xEF\xBB\xBF", f);
    fputs("table,profile_id,profile,pack,fact,attempts,pct_right,last_seen,r_now,wrong_answer,"
          "mean_answer_ms,profiles\r\n",
          f);
    for (size_t i = 0; i < r->n_rows; i++) {
        const lt_report_row *w = &r->rows[i];
        snprintf(num[0], sizeof num[0], "%lld", (long long)w->profile);
        snprintf(num[1], sizeof num[1], "%d", w->attempts);
        snprintf(num[2], sizeof num[2], "%.1f", w->pct_right);
        lt_report_format_date(w->last_ms, num[3], sizeof num[3]);
        snprintf(num[4], sizeof num[4], "%.3f", w->r_now);
        const char *cells[12] = {"profile", num[0], w->name, w->pack, w->fact, num[1],
                                 num[2],    num[3], num[4],  w->wrong, "",     ""};
        for (int c = 0; c < 12; c++) {
            lt_report_csv_field(f, cells[c], c == 11);
        }
    }
    for (size_t i = 0; i < r->n_items; i++) {
        const lt_report_item *it = &r->items[i];
        snprintf(num[1], sizeof num[1], "%d", it->attempts);
        snprintf(num[2], sizeof num[2], "%.1f", it->pct_right);
        snprintf(num[5], sizeof num[5], "%.0f", it->mean_answer_ms);
        snprintf(num[6], sizeof num[6], "%d", it->profiles);
        const char *cells[12] = {"fact", "", "", it->pack, it->fact, num[1], num[2], "", "", "", num[5], num[6]};
        for (int c = 0; c < 12; c++) {
            lt_report_csv_field(f, cells[c], c == 11);
        }
    }
    return !ferror(f);
}

bool lt_report_export_csv(const lt_report *r, const char *data_dir, const char *stamp, char *path_out,
                          size_t path_len, char *err, size_t errlen)
{
    if (path_len > 0) {
        path_out[0] = '\0';
    }
    char dir[PATH_MAX];
    int n = snprintf(dir, sizeof dir, "%s/exports", data_dir != NULL && data_dir[0] ? data_dir : ".");
    if (n < 0 || (size_t)n >= sizeof dir) {
        snprintf(err, errlen, "the data folder's path is too long");
        return false;
    }
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "cannot create the folder %s: %s", dir, strerror(errno));
        return false;
    }
    struct stat sb;
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        snprintf(err, errlen, "%s is not a folder", dir);
        return false;
    }
    char abs[PATH_MAX];
    if (realpath(dir, abs) == NULL) {
        snprintf(abs, sizeof abs, "%s", dir);
    }
    char path[PATH_MAX + 64], tmp[PATH_MAX + 80];
    for (int k = 1;; k++) {
        char suffix[16] = "";
        if (k > 1) {
            snprintf(suffix, sizeof suffix, "-%d", k);
        }
        snprintf(path, sizeof path, "%s/letopis-report-%s%s.csv", abs, stamp, suffix);
        if (access(path, F_OK) != 0) {
            break;
        }
        if (k >= 99) {
            snprintf(err, errlen, "%s: too many exports with this name", path);
            return false;
        }
    }
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (f == NULL) {
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
        return false;
    }
    bool ok = lt_report_write_csv(r, f);
    ok = fflush(f) == 0 && ok;
    int saved = errno;
    if (fclose(f) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        remove(tmp);
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(saved != 0 ? saved : EIO));
        return false;
    }
    snprintf(path_out, path_len, "%s", path);
    return true;
}
