/* lt_monkey.h: a monkey visitor for kiosk soak runs: random finger taps at
 * a fixed tick, biased toward the kiosk's big targets, with drags, corner
 * presses (now and then a 5 s hold that opens the PIN pad) and long pauses
 * that let the idle warning reset the kiosk; it counts sessions from the
 * kiosk's state and samples the resident set size.
 * Depends on: eng.h (eng_inject, eng_cache_bytes), lt_rng.h, SQLite (its memory counter). */
#ifndef LT_MONKEY_H
#define LT_MONKEY_H

#include <stdbool.h>
#include <stdint.h>

#include "eng.h"

typedef struct lt_monkey_opts {
    uint64_t seed;
    int idle_pause_s;        /* a long pause lasts this long (idle warn + reset + a margin) */
    long warmup_sessions;    /* sessions before memory counts (caches filling up);
                                0 = a quarter of stop_after, at most 200 */
    long stop_after;         /* sessions to finish before lt_monkey_done(); 0 = never */
    bool log_sessions;       /* print "letopis: monkey session N ended ..." (flushed) as each
                                session leaves the round: crash tests compare it with the
                                database after a kill -9 */
    const char *(*state)(void); /* the kiosk's state now: "attract", "round", "idle_warning",
                                   "end", "admin_pin", "admin" */
    long rss_every;          /* print "letopis: monkey at N sessions rss_kb=K" every this
                                many finished sessions (the memory curve); 0 = never */
    int (*targets)(eng_rect *out, int max); /* touch targets shown now (may be NULL):
                                   most taps land inside one of them */
} lt_monkey_opts;

typedef struct lt_monkey_stats {
    long started;            /* attract -> round */
    long completed;          /* round -> end */
    long idle_resets;        /* "Still there?" -> attract: the idle reset, or (a few) an end
                                screen that finished by itself under the warning */
    long finished;           /* sessions that left the round or end screen (any way) */
    long taps, drags, corner_presses, corner_holds, long_pauses;
    long admin_seen;         /* ticks spent on the PIN pad or admin screen */
    /* RSS is sampled each time a session ends (back in attract). One sample
     * swings by a few MB with what the caches hold at that moment, so start
     * and end are means over a window of sessions: start over the window
     * right after warm-up, end over the last window before stop_after. */
    long window;             /* sessions per window */
    long rss_start_kb;       /* mean of the first window after warm-up; 0 until then */
    long rss_end_kb;         /* mean of the last window (with stop_after), else the latest sample */
    long rss_last_kb;        /* the latest sample */
    long rss_max_kb;         /* the largest sample after warm-up */
    long heap_start_kb, heap_end_kb, heap_last_kb; /* the same for the heap held outside the
                                bounded caches: lt_monkey_heap_kb minus the engine's label
                                cache (eng_cache_bytes) and SQLite's memory (its page cache) */
    long caches_start_kb, caches_end_kb; /* what those two caches held (window means) */
    long rss_peak_kb;        /* the kernel's high-water mark for the whole run (VmHWM) */
} lt_monkey_stats;

typedef struct lt_monkey lt_monkey;

/* NULL when out of memory. The monkey does nothing until lt_monkey_tick. */
lt_monkey *lt_monkey_new(const lt_monkey_opts *o);
void lt_monkey_free(lt_monkey *m);

/* Once per engine tick (from an overlay's tick): follows the kiosk's state,
 * and injects the pointer actions due now (eng_inject, touch = true). */
void lt_monkey_tick(lt_monkey *m);

/* True once stop_after sessions finished and the kiosk is back in attract. */
bool lt_monkey_done(const lt_monkey *m);

/* Takes a last RSS sample (rss_last_kb; rss_end_kb too without stop_after)
 * and the peak, and returns the counts. */
const lt_monkey_stats *lt_monkey_stats_now(lt_monkey *m);

/* This process's resident set size in KiB (/proc/self/statm); 0 when unknown. */
long lt_monkey_rss_kb(void);
/* Bytes held from malloc now in KiB (glibc's mallinfo2, or AddressSanitizer's
 * allocator in a sanitizer build); -1 when unknown. */
long lt_monkey_heap_kb(void);

#endif
