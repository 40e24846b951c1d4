/* lt_fsrs.c: FSRS-6 as ts-fsrs 5.4.2 computes it: formulas with its 8-decimal
 * roundings (fsrs6.md s.9), the short-term (BasicScheduler) and long-term
 * schedulers, button ordering, fuzz with the Alea PRNG. Depends on: lt_json.h, libm. */
#include "lt_fsrs.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lt_json.h"

/* Bit-for-bit parity with V8 needs plain IEEE double arithmetic: the build is
 * ISO C11 (-std=c11), where GCC does not contract a*b+c into an FMA. */

static const double lt_fsrs_default_w[LT_FSRS_N_W] = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
};

/* JavaScript Math.round: nearest integer, ties toward +infinity. */
static double js_round(double x)
{
    double r = floor(x);
    if (x - r >= 0.5) {
        r += 1.0;
    }
    return r;
}

/* ts-fsrs roundTo(x, 8). */
static double round8(double x)
{
    return js_round(x * 1e8) / 1e8;
}

static double clampd(double v, double lo, double hi)
{
    return fmin(fmax(v, lo), hi);
}

void lt_fsrs_params_default(lt_fsrs_params *p)
{
    memset(p, 0, sizeof *p);
    memcpy(p->w, lt_fsrs_default_w, sizeof p->w);
    p->request_retention = LT_FSRS_DEFAULT_RETENTION;
    p->maximum_interval = LT_FSRS_DEFAULT_MAX_INTERVAL;
    p->enable_fuzz = false;
    p->enable_short_term = true;
    p->learning_steps[0] = 1;
    p->learning_steps[1] = 10;
    p->n_learning_steps = 2;
    p->relearning_steps[0] = 10;
    p->n_relearning_steps = 1;
}

/* Longest step accepted: 100 days in minutes (keeps ms arithmetic far from overflow). */
#define LT_FSRS_MAX_STEP_MIN 144000

int lt_fsrs_params_check(lt_fsrs_params *p)
{
    /* ts-fsrs CLAMP_PARAMETERS, in w order; the w17/w18 maxima may shrink below. */
    static const double lo[LT_FSRS_N_W] = { 0.001, 0.001, 0.001, 0.001, 1,     0.001, 0.001,
                                            0.001, 0,     0,     0.001, 0.001, 0.001, 0.001,
                                            0,     0,     1,     0,     0,     0.01,  0.1 };
    static const double hi[LT_FSRS_N_W] = { 100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
                                            5,   0.25, 0.9, 4,  1, 6, 2,  2,   0.8, 0.8 };
    double w[LT_FSRS_N_W];
    double ceiling = 2.0;

    for (int i = 0; i < LT_FSRS_N_W; i++) {
        if (!isfinite(p->w[i])) {
            return LT_FSRS_EPARAMS;
        }
    }
    if (!(p->request_retention > 0.0 && p->request_retention <= 1.0) || p->maximum_interval < 1 ||
        p->n_learning_steps < 0 || p->n_learning_steps > LT_FSRS_MAX_STEPS ||
        p->n_relearning_steps < 0 || p->n_relearning_steps > LT_FSRS_MAX_STEPS) {
        return LT_FSRS_EPARAMS;
    }
    for (int i = 0; i < p->n_learning_steps; i++) {
        if (p->learning_steps[i] < 0 || p->learning_steps[i] > LT_FSRS_MAX_STEP_MIN) {
            return LT_FSRS_EPARAMS;
        }
    }
    for (int i = 0; i < p->n_relearning_steps; i++) {
        if (p->relearning_steps[i] < 0 || p->relearning_steps[i] > LT_FSRS_MAX_STEP_MIN) {
            return LT_FSRS_EPARAMS;
        }
    }
    if (p->n_relearning_steps > 1) {
        double w11 = clampd(p->w[11], lo[11], hi[11]);
        double w13 = clampd(p->w[13], lo[13], hi[13]);
        double w14 = clampd(p->w[14], lo[14], hi[14]);
        double v = -(log(w11) + log(pow(2.0, w13) - 1.0) + w14 * 0.3) / p->n_relearning_steps;
        ceiling = clampd(round8(sqrt(fmax(v, 0.0))), 0.01, 2.0);
    }
    for (int i = 0; i < LT_FSRS_N_W; i++) {
        double l = lo[i], h = hi[i];
        if (i == 17 || i == 18) {
            h = ceiling;
        }
        if (i == 19 && !p->enable_short_term) {
            l = 0.0;
        }
        w[i] = clampd(p->w[i], l, h);
    }
    memcpy(p->w, w, sizeof w);
    return LT_FSRS_OK;
}

void lt_fsrs_card_new(lt_fsrs_card *c, int64_t now)
{
    memset(c, 0, sizeof *c);
    c->state = LT_FSRS_NEW;
    c->due = now;
}

/* ---- the memory model (fsrs6.md s.3-5) ---- */

static double fsrs_decay(const lt_fsrs_params *p)
{
    return -p->w[20];
}

/* F = 0.9^(1/decay) - 1, computed as ts-fsrs computeDecayFactor does. */
static double fsrs_factor(const lt_fsrs_params *p)
{
    return round8(exp(pow(fsrs_decay(p), -1.0) * log(0.9)) - 1.0);
}

double lt_fsrs_forgetting_curve(const lt_fsrs_params *p, double t_days, double s)
{
    double f = fsrs_factor(p);
    return round8(pow(1.0 + f * t_days / s, fsrs_decay(p)));
}

static double fsrs_interval_modifier(const lt_fsrs_params *p)
{
    double decay = fsrs_decay(p);
    return round8((pow(p->request_retention, 1.0 / decay) - 1.0) / fsrs_factor(p));
}

double lt_fsrs_interval_for_retention(const lt_fsrs_params *p, double s, double retention)
{
    return s / fsrs_factor(p) * (pow(retention, 1.0 / fsrs_decay(p)) - 1.0);
}

int64_t lt_fsrs_next_interval_days(const lt_fsrs_params *p, double s)
{
    double ivl = fmin(fmax(1.0, js_round(s * fsrs_interval_modifier(p))), (double)p->maximum_interval);
    return (int64_t)ivl;
}

static double init_stability(const lt_fsrs_params *p, int g)
{
    return fmax(p->w[g - 1], 0.1);
}

static double init_difficulty(const lt_fsrs_params *p, int g)
{
    return round8(p->w[4] - exp((double)(g - 1) * p->w[5]) + 1.0);
}

static double next_difficulty(const lt_fsrs_params *p, double d, int g)
{
    const double *w = p->w;
    double delta_d = -w[6] * (double)(g - 3);
    double next_d = d + round8(delta_d * (10.0 - d) / 9.0);
    double reverted = round8(w[7] * init_difficulty(p, LT_FSRS_EASY) + (1.0 - w[7]) * next_d);
    return clampd(reverted, 1.0, 10.0);
}

static double next_recall_stability(const lt_fsrs_params *p, double d, double s, double r, int g)
{
    const double *w = p->w;
    double hard_penalty = g == LT_FSRS_HARD ? w[15] : 1.0;
    double easy_bonus = g == LT_FSRS_EASY ? w[16] : 1.0;
    double sinc = exp(w[8]) * (11.0 - d) * pow(s, -w[9]) * (exp((1.0 - r) * w[10]) - 1.0) *
                  hard_penalty * easy_bonus;
    return round8(clampd(s * (1.0 + sinc), LT_FSRS_S_MIN, LT_FSRS_S_MAX));
}

static double next_forget_stability(const lt_fsrs_params *p, double d, double s, double r)
{
    const double *w = p->w;
    double sf = w[11] * pow(d, -w[12]) * (pow(s + 1.0, w[13]) - 1.0) * exp((1.0 - r) * w[14]);
    return round8(clampd(sf, LT_FSRS_S_MIN, LT_FSRS_S_MAX));
}

static double next_short_term_stability(const lt_fsrs_params *p, double s, int g)
{
    const double *w = p->w;
    double sinc = pow(s, -w[19]) * exp(w[17] * ((double)(g - 3) + w[18]));
    if (g >= LT_FSRS_HARD) {
        sinc = fmax(sinc, 1.0);
    }
    return round8(clampd(s * sinc, LT_FSRS_S_MIN, LT_FSRS_S_MAX));
}

typedef struct fsrs_mem {
    double d, s;
} fsrs_mem;

/* ts-fsrs FSRSAlgorithm.next_state (fsrs6.md s.5.6); t >= 0 days, g 1-4, r the
 * retrievability used by the formulas. */
static fsrs_mem next_mem(const lt_fsrs_params *p, fsrs_mem m, int t, int g, double r)
{
    fsrs_mem out;
    if (m.d == 0.0 && m.s == 0.0) {
        out.d = clampd(init_difficulty(p, g), 1.0, 10.0);
        out.s = init_stability(p, g);
        return out;
    }
    if (t == 0 && p->enable_short_term) {
        out.s = next_short_term_stability(p, m.s, g);
    } else if (g == LT_FSRS_AGAIN) {
        double s_fail = next_forget_stability(p, m.d, m.s, r);
        double w17 = p->enable_short_term ? p->w[17] : 0.0;
        double w18 = p->enable_short_term ? p->w[18] : 0.0;
        double s_min = m.s / exp(w17 * w18);
        out.s = clampd(round8(s_min), LT_FSRS_S_MIN, s_fail);
    } else {
        out.s = next_recall_stability(p, m.d, m.s, r, g);
    }
    out.d = next_difficulty(p, m.d, g);
    return out;
}

/* ---- fuzz: Alea PRNG, as ts-fsrs bundles it ---- */

/* ECMAScript ToUint32 of a finite double, returned as a double. */
static double js_to_uint32(double x)
{
    double m;
    if (!isfinite(x)) {
        return 0.0;
    }
    m = fmod(trunc(x), 4294967296.0);
    if (m < 0.0) {
        m += 4294967296.0;
    }
    return m;
}

typedef struct alea_mash {
    double n;
} alea_mash;

/* Decodes one UTF-8 sequence at s (JavaScript strings are UTF-16: the mash
 * hashes UTF-16 code units); a bad byte counts as its own value. */
static size_t utf8_next(const unsigned char *s, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
        (s[3] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
              ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        return 4;
    }
    *cp = s[0];
    return 1;
}

static void mash_unit(alea_mash *m, double code)
{
    double h;
    m->n += code;
    h = 0.02519603282416938 * m->n;
    m->n = js_to_uint32(h);
    h -= m->n;
    h *= m->n;
    m->n = js_to_uint32(h);
    h -= m->n;
    m->n += h * 4294967296.0;
}

static double mash(alea_mash *m, const char *data)
{
    const unsigned char *s = (const unsigned char *)data;
    while (*s) {
        uint32_t cp;
        s += utf8_next(s, &cp);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            mash_unit(m, (double)(0xD800 + (cp >> 10)));
            mash_unit(m, (double)(0xDC00 + (cp & 0x3FF)));
        } else {
            mash_unit(m, (double)cp);
        }
    }
    return js_to_uint32(m->n) * 2.3283064365386963e-10;
}

double lt_fsrs_alea_first(const char *seed)
{
    alea_mash m = { 4022871197.0 };
    double c = 1.0, s0, s1, s2, t;
    s0 = mash(&m, " ");
    s1 = mash(&m, " ");
    s2 = mash(&m, " ");
    s0 -= mash(&m, seed);
    if (s0 < 0.0) {
        s0 += 1.0;
    }
    s1 -= mash(&m, seed);
    if (s1 < 0.0) {
        s1 += 1.0;
    }
    s2 -= mash(&m, seed);
    if (s2 < 0.0) {
        s2 += 1.0;
    }
    (void)s1;
    (void)s2;
    /* first next(): only s0 and c feed the first output */
    t = 2091639.0 * s0 + c * 2.3283064365386963e-10;
    return t - trunc(t);
}

/* ---- the scheduler layer (fsrs6.md s.6-8) ---- */

int64_t lt_fsrs_day_diff(int64_t from, int64_t to)
{
    int64_t a = from / LT_FSRS_MS_PER_DAY, b = to / LT_FSRS_MS_PER_DAY;
    if (from % LT_FSRS_MS_PER_DAY < 0) {
        a--;
    }
    if (to % LT_FSRS_MS_PER_DAY < 0) {
        b--;
    }
    return b - a;
}

/* One review in progress (ts-fsrs AbstractScheduler). */
typedef struct fsrs_ctx {
    const lt_fsrs_params *p;
    lt_fsrs_card last;    /* the card before the review */
    lt_fsrs_card current; /* the same after init(): reps + 1, last_review = now */
    int64_t now;
    int elapsed_days;
    double fuzz_u; /* first Alea value for the review's seed (only with fuzz) */
} fsrs_ctx;

/* ts-fsrs get_fuzz_range + apply_fuzz. */
static int apply_fuzz(const fsrs_ctx *x, double ivl, int elapsed_days)
{
    static const double start[3] = { 2.5, 7.0, 20.0 };
    static const double end[3] = { 7.0, 20.0, INFINITY };
    static const double factor[3] = { 0.15, 0.1, 0.05 };
    double delta = 1.0, lo, hi, maxi = (double)x->p->maximum_interval;

    if (!x->p->enable_fuzz || ivl < 2.5) {
        return (int)js_round(ivl);
    }
    for (int i = 0; i < 3; i++) {
        delta += factor[i] * fmax(fmin(ivl, end[i]) - start[i], 0.0);
    }
    ivl = fmin(ivl, maxi);
    lo = fmax(2.0, js_round(ivl - delta));
    hi = fmin(js_round(ivl + delta), maxi);
    if (ivl > (double)elapsed_days) {
        lo = fmax(lo, (double)elapsed_days + 1.0);
    }
    lo = fmin(lo, hi);
    return (int)floor(x->fuzz_u * (hi - lo + 1.0) + lo);
}

/* ts-fsrs FSRSAlgorithm.next_interval. */
static int next_interval(const fsrs_ctx *x, double s, int elapsed_days)
{
    return apply_fuzz(x, (double)lt_fsrs_next_interval_days(x->p, s), elapsed_days);
}

static lt_fsrs_card next_ds(const fsrs_ctx *x, int t, int g, double r)
{
    lt_fsrs_card c = x->current;
    fsrs_mem m = { x->current.difficulty, x->current.stability };
    m = next_mem(x->p, m, t, g, r);
    c.difficulty = m.d;
    c.stability = m.s;
    return c;
}

static int64_t add_minutes(int64_t t, double minutes)
{
    return t + (int64_t)js_round(minutes) * LT_FSRS_MS_PER_MIN;
}

static int64_t add_days(int64_t t, int days)
{
    return t + (int64_t)days * LT_FSRS_MS_PER_DAY;
}

/* ts-fsrs BasicLearningStepsStrategy for one grade: the step delay in
 * minutes (0 = none, the card graduates) and the next step index. */
static void learning_step(const lt_fsrs_params *p, lt_fsrs_state state, int cur_step, int g,
                          double *minutes, int *next_step)
{
    bool relearn = state == LT_FSRS_RELEARNING || state == LT_FSRS_REVIEW;
    const int *steps = relearn ? p->relearning_steps : p->learning_steps;
    int n = relearn ? p->n_relearning_steps : p->n_learning_steps;

    *minutes = 0.0;
    *next_step = 0;
    if (n == 0 || cur_step >= n) {
        return;
    }
    if (state == LT_FSRS_REVIEW) {
        if (g == LT_FSRS_AGAIN) {
            *minutes = steps[cur_step > 0 ? cur_step : 0];
        }
        return;
    }
    if (g == LT_FSRS_AGAIN) {
        *minutes = steps[0];
    } else if (g == LT_FSRS_HARD) {
        *minutes = n == 1 ? js_round((double)steps[0] * 1.5)
                          : js_round(((double)steps[0] + (double)steps[1]) / 2.0);
        *next_step = cur_step;
    } else if (g == LT_FSRS_GOOD) {
        int i = cur_step + 1;
        if (i >= 0 && i < n && steps[i] != 0) {
            *minutes = steps[i];
            *next_step = i;
        }
    }
    if (*next_step < 0) {
        *next_step = 0;
    }
}

/* ts-fsrs BasicScheduler.applyLearningSteps. */
static void apply_learning_steps(const fsrs_ctx *x, lt_fsrs_card *next, int g,
                                 lt_fsrs_state to_state)
{
    double minutes;
    int next_step;
    learning_step(x->p, x->current.state, x->current.learning_steps, g, &minutes, &next_step);
    if (minutes > 0.0 && minutes < 1440.0) {
        next->learning_steps = next_step;
        next->scheduled_days = 0;
        next->state = to_state;
        next->due = add_minutes(x->now, minutes);
    } else {
        next->state = LT_FSRS_REVIEW;
        if (minutes >= 1440.0) {
            next->learning_steps = next_step;
            next->due = add_minutes(x->now, minutes);
            next->scheduled_days = (int)floor(minutes / 1440.0);
        } else {
            next->learning_steps = 0;
            next->scheduled_days = next_interval(x, next->stability, x->elapsed_days);
            next->due = add_days(x->now, next->scheduled_days);
        }
    }
}

static void set_review(const fsrs_ctx *x, lt_fsrs_card *c, int days)
{
    c->scheduled_days = days;
    c->due = add_days(x->now, days);
    c->state = LT_FSRS_REVIEW;
    c->learning_steps = 0;
}

/* The card after grade g; fills *r_out with R before the review (or -1). */
static lt_fsrs_card schedule(const fsrs_ctx *x, int g, double *r_out)
{
    const lt_fsrs_params *p = x->p;
    int t = x->elapsed_days;
    lt_fsrs_card next[5];
    double r;

    *r_out = -1.0;
    if (x->last.state != LT_FSRS_NEW) {
        *r_out = lt_fsrs_forgetting_curve(p, (double)t, x->current.stability);
    }
    if (p->enable_short_term) {
        if (x->last.state == LT_FSRS_NEW || x->last.state == LT_FSRS_LEARNING ||
            x->last.state == LT_FSRS_RELEARNING) {
            lt_fsrs_state to = x->last.state == LT_FSRS_NEW ? LT_FSRS_LEARNING : x->last.state;
            r = x->last.state == LT_FSRS_NEW ? 0.0 : *r_out;
            next[g] = next_ds(x, t, g, r);
            apply_learning_steps(x, &next[g], g, to);
            return next[g];
        }
        r = *r_out;
        for (int k = 1; k <= 4; k++) {
            next[k] = next_ds(x, t, k, r);
        }
        if (g == LT_FSRS_AGAIN) {
            apply_learning_steps(x, &next[1], LT_FSRS_AGAIN, LT_FSRS_RELEARNING);
            next[1].lapses += 1;
            return next[1];
        } else {
            int hard = next_interval(x, next[2].stability, t);
            int good = next_interval(x, next[3].stability, t);
            int easy;
            hard = hard < good ? hard : good;
            good = good > hard + 1 ? good : hard + 1;
            easy = next_interval(x, next[4].stability, t);
            easy = easy > good + 1 ? easy : good + 1;
            set_review(x, &next[g], g == LT_FSRS_HARD ? hard : g == LT_FSRS_GOOD ? good : easy);
            return next[g];
        }
    } else {
        int ivl[5];
        if (x->last.state == LT_FSRS_NEW) {
            t = 0;
            r = 0.0;
        } else {
            r = *r_out;
        }
        for (int k = 1; k <= 4; k++) {
            next[k] = next_ds(x, t, k, r);
            ivl[k] = next_interval(x, next[k].stability, t);
        }
        ivl[1] = ivl[1] < ivl[2] ? ivl[1] : ivl[2];
        ivl[2] = ivl[2] > ivl[1] + 1 ? ivl[2] : ivl[1] + 1;
        ivl[3] = ivl[3] > ivl[2] + 1 ? ivl[3] : ivl[2] + 1;
        ivl[4] = ivl[4] > ivl[3] + 1 ? ivl[4] : ivl[3] + 1;
        set_review(x, &next[g], ivl[g]);
        if (g == LT_FSRS_AGAIN && x->last.state != LT_FSRS_NEW) {
            next[g].lapses += 1;
        }
        return next[g];
    }
}

int lt_fsrs_review_seeded(const lt_fsrs_params *p, lt_fsrs_card *c, int rating, int64_t now,
                          const char *seed, lt_fsrs_log *log_out)
{
    fsrs_ctx x;
    int64_t t = 0;
    double r;
    lt_fsrs_card next;

    if (rating < LT_FSRS_AGAIN || rating > LT_FSRS_EASY) {
        return LT_FSRS_EBADRATING;
    }
    if (c->state != LT_FSRS_NEW && c->has_last_review) {
        t = lt_fsrs_day_diff(c->last_review, now);
        if (t < 0) {
            return LT_FSRS_ETIME;
        }
        if (t > INT32_MAX / 2) {
            return LT_FSRS_ETIME;
        }
    }
    memset(&x, 0, sizeof x);
    x.p = p;
    x.last = *c;
    x.current = *c;
    x.now = now;
    x.elapsed_days = (int)t;
    x.current.last_review = now;
    x.current.has_last_review = true;
    x.current.elapsed_days = (int)t;
    x.current.reps += 1;
    if (p->enable_fuzz) {
        char buf[128];
        if (!seed) {
            char num[40];
            lt_json_format_number(num, sizeof num, x.current.difficulty * x.current.stability);
            snprintf(buf, sizeof buf, "%lld_%d_%s", (long long)now, x.current.reps, num);
            seed = buf;
        }
        x.fuzz_u = lt_fsrs_alea_first(seed);
    }
    next = schedule(&x, rating, &r);
    if (log_out) {
        memset(log_out, 0, sizeof *log_out);
        log_out->rating = (lt_fsrs_rating)rating;
        log_out->review = now;
        log_out->state_before = c->state;
        log_out->stability_before = c->stability;
        log_out->difficulty_before = c->difficulty;
        log_out->elapsed_days = (int)t;
        log_out->has_retrievability = r >= 0.0;
        log_out->retrievability = r >= 0.0 ? r : 0.0;
    }
    *c = next;
    return LT_FSRS_OK;
}

int lt_fsrs_review(const lt_fsrs_params *p, lt_fsrs_card *c, int rating, int64_t now,
                   lt_fsrs_log *log_out)
{
    return lt_fsrs_review_seeded(p, c, rating, now, NULL, log_out);
}

int lt_fsrs_preview(const lt_fsrs_params *p, const lt_fsrs_card *c, int64_t now,
                    lt_fsrs_card out[4])
{
    for (int g = LT_FSRS_AGAIN; g <= LT_FSRS_EASY; g++) {
        int rc;
        out[g - 1] = *c;
        rc = lt_fsrs_review(p, &out[g - 1], g, now, NULL);
        if (rc != LT_FSRS_OK) {
            return rc;
        }
    }
    return LT_FSRS_OK;
}

double lt_fsrs_retrievability(const lt_fsrs_params *p, const lt_fsrs_card *c, int64_t at)
{
    int64_t diff, t;
    if (c->state == LT_FSRS_NEW || !c->has_last_review || !(c->stability > 0.0)) {
        return 0.0;
    }
    diff = at - c->last_review;
    t = diff / LT_FSRS_MS_PER_DAY;
    if (diff % LT_FSRS_MS_PER_DAY < 0) {
        t--;
    }
    if (t < 0) {
        t = 0;
    }
    return lt_fsrs_forgetting_curve(p, (double)t, round8(c->stability));
}

double lt_fsrs_predict(const lt_fsrs_params *p, const lt_fsrs_card *c, int rating, int64_t when,
                       int64_t target)
{
    lt_fsrs_card tmp = *c;
    if (lt_fsrs_review(p, &tmp, rating, when, NULL) != LT_FSRS_OK) {
        return -1.0;
    }
    return lt_fsrs_retrievability(p, &tmp, target);
}
