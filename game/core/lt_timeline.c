/* lt_timeline.c: the timeline board's axis (main span by the densest year,
 * outside years compressed), its ticks, the greedy lane layout of cards,
 * judging a placement at its precision, and the rules game. Depends on: lt_timeline.h. */
#include "lt_timeline.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Slack when turning units back into days, so a day's own position (which
 * may carry a rounding error from the division) maps back to that day. */
#define LT_TL_EPS 1e-7

/* ---- calendar helpers ------------------------------------------------------ */

static long year_start(int y)
{
    return lt_days_from_civil(y, 1, 1);
}

static long year_len(int y)
{
    return year_start(y + 1) - year_start(y);
}

static int year_of(long day)
{
    int y, m, d;
    lt_civil_from_days(day, &y, &m, &d);
    return y;
}

/* The days an event's card stands for on the board: the date's span, but a
 * "before X" date (open to the left) is cut to the year of its last day. */
static bool shown_span(const lt_date *d, long *first, long *last)
{
    if (!lt_date_span(d, first, last)) {
        return false;
    }
    if (d->before) {
        long ys = year_start(year_of(*last));
        if (*first < ys) {
            *first = ys;
        }
        if (*first > *last) { /* "before 1956-01": the span ends on 31 Dec 1955 */
            *first = *last;
        }
    }
    return true;
}

/* ---- the axis -------------------------------------------------------------- */

/* Index of a main-span month in cluster_days, -1 outside. */
static int cluster_index(const lt_tl_axis *ax, int y, int m)
{
    int k = (y - year_of(ax->main_first_day)) * 12 + (m - 1);
    if (k < 0 || k >= LT_TL_CLUSTER_MONTHS || lt_days_from_civil(y, m, 1) > ax->main_last_day) {
        return -1;
    }
    return k;
}

/* Marks the days of events dated to a single day in the main span's months
 * that hold at least LT_TL_CLUSTER_MIN of them. */
static void mark_clusters(const lt_pack *pack, lt_tl_axis *ax)
{
    int count[LT_TL_CLUSTER_MONTHS] = {0};
    for (size_t i = 0; i < pack->n_events; i++) {
        const lt_date *d = &pack->events[i].date;
        long f, l;
        if (d->before || d->from.prec != LT_PREC_DAY || !lt_date_span(d, &f, &l) || f != l ||
            f < ax->main_first_day || f > ax->main_last_day) {
            continue;
        }
        int y, m, day;
        lt_civil_from_days(f, &y, &m, &day);
        int k = cluster_index(ax, y, m);
        if (k >= 0 && day >= 1 && day <= 31) {
            count[k]++;
            ax->cluster_days[k] |= UINT32_C(1) << (day - 1);
        }
    }
    for (int k = 0; k < LT_TL_CLUSTER_MONTHS; k++) {
        if (count[k] < LT_TL_CLUSTER_MIN) {
            ax->cluster_days[k] = 0;
        }
    }
}

bool lt_tl_axis_build(const lt_pack *pack, lt_tl_axis *ax)
{
    int ymin = 0, ymax = 0;
    bool any = false;
    memset(ax, 0, sizeof *ax);
    if (!pack) {
        return false;
    }
    /* First pass: the years the dated events reach. */
    for (size_t i = 0; i < pack->n_events; i++) {
        long f, l;
        const lt_date *d = &pack->events[i].date;
        if (!shown_span(d, &f, &l)) {
            continue;
        }
        int yf = year_of(f), yl = year_of(l);
        if (d->before) {
            yf--; /* one compressed year to the left shows the bar runs off */
        }
        if (!any || yf < ymin) {
            ymin = yf;
        }
        if (!any || yl > ymax) {
            ymax = yl;
        }
        any = true;
    }
    if (!any) {
        return false;
    }
    /* Second pass: count events per year of their anchor (the middle of the
     * shown span). */
    int ny = ymax - ymin + 1;
    int *count = calloc((size_t)ny, sizeof *count);
    if (!count) {
        return false;
    }
    for (size_t i = 0; i < pack->n_events; i++) {
        long f, l;
        if (!shown_span(&pack->events[i].date, &f, &l)) {
            continue;
        }
        int y = year_of(f + (l - f) / 2);
        count[y - ymin]++;
    }
    int best = 0;
    for (int k = 1; k < ny; k++) {
        if (count[k] > count[best]) {
            best = k;
        }
    }
    int lo = best, hi = best;
    /* 25 % of the densest year, as a whole-number comparison: 4*c >= max. */
    while (lo > 0 && count[lo - 1] > 0 && 4 * count[lo - 1] >= count[best]) {
        lo--;
    }
    while (hi < ny - 1 && count[hi + 1] > 0 && 4 * count[hi + 1] >= count[best]) {
        hi++;
    }
    free(count);
    ax->first_year = ymin;
    ax->last_year = ymax;
    ax->main_first_day = year_start(ymin + lo);
    ax->main_last_day = year_start(ymin + hi + 1) - 1;
    ax->units_min = lt_tl_day_to_units(ax, year_start(ymin));
    ax->units_max = lt_tl_day_to_units(ax, year_start(ymax + 1));
    mark_clusters(pack, ax);
    return true;
}

/* Units: 0 at the main span's first day, one per day inside it; each year
 * outside it takes LT_TL_OUTSIDE_YEAR_UNITS, spread evenly over its days. */
double lt_tl_day_to_units(const lt_tl_axis *ax, long day)
{
    double main_len = (double)(ax->main_last_day - ax->main_first_day + 1);
    if (day >= ax->main_first_day && day <= ax->main_last_day + 1) {
        return (double)(day - ax->main_first_day);
    }
    int y = year_of(day);
    double frac = (double)(day - year_start(y)) / (double)year_len(y);
    if (day < ax->main_first_day) {
        int mfy = year_of(ax->main_first_day);
        return ((double)(y - mfy) + frac) * LT_TL_OUTSIDE_YEAR_UNITS;
    }
    int after = year_of(ax->main_last_day) + 1;
    return main_len + ((double)(y - after) + frac) * LT_TL_OUTSIDE_YEAR_UNITS;
}

long lt_tl_units_to_day(const lt_tl_axis *ax, double units)
{
    double main_len = (double)(ax->main_last_day - ax->main_first_day + 1);
    double k;
    int y;
    if (units >= 0.0 && units < main_len) {
        long d = ax->main_first_day + (long)floor(units + LT_TL_EPS);
        return d > ax->main_last_day ? ax->main_last_day : d;
    }
    if (units < 0.0) {
        k = units / LT_TL_OUTSIDE_YEAR_UNITS;
        y = year_of(ax->main_first_day) + (int)floor(k);
    } else {
        k = (units - main_len) / LT_TL_OUTSIDE_YEAR_UNITS;
        y = year_of(ax->main_last_day) + 1 + (int)floor(k);
    }
    double frac = k - floor(k);
    long len = year_len(y);
    long off = (long)floor(frac * (double)len + LT_TL_EPS);
    if (off >= len) { /* the slack pushed it into the next year */
        return year_start(y + 1);
    }
    return year_start(y) + off;
}

void lt_tl_date_units(const lt_tl_axis *ax, const lt_date *d, double *from, double *to)
{
    long f, l;
    if (!lt_date_span(d, &f, &l)) {
        *from = *to = 0.0;
        return;
    }
    /* From the start of the first day to the end of the last one. */
    *from = lt_tl_day_to_units(ax, f);
    *to = lt_tl_day_to_units(ax, l + 1);
}

/* ---- ticks ----------------------------------------------------------------- */

static bool tick_add(lt_tl_tick *out, int max, int *n, double u, lt_tl_tick_kind kind, int y, int m, int d)
{
    if (*n >= max) {
        return false;
    }
    out[*n] = (lt_tl_tick){.units = u, .kind = kind, .year = y, .month = m, .day = d};
    (*n)++;
    return true;
}

int lt_tl_ticks(const lt_tl_axis *ax, double u0, double u1, double px_per_unit, lt_tl_tick *out, int max)
{
    int n = 0;
    if (!ax || !out || max <= 0 || u1 < u0) {
        return 0;
    }
    if (u0 < ax->units_min) {
        u0 = ax->units_min;
    }
    if (u1 > ax->units_max) {
        u1 = ax->units_max;
    }
    if (u1 < u0) {
        return 0;
    }
    /* Outside years: thin them so labels stay at least ~60 px apart. */
    int ystep = 1;
    double ypx = LT_TL_OUTSIDE_YEAR_UNITS * px_per_unit;
    while (ypx > 0.0 && ypx * ystep < 60.0 && ystep < 1000) {
        ystep = ystep < 5 ? ystep + (ystep == 1 ? 1 : 3) : ystep * 2; /* 1, 2, 5, 10, 20, ... */
    }
    bool days = px_per_unit >= 28.0;
    int mfy = year_of(ax->main_first_day), mly = year_of(ax->main_last_day);
    int y0 = year_of(lt_tl_units_to_day(ax, u0)), y1 = year_of(lt_tl_units_to_day(ax, u1));
    for (int y = y0; y <= y1; y++) {
        if (y < mfy || y > mly) {
            if (y % ystep != 0 && y != mly + 1) {
                continue;
            }
            double u = lt_tl_day_to_units(ax, year_start(y));
            if (u >= u0 && u <= u1 && !tick_add(out, max, &n, u, LT_TL_TICK_YEAR, y, 1, 1)) {
                return n;
            }
            continue;
        }
        for (int m = 1; m <= 12; m++) {
            long ms = lt_days_from_civil(y, m, 1);
            long me = m == 12 ? year_start(y + 1) : lt_days_from_civil(y, m + 1, 1);
            double um = lt_tl_day_to_units(ax, ms), ue = lt_tl_day_to_units(ax, me);
            if (ue < u0 || um > u1) {
                continue;
            }
            if (um >= u0 && !tick_add(out, max, &n, um, LT_TL_TICK_MONTH, y, m, 1)) {
                return n;
            }
            uint32_t only = 0; /* with days off: the cluster's event days */
            if (!days) {
                int k = cluster_index(ax, y, m);
                if (k < 0 || ax->cluster_days[k] == 0 || (ue - um) * px_per_unit < LT_TL_CLUSTER_PX) {
                    continue;
                }
                only = ax->cluster_days[k];
            }
            for (long d = ms + 1; d < me; d++) {
                if (only != 0 && (only & (UINT32_C(1) << (d - ms))) == 0) {
                    continue;
                }
                double ud = lt_tl_day_to_units(ax, d);
                if (ud < u0) {
                    continue;
                }
                if (ud > u1) {
                    break;
                }
                if (!tick_add(out, max, &n, ud, LT_TL_TICK_DAY, y, m, (int)(d - ms + 1))) {
                    return n;
                }
            }
        }
    }
    return n;
}

/* ---- the layout ------------------------------------------------------------ */

static int card_cmp(const void *a, const void *b)
{
    const lt_tl_card *x = a, *y = b;
    if (x->centre != y->centre) {
        return x->centre < y->centre ? -1 : 1;
    }
    return (x->event > y->event) - (x->event < y->event);
}

bool lt_tl_card_anchor(const lt_tl_axis *ax, const lt_date *d, double *centre)
{
    long f, l;
    if (!shown_span(d, &f, &l)) {
        return false;
    }
    double a = lt_tl_day_to_units(ax, f), b = lt_tl_day_to_units(ax, l + 1);
    *centre = (a + b) / 2.0;
    return true;
}

bool lt_tl_layout_build(const lt_pack *pack, const lt_tl_axis *ax, const bool *include, double px_per_unit,
                        double card_w, double gap_px, lt_tl_layout *out)
{
    memset(out, 0, sizeof *out);
    if (!pack || !ax || pack->n_events == 0) {
        return true;
    }
    lt_tl_card *cards = malloc(pack->n_events * sizeof *cards);
    double *lane_end = malloc(pack->n_events * sizeof *lane_end);
    if (!cards || !lane_end) {
        free(cards);
        free(lane_end);
        return false;
    }
    size_t n = 0;
    for (size_t i = 0; i < pack->n_events; i++) {
        const lt_date *d = &pack->events[i].date;
        lt_tl_card *c = &cards[n];
        if ((include && !include[i]) || !lt_tl_card_anchor(ax, d, &c->centre)) {
            continue;
        }
        c->event = (int)i;
        lt_tl_date_units(ax, d, &c->from, &c->to);
        c->open_left = d->before;
        if (c->open_left && c->from < ax->units_min) {
            c->from = ax->units_min;
        }
        n++;
    }
    qsort(cards, n, sizeof *cards, card_cmp);
    int lanes = 0;
    for (size_t i = 0; i < n; i++) {
        lt_tl_card *c = &cards[i];
        c->x = c->centre * px_per_unit - card_w / 2.0;
        int lane = 0;
        while (lane < lanes && lane_end[lane] + gap_px > c->x) {
            lane++;
        }
        if (lane == lanes) {
            lanes++;
        }
        lane_end[lane] = c->x + card_w;
        c->lane = lane;
    }
    free(lane_end);
    out->cards = cards;
    out->n = n;
    out->lanes = lanes;
    return true;
}

void lt_tl_layout_free(lt_tl_layout *l)
{
    if (!l) {
        return;
    }
    free(l->cards);
    memset(l, 0, sizeof *l);
}

/* ---- judging --------------------------------------------------------------- */

lt_tl_judgement lt_tl_judge(const lt_pack *pack, const lt_tl_axis *ax, int ev, double units)
{
    lt_tl_judgement j = {.right = false, .distance_days = 0.0, .credit = 0.0};
    long f, l;
    if (!pack || !ax || ev < 0 || (size_t)ev >= pack->n_events ||
        !lt_date_span(&pack->events[ev].date, &f, &l)) {
        return j;
    }
    long day = lt_tl_units_to_day(ax, units);
    long ef, el;
    bool in_exact = lt_date_span(&pack->events[ev].exact, &ef, &el) && day >= ef && day <= el;
    if ((day >= f && day <= l) || in_exact) {
        j.right = true;
        j.credit = 1.0;
        return j;
    }
    j.distance_days = (double)(day < f ? f - day : day - l);
    j.credit = 1.0 - j.distance_days / 60.0;
    if (j.credit < 0.0) {
        j.credit = 0.0;
    }
    return j;
}

bool lt_tl_judge_between(const lt_pack *pack, int ev, int left, int right)
{
    if (!pack || ev < 0 || (size_t)ev >= pack->n_events) {
        return false;
    }
    const lt_date *d = &pack->events[ev].date;
    if (left >= 0 && (size_t)left < pack->n_events && lt_date_order(d, &pack->events[left].date) < 0) {
        return false;
    }
    if (right >= 0 && (size_t)right < pack->n_events && lt_date_order(d, &pack->events[right].date) > 0) {
        return false;
    }
    return true;
}

/* ---- the rules game -------------------------------------------------------- */

#define LT_TL_LINE_MAX ((int)(sizeof(((lt_tl_rules *)0)->line) / sizeof(int)))
#define LT_TL_DECK_MAX ((int)(sizeof(((lt_tl_rules *)0)->deck) / sizeof(int)))

static void rules_draw(lt_tl_rules *g)
{
    if (g->lives <= 0 || g->n_deck <= 0 || g->n_line >= LT_TL_LINE_MAX) {
        g->current = -1;
        return;
    }
    g->current = g->deck[--g->n_deck];
}

void lt_tl_rules_start(lt_tl_rules *g, const lt_pack *pack, const bool *include, uint64_t seed)
{
    memset(g, 0, sizeof *g);
    g->current = -1;
    g->lives = LT_TL_LIVES;
    if (!pack || pack->n_events == 0) {
        return;
    }
    int *all = malloc(pack->n_events * sizeof *all);
    if (!all) {
        return;
    }
    int n = 0;
    for (size_t i = 0; i < pack->n_events; i++) {
        if ((!include || include[i]) && pack->events[i].date.from.prec != LT_PREC_NONE) {
            all[n++] = (int)i;
        }
    }
    lt_rng rng;
    lt_rng_seed(&rng, seed);
    lt_rng_shuffle(&rng, all, (size_t)n, sizeof *all);
    if (n > 0) {
        g->line[0] = all[0];
        g->n_line = 1;
    }
    for (int k = 1; k < n && g->n_deck < LT_TL_DECK_MAX; k++) {
        g->deck[g->n_deck++] = all[k];
    }
    free(all);
    rules_draw(g);
}

bool lt_tl_rules_slot_ok(const lt_tl_rules *g, const lt_pack *pack, int ev, int slot)
{
    if (!g || !pack || ev < 0 || (size_t)ev >= pack->n_events || slot < 0 || slot > g->n_line) {
        return false;
    }
    const lt_date *d = &pack->events[ev].date;
    for (int i = 0; i < slot; i++) {
        if (lt_date_order(d, &pack->events[g->line[i]].date) < 0) {
            return false;
        }
    }
    for (int i = slot; i < g->n_line; i++) {
        if (lt_date_order(d, &pack->events[g->line[i]].date) > 0) {
            return false;
        }
    }
    return true;
}

int lt_tl_rules_right_slot(const lt_tl_rules *g, const lt_pack *pack, int ev)
{
    if (!g || !pack || ev < 0 || (size_t)ev >= pack->n_events) {
        return -1;
    }
    /* Before the first card the event is surely before; always a right slot
     * when the line is in a valid order. */
    int slot = 0;
    while (slot < g->n_line && lt_date_order(&pack->events[ev].date, &pack->events[g->line[slot]].date) >= 0) {
        slot++;
    }
    return lt_tl_rules_slot_ok(g, pack, ev, slot) ? slot : -1;
}

bool lt_tl_rules_place(lt_tl_rules *g, const lt_pack *pack, int slot)
{
    if (!g || g->current < 0 || lt_tl_rules_over(g)) {
        return false;
    }
    bool ok = lt_tl_rules_slot_ok(g, pack, g->current, slot);
    g->placed++;
    if (ok) {
        memmove(&g->line[slot + 1], &g->line[slot], (size_t)(g->n_line - slot) * sizeof g->line[0]);
        g->line[slot] = g->current;
        g->n_line++;
        g->streak++;
        if (g->streak > g->best_streak) {
            g->best_streak = g->streak;
        }
    } else {
        g->lives--;
        g->streak = 0;
    }
    rules_draw(g);
    return ok;
}

bool lt_tl_rules_over(const lt_tl_rules *g)
{
    return !g || g->lives <= 0 || g->current < 0;
}
