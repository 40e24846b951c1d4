/* scn_kattract.c: kiosk mode's attract loop: the game plays itself on the
 * timeline (event cards rise one by one to their dates on a slowly panning
 * axis, then clear and start again), with "Touch to start" in every offered
 * language and large language buttons. Everything drifts a little all the
 * time, so nothing stays still long enough to burn into the screen.
 * Depends on: scn_kiosk_int.h, scn_board.h (scn_tl_*), scn_ui.h, scn_text.h, lt_timeline.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "scn_board.h"
#include "scn_kiosk_int.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_KA_AXIS_Y 640.0f
#define SCN_KA_CARD_W 270.0
#define SCN_KA_CARD_H 124.0f
#define SCN_KA_PITCH 136.0f
#define SCN_KA_LANES 3
#define SCN_KA_STEP_MS 2600.0  /* a card every step */
#define SCN_KA_FLY_MS 1400.0   /* rising from below to its place */
#define SCN_KA_HOLD_MS 4000.0  /* the full line stays this long */
#define SCN_KA_CLEAR_MS 1200.0 /* then the cards drop away */
#define SCN_KA_SCREENS 2.5     /* the main year spans this many screen widths */
#define SCN_KA_BTN_W 380.0f
#define SCN_KA_BTN_H 140.0f
#define SCN_KA_BTN_Y 900.0f

typedef struct scn_kattract {
    scn_ctx *ctx;
    bool have_axis;
    lt_tl_axis axis;
    lt_tl_layout layout;
    scn_tl_view view;
    int *shown;             /* layout cards drawn (lane < SCN_KA_LANES), in time order */
    int n_shown;
    char (*dates)[64];      /* per layout card */
    lt_lang date_lang;
    double t0;
    lt_lang langs[LT_LANG_COUNT];
    int n_langs;
    eng_rect btn[LT_LANG_COUNT];
    bool pressed;
    int press_lang;         /* language button under the press, -1 */
} scn_kattract;

static double scn_ka_ease(double t)
{
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    return t < 0.5 ? 4 * t * t * t : 1 - pow(-2 * t + 2, 3) / 2;
}

static double scn_ka_cycle_ms(const scn_kattract *a)
{
    return (double)a->n_shown * SCN_KA_STEP_MS + SCN_KA_HOLD_MS + SCN_KA_CLEAR_MS;
}

static void scn_ka_build(scn_kattract *a)
{
    const lt_pack *pack = a->ctx->pack;
    a->have_axis = pack != NULL && lt_tl_axis_build(pack, &a->axis);
    if (!a->have_axis) {
        return;
    }
    double span = lt_tl_day_to_units(&a->axis, a->axis.main_last_day + 1) -
                  lt_tl_day_to_units(&a->axis, a->axis.main_first_day);
    a->view.area = (eng_rect){0, 0, ENG_CANVAS_W, ENG_CANVAS_H};
    a->view.ppu = SCN_KA_SCREENS * ENG_CANVAS_W / (span > 1 ? span : 1);
    if (!lt_tl_layout_build(pack, &a->axis, NULL, a->view.ppu, SCN_KA_CARD_W, 24.0, &a->layout)) {
        memset(&a->layout, 0, sizeof a->layout);
    }
    a->shown = calloc(a->layout.n + 1, sizeof *a->shown);
    a->dates = calloc(a->layout.n + 1, sizeof *a->dates);
    if (a->shown == NULL || a->dates == NULL) {
        a->n_shown = 0;
        return;
    }
    for (size_t i = 0; i < a->layout.n; i++) {
        if (a->layout.cards[i].lane < SCN_KA_LANES) {
            a->shown[a->n_shown++] = (int)i;
        }
    }
    a->date_lang = LT_LANG_COUNT; /* dates formatted on first draw */
}

static void scn_ka_dates(scn_kattract *a, lt_lang L)
{
    if (a->date_lang == L || a->dates == NULL) {
        return;
    }
    for (size_t i = 0; i < a->layout.n; i++) {
        const lt_event *ev = &a->ctx->pack->events[a->layout.cards[i].event];
        lt_date_format(&ev->date, (int)L, a->dates[i], sizeof a->dates[i]);
    }
    a->date_lang = L;
}

/* Where the camera looks (units at the screen's centre) at cycle time tc. */
static double scn_ka_camera(const scn_kattract *a, double tc)
{
    if (a->n_shown == 0) {
        return (a->axis.units_min + a->axis.units_max) / 2;
    }
    int k = (int)(tc / SCN_KA_STEP_MS);
    double in = tc - k * SCN_KA_STEP_MS;
    if (k >= a->n_shown) {
        /* Holding, then clearing: glide back towards the first card. */
        double last = a->layout.cards[a->shown[a->n_shown - 1]].centre;
        double first = a->layout.cards[a->shown[0]].centre;
        double over = tc - (double)a->n_shown * SCN_KA_STEP_MS;
        return last + (first - last) * scn_ka_ease(over / (SCN_KA_HOLD_MS + SCN_KA_CLEAR_MS));
    }
    double to = a->layout.cards[a->shown[k]].centre;
    double from = k > 0 ? a->layout.cards[a->shown[k - 1]].centre : to;
    return from + (to - from) * scn_ka_ease(in / SCN_KA_FLY_MS);
}

static eng_rect scn_ka_card_rect(const scn_kattract *a, int li, float drift_y)
{
    const lt_tl_card *c = &a->layout.cards[li];
    float x = scn_tl_x(&a->view, c->centre) - (float)(SCN_KA_CARD_W / 2.0);
    float y = SCN_KA_AXIS_Y - 24 - SCN_KA_CARD_H - (float)c->lane * SCN_KA_PITCH + drift_y;
    return (eng_rect){x, y, (float)SCN_KA_CARD_W, SCN_KA_CARD_H};
}

/* Language buttons drift slowly too (a few pixels over half a minute). */
static void scn_ka_layout_buttons(scn_kattract *a, double t)
{
    float dx = (float)(14.0 * sin(t / 9000.0)), dy = (float)(8.0 * sin(t / 13000.0 + 1.0));
    float total = (float)a->n_langs * SCN_KA_BTN_W + (float)(a->n_langs - 1) * 60.0f;
    float x = (ENG_CANVAS_W - total) / 2 + dx;
    for (int i = 0; i < a->n_langs; i++) {
        a->btn[i] = (eng_rect){x + (float)i * (SCN_KA_BTN_W + 60.0f), SCN_KA_BTN_Y + dy, SCN_KA_BTN_W, SCN_KA_BTN_H};
    }
}

static scn_kattract *scn_ka_live;

static void scn_ka_start(scn_kattract *a, lt_lang L)
{
    eng_sound_play(ENG_SND_CLICK);
    a->pressed = false;
    scn_kiosk_begin_round(L); /* replaces this scene */
}

static void scn_ka_action(eng_scene *s, const eng_action *a)
{
    scn_kattract *k = s->self;
    int hit = -1;
    if (a->kind == ENG_ACT_POINTER_DOWN || a->kind == ENG_ACT_POINTER_UP) {
        hit = k->n_langs > 1 ? scn_ui_hit(k->btn, k->n_langs, a->x, a->y) : -1;
    }
    switch (a->kind) {
    case ENG_ACT_POINTER_DOWN:
        k->pressed = true;
        k->press_lang = hit;
        eng_redraw();
        break;
    case ENG_ACT_POINTER_UP:
        if (!k->pressed) {
            break;
        }
        /* A language button starts in it; anywhere else in the current one. */
        if (hit >= 0 && hit == k->press_lang) {
            scn_ka_start(k, k->langs[hit]);
        } else {
            scn_ka_start(k, k->ctx->lang);
        }
        return;
    case ENG_ACT_CONFIRM:
        scn_ka_start(k, k->ctx->lang);
        return;
    case ENG_ACT_OPTION:
        if (a->value >= 0 && a->value < k->n_langs) {
            scn_ka_start(k, k->langs[a->value]);
        }
        return;
    default:
        break;
    }
}

static void scn_ka_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    scn_kattract *a = s->self;
    scn_ka_layout_buttons(a, eng_time_ms() - a->t0);
}

static bool scn_ka_animating(eng_scene *s)
{
    (void)s;
    return true; /* always moving */
}

/* The axis and the cards down (flying = false), or only the card rising to
 * its place, drawn last so it passes over the words and buttons. */
static void scn_ka_draw_cards(scn_kattract *a, double t, lt_lang L, bool flying_only)
{
    const lt_pack *pack = a->ctx->pack;
    double cycle = scn_ka_cycle_ms(a);
    double tc = fmod(t, cycle);
    a->view.u0 = scn_ka_camera(a, tc) - (double)(ENG_CANVAS_W / 2 + 60.0 * sin(t / 7000.0)) / a->view.ppu;
    int placed = (int)(tc / SCN_KA_STEP_MS);
    double over = tc - (double)a->n_shown * SCN_KA_STEP_MS - SCN_KA_HOLD_MS; /* > 0: clearing */
    float drop = over > 0 ? (float)(scn_ka_ease(over / SCN_KA_CLEAR_MS) * 900.0) : 0.0f;

    if (!flying_only) {
        scn_tl_draw_axis(&a->view, &a->axis, SCN_KA_AXIS_Y + drop * 0.15f, L);
    }
    for (int i = 0; i < a->n_shown && i <= placed; i++) {
        int li = a->shown[i];
        float bob = (float)(5.0 * sin(t / 1700.0 + i * 1.3));
        eng_rect r = scn_ka_card_rect(a, li, bob + drop);
        double in = tc - (double)i * SCN_KA_STEP_MS;
        bool flying = i == placed && in < SCN_KA_FLY_MS;
        if (flying != flying_only) {
            continue;
        }
        if (flying) {
            /* Rising from below the screen, swinging in from the middle. */
            double e = scn_ka_ease(in / SCN_KA_FLY_MS);
            float sx = ENG_CANVAS_W / 2 - r.w / 2, sy = ENG_CANVAS_H + 20;
            r.x = sx + (r.x - sx) * (float)e;
            r.y = sy + (r.y - sy) * (float)e;
        }
        if (r.x + r.w < -10 || r.x > ENG_CANVAS_W + 10 || r.y > ENG_CANVAS_H) {
            continue;
        }
        const lt_tl_card *c = &a->layout.cards[li];
        if (!flying) {
            float fx = scn_tl_x(&a->view, c->from), tx = scn_tl_x(&a->view, c->to);
            float bw = tx - fx < 6 ? 6 : tx - fx;
            eng_fill_round_rect((eng_rect){tx - fx < 6 ? (fx + tx) / 2 - 3 : fx, r.y + r.h + 4, bw, 8}, 4,
                                SCN_ACCENT);
        }
        /* Just landed: lit brightly, then settling to a warm glow. */
        double glow = flying ? -2.0 : 0.55 + 0.45 * exp(-(in - SCN_KA_FLY_MS) / 900.0);
        scn_tl_card(r, &pack->events[c->event], a->dates[li], glow, flying, L);
    }
}

static void scn_ka_draw(eng_scene *s)
{
    scn_kattract *a = s->self;
    lt_lang L = a->ctx->lang;
    double t = eng_time_ms() - a->t0;
    scn_ui_backdrop();
    const lt_pack *pack = a->ctx->pack;
    bool cards = a->have_axis && a->n_shown > 0;
    if (cards) {
        scn_ka_dates(a, L);
        scn_ka_draw_cards(a, t, L, false);
    }
    /* The pack's title, drifting slowly. */
    float dx = (float)(40.0 * sin(t / 11000.0)), dy = (float)(8.0 * sin(t / 6000.0));
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 56);
    if (pack != NULL) {
        eng_text_draw(tf, lt_text_get(&pack->title, L), ENG_CANVAS_W / 2 + dx, 36 + dy, ENG_ALIGN_CENTER, SCN_TEXT);
    }

    /* "Touch to start" in the current language, large, and the others under it. */
    float pulse = (float)(0.5 + 0.5 * sin(t / 700.0));
    eng_color hi = {(uint8_t)(232 + 12 * pulse), (uint8_t)(186 + 50 * pulse), (uint8_t)(86 + 120 * pulse), 255};
    eng_font big = eng_font_get(ENG_FONT_BOLD, 84);
    eng_font small = eng_font_get(ENG_FONT_REGULAR, 48);
    float ty = 712 + (float)(6.0 * sin(t / 4000.0));
    eng_fill_round_rect((eng_rect){160 - dx, ty - 16, ENG_CANVAS_W - 320, 196}, 30, (eng_color){14, 20, 32, 220});
    eng_text_draw(big, scn_tr(L, SCN_S_K_TOUCH_START), ENG_CANVAS_W / 2 - dx, ty, ENG_ALIGN_CENTER, hi);
    float y2 = ty + 104;
    char others[256] = "";
    for (int i = 0; i < a->n_langs; i++) {
        if (a->langs[i] != L) {
            size_t used = strlen(others);
            snprintf(others + used, sizeof others - used, "%s%s", used > 0 ? " · " : "",
                     scn_tr(a->langs[i], SCN_S_K_TOUCH_START));
        }
    }
    eng_text_draw(small, others, ENG_CANVAS_W / 2 - dx, y2, ENG_ALIGN_CENTER, SCN_TEXT_DIM);

    if (a->n_langs > 1) {
        for (int i = 0; i < a->n_langs; i++) {
            bool cur = a->langs[i] == L;
            bool down = a->pressed && a->press_lang == i;
            scn_ui_button(a->btn[i], lt_tr(a->langs[i], LT_S_LANG_NAME), down ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 0,
                          52);
            if (cur) {
                eng_fill_round_rect((eng_rect){a->btn[i].x + 40, a->btn[i].y + a->btn[i].h - 22, a->btn[i].w - 80, 8},
                                    4, SCN_ACCENT);
            }
        }
    }
    if (cards) {
        scn_ka_draw_cards(a, t, L, true);
    }
}

static void scn_ka_destroy(eng_scene *s)
{
    scn_kattract *a = s->self;
    if (scn_ka_live == a) {
        scn_ka_live = NULL;
    }
    lt_tl_layout_free(&a->layout);
    free(a->shown);
    free(a->dates);
    free(a);
}

void scn_kattract_push(scn_ctx *ctx)
{
    scn_kattract *a = calloc(1, sizeof *a);
    if (a == NULL) {
        return;
    }
    a->ctx = ctx;
    a->t0 = eng_time_ms();
    a->press_lang = -1;
    scn_kiosk *k = scn_kiosk_get();
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        if (k == NULL || k->desc.cfg->langs[i]) {
            a->langs[a->n_langs++] = (lt_lang)i;
        }
    }
    scn_ka_build(a);
    scn_ka_layout_buttons(a, 0);
    scn_ka_live = a;
    eng_scene s = {.name = SCN_K_ATTRACT, .self = a, .action = scn_ka_action, .tick = scn_ka_tick,
                   .draw = scn_ka_draw, .animating = scn_ka_animating, .destroy = scn_ka_destroy,
                   .anim_fps = 20};
    eng_scene_push(&s);
}

bool scn_kattract_lang_rect(lt_lang lang, eng_rect *out)
{
    scn_kattract *a = scn_ka_live;
    for (int i = 0; a != NULL && a->n_langs > 1 && i < a->n_langs; i++) {
        if (a->langs[i] == lang) {
            *out = a->btn[i];
            return true;
        }
    }
    return false;
}
