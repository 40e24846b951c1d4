/* test_report.c: lt_report on a store with two profiles and recorded answers
 * (numbers, most common wrong answer, --pack filter), the report command's
 * CSV/JSON/text and exit codes, and the v2 -> v3 migration keeping rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <sqlite3.h>

#include "lt_fsrs.h"
#include "lt_report.h"
#include "lt_store.h"
#include "qt.h"

#define H INT64_C(3600000)
#define DAY LT_FSRS_MS_PER_DAY
#define T0 INT64_C(1767571200000) /* 2026-01-05T00:00:00Z */
#define NOW (T0 + 10 * DAY)       /* 2026-01-15 */

static const char *g_tool;

static bool answer(lt_store *s, int64_t profile, const char *pack, const char *fact, int64_t at, lt_outcome out,
                   int64_t ms, const char *text)
{
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    lt_card_rec c;
    if (!lt_store_card_get(s, profile, pack, fact, &c)) {
        memset(&c, 0, sizeof c);
        snprintf(c.fact, sizeof c.fact, "%s", fact);
        lt_fsrs_card_new(&c.fsrs, at);
    }
    lt_fsrs_state before = c.fsrs.state;
    int rating = out == LT_OUT_RIGHT ? 3 : out == LT_OUT_CLOSE ? 2 : 1;
    lt_fsrs_log log;
    lt_fsrs_review(&p, &c.fsrs, rating, at, &log);
    lt_answer_rec a = {.time_ms = at, .rating = rating, .answer_ms = ms, .qtype = "typed", .outcome = out,
                       .score = out == LT_OUT_WRONG ? 0 : 500, .has_r_before = log.has_retrievability,
                       .r_before = log.retrievability, .state_before = before, .answer = text};
    return lt_store_commit_answer(s, profile, pack, &c, &a);
}

static double r_expected(lt_store *s, int64_t profile, const char *pack, const char *fact)
{
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    lt_card_rec c;
    if (!lt_store_card_get(s, profile, pack, fact, &c)) {
        return -1;
    }
    return lt_fsrs_retrievability(&p, &c.fsrs, NOW);
}

static const lt_report_row *find_row(const lt_report *r, int64_t profile, const char *pack, const char *fact)
{
    for (size_t i = 0; i < r->n_rows; i++) {
        if (r->rows[i].profile == profile && strcmp(r->rows[i].pack, pack) == 0 &&
            strcmp(r->rows[i].fact, fact) == 0) {
            return &r->rows[i];
        }
    }
    return NULL;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    char *buf = calloc(1, 1 << 16);
    if (buf != NULL) {
        size_t n = fread(buf, 1, (1 << 16) - 1, f);
        buf[n] = '\0';
    }
    fclose(f);
    return buf;
}

/* Runs the tool with args, stdout into out_path; returns the exit status. */
static int run_tool(const char *args, const char *out_path)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "'%s' report %s > '%s' 2> '%s.err'", g_tool, args, out_path, out_path);
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_report(const char *root)
{
    char dir[1100], err[512] = "";
    snprintf(dir, sizeof dir, "%s/class", root);
    lt_store *s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL, "open: %s", err);
    if (s == NULL) {
        return;
    }
    int64_t anya = lt_store_profile_create(s, "Anya", T0);
    int64_t petr = lt_store_profile_create(s, "Пётр", T0);
    QT_CHECK(anya > 0 && petr > 0, "profiles");
    bool ok = true;
    ok &= answer(s, anya, "p1", "F1/when", T0 + 9 * H, LT_OUT_WRONG, 3000, "1955");
    ok &= answer(s, anya, "p1", "F1/when", T0 + 9 * H + 600000, LT_OUT_WRONG, 5000, "1955");
    ok &= answer(s, anya, "p1", "F1/when", T0 + 9 * H + 1200000, LT_OUT_RIGHT, 4000, "1956");
    ok &= answer(s, anya, "p1", "F1/when", T0 + DAY + 9 * H, LT_OUT_CLOSE, 6000, "1965");
    ok &= answer(s, anya, "p1", "F2/who", T0 + 9 * H, LT_OUT_RIGHT, 2000, "Хрущёв");
    ok &= answer(s, petr, "p1", "F1/when", T0 + 2 * DAY + 10 * H, LT_OUT_WRONG, 1000, "1957");
    ok &= answer(s, petr, "p1", "F1/when", T0 + 2 * DAY + 11 * H, LT_OUT_WRONG, 1000, "1954");
    ok &= answer(s, petr, "p1", "F1/when", T0 + 2 * DAY + 12 * H, LT_OUT_WRONG, 1000, NULL);
    ok &= answer(s, petr, "p1", "F2/who", T0 + 2 * DAY + 13 * H, LT_OUT_WRONG, 7000, "Маленков, \"Г.М.\"");
    ok &= answer(s, anya, "p2", "F1/when", T0 + 3 * DAY, LT_OUT_RIGHT, 9000, NULL);
    QT_CHECK(ok, "commits");

    lt_report r;
    QT_CHECK(lt_report_build(s, NULL, NOW, &r, err, sizeof err), "build: %s", err);
    QT_CHECK(r.n_rows == 5 && r.n_items == 3, "rows %zu items %zu", r.n_rows, r.n_items);
    QT_CHECK(r.n_rows > 0 && r.rows[0].profile == anya, "Anya first (by name)");
    const lt_report_row *w = find_row(&r, anya, "p1", "F1/when");
    QT_CHECK(w != NULL, "Anya F1");
    if (w != NULL) {
        char date[16];
        lt_report_format_date(w->last_ms, date, sizeof date);
        QT_CHECK(w->attempts == 4 && w->right == 2 && w->pct_right == 50.0, "Anya F1 %d %d", w->attempts,
                 w->right);
        QT_CHECK(strcmp(date, "2026-01-06") == 0, "last seen %s", date);
        QT_CHECK(strcmp(w->wrong, "1955") == 0 && w->wrong_count == 2, "wrong '%s' x%d", w->wrong, w->wrong_count);
        double want = r_expected(s, anya, "p1", "F1/when");
        QT_CHECK(want > 0 && want < 1 && w->r_now == want, "R now %f want %f", w->r_now, want);
    }
    w = find_row(&r, anya, "p1", "F2/who");
    QT_CHECK(w != NULL && w->attempts == 1 && w->pct_right == 100.0 && w->wrong[0] == '\0', "Anya F2");
    w = find_row(&r, petr, "p1", "F1/when");
    QT_CHECK(w != NULL && w->attempts == 3 && w->right == 0 && strcmp(w->wrong, "1954") == 0 &&
                 strcmp(w->name, "Пётр") == 0,
             "Petr F1 (tie goes to the latest wrong answer): '%s'", w ? w->wrong : "?");
    w = find_row(&r, anya, "p2", "F1/when");
    QT_CHECK(w != NULL && w->attempts == 1 && w->wrong[0] == '\0', "Anya p2, NULL answer");
    const lt_report_item *it = &r.items[0];
    QT_CHECK(r.n_items == 3 && strcmp(it->pack, "p1") == 0 && strcmp(it->fact, "F1/when") == 0 &&
                 it->attempts == 7 && it->right == 2 && it->mean_answer_ms == 3000.0 && it->profiles == 2,
             "item F1: %d %d %f %d", it->attempts, it->right, it->mean_answer_ms, it->profiles);
    it = &r.items[1];
    QT_CHECK(r.n_items == 3 && strcmp(it->fact, "F2/who") == 0 && it->attempts == 2 && it->pct_right == 50.0 &&
                 it->mean_answer_ms == 4500.0 && it->profiles == 2,
             "item F2");
    double r_anya = r_expected(s, anya, "p1", "F1/when");
    lt_report_free(&r);

    QT_CHECK(lt_report_build(s, "p1", NOW, &r, err, sizeof err), "build p1: %s", err);
    QT_CHECK(r.n_rows == 4 && r.n_items == 2, "--pack p1: rows %zu items %zu", r.n_rows, r.n_items);
    lt_report_free(&r);
    lt_store_close(s);

    /* The command. */
    char out[1200], args[1400];
    snprintf(out, sizeof out, "%s/out.csv", root);
    snprintf(args, sizeof args, "--data-dir '%s' --pack p1 --now 2026-01-15 --csv", dir);
    QT_CHECK(run_tool(args, out) == 0, "csv exit");
    char *text = slurp(out);
    QT_CHECK(text != NULL && strncmp(text, "\xEF\xBB\xBF" "table,profile_id,", 20) == 0, "BOM + header");
    char line[512];
    snprintf(line, sizeof line, "\r\nprofile,%lld,Anya,p1,F1/when,4,50.0,2026-01-06,%.3f,1955,,\r\n",
             (long long)anya, r_anya);
    QT_CHECK(text != NULL && strstr(text, line) != NULL, "csv row %s in:\n%s", line, text ? text : "");
    QT_CHECK(text != NULL && strstr(text, ",\"Маленков, \"\"Г.М.\"\"\",,\r\n") != NULL, "csv quoting");
    QT_CHECK(text != NULL && strstr(text, "\r\nfact,,,p1,F1/when,7,28.6,,,,3000,2\r\n") != NULL, "csv item");
    QT_CHECK(text != NULL && strstr(text, "p2") == NULL, "--pack filter in csv");
    free(text);

    snprintf(out, sizeof out, "%s/out.json", root);
    snprintf(args, sizeof args, "--data-dir '%s' --now 2026-01-15T00:00:00Z --json", dir);
    QT_CHECK(run_tool(args, out) == 0, "json exit");
    text = slurp(out);
    snprintf(line, sizeof line,
             "\"attempts\":4,\"right\":2,\"pct_right\":50.0,\"last_seen\":\"2026-01-06\",\"r_now\":%.4f,"
             "\"wrong_answer\":\"1955\",\"wrong_count\":2}",
             r_anya);
    QT_CHECK(text != NULL && strstr(text, line) != NULL, "json row in:\n%s", text ? text : "");
    QT_CHECK(text != NULL && strstr(text, "\"fact\":\"F2/who\",\"attempts\":2,\"right\":1,\"pct_right\":50.0,"
                                          "\"mean_answer_ms\":4500,\"profiles\":2}") != NULL,
             "json item");
    QT_CHECK(text != NULL && strstr(text, "\"wrong_answer\":\"Маленков, \\\"Г.М.\\\"\"") != NULL, "json escape");
    QT_CHECK(text != NULL && strstr(text, "\"pack\":\"p2\"") != NULL, "all packs in json");
    free(text);

    snprintf(out, sizeof out, "%s/out.txt", root);
    snprintf(args, sizeof args, "--data-dir '%s' --now 2026-01-15", dir);
    QT_CHECK(run_tool(args, out) == 0, "text exit");
    text = slurp(out);
    QT_CHECK(text != NULL && strstr(text, "item analysis") != NULL && strstr(text, "1955") != NULL, "text");
    free(text);

    /* Exit codes: no database 1 (path named), usage 2. */
    snprintf(args, sizeof args, "--data-dir '%s/nowhere'", root);
    QT_CHECK(run_tool(args, out) == 1, "missing database: exit 1");
    snprintf(line, sizeof line, "%s.err", out);
    text = slurp(line);
    QT_CHECK(text != NULL && strstr(text, "nowhere/letopis.db") != NULL, "message names the path: %s",
             text ? text : "");
    free(text);
    QT_CHECK(run_tool("", out) == 2, "no --data-dir: exit 2");
    QT_CHECK(run_tool("--data-dir x --bogus", out) == 2, "unknown option: exit 2");
    QT_CHECK(run_tool("--data-dir x --now 2026-02-30", out) == 2, "bad --now: exit 2");
    QT_CHECK(run_tool("--data-dir x --csv --json", out) == 2, "two formats: exit 2");
}

/* The v2 schema as lt_store.c created it (settings from v1). */
static const char v2_sql[] =
    "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);"
    "CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) > 0),"
    "  created_ms INTEGER NOT NULL,"
    "  retention REAL NOT NULL DEFAULT 0.9 CHECK (retention BETWEEN 0.70 AND 0.97),"
    "  new_per_day INTEGER NOT NULL DEFAULT 20 CHECK (new_per_day BETWEEN 0 AND 1000),"
    "  calm INTEGER NOT NULL DEFAULT 0 CHECK (calm IN (0, 1)), deleting INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE cards (id INTEGER PRIMARY KEY, profile INTEGER NOT NULL REFERENCES profiles(id),"
    "  pack TEXT NOT NULL, fact TEXT NOT NULL, stability REAL NOT NULL DEFAULT 0,"
    "  difficulty REAL NOT NULL DEFAULT 0, state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),"
    "  step INTEGER NOT NULL DEFAULT 0, due_ms INTEGER NOT NULL, last_review_ms INTEGER,"
    "  elapsed_days INTEGER NOT NULL DEFAULT 0, scheduled_days INTEGER NOT NULL DEFAULT 0,"
    "  reps INTEGER NOT NULL DEFAULT 0, lapses INTEGER NOT NULL DEFAULT 0, UNIQUE (profile, pack, fact));"
    "CREATE INDEX cards_due ON cards(profile, pack, due_ms);"
    "CREATE TABLE review_log (id INTEGER PRIMARY KEY, profile INTEGER NOT NULL REFERENCES profiles(id),"
    "  card INTEGER NOT NULL REFERENCES cards(id), time_ms INTEGER NOT NULL,"
    "  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4), answer_ms INTEGER NOT NULL,"
    "  qtype TEXT NOT NULL, outcome INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 2),"
    "  score INTEGER NOT NULL, r_before REAL, state_before INTEGER NOT NULL);"
    "CREATE INDEX review_log_card ON review_log(card);"
    "CREATE INDEX review_log_time ON review_log(profile, time_ms);"
    "CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log "
    "BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;"
    "CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log "
    "WHEN NOT EXISTS (SELECT 1 FROM profiles WHERE id = OLD.profile AND deleting = 1) "
    "BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;"
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, profile INTEGER REFERENCES profiles(id),"
    "  mode TEXT NOT NULL, started_ms INTEGER NOT NULL, ended_ms INTEGER);"
    "INSERT INTO settings VALUES ('lang', 'ru');"
    "INSERT INTO profiles (id, name, created_ms) VALUES (1, 'Ира', 1767571200000);"
    "INSERT INTO cards (id, profile, pack, fact, stability, difficulty, state, due_ms, last_review_ms, reps)"
    "  VALUES (1, 1, 'p1', 'F1/when', 3.2, 5.0, 2, 1767830400000, 1767571200000, 1);"
    "INSERT INTO review_log (profile, card, time_ms, rating, answer_ms, qtype, outcome, score, r_before,"
    "  state_before) VALUES (1, 1, 1767571200000, 1, 2500, 'typed', 0, 0, NULL, 0),"
    "  (1, 1, 1767574800000, 3, 3500, 'typed', 2, 700, 0.9, 1);"
    "PRAGMA user_version = 2;";

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

static void test_migrate_v2(const char *root)
{
    char dir[1100], path[1200], err[512] = "";
    snprintf(dir, sizeof dir, "%s/v2", root);
    char cmd[1300];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
    QT_CHECK(system(cmd) == 0, "mkdir");
    snprintf(path, sizeof path, "%s/letopis.db", dir);
    sqlite3 *db = NULL;
    QT_CHECK(sqlite3_open(path, &db) == SQLITE_OK && sqlite3_exec(db, v2_sql, NULL, NULL, NULL) == SQLITE_OK,
             "v2 file: %s", sqlite3_errmsg(db));
    sqlite3_close(db);

    lt_store *s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL, "open v2: %s", err);
    if (s == NULL) {
        return;
    }
    QT_CHECK(strcmp(lt_store_notice(s), "") == 0, "notice: %s", lt_store_notice(s));
    lt_report r;
    QT_CHECK(lt_report_build(s, NULL, NOW, &r, err, sizeof err), "report on migrated: %s", err);
    QT_CHECK(r.n_rows == 1 && r.rows[0].attempts == 2 && r.rows[0].right == 1 && r.rows[0].wrong[0] == '\0',
             "old rows kept, no answer text");
    lt_report_free(&r);
    QT_CHECK(answer(s, 1, "p1", "F1/when", T0 + 5 * DAY, LT_OUT_WRONG, 1000, "1965"), "new answer");
    QT_CHECK(lt_report_build(s, NULL, NOW, &r, err, sizeof err), "report 2");
    QT_CHECK(r.n_rows == 1 && r.rows[0].attempts == 3 && strcmp(r.rows[0].wrong, "1965") == 0, "answer text");
    lt_report_free(&r);
    char lang[16] = "";
    QT_CHECK(lt_store_get(s, "lang", lang, sizeof lang) && strcmp(lang, "ru") == 0, "setting kept");
    lt_store_close(s);

    sqlite3_open(path, &db);
    QT_CHECK(scalar(db, "PRAGMA user_version;") == LT_STORE_SCHEMA_VERSION && LT_STORE_SCHEMA_VERSION == 3,
             "user_version %lld", (long long)scalar(db, "PRAGMA user_version;"));
    QT_CHECK(scalar(db, "SELECT count(*) FROM pragma_table_info('review_log') WHERE name = 'answer';") == 1,
             "answer column");
    QT_CHECK(scalar(db, "SELECT count(*) FROM review_log WHERE answer IS NULL;") == 2, "old rows NULL");
    QT_CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger';") == 2, "triggers kept");
    QT_CHECK(sqlite3_exec(db, "UPDATE review_log SET answer = 'x';", NULL, NULL, NULL) != SQLITE_OK,
             "still append-only");
    sqlite3_close(db);
}

static void test_time(void)
{
    int64_t ms = 0;
    char buf[16];
    QT_CHECK(lt_report_parse_time("2026-01-05", &ms) && ms == T0, "date");
    QT_CHECK(lt_report_parse_time("2026-01-05T09:30Z", &ms) && ms == T0 + 9 * H + 1800000, "time");
    QT_CHECK(lt_report_parse_time("1969-12-31T23:59:59Z", &ms) && ms == -1000, "before 1970");
    QT_CHECK(!lt_report_parse_time("2026-1-5", &ms) && !lt_report_parse_time("2026-01-05T10:00", &ms) &&
                 !lt_report_parse_time("2025-02-29", &ms) && !lt_report_parse_time("", &ms),
             "malformed");
    lt_report_format_date(T0 + DAY - 1, buf, sizeof buf);
    QT_CHECK(strcmp(buf, "2026-01-05") == 0, "format %s", buf);
    lt_report_format_date(-1, buf, sizeof buf);
    QT_CHECK(strcmp(buf, "1969-12-31") == 0, "format negative %s", buf);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_report LETOPIS_PACK TMPDIR\n");
        return 2;
    }
    g_tool = argv[1];
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", argv[2], argv[2]);
    QT_CHECK(system(cmd) == 0, "cannot clean %s", argv[2]);
    test_time();
    test_report(argv[2]);
    test_migrate_v2(argv[2]);
    return QT_DONE();
}
