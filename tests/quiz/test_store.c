/* test_store.c: the settings store: values survive a reopen, migrations set
 * the schema version, and a damaged file is moved aside, never overwritten.
 * Depends on: lt_store.h, sqlite3. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>
#include <unistd.h>

#include "lt_store.h"
#include "qt.h"

static int count_aside(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d != NULL && (e = readdir(d)) != NULL) {
        if (strncmp(e->d_name, "letopis.db.corrupt-", 19) == 0 && strchr(e->d_name + 19, '-') == NULL) {
            n++;
        }
    }
    if (d != NULL) {
        closedir(d);
    }
    return n;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_store TMPDIR\n");
        return 2;
    }
    char dir[1024], cmd[1100];
    snprintf(dir, sizeof dir, "%s/nested/data", argv[1]);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", argv[1]);
    QT_CHECK(system(cmd) == 0, "cannot clean %s", argv[1]);

    char err[512] = "", buf[64];
    lt_store *s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL, "open failed: %s", err);
    QT_CHECK(strcmp(lt_store_notice(s), "") == 0, "fresh store has a notice");
    QT_CHECK(!lt_store_get(s, "lang", buf, sizeof buf), "missing key found");
    QT_CHECK(lt_store_set(s, "lang", "en"), "set failed");
    QT_CHECK(lt_store_set(s, "lang", "ru"), "overwrite failed");
    QT_CHECK(lt_store_set_int(s, "volume", 35), "set int failed");
    QT_CHECK(lt_store_get_int(s, "nothing", 7) == 7, "fallback");
    lt_store_close(s);

    s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL, "reopen failed: %s", err);
    QT_CHECK(lt_store_get(s, "lang", buf, sizeof buf) && strcmp(buf, "ru") == 0, "lang not kept: %s", buf);
    QT_CHECK(lt_store_get_int(s, "volume", -1) == 35, "volume not kept");
    lt_store_close(s);

    /* Damage the file: the store must keep it aside and start afresh. */
    char path[1100];
    snprintf(path, sizeof path, "%s/letopis.db", dir);
    FILE *f = fopen(path, "wb");
    QT_CHECK(f != NULL, "cannot write %s", path);
    if (f != NULL) {
        for (int i = 0; i < 4096; i++) {
            fputc((i * 7919) & 0xff, f);
        }
        fclose(f);
    }
    char wal[1200];
    snprintf(wal, sizeof wal, "%s-wal", path);
    unlink(wal);
    s = lt_store_open(dir, err, sizeof err);
    QT_CHECK(s != NULL, "open after damage failed: %s", err);
    QT_CHECK(strstr(lt_store_notice(s), "damaged") != NULL, "no notice: '%s'", lt_store_notice(s));
    QT_CHECK(count_aside(dir) == 1, "damaged file not kept aside (%d)", count_aside(dir));
    QT_CHECK(!lt_store_get(s, "lang", buf, sizeof buf), "fresh store has old values");
    QT_CHECK(lt_store_set(s, "lang", "en"), "fresh store not writable");
    lt_store_close(s);

    /* A folder that cannot be made gives NULL and a reason, not a crash. */
    s = lt_store_open("/proc/letopis-cannot-be-here", err, sizeof err);
    QT_CHECK(s == NULL && err[0] != '\0', "impossible folder accepted");
    return QT_DONE();
}
