/* test_timeline.c: the timeline core without a display: axis, ticks and lane
 * layout properties over random packs at many zooms, judging at every precision
 * on the default pack, and the rules game over random seeds. Depends on: lt_timeline.h. */
#include "lt_timeline.h"
#include "../quiz/qt.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- random packs as YAML text ------------------------------------------- */

typedef struct tl_buf {
    char *s;
    size_t len, cap;
} tl_buf;

static void buf_addf(tl_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (b->len + (size_t)need + 1 > b->cap) {
        b->cap = (b->len + (size_t)need + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s) {
            abort();
        }
    }
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)need + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)need;
}

static const char *const tl_parts[] = {"", "early", "mid", "late"};

static int days_in_month(int y, int m)
{
    long a = lt_days_from_civil(y, m, 1);
    long b = m == 12 ? lt_days_from_civil(y + 1, 1, 1) : lt_days_from_civil(y, m + 1, 1);
    return (int)(b - a);
}

/* One point at precision p (1 year .. 4 day), as text; `step` moves it on by
 * that many units of its precision (for the end of a range). */
static void point_text(char *out, size_t n, int p, int y, int m, int part, long day)
{
    switch (p) {
    case 1:
        snprintf(out, n, "%04d", y);
        break;
    case 2:
        snprintf(out, n, "%04d-%02d", y, m);
        break;
    case 3:
        snprintf(out, n, "%04d-%02d-%s", y, m, tl_parts[part]);
        break;
    default: {
        int yy, mm, dd;
        lt_civil_from_days(day, &yy, &mm, &dd);
        snprintf(out, n, "%04d-%02d-%02d", yy, mm, dd);
        break;
    }
    }
}

static int rand_year(lt_rng *r, int main_year)
{
    uint32_t k = lt_rng_below(r, 100);
    if (k < 75) {
        return main_year;
    }
    if (k < 85) {
        return main_year + (lt_rng_below(r, 2) ? 1 : -1);
    }
    return main_year - 15 + (int)lt_rng_below(r, 25);
}

/* A random date text at every precision, ranges, parts and before-dates. */
static void rand_date(lt_rng *r, int main_year, char *out, size_t n)
{
    int p = 1 + (int)lt_rng_below(r, 4);
    int y = rand_year(r, main_year);
    int m = 1 + (int)lt_rng_below(r, 12);
    int part = 1 + (int)lt_rng_below(r, 3);
    long day = lt_days_from_civil(y, m, 1 + (int)lt_rng_below(r, (uint32_t)days_in_month(y, m)));
    uint32_t shape = lt_rng_below(r, 10); /* 0-1 range, 2 before, else a point */
    char a[40], b[40];
    point_text(a, sizeof a, p, y, m, part, day);
    if (shape <= 1) {
        int k = 1 + (int)lt_rng_below(r, 4);
        int y2 = y, m2 = m, part2 = part;
        long day2 = day + k * 3;
        if (p == 1) {
            y2 = y + k;
        } else if (p == 2) {
            m2 = m + k;
            y2 = y + (m2 - 1) / 12;
            m2 = (m2 - 1) % 12 + 1;
        } else if (p == 3) {
            int idx = (m - 1) * 3 + (part - 1) + k;
            y2 = y + idx / 36;
            m2 = (idx % 36) / 3 + 1;
            part2 = idx % 3 + 1;
        }
        point_text(b, sizeof b, p, y2, m2, part2, day2);
        snprintf(out, n, "%s/%s", a, b);
    } else if (shape == 2) {
        snprintf(out, n, "before %s", a);
    } else {
        snprintf(out, n, "%s", a);
    }
}

/* A pack of n random events (about 3 % undated), loaded from memory. */
static lt_pack *rand_pack(uint64_t seed, int n)
{
    lt_rng r;
    lt_rng_seed(&r, seed);
    int main_year = 1900 + (int)lt_rng_below(&r, 100);
    tl_buf b = {0};
    buf_addf(&b, "format: 1\nid: random-%llu\nversion: 1\ntitle: {en: \"Random\"}\nlanguages: [en]\nevents:\n",
             (unsigned long long)seed);
    for (int i = 0; i < n; i++) {
        buf_addf(&b, "  - id: E%04d\n", i);
        if (lt_rng_below(&r, 100) >= 3) {
            char d[100];
            rand_date(&r, main_year, d, sizeof d);
            buf_addf(&b, "    date: \"%s\"\n", d);
        }
        buf_addf(&b, "    title: {en: \"Event %d\"}\n    text: {en: \"Event %d happened.\"}\n", i, i);
    }
    lt_diags diags = {0};
    lt_pack *p = lt_pack_load_mem(b.s, b.len, "random.yaml", NULL, &diags);
    if (!p) {
        for (size_t i = 0; i < diags.count && i < 5; i++) {
            char *s = lt_diag_format(&diags.items[i]);
            fprintf(stderr, "%s\n", s);
            free(s);
        }
    }
    QT_CHECK(p != NULL, "random pack %llu loads", (unsigned long long)seed);
    lt_diags_free(&diags);
    free(b.s);
    return p;
}

/* ---- axis and layout properties --------------------------------------------- */

static int fig_packs, fig_events, fig_layouts, fig_max_lanes, fig_cards;

static void check_axis(const lt_tl_axis *ax, const char *what)
{
    long d0 = lt_days_from_civil(ax->first_year, 1, 1) - 800;
    long d1 = lt_days_from_civil(ax->last_year + 1, 1, 1) + 800;
    int bad_mono = 0, bad_trip = 0, bad_gap = 0;
    double prev = lt_tl_day_to_units(ax, d0);
    for (long d = d0; d <= d1; d++) {
        double u = lt_tl_day_to_units(ax, d), u1 = lt_tl_day_to_units(ax, d + 1);
        if (!(u1 > u)) {
            bad_mono++;
        }
        if (u - prev > 1.0 + 1e-9) { /* continuous: at most one unit per day */
            bad_gap++;
        }
        prev = u;
        if (lt_tl_units_to_day(ax, u) != d || lt_tl_units_to_day(ax, (u + u1) / 2) != d ||
            lt_tl_units_to_day(ax, u1 - (u1 - u) * 1e-3) != d) {
            bad_trip++;
        }
    }
    QT_CHECK(bad_mono == 0, "%s: axis monotone (%d bad days)", what, bad_mono);
    QT_CHECK(bad_gap == 0, "%s: axis continuous (%d jumps)", what, bad_gap);
    QT_CHECK(bad_trip == 0, "%s: axis round-trips (%d bad days)", what, bad_trip);
    QT_CHECK(ax->units_min == lt_tl_day_to_units(ax, lt_days_from_civil(ax->first_year, 1, 1)), "%s: units_min",
             what);
    QT_CHECK(ax->units_max == lt_tl_day_to_units(ax, lt_days_from_civil(ax->last_year + 1, 1, 1)), "%s: units_max",
             what);
    QT_CHECK(lt_tl_day_to_units(ax, ax->main_first_day) == 0.0, "%s: main span starts at 0", what);
    double main_len = (double)(ax->main_last_day - ax->main_first_day + 1);
    QT_CHECK(lt_tl_day_to_units(ax, ax->main_last_day + 1) == main_len, "%s: one unit per main day", what);
    int fy = ax->first_year, ly = ax->last_year;
    int y, m, d;
    lt_civil_from_days(ax->main_first_day, &y, &m, &d);
    QT_CHECK(m == 1 && d == 1 && y >= fy && y <= ly, "%s: main span starts on 1 January", what);
    lt_civil_from_days(ax->main_last_day, &y, &m, &d);
    QT_CHECK(m == 12 && d == 31 && y >= fy && y <= ly, "%s: main span ends on 31 December", what);
}

/* Events per year of their card's anchor, to check the main span rule. */
static void check_main_span(const lt_pack *pack, const lt_tl_axis *ax, const char *what)
{
    int ny = ax->last_year - ax->first_year + 1;
    int *count = calloc((size_t)ny, sizeof *count);
    for (size_t i = 0; i < pack->n_events; i++) {
        double c;
        if (lt_tl_card_anchor(ax, &pack->events[i].date, &c)) {
            int y, m, d;
            lt_civil_from_days(lt_tl_units_to_day(ax, c), &y, &m, &d);
            if (y >= ax->first_year && y <= ax->last_year) {
                count[y - ax->first_year]++;
            }
        }
    }
    int best = 0;
    for (int k = 0; k < ny; k++) {
        best = count[k] > best ? count[k] : best;
    }
    int y0, y1, m, d;
    lt_civil_from_days(ax->main_first_day, &y0, &m, &d);
    lt_civil_from_days(ax->main_last_day, &y1, &m, &d);
    bool has_best = false, all_dense = true;
    for (int y = y0; y <= y1; y++) {
        has_best |= count[y - ax->first_year] == best;
        all_dense &= 4 * count[y - ax->first_year] >= best && count[y - ax->first_year] > 0;
    }
    bool maximal = (y0 == ax->first_year || 4 * count[y0 - 1 - ax->first_year] < best ||
                    count[y0 - 1 - ax->first_year] == 0) &&
                   (y1 == ax->last_year || 4 * count[y1 + 1 - ax->first_year] < best ||
                    count[y1 + 1 - ax->first_year] == 0);
    QT_CHECK(has_best && all_dense && maximal, "%s: main span %d-%d holds the densest year (%d) and its neighbours",
             what, y0, y1, best);
    free(count);
}

static void check_layout(const lt_pack *pack, const lt_tl_axis *ax, const bool *include, double ppu, double w,
                         double gap, const char *what)
{
    lt_tl_layout l;
    bool ok = lt_tl_layout_build(pack, ax, include, ppu, w, gap, &l);
    QT_CHECK(ok, "%s: layout builds", what);
    if (!ok) {
        return;
    }
    fig_layouts++;
    fig_cards += (int)l.n;
    fig_max_lanes = l.lanes > fig_max_lanes ? l.lanes : fig_max_lanes;
    size_t dated = 0;
    for (size_t i = 0; i < pack->n_events; i++) {
        dated += (!include || include[i]) && pack->events[i].date.from.prec != LT_PREC_NONE;
    }
    QT_CHECK(l.n == dated, "%s: every dated event has a card (%zu of %zu)", what, l.n, dated);
    double *last_end = malloc(((size_t)l.lanes + 1) * sizeof *last_end);
    double *last_centre = malloc(((size_t)l.lanes + 1) * sizeof *last_centre);
    bool *used = calloc((size_t)l.lanes + 1, sizeof *used);
    int overlaps = 0, disorder = 0, uncovered = 0, bad_lane = 0, bad_x = 0, unsorted = 0, outside = 0;
    for (size_t k = 0; k < l.n; k++) {
        const lt_tl_card *c = &l.cards[k];
        if (c->lane < 0 || c->lane >= l.lanes) {
            bad_lane++;
            continue;
        }
        if (fabs(c->x - (c->centre * ppu - w / 2)) > 1e-6) {
            bad_x++;
        }
        if (k > 0 && (l.cards[k - 1].centre > c->centre ||
                      (l.cards[k - 1].centre == c->centre && l.cards[k - 1].event > c->event))) {
            unsorted++;
        }
        if (used[c->lane]) {
            if (last_end[c->lane] + gap > c->x + 1e-9) {
                overlaps++;
            }
            if (last_centre[c->lane] > c->centre) {
                disorder++;
            }
        }
        used[c->lane] = true;
        last_end[c->lane] = c->x + w;
        last_centre[c->lane] = c->centre;
        /* The bar covers the date's days mapped through the axis. */
        const lt_date *d = &pack->events[c->event].date;
        long f, la;
        lt_date_span(d, &f, &la);
        double uf = lt_tl_day_to_units(ax, f), ul = lt_tl_day_to_units(ax, la + 1);
        if (d->before && uf < ax->units_min) {
            uf = ax->units_min;
            if (!c->open_left) {
                uncovered++;
            }
        }
        if (!(c->from <= uf + 1e-9 && c->to >= ul - 1e-9 && c->from <= c->centre && c->centre <= c->to)) {
            uncovered++;
        }
        if (c->from < ax->units_min - 1e-9 || c->to > ax->units_max + 1e-9) {
            outside++;
        }
    }
    QT_CHECK(bad_lane == 0, "%s: lanes in range (%d bad)", what, bad_lane);
    QT_CHECK(bad_x == 0, "%s: x = centre*ppu - w/2 (%d bad)", what, bad_x);
    QT_CHECK(unsorted == 0, "%s: cards in time order (%d)", what, unsorted);
    QT_CHECK(overlaps == 0, "%s: no overlap in a lane (%d)", what, overlaps);
    QT_CHECK(disorder == 0, "%s: time order in a lane (%d)", what, disorder);
    QT_CHECK(uncovered == 0, "%s: bars cover their dates (%d)", what, uncovered);
    QT_CHECK(outside == 0, "%s: bars inside the axis (%d)", what, outside);
    free(last_end);
    free(last_centre);
    free(used);
    lt_tl_layout_free(&l);
}

static long civil(int y, int m, int d)
{
    return lt_days_from_civil(y, m, d);
}

/* A day tick below the days zoom is only allowed on an event day of a month
 * where events cluster, when that month is wide enough. */
static bool cluster_tick(const lt_tl_axis *ax, const lt_tl_tick *t, double ppu)
{
    int my = 0, mm = 0, md = 0;
    lt_civil_from_days(ax->main_first_day, &my, &mm, &md);
    int idx = (t->year - my) * 12 + (t->month - 1);
    if (idx < 0 || idx >= LT_TL_CLUSTER_MONTHS || t->day < 2 || t->day > 31) {
        return false;
    }
    long ms = civil(t->year, t->month, 1);
    long me = t->month == 12 ? civil(t->year + 1, 1, 1) : civil(t->year, t->month + 1, 1);
    double width = (lt_tl_day_to_units(ax, me) - lt_tl_day_to_units(ax, ms)) * ppu;
    return (ax->cluster_days[idx] & (UINT32_C(1) << (t->day - 1))) != 0 && width >= LT_TL_CLUSTER_PX;
}

static void check_ticks(const lt_tl_axis *ax, double ppu, const char *what)
{
    lt_tl_tick ticks[4000];
    int n = lt_tl_ticks(ax, ax->units_min, ax->units_max, ppu, ticks, 4000);
    int bad = 0, months = 0, days = 0;
    for (int i = 0; i < n; i++) {
        long day = lt_days_from_civil(ticks[i].year, ticks[i].month, ticks[i].day);
        bool inside = day >= ax->main_first_day && day <= ax->main_last_day;
        if ((i > 0 && ticks[i].units < ticks[i - 1].units) || fabs(lt_tl_day_to_units(ax, day) - ticks[i].units) > 1e-9 ||
            (ticks[i].kind == LT_TL_TICK_YEAR && inside) || (ticks[i].kind != LT_TL_TICK_YEAR && !inside) ||
            (ticks[i].kind == LT_TL_TICK_DAY && ppu < 28.0 && !cluster_tick(ax, &ticks[i], ppu))) {
            bad++;
        }
        months += ticks[i].kind == LT_TL_TICK_MONTH;
        days += ticks[i].kind == LT_TL_TICK_DAY;
    }
    long main_days = ax->main_last_day - ax->main_first_day + 1;
    int main_years = (int)lround((double)main_days / 365.25);
    QT_CHECK(bad == 0, "%s: ticks sorted, kinds right (%d bad of %d)", what, bad, n);
    QT_CHECK(months == 12 * main_years || n == 4000, "%s at %.1f px/unit: %d month ticks for %d main years", what, ppu,
             months, main_years);
    QT_CHECK(ppu < 28.0 || days == main_days - months || n == 4000, "%s at %.1f: %d day ticks", what, ppu, days);
    /* A narrow window gives only what is inside it. */
    int m = lt_tl_ticks(ax, 100.0, 130.0, ppu, ticks, 4000);
    for (int i = 0; i < m; i++) {
        QT_CHECK(ticks[i].units >= 100.0 && ticks[i].units <= 130.0, "%s: tick in window", what);
    }
}

static const double tl_zooms[] = {0.5, 0.7, 1.0, 1.3, 2.0, 3.0, 4.5, 7.0, 10.0, 15.0, 22.0, 28.0, 35.0, 48.0, 60.0};
#define TL_NZOOMS (sizeof tl_zooms / sizeof tl_zooms[0])

static void random_packs(int count)
{
    lt_rng r;
    lt_rng_seed(&r, 4242);
    for (int p = 0; p < count; p++) {
        int n = p == 0 ? 500 : 5 + (int)lt_rng_below(&r, 496);
        uint64_t seed = 1000u + (uint64_t)p;
        lt_pack *pack = rand_pack(seed, n);
        if (!pack) {
            continue;
        }
        fig_packs++;
        fig_events += (int)pack->n_events;
        char what[64];
        snprintf(what, sizeof what, "pack %llu (%d events)", (unsigned long long)seed, n);
        lt_tl_axis ax;
        bool ok = lt_tl_axis_build(pack, &ax);
        QT_CHECK(ok, "%s: axis builds", what);
        if (!ok) {
            lt_pack_free(pack);
            continue;
        }
        check_axis(&ax, what);
        check_main_span(pack, &ax, what);
        for (size_t z = 0; z < TL_NZOOMS; z++) {
            double w = 60.0 + lt_rng_below(&r, 200);
            check_layout(pack, &ax, NULL, tl_zooms[z], w, 8.0, what);
        }
        double rz = 0.5 + (double)lt_rng_below(&r, 5950) / 100.0;
        check_layout(pack, &ax, NULL, rz, 120.0, 0.0, what);
        bool *inc = calloc(pack->n_events, sizeof *inc);
        for (size_t i = 0; i < pack->n_events; i++) {
            inc[i] = lt_rng_below(&r, 2);
        }
        check_layout(pack, &ax, inc, rz, 140.0, 12.0, what);
        free(inc);
        if (p < 8) {
            check_ticks(&ax, 0.5, what);
            check_ticks(&ax, 5.0, what);
            check_ticks(&ax, 30.0, what);
        }
        /* Judging at random days against the span (and exact). */
        for (int k = 0; k < 200; k++) {
            int ev = (int)lt_rng_below(&r, (uint32_t)pack->n_events);
            long f, l;
            if (!lt_date_span(&pack->events[ev].date, &f, &l)) {
                continue;
            }
            long day = lt_tl_units_to_day(&ax, ax.units_min + (ax.units_max - ax.units_min) *
                                                                  (double)lt_rng_below(&r, 10000) / 10000.0);
            lt_tl_judgement j = lt_tl_judge(pack, &ax, ev, lt_tl_day_to_units(&ax, day) + 0.01);
            bool in = day >= f && day <= l;
            double dist = in ? 0.0 : (double)(day < f ? f - day : day - l);
            QT_CHECK(j.right == in && j.distance_days == dist && fabs(j.credit - (in ? 1.0 : fmax(0.0, 1 - dist / 60))) < 1e-12,
                     "%s: judging event %d on day %ld", what, ev, day);
        }
        lt_pack_free(pack);
    }
}

/* ---- judging on the default pack ------------------------------------------ */


/* Right exactly on the days [first, last] of the window [w0, w1]; at the
 * middle and at the start of each day. */
static void check_right_days(const lt_pack *pack, const lt_tl_axis *ax, const char *id, long first, long last, long w0,
                             long w1)
{
    int ev = lt_pack_find_event(pack, id);
    QT_CHECK(ev >= 0, "%s exists", id);
    if (ev < 0) {
        return;
    }
    int bad = 0;
    for (long d = w0; d <= w1; d++) {
        double u = lt_tl_day_to_units(ax, d);
        lt_tl_judgement a = lt_tl_judge(pack, ax, ev, u), b = lt_tl_judge(pack, ax, ev, u + 0.5);
        bool want = d >= first && d <= last;
        double dist = want ? 0.0 : (double)(d < first ? first - d : d - last);
        if (a.right != want || b.right != want || a.distance_days != dist || b.distance_days != dist ||
            (want && a.credit != 1.0)) {
            bad++;
            fprintf(stderr, "%s: day %ld right %d dist %.0f credit %.3f\n", id, d - w0, a.right, a.distance_days,
                    a.credit);
        }
    }
    QT_CHECK(bad == 0, "%s: right on exactly its days (%d wrong)", id, bad);
}

static void default_pack(const char *dir)
{
    lt_diags diags = {0};
    lt_pack *pack = lt_pack_load(dir, &diags);
    lt_diags_free(&diags);
    QT_CHECK(pack != NULL, "default pack loads from %s", dir);
    if (!pack) {
        return;
    }
    lt_tl_axis ax;
    QT_CHECK(lt_tl_axis_build(pack, &ax), "default axis");
    QT_CHECK(ax.main_first_day == civil(1956, 1, 1) && ax.main_last_day == civil(1956, 12, 31),
             "the main span is 1956");
    QT_CHECK(ax.first_year == 1945 && ax.last_year == 1956, "axis years %d-%d", ax.first_year, ax.last_year);
    QT_CHECK(fabs(ax.units_min + 11 * LT_TL_OUTSIDE_YEAR_UNITS) < 1e-9 && ax.units_max == 366.0,
             "axis units %.1f..%.1f", ax.units_min, ax.units_max);
    check_axis(&ax, "default");
    check_main_span(pack, &ax, "default");
    printf("default pack: %zu events, axis %d-%d, units %.0f..%.0f\n", pack->n_events, ax.first_year, ax.last_year,
           ax.units_min, ax.units_max);
    for (size_t z = 0; z < TL_NZOOMS; z++) {
        check_layout(pack, &ax, NULL, tl_zooms[z], 180.0, 12.0, "default");
        check_ticks(&ax, tl_zooms[z], "default");
    }
    /* Day ticks where events cluster: October 1956 holds eight events of
     * 19 October, so at a moderate zoom (October >= 120 px wide) its 19th
     * gets a day tick and no other day does; December's two day-dated
     * events are no cluster; a narrow October shows no day. */
    {
        lt_tl_tick tk[512];
        double zooms[] = {3.0, 4.0, 5.0, 10.0, 20.0};
        for (size_t z = 0; z < sizeof zooms / sizeof zooms[0]; z++) {
            double ppu = zooms[z];
            int n = lt_tl_ticks(&ax, ax.units_min, ax.units_max, ppu, tk, 512);
            int days = 0, oct19 = 0;
            for (int i = 0; i < n; i++) {
                if (tk[i].kind == LT_TL_TICK_DAY) {
                    days++;
                    oct19 += tk[i].year == 1956 && tk[i].month == 10 && tk[i].day == 19;
                }
            }
            bool wide = 31.0 * ppu >= LT_TL_CLUSTER_PX;
            QT_CHECK(oct19 == (wide ? 1 : 0) && days == oct19, "at %.0f px/day: %d day ticks, 19 October %s", ppu,
                     days, oct19 ? "ticked" : "not ticked");
        }
        long oct = civil(1956, 10, 1);
        int n = lt_tl_ticks(&ax, lt_tl_day_to_units(&ax, oct), lt_tl_day_to_units(&ax, oct + 31) - 0.5, 5.0, tk, 512);
        QT_CHECK(n == 2 && tk[0].kind == LT_TL_TICK_MONTH && tk[1].kind == LT_TL_TICK_DAY && tk[1].day == 19 &&
                     fabs(tk[1].units - lt_tl_day_to_units(&ax, civil(1956, 10, 19))) < 1e-9,
                 "October alone at 5 px/day: its month tick and the 19th (%d ticks)", n);
        QT_CHECK(ax.cluster_days[11] == 0 && ax.cluster_days[9] == (UINT32_C(1) << 18),
                 "clusters: October (the 19th) only");
    }
    lt_tl_layout l;
    lt_tl_layout_build(pack, &ax, NULL, 1.0, 180.0, 12.0, &l);
    printf("default pack at 1 px/day, 180 px cards: %zu cards in %d lanes\n", l.n, l.lanes);
    lt_tl_layout_free(&l);
    lt_tl_layout_build(pack, &ax, NULL, 60.0, 180.0, 12.0, &l);
    printf("default pack at 60 px/day: %zu cards in %d lanes\n", l.n, l.lanes);
    lt_tl_layout_free(&l);

    /* Day: F16 (19 October) right only on that day. */
    check_right_days(pack, &ax, "F16", civil(1956, 10, 19), civil(1956, 10, 19), civil(1956, 9, 1), civil(1956, 12, 1));
    /* Part: F21 (late November) right on 21-30 November. */
    check_right_days(pack, &ax, "F21", civil(1956, 11, 21), civil(1956, 11, 30), civil(1956, 10, 1), civil(1956, 12, 31));
    int f21 = lt_pack_find_event(pack, "F21");
    lt_tl_judgement j = lt_tl_judge(pack, &ax, f21, lt_tl_day_to_units(&ax, civil(1956, 11, 20)) + 0.5);
    QT_CHECK(!j.right && j.distance_days == 1.0 && fabs(j.credit - 59.0 / 60.0) < 1e-12,
             "F21 on 20 Nov: wrong, 1 day off, credit %.4f", j.credit);
    /* Month range: F06 (April-May). */
    check_right_days(pack, &ax, "F06", civil(1956, 4, 1), civil(1956, 5, 31), civil(1956, 2, 1), civil(1956, 7, 31));
    /* Part with an exact day inside: F22 early December, exact 8 December. */
    check_right_days(pack, &ax, "F22", civil(1956, 12, 1), civil(1956, 12, 10), civil(1956, 10, 15), civil(1956, 12, 31));
    /* Year: F01 (1956) right all year; a 1945 day is far off. */
    check_right_days(pack, &ax, "F01", civil(1956, 1, 1), civil(1956, 12, 31), civil(1956, 1, 1), civil(1956, 12, 31));
    int f01 = lt_pack_find_event(pack, "F01");
    j = lt_tl_judge(pack, &ax, f01, ax.units_min + 1.0);
    QT_CHECK(!j.right && j.distance_days > 3000 && j.credit == 0.0, "F01 in 1945: far off, no credit");

    /* Partial credit falls with distance, to 0 at 60 days. */
    int f16 = lt_pack_find_event(pack, "F16");
    double prev = 1.0;
    int bad = 0;
    for (int k = 1; k <= 75; k++) {
        lt_tl_judgement a = lt_tl_judge(pack, &ax, f16, lt_tl_day_to_units(&ax, civil(1956, 10, 19) + k) + 0.5);
        lt_tl_judgement b = lt_tl_judge(pack, &ax, f16, lt_tl_day_to_units(&ax, civil(1956, 10, 19) - k) + 0.5);
        double want = k >= 60 ? 0.0 : 1.0 - k / 60.0;
        if (a.right || b.right || fabs(a.credit - want) > 1e-12 || fabs(b.credit - want) > 1e-12 ||
            (k < 60 && !(a.credit < prev)) || a.credit < 0.0) {
            bad++;
        }
        prev = a.credit;
    }
    QT_CHECK(bad == 0, "F16: partial credit falls linearly to 0 at 60 days (%d bad)", bad);
    j = lt_tl_judge(pack, &ax, f16, lt_tl_day_to_units(&ax, civil(1956, 10, 29)) + 0.5);
    printf("F16 dropped on 29 Oct: distance %.0f days, credit %.3f\n", j.distance_days, j.credit);

    /* Between: events equal at their precision go either way. */
    int f17 = lt_pack_find_event(pack, "F17");
    int f02 = lt_pack_find_event(pack, "F02");
    QT_CHECK(lt_tl_judge_between(pack, f16, f17, -1) && lt_tl_judge_between(pack, f16, -1, f17) &&
                 lt_tl_judge_between(pack, f17, f16, -1) && lt_tl_judge_between(pack, f17, -1, f16),
             "two 19 October events go either way");
    QT_CHECK(lt_tl_judge_between(pack, f16, f02, f21) && !lt_tl_judge_between(pack, f16, f21, -1) &&
                 !lt_tl_judge_between(pack, f21, -1, f16) && !lt_tl_judge_between(pack, f02, f16, f21),
             "surely out of order is wrong");
    int f06 = lt_pack_find_event(pack, "F06");
    int f08 = lt_pack_find_event(pack, "F08");
    QT_CHECK(f08 < 0 || (lt_tl_judge_between(pack, f06, f08, -1) && lt_tl_judge_between(pack, f06, -1, f08)),
             "April-May events go either way");
    QT_CHECK(lt_tl_judge_between(pack, f01, f21, -1) && lt_tl_judge_between(pack, f01, -1, f02),
             "a year-precision event fits anywhere in its year");
    lt_pack_free(pack);
}

/* ---- the rules game --------------------------------------------------------- */

static int fig_games, fig_best_streak, fig_max_placed;

static void play_rules(const lt_pack *pack, uint64_t seed, int strategy, const char *what)
{
    lt_tl_rules g;
    lt_tl_rules_start(&g, pack, NULL, seed);
    lt_rng r;
    lt_rng_seed(&r, seed * 7 + 1);
    int dated = 0;
    for (size_t i = 0; i < pack->n_events; i++) {
        dated += pack->events[i].date.from.prec != LT_PREC_NONE;
    }
    QT_CHECK(g.lives == LT_TL_LIVES && g.n_line == (dated > 0) && g.streak == 0, "%s: start", what);
    int steps = 0, bad = 0;
    while (!lt_tl_rules_over(&g) && steps < 1000) {
        int cur = g.current, lives = g.lives, nline = g.n_line, deck = g.n_deck;
        int slot = lt_tl_rules_right_slot(&g, pack, cur);
        if (slot < 0) {
            bad++;
            slot = 0;
        }
        if (strategy == 1 || (strategy == 2 && lt_rng_below(&r, 4) == 0)) {
            slot = (int)lt_rng_below(&r, (uint32_t)g.n_line + 1);
        }
        bool want = lt_tl_rules_slot_ok(&g, pack, cur, slot);
        bool right = lt_tl_rules_place(&g, pack, slot);
        if (right != want || (right && (g.n_line != nline + 1 || g.line[slot] != cur || g.lives != lives)) ||
            (!right && (g.n_line != nline || g.lives != lives - 1 || g.streak != 0)) || g.lives < 0 ||
            g.best_streak < g.streak || (g.current >= 0 && g.n_deck != deck - 1)) {
            bad++;
        }
        for (int a = 0; a < g.n_line; a++) {
            for (int b = a + 1; b < g.n_line; b++) {
                if (lt_date_order(&pack->events[g.line[a]].date, &pack->events[g.line[b]].date) > 0) {
                    bad++;
                }
            }
        }
        steps++;
    }
    QT_CHECK(bad == 0, "%s: every placement keeps the rules (%d bad)", what, bad);
    QT_CHECK(lt_tl_rules_over(&g) && g.current == -1 && steps == g.placed, "%s: the game ends (%d steps)", what, steps);
    QT_CHECK(g.lives >= 0 && (g.lives == 0 || g.n_deck == 0 || g.n_line == 64), "%s: over by lives or deck", what);
    if (strategy == 0) {
        int want_line = dated < 64 ? dated : 64;
        QT_CHECK(g.lives == LT_TL_LIVES && g.n_line == want_line && g.best_streak == want_line - 1,
                 "%s: a perfect player loses nothing (%d on the line)", what, g.n_line);
    }
    QT_CHECK(!lt_tl_rules_place(&g, pack, 0), "%s: no placing after the end", what);
    fig_games++;
    fig_best_streak = g.best_streak > fig_best_streak ? g.best_streak : fig_best_streak;
    fig_max_placed = g.placed > fig_max_placed ? g.placed : fig_max_placed;
}

static void rules_games(const char *dir)
{
    lt_pack *pack = lt_pack_load(dir, NULL);
    if (!pack) {
        return;
    }
    char what[64];
    for (uint64_t s = 1; s <= 300; s++) {
        snprintf(what, sizeof what, "default seed %llu", (unsigned long long)s);
        play_rules(pack, s, (int)(s % 3), what);
    }
    lt_tl_rules a, b;
    lt_tl_rules_start(&a, pack, NULL, 77);
    lt_tl_rules_start(&b, pack, NULL, 77);
    QT_CHECK(memcmp(&a, &b, sizeof a) == 0, "same seed, same game");
    bool *inc = calloc(pack->n_events, sizeof *inc);
    inc[lt_pack_find_event(pack, "F16")] = inc[lt_pack_find_event(pack, "F21")] = true;
    lt_tl_rules_start(&a, pack, inc, 5);
    QT_CHECK(a.n_line == 1 && a.n_deck == 0 && a.current >= 0, "two included events: one down, one to place");
    lt_tl_rules_place(&a, pack, lt_tl_rules_right_slot(&a, pack, a.current));
    QT_CHECK(lt_tl_rules_over(&a) && a.n_line == 2 && a.best_streak == 1, "and then the deck is empty");
    memset(inc, 0, pack->n_events * sizeof *inc);
    lt_tl_rules_start(&a, pack, inc, 5);
    QT_CHECK(lt_tl_rules_over(&a) && a.n_line == 0, "nothing included: over at once");
    free(inc);
    lt_pack_free(pack);
    for (uint64_t s = 1; s <= 30; s++) {
        lt_pack *rp = rand_pack(5000 + s, 20 + (int)(s * 13) % 200);
        if (!rp) {
            continue;
        }
        snprintf(what, sizeof what, "random pack %llu", (unsigned long long)s);
        play_rules(rp, s, (int)(s % 3), what);
        lt_pack_free(rp);
    }
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "levels/1956-declaration";
    int count = argc > 2 ? atoi(argv[2]) : 60;
    default_pack(dir);
    random_packs(count);
    printf("random packs: %d packs, %d events, %d layouts at %zu+ zooms (0.5..60 px/unit), %d cards, up to %d lanes\n",
           fig_packs, fig_events, fig_layouts, TL_NZOOMS, fig_cards, fig_max_lanes);
    rules_games(dir);
    printf("rules: %d games, best streak %d, up to %d placements\n", fig_games, fig_best_streak, fig_max_placed);
    return QT_DONE();
}
