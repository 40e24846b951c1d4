/* lt_kiosk_status.c: the files the kiosk writes for people and watchdogs:
 * the status JSON, the daily summary as CSV and JSON, all replaced
 * atomically (temp file, fsync, rename); local-day arithmetic.
 * Depends on: lt_kiosk.h, lt_kiosk_int.h, lt_json.h, lt_strbuf.h, POSIX. */
#include "lt_kiosk.h"
#include "lt_kiosk_int.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lt_json.h"

/* ---- files ----------------------------------------------------------------- */

int lt_kiosk_mkdirs(const char *dir)
{
    char tmp[LT_KIOSK_PATH_MAX];
    if (strlen(dir) >= sizeof tmp) {
        errno = ENAMETOOLONG;
        return -1;
    }
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

/* fsync of the folder holding path, so the rename itself survives a power cut. */
static void sync_parent(const char *path)
{
    char dir[LT_KIOSK_PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (slash == NULL) {
        snprintf(dir, sizeof dir, ".");
    } else if (slash == path) {
        snprintf(dir, sizeof dir, "/");
    } else {
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    }
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
}

bool lt_kiosk_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
    char tmp[LT_KIOSK_PATH_MAX + 32];
    int n = snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    if (n < 0 || (size_t)n >= sizeof tmp) {
        snprintf(err, errlen, "%s: the path is too long", path);
        return false;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        snprintf(err, errlen, "cannot write %s: %s", tmp, strerror(errno));
        return false;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            snprintf(err, errlen, "cannot write %s: %s", tmp, w < 0 ? strerror(errno) : "no space");
            close(fd);
            unlink(tmp);
            return false;
        }
        done += (size_t)w;
    }
    if (fsync(fd) != 0) {
        snprintf(err, errlen, "cannot write %s: fsync: %s", tmp, strerror(errno));
        close(fd);
        unlink(tmp);
        return false;
    }
    if (close(fd) != 0) {
        snprintf(err, errlen, "cannot write %s: %s", tmp, strerror(errno));
        unlink(tmp);
        return false;
    }
    if (rename(tmp, path) != 0) {
        snprintf(err, errlen, "cannot replace %s: %s", path, strerror(errno));
        unlink(tmp);
        return false;
    }
    sync_parent(path);
    return true;
}

/* ---- JSON pieces ------------------------------------------------------------- */

void lt_kiosk_json_str(lt_strbuf *b, const char *s)
{
    size_t n = strlen(s), cap = 6 * n + 3;
    char small[256];
    char *buf = cap <= sizeof small ? small : malloc(cap);
    if (buf == NULL) {
        b->failed = true;
        return;
    }
    size_t len = lt_json_escape(buf, cap, s, n);
    lt_strbuf_put(b, buf, len);
    if (buf != small) {
        free(buf);
    }
}

void lt_kiosk_json_num(lt_strbuf *b, double v)
{
    char buf[32];
    size_t n = lt_json_format_number(buf, sizeof buf, v);
    lt_strbuf_put(b, buf, n < sizeof buf ? n : sizeof buf - 1);
}

void lt_kiosk_json_int(lt_strbuf *b, int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)v);
    lt_strbuf_str(b, buf);
}

/* ---- local days ------------------------------------------------------------ */

int64_t lt_kiosk_day_start(int64_t ms)
{
    time_t t = (time_t)(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL) {
        return ms - ms % 86400000;
    }
    tm.tm_hour = 0;
    tm.tm_min = 0;
    tm.tm_sec = 0;
    tm.tm_isdst = -1;
    return (int64_t)mktime(&tm) * 1000;
}

int64_t lt_kiosk_day_next(int64_t day_start_ms)
{
    /* 36 h lands inside the next day whether the day has 23, 24 or 25 hours. */
    return lt_kiosk_day_start(day_start_ms + 36 * 3600 * INT64_C(1000));
}

void lt_kiosk_day_name(int64_t day_start_ms, char *buf, size_t len)
{
    time_t t = (time_t)((day_start_ms + 12 * 3600 * INT64_C(1000)) / 1000);
    struct tm tm;
    if (len == 0) {
        return;
    }
    if (localtime_r(&t, &tm) == NULL) {
        snprintf(buf, len, "0000-00-00");
        return;
    }
    snprintf(buf, len, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

bool lt_kiosk_day_parse(const char *text, int64_t *day_start_ms)
{
    if (text == NULL || strlen(text) != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (int i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) {
            return false;
        }
    }
    int y = atoi(text), m = atoi(text + 5), d = atoi(text + 8);
    struct tm tm = { 0 };
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = 12; /* noon: never skipped by a daylight-saving change */
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 || tm.tm_year != y - 1900 || tm.tm_mon != m - 1 || tm.tm_mday != d) {
        return false; /* 2026-02-30 and the like come back normalised */
    }
    *day_start_ms = lt_kiosk_day_start((int64_t)t * 1000);
    return true;
}

/* ---- status file -------------------------------------------------------------- */

static void iso_utc(int64_t ms, char *buf, size_t len)
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL) {
        snprintf(buf, len, "1970-01-01T00:00:00Z");
        return;
    }
    strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

bool lt_kiosk_status_write(const char *path, const lt_kiosk_status *st, char *err, size_t errlen)
{
    char when[32];
    lt_strbuf b = { 0 };
    iso_utc(st->now_ms, when, sizeof when);
    lt_strbuf_str(&b, "{\"state\":");
    lt_kiosk_json_str(&b, st->state != NULL ? st->state : "");
    lt_strbuf_str(&b, ",\"time\":");
    lt_kiosk_json_str(&b, when);
    lt_strbuf_str(&b, ",\"now_ms\":");
    lt_kiosk_json_int(&b, st->now_ms);
    lt_strbuf_str(&b, ",\"uptime_s\":");
    lt_kiosk_json_int(&b, st->uptime_s);
    lt_strbuf_str(&b, ",\"sessions_today\":");
    lt_kiosk_json_int(&b, st->sessions_today);
    lt_strbuf_str(&b, ",\"sessions_total\":");
    lt_kiosk_json_int(&b, st->sessions_total);
    lt_strbuf_str(&b, ",\"crashes\":");
    lt_kiosk_json_int(&b, st->crashes);
    lt_strbuf_str(&b, ",\"last_error\":");
    lt_kiosk_json_str(&b, st->last_error != NULL ? st->last_error : "");
    lt_strbuf_str(&b, ",\"pack\":");
    lt_kiosk_json_str(&b, st->pack != NULL ? st->pack : "");
    lt_strbuf_str(&b, ",\"pid\":");
    lt_kiosk_json_int(&b, st->pid);
    lt_strbuf_str(&b, "}\n");
    bool ok = false;
    if (b.failed) {
        snprintf(err, errlen, "%s: out of memory", path);
    } else {
        ok = lt_kiosk_write_atomic(path, b.s, b.len, err, errlen);
    }
    free(b.s);
    return ok;
}

/* ---- the daily export ---------------------------------------------------------- */

/* v rounded to 1/per (per = 10: tenths); dividing an exact whole number
 * gives the double nearest the decimal, which prints short. */
static double round_to(double v, double per)
{
    return round(v * per) / per;
}

static void csv_field(lt_strbuf *b, const char *s, bool last)
{
    if (strpbrk(s, ",\"\r\n") != NULL) {
        lt_strbuf_ch(b, '"');
        for (const char *p = s; *p; p++) {
            if (*p == '"') {
                lt_strbuf_ch(b, '"');
            }
            lt_strbuf_ch(b, *p);
        }
        lt_strbuf_ch(b, '"');
    } else {
        lt_strbuf_str(b, s);
    }
    lt_strbuf_str(b, last ? "\r\n" : ",");
}

static void csv_int(lt_strbuf *b, int v)
{
    char num[24];
    snprintf(num, sizeof num, "%d", v);
    csv_field(b, num, false);
}

/* One header and one row: files of several days paste into one sheet. */
static void day_csv(lt_strbuf *b, const lt_kiosk_day *d)
{
    char date[16], num[64];
    lt_kiosk_day_name(d->day_start_ms, date, sizeof date);
    lt_strbuf_str(b, "\xEF\xBB\xBF");
    lt_strbuf_str(b, "date,sessions,finished,completed,idle,admin,crash,stopped,answers,mean_length_s,"
                     "completion_rate");
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        lt_strbuf_str(b, ",sessions_");
        lt_strbuf_str(b, lt_lang_code((lt_lang)l));
    }
    lt_strbuf_str(b, ",hardest_facts\r\n");
    csv_field(b, date, false);
    csv_int(b, d->sessions);
    csv_int(b, d->finished);
    csv_int(b, d->completed);
    csv_int(b, d->ended[LT_VISIT_IDLE]);
    csv_int(b, d->ended[LT_VISIT_ADMIN]);
    csv_int(b, d->ended[LT_VISIT_CRASH]);
    csv_int(b, d->ended[LT_VISIT_STOPPED]);
    csv_int(b, d->answers);
    snprintf(num, sizeof num, "%.1f", d->mean_length_s);
    csv_field(b, num, false);
    snprintf(num, sizeof num, "%.3f", d->completion_rate);
    csv_field(b, num, false);
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        csv_int(b, d->per_lang[l]);
    }
    /* "fact (wrong/answers); ..." hardest first */
    lt_strbuf hard = { 0 };
    lt_strbuf_str(&hard, "");
    for (int i = 0; i < d->hardest_n; i++) {
        snprintf(num, sizeof num, " (%d/%d)", d->hardest[i].wrong, d->hardest[i].answers);
        lt_strbuf_str(&hard, i ? "; " : "");
        lt_strbuf_str(&hard, d->hardest[i].fact);
        lt_strbuf_str(&hard, num);
    }
    if (hard.failed) {
        b->failed = true;
    } else {
        csv_field(b, hard.s, true);
    }
    free(hard.s);
}

static void day_json(lt_strbuf *b, const lt_kiosk_day *d)
{
    char date[16];
    lt_kiosk_day_name(d->day_start_ms, date, sizeof date);
    lt_strbuf_str(b, "{\n  \"date\": ");
    lt_kiosk_json_str(b, date);
    lt_strbuf_str(b, ",\n  \"day_start_ms\": ");
    lt_kiosk_json_int(b, d->day_start_ms);
    lt_strbuf_str(b, ",\n  \"sessions\": ");
    lt_kiosk_json_int(b, d->sessions);
    lt_strbuf_str(b, ",\n  \"finished\": ");
    lt_kiosk_json_int(b, d->finished);
    lt_strbuf_str(b, ",\n  \"completed\": ");
    lt_kiosk_json_int(b, d->completed);
    lt_strbuf_str(b, ",\n  \"ended\": {");
    for (int e = 0; e < LT_VISIT_END_COUNT; e++) {
        lt_strbuf_str(b, e ? ", " : "");
        lt_kiosk_json_str(b, lt_visit_end_name((lt_visit_end)e));
        lt_strbuf_str(b, ": ");
        lt_kiosk_json_int(b, d->ended[e]);
    }
    lt_strbuf_str(b, "},\n  \"answers\": ");
    lt_kiosk_json_int(b, d->answers);
    lt_strbuf_str(b, ",\n  \"mean_length_s\": ");
    lt_kiosk_json_num(b, round_to(d->mean_length_s, 10));
    lt_strbuf_str(b, ",\n  \"completion_rate\": ");
    lt_kiosk_json_num(b, round_to(d->completion_rate, 1000));
    lt_strbuf_str(b, ",\n  \"per_language\": {");
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        lt_strbuf_str(b, l ? ", " : "");
        lt_kiosk_json_str(b, lt_lang_code((lt_lang)l));
        lt_strbuf_str(b, ": ");
        lt_kiosk_json_int(b, d->per_lang[l]);
    }
    lt_strbuf_str(b, "},\n  \"hardest_facts\": [");
    for (int i = 0; i < d->hardest_n; i++) {
        lt_strbuf_str(b, i ? ",\n    {\"fact\": " : "\n    {\"fact\": ");
        lt_kiosk_json_str(b, d->hardest[i].fact);
        lt_strbuf_str(b, ", \"answers\": ");
        lt_kiosk_json_int(b, d->hardest[i].answers);
        lt_strbuf_str(b, ", \"wrong\": ");
        lt_kiosk_json_int(b, d->hardest[i].wrong);
        lt_strbuf_str(b, ", \"wrong_rate\": ");
        lt_kiosk_json_num(b, round_to(d->hardest[i].wrong_rate, 1000));
        lt_strbuf_ch(b, '}');
    }
    lt_strbuf_str(b, d->hardest_n ? "\n  ]\n}\n" : "]\n}\n");
}

char *lt_kiosk_day_csv(const lt_kiosk_day *d)
{
    lt_strbuf b = { 0 };
    day_csv(&b, d);
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

char *lt_kiosk_day_json(const lt_kiosk_day *d)
{
    lt_strbuf b = { 0 };
    day_json(&b, d);
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

bool lt_kstore_export_day(lt_kstore *ks, int64_t day_start_ms, const char *dir, char *written, size_t wlen,
                          char *err, size_t errlen)
{
    lt_kiosk_day d;
    char date[16], csv_path[LT_KIOSK_PATH_MAX + 32], json_path[LT_KIOSK_PATH_MAX + 32];
    if (written != NULL && wlen > 0) {
        written[0] = '\0';
    }
    if (!lt_kstore_day_summary(ks, day_start_ms, &d)) {
        snprintf(err, errlen, "cannot read the day's sessions from the kiosk database");
        return false;
    }
    if (lt_kiosk_mkdirs(dir) != 0) {
        snprintf(err, errlen, "cannot create %s: %s", dir, strerror(errno));
        return false;
    }
    lt_kiosk_day_name(day_start_ms, date, sizeof date);
    snprintf(csv_path, sizeof csv_path, "%s/kiosk-%s.csv", dir, date);
    snprintf(json_path, sizeof json_path, "%s/kiosk-%s.json", dir, date);
    lt_strbuf csv = { 0 }, json = { 0 };
    day_csv(&csv, &d);
    day_json(&json, &d);
    bool ok = false;
    if (csv.failed || json.failed) {
        snprintf(err, errlen, "out of memory");
    } else if (lt_kiosk_write_atomic(csv_path, csv.s, csv.len, err, errlen) &&
               lt_kiosk_write_atomic(json_path, json.s, json.len, err, errlen)) {
        ok = true;
        if (written != NULL && wlen > 0) {
            snprintf(written, wlen, "%s, %s", csv_path, json_path);
        }
    }
    free(csv.s);
    free(json.s);
    return ok;
}
