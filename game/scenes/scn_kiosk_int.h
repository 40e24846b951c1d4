/* scn_kiosk_int.h: what the kiosk scenes (attract, round, end, PIN pad,
 * admin) share with the guard overlay in scn_kiosk.c: the kiosk's state, the
 * calls that move it on, the scenes' entry points and test probes. Only
 * scn_k*.c and the kiosk tests include it.
 * Depends on: scn_kiosk.h, lt_kiosk_rules.h, scn.h. */
#ifndef SCN_KIOSK_INT_H
#define SCN_KIOSK_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_kiosk_rules.h"
#include "scn_kiosk.h"

/* Scene names (eng_scene_top_name). */
#define SCN_K_ATTRACT "kiosk_attract"
#define SCN_K_ROUND "kiosk_round"
#define SCN_K_END "kiosk_end"
#define SCN_K_PIN "kiosk_pin"
#define SCN_K_ADMIN "kiosk_admin"

#define SCN_K_FACTS 3 /* facts shown at the end */

/* The running kiosk (one per process). */
typedef struct scn_kiosk {
    bool on;
    scn_ctx *ctx;
    scn_kiosk_desc desc;        /* pointers stay the app's */
    lt_krules rules;
    int overlay;                /* eng_overlay handle */
    size_t base_depth;          /* scenes below kiosk mode (left alone) */
    int64_t started_ms;
    int64_t next_status_ms;
    int64_t visit;              /* the running visitor session, 0 none */
    int64_t export_day;         /* day start checked for pending exports */
    int64_t last_reset_ms;
    bool swallow;               /* the rest of a press the guard took */
    bool warn_pressed;          /* "Yes" held down */
    int ignored_back, ignored_quit, ignored_other;
    int sessions;               /* started in this run */
    int status_writes;
    char last_error[256];
} scn_kiosk;

/* The kiosk, or NULL when not started. */
scn_kiosk *scn_kiosk_get(void);
/* The state machine's state (LT_KS_ATTRACT when not started). */
lt_kstate scn_kiosk_state(void);
/* Now on the game's logical clock. */
int64_t scn_kiosk_now(void);
/* Start of today (local midnight) for "today's" board and counts. */
int64_t scn_kiosk_today(void);
/* Remembers an error for the status file and stderr. */
void scn_kiosk_error(const char *fmt, ...);
/* Writes the status file now. */
void scn_kiosk_status_now(void);

/* ---- what the scenes tell the guard ---------------------------------------- */

/* attract -> round in `lang`: sets the language, begins a visit, exports
 * finished days at the first visit of a day, pushes the round. */
void scn_kiosk_begin_round(lt_lang lang);
/* One answer of the running visit (fact key as lt_fact_key makes it). */
void scn_kiosk_answered(const char *fact_id, bool right, int score_now);
/* round -> end: the visit ends completed. */
void scn_kiosk_round_done(void);
/* end -> attract. */
void scn_kiosk_end_done(void);
/* Clears the kiosk's scenes and shows attract (language and volume back to
 * the config's). */
void scn_kiosk_to_attract(void);
/* The right PIN: ends a running visit (admin), clears the scenes, shows admin. */
void scn_kiosk_to_admin(void);

/* ---- the scenes ---------------------------------------------------------------- */

/* Pushes the attract loop (scn_kattract.c). */
void scn_kattract_push(scn_ctx *ctx);
/* Replaces the top scene with a visitor round in ctx->lang (scn_kround.c). */
void scn_kround_start(scn_ctx *ctx);

/* What a round gives the end screen. */
typedef struct scn_kresult {
    int score, right, total;
    char facts[SCN_K_FACTS][LT_QUIZ_TEXT_MAX];
    int n_facts;
} scn_kresult;

/* Replaces the top scene with the end screen (scn_kend.c). */
void scn_kend_show(scn_ctx *ctx, const scn_kresult *res);
/* Pushes the PIN pad over the current scene (scn_kadmin.c). */
void scn_kpin_push(scn_ctx *ctx);
/* Pushes the admin screen (scn_kadmin.c). */
void scn_kadmin_push(scn_ctx *ctx);

/* ---- probes for the tests -------------------------------------------------------- */

/* The attract screen's button for a language; false when none shows. */
bool scn_kattract_lang_rect(lt_lang lang, eng_rect *out);

/* The round's current question (NULL when no round shows) and a rect whose
 * tap answers it right (right = true) or wrong; false when one tap cannot
 * (an order question is answered right with its Done button only when the
 * shown order happens to be right). */
const lt_kq *scn_kround_current(void);
bool scn_kround_answer_rect(bool right, eng_rect *out);
/* The round's feedback "Next" button (false while asking). */
bool scn_kround_next_rect(eng_rect *out);
/* Rects of touch targets of the round now shown (question targets and
 * buttons); returns how many (up to max). */
int scn_kround_targets(eng_rect *out, int max);

/* The end screen: the key for one letter ("A", "Ж"; switches the layout if
 * needed when `switch_rect` is non-NULL: then the switch key's rect is
 * returned there and false); Done and Skip; what it shows. */
bool scn_kend_key_rect(const char *letter, eng_rect *out);
bool scn_kend_layout_rect(eng_rect *out);
bool scn_kend_done_rect(eng_rect *out);
typedef enum scn_kend_phase { SCN_KEND_SUMMARY = 0, SCN_KEND_KEYS, SCN_KEND_BOARD } scn_kend_phase;
int scn_kend_phase_now(void); /* -1 when no end screen shows */
const char *scn_kend_initials(void);

/* The PIN pad: a digit key ('0'..'9', 'E' erase, 'K' OK, 'C' cancel). */
bool scn_kpin_key_rect(char key, eng_rect *out);

#endif
