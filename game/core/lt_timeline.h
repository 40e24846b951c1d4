/* lt_timeline.h: the timeline board's rules without a display: a time axis
 * proportional to time over the pack's main span (outside years compressed),
 * a lane layout of event cards that never overlap at any zoom, judging a
 * placement at the fact's precision, and the rules of the placement games.
 * Depends on: lt_pack.h, lt_date.h, lt_rng.h. No SDL. */
#ifndef LT_TIMELINE_H
#define LT_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_date.h"
#include "lt_pack.h"
#include "lt_rng.h"

/* ---- the axis ------------------------------------------------------------
 * Positions on the axis are "axis units" (double): the main span (the
 * calendar year(s) holding most dated events, e.g. 1956) gets one unit per
 * day; years outside it are compressed to LT_TL_OUTSIDE_YEAR_UNITS each, so
 * 9 August 1945 sits left of 1956 without eleven empty years. The board maps
 * units to pixels with its zoom and pan. */
#define LT_TL_OUTSIDE_YEAR_UNITS 40.0
#define LT_TL_CLUSTER_MONTHS 120  /* ten years of the main span */
#define LT_TL_CLUSTER_MIN 3       /* day-dated events that make a month a cluster */
#define LT_TL_CLUSTER_PX 120.0    /* a cluster month this wide (px) shows its event days */

typedef struct lt_tl_axis {
    long main_first_day;   /* lt_days_from_civil of the main span's first day */
    long main_last_day;    /* last day, inclusive */
    int first_year, last_year; /* all dated events lie within these years */
    double units_min, units_max; /* the whole axis */
    /* Months of the main span (from its first January, at most
     * LT_TL_CLUSTER_MONTHS of them) where events cluster: at least
     * LT_TL_CLUSTER_MIN events dated to a single day. Bit d-1 marks day d
     * holding such an event; 0 for months without a cluster. */
    uint32_t cluster_days[LT_TL_CLUSTER_MONTHS];
} lt_tl_axis;

/* Builds the axis over the pack's dated events. False when nothing is dated. */
bool lt_tl_axis_build(const lt_pack *pack, lt_tl_axis *ax);
/* Axis position of a calendar day (days from lt_days_from_civil). */
double lt_tl_day_to_units(const lt_tl_axis *ax, long day);
/* The day at an axis position (inverse of the above, rounded down). */
long lt_tl_units_to_day(const lt_tl_axis *ax, double units);
/* The span [from, to] in units that a date covers at its precision (a
 * month range covers both months, "late November" days 21-30). */
void lt_tl_date_units(const lt_tl_axis *ax, const lt_date *d, double *from, double *to);

/* Ticks for a visible range at a zoom (pixels per unit): years outside the
 * main span, months inside it, and days where there is room (every day from
 * 28 px a day); where events cluster (a month of LT_TL_CLUSTER_MIN or more
 * day-dated events at least LT_TL_CLUSTER_PX wide) the days holding those
 * events get their day ticks earlier. */
typedef enum lt_tl_tick_kind { LT_TL_TICK_YEAR = 0, LT_TL_TICK_MONTH, LT_TL_TICK_DAY } lt_tl_tick_kind;
typedef struct lt_tl_tick {
    double units;
    lt_tl_tick_kind kind;
    int year, month, day;
} lt_tl_tick;
/* Fills up to max ticks between u0 and u1; returns how many. */
int lt_tl_ticks(const lt_tl_axis *ax, double u0, double u1, double px_per_unit, lt_tl_tick *out, int max);

/* ---- the layout ----------------------------------------------------------
 * Each dated event is a card of fixed pixel size centred on its date's
 * midpoint (a span is drawn as a bar under the card, from..to). Cards are
 * packed into lanes (rows) greedily in time order so that no two cards of
 * one lane overlap at this zoom, with a gap. */
typedef struct lt_tl_card {
    int event;             /* index into pack->events */
    double from, to;       /* the date's span in units */
    double centre;         /* where the card is anchored, units */
    int lane;              /* 0 = nearest the axis */
    double x;              /* left edge of the card in pixels at this zoom (pan 0) */
    bool open_left;        /* a "before X" date: `from` is cut to the axis start, draw it open */
} lt_tl_card;

typedef struct lt_tl_layout {
    lt_tl_card *cards;     /* in time order (by centre, then event index) */
    size_t n;
    int lanes;             /* lanes used */
} lt_tl_layout;

/* Lays out the dated events (events filtered by `include` when non-NULL:
 * include[e] true keeps event e) at `px_per_unit`, cards card_w pixels wide
 * with gap_px between neighbours in a lane. False on no memory. */
bool lt_tl_layout_build(const lt_pack *pack, const lt_tl_axis *ax, const bool *include, double px_per_unit,
                        double card_w, double gap_px, lt_tl_layout *out);
void lt_tl_layout_free(lt_tl_layout *l);
/* Where a date's card is anchored (the middle of its span in units; a
 * "before X" date counts from the start of X's year). False when undated. */
bool lt_tl_card_anchor(const lt_tl_axis *ax, const lt_date *d, double *centre);

/* ---- judging a placement -------------------------------------------------- */

typedef struct lt_tl_judgement {
    bool right;            /* inside the date at its precision */
    double distance_days;  /* 0 when right, else days to the nearest edge */
    double credit;         /* 1 right; practice: partial credit by distance, 0..1 */
} lt_tl_judgement;

/* Judges dropping event `ev` at axis position `units`. Right when the day
 * there lies inside the date's span at its precision (or on its exact date).
 * Partial credit (practice mode) falls linearly to 0 at 60 days off. */
lt_tl_judgement lt_tl_judge(const lt_pack *pack, const lt_tl_axis *ax, int ev, double units);

/* Relative placement (the rules mode): `ev` put between the cards `left`
 * and `right` (event indices, -1 = none: before all / after all). Right when
 * it is not surely before left and not surely after right (lt_date_order):
 * events equal at their precision may go either way. */
bool lt_tl_judge_between(const lt_pack *pack, int ev, int left, int right);

/* ---- the games ----------------------------------------------------------- */

#define LT_TL_HAND 5
#define LT_TL_LIVES 3

/* The rules mode ("Timeline"): a line of cards down, one card to place at a
 * time, three lives; a wrong card is discarded and a new one drawn. */
typedef struct lt_tl_rules {
    int line[64];          /* events down, in time order */
    int n_line;
    int deck[256];         /* events still to draw, shuffled */
    int n_deck;
    int current;           /* event to place now, -1 when the game is over */
    int lives;
    int streak, best_streak;
    int placed;            /* placements made, right or wrong */
} lt_tl_rules;

/* Starts a game over the pack's dated events (or those with include[e]):
 * one card starts the line, `current` is the first to place. */
void lt_tl_rules_start(lt_tl_rules *g, const lt_pack *pack, const bool *include, uint64_t seed);
/* Places `current` at slot `slot` of the line (0 = before the first card,
 * n_line = after the last). Returns true when right (the card joins the
 * line); false loses a life (the card is discarded). Draws the next card;
 * the game is over when lives or the deck run out (or the line holds 64). */
bool lt_tl_rules_place(lt_tl_rules *g, const lt_pack *pack, int slot);
bool lt_tl_rules_over(const lt_tl_rules *g);
/* Would event `ev` be right at `slot`? It must not be surely before any card
 * left of the slot nor surely after any card right of it (the whole line, not
 * only the neighbours, so the line never becomes inconsistent). The rules use
 * this for lt_tl_rules_place. */
bool lt_tl_rules_slot_ok(const lt_tl_rules *g, const lt_pack *pack, int ev, int slot);
/* A right slot for `ev` (where a wrong card slides to), -1 when none
 * (never for a line built by the rules). */
int lt_tl_rules_right_slot(const lt_tl_rules *g, const lt_pack *pack, int ev);

#endif
