/* scn_ui.c: palette, backdrop, buttons and the right/wrong signs.
 * Colours were chosen for contrast (light text on deep blue, AA at 4.5:1+).
 * Depends on: scn_ui.h, eng.h. */
#include "scn_ui.h"

#include <stdio.h>
#include <string.h>

const eng_color SCN_BG = {22, 30, 46, 255};
const eng_color SCN_BG_DEEP = {14, 20, 32, 255};
const eng_color SCN_PANEL = {38, 52, 78, 255};
const eng_color SCN_PANEL_HI = {56, 76, 112, 255};
const eng_color SCN_TEXT = {244, 239, 228, 255};
const eng_color SCN_TEXT_DIM = {170, 180, 198, 255};
const eng_color SCN_ACCENT = {232, 186, 86, 255};
const eng_color SCN_RIGHT = {52, 150, 90, 255};
const eng_color SCN_WRONG = {196, 68, 60, 255};
const eng_color SCN_FOCUS = {232, 186, 86, 255};

void scn_ui_backdrop(void)
{
    eng_clear(SCN_BG);
    /* A faint band at the bottom, like the edge of a page. */
    eng_fill_rect((eng_rect){0, ENG_CANVAS_H - 12, ENG_CANVAS_W, 12}, SCN_BG_DEEP);
}

void scn_ui_button(eng_rect r, const char *label, scn_button_state st, int badge, int font_px)
{
    eng_color fill = SCN_PANEL;
    eng_color text = SCN_TEXT;
    eng_color border = SCN_PANEL_HI;
    switch (st) {
    case SCN_BTN_FOCUS:
        fill = SCN_PANEL_HI;
        border = SCN_FOCUS;
        break;
    case SCN_BTN_RIGHT:
        fill = SCN_RIGHT;
        border = (eng_color){150, 230, 170, 255};
        break;
    case SCN_BTN_WRONG:
        fill = SCN_WRONG;
        border = (eng_color){250, 170, 160, 255};
        break;
    case SCN_BTN_DIM:
        fill = (eng_color){30, 40, 60, 255};
        text = SCN_TEXT_DIM;
        break;
    default:
        break;
    }
    eng_fill_round_rect(r, 18, border);
    eng_fill_round_rect((eng_rect){r.x + 4, r.y + 4, r.w - 8, r.h - 8}, 15, fill);

    float left = r.x + 28;
    if (badge > 0) {
        float cx = r.x + 58, cy = r.y + r.h / 2;
        eng_fill_circle(cx, cy, 30, st == SCN_BTN_DIM ? SCN_PANEL : SCN_BG_DEEP);
        char num[8];
        snprintf(num, sizeof num, "%d", badge);
        eng_font bf = eng_font_get(ENG_FONT_BOLD, 36);
        eng_text_draw(bf, num, cx, cy - (float)eng_font_line_height(bf) / 2, ENG_ALIGN_CENTER, SCN_ACCENT);
        left = r.x + 110;
    }
    float right_pad = (st == SCN_BTN_RIGHT || st == SCN_BTN_WRONG) ? 90 : 28;
    eng_font f = eng_font_get(ENG_FONT_REGULAR, font_px);
    eng_rect box = {left, r.y, r.x + r.w - right_pad - left, r.h};
    int lines = 1;
    float h = eng_text_wrapped_height(f, label, box.w, &lines);
    if (h > r.h - 16) {
        h = r.h - 16;
    }
    box.y = r.y + (r.h - h) / 2;
    box.h = r.h - 16;
    eng_text_draw_wrapped(f, label, box, badge > 0 ? ENG_ALIGN_LEFT : ENG_ALIGN_CENTER, text);

    if (st == SCN_BTN_RIGHT) {
        scn_ui_check(r.x + r.w - 55, r.y + r.h / 2, 44, SCN_TEXT);
    } else if (st == SCN_BTN_WRONG) {
        scn_ui_cross(r.x + r.w - 55, r.y + r.h / 2, 40, SCN_TEXT);
    }
}

void scn_ui_check(float cx, float cy, float size, eng_color c)
{
    float s = size / 2;
    eng_line(cx - s, cy, cx - s * 0.25f, cy + s * 0.7f, size / 6, c);
    eng_line(cx - s * 0.25f, cy + s * 0.7f, cx + s, cy - s * 0.7f, size / 6, c);
}

void scn_ui_cross(float cx, float cy, float size, eng_color c)
{
    float s = size / 2;
    eng_line(cx - s, cy - s, cx + s, cy + s, size / 6, c);
    eng_line(cx - s, cy + s, cx + s, cy - s, size / 6, c);
}

int scn_ui_hit(const eng_rect *rects, int n, float x, float y)
{
    for (int i = 0; i < n; i++) {
        if (eng_rect_contains(rects[i], x, y)) {
            return i;
        }
    }
    return -1;
}

int scn_ui_hover(const eng_rect *rects, int n)
{
    float x, y;
    eng_pointer(&x, &y);
    return scn_ui_hit(rects, n, x, y);
}

static int scn_utf8_count(const char *s)
{
    int n = 0;
    for (; *s; s++) {
        n += ((unsigned char)*s & 0xC0) != 0x80;
    }
    return n;
}

bool scn_textfield_action(scn_textfield *f, const eng_action *a)
{
    int max = f->max_chars > 0 ? f->max_chars : 32;
    if (a->kind == ENG_ACT_TEXT) {
        size_t len = strlen(f->text);
        bool changed = false;
        /* Append code point by code point so the limit never splits one. */
        for (const unsigned char *p = (const unsigned char *)a->text; *p;) {
            size_t n = *p < 0x80 ? 1 : (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 : (*p >> 3) == 30 ? 4 : 1;
            if (*p < 0x20 || scn_utf8_count(f->text) >= max || len + n >= sizeof f->text) {
                break;
            }
            memcpy(f->text + len, p, n);
            len += n;
            f->text[len] = '\0';
            p += n;
            changed = true;
        }
        return changed;
    }
    if (a->kind == ENG_ACT_ERASE) {
        size_t len = strlen(f->text);
        if (len == 0) {
            return false;
        }
        do {
            len--;
        } while (len > 0 && ((unsigned char)f->text[len] & 0xC0) == 0x80);
        f->text[len] = '\0';
        return true;
    }
    return false;
}

void scn_textfield_draw(const scn_textfield *f, eng_rect r, bool focus, const char *placeholder)
{
    eng_fill_round_rect(r, 14, focus ? SCN_FOCUS : SCN_PANEL_HI);
    eng_fill_round_rect((eng_rect){r.x + 4, r.y + 4, r.w - 8, r.h - 8}, 11, SCN_BG_DEEP);
    eng_font font = eng_font_get(ENG_FONT_REGULAR, 44);
    float ty = r.y + (r.h - (float)eng_font_line_height(font)) / 2;
    if (f->text[0] == '\0') {
        eng_text_draw(font, placeholder ? placeholder : "", r.x + 28, ty, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    } else {
        eng_text_draw(font, f->text, r.x + 28, ty, ENG_ALIGN_LEFT, SCN_TEXT);
    }
    if (focus && ((int)(eng_time_ms() / 500.0) % 2 == 0)) {
        int w = 0, h = 0;
        eng_text_size(font, f->text, &w, &h);
        eng_fill_rect((eng_rect){r.x + 30 + (float)w, r.y + 18, 4, r.h - 36}, SCN_ACCENT);
    }
}

void scn_buttons_init(scn_buttons *b, bool horizontal)
{
    memset(b, 0, sizeof *b);
    b->pressed = -1;
    b->horizontal = horizontal;
}

int scn_buttons_add(scn_buttons *b, eng_rect r)
{
    if (b->n >= (int)(sizeof b->rects / sizeof b->rects[0])) {
        return -1;
    }
    b->rects[b->n] = r;
    return b->n++;
}

int scn_buttons_action(scn_buttons *b, const eng_action *a)
{
    if (b->n == 0) {
        return -1;
    }
    eng_action_kind prev = b->horizontal ? ENG_ACT_LEFT : ENG_ACT_UP;
    eng_action_kind next = b->horizontal ? ENG_ACT_RIGHT : ENG_ACT_DOWN;
    int hit;
    switch (a->kind) {
    case ENG_ACT_OPTION:
        if (a->value >= 0 && a->value < b->n) {
            b->focus = a->value;
            return a->value;
        }
        return -1;
    case ENG_ACT_TEXT:
        /* The engine maps keys 1-4 to OPTION; 5-9 arrive only as typed text. */
        if (a->text[0] >= '5' && a->text[0] <= '9' && a->text[1] == '\0' && a->text[0] - '1' < b->n) {
            b->focus = a->text[0] - '1';
            return b->focus;
        }
        return -1;
    case ENG_ACT_CONFIRM:
        return b->focus;
    case ENG_ACT_POINTER_MOVE:
        hit = scn_ui_hit(b->rects, b->n, a->x, a->y);
        if (hit >= 0) {
            b->focus = hit;
        }
        return -1;
    case ENG_ACT_POINTER_DOWN:
        b->pressed = scn_ui_hit(b->rects, b->n, a->x, a->y);
        return -1;
    case ENG_ACT_POINTER_UP:
        hit = scn_ui_hit(b->rects, b->n, a->x, a->y);
        if (hit >= 0 && hit == b->pressed) {
            b->pressed = -1;
            b->focus = hit;
            return hit;
        }
        b->pressed = -1;
        return -1;
    default:
        if (a->kind == prev) {
            b->focus = (b->focus + b->n - 1) % b->n;
        } else if (a->kind == next) {
            b->focus = (b->focus + 1) % b->n;
        }
        return -1;
    }
}

scn_button_state scn_buttons_state(const scn_buttons *b, int i)
{
    return i == b->focus ? SCN_BTN_FOCUS : SCN_BTN_NORMAL;
}
