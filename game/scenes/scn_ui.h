/* scn_ui.h: the look shared by all scenes: palette, fonts, buttons and signs.
 * Drawn with the engine only, in 1920x1080 logical pixels.
 * Depends on: eng.h. */
#ifndef SCN_UI_H
#define SCN_UI_H

#include <stdbool.h>

#include "eng.h"

extern const eng_color SCN_BG, SCN_BG_DEEP, SCN_PANEL, SCN_PANEL_HI, SCN_TEXT, SCN_TEXT_DIM, SCN_ACCENT,
    SCN_RIGHT, SCN_WRONG, SCN_FOCUS;

typedef enum scn_button_state {
    SCN_BTN_NORMAL = 0,
    SCN_BTN_FOCUS,      /* keyboard focus or mouse hover */
    SCN_BTN_RIGHT,      /* marked as the right answer */
    SCN_BTN_WRONG,      /* the player's wrong choice */
    SCN_BTN_DIM         /* not chosen, after the answer */
} scn_button_state;

/* Draws the backdrop every screen shares. */
void scn_ui_backdrop(void);

/* A button with a centred label (wrapped if needed). `badge` > 0 draws a key
 * number in a circle at its left edge. */
void scn_ui_button(eng_rect r, const char *label, scn_button_state st, int badge, int font_px);

/* A tick mark and a cross drawn as strokes (no font needed). */
void scn_ui_check(float cx, float cy, float size, eng_color c);
void scn_ui_cross(float cx, float cy, float size, eng_color c);

/* Index of the rect under (x, y), or -1. */
int scn_ui_hit(const eng_rect *rects, int n, float x, float y);

/* Index of the rect under the pointer now, or -1. */
int scn_ui_hover(const eng_rect *rects, int n);


/* A one-line text field for names typed in any script (SDL text input).
 * Feed it every action; it takes TEXT and ERASE. */
typedef struct scn_textfield {
    char text[96];         /* UTF-8 */
    int max_chars;         /* code points; 0 = 32 */
} scn_textfield;

/* Returns true when the action changed the text. */
bool scn_textfield_action(scn_textfield *f, const eng_action *a);
/* Draws the field with a blinking caret when `focus`. */
void scn_textfield_draw(const scn_textfield *f, eng_rect r, bool focus, const char *placeholder);

/* A group of buttons: keyboard focus, hover, and a press that counts only
 * when released on the same button (so a slipping finger does nothing). */
typedef struct scn_buttons {
    eng_rect rects[16];
    int n;
    int focus;
    int pressed;           /* -1 none */
    bool horizontal;       /* left/right move the focus instead of up/down */
} scn_buttons;

void scn_buttons_init(scn_buttons *b, bool horizontal);
/* Adds a button; returns its index. */
int scn_buttons_add(scn_buttons *b, eng_rect r);
/* Handles focus keys, keys 1-n, Enter and the pointer. Returns the index of
 * the button activated by this action, or -1. */
int scn_buttons_action(scn_buttons *b, const eng_action *a);
/* The state a button should be drawn in. */
scn_button_state scn_buttons_state(const scn_buttons *b, int i);

#endif
