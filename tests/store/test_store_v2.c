/* test_store_v2.c: schema v2: migration from a v1 file (settings kept),
 * profiles with Cyrillic names, cards, the append-only review log, one
 * transaction per answer, cascade on delete, statistics. Depends on: lt_store.h, sqlite3. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "lt_fsrs.h"
#include "lt_store.h"
#include "qt.h"

#define DAY LT_FSRS_MS_PER_DAY
#define T0 INT64_C(1767571200000) /* 2026-01-05T00:00:00Z */

static int64_t scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    int64_t v = -999;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return v;
}

static void make_v1(const char *dir)
{
    char path[1200];
    mkdir(dir, 0755);
    snprintf(path, sizeof path, "%s/letopis.db", dir);
    sqlite3 *db = NULL;
    QT_CHECK(sqlite3_open(path, &db) == SQLITE_OK, "cannot make %s", path);
    QT_CHECK(sqlite3_exec(db,
                          "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);"
                          "INSERT INTO settings VALUES ('lang', 'en'), ('volume', '35'), ('fullscreen', '1');"
                          "PRAGMA user_version = 1;",
                          NULL, NULL, NULL) == SQLITE_OK,
             "v1 schema: %s", sqlite3_errmsg(db));
    sqlite3_close(db);
}

static void test_migration(const char *root)
{
    char dir[1100], buf[64], err[512] = "";
    snprintf(dir, sizeof dir, "%s/v1", root);
    make_v1(dir);
    lt_store *s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL, "open v1: %s", err);
    if (s == NULL) {
        return;
    }
    QT_CHECK(lt_store_get(s, "lang", buf, sizeof buf) && strcmp(buf, "en") == 0, "lang lost");
    QT_CHECK(lt_store_get_int(s, "volume", -1) == 35, "volume lost");
    QT_CHECK(lt_store_get_int(s, "fullscreen", -1) == 1, "fullscreen lost");
    QT_CHECK(strcmp(lt_store_notice(s), "") == 0, "migration is not damage: %s", lt_store_notice(s));
    QT_CHECK(lt_store_profile_create(s, "Миграция", T0) > 0, "v2 tables unusable");
    lt_store_close(s);

    sqlite3 *db = NULL;
    char path[1200];
    snprintf(path, sizeof path, "%s/letopis.db", dir);
    sqlite3_open(path, &db);
    QT_CHECK(scalar(db, "PRAGMA user_version;") == LT_STORE_SCHEMA_VERSION, "user_version %lld",
             (long long)scalar(db, "PRAGMA user_version;"));
    QT_CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('settings', 'profiles', 'cards', 'review_log', 'sessions');") == 5,
             "v2 tables missing");
    QT_CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger';") == 2, "triggers missing");
    QT_CHECK(scalar(db, "SELECT count(*) FROM settings;") == 3, "settings rows changed");
    /* WAL is on; a newer schema is refused, not overwritten. */
    sqlite3_stmt *st = NULL;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode;", -1, &st, NULL);
    QT_CHECK(sqlite3_step(st) == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0,
             "not WAL");
    sqlite3_finalize(st);
    sqlite3_exec(db, "PRAGMA user_version = 99;", NULL, NULL, NULL);
    sqlite3_close(db);
    s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s == NULL && strstr(err, "newer") != NULL, "newer schema accepted: %s", err);
    lt_store_close(s);
}

static lt_card_rec reviewed(const char *fact, int rating, int64_t at)
{
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    lt_card_rec c = {0};
    snprintf(c.fact, sizeof c.fact, "%s", fact);
    lt_fsrs_card_new(&c.fsrs, at);
    lt_fsrs_review(&p, &c.fsrs, rating, at, NULL);
    return c;
}

static bool answer(lt_store *s, int64_t profile, const char *pack, lt_card_rec *c, int rating, int64_t at,
                   bool right)
{
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    lt_fsrs_state before = c->fsrs.state;
    if (c->fact[0] != '\0' && c->fsrs.reps == 0 && before == LT_FSRS_NEW) {
        lt_fsrs_card_new(&c->fsrs, at);
    }
    lt_fsrs_log log;
    lt_fsrs_review(&p, &c->fsrs, rating, at, &log);
    lt_answer_rec a = {.time_ms = at, .rating = rating, .answer_ms = 4000, .qtype = "choice",
                       .outcome = right ? LT_OUT_RIGHT : LT_OUT_WRONG, .score = right ? 800 : 0,
                       .has_r_before = log.has_retrievability, .r_before = log.retrievability,
                       .state_before = before};
    return lt_store_commit_answer(s, profile, pack, c, &a);
}

static void test_profiles_and_cards(const char *root)
{
    char dir[1100], err[512] = "";
    snprintf(dir, sizeof dir, "%s/v2", root);
    lt_store *s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL, "open: %s", err);
    if (s == NULL) {
        return;
    }
    /* CRUD with names in any script. */
    int64_t anya = lt_store_profile_create(s, "  Аня Ёлкина  ", T0);
    int64_t petr = lt_store_profile_create(s, "Пётр", T0 + 1);
    int64_t taro = lt_store_profile_create(s, "太郎", T0 + 2);
    QT_CHECK(anya > 0 && petr > 0 && taro > 0, "create failed");
    QT_CHECK(lt_store_profile_create(s, "", T0) < 0, "empty name accepted");
    QT_CHECK(lt_store_profile_create(s, "   ", T0) < 0, "blank name accepted");
    QT_CHECK(lt_store_profile_create(s, "\xd0\x28", T0) < 0, "invalid UTF-8 accepted");
    char long_name[200] = "";
    for (int i = 0; i < 64; i++) {
        strcat(long_name, "Ж");
    }
    QT_CHECK(lt_store_profile_create(s, long_name, T0 + 3) > 0, "64 Cyrillic letters refused");
    strcat(long_name, "Ж");
    QT_CHECK(lt_store_profile_create(s, long_name, T0) < 0, "65 letters accepted");
    lt_profile list[8];
    int n = lt_store_profile_list(s, list, 8);
    QT_CHECK(n == 4, "list %d", n);
    QT_CHECK(n >= 3 && strcmp(list[0].name, "Аня Ёлкина") == 0 && strcmp(list[1].name, "Пётр") == 0 &&
                 strcmp(list[2].name, "太郎") == 0,
             "names or order: '%s' '%s'", list[0].name, list[1].name);
    QT_CHECK(list[0].retention == 0.9 && list[0].new_per_day == 20 && !list[0].calm, "defaults");
    QT_CHECK(lt_store_profile_rename(s, petr, "Пётр Ильич"), "rename failed");
    QT_CHECK(!lt_store_profile_rename(s, 9999, "Никто"), "rename of a missing profile");
    QT_CHECK(!lt_store_profile_rename(s, petr, ""), "rename to empty");
    lt_profile p;
    QT_CHECK(lt_store_profile_get(s, petr, &p) && strcmp(p.name, "Пётр Ильич") == 0, "renamed name");
    p.retention = 0.95;
    p.new_per_day = 5;
    p.calm = true;
    QT_CHECK(lt_store_profile_update(s, &p), "update failed");
    p.retention = 0.99;
    QT_CHECK(!lt_store_profile_update(s, &p), "retention 0.99 accepted");
    QT_CHECK(lt_store_profile_get(s, petr, &p) && p.retention == 0.95 && p.new_per_day == 5 && p.calm,
             "settings not kept");

    /* Cards and answers. */
    const char *pack = "1956-declaration";
    lt_card_rec c1 = {0}, c2 = {0}, c3 = {0};
    snprintf(c1.fact, sizeof c1.fact, "F17/when");
    snprintf(c2.fact, sizeof c2.fact, "F17/who");
    snprintf(c3.fact, sizeof c3.fact, "F03/where");
    QT_CHECK(answer(s, anya, pack, &c1, 3, T0 + 9 * 3600000, true), "commit 1");
    QT_CHECK(c1.id > 0, "card id not set");
    QT_CHECK(answer(s, anya, pack, &c1, 3, T0 + 9 * 3600000 + 600000, true), "commit 2");
    QT_CHECK(answer(s, anya, pack, &c2, 1, T0 + 9 * 3600000 + 60000, false), "commit 3");
    QT_CHECK(answer(s, anya, pack, &c3, 3, T0 + 9 * 3600000 + 120000, true), "commit 4");
    QT_CHECK(answer(s, petr, pack, &(lt_card_rec){.fact = "F17/when"}, 3, T0 + 10 * 3600000, true), "petr");
    QT_CHECK(lt_store_log_count(s, anya) == 4 && lt_store_log_count(s, petr) == 1, "log counts");
    lt_card_rec got;
    QT_CHECK(lt_store_card_get(s, anya, pack, "F17/when", &got) && got.id == c1.id && got.fsrs.reps == 2 &&
                 got.fsrs.state == c1.fsrs.state && got.fsrs.due == c1.fsrs.due &&
                 got.fsrs.stability == c1.fsrs.stability && got.fsrs.has_last_review,
             "card round trip");
    QT_CHECK(lt_store_new_since(s, anya, pack, T0) == 3, "new today %d", lt_store_new_since(s, anya, pack, T0));
    QT_CHECK(lt_store_new_since(s, anya, pack, T0 + DAY) == 0, "new tomorrow");

    /* One transaction per answer: a log row that fails leaves the card alone. */
    lt_card_rec bad = c3;
    lt_fsrs_params fp;
    lt_fsrs_params_default(&fp);
    lt_fsrs_review(&fp, &bad.fsrs, 3, T0 + 2 * DAY, NULL);
    lt_answer_rec ba = {.time_ms = T0 + 2 * DAY, .rating = 7, .qtype = "choice"};
    QT_CHECK(!lt_store_commit_answer(s, anya, pack, &bad, &ba), "bad rating committed");
    QT_CHECK(lt_store_card_get(s, anya, pack, "F03/where", &got) && got.fsrs.reps == c3.fsrs.reps &&
                 got.fsrs.due == c3.fsrs.due,
             "card changed by a failed answer");
    lt_card_rec fresh = reviewed("F99/when", 3, T0);
    QT_CHECK(!lt_store_commit_answer(s, anya, pack, &fresh, &ba) && fresh.id == 0, "new card after failure");
    QT_CHECK(!lt_store_card_get(s, anya, pack, "F99/when", &got), "new card kept after a failed answer");
    QT_CHECK(lt_store_log_count(s, anya) == 4, "log grew on failure");

    /* The log is append-only, even for a direct connection. */
    sqlite3 *db = NULL;
    sqlite3_open(lt_store_path(s), &db);
    sqlite3_busy_timeout(db, 2000);
    char *msg = NULL;
    QT_CHECK(sqlite3_exec(db, "UPDATE review_log SET rating = 4;", NULL, NULL, &msg) != SQLITE_OK && msg &&
                 strstr(msg, "append-only") != NULL,
             "UPDATE allowed: %s", msg ? msg : "");
    sqlite3_free(msg);
    msg = NULL;
    QT_CHECK(sqlite3_exec(db, "DELETE FROM review_log;", NULL, NULL, &msg) != SQLITE_OK && msg &&
                 strstr(msg, "append-only") != NULL,
             "DELETE allowed: %s", msg ? msg : "");
    sqlite3_free(msg);
    QT_CHECK(scalar(db, "SELECT count(*) FROM review_log;") == 5, "log rows lost");
    /* Every card's reps equals its log rows. */
    QT_CHECK(scalar(db, "SELECT count(*) FROM cards c WHERE c.reps != "
                        "(SELECT count(*) FROM review_log l WHERE l.card = c.id);") == 0,
             "cards and log disagree");

    /* Statistics. */
    int due[14];
    QT_CHECK(lt_store_due_per_day(s, anya, pack, T0, 14, due), "due per day");
    int total = 0;
    for (int i = 0; i < 14; i++) {
        total += due[i];
    }
    QT_CHECK(total == 3 && due[0] >= 1, "due: total %d today %d", total, due[0]);
    const char *facts[4] = {"F17/when", "F17/who", "F03/where", "F20/when"};
    lt_fsrs_params pr;
    lt_fsrs_params_default(&pr);
    double m_all = lt_store_mastery(s, anya, pack, NULL, 0, &pr, T0 + DAY);
    double m4 = lt_store_mastery(s, anya, pack, facts, 4, &pr, T0 + DAY);
    double m_none = lt_store_mastery(s, taro, pack, facts, 4, &pr, T0 + DAY);
    QT_CHECK(m_all > 0.0 && m_all <= 1.0 && m4 > 0.0 && m4 < m_all, "mastery %f %f", m_all, m4);
    QT_CHECK(m_none == 0.0, "mastery of a new profile %f", m_none);
    lt_day_recall rec[3];
    QT_CHECK(lt_store_retention_per_day(s, anya, pack, T0 + DAY, 3, rec), "retention");
    QT_CHECK(rec[0].total == 0 && rec[1].total == 4 && rec[1].right == 3 && rec[1].recalled == 3 &&
                 rec[2].total == 0,
             "retention days: %d %d/%d %d", rec[0].total, rec[1].right, rec[1].total, rec[2].total);
    lt_hard_fact hard[4];
    int nh = lt_store_hardest(s, anya, pack, &pr, T0 + 3 * DAY, hard, 4);
    QT_CHECK(nh == 3, "hardest %d", nh);
    QT_CHECK(nh > 0 && strcmp(hard[0].fact, "F17/who") == 0, "hardest first: %s", nh > 0 ? hard[0].fact : "");

    /* Delete cascades its cards and log (one transaction), others stay. */
    QT_CHECK(lt_store_profile_delete(s, anya), "delete failed");
    QT_CHECK(!lt_store_profile_delete(s, anya), "deleted twice");
    QT_CHECK(!lt_store_profile_get(s, anya, &p), "profile still there");
    QT_CHECK(scalar(db, "SELECT count(*) FROM cards WHERE profile = 1;") == 0, "cards left");
    QT_CHECK(scalar(db, "SELECT count(*) FROM review_log WHERE profile = 1;") == 0, "log left");
    QT_CHECK(scalar(db, "SELECT count(*) FROM review_log;") == 1, "other profile's log touched");
    QT_CHECK(lt_store_profile_list(s, NULL, 0) == 3, "list after delete");
    sqlite3_close(db);
    lt_store_close(s);

    /* Reopen: everything kept. */
    s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL && lt_store_profile_list(s, NULL, 0) == 3 && lt_store_log_count(s, petr) == 1,
             "reopen lost data");
    lt_store_close(s);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_store_v2 TMPDIR\n");
        return 2;
    }
    char cmd[1100];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", argv[1], argv[1]);
    QT_CHECK(system(cmd) == 0, "cannot clean %s", argv[1]);
    test_migration(argv[1]);
    test_profiles_and_cards(argv[1]);
    return QT_DONE();
}
