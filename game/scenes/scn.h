/* scn.h: the scenes of Letopis (menu, settings, play, results) and the
 * shared context the app hands them. Scenes use the engine and core only.
 * Depends on: eng.h, lt_pack.h, lt_store.h. */
#ifndef SCN_H
#define SCN_H

#include <stdbool.h>
#include <stdint.h>

#include "eng.h"
#include "lt_pack.h"
#include "lt_quiz.h"
#include "lt_session.h"
#include "lt_fsrs.h"
#include "lt_store.h"

/* What the last finished session gave (printed by --headless runs). */
typedef struct scn_round_result {
    int score;
    int right;
    int total;
    int best_streak;
} scn_round_result;

typedef struct scn_ctx {
    lt_pack *pack;              /* the open pack; the app frees the current one at exit */
    lt_store *store;            /* may be NULL: settings and progress are then not kept */
    lt_profile profile;         /* the current profile; id 0 when none (no store) */
    int64_t clock_start_ms;     /* wall time at start (or --now); now = start + logical time */
    lt_lang lang;
    uint64_t seed;              /* rounds use seed, seed + 1, ... */
    uint64_t rounds_started;
    int rounds_finished;
    char message[2048];         /* shown on the menu until dismissed (bad pack, damaged db) */
    scn_round_result last;      /* the last finished session */
    /* Packs (scn_packs.h, scn_library.c). A pack is replaced only through
     * scn_packs_swap, which frees the old one once no scene can point into it. */
    const char *packs_root;     /* folder holding levels/ (the bundled packs); NULL = none */
    const char *user_pack_dir;  /* the user's pack folder, <data dir>/packs; NULL = none */
    bool pack_pinned;           /* --pack given: an opened pack is not remembered for the next start */
} scn_ctx;

/* Pushes the main menu. The context must outlive the scene stack. */
void scn_menu_push(scn_ctx *ctx);
void scn_settings_push(scn_ctx *ctx);
/* Starts a round of LT_QUIZ_ROUND_LEN questions (replaces the top scene when
 * `replace` is true, e.g. "play again" from results). */
void scn_play_push(scn_ctx *ctx, bool replace);

/* Starts a session in `mode` (lt_session.h); level is used in LT_MODE_LEVEL.
 * Replaces the top scene when `replace`. */
void scn_play_start(scn_ctx *ctx, lt_mode mode, int level, bool replace);

/* The levels screen: each level with its mastery, locked until the one
 * before reaches 80 %; choosing an open level starts it. */
void scn_levels_push(scn_ctx *ctx);

/* The statistics screen: mastery per level, reviews due per day for 14
 * days, retention over time, the hardest facts. */
void scn_stats_push(scn_ctx *ctx);

/* Exam-date mode: the plan to be ready for an exam at exam_ms. */
void scn_plan_push(scn_ctx *ctx, int64_t exam_ms);

/* Start of the current study day on the game's clock (local midnight), ms. */
int64_t scn_day_start_ms(const scn_ctx *ctx);
/* The end of a session: score, right answers, mastery before and after,
 * what to review (an exam: the full report). Takes ownership of `s`;
 * replaces the play scene. */
void scn_results_show(scn_ctx *ctx, lt_session *s, const lt_session_summary *sum, lt_mode mode, int level);

/* Sets the language everywhere and remembers it in the store. */
void scn_set_language(scn_ctx *ctx, lt_lang lang);

/* The game's clock: ms since 1970 UTC. Advances with the logical tick, so a
 * replay is exact; --now sets where it starts. */
int64_t scn_now_ms(const scn_ctx *ctx);

/* Makes `id` the current profile and remembers the choice. When id is 0 or
 * gone, picks the first profile, creating one ("Игрок"/"Player") when there
 * is none. False only without a store. */
bool scn_profile_select(scn_ctx *ctx, int64_t id);

/* The profile screen: choose, create (typed name in any script), rename,
 * delete with confirmation. */
void scn_profiles_push(scn_ctx *ctx);

/* The pack library: bundled packs and the user's pack folder with title,
 * languages, counts and when last played; choosing one opens it.
 * scn_library.c. */
void scn_library_push(scn_ctx *ctx);

/* The teacher screen behind a PIN: class results per profile and fact and
 * the item analysis, with CSV export. scn_teacher.c. */
void scn_teacher_push(scn_ctx *ctx);

#endif
