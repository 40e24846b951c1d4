/* scn_place.h: the placement games on the timeline: a hand of five cards
 * dragged (or keyed) onto the axis, and the rules mode (before / after /
 * between the cards already down, three lives). Depends on: scn_board.h. */
#ifndef SCN_PLACE_H
#define SCN_PLACE_H

#include <stdbool.h>

#include "scn_board.h"

/* Pushes a placement round (rules_mode false) or a rules game. */
void scn_place_push(scn_ctx *ctx, bool rules_mode);

/* For tests, about the live placement scene (false / 0 when none): */
/* the hand cards still to place: events and their rects (up to max) */
int scn_place_hand(int *events, eng_rect *rects, int max);
/* the view of the axis and its y */
bool scn_place_view(scn_tl_view *v, float *axis_y);
/* placements made, right ones, answers committed to the store */
void scn_place_counts(int *placed, int *right, int *committed);
/* the rules game (NULL in practice mode), and the x of a slot of its line */
const lt_tl_rules *scn_place_rules(void);
float scn_place_slot_x(int slot);

#endif
