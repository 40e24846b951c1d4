/* lt_kiosk_rules.h: kiosk mode's rules without a display: the state machine
 * (attract, round, idle warning, end, PIN pad, admin) driven by touches and
 * time passed in, the hidden admin corner, the wrong-PIN lock, the guarded
 * initials entry, and the visitor round (touch-only question types and
 * timeline placements, no fact twice).
 * Depends on: lt_kiosk.h, lt_pack.h, lt_quiz.h, lt_timeline.h, lt_pin.h, lt_utf8.h. No SDL. */
#ifndef LT_KIOSK_RULES_H
#define LT_KIOSK_RULES_H

#include <stdbool.h>
#include <stdint.h>

#include "lt_kiosk.h"
#include "lt_pack.h"
#include "lt_quiz.h"

/* ---- times and places (ms, logical canvas px) ----------------------------- */

#define LT_KR_CORNER_PX 120.0f       /* the hidden admin corner, top left, this square */
#define LT_KR_CORNER_HOLD_MS 5000    /* held this long without leaving it: PIN pad */
#define LT_KR_CORNER_SHOW_MS 1000    /* the progress arc shows after this much holding */
#define LT_KR_PIN_IDLE_MS 30000      /* the PIN pad returns to where it was when untouched */
#define LT_KR_ADMIN_IDLE_MS 120000   /* the admin screen returns to attract when untouched */
#define LT_KR_KEYS_GUARD_MS 2000     /* the initials keyboard ignores taps this long after it shows */

/* ---- the state machine ------------------------------------------------------ */

typedef enum lt_kstate {
    LT_KS_ATTRACT = 0, /* the game plays itself; nothing times out */
    LT_KS_ROUND,       /* a visitor's round */
    LT_KS_IDLE_WARNING,/* "Still there?" with a countdown over a round or the end screen */
    LT_KS_END,         /* score, facts, initials, leaderboard */
    LT_KS_ADMIN_PIN,   /* the PIN pad over whatever was showing */
    LT_KS_ADMIN,       /* the staff screen */
    LT_KS_COUNT
} lt_kstate;

/* "attract", "round", "idle_warning", "end", "admin_pin", "admin" (the
 * status file shows admin_pin as "admin"). */
const char *lt_kstate_name(lt_kstate s);

/* What a call did, for the caller to act on (change scenes, end a visit). */
typedef enum lt_kev {
    LT_KEV_NONE = 0,
    LT_KEV_WARN,          /* a round or end screen went quiet: show the warning */
    LT_KEV_RESUME,        /* a touch cancelled the warning */
    LT_KEV_RESET,         /* the warning ran out: full reset to attract */
    LT_KEV_PIN_OPEN,      /* the corner hold or the admin key opened the PIN pad */
    LT_KEV_PIN_TIMEOUT,   /* the PIN pad idled back to the state in `back` */
    LT_KEV_ADMIN_TIMEOUT  /* the admin screen idled back to attract */
} lt_kev;

const char *lt_kev_name(lt_kev e); /* "none", "warn", "resume", "reset", ... */

typedef enum lt_kptr { LT_KPTR_DOWN = 0, LT_KPTR_MOVE, LT_KPTR_UP } lt_kptr;

typedef struct lt_krules {
    lt_kstate state;
    lt_kstate back;           /* where the warning or the PIN pad returns to */
    int64_t idle_warn_ms;     /* quiet this long in a round or at the end: warning */
    int64_t idle_reset_ms;    /* the warning's countdown */
    bool admin_enabled;       /* a PIN is set: the corner and the admin key work */
    int64_t last_touch_ms;
    int64_t warn_since_ms;
    int64_t keys_since_ms;    /* when the initials keyboard showed */
    bool corner_down;         /* a press that began in the corner and stayed there */
    bool corner_press;        /* the pointer went down in the corner and is not up yet */
    int64_t corner_since_ms;
    int pin_failures;         /* wrong PINs in a row */
    int64_t pin_locked_until_ms;
    int resets;               /* idle resets so far */
} lt_krules;

/* Starts in attract at now_ms. Seconds of 0 or less take the defaults (45, 15). */
void lt_krules_init(lt_krules *r, int idle_warn_s, int idle_reset_s, bool admin_enabled, int64_t now_ms);

/* Any visitor input (a key, a press). Keeps a round or the end screen alive
 * and the PIN pad / admin open; in the warning it cancels the countdown and
 * returns LT_KEV_RESUME (the state goes back to `back`). */
lt_kev lt_krules_touch(lt_krules *r, int64_t now_ms);

/* A pointer action at (x, y). Counts as a touch when it is a press (moves and
 * releases do not keep a visitor alive). Tracks the corner hold. Returns true
 * when the action belongs to a press that began in the corner (the caller
 * should keep it from the scenes); *ev gets lt_krules_touch's event. */
bool lt_krules_pointer(lt_krules *r, lt_kptr kind, float x, float y, int64_t now_ms, lt_kev *ev);

/* Time passes: the idle warning and reset, the corner hold completing, the
 * PIN pad and admin idling out. One event per call at most. */
lt_kev lt_krules_tick(lt_krules *r, int64_t now_ms);

/* 0 while no corner hold shows, else the held share 0..1 (shown from
 * LT_KR_CORNER_SHOW_MS). */
float lt_krules_corner_progress(const lt_krules *r, int64_t now_ms);

/* ms left in the warning's countdown (0 outside it). */
int64_t lt_krules_warn_left_ms(const lt_krules *r, int64_t now_ms);

/* The admin key (Ctrl+Alt+Shift+A): opens the PIN pad like the corner.
 * False when admin is disabled or already open. */
bool lt_krules_admin_key(lt_krules *r, int64_t now_ms);

/* attract -> round (false from any other state). */
bool lt_krules_round_start(lt_krules *r, int64_t now_ms);
/* round -> end; the initials keyboard guard starts now. */
bool lt_krules_round_end(lt_krules *r, int64_t now_ms);
/* end -> attract (the visitor is done or touched through). */
bool lt_krules_end_done(lt_krules *r, int64_t now_ms);
/* The initials keyboard (re)appears: its guard starts now. */
void lt_krules_keys_shown(lt_krules *r, int64_t now_ms);
/* True when the end screen's keyboard takes a tap: at the end, at least
 * LT_KR_KEYS_GUARD_MS after it showed. */
bool lt_krules_keys_open(const lt_krules *r, int64_t now_ms);

/* ---- the PIN pad ------------------------------------------------------------ */

/* True when a PIN may be tried now (the pad is open and not locked). */
bool lt_krules_pin_can_try(const lt_krules *r, int64_t now_ms);
/* ms until the next try is allowed (0 when it is). */
int64_t lt_krules_pin_wait_ms(const lt_krules *r, int64_t now_ms);
/* The outcome of a try the caller checked with lt_pin_verify: right opens
 * admin and clears the count; wrong counts and locks for lt_pin_lock_ms.
 * Ignored (false) when no try is allowed. */
bool lt_krules_pin_result(lt_krules *r, bool ok, int64_t now_ms);
/* Closes the pad without a PIN (Cancel): back where it was. */
void lt_krules_pin_cancel(lt_krules *r, int64_t now_ms);
/* admin -> attract (Resume, or after a pack change). */
void lt_krules_admin_exit(lt_krules *r, int64_t now_ms);

/* ---- initials: three letters, one at a time ------------------------------ */

typedef struct lt_kinitials {
    char text[LT_INITIALS_MAX];
    int n;                    /* letters so far, 0..3 */
} lt_kinitials;

/* True when `letter` is exactly one upper-case letter the keyboards offer:
 * Latin A-Z or Cyrillic А-Я, Ё. */
bool lt_kinitials_letter_ok(const char *letter);
/* Adds one letter; false (nothing changes) when it is not exactly one
 * allowed letter or three are there already. */
bool lt_kinitials_add(lt_kinitials *k, const char *letter);
/* Takes the last letter away; false when empty. */
bool lt_kinitials_erase(lt_kinitials *k);
void lt_kinitials_clear(lt_kinitials *k);

/* ---- the visitor round ------------------------------------------------------- */

#define LT_KQ_LINE 3        /* cards already down in a placement question */
#define LT_KROUND_MAX 20    /* questions in a round at most (LT_KIOSK_ROUND_MAX) */

/* Question types a finger answers in one or a few taps. */
#define LT_KROUND_TYPES ((1u << LT_Q_CHOICE) | (1u << LT_Q_TRUEFALSE) | (1u << LT_Q_ORDER))

typedef enum lt_kq_kind {
    LT_KQ_QUIZ = 0,  /* a generated question: q */
    LT_KQ_PLACE      /* put q.event's card into a gap of the line */
} lt_kq_kind;

typedef struct lt_kq {
    lt_kq_kind kind;
    lt_question q;            /* QUIZ: the question; PLACE: event, explanation (the fact), paragraph */
    int line[LT_KQ_LINE];     /* PLACE: events already down, earliest first */
    int n_line;
} lt_kq;

/* Builds a round of up to n (<= LT_KROUND_MAX) questions in `lang` from seed:
 * choice, true/false and order questions and, when the pack has enough dated
 * events, a timeline placement every third question; no event asked twice
 * while the pack has others. Deterministic in (pack, lang, seed, n).
 * Returns how many were made (0: nothing to ask). */
int lt_kround_build(const lt_pack *pack, lt_lang lang, uint64_t seed, int n, lt_kq *out);

/* PLACE: true when slot (0 = before line[0], n_line = after the last) is a
 * right place for the event (events equal at their precision go either way). */
bool lt_kq_place_ok(const lt_pack *pack, const lt_kq *kq, int slot);
/* PLACE: a right slot (the first), -1 when none. */
int lt_kq_place_right_slot(const lt_pack *pack, const lt_kq *kq);

#endif
