/* lt_store_stats.c: what the statistics screen and the scheduler read from
 * the store: due per day, mastery, retention per day, hardest facts, new
 * cards introduced today. Depends on: lt_store_int.h, lt_fsrs.h, sqlite3. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_store.h"
#include "lt_store_int.h"

int lt_store_new_since(lt_store *s, int64_t profile, const char *pack, int64_t day_start_ms)
{
    sqlite3_stmt *st = NULL;
    int n = -1;
    if (s == NULL || sqlite3_prepare_v2(s->db,
                                        "SELECT count(*) FROM review_log l JOIN cards c ON c.id = l.card "
                                        "WHERE l.profile = ?1 AND c.pack = ?2 AND l.state_before = 0 "
                                        "AND l.time_ms >= ?3;",
                                        -1, &st, NULL) != SQLITE_OK) {
        return -1;
    }
    sqlite3_bind_int64(st, 1, profile);
    sqlite3_bind_text(st, 2, pack, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, day_start_ms);
    if (sqlite3_step(st) == SQLITE_ROW) {
        n = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    return n;
}

static int64_t lt_store_scalar(lt_store *s, const char *sql, int64_t profile, int64_t fallback)
{
    sqlite3_stmt *st = NULL;
    int64_t v = fallback;
    if (s == NULL || sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        return fallback;
    }
    sqlite3_bind_int64(st, 1, profile);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
        v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return v;
}

int64_t lt_store_last_answer_ms(lt_store *s, int64_t profile)
{
    return lt_store_scalar(s, "SELECT max(time_ms) FROM review_log WHERE profile = ?1;", profile, INT64_MIN);
}

int64_t lt_store_log_count(lt_store *s, int64_t profile)
{
    return lt_store_scalar(s, "SELECT count(*) FROM review_log WHERE profile = ?1;", profile, -1);
}

bool lt_store_due_per_day(lt_store *s, int64_t profile, const char *pack, int64_t day_start_ms, int days,
                          int *out)
{
    if (s == NULL || days <= 0 || out == NULL) {
        return false;
    }
    memset(out, 0, (size_t)days * sizeof *out);
    sqlite3_stmt *st = NULL;
    /* Day index of each card's due time; everything before tomorrow is day 0. */
    if (sqlite3_prepare_v2(s->db,
                           "SELECT max(0, (due_ms - ?3) / 86400000) "
                           "AS d, count(*) FROM cards WHERE profile = ?1 AND pack = ?2 AND state != 0 "
                           "AND due_ms < ?3 + ?4 * 86400000 GROUP BY d;",
                           -1, &st, NULL) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_int64(st, 1, profile);
    sqlite3_bind_text(st, 2, pack, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, day_start_ms);
    sqlite3_bind_int(st, 4, days);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t d = sqlite3_column_int64(st, 0);
        if (d >= 0 && d < days) {
            out[d] += sqlite3_column_int(st, 1);
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

static int lt_store_card_cmp_fact(const void *a, const void *b)
{
    return strcmp(((const lt_card_rec *)a)->fact, ((const lt_card_rec *)b)->fact);
}

double lt_store_mastery(lt_store *s, int64_t profile, const char *pack, const char *const *facts,
                        size_t n_facts, const lt_fsrs_params *p, int64_t now_ms)
{
    lt_card_rec *cards = NULL;
    size_t n = 0;
    if (p == NULL || !lt_store_cards_load(s, profile, pack, &cards, &n)) {
        return -1.0;
    }
    /* SQLite's ORDER BY uses memcmp order, as strcmp does: bsearch works. */
    double sum = 0.0;
    size_t count = 0;
    if (facts == NULL) {
        for (size_t i = 0; i < n; i++) {
            sum += lt_fsrs_retrievability(p, &cards[i].fsrs, now_ms);
        }
        count = n;
    } else {
        for (size_t i = 0; i < n_facts; i++) {
            lt_card_rec key;
            snprintf(key.fact, sizeof key.fact, "%s", facts[i]);
            const lt_card_rec *c = n > 0 ? bsearch(&key, cards, n, sizeof *cards, lt_store_card_cmp_fact) : NULL;
            if (c != NULL) {
                sum += lt_fsrs_retrievability(p, &c->fsrs, now_ms);
            }
        }
        count = n_facts;
    }
    free(cards);
    return count > 0 ? sum / (double)count : 0.0;
}

bool lt_store_retention_per_day(lt_store *s, int64_t profile, const char *pack, int64_t day_start_ms,
                                int days, lt_day_recall *out)
{
    if (s == NULL || days <= 0 || out == NULL) {
        return false;
    }
    memset(out, 0, (size_t)days * sizeof *out);
    int64_t from = day_start_ms - (int64_t)(days - 1) * LT_FSRS_MS_PER_DAY;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT (l.time_ms - ?2) / 86400000 AS d, count(*), sum(l.outcome = 2), "
                           "sum(l.rating >= 2) FROM review_log l JOIN cards c ON c.id = l.card "
                           "WHERE l.profile = ?1 AND l.time_ms >= ?2 AND l.time_ms < ?3 "
                           "AND (?4 IS NULL OR c.pack = ?4) GROUP BY d;",
                           -1, &st, NULL) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_int64(st, 1, profile);
    sqlite3_bind_int64(st, 2, from);
    sqlite3_bind_int64(st, 3, day_start_ms + LT_FSRS_MS_PER_DAY);
    if (pack != NULL) {
        sqlite3_bind_text(st, 4, pack, -1, SQLITE_STATIC);
    } else {
        sqlite3_bind_null(st, 4);
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t d = sqlite3_column_int64(st, 0);
        if (d >= 0 && d < days) {
            out[d].total = sqlite3_column_int(st, 1);
            out[d].right = sqlite3_column_int(st, 2);
            out[d].recalled = sqlite3_column_int(st, 3);
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

static int lt_store_hard_cmp(const void *a, const void *b)
{
    const lt_hard_fact *x = a, *y = b;
    if (x->lapses != y->lapses) {
        return x->lapses > y->lapses ? -1 : 1;
    }
    if (x->r_now != y->r_now) {
        return x->r_now < y->r_now ? -1 : 1;
    }
    return strcmp(x->fact, y->fact);
}

int lt_store_hardest(lt_store *s, int64_t profile, const char *pack, const lt_fsrs_params *p, int64_t now_ms,
                     lt_hard_fact *out, int max)
{
    lt_card_rec *cards = NULL;
    size_t n = 0;
    if (p == NULL || max < 0 || !lt_store_cards_load(s, profile, pack, &cards, &n)) {
        return -1;
    }
    lt_hard_fact *all = malloc((n > 0 ? n : 1) * sizeof *all);
    if (all == NULL) {
        free(cards);
        return -1;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (cards[i].fsrs.reps == 0 || cards[i].fsrs.state == LT_FSRS_NEW) {
            continue;
        }
        lt_hard_fact *h = &all[m++];
        snprintf(h->fact, sizeof h->fact, "%s", cards[i].fact);
        h->lapses = cards[i].fsrs.lapses;
        h->reps = cards[i].fsrs.reps;
        h->r_now = lt_fsrs_retrievability(p, &cards[i].fsrs, now_ms);
    }
    qsort(all, m, sizeof *all, lt_store_hard_cmp);
    int k = (int)(m < (size_t)max ? m : (size_t)max);
    memcpy(out, all, (size_t)k * sizeof *out);
    free(all);
    free(cards);
    return k;
}
