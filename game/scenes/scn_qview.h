/* scn_qview.h: a question view: draws a question of any type (lt_qtype) in an
 * area of the canvas, turns keys, mouse and touch into an lt_answer, and after
 * judging shows the right answer with signs, the player's mistakes and notes.
 * Depends on: eng.h, scn_ui.h, lt_quiz.h. */
#ifndef SCN_QVIEW_H
#define SCN_QVIEW_H

#include <stdbool.h>

#include "eng.h"
#include "lt_quiz.h"
#include "scn_ui.h"

#define SCN_QV_TARGETS 24 /* tappable things of one question */
#define SCN_QV_SPINNERS 3 /* date: year, month, part or day */

typedef enum scn_qv_tkind {
    SCN_QV_T_OPTION = 0, /* choice / truefalse / multi option, order card (idx = position) */
    SCN_QV_T_DONE,
    SCN_QV_T_MINUS,      /* date spinner idx */
    SCN_QV_T_PLUS,
    SCN_QV_T_LEFT,       /* match: top row, options[idx] */
    SCN_QV_T_RIGHT,      /* match: bottom row, match[idx] */
    SCN_QV_T_FIELD       /* typed / cloze text field */
} scn_qv_tkind;

typedef struct scn_qv_target {
    eng_rect r;
    scn_qv_tkind kind;
    int idx;
} scn_qv_target;

typedef struct scn_qview {
    const lt_question *q;  /* not owned: must outlive the view */
    lt_lang lang;
    eng_rect area;
    scn_qv_target t[SCN_QV_TARGETS];
    int n_t;
    int focus;             /* keyboard focus (the mouse moves it too): index into t, -1 none */
    int pressed;           /* target under a press not yet released, -1 none */
    bool submitted;
    lt_answer answer;      /* what was submitted (text points into field) */
    /* CHOICE / TRUEFALSE / MULTI */
    int choice;
    unsigned mask;
    /* TYPED / CLOZE */
    scn_textfield field;
    /* DATE */
    int start_year;        /* neutral year the year spinner starts from */
    int n_spin;
    lt_prec spin[SCN_QV_SPINNERS]; /* what each spinner sets: YEAR, MONTH, PART or DAY */
    int spin_focus;        /* 0..n_spin-1, n_spin = the Done button */
    lt_datept pick;
    /* ORDER: perm[p] = option at position p; MATCH: perm[i] = match index for options[i] or -1 */
    int perm[LT_QUIZ_OPTIONS_MAX];
    int n;                 /* cards (ORDER) or pairs (MATCH) */
    int held;              /* ORDER: picked-up position; MATCH: selected left; -1 none */
    int held_right;        /* MATCH: selected right item when tapped first; -1 none */
} scn_qview;

/* Sets the view up for `q` (which must outlive it) in `area` (canvas pixels;
 * the play scene gives x 80..1840, y 440..850). */
void scn_qview_init(scn_qview *v, const lt_question *q, lt_lang lang, eng_rect area);

/* DATE: the year the year spinner starts from, instead of the default (the
 * fact's decade, e.g. 1950). Call after init; use scn_qview_neutral_year. */
void scn_qview_set_start_year(scn_qview *v, int year);

/* A neutral starting year for date questions of a pack: the middle of the
 * span of its dated events (independent of any one question), 0 if none. */
int scn_qview_neutral_year(const lt_pack *pack);

/* Feeds one action. Returns true when the player has submitted; then *out
 * holds the answer (text pointers stay valid while v lives). After that every
 * action is ignored (returns false). */
bool scn_qview_action(scn_qview *v, const eng_action *a, lt_answer *out);

/* Draws the interaction. When `j` is non-NULL the answer is judged: the right
 * answer is shown with a sign (check/cross, not colour only), the player's
 * mistakes, notes of chosen wrong options, for typed/cloze the diff. */
void scn_qview_draw(const scn_qview *v, const lt_judgement *j);

/* True while something moves on its own (the caret blinks). */
bool scn_qview_animating(const scn_qview *v);

/* TYPED / CLOZE before submitting: the caller turns on eng_text_mode. */
bool scn_qview_wants_text(const scn_qview *v);

/* A one-line hint on how to answer this type, in the view's language. */
const char *scn_qview_hint(const scn_qview *v);

#endif
