/* scn_qview_int.h: what the parts of the question view share: the card look,
 * signs, focus moves, targets, and each question type's layout/keys/drawing.
 * Depends on: scn_qview.h, scn_text.h. Only scn_qview*.c include it. */
#ifndef SCN_QVIEW_INT_H
#define SCN_QVIEW_INT_H

#include "scn_qview.h"
#include "scn_text.h"

#define SCN_QV_GAP 16.0f      /* gap between touch targets */
#define SCN_QV_TOUCH 120.0f   /* least height of a touch target */
#define SCN_QV_DONE_W 300.0f  /* width of a Done button */

typedef enum scn_qv_sign {
    SCN_QV_SIGN_NONE = 0,
    SCN_QV_SIGN_CHECK,
    SCN_QV_SIGN_CROSS,
    SCN_QV_SIGN_NEAR   /* close: a typo forgiven, one part off */
} scn_qv_sign;

/* How one card looks; start from scn_qv_look_for and change fields. */
typedef struct scn_qv_look {
    eng_color fill, border, text;
    float border_w;
    const char *badge;      /* text in a circle at the left (key number, pair number), NULL none */
    eng_color badge_bg, badge_fg;
    scn_qv_sign sign;       /* drawn at the right edge */
    int tick;               /* -1 none, 0 empty tick box, 1 ticked */
    int font_px;
    eng_align align;
    const char *sub;        /* a smaller line under the label (a date, "missed"), NULL none */
    bool bold;
    bool sign_small;        /* sign small in the bottom right corner, taking no label width */
} scn_qv_look;

scn_qv_look scn_qv_look_for(scn_button_state st, int font_px);
/* The look for a verdict: RIGHT green + check, CLOSE amber + near, WRONG red + cross. */
scn_qv_look scn_qv_look_verdict(lt_verdict vd, int font_px);
void scn_qv_card(eng_rect r, const char *label, const scn_qv_look *k);
/* The font size the card would draw `label` at (k->font_px or smaller to fit). */
int scn_qv_card_px(eng_rect r, const char *label, const scn_qv_look *k);
/* Draws n cards in one font size: the least any of them needs. */
void scn_qv_cards(const eng_rect *r, const char *const *labels, scn_qv_look *k, int n);
void scn_qv_sign_draw(scn_qv_sign s, float cx, float cy, float size, eng_color c);
/* A panel with wrapped text (notes); draws nothing for "". */
void scn_qv_note(eng_rect r, const char *text);
/* A small dim caption (row labels). */
void scn_qv_caption(const char *text, float x, float y, eng_align align);
/* A font of at most `px` (down to 22) at which text fits w x h when wrapped. */
eng_font scn_qv_fit(eng_font_style style, int px, const char *text, float w, float h);
/* Colour of pair i in a match (shared by the two cards of a pair). */
eng_color scn_qv_pair_color(int i);

/* Targets and focus. */
int scn_qv_add(scn_qview *v, eng_rect r, scn_qv_tkind kind, int idx);
int scn_qv_find(const scn_qview *v, scn_qv_tkind kind, int idx);
/* The target nearest `from` in the direction of an arrow action; `from` when none. */
int scn_qv_nav(const scn_qview *v, int from, eng_action_kind dir);
/* NORMAL or FOCUS (keyboard focus, mouse over it, or a press on it). */
scn_button_state scn_qv_state(const scn_qview *v, int ti);
/* 0-based number of a number key: keys 1-4 (OPTION) and 5-9 (typed digits); -1 otherwise. */
int scn_qv_number(const eng_action *a);
bool scn_qv_is_arrow(eng_action_kind k);

/* Per type: layout (fills targets), a key or text action, a tap on target
 * ti (both return true to submit), and drawing (judged when j != NULL). */
void scn_qv_layout_options(scn_qview *v); /* CHOICE, TRUEFALSE, MULTI */
bool scn_qv_key_options(scn_qview *v, const eng_action *a);
bool scn_qv_tap_options(scn_qview *v, int ti);
void scn_qv_draw_options(const scn_qview *v, const lt_judgement *j);

void scn_qv_layout_date(scn_qview *v);
bool scn_qv_key_date(scn_qview *v, const eng_action *a);
bool scn_qv_tap_date(scn_qview *v, int ti);
void scn_qv_draw_date(const scn_qview *v, const lt_judgement *j);
void scn_qv_date_fill(const scn_qview *v, lt_datept *out);

void scn_qv_layout_typed(scn_qview *v);
bool scn_qv_key_typed(scn_qview *v, const eng_action *a);
bool scn_qv_tap_typed(scn_qview *v, int ti);
void scn_qv_draw_typed(const scn_qview *v, const lt_judgement *j);

void scn_qv_layout_order(scn_qview *v);
bool scn_qv_key_order(scn_qview *v, const eng_action *a);
bool scn_qv_tap_order(scn_qview *v, int ti);
void scn_qv_draw_order(const scn_qview *v, const lt_judgement *j);

void scn_qv_layout_match(scn_qview *v);
bool scn_qv_key_match(scn_qview *v, const eng_action *a);
bool scn_qv_tap_match(scn_qview *v, int ti);
void scn_qv_draw_match(const scn_qview *v, const lt_judgement *j);

#endif
