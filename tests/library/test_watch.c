/* test_watch.c: lt_watch without sleeping: a rewrite with new content of the
 * same size (at once, within one timestamp step), a deleted and re-created
 * file, a touch that leaves the content as it was, the poll interval on
 * logical time, and the list's limits.
 * Usage: test_watch TMP_DIR. Depends on: lt_watch.h, lt_test.h. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lt_test.h"
#include "lt_watch.h"

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f != NULL) {
        fputs(text, f);
        fclose(f);
    }
}

/* Sets the file's mtime (a touch) without changing its content. */
static void set_mtime(const char *path, long long secs)
{
    struct timespec t[2] = {{(time_t)secs, 0}, {(time_t)secs, 0}};
    LT_CHECK(utimensat(AT_FDCWD, path, t, 0) == 0);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_watch TMP_DIR\n");
        return 2;
    }
    char a[1024], b[1024];
    mkdir(argv[1], 0777);
    snprintf(a, sizeof a, "%s/watch-a.yaml", argv[1]);
    snprintf(b, sizeof b, "%s/watch-b.txt", argv[1]);
    write_file(a, "title: one\n");
    write_file(b, "text\n");

    lt_watch w;
    lt_watch_init(&w, 0);
    LT_CHECK(w.interval_ms == LT_WATCH_INTERVAL_MS);
    LT_CHECK(lt_watch_add(&w, a));
    LT_CHECK(lt_watch_add(&w, b));
    LT_CHECK(lt_watch_add(&w, a)); /* once only */
    LT_CHECK_INT(w.n, 2);
    LT_CHECK(!lt_watch_poll(&w)); /* nothing changed yet */

    /* New content of the same size, written at once: the mtime may not
     * move (coarse file-system clock), the content hash tells. */
    write_file(a, "title: two\n");
    LT_CHECK(lt_watch_poll(&w));
    LT_CHECK(!lt_watch_poll(&w)); /* reported once */

    /* A touch alone (mtime far in the past, same bytes) is not a change,
     * and the new mtime is remembered. */
    set_mtime(a, 1000000000LL);
    LT_CHECK(!lt_watch_poll(&w));
    LT_CHECK_INT(w.stamps[0].mtime_ns, 1000000000LL * 1000000000LL);
    LT_CHECK(!lt_watch_poll(&w));
    /* Same size, other bytes, and the old mtime put back: the ctime (which
     * cannot be set) and the content still tell. */
    write_file(a, "title: six\n");
    set_mtime(a, 1000000000LL);
    LT_CHECK(lt_watch_poll(&w));

    /* Deleted, then back. */
    LT_CHECK(unlink(b) == 0);
    LT_CHECK(lt_watch_poll(&w));
    LT_CHECK(!w.stamps[1].exists);
    LT_CHECK(!lt_watch_poll(&w));
    write_file(b, "text\n");
    LT_CHECK(lt_watch_poll(&w));
    LT_CHECK(w.stamps[1].exists);

    /* A file missing when added: its appearance is a change. */
    char c[1100];
    snprintf(c, sizeof c, "%s/watch-c.txt", argv[1]);
    unlink(c);
    LT_CHECK(lt_watch_add(&w, c));
    LT_CHECK(!lt_watch_poll(&w));
    write_file(c, "new\n");
    LT_CHECK(lt_watch_poll(&w));

    /* A size change. */
    write_file(c, "longer text\n");
    LT_CHECK(lt_watch_poll(&w));

    /* Polls happen every interval of the caller's time, not before. */
    write_file(a, "title: ten\n");
    LT_CHECK(!lt_watch_tick(&w, 100.0));
    LT_CHECK(!lt_watch_tick(&w, 100.0));
    LT_CHECK(lt_watch_tick(&w, 50.0)); /* 250 ms */
    LT_CHECK(!lt_watch_tick(&w, 250.0));
    for (int i = 0; i < 14; i++) { /* 60 Hz ticks: the 15th is 250 ms */
        LT_CHECK(!lt_watch_tick(&w, 1000.0 / 60.0));
    }
    write_file(a, "title: 11!\n");
    LT_CHECK(lt_watch_tick(&w, 1000.0 / 60.0));

    /* Clear forgets every file; the list has a limit. */
    lt_watch_clear(&w);
    LT_CHECK_INT(w.n, 0);
    LT_CHECK(!lt_watch_poll(&w));
    LT_CHECK(!lt_watch_add(&w, ""));
    for (int i = 0; i < LT_WATCH_MAX; i++) {
        char p[1100];
        snprintf(p, sizeof p, "%s/none-%d", argv[1], i);
        LT_CHECK(lt_watch_add(&w, p));
    }
    LT_CHECK(!lt_watch_add(&w, a));
    lt_watch_free(&w);
    LT_CHECK_INT(w.n, 0);

    unlink(a);
    unlink(b);
    unlink(c);
    return LT_TEST_END();
}
