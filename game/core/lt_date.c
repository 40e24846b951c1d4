/* lt_date.c: parsing, canonical text, ru/en formatting, spans and order of
 * historical dates with a precision.
 * Depends on: lt_date.h, libc. */
#include "lt_date.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const lt_month_en[12] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
};
static const char *const lt_month_ru_nom[12] = {
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"
};
static const char *const lt_month_ru_gen[12] = {
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря"
};
static const char *const lt_part_key[4] = { "", "early", "mid", "late" };
static const char *const lt_part_ru_nom[4] = { "", "начало", "середина", "конец" };
static const char *const lt_part_ru_gen[4] = { "", "начала", "середины", "конца" };

#define DASH "\xE2\x80\x93" /* U+2013 EN DASH */

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int dim[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12) {
        return 31;
    }
    return dim[m - 1] + (m == 2 && is_leap(y) ? 1 : 0);
}

long lt_days_from_civil(int y, int m, int d)
{
    static const int before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
    long py = (long)y - 1;
    long days;
    if (m < 1) {
        m = 1;
    } else if (m > 12) {
        m = 12;
    }
    days = py * 365 + py / 4 - py / 100 + py / 400;
    days += before[m - 1] + (m > 2 && is_leap(y) ? 1 : 0);
    return days + d - 1;
}

/* ---- parsing ---- */

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    if (!err || errlen == 0) {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Parses one point from s[0..n). */
static bool parse_point(const char *s, size_t n, lt_datept *p, char *err, size_t errlen)
{
    size_t i = 0;
    int y = 0, m = 0;

    memset(p, 0, sizeof *p);
    if (n == 0) {
        set_err(err, errlen, "a date is missing");
        return false;
    }
    while (i < n && is_digit(s[i]) && i < 5) {
        y = y * 10 + (s[i] - '0');
        i++;
    }
    if (i == 0) {
        set_err(err, errlen, "'%.*s' does not start with a year in digits, like 1956",
                (int)n, s);
        return false;
    }
    if (i > 4) {
        set_err(err, errlen, "the year in '%.*s' has more than four digits", (int)n, s);
        return false;
    }
    if (y == 0) {
        set_err(err, errlen, "there is no year 0");
        return false;
    }
    p->year = y;
    p->prec = LT_PREC_YEAR;
    if (i == n) {
        return true;
    }
    if (s[i] != '-') {
        set_err(err, errlen, "'%.*s': after the year comes '-' and a month, not '%c'",
                (int)n, s, s[i]);
        return false;
    }
    i++;
    if (n - i < 2 || !is_digit(s[i]) || !is_digit(s[i + 1]) || (n - i > 2 && s[i + 2] != '-')) {
        set_err(err, errlen, "'%.*s': the month must be two digits, 01 to 12", (int)n, s);
        return false;
    }
    m = (s[i] - '0') * 10 + (s[i + 1] - '0');
    if (m < 1 || m > 12) {
        set_err(err, errlen, "'%.*s': there is no month %02d (months are 01 to 12)",
                (int)n, s, m);
        return false;
    }
    p->month = m;
    p->prec = LT_PREC_MONTH;
    i += 2;
    if (i == n) {
        return true;
    }
    i++; /* the '-' */
    {
        const char *rest = s + i;
        size_t rn = n - i;
        for (int k = 1; k <= 3; k++) {
            if (rn == strlen(lt_part_key[k]) && memcmp(rest, lt_part_key[k], rn) == 0) {
                p->part = (lt_part)k;
                p->prec = LT_PREC_PART;
                return true;
            }
        }
        if (rn == 2 && is_digit(rest[0]) && is_digit(rest[1])) {
            int d = (rest[0] - '0') * 10 + (rest[1] - '0');
            if (d < 1 || d > days_in_month(y, m)) {
                set_err(err, errlen, "'%.*s': %s %d has no day %02d",
                        (int)n, s, lt_month_en[m - 1], y, d);
                return false;
            }
            p->day = d;
            p->prec = LT_PREC_DAY;
            return true;
        }
        set_err(err, errlen,
                "'%.*s': after the month comes a two-digit day or early, mid or late, not '%.*s'",
                (int)n, s, (int)rn, rest);
        return false;
    }
}

static long point_first(const lt_datept *p);
static long point_last(const lt_datept *p);

bool lt_date_parse_reason(const char *s, lt_date *out, char *err, size_t errlen)
{
    lt_date d;
    const char *slash;
    size_t n;

    memset(&d, 0, sizeof d);
    if (err && errlen) {
        err[0] = '\0';
    }
    if (!s || !out) {
        set_err(err, errlen, "no date given");
        return false;
    }
    n = strlen(s);
    if (n == 0) {
        set_err(err, errlen, "the date is empty");
        return false;
    }
    if (n > 64) {
        set_err(err, errlen, "the date is too long to be a date");
        return false;
    }
    if (s[0] == ' ' || s[n - 1] == ' ') {
        set_err(err, errlen, "'%s' has spaces around it", s);
        return false;
    }
    if (strncmp(s, "before", 6) == 0) {
        const char *p = s + 6;
        if (*p != ' ') {
            set_err(err, errlen, "'%s': write 'before', one space, then a date", s);
            return false;
        }
        while (*p == ' ') {
            p++;
        }
        if (strchr(p, '/')) {
            set_err(err, errlen, "'%s': 'before' takes one date, not a range", s);
            return false;
        }
        if (!parse_point(p, strlen(p), &d.from, err, errlen)) {
            return false;
        }
        d.to = d.from;
        d.before = true;
        *out = d;
        return true;
    }
    slash = strchr(s, '/');
    if (!slash) {
        if (!parse_point(s, n, &d.from, err, errlen)) {
            return false;
        }
        d.to = d.from;
        *out = d;
        return true;
    }
    if (strchr(slash + 1, '/')) {
        set_err(err, errlen, "'%s': a range has exactly one '/'", s);
        return false;
    }
    if (!parse_point(s, (size_t)(slash - s), &d.from, err, errlen) ||
        !parse_point(slash + 1, strlen(slash + 1), &d.to, err, errlen)) {
        return false;
    }
    if (d.from.prec != d.to.prec) {
        set_err(err, errlen, "'%s': both ends of a range need the same precision "
                "(two years, two months, two parts of months or two days)", s);
        return false;
    }
    if (point_first(&d.to) < point_first(&d.from)) {
        set_err(err, errlen, "'%s': the range ends before it begins", s);
        return false;
    }
    if (point_first(&d.to) == point_first(&d.from)) {
        set_err(err, errlen, "'%s': both ends of the range are the same; write it once", s);
        return false;
    }
    d.range = true;
    *out = d;
    return true;
}

bool lt_date_parse(const char *s, lt_date *out, char *err, size_t errlen)
{
    if (lt_date_parse_reason(s, out, err, errlen)) {
        return true;
    }
    if (err && errlen) {
        size_t used = strlen(err);
        if (used < errlen) {
            snprintf(err + used, errlen - used, "; accepted forms: %s", LT_DATE_FORMS);
        }
    }
    return false;
}

/* ---- text ---- */

/* A bounded string builder: never overflows, always NUL-terminated. */
typedef struct sbuf {
    char *buf;
    size_t len, cap;
} sbuf;

static void sb_add(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    if (b->cap == 0 || b->len >= b->cap - 1) {
        return;
    }
    va_start(ap, fmt);
    n = vsnprintf(b->buf + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return;
    }
    b->len += (size_t)n;
    if (b->len >= b->cap) {
        b->len = b->cap - 1;
    }
}

static void point_canon(sbuf *b, const lt_datept *p)
{
    switch (p->prec) {
    case LT_PREC_YEAR:
        sb_add(b, "%d", p->year);
        break;
    case LT_PREC_MONTH:
        sb_add(b, "%d-%02d", p->year, p->month);
        break;
    case LT_PREC_PART:
        sb_add(b, "%d-%02d-%s", p->year, p->month,
               lt_part_key[p->part >= LT_PART_EARLY && p->part <= LT_PART_LATE ? p->part : 0]);
        break;
    case LT_PREC_DAY:
        sb_add(b, "%d-%02d-%02d", p->year, p->month, p->day);
        break;
    default:
        break;
    }
}

void lt_date_to_string(const lt_date *d, char *buf, size_t len)
{
    sbuf b = { buf, 0, len };
    if (!buf || len == 0) {
        return;
    }
    buf[0] = '\0';
    if (!d || d->from.prec == LT_PREC_NONE) {
        return;
    }
    if (d->before) {
        sb_add(&b, "before ");
    }
    point_canon(&b, &d->from);
    if (d->range && !d->before) {
        sb_add(&b, "/");
        point_canon(&b, &d->to);
    }
}

static int clamp_month(int m)
{
    return m < 1 ? 1 : (m > 12 ? 12 : m);
}

static int clamp_part(lt_part p)
{
    return p >= LT_PART_EARLY && p <= LT_PART_LATE ? (int)p : 1;
}

/* The point without its year. ru: months in genitive after a day or a part,
 * the month alone in nominative unless `gen` (after "до"). */
static void point_noyear(sbuf *b, const lt_datept *p, int lang, bool gen)
{
    int m = clamp_month(p->month) - 1;
    switch (p->prec) {
    case LT_PREC_MONTH:
        sb_add(b, "%s", lang == 0 ? (gen ? lt_month_ru_gen[m] : lt_month_ru_nom[m]) : lt_month_en[m]);
        break;
    case LT_PREC_PART:
        if (lang == 0) {
            sb_add(b, "%s %s", gen ? lt_part_ru_gen[clamp_part(p->part)] : lt_part_ru_nom[clamp_part(p->part)],
                   lt_month_ru_gen[m]);
        } else {
            sb_add(b, "%s %s", lt_part_key[clamp_part(p->part)], lt_month_en[m]);
        }
        break;
    case LT_PREC_DAY:
        sb_add(b, "%d %s", p->day, lang == 0 ? lt_month_ru_gen[m] : lt_month_en[m]);
        break;
    default:
        break;
    }
}

static void year_suffix(sbuf *b, int year, int lang)
{
    if (lang == 0) {
        sb_add(b, "%d г.", year);
    } else {
        sb_add(b, "%d", year);
    }
}

/* A full point: "19 октября 1956 г.", "late November 1956", "1956 г.". */
static void point_full(sbuf *b, const lt_datept *p, int lang, bool gen)
{
    if (p->prec != LT_PREC_YEAR) {
        point_noyear(b, p, lang, gen);
        sb_add(b, " ");
    }
    year_suffix(b, p->year, lang);
}

/* The part of a point shown before a dash when the other end shares its
 * month: the day number or the part word alone. */
static void point_head(sbuf *b, const lt_datept *p, int lang)
{
    if (p->prec == LT_PREC_DAY) {
        sb_add(b, "%d", p->day);
    } else if (p->prec == LT_PREC_PART) {
        sb_add(b, "%s", lang == 0 ? lt_part_ru_nom[clamp_part(p->part)] : lt_part_key[clamp_part(p->part)]);
    } else {
        point_noyear(b, p, lang, false);
    }
}

static void format_range(sbuf *b, const lt_date *d, int lang)
{
    const lt_datept *f = &d->from, *t = &d->to;
    if (f->prec == LT_PREC_YEAR) {
        sb_add(b, "%d" DASH "%d%s", f->year, t->year, lang == 0 ? " гг." : "");
        return;
    }
    if (f->year != t->year) {
        point_full(b, f, lang, false);
        sb_add(b, " " DASH " ");
        point_full(b, t, lang, false);
        return;
    }
    if (f->prec == LT_PREC_MONTH) {
        point_noyear(b, f, lang, false);
        sb_add(b, DASH);
    } else if (f->month == t->month) {
        point_head(b, f, lang);
        sb_add(b, DASH);
    } else {
        point_noyear(b, f, lang, false);
        sb_add(b, " " DASH " ");
    }
    point_full(b, t, lang, false);
}

void lt_date_format(const lt_date *d, int lang, char *buf, size_t len)
{
    sbuf b = { buf, 0, len };
    if (!buf || len == 0) {
        return;
    }
    buf[0] = '\0';
    lang = lang == 1 ? 1 : 0;
    if (!d || d->from.prec == LT_PREC_NONE) {
        sb_add(&b, "%s", lang == 0 ? "без даты" : "undated");
        return;
    }
    if (d->before) {
        sb_add(&b, "%s", lang == 0 ? "до " : "before ");
        point_full(&b, &d->from, lang, true);
    } else if (d->range && d->to.prec == d->from.prec) {
        format_range(&b, d, lang);
    } else {
        point_full(&b, &d->from, lang, false);
    }
}

/* ---- spans and order ---- */

static long point_first(const lt_datept *p)
{
    int m = clamp_month(p->month);
    switch (p->prec) {
    case LT_PREC_YEAR:
        return lt_days_from_civil(p->year, 1, 1);
    case LT_PREC_MONTH:
        return lt_days_from_civil(p->year, m, 1);
    case LT_PREC_PART:
        return lt_days_from_civil(p->year, m, p->part == LT_PART_LATE ? 21 : p->part == LT_PART_MID ? 11 : 1);
    case LT_PREC_DAY:
        return lt_days_from_civil(p->year, m, p->day);
    default:
        return 0;
    }
}

static long point_last(const lt_datept *p)
{
    int m = clamp_month(p->month);
    int dim = days_in_month(p->year, m);
    switch (p->prec) {
    case LT_PREC_YEAR:
        return lt_days_from_civil(p->year, 12, 31);
    case LT_PREC_MONTH:
        return lt_days_from_civil(p->year, m, dim);
    case LT_PREC_PART:
        return lt_days_from_civil(p->year, m, p->part == LT_PART_EARLY ? 10 : p->part == LT_PART_MID ? 20 : dim);
    case LT_PREC_DAY:
        return lt_days_from_civil(p->year, m, p->day);
    default:
        return 0;
    }
}

/* A "before X" date spans from day 0 (1 Jan 1) to the day before X begins. */
bool lt_date_span(const lt_date *d, long *first, long *last)
{
    long f, l;
    if (!d || d->from.prec == LT_PREC_NONE) {
        return false;
    }
    if (d->before) {
        f = 0;
        l = point_first(&d->from) - 1;
    } else {
        f = point_first(&d->from);
        l = point_last(d->range ? &d->to : &d->from);
    }
    if (first) {
        *first = f;
    }
    if (last) {
        *last = l;
    }
    return true;
}

int lt_date_order(const lt_date *a, const lt_date *b)
{
    long af, al, bf, bl;
    if (!lt_date_span(a, &af, &al) || !lt_date_span(b, &bf, &bl)) {
        return 0;
    }
    if (al < bf) {
        return -1;
    }
    if (af > bl) {
        return 1;
    }
    return 0;
}

bool lt_date_same(const lt_date *a, const lt_date *b)
{
    char sa[80], sb[80];
    if (!a || !b) {
        return a == b;
    }
    lt_date_to_string(a, sa, sizeof sa);
    lt_date_to_string(b, sb, sizeof sb);
    return strcmp(sa, sb) == 0;
}

void lt_civil_from_days(long days, int *y, int *m, int *d)
{
    /* Walk from the 1970 epoch with the proleptic Gregorian 400-year cycle. */
    long z = days - lt_days_from_civil(1970, 1, 1) + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long dd = doy - (153 * mp + 2) / 5 + 1;
    long mm = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)(yoe + era * 400 + (mm <= 2));
    *m = (int)mm;
    *d = (int)dd;
}
