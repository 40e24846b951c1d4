/* scn_kiosk.h: kiosk mode for exhibitions: the attract loop, a visitor's
 * short touch round, the end screen with the leaderboard, and the guard
 * overlay that spans them (idle warning and reset, the admin corner and
 * PIN pad, no way out for visitors, the status file).
 * Depends on: scn.h, lt_kiosk.h. */
#ifndef SCN_KIOSK_H
#define SCN_KIOSK_H

#include <stdbool.h>

#include "lt_kiosk.h"
#include "scn.h"

/* Where kiosk mode keeps its things; owned by the app, outlives the scenes. */
typedef struct scn_kiosk_desc {
    lt_kiosk_cfg *cfg;          /* the loaded config (admin may change it) */
    const char *cfg_path;       /* where admin saves changes; NULL = not saved */
    lt_kstore *kstore;          /* the kiosk database; may be NULL (nothing kept) */
    const char *status_path;    /* the status JSON file */
    const char *stats_dir;      /* daily exports */
    const char *root;           /* folder with levels/ (for "change pack") */
} scn_kiosk_desc;

/* Enters kiosk mode: adds the guard overlay and pushes the attract scene.
 * ctx->pack must be loaded. Returns false when already started.
 * Admin's "change pack" frees the old ctx->pack (lt_pack_free) and puts the
 * new one there, so the app frees whatever ctx->pack holds at exit. Kiosk
 * mode works on the game clock (scn_now_ms) and prints one "kiosk: ..." line
 * per state change on stdout. */
bool scn_kiosk_start(scn_ctx *ctx, const scn_kiosk_desc *desc);

/* Leaves kiosk mode (admin "exit to desktop" calls this, then eng_quit):
 * ends a running visit, writes the status file one last time, removes the
 * overlay. Safe to call twice. */
void scn_kiosk_stop(void);

/* True between scn_kiosk_start and scn_kiosk_stop (the admin's "exit to
 * desktop" stops it mid-run). */
bool scn_kiosk_running(void);

/* The kiosk's state now ("attract", "round", "idle_warning", "end",
 * "admin_pin", "admin"); "off" when not running. */
const char *scn_kiosk_state_name(void);

/* Touch targets of what the kiosk shows now (the round's answers and
 * buttons, the end screen's keys, the PIN pad's keys), for the soak test's
 * monkey to aim at. Returns how many were stored (at most max). */
int scn_kiosk_targets(eng_rect *out, int max);

#endif
