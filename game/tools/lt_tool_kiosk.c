/* lt_tool_kiosk.c: `letopis-pack kiosk hash-pin | check CONFIG | export
 * --data-dir DIR [--day D] [-o DIR] | summary --data-dir DIR [--day D] [--json]`:
 * what staff need around a kiosk without opening its admin screen.
 * Depends on: lt_kiosk.h, lt_pin.h, POSIX termios. */
#include "lt_tool_kiosk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "lt_json.h"
#include "lt_kiosk.h"
#include "lt_pin.h"

enum { KT_OK = 0, KT_ERRORS = 1, KT_USAGE = 2 };

static int kt_usage(const char *msg, const char *arg)
{
    FILE *out = msg ? stderr : stdout;
    if (msg) {
        fprintf(stderr, "letopis-pack kiosk: ");
        fprintf(stderr, msg, arg);
        fprintf(stderr, "\n\n");
    }
    fprintf(out,
            "usage: letopis-pack kiosk ACTION [ARGS]\n\n"
            "  hash-pin                reads a PIN (%d-%d digits) from stdin and prints the\n"
            "                          pin_hash line to paste into the kiosk config\n"
            "  check CONFIG            checks a kiosk config; every problem as file:line:col\n"
            "  export --data-dir DIR [--day YYYY-MM-DD] [-o OUTDIR]\n"
            "                          writes the day's summary (default: yesterday) as\n"
            "                          OUTDIR/kiosk-YYYY-MM-DD.csv and .json\n"
            "                          (default OUTDIR: DIR/kiosk-stats)\n"
            "  summary --data-dir DIR [--day YYYY-MM-DD] [--json]\n"
            "                          health counters and the day's figures (default: today)\n\n"
            "Days are local calendar days. Details: docs/kiosk.md\n"
            "exit status: 0 done, 1 a bad config or PIN or no kiosk database, 2 bad command line\n",
            LT_PIN_MIN_DIGITS, LT_PIN_MAX_DIGITS);
    return msg ? KT_USAGE : KT_OK;
}

/* ---- hash-pin ---- */

static int kt_hash_pin(int argc, char **argv)
{
    (void)argv;
    if (argc != 2) {
        return kt_usage("hash-pin takes no arguments (the PIN comes on stdin)%s", "");
    }
    char pin[64] = "";
    bool tty = isatty(STDIN_FILENO) != 0;
    struct termios old, quiet;
    if (tty && tcgetattr(STDIN_FILENO, &old) == 0) {
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        fprintf(stderr, "PIN: ");
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    } else {
        tty = false;
    }
    char *got = fgets(pin, sizeof pin, stdin);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        fprintf(stderr, "\n");
    }
    if (got == NULL) {
        fprintf(stderr, "letopis-pack kiosk hash-pin: no PIN on stdin\n");
        return KT_ERRORS;
    }
    pin[strcspn(pin, "\r\n")] = '\0';
    if (!lt_pin_valid(pin)) {
        fprintf(stderr, "letopis-pack kiosk hash-pin: a PIN is %d to %d digits (0-9)\n", LT_PIN_MIN_DIGITS,
                LT_PIN_MAX_DIGITS);
        return KT_ERRORS;
    }
    char hash[LT_PIN_HASH_MAX];
    bool ok = lt_pin_hash(pin, hash, sizeof hash);
    memset(pin, 0, sizeof pin);
    if (!ok) {
        fprintf(stderr, "letopis-pack kiosk hash-pin: hashing failed (out of memory?)\n");
        return KT_ERRORS;
    }
    printf("pin_hash: \"%s\"\n", hash);
    return KT_OK;
}

/* ---- check ---- */

static int kt_check(int argc, char **argv)
{
    if (argc != 3 || argv[2][0] == '-') {
        return kt_usage("check takes one CONFIG file%s", "");
    }
    lt_kiosk_cfg cfg;
    char err[8192];
    bool ok = lt_kiosk_cfg_load(argv[2], &cfg, err, sizeof err);
    if (err[0] != '\0') {
        fprintf(stderr, "%s\n", err);
    }
    if (!ok) {
        return KT_ERRORS;
    }
    printf("%s: ok\n", argv[2]);
    return KT_OK;
}

/* ---- export and summary ---- */

typedef struct kt_args {
    const char *data_dir;
    const char *out_dir;
    const char *day;
    bool json;
} kt_args;

/* Parses the options after the action; `allow` names the ones it takes. */
static bool kt_parse(int argc, char **argv, const char *allow, kt_args *a)
{
    memset(a, 0, sizeof *a);
    for (int i = 2; i < argc; i++) {
        const char *o = argv[i];
        const char **slot = NULL;
        if (strcmp(o, "--data-dir") == 0) {
            slot = &a->data_dir;
        } else if (strcmp(o, "--day") == 0) {
            slot = &a->day;
        } else if (strcmp(o, "-o") == 0 && strstr(allow, "-o") != NULL) {
            slot = &a->out_dir;
        } else if (strcmp(o, "--json") == 0 && strstr(allow, "--json") != NULL) {
            a->json = true;
            continue;
        } else {
            kt_usage("unknown option '%s'", o);
            return false;
        }
        if (i + 1 >= argc) {
            kt_usage("%s needs a value", o);
            return false;
        }
        *slot = argv[++i];
    }
    if (a->data_dir == NULL) {
        kt_usage("%s needs --data-dir DIR", argv[1]);
        return false;
    }
    return true;
}

static int64_t kt_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The day asked for, or today shifted by `back` days. */
static bool kt_day(const kt_args *a, int back, int64_t *day)
{
    if (a->day != NULL) {
        if (!lt_kiosk_day_parse(a->day, day)) {
            kt_usage("--day takes a date YYYY-MM-DD, not '%s'", a->day);
            return false;
        }
        return true;
    }
    *day = lt_kiosk_day_start(kt_now_ms());
    for (int i = 0; i < back; i++) {
        *day = lt_kiosk_day_start(*day - 12 * 3600 * INT64_C(1000));
    }
    return true;
}

static int kt_export(int argc, char **argv)
{
    kt_args a;
    int64_t day;
    if (!kt_parse(argc, argv, "-o", &a) || !kt_day(&a, 1, &day)) {
        return KT_USAGE;
    }
    char err[1024], out_dir[LT_KIOSK_PATH_MAX + 16], written[2 * LT_KIOSK_PATH_MAX + 64];
    snprintf(out_dir, sizeof out_dir, "%s", a.out_dir != NULL ? a.out_dir : "");
    if (a.out_dir == NULL) {
        snprintf(out_dir, sizeof out_dir, "%s/kiosk-stats", a.data_dir);
    }
    lt_kstore *ks = lt_kstore_open_reader(a.data_dir, err, sizeof err);
    if (ks == NULL) {
        fprintf(stderr, "letopis-pack kiosk export: %s\n", err);
        return KT_ERRORS;
    }
    bool ok = lt_kstore_export_day(ks, day, out_dir, written, sizeof written, err, sizeof err);
    lt_kstore_close(ks);
    if (!ok) {
        fprintf(stderr, "letopis-pack kiosk export: %s\n", err);
        return KT_ERRORS;
    }
    printf("wrote %s\n", written);
    return KT_OK;
}

static void kt_time(int64_t ms, char *buf, size_t len)
{
    if (ms == 0) {
        snprintf(buf, len, "never");
        return;
    }
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL || strftime(buf, len, "%Y-%m-%d %H:%M", &tm) == 0) {
        snprintf(buf, len, "?");
    }
}

static void kt_json_str(const char *s)
{
    size_t n = strlen(s), cap = 6 * n + 3;
    char *buf = malloc(cap);
    if (buf == NULL) {
        fputs("null", stdout);
        return;
    }
    lt_json_escape(buf, cap, s, n);
    fputs(buf, stdout);
    free(buf);
}

static void kt_summary_json(const char *dir, const lt_kiosk_health *h, const lt_kiosk_day *d)
{
    char exported[16];
    char *day = lt_kiosk_day_json(d);
    fputs("{\"data_dir\":", stdout);
    kt_json_str(dir);
    printf(",\"installed_ms\":%lld,\"sessions_total\":%d,\"sessions_today\":%d,\"crashes\":%d,"
           "\"resets\":%d,\"last_reset_ms\":%lld,\"exported_through\":",
           (long long)h->installed_ms, h->sessions_total, h->sessions_today, h->crashes, h->resets,
           (long long)h->last_reset_ms);
    if (h->exported_through_ms != 0) {
        lt_kiosk_day_name(h->exported_through_ms, exported, sizeof exported);
        kt_json_str(exported);
    } else {
        fputs("null", stdout);
    }
    printf(",\"day\":%s}\n", day != NULL ? day : "null");
    free(day);
}

static void kt_summary_text(const char *dir, const lt_kiosk_health *h, const lt_kiosk_day *d)
{
    char when[40], date[16];
    printf("kiosk database:   %s/%s\n", dir, LT_KIOSK_DB_FILE);
    kt_time(h->installed_ms, when, sizeof when);
    printf("installed:        %s\n", when);
    lt_kiosk_day_name(d->day_start_ms, date, sizeof date);
    printf("sessions:         %d in all, %d on %s or later\n", h->sessions_total, h->sessions_today, date);
    printf("crashes:          %d\n", h->crashes);
    kt_time(h->last_reset_ms, when, sizeof when);
    printf("idle resets:      %d (last: %s)\n", h->resets, when);
    if (h->exported_through_ms != 0) {
        lt_kiosk_day_name(h->exported_through_ms, when, sizeof when);
    } else {
        snprintf(when, sizeof when, "nothing yet");
    }
    printf("exported through: %s\n", when);
    printf("%s: %d sessions, %d finished, %d completed (%.1f%%), mean length %.1f s", date, d->sessions,
           d->finished, d->completed, 100.0 * d->completion_rate, d->mean_length_s);
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        printf("%s%s %d", l ? ", " : "; ", lt_lang_code((lt_lang)l), d->per_lang[l]);
    }
    printf("\n");
    for (int i = 0; i < d->hardest_n; i++) {
        printf("  hardest %d: %s, %d of %d answers wrong\n", i + 1, d->hardest[i].fact, d->hardest[i].wrong,
               d->hardest[i].answers);
    }
}

static int kt_summary(int argc, char **argv)
{
    kt_args a;
    int64_t day;
    if (!kt_parse(argc, argv, "--json", &a) || !kt_day(&a, 0, &day)) {
        return KT_USAGE;
    }
    char err[1024];
    lt_kstore *ks = lt_kstore_open_reader(a.data_dir, err, sizeof err);
    if (ks == NULL) {
        fprintf(stderr, "letopis-pack kiosk summary: %s\n", err);
        return KT_ERRORS;
    }
    lt_kiosk_health h;
    lt_kiosk_day d;
    bool ok = lt_kstore_health(ks, day, &h) && lt_kstore_day_summary(ks, day, &d);
    lt_kstore_close(ks);
    if (!ok) {
        fprintf(stderr, "letopis-pack kiosk summary: cannot read %s\n", a.data_dir);
        return KT_ERRORS;
    }
    if (a.json) {
        kt_summary_json(a.data_dir, &h, &d);
    } else {
        kt_summary_text(a.data_dir, &h, &d);
    }
    return KT_OK;
}

int lt_tool_kiosk(int argc, char **argv)
{
    if (argc < 2) {
        return kt_usage("kiosk needs an action: hash-pin, check, export or summary%s", "");
    }
    const char *act = argv[1];
    if (strcmp(act, "--help") == 0 || strcmp(act, "-h") == 0 || strcmp(act, "help") == 0) {
        return kt_usage(NULL, NULL);
    }
    if (strcmp(act, "hash-pin") == 0) {
        return kt_hash_pin(argc, argv);
    }
    if (strcmp(act, "check") == 0) {
        return kt_check(argc, argv);
    }
    if (strcmp(act, "export") == 0) {
        return kt_export(argc, argv);
    }
    if (strcmp(act, "summary") == 0) {
        return kt_summary(argc, argv);
    }
    return kt_usage("unknown kiosk action '%s' (hash-pin, check, export, summary)", act);
}
