/* lt_store_profile.c: profiles (create, list, rename, settings, delete with
 * cascade), cards and the one-transaction write of an answer.
 * Depends on: lt_store_int.h, lt_utf8.h, sqlite3. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_store.h"
#include "lt_store_int.h"
#include "lt_utf8.h"

/* Trims ASCII spaces and checks the name rules; writes the clean name. */
static bool lt_store_clean_name(const char *name, char *out, size_t len)
{
    if (name == NULL) {
        return false;
    }
    while (*name == ' ' || *name == '\t' || *name == '\n' || *name == '\r') {
        name++;
    }
    size_t n = strlen(name);
    while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '\t' || name[n - 1] == '\n' || name[n - 1] == '\r')) {
        n--;
    }
    if (n == 0 || n >= len || !lt_utf8_valid(name, n, NULL) || memchr(name, '\0', n) != NULL) {
        return false;
    }
    if (lt_utf8_count(name, n) > LT_PROFILE_NAME_CHARS) {
        return false;
    }
    memcpy(out, name, n);
    out[n] = '\0';
    return true;
}

int64_t lt_store_profile_create(lt_store *s, const char *name, int64_t now_ms)
{
    char clean[LT_PROFILE_NAME_MAX];
    if (s == NULL || !lt_store_clean_name(name, clean, sizeof clean)) {
        return -1;
    }
    sqlite3_stmt *st = NULL;
    int64_t id = -1;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO profiles (name, created_ms) VALUES (?1, ?2);", -1, &st, NULL) ==
        SQLITE_OK) {
        sqlite3_bind_text(st, 1, clean, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, now_ms);
        if (sqlite3_step(st) == SQLITE_DONE) {
            id = sqlite3_last_insert_rowid(s->db);
        }
    }
    if (id < 0) {
        fprintf(stderr, "letopis: %s: cannot create a profile: %s\n", s->path, sqlite3_errmsg(s->db));
    }
    sqlite3_finalize(st);
    return id;
}

static void lt_store_read_profile(sqlite3_stmt *st, lt_profile *p)
{
    memset(p, 0, sizeof *p);
    p->id = sqlite3_column_int64(st, 0);
    const char *name = (const char *)sqlite3_column_text(st, 1);
    snprintf(p->name, sizeof p->name, "%s", name != NULL ? name : "");
    p->created_ms = sqlite3_column_int64(st, 2);
    p->retention = sqlite3_column_double(st, 3);
    p->new_per_day = sqlite3_column_int(st, 4);
    p->calm = sqlite3_column_int(st, 5) != 0;
}

#define LT_PROFILE_COLS "id, name, created_ms, retention, new_per_day, calm"

int lt_store_profile_list(lt_store *s, lt_profile *out, int max)
{
    if (s == NULL) {
        return -1;
    }
    sqlite3_stmt *st = NULL;
    int n = 0, rc;
    if (sqlite3_prepare_v2(s->db, "SELECT " LT_PROFILE_COLS " FROM profiles ORDER BY created_ms, id;", -1, &st,
                           NULL) != SQLITE_OK) {
        return -1;
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n < max && out != NULL) {
            lt_store_read_profile(st, &out[n]);
        }
        n++;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? n : -1;
}

bool lt_store_profile_get(lt_store *s, int64_t id, lt_profile *out)
{
    if (s == NULL) {
        return false;
    }
    sqlite3_stmt *st = NULL;
    bool found = false;
    if (sqlite3_prepare_v2(s->db, "SELECT " LT_PROFILE_COLS " FROM profiles WHERE id = ?1;", -1, &st, NULL) ==
        SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        if (sqlite3_step(st) == SQLITE_ROW) {
            lt_store_read_profile(st, out);
            found = true;
        }
    }
    sqlite3_finalize(st);
    return found;
}

/* Steps a bound one-row UPDATE and finalizes it; true when exactly one row
 * changed. */
static bool lt_store_change_one(lt_store *s, sqlite3_stmt *st)
{
    bool ok = sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(s->db) == 1;
    sqlite3_finalize(st);
    return ok;
}

bool lt_store_profile_rename(lt_store *s, int64_t id, const char *name)
{
    char clean[LT_PROFILE_NAME_MAX];
    sqlite3_stmt *st = NULL;
    if (s == NULL || !lt_store_clean_name(name, clean, sizeof clean) ||
        sqlite3_prepare_v2(s->db, "UPDATE profiles SET name = ?2 WHERE id = ?1;", -1, &st, NULL) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, clean, -1, SQLITE_STATIC);
    return lt_store_change_one(s, st);
}

bool lt_store_profile_update(lt_store *s, const lt_profile *p)
{
    sqlite3_stmt *st = NULL;
    if (s == NULL || p == NULL || !(p->retention >= LT_FSRS_RETENTION_MIN - 1e-9) ||
        !(p->retention <= LT_FSRS_RETENTION_MAX + 1e-9) || p->new_per_day < 0 || p->new_per_day > 1000 ||
        sqlite3_prepare_v2(s->db, "UPDATE profiles SET retention = ?2, new_per_day = ?3, calm = ?4 WHERE id = ?1;",
                           -1, &st, NULL) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_int64(st, 1, p->id);
    sqlite3_bind_double(st, 2, p->retention);
    sqlite3_bind_int(st, 3, p->new_per_day);
    sqlite3_bind_int(st, 4, p->calm ? 1 : 0);
    return lt_store_change_one(s, st);
}

bool lt_store_profile_delete(lt_store *s, int64_t id)
{
    if (s == NULL || !lt_store_exec(s, "BEGIN IMMEDIATE;", "deleting a profile")) {
        return false;
    }
    static const char *const steps[] = {
        "UPDATE profiles SET deleting = 1 WHERE id = ?1;",
        "DELETE FROM review_log WHERE profile = ?1;",
        "DELETE FROM cards WHERE profile = ?1;",
        "DELETE FROM sessions WHERE profile = ?1;",
        "DELETE FROM profiles WHERE id = ?1;",
    };
    bool ok = true;
    for (size_t i = 0; ok && i < sizeof steps / sizeof steps[0]; i++) {
        sqlite3_stmt *st = NULL;
        ok = sqlite3_prepare_v2(s->db, steps[i], -1, &st, NULL) == SQLITE_OK;
        if (ok) {
            sqlite3_bind_int64(st, 1, id);
            ok = sqlite3_step(st) == SQLITE_DONE && (i != 0 || sqlite3_changes(s->db) == 1);
        }
        sqlite3_finalize(st);
    }
    if (!ok || !lt_store_exec(s, "COMMIT;", "deleting a profile")) {
        sqlite3_exec(s->db, "ROLLBACK;", NULL, NULL, NULL);
        return false;
    }
    return true;
}

/* ---- cards ---------------------------------------------------------------- */

bool lt_store_cards_load(lt_store *s, int64_t profile, const char *pack, lt_card_rec **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (s == NULL) {
        return false;
    }
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id, fact, " LT_STORE_CARD_COLS
                           " FROM cards WHERE profile = ?1 AND pack = ?2 ORDER BY fact;",
                           -1, &st, NULL) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_int64(st, 1, profile);
    sqlite3_bind_text(st, 2, pack, -1, SQLITE_STATIC);
    size_t cap = 0;
    int rc;
    bool ok = true;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            lt_card_rec *grown = realloc(*out, ncap * sizeof **out);
            if (grown == NULL) {
                ok = false;
                break;
            }
            *out = grown;
            cap = ncap;
        }
        lt_card_rec *c = &(*out)[(*n)++];
        c->id = sqlite3_column_int64(st, 0);
        const char *fact = (const char *)sqlite3_column_text(st, 1);
        snprintf(c->fact, sizeof c->fact, "%s", fact != NULL ? fact : "");
        lt_store_read_card(st, 2, &c->fsrs);
    }
    sqlite3_finalize(st);
    if (!ok || rc != SQLITE_DONE) {
        free(*out);
        *out = NULL;
        *n = 0;
        return false;
    }
    return true;
}

bool lt_store_card_get(lt_store *s, int64_t profile, const char *pack, const char *fact, lt_card_rec *out)
{
    sqlite3_stmt *st = NULL;
    bool found = false;
    if (s == NULL || sqlite3_prepare_v2(s->db,
                                        "SELECT id, fact, " LT_STORE_CARD_COLS
                                        " FROM cards WHERE profile = ?1 AND pack = ?2 AND fact = ?3;",
                                        -1, &st, NULL) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_int64(st, 1, profile);
    sqlite3_bind_text(st, 2, pack, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, fact, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        memset(out, 0, sizeof *out);
        out->id = sqlite3_column_int64(st, 0);
        snprintf(out->fact, sizeof out->fact, "%s", (const char *)sqlite3_column_text(st, 1));
        lt_store_read_card(st, 2, &out->fsrs);
        found = true;
    }
    sqlite3_finalize(st);
    return found;
}

/* Binds the FSRS columns as ?2..?11 (the layout of LT_ST_CARD_UPDATE/INSERT). */
static void lt_store_bind_card(sqlite3_stmt *st, const lt_fsrs_card *c)
{
    sqlite3_bind_double(st, 2, c->stability);
    sqlite3_bind_double(st, 3, c->difficulty);
    sqlite3_bind_int(st, 4, (int)c->state);
    sqlite3_bind_int(st, 5, c->learning_steps);
    sqlite3_bind_int64(st, 6, c->due);
    if (c->has_last_review) {
        sqlite3_bind_int64(st, 7, c->last_review);
    } else {
        sqlite3_bind_null(st, 7);
    }
    sqlite3_bind_int(st, 8, c->elapsed_days);
    sqlite3_bind_int(st, 9, c->scheduled_days);
    sqlite3_bind_int(st, 10, c->reps);
    sqlite3_bind_int(st, 11, c->lapses);
}

/* Writes the card inside the caller's transaction; returns its row id or -1. */
static int64_t lt_store_write_card(lt_store *s, int64_t profile, const char *pack, const lt_card_rec *c)
{
    sqlite3_stmt *st;
    if (c->id > 0) {
        st = lt_store_stmt(s, LT_ST_CARD_UPDATE);
        if (st == NULL) {
            return -1;
        }
        sqlite3_bind_int64(st, 1, c->id);
        lt_store_bind_card(st, &c->fsrs);
        bool ok = sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(s->db) == 1;
        sqlite3_reset(st);
        return ok ? c->id : -1;
    }
    st = lt_store_stmt(s, LT_ST_CARD_INSERT);
    if (st == NULL || c->fact[0] == '\0') {
        return -1;
    }
    sqlite3_bind_text(st, 1, c->fact, -1, SQLITE_STATIC);
    lt_store_bind_card(st, &c->fsrs);
    sqlite3_bind_int64(st, 12, profile);
    sqlite3_bind_text(st, 13, pack, -1, SQLITE_STATIC);
    int64_t id = -1;
    if (sqlite3_step(st) == SQLITE_ROW) {
        id = sqlite3_column_int64(st, 0);
        if (sqlite3_step(st) != SQLITE_DONE) {
            id = -1;
        }
    }
    sqlite3_reset(st);
    return id;
}

static bool lt_store_step_simple(lt_store *s, int which)
{
    sqlite3_stmt *st = lt_store_stmt(s, which);
    bool ok = st != NULL && sqlite3_step(st) == SQLITE_DONE;
    if (st != NULL) {
        sqlite3_reset(st);
    }
    return ok;
}

bool lt_store_card_save(lt_store *s, int64_t profile, const char *pack, lt_card_rec *c)
{
    if (s == NULL || c == NULL || !lt_store_step_simple(s, LT_ST_BEGIN)) {
        return false;
    }
    int64_t id = lt_store_write_card(s, profile, pack, c);
    if (id < 0 || !lt_store_step_simple(s, LT_ST_COMMIT)) {
        fprintf(stderr, "letopis: %s: cannot save card %s: %s\n", s->path, c->fact, sqlite3_errmsg(s->db));
        lt_store_step_simple(s, LT_ST_ROLLBACK);
        return false;
    }
    c->id = id;
    return true;
}

bool lt_store_commit_answer(lt_store *s, int64_t profile, const char *pack, lt_card_rec *c,
                            const lt_answer_rec *a)
{
    if (s == NULL || c == NULL || a == NULL || !lt_store_step_simple(s, LT_ST_BEGIN)) {
        return false;
    }
    int64_t id = lt_store_write_card(s, profile, pack, c);
    bool ok = id > 0;
    if (ok) {
        sqlite3_stmt *st = lt_store_stmt(s, LT_ST_LOG_INSERT);
        ok = st != NULL;
        if (ok) {
            sqlite3_bind_int64(st, 1, profile);
            sqlite3_bind_int64(st, 2, id);
            sqlite3_bind_int64(st, 3, a->time_ms);
            sqlite3_bind_int(st, 4, a->rating);
            sqlite3_bind_int64(st, 5, a->answer_ms);
            sqlite3_bind_text(st, 6, a->qtype != NULL ? a->qtype : "choice", -1, SQLITE_STATIC);
            sqlite3_bind_int(st, 7, (int)a->outcome);
            sqlite3_bind_int(st, 8, a->score);
            if (a->has_r_before) {
                sqlite3_bind_double(st, 9, a->r_before);
            } else {
                sqlite3_bind_null(st, 9);
            }
            sqlite3_bind_int(st, 10, (int)a->state_before);
            if (a->answer != NULL) {
                sqlite3_bind_text(st, 11, a->answer, -1, SQLITE_STATIC);
            } else {
                sqlite3_bind_null(st, 11);
            }
            ok = sqlite3_step(st) == SQLITE_DONE;
            sqlite3_reset(st);
        }
    }
    if (!ok || !lt_store_step_simple(s, LT_ST_COMMIT)) {
        fprintf(stderr, "letopis: %s: cannot record the answer on %s: %s\n", s->path, c->fact,
                sqlite3_errmsg(s->db));
        lt_store_step_simple(s, LT_ST_ROLLBACK);
        return false;
    }
    c->id = id;
    return true;
}
