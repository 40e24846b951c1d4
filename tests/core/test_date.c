/* test_date.c: lt_date parsing, canonical text, ru/en formatting, spans,
 * order and sameness, including every refusal of the parser.
 * Depends on: lt_date.h, lt_test.h. */
#include "lt_date.h"
#include "lt_test.h"

static const char *fmt(const char *s, int lang)
{
    static char buf[128];
    lt_date d;
    char err[256];
    if (!lt_date_parse(s, &d, err, sizeof err)) {
        snprintf(buf, sizeof buf, "PARSE ERROR: %.100s", err);
        return buf;
    }
    lt_date_format(&d, lang, buf, sizeof buf);
    return buf;
}

static const char *canon(const char *s)
{
    static char buf[128];
    lt_date d;
    if (!lt_date_parse(s, &d, NULL, 0)) {
        return "PARSE ERROR";
    }
    lt_date_to_string(&d, buf, sizeof buf);
    return buf;
}

static bool refused(const char *s, const char *reason_part)
{
    lt_date d;
    char err[512];
    if (lt_date_parse(s, &d, err, sizeof err)) {
        fprintf(stderr, "'%s' was accepted\n", s);
        return false;
    }
    if (!strstr(err, reason_part) || !strstr(err, "accepted forms")) {
        fprintf(stderr, "'%s': reason '%s' lacks '%s'\n", s, err, reason_part);
        return false;
    }
    return true;
}

static int order(const char *a, const char *b)
{
    lt_date x, y;
    lt_date_parse(a, &x, NULL, 0);
    lt_date_parse(b, &y, NULL, 0);
    return lt_date_order(&x, &y);
}

int main(void)
{
    lt_date d;
    long f, l;

    /* canonical form round trips */
    LT_CHECK_STR(canon("1956"), "1956");
    LT_CHECK_STR(canon("1956-03"), "1956-03");
    LT_CHECK_STR(canon("1956-11-late"), "1956-11-late");
    LT_CHECK_STR(canon("1956-10-19"), "1956-10-19");
    LT_CHECK_STR(canon("1956-04/1956-05"), "1956-04/1956-05");
    LT_CHECK_STR(canon("before 1956-03"), "before 1956-03");
    LT_CHECK_STR(canon("1956-10-13/1956-10-19"), "1956-10-13/1956-10-19");

    /* parsed fields */
    LT_CHECK(lt_date_parse("1956-11-mid", &d, NULL, 0));
    LT_CHECK_INT(d.from.prec, LT_PREC_PART);
    LT_CHECK_INT(d.from.part, LT_PART_MID);
    LT_CHECK_INT(d.from.month, 11);
    LT_CHECK(!d.range && !d.before);
    LT_CHECK(lt_date_parse("1956-04/1956-05", &d, NULL, 0));
    LT_CHECK(d.range);
    LT_CHECK_INT(d.to.month, 5);

    /* Russian */
    LT_CHECK_STR(fmt("1956-10-19", 0), "19 октября 1956 г.");
    LT_CHECK_STR(fmt("1956-10", 0), "октябрь 1956 г.");
    LT_CHECK_STR(fmt("1956-11-early", 0), "начало ноября 1956 г.");
    LT_CHECK_STR(fmt("1956-11-mid", 0), "середина ноября 1956 г.");
    LT_CHECK_STR(fmt("1956-11-late", 0), "конец ноября 1956 г.");
    LT_CHECK_STR(fmt("1956-04/1956-05", 0), "апрель–май 1956 г.");
    LT_CHECK_STR(fmt("1956-10-13/1956-10-19", 0), "13–19 октября 1956 г.");
    LT_CHECK_STR(fmt("1956-09-30/1956-10-02", 0), "30 сентября – 2 октября 1956 г.");
    LT_CHECK_STR(fmt("1955-12/1956-01", 0), "декабрь 1955 г. – январь 1956 г.");
    LT_CHECK_STR(fmt("1955/1956", 0), "1955–1956 гг.");
    LT_CHECK_STR(fmt("before 1956-03", 0), "до марта 1956 г.");
    LT_CHECK_STR(fmt("before 1956-10-19", 0), "до 19 октября 1956 г.");
    LT_CHECK_STR(fmt("before 1956-11-late", 0), "до конца ноября 1956 г.");
    LT_CHECK_STR(fmt("1956", 0), "1956 г.");
    LT_CHECK_STR(fmt("1956-05", 0), "май 1956 г.");
    LT_CHECK_STR(fmt("1956-05-14", 0), "14 мая 1956 г.");
    LT_CHECK_STR(fmt("1956-10-late/1956-11-early", 0), "конец октября – начало ноября 1956 г.");

    /* English */
    LT_CHECK_STR(fmt("1956-10-19", 1), "19 October 1956");
    LT_CHECK_STR(fmt("1956-10", 1), "October 1956");
    LT_CHECK_STR(fmt("1956-11-early", 1), "early November 1956");
    LT_CHECK_STR(fmt("1956-11-mid", 1), "mid November 1956");
    LT_CHECK_STR(fmt("1956-11-late", 1), "late November 1956");
    LT_CHECK_STR(fmt("1956-04/1956-05", 1), "April–May 1956");
    LT_CHECK_STR(fmt("1956-10-13/1956-10-19", 1), "13–19 October 1956");
    LT_CHECK_STR(fmt("before 1956-03", 1), "before March 1956");
    LT_CHECK_STR(fmt("1956", 1), "1956");
    LT_CHECK_STR(fmt("1955/1956", 1), "1955–1956");

    /* undated */
    memset(&d, 0, sizeof d);
    {
        char buf[32];
        lt_date_format(&d, 0, buf, sizeof buf);
        LT_CHECK_STR(buf, "без даты");
        lt_date_format(&d, 1, buf, sizeof buf);
        LT_CHECK_STR(buf, "undated");
        lt_date_to_string(&d, buf, sizeof buf);
        LT_CHECK_STR(buf, "");
        LT_CHECK(!lt_date_span(&d, &f, &l));
    }
    /* tiny buffers never overflow */
    {
        char tiny[5];
        lt_date_parse("1956-10-19", &d, NULL, 0);
        lt_date_format(&d, 0, tiny, sizeof tiny);
        LT_CHECK_INT(strlen(tiny), 4);
    }

    /* refusals */
    LT_CHECK(refused("", "empty"));
    LT_CHECK(refused("1956-13", "no month 13"));
    LT_CHECK(refused("1956-00", "no month 00"));
    LT_CHECK(refused("1956-3", "two digits"));
    LT_CHECK(refused("1956-02-30", "no day 30"));
    LT_CHECK(refused("1955-02-29", "no day 29"));
    LT_CHECK(refused("1956-11-end", "early, mid or late"));
    LT_CHECK(refused("56th", "after the year"));
    LT_CHECK(refused("October 1956", "year in digits"));
    LT_CHECK(refused("1956-05/1956-04", "ends before it begins"));
    LT_CHECK(refused("1956-04/1956-05-01", "same precision"));
    LT_CHECK(refused("1956-04/1956-04", "same"));
    LT_CHECK(refused("before 1956-03/1956-04", "one date"));
    LT_CHECK(refused("before1956", "before"));
    LT_CHECK(refused("1956/1957/1958", "one '/'"));
    LT_CHECK(refused("0", "no year 0"));
    LT_CHECK(refused("19567", "four digits"));
    LT_CHECK(refused(" 1956", "spaces"));
    LT_CHECK(lt_date_parse("1956-02-29", &d, NULL, 0)); /* a leap year */
    {
        char small[8];
        LT_CHECK(!lt_date_parse("1956-13", &d, small, sizeof small));
        LT_CHECK_INT(strlen(small), 7);
        LT_CHECK(!lt_date_parse_reason("1956-13", &d, small, sizeof small));
    }

    /* spans */
    LT_CHECK_INT(lt_days_from_civil(1, 1, 1), 0);
    LT_CHECK_INT(lt_days_from_civil(1970, 1, 1), 719162);
    LT_CHECK_INT(lt_days_from_civil(1956, 10, 19) - lt_days_from_civil(1956, 10, 13), 6);
    lt_date_parse("1956-11-late", &d, NULL, 0);
    LT_CHECK(lt_date_span(&d, &f, &l));
    LT_CHECK_INT(f, lt_days_from_civil(1956, 11, 21));
    LT_CHECK_INT(l, lt_days_from_civil(1956, 11, 30));
    lt_date_parse("1956-02", &d, NULL, 0);
    lt_date_span(&d, &f, &l);
    LT_CHECK_INT(l - f, 28);
    lt_date_parse("1956-04/1956-05", &d, NULL, 0);
    lt_date_span(&d, &f, &l);
    LT_CHECK_INT(f, lt_days_from_civil(1956, 4, 1));
    LT_CHECK_INT(l, lt_days_from_civil(1956, 5, 31));
    lt_date_parse("before 1956-03", &d, NULL, 0);
    lt_date_span(&d, &f, &l);
    LT_CHECK_INT(l, lt_days_from_civil(1956, 2, 29));

    /* order honours precision */
    LT_CHECK_INT(order("1956-01", "1956-03"), -1);
    LT_CHECK_INT(order("1956-10-19", "1956-08"), 1);
    LT_CHECK_INT(order("1956-12", "1956-12-12"), 0);
    LT_CHECK_INT(order("1956", "1956-10-19"), 0);
    LT_CHECK_INT(order("1956-12-early", "1956-12-12"), -1);
    LT_CHECK_INT(order("before 1956-03", "1956-03"), -1);
    LT_CHECK_INT(order("before 1956-03", "1956-01"), 0);
    LT_CHECK_INT(order("1956-04/1956-05", "1956-05-14"), 0);

    /* sameness */
    {
        lt_date a, b;
        lt_date_parse("1956-10-19", &a, NULL, 0);
        lt_date_parse("1956-10-19", &b, NULL, 0);
        LT_CHECK(lt_date_same(&a, &b));
        lt_date_parse("1956-10", &b, NULL, 0);
        LT_CHECK(!lt_date_same(&a, &b));
    }
    /* day numbers and back, across leap years and the epoch */
    for (long day = lt_days_from_civil(1899, 12, 25); day < lt_days_from_civil(2101, 1, 5); day += 13) {
        int cy, cm, cd;
        lt_civil_from_days(day, &cy, &cm, &cd);
        LT_CHECK(lt_days_from_civil(cy, cm, cd) == day);
    }
    {
        int cy, cm, cd;
        lt_civil_from_days(lt_days_from_civil(1956, 2, 29), &cy, &cm, &cd);
        LT_CHECK_INT(cy * 10000 + cm * 100 + cd, 19560229);
    }
    return LT_TEST_END();
}
