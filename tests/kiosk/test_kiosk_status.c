/* test_kiosk_status.c: the status file parses back with lt_json with every
 * field; a rewrite replaces it atomically (a reader holding the old file
 * still sees the whole old text; no temp file is left); local-day helpers.
 * Depends on: lt_kiosk.h, lt_json.h. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../core/lt_test.h"
#include "lt_json.h"
#include "lt_kiosk.h"

static const lt_json *field(const lt_json_doc *doc, const char *key)
{
    const lt_json *j = lt_json_get(doc->root, key);
    if (j == NULL) {
        fprintf(stderr, "status has no \"%s\"\n", key);
    }
    return j;
}

static int64_t int_field(const lt_json_doc *doc, const char *key)
{
    const lt_json *j = field(doc, key);
    return j != NULL && j->type == LT_JSON_NUMBER && j->is_int ? j->i : -999;
}

static const char *str_field(const lt_json_doc *doc, const char *key)
{
    const lt_json *j = field(doc, key);
    return j != NULL && j->type == LT_JSON_STRING ? j->str : "(not a string)";
}

int main(int argc, char **argv)
{
    setenv("TZ", "UTC", 1);
    tzset();
    char dir[900], path[1000], err[512];
    snprintf(dir, sizeof dir, "%s", argc > 1 ? argv[1] : "kiosk-status-tmp");
    mkdir(dir, 0755);
    snprintf(path, sizeof path, "%s/kiosk-status.json", dir);
    unlink(path);

    lt_kiosk_status st = {
        .state = "round",
        .now_ms = INT64_C(1767571200000) + 90061000, /* 2026-01-06T01:01:01Z */
        .uptime_s = 3600,
        .sessions_today = 12,
        .sessions_total = 345,
        .crashes = 2,
        .last_error = "pack \"x\" missing\nsee log",
        .pack = "венгрия-1956",
        .pid = 4242,
    };
    LT_CHECK(lt_kiosk_status_write(path, &st, err, sizeof err));
    size_t len = 0;
    char *text = lt_test_slurp(path, &len);
    LT_CHECK(text != NULL);
    lt_json_doc doc = { 0 };
    LT_CHECK(text != NULL && lt_json_parse(&doc, text, len, NULL) == 0);
    if (doc.root != NULL) {
        LT_CHECK_STR(str_field(&doc, "state"), "round");
        LT_CHECK_STR(str_field(&doc, "time"), "2026-01-06T01:01:01Z");
        LT_CHECK_INT(int_field(&doc, "now_ms"), st.now_ms);
        LT_CHECK_INT(int_field(&doc, "uptime_s"), 3600);
        LT_CHECK_INT(int_field(&doc, "sessions_today"), 12);
        LT_CHECK_INT(int_field(&doc, "sessions_total"), 345);
        LT_CHECK_INT(int_field(&doc, "crashes"), 2);
        LT_CHECK_STR(str_field(&doc, "last_error"), "pack \"x\" missing\nsee log");
        LT_CHECK_STR(str_field(&doc, "pack"), "венгрия-1956");
        LT_CHECK_INT(int_field(&doc, "pid"), 4242);
        lt_json_doc_free(&doc);
    }

    /* Atomic replace: a reader that opened the old file keeps all of it. */
    struct stat before, after;
    LT_CHECK(stat(path, &before) == 0);
    int fd = open(path, O_RDONLY);
    LT_CHECK(fd >= 0);
    lt_kiosk_status st2 = { .state = "attract", .now_ms = st.now_ms + 5000, .pid = 1 };
    LT_CHECK(lt_kiosk_status_write(path, &st2, err, sizeof err));
    LT_CHECK(stat(path, &after) == 0);
    LT_CHECK(before.st_ino != after.st_ino); /* a new file renamed over, not rewritten in place */
    char old[4096];
    ssize_t got = fd >= 0 ? read(fd, old, sizeof old - 1) : -1;
    LT_CHECK(got == (ssize_t)len);
    if (got >= 0) {
        old[got] = '\0';
        LT_CHECK_STR(old, text);
    }
    if (fd >= 0) {
        close(fd);
    }
    free(text);
    text = lt_test_slurp(path, &len);
    LT_CHECK(text != NULL && lt_json_parse(&doc, text, len, NULL) == 0);
    if (text != NULL && doc.root != NULL) {
        LT_CHECK_STR(str_field(&doc, "state"), "attract");
        LT_CHECK_STR(str_field(&doc, "last_error"), ""); /* NULL strings are written as "" */
        LT_CHECK_STR(str_field(&doc, "pack"), "");
        lt_json_doc_free(&doc);
    }
    free(text);
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    LT_CHECK(access(tmp, F_OK) != 0);
    /* A folder that does not exist: an error, not a crash. */
    char bad[1100];
    snprintf(bad, sizeof bad, "%s/no/such/dir/status.json", dir);
    err[0] = '\0';
    LT_CHECK(!lt_kiosk_status_write(bad, &st, err, sizeof err));
    LT_CHECK(err[0] != '\0');

    /* Local days (TZ=UTC here). */
    int64_t d = 0;
    char name[16];
    LT_CHECK(lt_kiosk_day_parse("2026-01-05", &d));
    LT_CHECK_INT(d, INT64_C(1767571200000));
    LT_CHECK_INT(lt_kiosk_day_start(d + 86399999), d);
    LT_CHECK_INT(lt_kiosk_day_next(d), d + 86400000);
    lt_kiosk_day_name(d, name, sizeof name);
    LT_CHECK_STR(name, "2026-01-05");
    LT_CHECK(!lt_kiosk_day_parse("2026-02-30", &d));
    LT_CHECK(!lt_kiosk_day_parse("2026-1-5", &d));
    LT_CHECK(!lt_kiosk_day_parse("yesterday", &d));
    /* Across a daylight-saving change the day is 23 hours long. */
    if (access("/usr/share/zoneinfo/Europe/Berlin", R_OK) == 0) {
        setenv("TZ", "Europe/Berlin", 1);
        tzset();
        LT_CHECK(lt_kiosk_day_parse("2026-03-29", &d));
        LT_CHECK_INT(lt_kiosk_day_next(d) - d, 23 * INT64_C(3600000));
        lt_kiosk_day_name(lt_kiosk_day_next(d), name, sizeof name);
        LT_CHECK_STR(name, "2026-03-30");
    }
    return LT_TEST_END();
}
