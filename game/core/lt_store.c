/* lt_store.c: SQLite storage with WAL, forward migrations and recovery from
 * a corrupt file (moved aside, never overwritten); settings; shared helpers.
 * Depends on: lt_store_int.h, sqlite3. */
#include "lt_store.h"
#include "lt_db.h"
#include "lt_store_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <sqlite3.h>

/* Schema steps: migrations[v] takes a database from version v to v + 1.
 * v2: review_log is append-only: UPDATE always aborts, DELETE aborts unless
 * its profile is being deleted (profiles.deleting = 1, set only inside
 * lt_store_profile_delete's transaction). Times are ms since 1970 UTC.
 * v3: review_log.answer, the answer's text (NULL in rows from before v3). */
static const char *const lt_store_migrations[LT_STORE_SCHEMA_VERSION] = {
    "CREATE TABLE IF NOT EXISTS settings ("
    "  key TEXT PRIMARY KEY NOT NULL,"
    "  value TEXT NOT NULL);",

    "CREATE TABLE profiles ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL CHECK (length(name) > 0),"
    "  created_ms INTEGER NOT NULL,"
    "  retention REAL NOT NULL DEFAULT 0.9 CHECK (retention BETWEEN 0.70 AND 0.97),"
    "  new_per_day INTEGER NOT NULL DEFAULT 20 CHECK (new_per_day BETWEEN 0 AND 1000),"
    "  calm INTEGER NOT NULL DEFAULT 0 CHECK (calm IN (0, 1)),"
    "  deleting INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE cards ("
    "  id INTEGER PRIMARY KEY,"
    "  profile INTEGER NOT NULL REFERENCES profiles(id),"
    "  pack TEXT NOT NULL,"
    "  fact TEXT NOT NULL,"
    "  stability REAL NOT NULL DEFAULT 0,"
    "  difficulty REAL NOT NULL DEFAULT 0,"
    "  state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),"
    "  step INTEGER NOT NULL DEFAULT 0,"
    "  due_ms INTEGER NOT NULL,"
    "  last_review_ms INTEGER,"
    "  elapsed_days INTEGER NOT NULL DEFAULT 0,"
    "  scheduled_days INTEGER NOT NULL DEFAULT 0,"
    "  reps INTEGER NOT NULL DEFAULT 0,"
    "  lapses INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (profile, pack, fact));"
    "CREATE INDEX cards_due ON cards(profile, pack, due_ms);"
    "CREATE TABLE review_log ("
    "  id INTEGER PRIMARY KEY,"
    "  profile INTEGER NOT NULL REFERENCES profiles(id),"
    "  card INTEGER NOT NULL REFERENCES cards(id),"
    "  time_ms INTEGER NOT NULL,"
    "  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),"
    "  answer_ms INTEGER NOT NULL,"
    "  qtype TEXT NOT NULL,"
    "  outcome INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 2),"
    "  score INTEGER NOT NULL,"
    "  r_before REAL,"
    "  state_before INTEGER NOT NULL);"
    "CREATE INDEX review_log_card ON review_log(card);"
    "CREATE INDEX review_log_time ON review_log(profile, time_ms);"
    "CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log "
    "BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;"
    "CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log "
    "WHEN NOT EXISTS (SELECT 1 FROM profiles WHERE id = OLD.profile AND deleting = 1) "
    "BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;"
    "CREATE TABLE sessions ("
    "  id INTEGER PRIMARY KEY,"
    "  profile INTEGER REFERENCES profiles(id),"
    "  mode TEXT NOT NULL,"
    "  started_ms INTEGER NOT NULL,"
    "  ended_ms INTEGER);",

    "ALTER TABLE review_log ADD COLUMN answer TEXT;",
};

static const char *const lt_store_stmt_sql[LT_ST_COUNT] = {
    [LT_ST_BEGIN] = "BEGIN IMMEDIATE;",
    [LT_ST_COMMIT] = "COMMIT;",
    [LT_ST_ROLLBACK] = "ROLLBACK;",
    [LT_ST_CARD_UPDATE] = "UPDATE cards SET stability = ?2, difficulty = ?3, state = ?4, step = ?5, "
                          "due_ms = ?6, last_review_ms = ?7, elapsed_days = ?8, scheduled_days = ?9, "
                          "reps = ?10, lapses = ?11 WHERE id = ?1;",
    [LT_ST_CARD_INSERT] = "INSERT INTO cards (profile, pack, fact, " LT_STORE_CARD_COLS ") "
                          "VALUES (?12, ?13, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                          "ON CONFLICT (profile, pack, fact) DO UPDATE SET stability = ?2, "
                          "difficulty = ?3, state = ?4, step = ?5, due_ms = ?6, last_review_ms = ?7, "
                          "elapsed_days = ?8, scheduled_days = ?9, reps = ?10, lapses = ?11 RETURNING id;",
    [LT_ST_LOG_INSERT] = "INSERT INTO review_log (profile, card, time_ms, rating, answer_ms, qtype, outcome, "
                         "score, r_before, state_before, answer) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);",
};

sqlite3_stmt *lt_store_stmt(lt_store *s, int which)
{
    if (s->st[which] == NULL &&
        sqlite3_prepare_v3(s->db, lt_store_stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT, &s->st[which],
                           NULL) != SQLITE_OK) {
        fprintf(stderr, "letopis: %s: cannot prepare a statement: %s\n", s->path, sqlite3_errmsg(s->db));
        s->st[which] = NULL;
        return NULL;
    }
    sqlite3_reset(s->st[which]);
    sqlite3_clear_bindings(s->st[which]);
    return s->st[which];
}

bool lt_store_exec(lt_store *s, const char *sql, const char *what)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "letopis: %s: %s failed: %s\n", s->path, what, msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

void lt_store_read_card(sqlite3_stmt *st, int col, lt_fsrs_card *c)
{
    memset(c, 0, sizeof *c);
    c->stability = sqlite3_column_double(st, col);
    c->difficulty = sqlite3_column_double(st, col + 1);
    int state = sqlite3_column_int(st, col + 2);
    c->state = (lt_fsrs_state)(state >= 0 && state <= 3 ? state : 0);
    c->learning_steps = sqlite3_column_int(st, col + 3);
    c->due = sqlite3_column_int64(st, col + 4);
    c->has_last_review = sqlite3_column_type(st, col + 5) != SQLITE_NULL;
    c->last_review = c->has_last_review ? sqlite3_column_int64(st, col + 5) : 0;
    c->elapsed_days = sqlite3_column_int(st, col + 6);
    c->scheduled_days = sqlite3_column_int(st, col + 7);
    c->reps = sqlite3_column_int(st, col + 8);
    c->lapses = sqlite3_column_int(st, col + 9);
}

static int lt_store_mkdirs(const char *dir)
{
    char tmp[1024];
    snprintf(tmp, sizeof tmp, "%s", dir);
    size_t n = strlen(tmp);
    for (size_t i = 1; i <= n; i++) {
        if (tmp[i] == '/' || tmp[i] == '\0') {
            char c = tmp[i];
            tmp[i] = '\0';
            if (mkdir(tmp, 0755) != 0 && errno != EEXIST) {
                return -1;
            }
            tmp[i] = c;
        }
    }
    return 0;
}

/* Opens and checks the file (lt_db_open_checked). */
static int lt_store_try_open(lt_store *s, char *err, size_t errlen)
{
    return lt_db_open_checked(s->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &s->db, err, errlen);
}

static int lt_store_migrate(lt_store *s, char *err, size_t errlen)
{
    int v = lt_db_user_version(s->db);
    if (v < 0) {
        snprintf(err, errlen, "cannot read the schema version: %s", sqlite3_errmsg(s->db));
        return -1;
    }
    if (v > LT_STORE_SCHEMA_VERSION) {
        snprintf(err, errlen,
                 "the database was written by a newer Letopis (schema %d, this one knows %d)", v,
                 LT_STORE_SCHEMA_VERSION);
        return -1;
    }
    for (; v < LT_STORE_SCHEMA_VERSION; v++) {
        char sql[8192];
        snprintf(sql, sizeof sql, "BEGIN IMMEDIATE; %s PRAGMA user_version = %d; COMMIT;",
                 lt_store_migrations[v], v + 1);
        char *msg = NULL;
        if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
            snprintf(err, errlen, "migration to schema %d failed: %s", v + 1, msg ? msg : "?");
            sqlite3_free(msg);
            sqlite3_exec(s->db, "ROLLBACK;", NULL, NULL, NULL);
            return -1;
        }
    }
    return 0;
}

lt_store *lt_store_open(const char *dir, char *err, size_t errlen)
{
    lt_store *s = calloc(1, sizeof *s);
    if (s == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (lt_store_mkdirs(dir) != 0) {
        snprintf(err, errlen, "cannot create the data folder %s: %s", dir, strerror(errno));
        free(s);
        return NULL;
    }
    snprintf(s->path, sizeof s->path, "%s/%s", dir, LT_STORE_FILE);
    char why[512] = "";
    int rc = lt_store_try_open(s, why, sizeof why);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) {
        sqlite3_close(s->db);
        s->db = NULL;
        char aside[1100];
        snprintf(aside, sizeof aside, "%s.corrupt-%ld", s->path, (long)time(NULL));
        if (rename(s->path, aside) != 0) {
            snprintf(err, errlen, "%s is damaged (%s) and cannot be moved aside: %s", s->path, why,
                     strerror(errno));
            free(s);
            return NULL;
        }
        /* The journal files belong to the damaged database. */
        char side[1100], side_to[1200];
        const char *suffixes[] = {"-wal", "-shm", "-journal"};
        for (size_t i = 0; i < 3; i++) {
            snprintf(side, sizeof side, "%s%s", s->path, suffixes[i]);
            snprintf(side_to, sizeof side_to, "%s%s", aside, suffixes[i]);
            (void)rename(side, side_to);
        }
        snprintf(s->notice, sizeof s->notice,
                 "%s was damaged (%s); it was kept as %s and a new database was started.", s->path, why,
                 aside);
        fprintf(stderr, "letopis: %s\n", s->notice);
        rc = lt_store_try_open(s, why, sizeof why);
    }
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "cannot open %s: %s", s->path, why);
        sqlite3_close(s->db);
        free(s);
        return NULL;
    }
    sqlite3_exec(s->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", NULL,
                 NULL, NULL);
    if (lt_store_migrate(s, why, sizeof why) != 0) {
        snprintf(err, errlen, "%s: %s", s->path, why);
        sqlite3_close(s->db);
        free(s);
        return NULL;
    }
    return s;
}

void lt_store_close(lt_store *s)
{
    if (s == NULL) {
        return;
    }
    for (int i = 0; i < LT_ST_COUNT; i++) {
        sqlite3_finalize(s->st[i]);
    }
    sqlite3_close(s->db);
    free(s);
}

const char *lt_store_notice(const lt_store *s)
{
    return s != NULL ? s->notice : "";
}

const char *lt_store_path(const lt_store *s)
{
    return s != NULL ? s->path : "";
}

bool lt_store_get(lt_store *s, const char *key, char *buf, size_t len)
{
    if (s == NULL || len == 0) {
        return false;
    }
    sqlite3_stmt *st = NULL;
    bool found = false;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM settings WHERE key = ?1;", -1, &st, NULL) ==
        SQLITE_OK) {
        sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW) {
            const char *v = (const char *)sqlite3_column_text(st, 0);
            snprintf(buf, len, "%s", v != NULL ? v : "");
            found = true;
        }
    }
    sqlite3_finalize(st);
    return found;
}

bool lt_store_set(lt_store *s, const char *key, const char *value)
{
    if (s == NULL) {
        return false;
    }
    sqlite3_stmt *st = NULL;
    bool ok = false;
    if (sqlite3_prepare_v2(s->db,
                           "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value;",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    if (!ok) {
        fprintf(stderr, "letopis: cannot save setting %s in %s: %s\n", key, s->path, sqlite3_errmsg(s->db));
    }
    sqlite3_finalize(st);
    return ok;
}

int lt_store_get_int(lt_store *s, const char *key, int fallback)
{
    char buf[64];
    if (!lt_store_get(s, key, buf, sizeof buf)) {
        return fallback;
    }
    char *end = NULL;
    long v = strtol(buf, &end, 10);
    return (end != buf && *end == '\0') ? (int)v : fallback;
}

bool lt_store_set_int(lt_store *s, const char *key, int value)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d", value);
    return lt_store_set(s, key, buf);
}

void lt_store_default_dir(char *buf, size_t len)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    if (xdg != NULL && xdg[0] == '/') {
        snprintf(buf, len, "%s/letopis", xdg);
    } else if (home != NULL && home[0] != '\0') {
        snprintf(buf, len, "%s/.local/share/letopis", home);
    } else {
        snprintf(buf, len, "letopis-data");
    }
}
