/* lt_kstore.c: the kiosk database (dir/kiosk.db): anonymous visitor
 * sessions and their answers, the leaderboard, health counters (install
 * time, crashes found through a "running" flag, idle resets), day summaries
 * and the record of exported days. WAL, synchronous FULL, one transaction
 * per write; a damaged file is moved aside and a fresh one started.
 * Depends on: lt_kiosk.h, lt_kiosk_int.h, sqlite3. */
#include "lt_db.h"
#include "lt_kiosk.h"
#include "lt_kiosk_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <sqlite3.h>

#define LT_KSTORE_SCHEMA_VERSION 2

/* migrations[v] takes the database from version v to v + 1. Times are ms
 * since 1970 UTC. visits.ended is NULL while a session runs, else an
 * lt_visit_end. meta holds whole numbers: installed_ms, running (1 from
 * open to a clean close), crashes, last_reset_ms, resets,
 * exported_through_ms. Version 2 allows ended = 4 ("stopped"): SQLite cannot
 * change a CHECK in place, so the visits table is rebuilt (foreign keys are
 * off while migrating). */
static const char *const lt_kstore_migrations[LT_KSTORE_SCHEMA_VERSION] = {
    "CREATE TABLE meta ("
    "  key TEXT PRIMARY KEY NOT NULL,"
    "  value INTEGER NOT NULL);"
    "CREATE TABLE visits ("
    "  id INTEGER PRIMARY KEY,"
    "  start_ms INTEGER NOT NULL,"
    "  end_ms INTEGER NOT NULL DEFAULT 0,"
    "  lang INTEGER NOT NULL CHECK (lang >= 0),"
    "  questions INTEGER NOT NULL DEFAULT 0,"
    "  right_n INTEGER NOT NULL DEFAULT 0,"
    "  wrong_n INTEGER NOT NULL DEFAULT 0,"
    "  score INTEGER NOT NULL DEFAULT 0,"
    "  ended INTEGER CHECK (ended BETWEEN 0 AND 3));"
    "CREATE INDEX visits_start ON visits(start_ms);"
    "CREATE INDEX visits_open ON visits(ended) WHERE ended IS NULL;"
    "CREATE TABLE answers ("
    "  id INTEGER PRIMARY KEY,"
    "  visit INTEGER NOT NULL REFERENCES visits(id),"
    "  fact TEXT NOT NULL,"
    "  is_right INTEGER NOT NULL CHECK (is_right IN (0, 1)));"
    "CREATE INDEX answers_visit ON answers(visit);"
    "CREATE TABLE board ("
    "  id INTEGER PRIMARY KEY,"
    "  initials TEXT NOT NULL,"
    "  score INTEGER NOT NULL,"
    "  at_ms INTEGER NOT NULL);"
    "CREATE INDEX board_rank ON board(score DESC, at_ms);",
    "CREATE TABLE visits_v2 ("
    "  id INTEGER PRIMARY KEY,"
    "  start_ms INTEGER NOT NULL,"
    "  end_ms INTEGER NOT NULL DEFAULT 0,"
    "  lang INTEGER NOT NULL CHECK (lang >= 0),"
    "  questions INTEGER NOT NULL DEFAULT 0,"
    "  right_n INTEGER NOT NULL DEFAULT 0,"
    "  wrong_n INTEGER NOT NULL DEFAULT 0,"
    "  score INTEGER NOT NULL DEFAULT 0,"
    "  ended INTEGER CHECK (ended BETWEEN 0 AND 4));"
    "INSERT INTO visits_v2 SELECT id, start_ms, end_ms, lang, questions, right_n, wrong_n, score, ended "
    "  FROM visits;"
    "DROP TABLE visits;"
    "ALTER TABLE visits_v2 RENAME TO visits;"
    "CREATE INDEX visits_start ON visits(start_ms);"
    "CREATE INDEX visits_open ON visits(ended) WHERE ended IS NULL;",
};

struct lt_kstore {
    sqlite3 *db;
    char path[LT_KIOSK_PATH_MAX + 16];
    char notice[2 * LT_KIOSK_PATH_MAX + 600];
    int64_t started_ms;
    bool reader; /* opened by lt_kstore_open_reader */
};

const char *lt_visit_end_name(lt_visit_end e)
{
    static const char *const names[LT_VISIT_END_COUNT] = { "completed", "idle", "admin", "crash", "stopped" };
    return (int)e >= 0 && e < LT_VISIT_END_COUNT ? names[e] : "?";
}

/* ---- small SQL helpers ------------------------------------------------------ */

static sqlite3_stmt *kx_prep(lt_kstore *ks, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(ks->db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "letopis: %s: %s\n", ks->path, sqlite3_errmsg(ks->db));
        sqlite3_finalize(st);
        return NULL;
    }
    return st;
}

static bool kx_exec(lt_kstore *ks, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(ks->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "letopis: %s: %s\n", ks->path, msg ? msg : sqlite3_errmsg(ks->db));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

static bool kx_begin(lt_kstore *ks)
{
    return kx_exec(ks, "BEGIN IMMEDIATE;");
}

/* Commits when ok, else rolls back; returns ok && the commit worked. */
static bool kx_end(lt_kstore *ks, bool ok)
{
    if (ok && kx_exec(ks, "COMMIT;")) {
        return true;
    }
    sqlite3_exec(ks->db, "ROLLBACK;", NULL, NULL, NULL);
    return false;
}

/* One whole number from a query with up to two int64 parameters; fallback
 * when there is no row or it is NULL. */
static int64_t kx_int(lt_kstore *ks, const char *sql, int64_t a, int64_t b, int64_t fallback)
{
    sqlite3_stmt *st = kx_prep(ks, sql);
    int64_t v = fallback;
    if (st == NULL) {
        return fallback;
    }
    int n = sqlite3_bind_parameter_count(st);
    if (n >= 1) {
        sqlite3_bind_int64(st, 1, a);
    }
    if (n >= 2) {
        sqlite3_bind_int64(st, 2, b);
    }
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
        v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return v;
}

static int64_t meta_get(lt_kstore *ks, const char *key, int64_t fallback)
{
    sqlite3_stmt *st = kx_prep(ks, "SELECT value FROM meta WHERE key = ?1;");
    int64_t v = fallback;
    if (st == NULL) {
        return fallback;
    }
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return v;
}

/* Sets (add = false) or adds to (add = true) a meta value; inside a transaction. */
static bool meta_put(lt_kstore *ks, const char *key, int64_t v, bool add)
{
    sqlite3_stmt *st = kx_prep(ks, add ? "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                         "ON CONFLICT(key) DO UPDATE SET value = value + excluded.value;"
                                       : "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value;");
    if (st == NULL) {
        return false;
    }
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, v);
    bool ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return ok;
}

/* ---- open and close ---------------------------------------------------------- */

/* Opens and checks the file (lt_db_open_checked). */
static int kx_try_open(lt_kstore *ks, int flags, char *why, size_t whylen)
{
    return lt_db_open_checked(ks->path, flags, &ks->db, why, whylen);
}

/* Moves a damaged file and its journals aside as kiosk.db.corrupt-<time>. */
static bool kx_move_aside(lt_kstore *ks, const char *why, char *err, size_t errlen)
{
    char aside[LT_KIOSK_PATH_MAX + 64];
    snprintf(aside, sizeof aside, "%s.corrupt-%ld", ks->path, (long)time(NULL));
    if (rename(ks->path, aside) != 0) {
        snprintf(err, errlen, "%s is damaged (%s) and cannot be moved aside: %s", ks->path, why,
                 strerror(errno));
        return false;
    }
    static const char *const suffixes[] = { "-wal", "-shm", "-journal" };
    for (size_t i = 0; i < 3; i++) {
        char side[LT_KIOSK_PATH_MAX + 32], side_to[LT_KIOSK_PATH_MAX + 96];
        snprintf(side, sizeof side, "%s%s", ks->path, suffixes[i]);
        snprintf(side_to, sizeof side_to, "%s%s", aside, suffixes[i]);
        (void)rename(side, side_to);
    }
    snprintf(ks->notice, sizeof ks->notice,
             "%s was damaged (%s); it was kept as %s and a new kiosk database was started.", ks->path, why,
             aside);
    fprintf(stderr, "letopis: %s\n", ks->notice);
    return true;
}

static bool kx_migrate(lt_kstore *ks, char *why, size_t whylen)
{
    int v = lt_db_user_version(ks->db);
    if (v < 0) {
        snprintf(why, whylen, "cannot read the schema version: %s", sqlite3_errmsg(ks->db));
        return false;
    }
    if (v > LT_KSTORE_SCHEMA_VERSION) {
        snprintf(why, whylen, "written by a newer Letopis (schema %d, this one knows %d)", v,
                 LT_KSTORE_SCHEMA_VERSION);
        return false;
    }
    /* A rebuilt table must not trip the answers' references while it is
     * swapped (the pragma only acts outside a transaction). */
    sqlite3_exec(ks->db, "PRAGMA foreign_keys=OFF;", NULL, NULL, NULL);
    bool ok = true;
    for (; ok && v < LT_KSTORE_SCHEMA_VERSION; v++) {
        char sql[4096];
        snprintf(sql, sizeof sql, "BEGIN IMMEDIATE; %s PRAGMA user_version = %d; COMMIT;",
                 lt_kstore_migrations[v], v + 1);
        char *msg = NULL;
        if (sqlite3_exec(ks->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
            snprintf(why, whylen, "migration to schema %d failed: %s", v + 1, msg ? msg : "?");
            sqlite3_free(msg);
            sqlite3_exec(ks->db, "ROLLBACK;", NULL, NULL, NULL);
            ok = false;
        }
    }
    sqlite3_exec(ks->db, "PRAGMA foreign_keys=ON;", NULL, NULL, NULL);
    return ok;
}

/* At start: install time, crash count, sessions left running, the flag. */
static bool kx_start_run(lt_kstore *ks, int64_t now_ms)
{
    if (!kx_begin(ks)) {
        return false;
    }
    bool ok = kx_exec(ks, "INSERT OR IGNORE INTO meta (key, value) VALUES ('installed_ms', 0);");
    if (ok && meta_get(ks, "installed_ms", 0) == 0) {
        ok = meta_put(ks, "installed_ms", now_ms, false);
    }
    if (ok && meta_get(ks, "running", 0) != 0) {
        ok = meta_put(ks, "crashes", 1, true);
    }
    if (ok) {
        /* Whatever the flag said, a session still open now can never end. */
        sqlite3_stmt *st = kx_prep(ks, "UPDATE visits SET ended = ?1, end_ms = max(?2, start_ms) "
                                       "WHERE ended IS NULL;");
        ok = st != NULL;
        if (ok) {
            sqlite3_bind_int(st, 1, LT_VISIT_CRASH);
            sqlite3_bind_int64(st, 2, now_ms);
            ok = sqlite3_step(st) == SQLITE_DONE;
        }
        sqlite3_finalize(st);
    }
    ok = ok && meta_put(ks, "running", 1, false);
    return kx_end(ks, ok);
}

static lt_kstore *kx_new(const char *dir, char *err, size_t errlen)
{
    lt_kstore *ks = calloc(1, sizeof *ks);
    if (ks == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    int n = snprintf(ks->path, sizeof ks->path, "%s/%s", dir, LT_KIOSK_DB_FILE);
    if (n < 0 || (size_t)n >= sizeof ks->path) {
        snprintf(err, errlen, "the data folder's path is too long");
        free(ks);
        return NULL;
    }
    return ks;
}

static void kx_free(lt_kstore *ks)
{
    sqlite3_close(ks->db);
    free(ks);
}

lt_kstore *lt_kstore_open(const char *dir, int64_t now_ms, char *err, size_t errlen)
{
    if (lt_kiosk_mkdirs(dir) != 0) {
        snprintf(err, errlen, "cannot create the data folder %s: %s", dir, strerror(errno));
        return NULL;
    }
    lt_kstore *ks = kx_new(dir, err, errlen);
    if (ks == NULL) {
        return NULL;
    }
    char why[512] = "";
    int rc = kx_try_open(ks, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, why, sizeof why);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) {
        sqlite3_close(ks->db);
        ks->db = NULL;
        if (!kx_move_aside(ks, why, err, errlen)) {
            free(ks);
            return NULL;
        }
        rc = kx_try_open(ks, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, why, sizeof why);
    }
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "cannot open %s: %s", ks->path, why);
        kx_free(ks);
        return NULL;
    }
    sqlite3_exec(ks->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", NULL,
                 NULL, NULL);
    if (!kx_migrate(ks, why, sizeof why)) {
        snprintf(err, errlen, "%s: %s", ks->path, why);
        kx_free(ks);
        return NULL;
    }
    if (!kx_start_run(ks, now_ms)) {
        snprintf(err, errlen, "%s: cannot record the start: %s", ks->path, sqlite3_errmsg(ks->db));
        kx_free(ks);
        return NULL;
    }
    ks->started_ms = now_ms;
    return ks;
}

lt_kstore *lt_kstore_open_reader(const char *dir, char *err, size_t errlen)
{
    lt_kstore *ks = kx_new(dir, err, errlen);
    struct stat sb;
    char why[512] = "";
    if (ks == NULL) {
        return NULL;
    }
    if (stat(ks->path, &sb) != 0) {
        snprintf(err, errlen, "no kiosk database in %s (%s: %s)", dir, ks->path, strerror(errno));
        free(ks);
        return NULL;
    }
    ks->reader = true;
    if (kx_try_open(ks, SQLITE_OPEN_READWRITE, why, sizeof why) != SQLITE_OK) {
        snprintf(err, errlen, "cannot read %s: %s", ks->path, why);
        kx_free(ks);
        return NULL;
    }
    sqlite3_exec(ks->db, "PRAGMA synchronous=FULL;", NULL, NULL, NULL);
    int v = lt_db_user_version(ks->db);
    if (v < 1 || v > LT_KSTORE_SCHEMA_VERSION) {
        snprintf(err, errlen, "%s is not a kiosk database this Letopis can read (schema %d)", ks->path, v);
        kx_free(ks);
        return NULL;
    }
    ks->started_ms = meta_get(ks, "installed_ms", 0);
    return ks;
}

void lt_kstore_close(lt_kstore *ks)
{
    if (ks == NULL) {
        return;
    }
    if (!ks->reader && kx_begin(ks)) {
        kx_end(ks, meta_put(ks, "running", 0, false));
    }
    kx_free(ks);
}

const char *lt_kstore_notice(const lt_kstore *ks)
{
    return ks != NULL ? ks->notice : "";
}

/* ---- visits -------------------------------------------------------------------- */

int64_t lt_kstore_visit_begin(lt_kstore *ks, int64_t now_ms, lt_lang lang)
{
    if (ks == NULL || ks->reader || (int)lang < 0 || lang >= LT_LANG_COUNT || !kx_begin(ks)) {
        return 0;
    }
    sqlite3_stmt *st = kx_prep(ks, "INSERT INTO visits (start_ms, lang) VALUES (?1, ?2);");
    bool ok = st != NULL;
    if (ok) {
        sqlite3_bind_int64(st, 1, now_ms);
        sqlite3_bind_int(st, 2, (int)lang);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    sqlite3_finalize(st);
    int64_t id = ok ? sqlite3_last_insert_rowid(ks->db) : 0;
    return kx_end(ks, ok) ? id : 0;
}

bool lt_kstore_visit_answer(lt_kstore *ks, int64_t visit, const char *fact_id, bool right, int score_now)
{
    if (ks == NULL || ks->reader || fact_id == NULL || !kx_begin(ks)) {
        return false;
    }
    /* Only a running session takes answers. */
    bool ok = kx_int(ks, "SELECT count(*) FROM visits WHERE id = ?1 AND ended IS NULL;", visit, 0, 0) == 1;
    sqlite3_stmt *st =
        ok ? kx_prep(ks, "INSERT INTO answers (visit, fact, is_right) VALUES (?1, ?2, ?3);") : NULL;
    ok = ok && st != NULL;
    if (ok) {
        sqlite3_bind_int64(st, 1, visit);
        sqlite3_bind_text(st, 2, fact_id, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 3, right ? 1 : 0);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    sqlite3_finalize(st);
    st = ok ? kx_prep(ks, "UPDATE visits SET questions = questions + 1, right_n = right_n + ?2, "
                          "wrong_n = wrong_n + ?3, score = ?4 WHERE id = ?1;")
            : NULL;
    ok = ok && st != NULL;
    if (ok) {
        sqlite3_bind_int64(st, 1, visit);
        sqlite3_bind_int(st, 2, right ? 1 : 0);
        sqlite3_bind_int(st, 3, right ? 0 : 1);
        sqlite3_bind_int(st, 4, score_now);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    sqlite3_finalize(st);
    return kx_end(ks, ok);
}

bool lt_kstore_visit_end(lt_kstore *ks, int64_t visit, int64_t now_ms, lt_visit_end why)
{
    if (ks == NULL || ks->reader || (int)why < 0 || why >= LT_VISIT_END_COUNT || !kx_begin(ks)) {
        return false;
    }
    sqlite3_stmt *st = kx_prep(ks, "UPDATE visits SET end_ms = max(?2, start_ms), ended = ?3 "
                                   "WHERE id = ?1 AND ended IS NULL;");
    bool ok = st != NULL;
    if (ok) {
        sqlite3_bind_int64(st, 1, visit);
        sqlite3_bind_int64(st, 2, now_ms);
        sqlite3_bind_int(st, 3, (int)why);
        ok = sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(ks->db) == 1;
    }
    sqlite3_finalize(st);
    return kx_end(ks, ok);
}

bool lt_kstore_visit_get(lt_kstore *ks, int64_t visit, lt_visit *out)
{
    memset(out, 0, sizeof *out);
    if (ks == NULL) {
        return false;
    }
    sqlite3_stmt *st = kx_prep(ks, "SELECT id, start_ms, end_ms, lang, questions, right_n, wrong_n, score, "
                                   "ended FROM visits WHERE id = ?1;");
    bool found = false;
    if (st == NULL) {
        return false;
    }
    sqlite3_bind_int64(st, 1, visit);
    if (sqlite3_step(st) == SQLITE_ROW) {
        out->id = sqlite3_column_int64(st, 0);
        out->start_ms = sqlite3_column_int64(st, 1);
        out->end_ms = sqlite3_column_int64(st, 2);
        int lang = sqlite3_column_int(st, 3);
        out->lang = lang >= 0 && lang < LT_LANG_COUNT ? (lt_lang)lang : LT_LANG_RU;
        out->questions = sqlite3_column_int(st, 4);
        out->right = sqlite3_column_int(st, 5);
        out->wrong = sqlite3_column_int(st, 6);
        out->score = sqlite3_column_int(st, 7);
        out->end = sqlite3_column_type(st, 8) == SQLITE_NULL ? LT_VISIT_END_COUNT
                                                             : (lt_visit_end)sqlite3_column_int(st, 8);
        found = true;
    }
    sqlite3_finalize(st);
    return found;
}

/* ---- leaderboard ------------------------------------------------------------------ */

bool lt_kstore_board_add(lt_kstore *ks, const char *initials, int score, int64_t now_ms)
{
    if (ks == NULL || ks->reader || !lt_initials_ok(initials) || !kx_begin(ks)) {
        return false;
    }
    sqlite3_stmt *st = kx_prep(ks, "INSERT INTO board (initials, score, at_ms) VALUES (?1, ?2, ?3);");
    bool ok = st != NULL;
    if (ok) {
        sqlite3_bind_text(st, 1, initials, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 2, score);
        sqlite3_bind_int64(st, 3, now_ms);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    sqlite3_finalize(st);
    return kx_end(ks, ok);
}

int lt_kstore_board_top(lt_kstore *ks, int64_t today_start_ms, lt_board_row *out, int max)
{
    if (ks == NULL || out == NULL || max <= 0) {
        return 0;
    }
    sqlite3_stmt *st = kx_prep(ks, "SELECT initials, score, at_ms FROM board WHERE ?1 <= 0 OR at_ms >= ?1 "
                                   "ORDER BY score DESC, at_ms ASC, id ASC LIMIT ?2;");
    int n = 0;
    if (st == NULL) {
        return 0;
    }
    sqlite3_bind_int64(st, 1, today_start_ms);
    sqlite3_bind_int(st, 2, max);
    while (n < max && sqlite3_step(st) == SQLITE_ROW) {
        const char *ini = (const char *)sqlite3_column_text(st, 0);
        snprintf(out[n].initials, sizeof out[n].initials, "%s", ini != NULL ? ini : "");
        out[n].score = sqlite3_column_int(st, 1);
        out[n].at_ms = sqlite3_column_int64(st, 2);
        n++;
    }
    sqlite3_finalize(st);
    return n;
}

int lt_kstore_board_rank(lt_kstore *ks, int64_t today_start_ms, int score)
{
    if (ks == NULL) {
        return 1;
    }
    return 1 + (int)kx_int(ks, "SELECT count(*) FROM board WHERE score >= ?2 AND (?1 <= 0 OR at_ms >= ?1);",
                           today_start_ms, score, 0);
}

bool lt_kstore_board_wipe(lt_kstore *ks)
{
    if (ks == NULL || ks->reader || !kx_begin(ks)) {
        return false;
    }
    return kx_end(ks, kx_exec(ks, "DELETE FROM board;"));
}

/* ---- health and statistics ---------------------------------------------------------- */

bool lt_kstore_health(lt_kstore *ks, int64_t today_start_ms, lt_kiosk_health *out)
{
    memset(out, 0, sizeof *out);
    if (ks == NULL) {
        return false;
    }
    out->installed_ms = meta_get(ks, "installed_ms", 0);
    out->started_ms = ks->started_ms;
    out->sessions_today =
        (int)kx_int(ks, "SELECT count(*) FROM visits WHERE start_ms >= ?1;", today_start_ms, 0, 0);
    out->sessions_total = (int)kx_int(ks, "SELECT count(*) FROM visits;", 0, 0, 0);
    out->crashes = (int)meta_get(ks, "crashes", 0);
    out->last_reset_ms = meta_get(ks, "last_reset_ms", 0);
    out->resets = (int)meta_get(ks, "resets", 0);
    out->exported_through_ms = meta_get(ks, "exported_through_ms", 0);
    return true;
}

bool lt_kstore_note_reset(lt_kstore *ks, int64_t now_ms)
{
    if (ks == NULL || ks->reader || !kx_begin(ks)) {
        return false;
    }
    bool ok = meta_put(ks, "last_reset_ms", now_ms, false) && meta_put(ks, "resets", 1, true);
    return kx_end(ks, ok);
}

bool lt_kstore_day_summary(lt_kstore *ks, int64_t day_start_ms, lt_kiosk_day *out)
{
    memset(out, 0, sizeof *out);
    out->day_start_ms = day_start_ms;
    if (ks == NULL) {
        return false;
    }
    int64_t next = lt_kiosk_day_next(day_start_ms);
    sqlite3_stmt *st = kx_prep(ks, "SELECT lang, ended, end_ms - start_ms FROM visits "
                                   "WHERE start_ms >= ?1 AND start_ms < ?2;");
    if (st == NULL) {
        return false;
    }
    sqlite3_bind_int64(st, 1, day_start_ms);
    sqlite3_bind_int64(st, 2, next);
    double length_sum = 0;
    int length_n = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int lang = sqlite3_column_int(st, 0);
        out->sessions++;
        if (lang >= 0 && lang < LT_LANG_COUNT) {
            out->per_lang[lang]++;
        }
        if (sqlite3_column_type(st, 1) == SQLITE_NULL) {
            continue; /* still running */
        }
        int end = sqlite3_column_int(st, 1);
        if (end < 0 || end >= LT_VISIT_END_COUNT) {
            continue;
        }
        out->finished++;
        out->ended[end]++;
        if (end != LT_VISIT_CRASH) {
            length_sum += (double)sqlite3_column_int64(st, 2) / 1000.0;
            length_n++;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        return false;
    }
    out->completed = out->ended[LT_VISIT_COMPLETED];
    out->mean_length_s = length_n > 0 ? length_sum / length_n : 0.0;
    out->completion_rate = out->finished > 0 ? (double)out->completed / out->finished : 0.0;
    out->answers = (int)kx_int(ks, "SELECT count(*) FROM answers a JOIN visits v ON v.id = a.visit "
                                   "WHERE v.start_ms >= ?1 AND v.start_ms < ?2;",
                               day_start_ms, next, 0);

    st = kx_prep(ks, "SELECT a.fact, count(*) AS n, sum(1 - a.is_right) AS w FROM answers a "
                     "JOIN visits v ON v.id = a.visit WHERE v.start_ms >= ?1 AND v.start_ms < ?2 "
                     "GROUP BY a.fact HAVING n >= 3 AND w > 0 "
                     "ORDER BY CAST(w AS REAL) / n DESC, n DESC, a.fact ASC LIMIT 5;");
    if (st == NULL) {
        return false;
    }
    sqlite3_bind_int64(st, 1, day_start_ms);
    sqlite3_bind_int64(st, 2, next);
    while (out->hardest_n < 5 && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        int i = out->hardest_n++;
        const char *fact = (const char *)sqlite3_column_text(st, 0);
        snprintf(out->hardest[i].fact, sizeof out->hardest[i].fact, "%s", fact != NULL ? fact : "");
        out->hardest[i].answers = sqlite3_column_int(st, 1);
        out->hardest[i].wrong = sqlite3_column_int(st, 2);
        out->hardest[i].wrong_rate = (double)out->hardest[i].wrong / out->hardest[i].answers;
    }
    sqlite3_finalize(st);
    return true;
}

int lt_kstore_export_pending(lt_kstore *ks, int64_t today_start_ms, const char *dir, char *err, size_t errlen)
{
    if (ks == NULL) {
        snprintf(err, errlen, "no kiosk database");
        return -1;
    }
    int64_t done = meta_get(ks, "exported_through_ms", 0);
    int64_t from = done != 0 ? lt_kiosk_day_next(done) : INT64_MIN;
    int written = 0;
    for (;;) {
        int64_t first = kx_int(ks, "SELECT min(start_ms) FROM visits WHERE start_ms >= ?1 AND start_ms < ?2;",
                               from, today_start_ms, INT64_MIN);
        if (first == INT64_MIN) {
            break;
        }
        int64_t day = lt_kiosk_day_start(first);
        char names[2 * LT_KIOSK_PATH_MAX + 128];
        if (!lt_kstore_export_day(ks, day, dir, names, sizeof names, err, errlen)) {
            return -1;
        }
        if (!kx_begin(ks) || !kx_end(ks, meta_put(ks, "exported_through_ms", day, false))) {
            snprintf(err, errlen, "%s: cannot record the export of a day: %s", ks->path,
                     sqlite3_errmsg(ks->db));
            return -1;
        }
        written++;
        from = lt_kiosk_day_next(day);
    }
    return written;
}
