/* scn_results.c: the end of a round: score, right answers, the facts missed
 * with their right answers, and the way on (play again or the menu).
 * Depends on: scn.h, scn_ui.h, eng.h, lt_i18n.h. */
#include <stdio.h>
#include <stdlib.h>

#include "lt_i18n.h"
#include "scn.h"
#include "scn_ui.h"

enum { SCN_RES_AGAIN = 0, SCN_RES_MENU, SCN_RES_N };

typedef struct scn_results {
    scn_ctx *ctx;
    scn_buttons buttons;
    eng_tween count;  /* the score counts up */
} scn_results;

static void scn_results_activate(scn_results *r, int which)
{
    eng_sound_play(ENG_SND_CLICK);
    if (which == SCN_RES_AGAIN) {
        scn_play_push(r->ctx, true);
    } else {
        eng_scene_pop();
    }
}

static void scn_results_action(eng_scene *s, const eng_action *a)
{
    scn_results *r = s->self;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        eng_quit();
        return;
    }
    if (a->kind == ENG_ACT_BACK) {
        scn_results_activate(r, SCN_RES_MENU);
        return;
    }
    if (a->kind == ENG_ACT_UP || a->kind == ENG_ACT_DOWN) {
        r->buttons.focus ^= 1;
    }
    int hit = scn_buttons_action(&r->buttons, a);
    if (hit >= 0) {
        scn_results_activate(r, hit);
        return;
    }
    eng_redraw();
}

static bool scn_results_animating(eng_scene *s)
{
    scn_results *r = s->self;
    return eng_tween_running(&r->count);
}

static void scn_results_draw(eng_scene *s)
{
    scn_results *r = s->self;
    const scn_round_result *res = &r->ctx->last;
    lt_lang L = r->ctx->lang;
    scn_ui_backdrop();
    char buf[256];
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 72);
    eng_text_draw(tf, lt_tr(L, LT_S_RESULTS_TITLE), ENG_CANVAS_W / 2, 50, ENG_ALIGN_CENTER, SCN_TEXT);

    eng_font big = eng_font_get(ENG_FONT_BOLD, 120);
    snprintf(buf, sizeof buf, "%d", (int)((float)res->score * eng_tween_value(&r->count) + 0.5f));
    eng_text_draw(big, buf, ENG_CANVAS_W / 2, 150, ENG_ALIGN_CENTER, SCN_ACCENT);
    eng_font mf = eng_font_get(ENG_FONT_REGULAR, 40);
    snprintf(buf, sizeof buf, lt_tr(L, LT_S_RESULTS_RIGHT), res->right, res->total);
    eng_text_draw(mf, buf, ENG_CANVAS_W / 2, 300, ENG_ALIGN_CENTER, SCN_TEXT);

    eng_rect list = {200, 380, 1520, 470};
    eng_fill_round_rect(list, 16, SCN_BG_DEEP);
    eng_font hf = eng_font_get(ENG_FONT_BOLD, 36);
    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 30);
    eng_font af = eng_font_get(ENG_FONT_REGULAR, 26);
    if (res->n_missed == 0) {
        eng_text_draw(hf, lt_tr(L, LT_S_RESULTS_NONE_MISSED), ENG_CANVAS_W / 2, list.y + 200, ENG_ALIGN_CENTER,
                      SCN_RIGHT);
    } else {
        eng_text_draw(hf, lt_tr(L, LT_S_RESULTS_MISSED), list.x + 36, list.y + 24, ENG_ALIGN_LEFT, SCN_TEXT);
        float y = list.y + 84;
        for (int i = 0; i < res->n_missed && y < list.y + list.h - 70; i++) {
            const lt_question *q = &res->questions[res->missed[i]];
            const lt_event *ev = &r->ctx->pack->events[q->event];
            scn_ui_cross(list.x + 56, y + 20, 22, SCN_WRONG);
            eng_text_draw_wrapped(lf, lt_text_get(&ev->title, L), (eng_rect){list.x + 90, y, 860, 40},
                                  ENG_ALIGN_LEFT, SCN_TEXT);
            snprintf(buf, sizeof buf, lt_tr(L, LT_S_RESULTS_ANSWER), q->options[q->correct]);
            eng_text_draw_wrapped(af, buf, (eng_rect){list.x + 980, y + 4, 510, 40}, ENG_ALIGN_LEFT, SCN_ACCENT);
            y += 62;
        }
    }

    const char *labels[SCN_RES_N] = {lt_tr(L, LT_S_PLAY_AGAIN), lt_tr(L, LT_S_TO_MENU)};
    for (int i = 0; i < SCN_RES_N; i++) {
        scn_ui_button(r->buttons.rects[i], labels[i], scn_buttons_state(&r->buttons, i), i + 1, 44);
    }
}

static void scn_results_destroy(eng_scene *s)
{
    free(s->self);
}

void scn_results_replace(scn_ctx *ctx)
{
    scn_results *r = calloc(1, sizeof *r);
    if (r == NULL) {
        return;
    }
    r->ctx = ctx;
    scn_buttons_init(&r->buttons, true);
    scn_buttons_add(&r->buttons, (eng_rect){ENG_CANVAS_W / 2 - 620, 890, 600, 130});
    scn_buttons_add(&r->buttons, (eng_rect){ENG_CANVAS_W / 2 + 20, 890, 600, 130});
    eng_tween_start(&r->count, 0.0f, 1.0f, 900.0, ENG_EASE_OUT_CUBIC);
    eng_scene s = {.name = "results", .self = r, .action = scn_results_action, .draw = scn_results_draw,
                   .animating = scn_results_animating, .destroy = scn_results_destroy};
    eng_scene_replace(&s);
    eng_redraw();
}
