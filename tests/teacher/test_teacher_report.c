/* test_teacher_report.c: the lt_report additions the teacher screen uses:
 * the item analysis's most common wrong answer over every profile, sums per
 * profile (with a profile that never answered), the hardest-first order, the
 * CSV writer against `letopis-pack report --csv` byte for byte, and the export
 * folder (made when missing, "-2" for a second file, a clear failure).
 * Usage: test_teacher_report LETOPIS_PACK TMPDIR. Depends on: lt_report.h, lt_store.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "lt_fsrs.h"
#include "lt_report.h"
#include "lt_store.h"
#include "qt.h"

#define H INT64_C(3600000)
#define DAY LT_FSRS_MS_PER_DAY
#define T0 INT64_C(1767571200000) /* 2026-01-05T00:00:00Z */
#define NOW (T0 + 10 * DAY)       /* 2026-01-15 */

static bool answer(lt_store *s, int64_t profile, const char *pack, const char *fact, int64_t at, lt_outcome out,
                   const char *text)
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
    lt_answer_rec a = {.time_ms = at, .rating = rating, .answer_ms = 3000, .qtype = "typed", .outcome = out,
                       .score = out == LT_OUT_WRONG ? 0 : 500, .has_r_before = log.has_retrievability,
                       .r_before = log.retrievability, .state_before = before, .answer = text};
    return lt_store_commit_answer(s, profile, pack, &c, &a);
}

/* The whole file (binary), its length in *n; NULL when unreadable. */
static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    *n = 0;
    if (f == NULL) {
        return NULL;
    }
    char *buf = calloc(1, 1 << 18);
    if (buf != NULL) {
        *n = fread(buf, 1, (1 << 18) - 1, f);
    }
    fclose(f);
    return buf;
}

static bool same_file(const char *a, const char *b)
{
    size_t na, nb;
    char *x = slurp(a, &na), *y = slurp(b, &nb);
    bool same = x != NULL && y != NULL && na == nb && na > 0 && memcmp(x, y, na) == 0;
    free(x);
    free(y);
    return same;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_teacher_report LETOPIS_PACK TMPDIR\n");
        return 2;
    }
    const char *tool = argv[1], *root = argv[2];
    char cmd[4096], dir[1100], err[1200] = "";
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", root, root);
    QT_CHECK(system(cmd) == 0, "clean %s", root);
    snprintf(dir, sizeof dir, "%s/class", root);
    lt_store *s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL, "open: %s", err);
    if (s == NULL) {
        return QT_DONE();
    }
    int64_t petr = lt_store_profile_create(s, "Пётр", T0);
    int64_t zed = lt_store_profile_create(s, "Zed", T0);
    int64_t anya = lt_store_profile_create(s, "Anya", T0);
    QT_CHECK(petr > 0 && zed > 0 && anya > 0, "profiles");
    bool ok = true;
    /* F1/when: 1955 twice (Anya), 1957 and 1954 once (Пётр) -> 1955 x2 over the class. */
    ok &= answer(s, anya, "p1", "F1/when", T0 + 9 * H, LT_OUT_WRONG, "1955");
    ok &= answer(s, anya, "p1", "F1/when", T0 + 10 * H, LT_OUT_WRONG, "1955");
    ok &= answer(s, anya, "p1", "F1/when", T0 + 11 * H, LT_OUT_RIGHT, "1956");
    ok &= answer(s, petr, "p1", "F1/when", T0 + DAY, LT_OUT_WRONG, "1957");
    ok &= answer(s, petr, "p1", "F1/when", T0 + DAY + H, LT_OUT_WRONG, "1954");
    /* F2/who: one "A" (Anya) then one "Б, \"В\"" (Пётр, later): the tie goes to the later one. */
    ok &= answer(s, anya, "p1", "F2/who", T0 + 2 * DAY, LT_OUT_WRONG, "A");
    ok &= answer(s, petr, "p1", "F2/who", T0 + 3 * DAY, LT_OUT_WRONG, "Б, \"В\"");
    ok &= answer(s, petr, "p1", "F2/who", T0 + 4 * DAY, LT_OUT_CLOSE, "Хрущев");
    /* F3/where: always right, no wrong answer; p2 is another pack. */
    ok &= answer(s, anya, "p1", "F3/where", T0 + 2 * DAY, LT_OUT_RIGHT, "Москва");
    ok &= answer(s, petr, "p1", "F3/where", T0 + 2 * DAY, LT_OUT_RIGHT, "Москва");
    ok &= answer(s, anya, "p2", "F1/when", T0 + 3 * DAY, LT_OUT_WRONG, "2000");
    QT_CHECK(ok, "commits");

    lt_report r;
    QT_CHECK(lt_report_build(s, "p1", NOW, &r, err, sizeof err), "build: %s", err);
    QT_CHECK(r.n_items == 3, "items %zu", r.n_items);
    if (r.n_items == 3) {
        QT_CHECK(strcmp(r.items[0].fact, "F1/when") == 0 && strcmp(r.items[0].wrong, "1955") == 0 &&
                     r.items[0].wrong_count == 2,
                 "F1 class wrong '%s' x%d", r.items[0].wrong, r.items[0].wrong_count);
        QT_CHECK(strcmp(r.items[1].wrong, "Б, \"В\"") == 0 && r.items[1].wrong_count == 1,
                 "F2 tie to the later: '%s'", r.items[1].wrong);
        QT_CHECK(r.items[2].wrong[0] == '\0' && r.items[2].wrong_count == 0, "F3 none");

        size_t idx[3];
        lt_report_order_items(&r, false, idx);
        QT_CHECK(idx[0] == 0 && idx[1] == 1 && idx[2] == 2, "report order");
        lt_report_order_items(&r, true, idx);
        /* F1 1/5 = 20 %, F2 1/3 = 33 %, F3 100 %. */
        QT_CHECK(idx[0] == 0 && idx[1] == 1 && idx[2] == 2, "hardest first %zu %zu %zu", idx[0], idx[1], idx[2]);
    }

    lt_report_profile *ps = NULL;
    size_t np = 0;
    QT_CHECK(lt_report_profiles(s, &r, &ps, &np), "profiles");
    QT_CHECK(np == 3, "every profile, also without answers: %zu", np);
    if (np == 3) {
        QT_CHECK(ps[0].profile == anya && ps[1].profile == zed && ps[2].profile == petr, "by name (bytes)");
        QT_CHECK(ps[0].facts == 3 && ps[0].attempts == 5 && ps[0].right == 2 && ps[0].pct_right == 40.0 &&
                     ps[0].last_ms == T0 + 2 * DAY,
                 "Anya sums: %d facts %d attempts %d right", ps[0].facts, ps[0].attempts, ps[0].right);
        QT_CHECK(ps[1].facts == 0 && ps[1].attempts == 0 && ps[1].pct_right == 0.0 && ps[1].last_ms == 0, "Zed");
        QT_CHECK(ps[2].attempts == 5 && ps[2].right == 2 && strcmp(ps[2].name, "Пётр") == 0, "Пётр sums");
    }
    free(ps);
    lt_report_free(&r);
    lt_store_close(s);

    /* The CSV writer and the command print the same bytes, with and without --pack. */
    for (int pass = 0; pass < 2; pass++) {
        const char *pack = pass == 0 ? NULL : "p1";
        char mine[1200], theirs[1200];
        snprintf(mine, sizeof mine, "%s/mine-%d.csv", root, pass);
        snprintf(theirs, sizeof theirs, "%s/theirs-%d.csv", root, pass);
        s = lt_store_open(dir, err, sizeof err);
        QT_CHECK(s != NULL && lt_report_build(s, pack, NOW, &r, err, sizeof err), "build: %s", err);
        FILE *f = fopen(mine, "wb");
        QT_CHECK(f != NULL && lt_report_write_csv(&r, f), "write_csv");
        if (f != NULL) {
            fclose(f);
        }
        snprintf(cmd, sizeof cmd, "'%s' report --data-dir '%s' --now 2026-01-15 --csv %s%s > '%s'", tool, dir,
                 pack ? "--pack " : "", pack ? pack : "", theirs);
        int st = system(cmd);
        QT_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s", cmd);
        QT_CHECK(same_file(mine, theirs), "%s and %s differ", mine, theirs);

        if (pass == 1) {
            char path[4200] = "", path2[4200] = "";
            QT_CHECK(lt_report_export_csv(&r, dir, "2026-01-15-1030", path, sizeof path, err, sizeof err),
                     "export: %s", err);
            QT_CHECK(path[0] == '/' && strstr(path, "/class/exports/letopis-report-2026-01-15-1030.csv") != NULL,
                     "absolute path in exports/: %s", path);
            QT_CHECK(same_file(path, theirs), "the export is the command's CSV");
            QT_CHECK(lt_report_export_csv(&r, dir, "2026-01-15-1030", path2, sizeof path2, err, sizeof err) &&
                         strstr(path2, "letopis-report-2026-01-15-1030-2.csv") != NULL,
                     "a second export the same minute keeps the first: %s", path2);
            snprintf(cmd, sizeof cmd, "%s.tmp", path);
            struct stat sb;
            QT_CHECK(stat(cmd, &sb) != 0, "no temporary file left");

            /* exports/ is a file: a clear failure naming it. */
            char bad[1200];
            snprintf(bad, sizeof bad, "%s/bad", root);
            snprintf(cmd, sizeof cmd, "mkdir -p '%s' && : > '%s/exports'", bad, bad);
            QT_CHECK(system(cmd) == 0, "make %s/exports a file", bad);
            err[0] = '\0';
            QT_CHECK(!lt_report_export_csv(&r, bad, "2026-01-15-1030", path, sizeof path, err, sizeof err) &&
                         strstr(err, "/bad/exports") != NULL && path[0] == '\0',
                     "failure names the folder: %s", err);
        }
        lt_report_free(&r);
        lt_store_close(s);
    }
    return QT_DONE();
}
