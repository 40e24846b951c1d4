/* scn_board.h: the timeline board (the pack's events on a time axis, lit by
 * memory, with a detail panel) and the drawing it shares with the placement game.
 * Depends on: scn.h, lt_timeline.h. */
#ifndef SCN_BOARD_H
#define SCN_BOARD_H

#include <stdbool.h>

#include "lt_timeline.h"
#include "scn.h"

/* Pushes the board. focus_event >= 0 centres it on that event with its
 * detail panel open ("show on the timeline" from a question's feedback). */
void scn_board_push(scn_ctx *ctx, int focus_event);

/* For tests: the visible axis range [u0, u1] of the live board; false when
 * no board is open. */
bool scn_board_view(double *u0, double *u1);
/* For tests: the event whose panel is open on the live board, -1 none. */
int scn_board_panel_event(void);

/* ---- shared with scn_place ------------------------------------------------ */

/* A horizontal view of the axis: units u0 at pixel area.x, ppu pixels a unit. */
typedef struct scn_tl_view {
    eng_rect area;
    double u0, ppu;
} scn_tl_view;

float scn_tl_x(const scn_tl_view *v, double units);
double scn_tl_units(const scn_tl_view *v, float x);
/* Fits the whole axis into the view with a small margin. */
void scn_tl_fit(scn_tl_view *v, const lt_tl_axis *ax);
/* Fits the main span (the year most events share) into the view. */
void scn_tl_fit_main(scn_tl_view *v, const lt_tl_axis *ax);
/* Fits [a, z] (units) into the view. */
void scn_tl_fit_range(scn_tl_view *v, const lt_tl_axis *ax, double a, double z);
/* Zooms by `factor` keeping the unit under pixel x in place (clamped). */
void scn_tl_zoom(scn_tl_view *v, const lt_tl_axis *ax, double factor, float x);
/* Keeps the view over the axis. */
void scn_tl_clamp(scn_tl_view *v, const lt_tl_axis *ax);

/* The axis line at y with its ticks and labels in `lang` (below the line). */
void scn_tl_draw_axis(const scn_tl_view *v, const lt_tl_axis *ax, float y, lt_lang lang);
/* The icon of an event kind ("talks", "document", ...) drawn with shapes. */
void scn_tl_icon(const char *kind, float cx, float cy, float size, eng_color c);
/* An event card: icon, title in two lines at most, the date; `recall` 0..1
 * lights it, < 0 draws an unseen fact as an outline. */
void scn_tl_card(eng_rect r, const lt_event *ev, const char *date, double recall, bool focus, lt_lang lang);

#endif
