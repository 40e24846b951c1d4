/* lt_autoplay.h: the headless player for soak and crash tests: answers N
 * scheduled questions inside the engine's loop and commits each to the store.
 * Depends on: lt_pack.h, lt_store.h. */
#ifndef LT_AUTOPLAY_H
#define LT_AUTOPLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "lt_pack.h"
#include "lt_store.h"

typedef struct lt_autoplay_opts {
    const lt_pack *pack;
    lt_store *store;
    lt_lang lang;
    long answers;      /* how many answers to give */
    double accuracy;   /* chance of a right answer, 0..1 */
    uint64_t seed;     /* questions, right/wrong and answer times */
} lt_autoplay_opts;

typedef struct lt_autoplay_result {
    long answered;     /* answers committed */
    bool failed;       /* a commit or set-up failed (message on stderr) */
    bool finished;     /* all N answered */
} lt_autoplay_result;

/* Pushes the autoplay scene. Each engine tick it picks the next card of the
 * profile "autoplay" (made when missing) with lt_sched, makes the question,
 * answers it (right with probability accuracy, seeded), grades it, applies
 * FSRS, commits card + log in one transaction, and only then prints
 *   answer N card=<fact key> rating=R right=0|1 due=<ISO-8601> stability=S ...
 * on stdout (flushed). A virtual clock starts at 2026-01-05T09:00Z (or just
 * after the profile's last answer), moves 8 s per answer, and jumps to the
 * next due card or the next day (09:00 UTC) when nothing is due. The scene
 * pops itself (ending the loop) after N answers or on an error. `res` must
 * outlive the loop. False when it cannot start (message on stderr). */
bool lt_autoplay_push(const lt_autoplay_opts *o, lt_autoplay_result *res);

#endif
