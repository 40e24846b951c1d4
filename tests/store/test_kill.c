/* test_kill.c: starts `letopis --headless --autoplay 100000`, SIGKILLs it at a
 * random moment after some answers were printed, then checks the database:
 * integrity ok, every printed answer in the log (at most one more: the one in
 * flight), each card's reps = its log rows. Repeats with several seeds; also
 * checks that two runs with one seed print the same answers.
 * Depends on: POSIX (fork, exec, kill), sqlite3, lt_rng.h. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "lt_rng.h"
#include "qt.h"

#define ROUNDS 5

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

/* Runs letopis with its stdout on a pipe. */
static pid_t spawn(const char *bin, const char *dir, const char *seed, const char *n, FILE **out)
{
    int fds[2];
    if (pipe(fds) != 0) {
        return -1;
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        execl(bin, bin, "--headless", "--autoplay", n, "--accuracy", "0.7", "--seed", seed, "--data-dir", dir,
              (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    *out = fdopen(fds[0], "r");
    return pid;
}

static int count_answers(FILE *f, char *all, size_t cap)
{
    char line[1024];
    int n = 0;
    size_t used = all != NULL ? strlen(all) : 0;
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "answer ", 7) == 0 && strchr(line, '\n') != NULL) {
            n++;
            if (all != NULL && used + strlen(line) < cap) {
                memcpy(all + used, line, strlen(line) + 1);
                used += strlen(line);
            }
        }
    }
    return n;
}

static void one_round(const char *bin, const char *root, int round, lt_rng *rng)
{
    char dir[1100], cmd[1200], seed[32];
    snprintf(dir, sizeof dir, "%s/round-%d", root, round);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    QT_CHECK(system(cmd) == 0, "clean %s", dir);
    snprintf(seed, sizeof seed, "%d", 100 + round);
    FILE *out = NULL;
    pid_t pid = spawn(bin, dir, seed, "100000", &out);
    QT_CHECK(pid > 0 && out != NULL, "cannot start %s", bin);
    if (pid <= 0 || out == NULL) {
        return;
    }
    /* Kill after a random number of printed answers, and a random instant. */
    int kill_after = 10 + (int)lt_rng_below(rng, 150);
    char line[1024];
    int printed = 0;
    while (printed < kill_after && fgets(line, sizeof line, out) != NULL) {
        printed += strncmp(line, "answer ", 7) == 0 && strchr(line, '\n') != NULL;
    }
    struct timespec ts = {0, (long)lt_rng_below(rng, 3000) * 1000L};
    nanosleep(&ts, NULL);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    printed += count_answers(out, NULL, 0); /* lines that were already in the pipe */
    fclose(out);
    QT_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "round %d: letopis ended before the kill (%d)",
             round, status);

    char path[1200];
    snprintf(path, sizeof path, "%s/letopis.db", dir);
    sqlite3 *db = NULL;
    QT_CHECK(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK, "open %s", path);
    sqlite3_stmt *st = NULL;
    const char *ic = "?";
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check;", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        ic = (const char *)sqlite3_column_text(st, 0);
    }
    QT_CHECK(ic != NULL && strcmp(ic, "ok") == 0, "round %d: integrity: %s", round, ic ? ic : "?");
    sqlite3_finalize(st);
    int64_t logged = scalar(db, "SELECT count(*) FROM review_log;");
    int64_t bad = scalar(db, "SELECT count(*) FROM cards c WHERE c.reps != "
                             "(SELECT count(*) FROM review_log l WHERE l.card = c.id);");
    int64_t reps = scalar(db, "SELECT coalesce(sum(reps), 0) FROM cards;");
    printf("round %d: killed after %d printed answers; review_log has %lld rows; cards reps total %lld\n", round,
           printed, (long long)logged, (long long)reps);
    QT_CHECK(logged >= printed && logged <= printed + 1, "round %d: %lld logged for %d printed", round,
             (long long)logged, printed);
    QT_CHECK(bad == 0 && reps == logged, "round %d: %lld cards disagree with the log", round, (long long)bad);
    sqlite3_close(db);

    /* The game opens the database after the crash and goes on. */
    pid = spawn(bin, dir, seed, "5", &out);
    int more = out != NULL ? count_answers(out, NULL, 0) : 0;
    if (out != NULL) {
        fclose(out);
    }
    waitpid(pid, &status, 0);
    QT_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0 && more == 5, "round %d: rerun gave %d answers (%d)",
             round, more, status);
}

static void same_seed_same_answers(const char *bin, const char *root)
{
    static char first[1 << 16], second[1 << 16];
    char *runs[2] = {first, second};
    for (int r = 0; r < 2; r++) {
        char dir[1100], cmd[1200];
        snprintf(dir, sizeof dir, "%s/repeat-%d", root, r);
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        QT_CHECK(system(cmd) == 0, "clean");
        FILE *out = NULL;
        pid_t pid = spawn(bin, dir, "42", "120", &out);
        runs[r][0] = '\0';
        int n = out != NULL ? count_answers(out, runs[r], sizeof first) : 0;
        if (out != NULL) {
            fclose(out);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        QT_CHECK(n == 120 && WIFEXITED(status) && WEXITSTATUS(status) == 0, "run %d: %d answers", r, n);
    }
    QT_CHECK(strcmp(first, second) == 0, "same seed, different answers");
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_kill LETOPIS TMPDIR\n");
        return 2;
    }
    char cmd[1100];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", argv[2]);
    QT_CHECK(system(cmd) == 0, "mkdir");
    lt_rng rng;
    uint64_t seed = getenv("LT_KILL_SEED") != NULL ? strtoull(getenv("LT_KILL_SEED"), NULL, 10) : (uint64_t)time(NULL);
    printf("kill moments from seed %llu (LT_KILL_SEED=%llu repeats them)\n", (unsigned long long)seed,
           (unsigned long long)seed);
    lt_rng_seed(&rng, seed);
    for (int round = 0; round < ROUNDS; round++) {
        one_round(argv[1], argv[2], round, &rng);
    }
    same_seed_same_answers(argv[1], argv[2]);
    return QT_DONE();
}
