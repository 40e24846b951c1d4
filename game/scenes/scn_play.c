/* scn_play.c: a session of questions in any mode: header, countdown bar,
 * the prompt, the question view for its type, the question's picture when
 * it has one, and after each answer the verdict with a sign, the points, the
 * fact and its source paragraph (in an exam the feedback waits for the
 * report). Depends on: scn.h, scn_ui.h, scn_qview.h, scn_picture.h,
 * scn_text.h, eng.h, lt_session.h, lt_i18n.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "lt_session.h"
#include "scn.h"
#include "scn_board.h"
#include "scn_picture.h"
#include "scn_qview.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_PLAY_GUARD_MS 350.0 /* ignore input this long after an answer */

typedef enum scn_play_state { SCN_PLAY_ASKING = 0, SCN_PLAY_FEEDBACK, SCN_PLAY_EMPTY } scn_play_state;

typedef struct scn_play {
    scn_ctx *ctx;
    lt_session *session;
    lt_mode mode;
    int level;
    char empty_reason[256];
    lt_question q;
    scn_qview view;
    int number;            /* 1-based number of the current question */
    scn_play_state state;
    double shown_ms;       /* logical time the question appeared */
    double answered_ms;
    double limit_ms;       /* 0 = no timer */
    lt_session_result res;
    lt_answer last_answer; /* what the player gave (for the note on a wrong option) */
    bool timed_out;
    int last_tick_second;
    int score;
    int streak;
    scn_buttons next;
    scn_buttons hint_btn;  /* "Hint": shows the source paragraph; grades Hard at best */
    bool hint_used;
    eng_tween pop;         /* feedback panel slide-in */
} scn_play;

static const eng_rect SCN_PLAY_AREA = {80, 440, 1760, 410};
/* With a picture: the prompt and the answers keep the left, the picture
 * (with its caption) takes a column on the right, above the feedback panel.
 * Date, order and match answers need the whole width: their picture sits
 * beside the prompt instead, above the answers. */
static const eng_rect SCN_PLAY_PICTURE = {1840 - SCN_PICTURE_COL_W, 150, SCN_PICTURE_COL_W, 700};
static const eng_rect SCN_PLAY_PICTURE_TOP = {1360, 146, 480, 288};
#define SCN_PLAY_PICTURE_GAP 40.0f

static double scn_play_elapsed(const scn_play *p)
{
    return eng_time_ms() - p->shown_ms;
}

static void scn_play_finish(scn_play *p);

/* The hint is the quoted source paragraph; facts from outside the text have none. */
static const char *scn_play_hint_text(const scn_play *p)
{
    const lt_pack *pack = p->ctx->pack;
    if (p->q.event >= pack->n_events || p->q.paragraph <= 0) {
        return NULL;
    }
    return lt_event_source_text(pack, &pack->events[p->q.event]);
}

static bool scn_play_hint_available(const scn_play *p)
{
    return !lt_session_hides_feedback(p->session) && scn_play_hint_text(p) != NULL;
}

/* The picture of the current question (its own, or its fact's), or NULL. */
static const lt_image *scn_play_picture(const scn_play *p)
{
    return p->state == SCN_PLAY_EMPTY ? NULL : scn_picture_for(p->ctx->pack, &p->q);
}

/* Whether the answers need the whole width (the picture goes beside the prompt). */
static bool scn_play_wide_answers(const scn_play *p)
{
    return p->q.type == LT_Q_DATE || p->q.type == LT_Q_ORDER || p->q.type == LT_Q_MATCH;
}

/* Width left for the prompt, and for the answers. */
static float scn_play_prompt_width(const scn_play *p)
{
    if (scn_play_picture(p) == NULL) {
        return SCN_PLAY_AREA.w;
    }
    eng_rect pic = scn_play_wide_answers(p) ? SCN_PLAY_PICTURE_TOP : SCN_PLAY_PICTURE;
    return pic.x - SCN_PLAY_PICTURE_GAP - SCN_PLAY_AREA.x;
}

static float scn_play_answers_width(const scn_play *p)
{
    return scn_play_wide_answers(p) ? SCN_PLAY_AREA.w : scn_play_prompt_width(p);
}

/* Sets the scene up for the question just taken into p->q. */
static void scn_play_begin_question(scn_play *p)
{
    scn_ctx *ctx = p->ctx;
    p->number++;
    p->state = SCN_PLAY_ASKING;
    p->shown_ms = eng_time_ms();
    p->limit_ms = lt_session_time_limit_ms(p->session);
    p->timed_out = false;
    p->hint_used = false;
    p->last_tick_second = -1;
    eng_rect area = SCN_PLAY_AREA;
    area.w = scn_play_answers_width(p);
    scn_qview_init(&p->view, &p->q, ctx->lang, area);
    scn_qview_set_start_year(&p->view, scn_qview_neutral_year(ctx->pack));
    eng_text_mode(scn_qview_wants_text(&p->view));
    eng_redraw();
}

static void scn_play_show_next(scn_play *p)
{
    if (!lt_session_next(p->session, scn_now_ms(p->ctx), &p->q)) {
        scn_play_finish(p);
        return;
    }
    scn_play_begin_question(p);
}

static void scn_play_answer(scn_play *p, const lt_answer *a)
{
    if (p->state != SCN_PLAY_ASKING) {
        return;
    }
    p->answered_ms = eng_time_ms();
    double t = p->answered_ms - p->shown_ms;
    eng_text_mode(false);
    lt_session_answer(p->session, a, t, p->hint_used, scn_now_ms(p->ctx), &p->res);
    p->timed_out = a == NULL;
    if (a != NULL) {
        p->last_answer = *a;
    }
    p->score += p->res.score.total;
    p->streak = p->res.score.streak_after;
    if (lt_session_hides_feedback(p->session)) {
        /* An exam: no verdict until the report. */
        eng_sound_play(ENG_SND_CLICK);
        scn_play_show_next(p);
        return;
    }
    eng_sound_play(p->res.judgement.verdict != LT_VERDICT_WRONG ? ENG_SND_RIGHT : ENG_SND_WRONG);
    p->state = SCN_PLAY_FEEDBACK;
    eng_tween_start(&p->pop, 0.0f, 1.0f, 260.0, ENG_EASE_OUT_CUBIC);
    eng_redraw();
}

static void scn_play_finish(scn_play *p)
{
    scn_ctx *ctx = p->ctx;
    lt_session_summary sum;
    lt_session_summary_get(p->session, scn_now_ms(ctx), &sum);
    ctx->rounds_finished++;
    ctx->last.score = sum.score;
    ctx->last.right = sum.right;
    ctx->last.total = sum.asked;
    ctx->last.best_streak = sum.best_streak;
    eng_text_mode(false);
    eng_sound_play(ENG_SND_ROUND_END);
    lt_session *s = p->session;
    p->session = NULL; /* the results screen owns it now */
    scn_results_show(ctx, s, &sum, p->mode, p->level);
}

static void scn_play_advance(scn_play *p)
{
    if (p->state != SCN_PLAY_FEEDBACK || eng_time_ms() - p->answered_ms < SCN_PLAY_GUARD_MS) {
        return;
    }
    eng_sound_play(ENG_SND_CLICK);
    scn_play_show_next(p);
}

/* True when the question's event has a date, so it can be shown on the timeline. */
static bool scn_play_dated(const scn_play *p)
{
    const lt_pack *pack = p->ctx->pack;
    return p->q.event != LT_QUIZ_NO_EVENT && p->q.event < pack->n_events &&
           pack->events[p->q.event].date.from.prec != LT_PREC_NONE;
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
        eng_text_mode(false);
        eng_scene_pop();
        return;
    }
    if (p->state == SCN_PLAY_EMPTY) {
        if (a->kind == ENG_ACT_CONFIRM || a->kind == ENG_ACT_POINTER_UP) {
            eng_scene_pop();
        }
        return;
    }
    if (p->state == SCN_PLAY_ASKING) {
        lt_answer ans;
        /* H (Р on a Russian layout) or the button asks for the hint. */
        bool hint_key = a->kind == ENG_ACT_TEXT && !scn_qview_wants_text(&p->view) &&
                        (strcmp(a->text, "h") == 0 || strcmp(a->text, "H") == 0 || strcmp(a->text, "р") == 0 ||
                         strcmp(a->text, "Р") == 0);
        if (!p->hint_used && scn_play_hint_available(p) &&
            (hint_key || ((a->kind == ENG_ACT_POINTER_DOWN || a->kind == ENG_ACT_POINTER_UP) &&
                          scn_buttons_action(&p->hint_btn, a) == 0))) {
            p->hint_used = true;
            eng_sound_play(ENG_SND_CLICK);
        } else if (scn_qview_action(&p->view, a, &ans)) {
            scn_play_answer(p, &ans);
        }
    } else {
        p->next.n = scn_play_dated(p) ? 2 : 1; /* "on the timeline" only for a dated event */
        p->next.focus = p->next.focus < p->next.n ? p->next.focus : 0;
        int hit = a->kind == ENG_ACT_OPTION ? 0 : scn_buttons_action(&p->next, a);
        if (hit == 0) {
            scn_play_advance(p);
        } else if (hit == 1) {
            eng_sound_play(ENG_SND_CLICK);
            scn_board_push(p->ctx, (int)p->q.event);
            return;
        }
    }
    eng_redraw();
}

static void scn_play_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    scn_play *p = s->self;
    if (p->state != SCN_PLAY_ASKING || p->limit_ms <= 0) {
        return;
    }
    double left = p->limit_ms - scn_play_elapsed(p);
    if (left <= 0) {
        scn_play_answer(p, NULL);
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
    return (p->state == SCN_PLAY_ASKING && (p->limit_ms > 0 || scn_qview_animating(&p->view))) ||
           eng_tween_running(&p->pop);
}

static const char *scn_play_mode_label(lt_mode m, lt_lang L)
{
    switch (m) {
    case LT_MODE_STUDY: return scn_tr(L, SCN_S_MODE_STUDY);
    case LT_MODE_EXAM: return scn_tr(L, SCN_S_MODE_EXAM);
    case LT_MODE_LEVEL: return scn_tr(L, SCN_S_MODE_LEVEL);
    case LT_MODE_PRACTICE: return scn_tr(L, SCN_S_MODE_PRACTICE);
    default: return scn_tr(L, SCN_S_MODE_QUICK);
    }
}

static const char *scn_play_facet_label(lt_facet f, lt_lang L)
{
    static const lt_str names[] = {LT_S_FACET_WHEN, LT_S_FACET_WHO, LT_S_FACET_WHERE, LT_S_FACET_DOCUMENT,
                                   LT_S_FACET_WHY, LT_S_FACET_WHAT, LT_S_FACET_HAND};
    return (unsigned)f < sizeof names / sizeof names[0] ? lt_tr(L, names[f]) : "";
}

/* A rounded label ("chip") at x; returns its right edge. */
static float scn_play_chip(float x, const char *text, eng_color fg)
{
    int w = 0, h = 0;
    eng_font f = eng_font_get(ENG_FONT_BOLD, 30);
    eng_text_size(f, text, &w, &h);
    eng_fill_round_rect((eng_rect){x, 36, (float)w + 40, 48}, 24, SCN_PANEL_HI);
    eng_text_draw(f, text, x + 20, 36 + (48 - (float)h) / 2, ENG_ALIGN_LEFT, fg);
    return x + (float)w + 40;
}

static void scn_play_draw_header(const scn_play *p, lt_lang L)
{
    char buf[160];
    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 34);
    if (p->mode == LT_MODE_QUICK || p->mode == LT_MODE_EXAM || p->mode == LT_MODE_LEVEL) {
        snprintf(buf, sizeof buf, lt_tr(L, LT_S_QUESTION_N_OF), p->number, lt_session_length(p->session));
    } else {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_QUESTION_N), p->number);
    }
    eng_text_draw(hf, buf, 80, 40, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    int w = 0, h = 0;
    eng_text_size(hf, buf, &w, &h);
    float x = 80 + (float)w + 36;
    x = scn_play_chip(x, scn_play_mode_label(p->mode, L), SCN_TEXT) + 16;
    scn_play_chip(x, scn_play_facet_label(p->q.facet, L), SCN_ACCENT);

    if (lt_session_hides_feedback(p->session)) {
        return; /* an exam: the score would tell right from wrong */
    }
    eng_font sf = eng_font_get(ENG_FONT_BOLD, 40);
    snprintf(buf, sizeof buf, "%s: %d", lt_tr(L, LT_S_SCORE), p->score);
    eng_text_draw(sf, buf, 1840, 36, ENG_ALIGN_RIGHT, SCN_TEXT);
    if (p->streak >= 2) {
        snprintf(buf, sizeof buf, "%s: %d", lt_tr(L, LT_S_STREAK), p->streak);
        eng_text_size(sf, "0000000000000", &w, &h);
        eng_text_draw(hf, buf, 1840 - (float)w - 40, 40, ENG_ALIGN_RIGHT, SCN_ACCENT);
    }
}

static void scn_play_draw_timer(const scn_play *p)
{
    if (p->limit_ms <= 0) {
        return; /* calm mode: no countdown */
    }
    double used = p->state == SCN_PLAY_ASKING ? scn_play_elapsed(p) : p->answered_ms - p->shown_ms;
    double frac = 1.0 - used / p->limit_ms;
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
    const lt_question *q = &p->q;
    float k = eng_tween_value(&p->pop);
    eng_rect panel = {80, 860 + (1.0f - k) * 60.0f, 1440, 200};
    eng_fill_round_rect(panel, 16, SCN_BG_DEEP);
    lt_verdict v = p->res.judgement.verdict;
    char head[320];
    if (v != LT_VERDICT_WRONG) {
        int used = snprintf(head, sizeof head, "%s  ", scn_tr(L, v == LT_VERDICT_CLOSE ? SCN_S_CLOSE : SCN_S_RIGHT_SHORT));
        used += snprintf(head + used, sizeof head - (size_t)used, lt_tr(L, LT_S_POINTS), p->res.score.total);
        if (p->res.score.streak > 0 && (size_t)used < sizeof head) {
            used += snprintf(head + used, sizeof head - (size_t)used, scn_tr(L, SCN_S_STREAK_BONUS),
                             p->res.score.streak);
        }
        if (p->res.score.memory > 0 && (size_t)used < sizeof head) {
            snprintf(head + used, sizeof head - (size_t)used, scn_tr(L, SCN_S_MEMORY_BONUS), p->res.score.memory);
        }
    } else {
        snprintf(head, sizeof head, "%s", lt_tr(L, p->timed_out ? LT_S_TIME_UP : LT_S_WRONG));
    }
    eng_font hf = eng_font_get(ENG_FONT_BOLD, 34);
    eng_color hc = v != LT_VERDICT_WRONG ? (eng_color){120, 220, 150, 255} : (eng_color){250, 140, 130, 255};
    eng_text_draw(hf, head, panel.x + 28, panel.y + 12, ENG_ALIGN_LEFT, hc);

    /* The fact; a note on why the chosen wrong option tempts comes first. */
    const char *note = q->note;
    if (q->type == LT_Q_CHOICE || q->type == LT_Q_TRUEFALSE) {
        int chosen = p->timed_out ? -1 : p->last_answer.choice;
        if (chosen >= 0 && chosen < LT_QUIZ_OPTIONS_MAX && q->notes[chosen][0] != '\0' && v == LT_VERDICT_WRONG) {
            note = q->notes[chosen];
        }
    }
    char text[LT_QUIZ_TEXT_MAX + LT_QUIZ_NOTE_MAX + 8];
    if (note[0] != '\0' && v == LT_VERDICT_WRONG) {
        snprintf(text, sizeof text, "%s %s", note, q->explanation);
    } else {
        snprintf(text, sizeof text, "%s", q->explanation);
    }
    eng_font ef = eng_font_get(ENG_FONT_REGULAR, 28);
    eng_text_draw_wrapped(ef, text, (eng_rect){panel.x + 28, panel.y + 58, panel.w - 56, 82}, ENG_ALIGN_LEFT,
                          SCN_TEXT);

    /* The source reference with the start of the quoted paragraph, one line. */
    char src[LT_QUIZ_TEXT_MAX];
    const lt_event *ev = q->event < p->ctx->pack->n_events ? &p->ctx->pack->events[q->event] : NULL;
    const char *quote = ev != NULL ? lt_event_source_text(p->ctx->pack, ev) : NULL;
    if (q->paragraph > 0) {
        int used = snprintf(src, sizeof src, lt_tr(L, LT_S_SOURCE_PARAGRAPH), q->paragraph);
        if (quote != NULL && used > 0 && (size_t)used < sizeof src) {
            snprintf(src + used, sizeof src - (size_t)used, ": «%s»", quote);
        }
    } else {
        snprintf(src, sizeof src, "%s", q->external ? lt_tr(L, LT_S_EXTERNAL_SOURCE) : "");
    }
    eng_font sf = eng_font_get(ENG_FONT_REGULAR, 24);
    eng_text_draw_wrapped(sf, src, (eng_rect){panel.x + 28, panel.y + 152, panel.w - 56, 30}, ENG_ALIGN_LEFT,
                          SCN_TEXT_DIM);

    const char *label = lt_tr(L, LT_S_NEXT);
    scn_ui_button(p->next.rects[0], label, scn_buttons_state(&p->next, 0), 0, 40);
    if (scn_play_dated(p)) {
        scn_ui_button(p->next.rects[1], scn_tr(L, SCN_S_TL_ON_BOARD), scn_buttons_state(&p->next, 1), 0, 30);
    }
}

static void scn_play_draw(eng_scene *s)
{
    scn_play *p = s->self;
    lt_lang L = p->ctx->lang;
    scn_ui_backdrop();
    if (p->state == SCN_PLAY_EMPTY) {
        eng_font f = eng_font_get(ENG_FONT_REGULAR, 44);
        eng_text_draw_wrapped(f, p->empty_reason, (eng_rect){200, 380, 1520, 300}, ENG_ALIGN_CENTER, SCN_TEXT);
        eng_font hint = eng_font_get(ENG_FONT_REGULAR, 28);
        eng_text_draw(hint, lt_tr(L, LT_S_BACK), ENG_CANVAS_W / 2, 760, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
        return;
    }
    scn_play_draw_header(p, L);
    scn_play_draw_timer(p);

    float pw = scn_play_prompt_width(p);
    eng_font pf = eng_font_get(ENG_FONT_BOLD, 50);
    int lines = 1;
    float ph = eng_text_wrapped_height(pf, p->q.prompt, pw, &lines);
    if (ph > 270) {
        pf = eng_font_get(ENG_FONT_BOLD, 40);
        ph = eng_text_wrapped_height(pf, p->q.prompt, pw, &lines);
    }
    float py = 150 + (270 - (ph < 270 ? ph : 270)) / 2;
    eng_text_draw_wrapped(pf, p->q.prompt, (eng_rect){80, py, pw, 270}, ENG_ALIGN_CENTER, SCN_TEXT);
    const lt_image *pic = scn_play_picture(p);
    if (pic != NULL) {
        scn_picture_draw(pic, L, scn_play_wide_answers(p) ? SCN_PLAY_PICTURE_TOP : SCN_PLAY_PICTURE);
    }

    scn_qview_draw(&p->view, p->state == SCN_PLAY_FEEDBACK ? &p->res.judgement : NULL);
    if (p->state == SCN_PLAY_FEEDBACK) {
        scn_play_draw_feedback(p, L);
    } else if (p->hint_used) {
        char text[LT_QUIZ_TEXT_MAX * 4];
        snprintf(text, sizeof text, "%s «%s»", scn_tr(L, SCN_S_HINT_SOURCE), scn_play_hint_text(p));
        eng_fill_round_rect((eng_rect){80, 862, 1760, 196}, 16, SCN_BG_DEEP);
        eng_font hf = eng_font_get(ENG_FONT_REGULAR, 26);
        eng_text_draw_wrapped(hf, text, (eng_rect){108, 876, 1704, 170}, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    } else {
        eng_font hint = eng_font_get(ENG_FONT_REGULAR, 28);
        eng_text_draw(hint, scn_qview_hint(&p->view), ENG_CANVAS_W / 2, 1010, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
        if (scn_play_hint_available(p)) {
            scn_ui_button(p->hint_btn.rects[0], scn_tr(L, SCN_S_HINT), SCN_BTN_NORMAL, 0, 34);
        }
    }
}

static void scn_play_destroy(eng_scene *s)
{
    scn_play *p = s->self;
    eng_text_mode(false);
    lt_session_free(p->session);
    free(p);
}

void scn_play_start(scn_ctx *ctx, lt_mode mode, int level, bool replace)
{
    scn_play *p = calloc(1, sizeof *p);
    if (p == NULL) {
        return;
    }
    p->ctx = ctx;
    p->mode = mode;
    p->level = level;
    scn_buttons_init(&p->hint_btn, false);
    scn_buttons_add(&p->hint_btn, (eng_rect){1580, 880, 260, 120});
    scn_buttons_init(&p->next, false);
    scn_buttons_add(&p->next, (eng_rect){1540, 950, 300, 90});
    scn_buttons_add(&p->next, (eng_rect){1540, 860, 300, 80});
    lt_session_desc d = {.pack = ctx->pack, .store = ctx->store, .profile = &ctx->profile, .lang = ctx->lang,
                         .mode = mode, .level = level, .seed = ctx->seed + ctx->rounds_started,
                         .now_ms = scn_now_ms(ctx), .day_start_ms = scn_day_start_ms(ctx),
                         .calm = ctx->profile.id > 0 && ctx->profile.calm};
    ctx->rounds_started++;
    char err[256] = "";
    p->session = ctx->pack != NULL ? lt_session_start(&d, err, sizeof err) : NULL;
    if (p->session == NULL) {
        p->state = SCN_PLAY_EMPTY;
        snprintf(p->empty_reason, sizeof p->empty_reason, "%s", lt_tr(ctx->lang, LT_S_NO_QUESTIONS));
    }
    if (p->session != NULL) {
        if (lt_session_next(p->session, scn_now_ms(ctx), &p->q)) {
            scn_play_begin_question(p);
        } else {
            /* Nothing due and no new card allowed today. */
            p->state = SCN_PLAY_EMPTY;
            snprintf(p->empty_reason, sizeof p->empty_reason, "%s", scn_tr(ctx->lang, SCN_S_NOTHING_DUE));
        }
    }
    eng_scene sc = {.name = "play", .self = p, .action = scn_play_action, .tick = scn_play_tick,
                    .draw = scn_play_draw, .animating = scn_play_animating, .destroy = scn_play_destroy};
    if (replace) {
        eng_scene_replace(&sc);
    } else {
        eng_scene_push(&sc);
    }
}

void scn_play_push(scn_ctx *ctx, bool replace)
{
    scn_play_start(ctx, LT_MODE_QUICK, -1, replace);
}
