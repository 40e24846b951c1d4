/* scn_settings.c: language, sound volume and full screen, each kept in the
 * player's database as soon as it changes.
 * Depends on: scn.h, scn_ui.h, eng.h, lt_i18n.h, lt_store.h. */
#include <stdio.h>
#include <stdlib.h>

#include "lt_i18n.h"
#include "scn.h"
#include "scn_ui.h"

enum { SCN_SET_LANG = 0, SCN_SET_VOLUME, SCN_SET_FULLSCREEN, SCN_SET_BACK, SCN_SET_N };

typedef struct scn_settings {
    scn_ctx *ctx;
    int focus;
    int pressed;
    eng_rect rows[SCN_SET_N];
    eng_rect minus[SCN_SET_N]; /* left and right halves of the value box */
    eng_rect plus[SCN_SET_N];
} scn_settings;

static void scn_settings_layout(scn_settings *st)
{
    for (int i = 0; i < SCN_SET_N; i++) {
        float y = 250 + (float)i * 150;
        st->rows[i] = (eng_rect){360, y, 1200, 120};
        st->minus[i] = (eng_rect){360 + 1200 - 520, y, 260, 120};
        st->plus[i] = (eng_rect){360 + 1200 - 260, y, 260, 120};
    }
    st->rows[SCN_SET_BACK] = (eng_rect){ENG_CANVAS_W / 2 - 250, 250 + 3 * 150 + 30, 500, 120};
}

/* Changes the setting on row `row` by `dir` (-1, +1; 0 = toggle/cycle). */
static void scn_settings_change(scn_settings *st, int row, int dir)
{
    scn_ctx *ctx = st->ctx;
    switch (row) {
    case SCN_SET_LANG:
        scn_set_language(ctx, ctx->lang == LT_LANG_RU ? LT_LANG_EN : LT_LANG_RU);
        break;
    case SCN_SET_VOLUME: {
        int v = eng_volume() + (dir < 0 ? -10 : 10);
        if (dir == 0) {
            v = eng_volume() >= 100 ? 0 : eng_volume() + 10;
        }
        v = v < 0 ? 0 : v > 100 ? 100 : v;
        eng_set_volume(v);
        lt_store_set_int(ctx->store, "volume", v);
        break;
    }
    case SCN_SET_FULLSCREEN:
        eng_set_fullscreen(!eng_is_fullscreen());
        lt_store_set_int(ctx->store, "fullscreen", eng_is_fullscreen() ? 1 : 0);
        break;
    case SCN_SET_BACK:
        eng_scene_pop();
        break;
    default:
        break;
    }
    eng_sound_play(ENG_SND_CLICK);
    eng_redraw();
}

static int scn_settings_hit(const scn_settings *st, float x, float y, int *dir)
{
    for (int i = 0; i < SCN_SET_N; i++) {
        if (eng_rect_contains(st->rows[i], x, y)) {
            *dir = 0;
            if (i == SCN_SET_VOLUME) {
                *dir = eng_rect_contains(st->minus[i], x, y) ? -1 : eng_rect_contains(st->plus[i], x, y) ? 1 : 0;
            }
            return i;
        }
    }
    return -1;
}

static void scn_settings_action(eng_scene *s, const eng_action *a)
{
    scn_settings *st = s->self;
    int dir = 0;
    switch (a->kind) {
    case ENG_ACT_UP:
        st->focus = (st->focus + SCN_SET_N - 1) % SCN_SET_N;
        break;
    case ENG_ACT_DOWN:
        st->focus = (st->focus + 1) % SCN_SET_N;
        break;
    case ENG_ACT_LEFT:
        if (st->focus != SCN_SET_BACK) {
            scn_settings_change(st, st->focus, -1);
        }
        break;
    case ENG_ACT_RIGHT:
        if (st->focus != SCN_SET_BACK) {
            scn_settings_change(st, st->focus, 1);
        }
        break;
    case ENG_ACT_OPTION:
        if (a->value >= 0 && a->value < SCN_SET_N) {
            st->focus = a->value;
            scn_settings_change(st, a->value, 0);
        }
        break;
    case ENG_ACT_CONFIRM:
        scn_settings_change(st, st->focus, 0);
        break;
    case ENG_ACT_BACK:
        eng_sound_play(ENG_SND_CLICK);
        eng_scene_pop();
        break;
    case ENG_ACT_POINTER_MOVE: {
        int h = scn_settings_hit(st, a->x, a->y, &dir);
        if (h >= 0) {
            st->focus = h;
        }
        break;
    }
    case ENG_ACT_POINTER_DOWN:
        st->pressed = scn_settings_hit(st, a->x, a->y, &dir);
        break;
    case ENG_ACT_POINTER_UP: {
        int h = scn_settings_hit(st, a->x, a->y, &dir);
        if (h >= 0 && h == st->pressed) {
            st->focus = h;
            scn_settings_change(st, h, dir);
        }
        st->pressed = -1;
        break;
    }
    case ENG_ACT_QUIT_REQUEST:
        eng_quit();
        break;
    default:
        break;
    }
    eng_redraw();
}

static void scn_settings_draw(eng_scene *s)
{
    scn_settings *st = s->self;
    lt_lang L = st->ctx->lang;
    scn_ui_backdrop();
    eng_font title = eng_font_get(ENG_FONT_BOLD, 80);
    eng_text_draw(title, lt_tr(L, LT_S_SETTINGS_TITLE), ENG_CANVAS_W / 2, 90, ENG_ALIGN_CENTER, SCN_TEXT);

    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 46);
    eng_font vf = eng_font_get(ENG_FONT_BOLD, 46);
    const lt_str names[3] = {LT_S_SETTINGS_LANGUAGE, LT_S_SETTINGS_VOLUME, LT_S_SETTINGS_FULLSCREEN};
    for (int i = 0; i < SCN_SET_BACK; i++) {
        eng_rect r = st->rows[i];
        bool focus = i == st->focus;
        eng_fill_round_rect(r, 18, focus ? SCN_FOCUS : SCN_PANEL_HI);
        eng_fill_round_rect((eng_rect){r.x + 4, r.y + 4, r.w - 8, r.h - 8}, 15, focus ? SCN_PANEL_HI : SCN_PANEL);
        float ty = r.y + (r.h - (float)eng_font_line_height(lf)) / 2;
        eng_text_draw(lf, lt_tr(L, names[i]), r.x + 40, ty, ENG_ALIGN_LEFT, SCN_TEXT);
        char value[64];
        if (i == SCN_SET_LANG) {
            snprintf(value, sizeof value, "%s", lt_tr(L, LT_S_LANG_NAME));
        } else if (i == SCN_SET_VOLUME) {
            snprintf(value, sizeof value, "%d%%", eng_volume());
        } else {
            snprintf(value, sizeof value, "%s", lt_tr(L, eng_is_fullscreen() ? LT_S_ON : LT_S_OFF));
        }
        float vx = r.x + r.w - 260;
        eng_text_draw(vf, "<", vx - 200, ty, ENG_ALIGN_CENTER, SCN_ACCENT);
        eng_text_draw(vf, value, vx, ty, ENG_ALIGN_CENTER, SCN_ACCENT);
        eng_text_draw(vf, ">", vx + 200, ty, ENG_ALIGN_CENTER, SCN_ACCENT);
    }
    scn_ui_button(st->rows[SCN_SET_BACK], lt_tr(L, LT_S_BACK),
                  st->focus == SCN_SET_BACK ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 0, 46);
    eng_font hint = eng_font_get(ENG_FONT_REGULAR, 28);
    eng_text_draw(hint, lt_tr(L, LT_S_SETTINGS_HINT), ENG_CANVAS_W / 2, 1000, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
}

static void scn_settings_destroy(eng_scene *s)
{
    free(s->self);
}

void scn_settings_push(scn_ctx *ctx)
{
    scn_settings *st = calloc(1, sizeof *st);
    if (st == NULL) {
        return;
    }
    st->ctx = ctx;
    st->pressed = -1;
    scn_settings_layout(st);
    eng_scene s = {.name = "settings", .self = st, .action = scn_settings_action, .draw = scn_settings_draw,
                   .destroy = scn_settings_destroy};
    eng_scene_push(&s);
}

void scn_set_language(scn_ctx *ctx, lt_lang lang)
{
    ctx->lang = lang;
    lt_store_set(ctx->store, "lang", lt_lang_code(lang));
    eng_redraw();
}
