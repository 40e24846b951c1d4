/* lt_monkey.c: the monkey visitor (--monkey): gestures planned with a seeded
 * generator and injected as finger actions at their ticks, session counts
 * from the kiosk's state changes, and memory samples (RSS from
 * /proc/self/statm, the heap without the bounded caches).
 * Depends on: eng.h, lt_monkey.h, lt_rng.h, SQLite (its memory counter). */
#include "lt_monkey.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <sqlite3.h>

#include "eng.h"
#include "lt_rng.h"

#define LT_MK_QUEUE 64          /* pending pointer actions */
#define LT_MK_CORNER_PX 120     /* the kiosk's hidden corner (top left) */
#define LT_MK_HOLD_TICKS 340    /* a corner hold: a little over 5 s */
#define LT_MK_ADMIN_TAPS 12     /* taps on the PIN pad / admin before the monkey goes quiet */

/* Where big targets usually are on the 1920x1080 canvas, for screens whose
 * targets the kiosk does not tell (attract, the warning, the summary and
 * board, admin) and for taps that miss on purpose: answer cards in two
 * columns, a pair of big buttons, a bottom row of buttons, the middle, and
 * keyboard rows. A tap lands within a jitter around one of them. */
static const struct {
    float x, y;
} lt_mk_targets[] = {
    {510, 530},  {1410, 530}, {510, 720},  {1410, 720}, /* four answer cards */
    {660, 620},  {1260, 620},                           /* two big buttons */
    {1690, 955}, {960, 955},  {230, 955},               /* bottom row: next, continue, back */
    {960, 540},  {960, 300},                            /* middle, upper middle */
    {400, 820},  {700, 820},  {1000, 820}, {1300, 820}, {1600, 820}, /* a keyboard row */
    {400, 680},  {700, 680},  {1000, 680}, {1300, 680}, {1600, 680},
};
#define LT_MK_NTARGETS (sizeof lt_mk_targets / sizeof lt_mk_targets[0])

typedef struct lt_mk_event {
    uint64_t tick;
    eng_action_kind kind;
    float x, y;
} lt_mk_event;

struct lt_monkey {
    lt_monkey_opts o;
    lt_monkey_stats st;
    lt_rng rng;
    lt_mk_event q[LT_MK_QUEUE];
    int nq;
    uint64_t next_gesture;      /* tick when the next gesture may start */
    char prev[32];              /* the kiosk's state at the previous tick */
    bool in_session;
    bool completed_this;
    int admin_taps;             /* taps since the PIN pad or admin showed */
    long long start_sum[3], end_sum[3]; /* RSS, heap and cache sums over the two windows */
    long start_n, end_n;
    long hwm_kb;                /* VmHWM at the last sample */
};

long lt_monkey_rss_kb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL) {
        return 0;
    }
    long pages_total = 0, pages_resident = 0;
    int n = fscanf(f, "%ld %ld", &pages_total, &pages_resident);
    fclose(f);
    long page = sysconf(_SC_PAGESIZE);
    return n == 2 && page > 0 ? pages_resident * (page / 1024) : 0;
}

#if defined(__SANITIZE_ADDRESS__)
/* AddressSanitizer's allocator: bytes the program holds now. */
size_t __sanitizer_get_current_allocated_bytes(void);
#endif

/* Bytes the program holds from malloc now, KiB; -1 unknown. Tells a
 * growing heap from RSS that only looks like growth (pages the allocator
 * keeps, fragmentation, AddressSanitizer's caches and shadow). */
long lt_monkey_heap_kb(void)
{
#if defined(__SANITIZE_ADDRESS__)
    return (long)(__sanitizer_get_current_allocated_bytes() / 1024);
#elif defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    struct mallinfo2 mi = mallinfo2();
    return (long)((mi.uordblks + mi.hblkhd) / 1024);
#else
    return -1;
#endif
}

/* What the two bounded caches hold now, KiB: the engine's text labels (up
 * to 512 labels or 48 MB; fills over the first hundreds of sessions, then
 * holds whatever was shown last) and SQLite's memory, mostly its page cache
 * (2 MB per connection by default; fills as kiosk.db grows, over thousands
 * of sessions). */
static long lt_mk_caches_kb(void)
{
    return (long)(eng_cache_bytes() / 1024) + (long)(sqlite3_memory_used() / 1024);
}

/* The heap without the bounded caches: what would grow with a leak. */
static long lt_mk_heap_outside_caches_kb(void)
{
    long heap = lt_monkey_heap_kb();
    return heap >= 0 ? heap - lt_mk_caches_kb() : heap;
}

/* The peak resident set size (VmHWM in /proc/self/status), KiB. */
static long lt_mk_hwm_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (f == NULL) {
        return 0;
    }
    char line[256];
    long kb = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        if (sscanf(line, "VmHWM: %ld kB", &kb) == 1) {
            break;
        }
    }
    fclose(f);
    return kb;
}

lt_monkey *lt_monkey_new(const lt_monkey_opts *o)
{
    lt_monkey *m = calloc(1, sizeof *m);
    if (m == NULL) {
        return NULL;
    }
    m->o = *o;
    if (m->o.warmup_sessions <= 0) {
        m->o.warmup_sessions = m->o.stop_after > 0 && m->o.stop_after < 800 ? m->o.stop_after / 4 : 200;
    }
    long left = m->o.stop_after - m->o.warmup_sessions;
    m->st.window = m->o.stop_after <= 0 ? 100 : left >= 2000 ? 500 : left >= 4 ? left / 4 : 1;
    if (m->o.idle_pause_s <= 0) {
        m->o.idle_pause_s = 65;
    }
    lt_rng_seed(&m->rng, o->seed);
    snprintf(m->prev, sizeof m->prev, "attract");
    m->next_gesture = eng_ticks() + 60;
    return m;
}

void lt_monkey_free(lt_monkey *m) { free(m); }

static float lt_mk_uniform(lt_monkey *m, float lo, float hi)
{
    return lo + (hi - lo) * (float)lt_rng_below(&m->rng, 10001) / 10000.0f;
}

static bool lt_mk_chance(lt_monkey *m, int per_thousand)
{
    return (int)lt_rng_below(&m->rng, 1000) < per_thousand;
}

static void lt_mk_push(lt_monkey *m, uint64_t tick, eng_action_kind kind, float x, float y)
{
    if (m->nq == LT_MK_QUEUE) {
        return;
    }
    m->q[m->nq++] = (lt_mk_event){.tick = tick, .kind = kind, .x = x, .y = y};
}

/* A point to press: mostly inside a target the kiosk shows now, else near
 * where big targets usually are, sometimes anywhere. */
static void lt_mk_point(lt_monkey *m, float *x, float *y)
{
    eng_rect r[32];
    int n = m->o.targets != NULL ? m->o.targets(r, 32) : 0;
    if (n > 0 && lt_mk_chance(m, 800)) {
        eng_rect t = r[lt_rng_below(&m->rng, (uint32_t)n)];
        *x = t.x + t.w * lt_mk_uniform(m, 0.1f, 0.9f);
        *y = t.y + t.h * lt_mk_uniform(m, 0.1f, 0.9f);
    } else if (lt_mk_chance(m, 600)) {
        uint32_t i = lt_rng_below(&m->rng, (uint32_t)LT_MK_NTARGETS);
        *x = lt_mk_targets[i].x + lt_mk_uniform(m, -140.0f, 140.0f);
        *y = lt_mk_targets[i].y + lt_mk_uniform(m, -45.0f, 45.0f);
    } else {
        *x = lt_mk_uniform(m, 0.0f, (float)(ENG_CANVAS_W - 1));
        *y = lt_mk_uniform(m, 0.0f, (float)(ENG_CANVAS_H - 1));
    }
    /* Taps meant for targets stay out of the admin corner. */
    if (*x < LT_MK_CORNER_PX && *y < LT_MK_CORNER_PX) {
        *x += LT_MK_CORNER_PX;
    }
}

/* Plans the next gesture from `now` for a visitor in `state`. */
static void lt_mk_plan(lt_monkey *m, uint64_t now, const char *state)
{
    float x, y;
    bool attract = strcmp(state, "attract") == 0;
    bool admin = strncmp(state, "admin", 5) == 0;
    if (admin && m->admin_taps >= LT_MK_ADMIN_TAPS) {
        /* Quiet until the PIN pad or admin screen idles back by itself. */
        m->next_gesture = now + 30;
        return;
    }
    if (attract) {
        /* A new visitor walks up after a moment and touches the screen. */
        lt_mk_point(m, &x, &y);
        uint64_t t = now + 20 + lt_rng_below(&m->rng, 160);
        lt_mk_push(m, t, ENG_ACT_POINTER_DOWN, x, y);
        lt_mk_push(m, t + 3, ENG_ACT_POINTER_UP, x, y);
        m->st.taps++;
        m->next_gesture = t + 10;
        return;
    }
    if (!admin && lt_mk_chance(m, 6)) {
        /* Walks away: the idle warning and then the reset come. */
        m->st.long_pauses++;
        m->next_gesture = now + (uint64_t)m->o.idle_pause_s * ENG_TICK_HZ;
        return;
    }
    if (!admin && lt_mk_chance(m, 2)) {
        /* Leans on the corner for over 5 s: the PIN pad opens. */
        x = lt_mk_uniform(m, 5.0f, LT_MK_CORNER_PX - 10.0f);
        y = lt_mk_uniform(m, 5.0f, LT_MK_CORNER_PX - 10.0f);
        lt_mk_push(m, now + 1, ENG_ACT_POINTER_DOWN, x, y);
        lt_mk_push(m, now + 1 + LT_MK_HOLD_TICKS, ENG_ACT_POINTER_UP, x, y);
        m->st.corner_holds++;
        m->next_gesture = now + LT_MK_HOLD_TICKS + 20;
        return;
    }
    if (lt_mk_chance(m, 25)) {
        /* A short press in the corner: nothing must happen. */
        x = lt_mk_uniform(m, 5.0f, LT_MK_CORNER_PX - 10.0f);
        y = lt_mk_uniform(m, 5.0f, LT_MK_CORNER_PX - 10.0f);
        lt_mk_push(m, now + 1, ENG_ACT_POINTER_DOWN, x, y);
        lt_mk_push(m, now + 10 + lt_rng_below(&m->rng, 40), ENG_ACT_POINTER_UP, x, y);
        m->st.corner_presses++;
        m->next_gesture = now + 60;
        return;
    }
    lt_mk_point(m, &x, &y);
    uint64_t t = now + 1;
    lt_mk_push(m, t, ENG_ACT_POINTER_DOWN, x, y);
    if (lt_mk_chance(m, 100)) {
        /* A drag (a card to the timeline, a swipe). */
        float tx, ty;
        lt_mk_point(m, &tx, &ty);
        for (int i = 1; i <= 6; i++) {
            float k = (float)i / 6.0f;
            lt_mk_push(m, t + (uint64_t)(4 * i), ENG_ACT_POINTER_MOVE, x + (tx - x) * k, y + (ty - y) * k);
        }
        lt_mk_push(m, t + 28, ENG_ACT_POINTER_UP, tx, ty);
        m->st.drags++;
        t += 28;
    } else {
        t += 2 + lt_rng_below(&m->rng, 8);
        lt_mk_push(m, t, ENG_ACT_POINTER_UP, x, y);
        m->st.taps++;
    }
    if (admin) {
        m->admin_taps++;
    }
    /* A visitor reads, thinks and taps again: 0.2 to 2 s. */
    m->next_gesture = t + 10 + lt_rng_below(&m->rng, 110);
}

static void lt_mk_sample(lt_monkey *m, long finished);

/* Session counts from the kiosk's state changes. */
static void lt_mk_follow(lt_monkey *m, const char *cur)
{
    if (strcmp(cur, m->prev) == 0) {
        return;
    }
    if (strcmp(cur, "round") == 0 && strcmp(m->prev, "attract") == 0) {
        m->st.started++;
        m->in_session = true;
        m->completed_this = false;
    } else if (strcmp(cur, "end") == 0 && m->in_session && !m->completed_this) {
        m->st.completed++;
        m->completed_this = true;
    } else if (strcmp(cur, "attract") == 0 && m->in_session) {
        m->st.finished++;
        bool idle = strcmp(m->prev, "idle_warning") == 0;
        if (idle) {
            m->st.idle_resets++;
        }
        m->in_session = false;
        lt_mk_sample(m, m->st.finished);
        if (m->o.rss_every > 0 && m->st.finished % m->o.rss_every == 0) {
            printf("letopis: monkey at %ld sessions rss_kb=%ld heap_kb=%ld caches_kb=%ld\n", m->st.finished,
                   m->st.rss_last_kb, m->st.heap_last_kb, lt_mk_caches_kb());
            fflush(stdout);
        }
        if (m->o.log_sessions) {
            printf("letopis: monkey session %ld ended %s\n", m->st.finished,
                   idle ? "idle" : m->completed_this ? "completed" : "other");
            fflush(stdout);
        }
    }
    if (strncmp(cur, "admin", 5) == 0 && strncmp(m->prev, "admin", 5) != 0) {
        m->admin_taps = 0;
    }
    /* A state change drops what was planned for the old screen, except a
     * press in progress, which still lifts. */
    int keep = 0;
    for (int i = 0; i < m->nq; i++) {
        if (m->q[i].kind == ENG_ACT_POINTER_UP) {
            m->q[keep++] = m->q[i];
        }
    }
    m->nq = keep;
    snprintf(m->prev, sizeof m->prev, "%s", cur);
}

/* One RSS sample as the session numbered `finished` ends. */
static void lt_mk_sample(lt_monkey *m, long finished)
{
    long kb = lt_monkey_rss_kb(), heap = lt_mk_heap_outside_caches_kb(), hwm = lt_mk_hwm_kb();
    long caches = lt_mk_caches_kb();
    m->st.rss_last_kb = kb;
    m->st.heap_last_kb = heap;
    if (m->hwm_kb > 0 && hwm - m->hwm_kb >= 4096) {
        /* The peak rose by 4 MB or more during this session though it
         * ended lower: something took memory for a while. */
        printf("letopis: monkey peak RSS rose by %ld kB to %ld kB during session %ld (now %ld kB)\n",
               hwm - m->hwm_kb, hwm, finished, kb);
        fflush(stdout);
    }
    m->hwm_kb = hwm;
    long w0 = m->o.warmup_sessions;
    if (finished <= w0) {
        return;
    }
    if (kb > m->st.rss_max_kb) {
        m->st.rss_max_kb = kb;
    }
    if (finished <= w0 + m->st.window) {
        m->start_sum[0] += kb;
        m->start_sum[1] += heap;
        m->start_sum[2] += caches;
        m->start_n++;
        m->st.rss_start_kb = (long)(m->start_sum[0] / m->start_n);
        m->st.heap_start_kb = (long)(m->start_sum[1] / m->start_n);
        m->st.caches_start_kb = (long)(m->start_sum[2] / m->start_n);
    }
    if (m->o.stop_after > 0 && finished > m->o.stop_after - m->st.window && finished <= m->o.stop_after) {
        m->end_sum[0] += kb;
        m->end_sum[1] += heap;
        m->end_sum[2] += caches;
        m->end_n++;
    }
    m->st.rss_end_kb = m->end_n > 0 ? (long)(m->end_sum[0] / m->end_n) : kb;
    m->st.heap_end_kb = m->end_n > 0 ? (long)(m->end_sum[1] / m->end_n) : heap;
    m->st.caches_end_kb = m->end_n > 0 ? (long)(m->end_sum[2] / m->end_n) : caches;
}

void lt_monkey_tick(lt_monkey *m)
{
    if (m == NULL) {
        return;
    }
    uint64_t now = eng_ticks();
    const char *cur = m->o.state != NULL ? m->o.state() : "round";
    if (cur == NULL || cur[0] == '\0') {
        cur = "attract";
    }
    lt_mk_follow(m, cur);
    if (strncmp(cur, "admin", 5) == 0) {
        m->st.admin_seen++;
    }
    if (lt_monkey_done(m)) {
        return;
    }
    /* Inject what is due; the engine delivers it next tick, in order. */
    int keep = 0;
    for (int i = 0; i < m->nq; i++) {
        if (m->q[i].tick <= now) {
            eng_action a;
            memset(&a, 0, sizeof a);
            a.kind = m->q[i].kind;
            a.value = 1;
            a.x = m->q[i].x;
            a.y = m->q[i].y;
            a.touch = true;
            eng_inject(&a);
        } else {
            m->q[keep++] = m->q[i];
        }
    }
    m->nq = keep;
    if (m->nq == 0 && now >= m->next_gesture) {
        lt_mk_plan(m, now, cur);
    }
}

bool lt_monkey_done(const lt_monkey *m)
{
    return m != NULL && m->o.stop_after > 0 && m->st.finished >= m->o.stop_after && !m->in_session &&
           strcmp(m->prev, "attract") == 0;
}

const lt_monkey_stats *lt_monkey_stats_now(lt_monkey *m)
{
    m->st.rss_last_kb = lt_monkey_rss_kb();
    m->st.heap_last_kb = lt_mk_heap_outside_caches_kb();
    if (m->o.stop_after <= 0 || m->end_n == 0) {
        m->st.rss_end_kb = m->st.rss_last_kb;
        m->st.heap_end_kb = m->st.heap_last_kb;
        m->st.caches_end_kb = lt_mk_caches_kb();
    }
    m->st.rss_peak_kb = lt_mk_hwm_kb();
    return &m->st;
}
