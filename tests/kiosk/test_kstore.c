/* test_kstore.c: the kiosk database: a visit's lifecycle and answers, crash
 * detection after a process dies without closing (a forked child that
 * _exit()s), the leaderboard (today vs all time, ties, rank, wipe), a
 * damaged file moved aside, health counters, a day's summary against
 * hand-computed figures, the exact export files, export_pending once per day,
 * the read-only opener for tools.
 * Depends on: lt_kiosk.h, lt_json.h, sqlite3, POSIX fork. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "../core/lt_test.h"
#include "kiosk_data.h"
#include "lt_json.h"
#include "lt_kiosk.h"

static char g_root[900];

/* A fresh empty folder g_root/name into out. */
static void fresh(const char *name, char *out, size_t len)
{
    char cmd[2100];
    snprintf(out, len, "%s/%s", g_root, name);
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", out, out);
    if (system(cmd) != 0) {
        fprintf(stderr, "cannot make %s\n", out);
        exit(1);
    }
}

static int count_prefix(const char *dir, const char *prefix)
{
    DIR *d = opendir(dir);
    int n = 0;
    if (d == NULL) {
        return -1;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
    }
    closedir(d);
    return n;
}

static int64_t db_int(const char *dir, const char *sql)
{
    char path[1200];
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int64_t v = -999;
    snprintf(path, sizeof path, "%s/kiosk.db", dir);
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

static void test_lifecycle(void)
{
    char dir[1000], err[512];
    fresh("life", dir, sizeof dir);
    lt_kstore *ks = lt_kstore_open(dir, KD_D, err, sizeof err);
    LT_CHECK(ks != NULL);
    if (ks == NULL) {
        return;
    }
    LT_CHECK_STR(lt_kstore_notice(ks), "");
    LT_CHECK_INT(lt_kstore_visit_begin(ks, KD_D, (lt_lang)7), 0);
    int64_t v = lt_kstore_visit_begin(ks, KD_D + 1000, LT_LANG_EN);
    LT_CHECK(v > 0);
    lt_visit vis;
    LT_CHECK(lt_kstore_visit_get(ks, v, &vis));
    LT_CHECK_INT(vis.end, LT_VISIT_END_COUNT);
    LT_CHECK_INT(vis.end_ms, 0);
    LT_CHECK(lt_kstore_visit_answer(ks, v, "fact-1", true, 100));
    LT_CHECK(lt_kstore_visit_answer(ks, v, "fact-2", false, 100));
    LT_CHECK(lt_kstore_visit_answer(ks, v, "fact-3", true, 250));
    LT_CHECK(!lt_kstore_visit_answer(ks, v + 99, "fact-3", true, 250)); /* no such visit */
    LT_CHECK(lt_kstore_visit_end(ks, v, KD_D + 61000, LT_VISIT_COMPLETED));
    LT_CHECK(!lt_kstore_visit_end(ks, v, KD_D + 62000, LT_VISIT_IDLE)); /* ended already */
    LT_CHECK(!lt_kstore_visit_answer(ks, v, "fact-4", true, 300));       /* ended: refused */
    LT_CHECK(lt_kstore_visit_get(ks, v, &vis));
    LT_CHECK_INT(vis.id, v);
    LT_CHECK_INT(vis.start_ms, KD_D + 1000);
    LT_CHECK_INT(vis.end_ms, KD_D + 61000);
    LT_CHECK_INT(vis.lang, LT_LANG_EN);
    LT_CHECK_INT(vis.questions, 3);
    LT_CHECK_INT(vis.right, 2);
    LT_CHECK_INT(vis.wrong, 1);
    LT_CHECK_INT(vis.score, 250);
    LT_CHECK_INT(vis.end, LT_VISIT_COMPLETED);
    LT_CHECK(!lt_kstore_visit_get(ks, v + 99, &vis));
    LT_CHECK_STR(lt_visit_end_name(LT_VISIT_IDLE), "idle");
    LT_CHECK_STR(lt_visit_end_name(LT_VISIT_CRASH), "crash");
    lt_kstore_close(ks);
    /* The file: WAL, our schema version, answers kept with their facts. */
    LT_CHECK_INT(db_int(dir, "PRAGMA user_version;"), 2);
    LT_CHECK_INT(db_int(dir, "SELECT count(*) FROM answers WHERE visit = 1 AND fact = 'fact-2' AND is_right = 0;"),
                 1);
    char path[1200];
    snprintf(path, sizeof path, "%s/kiosk.db", dir);
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    char mode[16] = "";
    if (sqlite3_open(path, &db) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "PRAGMA journal_mode;", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        snprintf(mode, sizeof mode, "%s", (const char *)sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    LT_CHECK_STR(mode, "wal");

    /* Schema 1 (visits.ended only 0..3) is migrated to 2 keeping every row
     * and the answers' link to their visit; then "stopped" can be stored. */
    db = NULL;
    LT_CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    LT_CHECK(sqlite3_exec(db,
                          "PRAGMA foreign_keys=OFF; BEGIN;"
                          "CREATE TABLE v1 (id INTEGER PRIMARY KEY, start_ms INTEGER NOT NULL,"
                          " end_ms INTEGER NOT NULL DEFAULT 0, lang INTEGER NOT NULL CHECK (lang >= 0),"
                          " questions INTEGER NOT NULL DEFAULT 0, right_n INTEGER NOT NULL DEFAULT 0,"
                          " wrong_n INTEGER NOT NULL DEFAULT 0, score INTEGER NOT NULL DEFAULT 0,"
                          " ended INTEGER CHECK (ended BETWEEN 0 AND 3));"
                          "INSERT INTO v1 SELECT * FROM visits; DROP TABLE visits;"
                          "ALTER TABLE v1 RENAME TO visits; PRAGMA user_version = 1; COMMIT;",
                          NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    LT_CHECK_INT(db_int(dir, "PRAGMA user_version;"), 1);
    ks = lt_kstore_open(dir, KD_D + 200000, err, sizeof err);
    LT_CHECK(ks != NULL);
    LT_CHECK_INT(db_int(dir, "PRAGMA user_version;"), 2);
    LT_CHECK(lt_kstore_visit_get(ks, v, &vis) && vis.questions == 3 && vis.end == LT_VISIT_COMPLETED);
    int64_t v2 = lt_kstore_visit_begin(ks, KD_D + 300000, LT_LANG_RU);
    LT_CHECK(v2 > v);
    LT_CHECK(lt_kstore_visit_answer(ks, v2, "fact-9", true, 100));
    LT_CHECK(lt_kstore_visit_end(ks, v2, KD_D + 310000, LT_VISIT_STOPPED));
    LT_CHECK(lt_kstore_visit_get(ks, v2, &vis) && vis.end == LT_VISIT_STOPPED);
    LT_CHECK_STR(lt_visit_end_name(LT_VISIT_STOPPED), "stopped");
    lt_kstore_close(ks);
    LT_CHECK_INT(db_int(dir, "SELECT count(*) FROM answers a JOIN visits v ON v.id = a.visit;"), 4);
}

static void test_crash(void)
{
    char dir[1000], err[512];
    fresh("crash", dir, sizeof dir);
    /* A clean run first: no crash counted. */
    lt_kstore *ks = lt_kstore_open(dir, KD_D, err, sizeof err);
    LT_CHECK(ks != NULL);
    lt_kstore_close(ks);

    pid_t pid = fork();
    if (pid == 0) {
        /* The kiosk, dying mid-visit: no close, no atexit, no flush. */
        lt_kstore *child = lt_kstore_open(dir, KD_D + KD_HOUR, err, sizeof err);
        int64_t v = child ? lt_kstore_visit_begin(child, KD_D + KD_HOUR + 1000, LT_LANG_RU) : 0;
        bool ok = v == 1 && lt_kstore_visit_answer(child, v, "f-a", true, 100) &&
                  lt_kstore_visit_answer(child, v, "f-b", false, 100);
        _exit(ok ? 0 : 3);
    }
    int status = 0;
    LT_CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    LT_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    int64_t found = KD_D + 2 * KD_HOUR;
    ks = lt_kstore_open(dir, found, err, sizeof err);
    LT_CHECK(ks != NULL);
    if (ks == NULL) {
        return;
    }
    lt_kiosk_health h;
    LT_CHECK(lt_kstore_health(ks, KD_D, &h));
    LT_CHECK_INT(h.crashes, 1);
    LT_CHECK_INT(h.installed_ms, KD_D);
    LT_CHECK_INT(h.started_ms, found);
    lt_visit vis;
    LT_CHECK(lt_kstore_visit_get(ks, 1, &vis));
    LT_CHECK_INT(vis.end, LT_VISIT_CRASH);
    LT_CHECK_INT(vis.end_ms, found);
    LT_CHECK_INT(vis.questions, 2);
    LT_CHECK_INT(vis.right, 1);
    LT_CHECK_INT(vis.wrong, 1);
    lt_kiosk_day d;
    LT_CHECK(lt_kstore_day_summary(ks, KD_D, &d));
    LT_CHECK_INT(d.answers, 2);
    LT_CHECK_INT(d.ended[LT_VISIT_CRASH], 1);
    lt_kstore_close(ks);

    /* A clean close after it: the count stays. */
    ks = lt_kstore_open(dir, found + KD_HOUR, err, sizeof err);
    LT_CHECK(ks != NULL && lt_kstore_health(ks, KD_D, &h));
    LT_CHECK_INT(h.crashes, 1);
    LT_CHECK_INT(h.installed_ms, KD_D);
    lt_kstore_close(ks);
}

static void test_board(void)
{
    char dir[1000], err[512];
    fresh("board", dir, sizeof dir);
    lt_kstore *ks = lt_kstore_open(dir, KD_D, err, sizeof err);
    LT_CHECK(ks != NULL);
    if (ks == NULL) {
        return;
    }
    int64_t today = KD_D + KD_DAY;
    LT_CHECK(lt_kstore_board_add(ks, "AAA", 50, KD_D + 1 * KD_HOUR));
    LT_CHECK(lt_kstore_board_add(ks, "BBB", 80, KD_D + 2 * KD_HOUR));
    LT_CHECK(lt_kstore_board_add(ks, "CCC", 50, today + 1 * KD_HOUR));
    LT_CHECK(lt_kstore_board_add(ks, "DDD", 70, today + 2 * KD_HOUR));
    LT_CHECK(lt_kstore_board_add(ks, "ЁЖИ", 50, today + KD_HOUR / 2));
    LT_CHECK(lt_kstore_board_add(ks, "FFF", 70, today + 3 * KD_HOUR));
    LT_CHECK(!lt_kstore_board_add(ks, "ASS", 99, today));
    LT_CHECK(!lt_kstore_board_add(ks, "abc", 99, today));
    LT_CHECK(!lt_kstore_board_add(ks, "AB", 99, today));

    lt_board_row rows[10];
    int n = lt_kstore_board_top(ks, 0, rows, 10);
    LT_CHECK_INT(n, 6);
    const char *all[] = { "BBB", "DDD", "FFF", "AAA", "ЁЖИ", "CCC" };
    for (int i = 0; i < n && i < 6; i++) {
        LT_CHECK_STR(rows[i].initials, all[i]);
    }
    LT_CHECK_INT(rows[0].score, 80);
    LT_CHECK_INT(rows[3].at_ms, KD_D + KD_HOUR);
    n = lt_kstore_board_top(ks, today, rows, 10);
    LT_CHECK_INT(n, 4);
    const char *day[] = { "DDD", "FFF", "ЁЖИ", "CCC" };
    for (int i = 0; i < n && i < 4; i++) {
        LT_CHECK_STR(rows[i].initials, day[i]);
    }
    LT_CHECK_INT(lt_kstore_board_top(ks, 0, rows, 3), 3);
    LT_CHECK_STR(rows[2].initials, "FFF");

    LT_CHECK_INT(lt_kstore_board_rank(ks, 0, 90), 1);
    LT_CHECK_INT(lt_kstore_board_rank(ks, 0, 80), 2); /* an equal score stays ahead */
    LT_CHECK_INT(lt_kstore_board_rank(ks, 0, 70), 4);
    LT_CHECK_INT(lt_kstore_board_rank(ks, 0, 10), 7);
    LT_CHECK_INT(lt_kstore_board_rank(ks, today, 70), 3);
    LT_CHECK_INT(lt_kstore_board_rank(ks, today, 60), 3);
    LT_CHECK_INT(lt_kstore_board_rank(ks, today, 50), 5);

    LT_CHECK(lt_kstore_board_wipe(ks));
    LT_CHECK_INT(lt_kstore_board_top(ks, 0, rows, 10), 0);
    LT_CHECK_INT(lt_kstore_board_rank(ks, 0, 10), 1);
    lt_kstore_close(ks);
}

static void test_corrupt(void)
{
    char dir[1000], err[512], path[1200];
    fresh("corrupt", dir, sizeof dir);
    snprintf(path, sizeof path, "%s/kiosk.db", dir);
    FILE *f = fopen(path, "wb");
    LT_CHECK(f != NULL);
    if (f == NULL) {
        return;
    }
    for (int i = 0; i < 200; i++) {
        fputs("this is not a database, it is a test of recovery. ", f);
    }
    fclose(f);
    lt_kstore *ks = lt_kstore_open(dir, KD_D, err, sizeof err);
    LT_CHECK(ks != NULL);
    if (ks == NULL) {
        fprintf(stderr, "%s\n", err);
        return;
    }
    LT_CHECK(strstr(lt_kstore_notice(ks), "damaged") != NULL);
    LT_CHECK_INT(count_prefix(dir, "kiosk.db.corrupt-"), 1);
    LT_CHECK(lt_kstore_visit_begin(ks, KD_D, LT_LANG_RU) > 0);
    lt_kiosk_health h;
    LT_CHECK(lt_kstore_health(ks, 0, &h));
    LT_CHECK_INT(h.sessions_total, 1);
    LT_CHECK_INT(h.crashes, 0);
    lt_kstore_close(ks);
}

static void test_health(void)
{
    char dir[1000], err[512];
    fresh("health", dir, sizeof dir);
    lt_kstore *ks = lt_kstore_open(dir, KD_D + 5, err, sizeof err);
    LT_CHECK(ks != NULL);
    if (ks == NULL) {
        return;
    }
    lt_kiosk_health h;
    LT_CHECK(lt_kstore_health(ks, KD_D, &h));
    LT_CHECK_INT(h.installed_ms, KD_D + 5);
    LT_CHECK_INT(h.started_ms, KD_D + 5);
    LT_CHECK_INT(h.sessions_total, 0);
    LT_CHECK_INT(h.last_reset_ms, 0);
    LT_CHECK_INT(h.resets, 0);
    LT_CHECK(kd_fill(ks) > 0);
    LT_CHECK(lt_kstore_note_reset(ks, KD_D + 3 * KD_HOUR));
    LT_CHECK(lt_kstore_note_reset(ks, KD_D + 4 * KD_HOUR));
    LT_CHECK(lt_kstore_health(ks, KD_D, &h));
    LT_CHECK_INT(h.sessions_total, 8);
    LT_CHECK_INT(h.sessions_today, 7); /* D and D+1 */
    LT_CHECK(lt_kstore_health(ks, KD_D + KD_DAY, &h));
    LT_CHECK_INT(h.sessions_today, 1);
    LT_CHECK_INT(h.last_reset_ms, KD_D + 4 * KD_HOUR);
    LT_CHECK_INT(h.resets, 2);
    LT_CHECK_INT(h.crashes, 0);
    lt_kstore_close(ks);
    /* Installed stays the first open's time. */
    ks = lt_kstore_open(dir, KD_D + 9 * KD_DAY, err, sizeof err);
    LT_CHECK(ks != NULL && lt_kstore_health(ks, KD_D, &h));
    LT_CHECK_INT(h.installed_ms, KD_D + 5);
    LT_CHECK_INT(h.started_ms, KD_D + 9 * KD_DAY);
    LT_CHECK_INT(h.crashes, 0);
    lt_kstore_close(ks);
}

static char *slurp(const char *dir, const char *name)
{
    char path[1200];
    size_t len = 0;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return lt_test_slurp(path, &len);
}

static void test_summary_export(void)
{
    char dir[1000], out[1100], err[512], written[2400];
    fresh("summary", dir, sizeof dir);
    snprintf(out, sizeof out, "%s/stats/deeper", dir);
    lt_kstore *ks = lt_kstore_open(dir, KD_D - KD_DAY, err, sizeof err);
    LT_CHECK(ks != NULL);
    if (ks == NULL) {
        return;
    }
    LT_CHECK_INT(lt_kstore_export_pending(ks, KD_D, out, err, sizeof err), 0); /* nothing yet */
    LT_CHECK(kd_fill(ks) > 0);

    lt_kiosk_day d;
    LT_CHECK(lt_kstore_day_summary(ks, KD_D, &d));
    LT_CHECK_INT(d.day_start_ms, KD_D);
    LT_CHECK_INT(d.sessions, 6);
    LT_CHECK_INT(d.finished, 5);
    LT_CHECK_INT(d.completed, 2);
    LT_CHECK_INT(d.ended[LT_VISIT_COMPLETED], 2);
    LT_CHECK_INT(d.ended[LT_VISIT_IDLE], 1);
    LT_CHECK_INT(d.ended[LT_VISIT_ADMIN], 1);
    LT_CHECK_INT(d.ended[LT_VISIT_CRASH], 1);
    LT_CHECK_INT(d.per_lang[LT_LANG_RU], 4);
    LT_CHECK_INT(d.per_lang[LT_LANG_EN], 2);
    LT_CHECK_INT(d.answers, 18);
    LT_CHECK(d.mean_length_s == 75.0);
    LT_CHECK(d.completion_rate == 0.4);
    LT_CHECK_INT(d.hardest_n, 4);
    LT_CHECK_STR(d.hardest[0].fact, "f1");
    LT_CHECK_INT(d.hardest[0].answers, 4);
    LT_CHECK_INT(d.hardest[0].wrong, 3);
    LT_CHECK(d.hardest[0].wrong_rate == 0.75);
    LT_CHECK_STR(d.hardest[1].fact, "a-tie");
    LT_CHECK_STR(d.hardest[2].fact, "f3");
    LT_CHECK(d.hardest[2].wrong_rate == 2.0 / 3.0);
    LT_CHECK_STR(d.hardest[3].fact, "f2");
    LT_CHECK_INT(d.hardest[3].wrong, 1);

    LT_CHECK(lt_kstore_day_summary(ks, KD_D + KD_DAY, &d));
    LT_CHECK_INT(d.sessions, 1);
    LT_CHECK(d.completion_rate == 1.0);
    LT_CHECK(d.mean_length_s == 45.0);
    LT_CHECK_INT(d.hardest_n, 0);
    LT_CHECK(lt_kstore_day_summary(ks, KD_D + 5 * KD_DAY, &d));
    LT_CHECK_INT(d.sessions, 0);
    LT_CHECK(d.completion_rate == 0.0 && d.mean_length_s == 0.0);

    /* The export files, byte for byte. */
    LT_CHECK(lt_kstore_export_day(ks, KD_D, out, written, sizeof written, err, sizeof err));
    char want[2400];
    snprintf(want, sizeof want, "%s/kiosk-2026-01-05.csv, %s/kiosk-2026-01-05.json", out, out);
    LT_CHECK_STR(written, want);
    char *csv = slurp(out, "kiosk-2026-01-05.csv");
    char *json = slurp(out, "kiosk-2026-01-05.json");
    LT_CHECK_STR(csv, KD_CSV);
    LT_CHECK_STR(json, KD_JSON);
    lt_json_doc doc;
    LT_CHECK(json != NULL && lt_json_parse(&doc, json, strlen(json), NULL) == 0);
    if (json != NULL && doc.root != NULL) {
        const lt_json *hf = lt_json_get(doc.root, "hardest_facts");
        LT_CHECK(hf != NULL && hf->type == LT_JSON_ARRAY && hf->len == 4);
        lt_json_doc_free(&doc);
    }
    free(csv);
    free(json);
    LT_CHECK_INT(count_prefix(out, "kiosk-2026-01-05."), 2); /* no temp files left */

    /* A day with nothing: files with zeros. */
    LT_CHECK(lt_kstore_day_summary(ks, KD_D + 5 * KD_DAY, &d));
    char *empty = lt_kiosk_day_json(&d);
    LT_CHECK(empty != NULL && strstr(empty, "\"hardest_facts\": []") != NULL);
    free(empty);

    /* Pending: D-1, D and D+1 once each, then nothing; later days as they end. */
    fresh("summary-out", out, sizeof out);
    LT_CHECK_INT(lt_kstore_export_pending(ks, KD_D + 2 * KD_DAY, out, err, sizeof err), 3);
    LT_CHECK_INT(count_prefix(out, "kiosk-2026-01-04."), 2);
    LT_CHECK_INT(count_prefix(out, "kiosk-2026-01-05."), 2);
    LT_CHECK_INT(count_prefix(out, "kiosk-2026-01-06."), 2);
    LT_CHECK_INT(count_prefix(out, "kiosk-"), 6);
    LT_CHECK_INT(lt_kstore_export_pending(ks, KD_D + 2 * KD_DAY, out, err, sizeof err), 0);
    lt_kiosk_health h;
    LT_CHECK(lt_kstore_health(ks, 0, &h));
    LT_CHECK_INT(h.exported_through_ms, KD_D + KD_DAY);
    /* Sessions on D+4 and D+6; asked at the start of D+7: D+2, D+3, D+5 are empty. */
    int64_t v = lt_kstore_visit_begin(ks, KD_D + 4 * KD_DAY + KD_HOUR, LT_LANG_RU);
    LT_CHECK(v > 0 && lt_kstore_visit_end(ks, v, KD_D + 4 * KD_DAY + KD_HOUR + 5000, LT_VISIT_IDLE));
    v = lt_kstore_visit_begin(ks, KD_D + 6 * KD_DAY + KD_HOUR, LT_LANG_RU);
    LT_CHECK(v > 0);
    LT_CHECK_INT(lt_kstore_export_pending(ks, KD_D + 6 * KD_DAY, out, err, sizeof err), 1);
    LT_CHECK_INT(count_prefix(out, "kiosk-2026-01-09."), 2);
    LT_CHECK_INT(lt_kstore_export_pending(ks, KD_D + 7 * KD_DAY, out, err, sizeof err), 1);
    LT_CHECK_INT(count_prefix(out, "kiosk-2026-01-11."), 2);
    LT_CHECK_INT(lt_kstore_export_pending(ks, KD_D + 7 * KD_DAY, out, err, sizeof err), 0);
    LT_CHECK_INT(count_prefix(out, "kiosk-"), 10);
    lt_kstore_close(ks);

    /* The pending record survives a restart. */
    ks = lt_kstore_open(dir, KD_D + 8 * KD_DAY, err, sizeof err);
    LT_CHECK(ks != NULL);
    LT_CHECK_INT(lt_kstore_export_pending(ks, KD_D + 8 * KD_DAY, out, err, sizeof err), 0);
    lt_kstore_close(ks);
}

static void test_reader(void)
{
    char dir[1000], err[512];
    fresh("reader", dir, sizeof dir);
    LT_CHECK(lt_kstore_open_reader(dir, err, sizeof err) == NULL);
    LT_CHECK(strstr(err, "no kiosk database") != NULL);
    lt_kstore *ks = lt_kstore_open(dir, KD_D, err, sizeof err);
    LT_CHECK(ks != NULL);
    int64_t running = kd_fill(ks);
    LT_CHECK(running > 0);
    /* A tool reads while the kiosk runs: nothing changes for the kiosk. */
    lt_kstore *rd = lt_kstore_open_reader(dir, err, sizeof err);
    LT_CHECK(rd != NULL);
    if (rd != NULL) {
        lt_kiosk_day d;
        LT_CHECK(lt_kstore_day_summary(rd, KD_D, &d));
        LT_CHECK_INT(d.sessions, 6);
        LT_CHECK_INT(lt_kstore_visit_begin(rd, KD_D, LT_LANG_RU), 0);
        LT_CHECK(!lt_kstore_board_wipe(rd));
        lt_kstore_close(rd);
    }
    lt_visit vis;
    LT_CHECK(lt_kstore_visit_get(ks, running, &vis) && vis.end == LT_VISIT_END_COUNT);
    LT_CHECK(lt_kstore_visit_answer(ks, running, "f9", true, 5));
    LT_CHECK_INT(db_int(dir, "SELECT value FROM meta WHERE key = 'running';"), 1);
    lt_kstore_close(ks);
    LT_CHECK_INT(db_int(dir, "SELECT value FROM meta WHERE key = 'running';"), 0);
    LT_CHECK_INT(db_int(dir, "SELECT value FROM meta WHERE key = 'crashes';"), -999); /* never set */
}

int main(int argc, char **argv)
{
    setenv("TZ", "UTC", 1);
    tzset();
    snprintf(g_root, sizeof g_root, "%s", argc > 1 ? argv[1] : "kstore-tmp");
    mkdir(g_root, 0755);
    test_lifecycle();
    test_crash();
    test_board();
    test_corrupt();
    test_health();
    test_summary_export();
    test_reader();
    return LT_TEST_END();
}
