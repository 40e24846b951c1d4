/* scn_packs.h: packs while the game runs: replacing the open pack without
 * leaving a scene pointing into freed memory, opening a pack or importing a
 * teacher's file by path, and an engine overlay that takes files dropped on
 * the window, watches the open pack's files and reloads it when they change,
 * with a short notice and a panel listing problems as file:line:column.
 * Depends on: scn.h, eng.h, lt_pack.h, lt_packlib.h, lt_watch.h. */
#ifndef SCN_PACKS_H
#define SCN_PACKS_H

#include <stdbool.h>
#include <stddef.h>

#include "scn.h"

/* How long a notice stays, ms of logical time. */
#define SCN_PACKS_NOTICE_MS 2500.0

/* Starts the overlay: file drops anywhere, the watcher on ctx->pack's files
 * (polled every 250 ms of logical time; a change reloads within a second),
 * notices and the problem panel. Call once, after the first scene is pushed;
 * a second call does nothing. ctx must outlive the engine loop. */
void scn_packs_start(scn_ctx *ctx);

/* Removes the overlay and frees the packs replaced earlier. Call after
 * eng_shutdown (no scene left), then free ctx->pack, which is whatever pack
 * is current. Safe when scn_packs_start was never called. */
void scn_packs_stop(void);

/* Makes `p` (loaded from `path`, a folder or .yaml file) the open pack:
 * closes every scene above the bottom one (the menu, which reads ctx->pack
 * afresh) while the old pack is still valid, replaces ctx->pack, calls the
 * bottom scene's enter() again, and frees the old pack later, at the next
 * overlay tick or scn_packs_stop, when no scene can point into it. Takes
 * ownership of p. `opened` = the player chose it: it is remembered as the
 * pack of the next start (setting "pack_path", unless ctx->pack_pinned) and
 * its "pack_last_played:<id>" is set to now. */
void scn_packs_swap(scn_ctx *ctx, lt_pack *p, const char *path, bool opened);

/* Loads the pack at `path` and, when it loads, swaps it in (opened). On
 * failure nothing changes and err gets one "file:line:col: message" line per
 * error (file names relative to the pack folder). */
bool scn_packs_open(scn_ctx *ctx, const char *path, char *err, size_t errlen);

/* What a drop on the window does, callable without a drop: a pack folder or
 * .yaml file is opened; a GIFT / Aiken / CSV / TSV file is imported into
 * ctx->user_pack_dir and opened; anything else is refused with a message.
 * The outcome is shown in the panel (import summary, errors) or as a notice.
 * Returns true when a pack was opened. */
bool scn_packs_open_any(scn_ctx *ctx, const char *path);

/* For `letopis --pack FILE.gift|.aiken|.txt|.csv|.tsv` before the engine
 * runs: true when `file` is such a file (lt_packlib_classify says IMPORT);
 * it is then imported into ctx->user_pack_dir. On success *out gets the new
 * pack folder to load; the summary is kept and shown in the panel once
 * scn_packs_start runs. On failure out is "" and the reason is appended to
 * ctx->message (the menu shows it). */
bool scn_packs_import_arg(scn_ctx *ctx, const char *file, char *out, size_t outlen);

/* The panel's text shown now ("" when no panel), and the notice ("" when
 * none): for tests and headless runs. */
const char *scn_packs_panel_text(void);
const char *scn_packs_notice(void);

#endif
