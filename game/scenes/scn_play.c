/* scn_play.c: a round of ten timed multiple-choice questions: countdown bar,
 * answers by keys, mouse, touch or gamepad, the right option marked with a
 * sign and a colour, and the fact with its source paragraph after each answer.
 * Depends on: scn.h, scn_ui.h, eng.h, lt_quiz.h, lt_i18n.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "lt_quiz.h"
#include "scn.h"
#include "scn_ui.h"

#define SCN_PLAY_GUARD_MS 350.0 /* ignore input this long after an answer */

typedef enum scn_play_state { SCN_PLAY_ASKING = 0, SCN_PLAY_FEEDBACK } scn_play_state;

typedef struct scn_play {
    scn_ctx *ctx;
    lt_question q[LT_QUIZ_ROUND_LEN];
    int n;
    int cur;
    scn_play_state state;
    double shown_ms;       /* when the current question appeared */
    double answered_ms;
    int chosen;            /* option index, -1 = time ran out */
    int focus;
    int pressed;
    int score;
    int right;
    int streak, best_streak;
    int last_points;
    int last_tick_second;
    int missed[LT_QUIZ_ROUND_LEN];
    int n_missed;
    eng_rect opt[LT_QUIZ_OPTIONS];
    eng_rect next;
    eng_tween pop;         /* feedback panel slide-in */
} scn_play;

static void scn_play_layout(scn_play *p)
{
    for (int i = 0; i < LT_QUIZ_OPTIONS; i++) {
        float x = (i % 2 == 0) ? 80 : 980;
        float y = (i < 2) ? 470 : 660;
        p->opt[i] = (eng_rect){x, y, 860, 170};
    }
    p->next = (eng_rect){1540, 880, 300, 150};
}

static double scn_play_elapsed(const scn_play *p)
{
    return eng_time_ms() - p->shown_ms;
}

static void scn_play_show(scn_play *p, int idx)
{
    p->cur = idx;
    p->state = SCN_PLAY_ASKING;
    p->shown_ms = eng_time_ms();
    p->chosen = -1;
    p->focus = 0;
    p->pressed = -1;
    p->last_tick_second = -1;
    eng_redraw();
}

static void scn_play_answer(scn_play *p, int option)
{
    if (p->state != SCN_PLAY_ASKING) {
        return;
    }
    const lt_question *q = &p->q[p->cur];
    p->answered_ms = eng_time_ms();
    double t = p->answered_ms - p->shown_ms;
    p->chosen = option;
    bool right = option == q->correct;
    p->last_points = lt_score_speed(t, LT_QUIZ_TIME_LIMIT_MS, right);
    p->score += p->last_points;
    if (right) {
        p->right++;
        p->streak++;
        if (p->streak > p->best_streak) {
            p->best_streak = p->streak;
        }
        eng_sound_play(ENG_SND_RIGHT);
    } else {
        p->streak = 0;
        p->missed[p->n_missed++] = p->cur;
        eng_sound_play(ENG_SND_WRONG);
    }
    p->state = SCN_PLAY_FEEDBACK;
    eng_tween_start(&p->pop, 0.0f, 1.0f, 260.0, ENG_EASE_OUT_CUBIC);
    eng_redraw();
}

static void scn_play_finish(scn_play *p)
{
    scn_ctx *ctx = p->ctx;
    scn_round_result *r = &ctx->last;
    memset(r, 0, sizeof *r);
    r->score = p->score;
    r->right = p->right;
    r->total = p->n;
    r->best_streak = p->best_streak;
    r->n_missed = p->n_missed;
    memcpy(r->missed, p->missed, sizeof r->missed);
    memcpy(r->questions, p->q, sizeof r->questions);
    ctx->rounds_finished++;
    eng_sound_play(ENG_SND_ROUND_END);
    scn_results_replace(ctx);
}

static void scn_play_advance(scn_play *p)
{
    if (p->state != SCN_PLAY_FEEDBACK || eng_time_ms() - p->answered_ms < SCN_PLAY_GUARD_MS) {
        return;
    }
    eng_sound_play(ENG_SND_CLICK);
    if (p->cur + 1 >= p->n) {
        scn_play_finish(p);
    } else {
        scn_play_show(p, p->cur + 1);
    }
}

static void scn_play_action(eng_scene *s, const eng_action *a)
{
    scn_play *p = s->self;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        eng_quit();
        return;
    }
    if (a->kind == ENG_ACT_BACK) {
        eng_sound_play(ENG_SND_CLICK);
        eng_scene_pop();
        return;
    }
    if (p->n == 0) {
        if (a->kind == ENG_ACT_CONFIRM || a->kind == ENG_ACT_POINTER_UP) {
            eng_scene_pop();
        }
        return;
    }
    if (p->state == SCN_PLAY_ASKING) {
        switch (a->kind) {
        case ENG_ACT_OPTION:
            if (a->value >= 0 && a->value < p->q[p->cur].n_options) {
                scn_play_answer(p, a->value);
            }
            break;
        case ENG_ACT_LEFT:
        case ENG_ACT_RIGHT:
            p->focus ^= 1;
            break;
        case ENG_ACT_UP:
        case ENG_ACT_DOWN:
            p->focus ^= 2;
            break;
        case ENG_ACT_CONFIRM:
            scn_play_answer(p, p->focus);
            break;
        case ENG_ACT_POINTER_MOVE: {
            int h = scn_ui_hit(p->opt, LT_QUIZ_OPTIONS, a->x, a->y);
            if (h >= 0) {
                p->focus = h;
            }
            break;
        }
        case ENG_ACT_POINTER_DOWN:
            p->pressed = scn_ui_hit(p->opt, LT_QUIZ_OPTIONS, a->x, a->y);
            break;
        case ENG_ACT_POINTER_UP: {
            int h = scn_ui_hit(p->opt, LT_QUIZ_OPTIONS, a->x, a->y);
            if (h >= 0 && h == p->pressed) {
                p->focus = h;
                scn_play_answer(p, h);
            }
            p->pressed = -1;
            break;
        }
        default:
            break;
        }
    } else {
        switch (a->kind) {
        case ENG_ACT_OPTION:
        case ENG_ACT_CONFIRM:
            scn_play_advance(p);
            break;
        case ENG_ACT_POINTER_DOWN:
            p->pressed = eng_rect_contains(p->next, a->x, a->y) ? 1 : -1;
            break;
        case ENG_ACT_POINTER_UP:
            if (p->pressed == 1 && eng_rect_contains(p->next, a->x, a->y)) {
                scn_play_advance(p);
            }
            p->pressed = -1;
            break;
        default:
            break;
        }
    }
    eng_redraw();
}

static void scn_play_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    scn_play *p = s->self;
    if (p->n == 0 || p->state != SCN_PLAY_ASKING) {
        return;
    }
    double left = LT_QUIZ_TIME_LIMIT_MS - scn_play_elapsed(p);
    if (left <= 0) {
        scn_play_answer(p, -1);
        return;
    }
    int sec = (int)(left / 1000.0);
    if (left < 5000.0 && sec != p->last_tick_second) {
        p->last_tick_second = sec;
        eng_sound_play(ENG_SND_TICK);
    }
}

static bool scn_play_animating(eng_scene *s)
{
    scn_play *p = s->self;
    return (p->n > 0 && p->state == SCN_PLAY_ASKING) || eng_tween_running(&p->pop);
}

static void scn_play_draw_header(const scn_play *p, lt_lang L)
{
    char buf[128];
    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 34);
    snprintf(buf, sizeof buf, lt_tr(L, LT_S_QUESTION_N_OF), p->cur + 1, p->n);
    eng_text_draw(hf, buf, 80, 40, ENG_ALIGN_LEFT, SCN_TEXT_DIM);

    static const lt_str facet_names[LT_FACET_COUNT] = {LT_S_FACET_WHEN, LT_S_FACET_WHO, LT_S_FACET_WHERE,
                                                       LT_S_FACET_DOCUMENT};
    const char *facet = lt_tr(L, facet_names[p->q[p->cur].facet]);
    int fw = 0, fh = 0;
    eng_font ff = eng_font_get(ENG_FONT_BOLD, 30);
    eng_text_size(ff, facet, &fw, &fh);
    eng_fill_round_rect((eng_rect){420, 36, (float)fw + 40, 48}, 24, SCN_PANEL_HI);
    eng_text_draw(ff, facet, 440, 36 + (48 - (float)fh) / 2, ENG_ALIGN_LEFT, SCN_ACCENT);

    eng_font sf = eng_font_get(ENG_FONT_BOLD, 40);
    snprintf(buf, sizeof buf, "%s: %d", lt_tr(L, LT_S_SCORE), p->score);
    eng_text_draw(sf, buf, 1840, 36, ENG_ALIGN_RIGHT, SCN_TEXT);
    if (p->streak >= 2) {
        snprintf(buf, sizeof buf, "%s: %d", lt_tr(L, LT_S_STREAK), p->streak);
        eng_text_draw(hf, buf, 1400, 40, ENG_ALIGN_RIGHT, SCN_ACCENT);
    }
}

static void scn_play_draw_timer(const scn_play *p)
{
    double frac = 1.0;
    if (p->state == SCN_PLAY_ASKING) {
        frac = 1.0 - scn_play_elapsed(p) / LT_QUIZ_TIME_LIMIT_MS;
    } else {
        frac = 1.0 - (p->answered_ms - p->shown_ms) / LT_QUIZ_TIME_LIMIT_MS;
    }
    frac = frac < 0 ? 0 : frac > 1 ? 1 : frac;
    eng_rect track = {80, 112, 1760, 18};
    eng_fill_round_rect(track, 9, SCN_BG_DEEP);
    eng_color c = frac > 0.5 ? SCN_RIGHT : frac > 0.25 ? SCN_ACCENT : SCN_WRONG;
    if (frac > 0) {
        eng_fill_round_rect((eng_rect){track.x, track.y, track.w * (float)frac, track.h}, 9, c);
    }
}

static void scn_play_draw_feedback(const scn_play *p, lt_lang L)
{
    const lt_question *q = &p->q[p->cur];
    float k = eng_tween_value(&p->pop);
    float y0 = 860 + (1.0f - k) * 60.0f;
    eng_rect panel = {80, y0, 1440, 190};
    eng_fill_round_rect(panel, 16, SCN_BG_DEEP);
    bool right = p->chosen == q->correct;
    char head[160];
    if (right) {
        snprintf(head, sizeof head, "%s  ", lt_tr(L, LT_S_RIGHT));
        size_t used = strlen(head);
        snprintf(head + used, sizeof head - used, lt_tr(L, LT_S_POINTS), p->last_points);
    } else {
        snprintf(head, sizeof head, "%s", lt_tr(L, p->chosen < 0 ? LT_S_TIME_UP : LT_S_WRONG));
    }
    eng_font hf = eng_font_get(ENG_FONT_BOLD, 36);
    eng_text_draw(hf, head, panel.x + 28, panel.y + 14, ENG_ALIGN_LEFT, right ? (eng_color){120, 220, 150, 255}
                                                                              : (eng_color){250, 140, 130, 255});
    eng_font ef = eng_font_get(ENG_FONT_REGULAR, 28);
    eng_text_draw_wrapped(ef, q->explanation, (eng_rect){panel.x + 28, panel.y + 60, panel.w - 56, 80},
                          ENG_ALIGN_LEFT, SCN_TEXT);
    /* The source reference with the start of the quoted paragraph, cut to one line. */
    char src[LT_QUIZ_TEXT_MAX];
    const lt_event *ev = &p->ctx->pack->events[q->event];
    const char *quote = lt_event_source_text(p->ctx->pack, ev);
    if (q->paragraph > 0) {
        int used = snprintf(src, sizeof src, lt_tr(L, LT_S_SOURCE_PARAGRAPH), q->paragraph);
        if (quote != NULL && used > 0 && (size_t)used < sizeof src) {
            snprintf(src + used, sizeof src - (size_t)used, ": «%s»", quote);
        }
    } else {
        snprintf(src, sizeof src, "%s", q->external ? lt_tr(L, LT_S_EXTERNAL_SOURCE) : "");
    }
    eng_font sf = eng_font_get(ENG_FONT_REGULAR, 24);
    eng_text_draw_wrapped(sf, src, (eng_rect){panel.x + 28, panel.y + 148, panel.w - 56, 30}, ENG_ALIGN_LEFT,
                          SCN_TEXT_DIM);

    const char *label = lt_tr(L, p->cur + 1 >= p->n ? LT_S_SEE_RESULTS : LT_S_NEXT);
    scn_ui_button(p->next, label, SCN_BTN_FOCUS, 0, 40);
}

static void scn_play_draw(eng_scene *s)
{
    scn_play *p = s->self;
    lt_lang L = p->ctx->lang;
    scn_ui_backdrop();
    if (p->n == 0) {
        eng_font f = eng_font_get(ENG_FONT_REGULAR, 44);
        eng_text_draw_wrapped(f, lt_tr(L, LT_S_NO_QUESTIONS), (eng_rect){200, 400, 1520, 300}, ENG_ALIGN_CENTER,
                              SCN_TEXT);
        return;
    }
    const lt_question *q = &p->q[p->cur];
    scn_play_draw_header(p, L);
    scn_play_draw_timer(p);

    eng_font pf = eng_font_get(ENG_FONT_BOLD, 52);
    int lines = 1;
    float ph = eng_text_wrapped_height(pf, q->prompt, 1760, &lines);
    if (ph > 280) {
        pf = eng_font_get(ENG_FONT_BOLD, 42);
        ph = eng_text_wrapped_height(pf, q->prompt, 1760, &lines);
    }
    float py = 160 + (290 - (ph < 290 ? ph : 290)) / 2;
    eng_text_draw_wrapped(pf, q->prompt, (eng_rect){80, py, 1760, 290}, ENG_ALIGN_CENTER, SCN_TEXT);

    int hover = p->state == SCN_PLAY_ASKING ? p->focus : -1;
    for (int i = 0; i < q->n_options; i++) {
        scn_button_state st = SCN_BTN_NORMAL;
        if (p->state == SCN_PLAY_FEEDBACK) {
            st = i == q->correct ? SCN_BTN_RIGHT : i == p->chosen ? SCN_BTN_WRONG : SCN_BTN_DIM;
        } else if (i == hover) {
            st = SCN_BTN_FOCUS;
        }
        scn_ui_button(p->opt[i], q->options[i], st, i + 1, 40);
    }

    if (p->state == SCN_PLAY_FEEDBACK) {
        scn_play_draw_feedback(p, L);
    } else {
        eng_font hint = eng_font_get(ENG_FONT_REGULAR, 28);
        eng_text_draw(hint, lt_tr(L, LT_S_PLAY_HINT), ENG_CANVAS_W / 2, 1000, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    }
}

static void scn_play_destroy(eng_scene *s)
{
    free(s->self);
}

void scn_play_push(scn_ctx *ctx, bool replace)
{
    scn_play *p = calloc(1, sizeof *p);
    if (p == NULL) {
        return;
    }
    p->ctx = ctx;
    p->n = lt_quiz_round(ctx->pack, ctx->lang, ctx->seed + ctx->rounds_started, p->q, LT_QUIZ_ROUND_LEN);
    ctx->rounds_started++;
    scn_play_layout(p);
    scn_play_show(p, 0);
    eng_scene s = {.name = "play", .self = p, .action = scn_play_action, .tick = scn_play_tick,
                   .draw = scn_play_draw, .animating = scn_play_animating, .destroy = scn_play_destroy};
    if (replace) {
        eng_scene_replace(&s);
    } else {
        eng_scene_push(&s);
    }
}
