/* lt_tool_srs.c: `letopis-pack srs replay [--no-short-term] [--retention R] [--fuzz]`:
 * replays JSON-lines review histories through FSRS-6 and prints one JSON line per card.
 * Depends on: lt_fsrs.h, lt_json.h (core). */
#include "lt_tool_srs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_fsrs.h"
#include "lt_json.h"
#include "lt_strbuf.h"

enum { SRS_OK = 0, SRS_ERRORS = 1, SRS_USAGE = 2 };

static void srs_usage(FILE *out)
{
    fprintf(out,
            "usage: letopis-pack srs replay [--no-short-term] [--retention R] [--fuzz]\n\n"
            "Reads JSON lines on stdin, one card each:\n"
            "  {\"id\":\"c1\",\"reviews\":[{\"t\":\"2026-01-05T10:00:00Z\",\"rating\":3},...]}\n"
            "(t: YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM), in time order; rating 1-4)\n"
            "and prints one line per card with the state after each review:\n"
            "  {\"id\":\"c1\",\"results\":[{\"stability\":..,\"difficulty\":..,\"state\":0-3,\n"
            "   \"scheduled_days\":..,\"due\":\"ISO-8601\",\"retrievability\":R before or null},...]}\n"
            "FSRS-6 default parameters, steps 1m 10m, relearning 10m, days counted in UTC.\n"
            "  --no-short-term   long-term mode: no learning steps, every answer sets days\n"
            "  --retention R     desired retention, %.2f-%.2f (default %.1f)\n"
            "  --fuzz            spread intervals with the seeded fuzz (ts-fsrs default seed)\n"
            "exit status: 0 all lines fine, 1 some line was bad (reported on stderr with its\n"
            "number; the others are still printed), 2 bad command line\n",
            LT_FSRS_RETENTION_MIN, LT_FSRS_RETENTION_MAX, LT_FSRS_DEFAULT_RETENTION);
}

/* ---- UTC time text <-> ms ---- */

static int64_t days_from_civil(int64_t y, int m, int d)
{
    int64_t era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    int64_t era, doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static bool digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

/* Parses "YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+HH:MM|-HH:MM)" (years 0000-9999);
 * fractions below a millisecond are dropped. */
static bool parse_time(const char *s, size_t len, int64_t *ms_out)
{
    static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int y, mo, d, h, mi, se, ms = 0, dim;
    size_t i = 19;
    int64_t off_min = 0, days;

    if (len < 20 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' ||
        !digits(s + 8, 2, &d) || s[10] != 'T' || !digits(s + 11, 2, &h) || s[13] != ':' ||
        !digits(s + 14, 2, &mi) || s[16] != ':' || !digits(s + 17, 2, &se)) {
        return false;
    }
    if (mo < 1 || mo > 12 || h > 23 || mi > 59 || se > 59) {
        return false;
    }
    dim = mdays[mo - 1] + (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    if (d < 1 || d > dim) {
        return false;
    }
    if (s[i] == '.') {
        int n = 0;
        i++;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            if (n < 3) {
                ms = ms * 10 + (s[i] - '0');
            }
            n++;
            i++;
        }
        if (n == 0 || n > 9) {
            return false;
        }
        for (; n < 3; n++) {
            ms *= 10;
        }
    }
    if (i < len && s[i] == 'Z') {
        i++;
    } else if (i < len && (s[i] == '+' || s[i] == '-')) {
        int oh, om;
        if (len - i < 6 || !digits(s + i + 1, 2, &oh) || s[i + 3] != ':' ||
            !digits(s + i + 4, 2, &om) || oh > 23 || om > 59) {
            return false;
        }
        off_min = (s[i] == '+' ? 1 : -1) * (oh * 60 + om);
        i += 6;
    } else {
        return false;
    }
    if (i != len) {
        return false;
    }
    days = days_from_civil(y, mo, d);
    *ms_out = ((days * 24 + h) * 60 + mi - off_min) * 60000 + (int64_t)se * 1000 + ms;
    return true;
}

/* As JavaScript's Date.toISOString: "2026-01-05T10:00:00.000Z". */
static void format_time(char *buf, size_t cap, int64_t ms)
{
    int64_t days = ms / LT_FSRS_MS_PER_DAY, rem = ms % LT_FSRS_MS_PER_DAY, y;
    int m, d;
    if (rem < 0) {
        rem += LT_FSRS_MS_PER_DAY;
        days--;
    }
    civil_from_days(days, &y, &m, &d);
    if (y >= 0 && y <= 9999) {
        snprintf(buf, cap, "%04lld", (long long)y);
    } else {
        snprintf(buf, cap, "%c%06lld", y < 0 ? '-' : '+', (long long)(y < 0 ? -y : y));
    }
    {
        size_t n = strlen(buf);
        snprintf(buf + n, cap - n, "-%02d-%02dT%02d:%02d:%02d.%03dZ", m, d,
                 (int)(rem / 3600000), (int)(rem / 60000 % 60), (int)(rem / 1000 % 60),
                 (int)(rem % 1000));
    }
}

/* ---- output buffer ---- */

typedef lt_strbuf sbuf;

static void sb_str(sbuf *b, const char *s)
{
    lt_strbuf_str(b, s);
}

static void sb_num(sbuf *b, double v)
{
    char num[40];
    lt_json_format_number(num, sizeof num, v);
    sb_str(b, num);
}

static void sb_int(sbuf *b, long long v)
{
    char num[32];
    snprintf(num, sizeof num, "%lld", v);
    sb_str(b, num);
}

/* ---- one card ---- */

/* Replays the card on `line` into b; on a problem writes the message into
 * err and returns false. */
static bool replay_line(const lt_fsrs_params *p, const char *line, size_t len, sbuf *b,
                        char *err, size_t err_cap)
{
    lt_json_doc doc;
    lt_json_error jerr;
    const lt_json *id, *reviews;
    lt_fsrs_card card;
    int64_t prev = 0;
    size_t k = 0;
    bool ok = false;

    lt_fsrs_card_new(&card, 0);
    if (lt_json_parse(&doc, line, len, &jerr) != 0) {
        snprintf(err, err_cap, "column %d: bad JSON: %s", jerr.col, jerr.message);
        return false;
    }
    if (doc.root->type != LT_JSON_OBJECT) {
        snprintf(err, err_cap, "a JSON object {\"id\":..,\"reviews\":[..]} expected");
        goto done;
    }
    id = lt_json_get(doc.root, "id");
    reviews = lt_json_get(doc.root, "reviews");
    if (!id || id->type != LT_JSON_STRING) {
        snprintf(err, err_cap, "\"id\" (a string) missing");
        goto done;
    }
    if (!reviews || reviews->type != LT_JSON_ARRAY) {
        snprintf(err, err_cap, "\"reviews\" (an array) missing");
        goto done;
    }
    if (lt_json_count_key(doc.root, "id") > 1 || lt_json_count_key(doc.root, "reviews") > 1) {
        snprintf(err, err_cap, "duplicate \"id\" or \"reviews\"");
        goto done;
    }
    {
        size_t need = lt_json_escape(NULL, 0, id->str, id->len);
        char *esc = malloc(need + 1);
        if (!esc) {
            snprintf(err, err_cap, "out of memory");
            goto done;
        }
        lt_json_escape(esc, need + 1, id->str, id->len);
        sb_str(b, "{\"id\":");
        sb_str(b, esc);
        sb_str(b, ",\"results\":[");
        free(esc);
    }
    for (const lt_json *r = reviews->child; r; r = r->next, k++) {
        const lt_json *t = lt_json_get(r, "t"), *rating = lt_json_get(r, "rating");
        int64_t now;
        lt_fsrs_log log;
        char due[40];
        int rc;

        if (r->type != LT_JSON_OBJECT) {
            snprintf(err, err_cap, "review %zu: an object {\"t\":..,\"rating\":..} expected", k + 1);
            goto done;
        }
        if (lt_json_count_key(r, "t") > 1 || lt_json_count_key(r, "rating") > 1) {
            snprintf(err, err_cap, "review %zu: duplicate \"t\" or \"rating\"", k + 1);
            goto done;
        }
        if (!t || t->type != LT_JSON_STRING || !parse_time(t->str, t->len, &now)) {
            snprintf(err, err_cap,
                     "review %zu: \"t\" must be a UTC time like \"2026-01-05T10:00:00Z\"", k + 1);
            goto done;
        }
        if (!rating || rating->type != LT_JSON_NUMBER || !rating->is_int || rating->i < 1 ||
            rating->i > 4) {
            snprintf(err, err_cap, "review %zu: \"rating\" must be 1, 2, 3 or 4", k + 1);
            goto done;
        }
        if (k == 0) {
            lt_fsrs_card_new(&card, now);
        } else if (now < prev) {
            snprintf(err, err_cap, "review %zu: earlier than the review before it", k + 1);
            goto done;
        }
        prev = now;
        rc = lt_fsrs_review(p, &card, (int)rating->i, now, &log);
        if (rc != LT_FSRS_OK) {
            snprintf(err, err_cap, "review %zu: rejected by the scheduler (%d)", k + 1, rc);
            goto done;
        }
        format_time(due, sizeof due, card.due);
        sb_str(b, k ? ",{\"stability\":" : "{\"stability\":");
        sb_num(b, card.stability);
        sb_str(b, ",\"difficulty\":");
        sb_num(b, card.difficulty);
        sb_str(b, ",\"state\":");
        sb_int(b, card.state);
        sb_str(b, ",\"scheduled_days\":");
        sb_int(b, card.scheduled_days);
        sb_str(b, ",\"due\":\"");
        sb_str(b, due);
        sb_str(b, "\",\"retrievability\":");
        if (log.has_retrievability) {
            sb_num(b, log.retrievability);
        } else {
            sb_str(b, "null");
        }
        sb_str(b, "}");
    }
    sb_str(b, "]}\n");
    if (b->failed) {
        snprintf(err, err_cap, "out of memory");
        goto done;
    }
    ok = true;
done:
    lt_json_doc_free(&doc);
    return ok;
}

static int srs_replay(int argc, char **argv)
{
    lt_fsrs_params p;
    char *line = NULL;
    size_t line_cap = 0;
    long line_no = 0;
    int rc = SRS_OK;
    sbuf b = { 0 };

    lt_fsrs_params_default(&p);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--no-short-term") == 0) {
            p.enable_short_term = false;
        } else if (strcmp(a, "--fuzz") == 0) {
            p.enable_fuzz = true;
        } else if (strcmp(a, "--retention") == 0 || strncmp(a, "--retention=", 12) == 0) {
            const char *v = a[11] == '=' ? a + 12 : (i + 1 < argc ? argv[++i] : NULL);
            char *end = NULL;
            double r = v ? strtod(v, &end) : 0.0;
            if (!v || end == v || *end != '\0' || !(r >= LT_FSRS_RETENTION_MIN - 1e-12) ||
                !(r <= LT_FSRS_RETENTION_MAX + 1e-12)) {
                fprintf(stderr, "letopis-pack srs: --retention needs a number from %.2f to %.2f\n",
                        LT_FSRS_RETENTION_MIN, LT_FSRS_RETENTION_MAX);
                return SRS_USAGE;
            }
            p.request_retention = r;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            srs_usage(stdout);
            return SRS_OK;
        } else {
            fprintf(stderr, "letopis-pack srs: unknown option '%s'\n\n", a);
            srs_usage(stderr);
            return SRS_USAGE;
        }
    }
    if (lt_fsrs_params_check(&p) != LT_FSRS_OK) {
        fprintf(stderr, "letopis-pack srs: bad scheduler parameters\n");
        return SRS_USAGE;
    }
    for (;;) {
        ssize_t n = getline(&line, &line_cap, stdin);
        size_t len;
        char err[200];
        bool blank = true;
        if (n < 0) {
            break;
        }
        line_no++;
        len = (size_t)n;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
            len--;
        }
        for (size_t i = 0; i < len; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                blank = false;
                break;
            }
        }
        if (blank) {
            continue;
        }
        b.len = 0;
        b.failed = false;
        if (replay_line(&p, line, len, &b, err, sizeof err)) {
            fwrite(b.s, 1, b.len, stdout);
        } else {
            fprintf(stderr, "letopis-pack srs: stdin:%ld: %s\n", line_no, err);
            rc = SRS_ERRORS;
        }
    }
    free(line);
    free(b.s);
    if (ferror(stdin)) {
        fprintf(stderr, "letopis-pack srs: error reading stdin\n");
        rc = SRS_ERRORS;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "letopis-pack srs: error writing stdout\n");
        rc = SRS_ERRORS;
    }
    return rc;
}

int lt_tool_srs(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "replay") == 0) {
        return srs_replay(argc - 1, argv + 1);
    }
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        srs_usage(stdout);
        return SRS_OK;
    }
    fprintf(stderr, "letopis-pack srs: %s\n\n",
            argc >= 2 ? "unknown srs command (only 'replay')" : "'srs' needs a command: replay");
    srs_usage(stderr);
    return SRS_USAGE;
}
