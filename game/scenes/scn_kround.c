/* scn_kround.c: a kiosk visitor's round: cfg round_len questions answered by
 * touch only (choice, true/false, order and timeline placement; no typing),
 * targets at least 120 px tall, progress dots, the score by lt_score's rules,
 * and after each answer right/wrong with the fact in a line. Nothing goes to
 * a profile: each answer goes to the anonymous visit in the kiosk database.
 * Depends on: scn_kiosk_int.h, scn_qview.h, scn_board.h (scn_tl_card), scn_ui.h,
 * scn_text.h, lt_kiosk_rules.h, lt_score.h, lt_sched.h (fact keys). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "lt_sched.h"
#include "lt_score.h"
#include "scn_board.h"
#include "scn_kiosk_int.h"
#include "scn_qview.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_KR_GUARD_MS 400.0     /* taps ignored this long after an answer */
#define SCN_KR_AUTO_NEXT_MS 10000.0 /* feedback moves on by itself */
#define SCN_KR_SLOT_W 120.0f
#define SCN_KR_SLOT_H 200.0f
#define SCN_KR_SLOT_Y 470.0f
#define SCN_KR_LINE_W_MAX 420.0f
#define SCN_KR_LINE_H 124.0f
#define SCN_KR_GAP 16.0f

typedef enum scn_kr_state { SCN_KR_ASKING = 0, SCN_KR_FEEDBACK } scn_kr_state;

typedef struct scn_kround {
    scn_ctx *ctx;
    lt_kq *qs;
    int n;
    int cur;
    scn_kr_state state;
    scn_qview view;
    /* placement */
    eng_rect slot[LT_KQ_LINE + 1];
    eng_rect line_card[LT_KQ_LINE];
    char line_date[LT_KQ_LINE][64];
    char target_date[64];
    int slot_pressed, slot_focus, slot_chosen;
    /* scoring */
    double shown_ms, answered_ms;
    bool right;
    lt_score_out pts;
    lt_judgement judged;
    int score, streak, n_right;
    signed char result[LT_KROUND_MAX]; /* 1 right, 0 wrong, -1 not yet */
    scn_buttons next;
} scn_kround;

static const eng_rect SCN_KR_AREA = {80, 420, 1760, 430};
static scn_kround *scn_kr_live;

static const lt_kq *scn_kr_q(const scn_kround *r)
{
    return r->cur < r->n ? &r->qs[r->cur] : NULL;
}

static void scn_kr_layout_place(scn_kround *r)
{
    const lt_kq *kq = scn_kr_q(r);
    int n = kq->n_line;
    float cw = (1760.0f - (float)(n + 1) * SCN_KR_SLOT_W - (float)(2 * n) * SCN_KR_GAP) / (float)(n > 0 ? n : 1);
    cw = cw > SCN_KR_LINE_W_MAX ? SCN_KR_LINE_W_MAX : cw;
    float total = (float)n * cw + (float)(n + 1) * SCN_KR_SLOT_W + (float)(2 * n) * SCN_KR_GAP;
    float x = (ENG_CANVAS_W - total) / 2;
    for (int i = 0; i <= n; i++) {
        r->slot[i] = (eng_rect){x, SCN_KR_SLOT_Y, SCN_KR_SLOT_W, SCN_KR_SLOT_H};
        x += SCN_KR_SLOT_W + SCN_KR_GAP;
        if (i < n) {
            r->line_card[i] = (eng_rect){x, SCN_KR_SLOT_Y + (SCN_KR_SLOT_H - SCN_KR_LINE_H) / 2, cw, SCN_KR_LINE_H};
            x += cw + SCN_KR_GAP;
            lt_date_format(&r->ctx->pack->events[kq->line[i]].date, (int)r->ctx->lang, r->line_date[i],
                           sizeof r->line_date[i]);
        }
    }
    lt_date_format(&r->ctx->pack->events[kq->q.event].date, (int)r->ctx->lang, r->target_date,
                   sizeof r->target_date);
    r->slot_pressed = r->slot_chosen = -1;
    r->slot_focus = -1;
}

static void scn_kr_begin(scn_kround *r)
{
    const lt_kq *kq = scn_kr_q(r);
    r->state = SCN_KR_ASKING;
    r->shown_ms = eng_time_ms();
    if (kq->kind == LT_KQ_PLACE) {
        memset(&r->view, 0, sizeof r->view);
        scn_kr_layout_place(r);
    } else {
        scn_qview_init(&r->view, &kq->q, r->ctx->lang, SCN_KR_AREA);
        r->view.focus = -1; /* a touch screen: no keyboard focus shown */
    }
    eng_redraw();
}

/* The fact key the kiosk database keeps answers under (as the scheduler names facts). */
static void scn_kr_fact_key(const scn_kround *r, const lt_kq *kq, char *buf, size_t len)
{
    const lt_pack *pack = r->ctx->pack;
    const lt_question *q = &kq->q;
    const char *ev = q->event < pack->n_events ? pack->events[q->event].id : NULL;
    if (kq->kind == LT_KQ_QUIZ && q->hand >= 0 && (size_t)q->hand < pack->n_questions) {
        lt_fact_key(buf, len, ev, NULL, pack->questions[q->hand].id);
    } else {
        lt_fact_key(buf, len, ev, lt_facet_name(q->facet), NULL);
    }
}

static void scn_kr_answered(scn_kround *r, bool right)
{
    r->answered_ms = eng_time_ms();
    r->right = right;
    lt_score_in in = {.right = right, .answer_ms = r->answered_ms - r->shown_ms, .limit_ms = LT_QUIZ_TIME_LIMIT_MS,
                      .streak_before = r->streak};
    r->pts = lt_score_answer(&in);
    r->score += r->pts.total;
    r->streak = r->pts.streak_after;
    r->n_right += right;
    r->result[r->cur] = right ? 1 : 0;
    r->state = SCN_KR_FEEDBACK;
    char key[LT_FACT_KEY_MAX];
    scn_kr_fact_key(r, scn_kr_q(r), key, sizeof key);
    scn_kiosk_answered(key, right, r->score);
    eng_sound_play(right ? ENG_SND_RIGHT : ENG_SND_WRONG);
    eng_redraw();
}

/* Three facts for the end screen: the ones missed first (learned now). */
static void scn_kr_facts(const scn_kround *r, scn_kresult *res)
{
    for (int pass = 0; pass < 2 && res->n_facts < SCN_K_FACTS; pass++) {
        for (int i = 0; i < r->n && res->n_facts < SCN_K_FACTS; i++) {
            const lt_question *q = &r->qs[i].q;
            if ((r->result[i] == 1) != (pass == 1) || r->result[i] < 0) {
                continue;
            }
            const char *text = q->explanation[0] != '\0' ? q->explanation : q->answer;
            if (text[0] == '\0') {
                continue;
            }
            snprintf(res->facts[res->n_facts++], sizeof res->facts[0], "%s", text);
        }
    }
}

static void scn_kr_finish(scn_kround *r)
{
    scn_kresult res;
    memset(&res, 0, sizeof res);
    res.score = r->score;
    res.right = r->n_right;
    res.total = r->n;
    scn_kr_facts(r, &res);
    r->ctx->rounds_finished++;
    r->ctx->last.score = r->score;
    r->ctx->last.right = r->n_right;
    r->ctx->last.total = r->n;
    eng_sound_play(ENG_SND_ROUND_END);
    scn_kiosk_round_done();
    scn_kend_show(r->ctx, &res); /* replaces this scene */
}

static void scn_kr_advance(scn_kround *r)
{
    if (r->state != SCN_KR_FEEDBACK || eng_time_ms() - r->answered_ms < SCN_KR_GUARD_MS) {
        return;
    }
    r->cur++;
    if (r->cur >= r->n) {
        scn_kr_finish(r);
        return;
    }
    eng_sound_play(ENG_SND_CLICK);
    scn_kr_begin(r);
}

static void scn_kr_place_pick(scn_kround *r, int slot)
{
    const lt_kq *kq = scn_kr_q(r);
    if (slot < 0 || slot > kq->n_line) {
        return;
    }
    r->slot_chosen = slot;
    scn_kr_answered(r, lt_kq_place_ok(r->ctx->pack, kq, slot));
}

static void scn_kr_place_action(scn_kround *r, const eng_action *a)
{
    const lt_kq *kq = scn_kr_q(r);
    int hit = scn_ui_hit(r->slot, kq->n_line + 1, a->x, a->y);
    switch (a->kind) {
    case ENG_ACT_POINTER_DOWN:
        r->slot_pressed = hit;
        break;
    case ENG_ACT_POINTER_UP: {
        int t = hit >= 0 && hit == r->slot_pressed ? hit : -1;
        r->slot_pressed = -1;
        scn_kr_place_pick(r, t);
        break;
    }
    case ENG_ACT_OPTION:
        scn_kr_place_pick(r, a->value);
        break;
    case ENG_ACT_LEFT:
    case ENG_ACT_RIGHT: {
        int f = r->slot_focus < 0 ? 0 : r->slot_focus + (a->kind == ENG_ACT_RIGHT ? 1 : -1);
        r->slot_focus = f < 0 ? 0 : f > kq->n_line ? kq->n_line : f;
        break;
    }
    case ENG_ACT_CONFIRM:
        scn_kr_place_pick(r, r->slot_focus);
        break;
    default:
        break;
    }
}

static void scn_kr_action(eng_scene *s, const eng_action *a)
{
    scn_kround *r = s->self;
    const lt_kq *kq = scn_kr_q(r);
    if (kq == NULL) {
        return;
    }
    if (r->state == SCN_KR_ASKING) {
        if (kq->kind == LT_KQ_PLACE) {
            scn_kr_place_action(r, a);
        } else {
            lt_answer ans;
            if (scn_qview_action(&r->view, a, &ans)) {
                r->judged.verdict = lt_quiz_judge(&kq->q, &ans, &r->judged);
                scn_kr_answered(r, r->judged.verdict != LT_VERDICT_WRONG);
            }
        }
    } else if (scn_buttons_action(&r->next, a) == 0 || a->kind == ENG_ACT_OPTION) {
        scn_kr_advance(r);
        return;
    }
    eng_redraw();
}

static void scn_kr_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    scn_kround *r = s->self;
    /* The feedback moves on alone, but not under "Still there?". */
    if (r->state == SCN_KR_FEEDBACK && eng_time_ms() - r->answered_ms >= SCN_KR_AUTO_NEXT_MS &&
        scn_kiosk_state() == LT_KS_ROUND) {
        scn_kr_advance(r);
    }
}

static bool scn_kr_animating(eng_scene *s)
{
    scn_kround *r = s->self;
    return r->state == SCN_KR_ASKING; /* the speed bar drains */
}

static void scn_kr_draw_header(const scn_kround *r, lt_lang L)
{
    char buf[128];
    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 36);
    snprintf(buf, sizeof buf, lt_tr(L, LT_S_QUESTION_N_OF), r->cur + 1, r->n);
    eng_text_draw(hf, buf, 160, 36, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    /* Progress dots: answered right (check), wrong (cross), current, to come. */
    int w = 0, h = 0;
    eng_text_size(hf, buf, &w, &h);
    float x = 160 + (float)w + 50;
    for (int i = 0; i < r->n; i++, x += 52) {
        float cy = 36 + (float)h / 2;
        if (r->result[i] == 1) {
            eng_fill_circle(x, cy, 19, SCN_RIGHT);
            scn_ui_check(x, cy, 20, SCN_TEXT);
        } else if (r->result[i] == 0) {
            eng_fill_circle(x, cy, 19, SCN_WRONG);
            scn_ui_cross(x, cy, 18, SCN_TEXT);
        } else if (i == r->cur) {
            eng_fill_circle(x, cy, 19, SCN_ACCENT);
            eng_fill_circle(x, cy, 12, SCN_BG);
        } else {
            eng_fill_circle(x, cy, 12, SCN_PANEL_HI);
        }
    }
    eng_font sf = eng_font_get(ENG_FONT_BOLD, 44);
    snprintf(buf, sizeof buf, "%s: %d", lt_tr(L, LT_S_SCORE), r->score);
    eng_text_draw(sf, buf, 1840, 32, ENG_ALIGN_RIGHT, SCN_TEXT);

    /* The speed points still to win: a bar draining over the time limit. */
    double used = (r->state == SCN_KR_ASKING ? eng_time_ms() : r->answered_ms) - r->shown_ms;
    double frac = 1.0 - used / LT_QUIZ_TIME_LIMIT_MS;
    frac = frac < 0 ? 0 : frac > 1 ? 1 : frac;
    eng_rect track = {160, 112, 1680, 14};
    eng_fill_round_rect(track, 7, SCN_BG_DEEP);
    if (frac > 0) {
        eng_fill_round_rect((eng_rect){track.x, track.y, track.w * (float)frac, track.h}, 7, SCN_ACCENT);
    }
}

static void scn_kr_draw_prompt(const char *text, float top, float h)
{
    eng_font pf = eng_font_get(ENG_FONT_BOLD, 52);
    int lines = 1;
    float ph = eng_text_wrapped_height(pf, text, 1680, &lines);
    if (ph > h) {
        pf = eng_font_get(ENG_FONT_BOLD, 42);
        ph = eng_text_wrapped_height(pf, text, 1680, &lines);
    }
    float py = top + (h - (ph < h ? ph : h)) / 2;
    eng_text_draw_wrapped(pf, text, (eng_rect){120, py, 1680, h}, ENG_ALIGN_CENTER, SCN_TEXT);
}

static void scn_kr_draw_place(const scn_kround *r, lt_lang L)
{
    const lt_kq *kq = scn_kr_q(r);
    const lt_pack *pack = r->ctx->pack;
    scn_kr_draw_prompt(scn_tr(L, SCN_S_K_PLACE_PROMPT), 150, 90);
    /* The card to place, large, in the middle: its icon and title; its date once answered. */
    const lt_event *ev = &pack->events[kq->q.event];
    bool done = r->state == SCN_KR_FEEDBACK;
    eng_rect card = {(ENG_CANVAS_W - 1000) / 2, 250, 1000, 170};
    eng_fill_round_rect(card, 20, SCN_ACCENT);
    eng_fill_round_rect((eng_rect){card.x + 5, card.y + 5, card.w - 10, card.h - 10}, 16,
                        done ? (eng_color){240, 204, 128, 255} : SCN_PANEL);
    eng_color ink = done ? (eng_color){22, 26, 36, 255} : SCN_TEXT;
    scn_tl_icon(ev->kind, card.x + 70, card.y + card.h / 2, 64, done ? (eng_color){60, 50, 30, 255} : SCN_ACCENT);
    eng_rect tb = {card.x + 130, card.y + 16, card.w - 160, done ? 96 : card.h - 32};
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 44);
    int lines = 1;
    float th = eng_text_wrapped_height(tf, lt_text_get(&ev->title, L), tb.w, &lines);
    if (th > tb.h) {
        tf = eng_font_get(ENG_FONT_BOLD, 34);
        th = eng_text_wrapped_height(tf, lt_text_get(&ev->title, L), tb.w, &lines);
    }
    tb.y += th < tb.h ? (tb.h - th) / 2 : 0;
    eng_text_draw_wrapped(tf, lt_text_get(&ev->title, L), tb, ENG_ALIGN_LEFT, ink);
    if (done) {
        eng_text_draw(eng_font_get(ENG_FONT_REGULAR, 34), r->target_date, card.x + 130, card.y + card.h - 56,
                      ENG_ALIGN_LEFT, ink);
    }

    /* The line: earlier on the left, later on the right. */
    float ly = SCN_KR_SLOT_Y + SCN_KR_SLOT_H + 30;
    eng_line(r->slot[0].x, ly, r->slot[kq->n_line].x + SCN_KR_SLOT_W, ly, 4, SCN_PANEL_HI);
    eng_line(r->slot[kq->n_line].x + SCN_KR_SLOT_W - 20, ly - 12, r->slot[kq->n_line].x + SCN_KR_SLOT_W, ly, 4,
             SCN_PANEL_HI);
    eng_line(r->slot[kq->n_line].x + SCN_KR_SLOT_W - 20, ly + 12, r->slot[kq->n_line].x + SCN_KR_SLOT_W, ly, 4,
             SCN_PANEL_HI);
    eng_font cf = eng_font_get(ENG_FONT_REGULAR, 30);
    eng_text_draw(cf, scn_tr(L, SCN_S_QV_EARLIER), r->slot[0].x, ly + 16, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    eng_text_draw(cf, scn_tr(L, SCN_S_QV_LATER), r->slot[kq->n_line].x + SCN_KR_SLOT_W, ly + 16, ENG_ALIGN_RIGHT,
                  SCN_TEXT_DIM);
    for (int i = 0; i < kq->n_line; i++) {
        scn_tl_card(r->line_card[i], &pack->events[kq->line[i]], r->line_date[i], 0.7, false, L);
    }
    int right_slot = lt_kq_place_right_slot(pack, kq);
    for (int i = 0; i <= kq->n_line; i++) {
        eng_rect s = r->slot[i];
        bool hot = !done && (i == r->slot_pressed || i == r->slot_focus);
        eng_color border = hot ? SCN_FOCUS : SCN_PANEL_HI, fill = hot ? SCN_PANEL_HI : SCN_PANEL;
        if (done && i == right_slot) {
            border = (eng_color){150, 230, 170, 255};
            fill = SCN_RIGHT;
        } else if (done && i == r->slot_chosen) {
            border = (eng_color){250, 170, 160, 255};
            fill = SCN_WRONG;
        } else if (done) {
            fill = (eng_color){30, 40, 60, 255};
        }
        eng_fill_round_rect(s, 16, border);
        eng_fill_round_rect((eng_rect){s.x + 4, s.y + 4, s.w - 8, s.h - 8}, 13, fill);
        float cx = s.x + s.w / 2, cy = s.y + s.h / 2;
        if (done && i == right_slot) {
            scn_ui_check(cx, cy, 56, SCN_TEXT);
        } else if (done && i == r->slot_chosen) {
            scn_ui_cross(cx, cy, 50, SCN_TEXT);
        } else if (!done) {
            eng_line(cx - 22, cy, cx + 22, cy, 6, hot ? SCN_ACCENT : SCN_TEXT_DIM);
            eng_line(cx, cy - 22, cx, cy + 22, 6, hot ? SCN_ACCENT : SCN_TEXT_DIM);
        }
    }
}

static void scn_kr_draw_feedback(const scn_kround *r, lt_lang L)
{
    const lt_kq *kq = scn_kr_q(r);
    eng_rect panel = {80, 872, 1420, 186};
    eng_fill_round_rect(panel, 16, SCN_BG_DEEP);
    char head[160];
    if (r->right) {
        int used = snprintf(head, sizeof head, "%s  ", scn_tr(L, SCN_S_RIGHT_SHORT));
        if (used > 0 && (size_t)used < sizeof head) {
            snprintf(head + used, sizeof head - (size_t)used, lt_tr(L, LT_S_POINTS), r->pts.total);
        }
    } else {
        snprintf(head, sizeof head, "%s", lt_tr(L, LT_S_WRONG));
    }
    eng_font hf = eng_font_get(ENG_FONT_BOLD, 40);
    eng_color hc = r->right ? (eng_color){120, 220, 150, 255} : (eng_color){250, 140, 130, 255};
    float sx = panel.x + 44;
    if (r->right) {
        scn_ui_check(sx, panel.y + 38, 40, hc);
    } else {
        scn_ui_cross(sx, panel.y + 38, 34, hc);
    }
    eng_text_draw(hf, head, panel.x + 84, panel.y + 14, ENG_ALIGN_LEFT, hc);
    /* The fact, in a line or two. */
    char text[LT_QUIZ_TEXT_MAX * 2];
    const lt_question *q = &kq->q;
    if (kq->kind == LT_KQ_PLACE) {
        size_t dl = strlen(r->target_date);
        bool dot = dl > 0 && r->target_date[dl - 1] == '.'; /* "1956 г." ends with its own */
        snprintf(text, sizeof text, "%s — %s%s %s", q->prompt, r->target_date, dot ? "" : ".", q->explanation);
    } else if (q->explanation[0] != '\0') {
        snprintf(text, sizeof text, "%s", q->explanation);
    } else {
        snprintf(text, sizeof text, lt_tr(L, LT_S_RESULTS_ANSWER), q->answer);
    }
    eng_font ef = eng_font_get(ENG_FONT_REGULAR, 32);
    eng_text_draw_wrapped(ef, text, (eng_rect){panel.x + 28, panel.y + 72, panel.w - 56, 100}, ENG_ALIGN_LEFT,
                          SCN_TEXT);
    const char *label = r->cur + 1 < r->n ? lt_tr(L, LT_S_NEXT) : lt_tr(L, LT_S_SEE_RESULTS);
    scn_ui_button(r->next.rects[0], label, scn_buttons_state(&r->next, 0), 0, 40);
}

static void scn_kr_draw(eng_scene *s)
{
    scn_kround *r = s->self;
    lt_lang L = r->ctx->lang;
    const lt_kq *kq = scn_kr_q(r);
    scn_ui_backdrop();
    if (kq == NULL) {
        return;
    }
    scn_kr_draw_header(r, L);
    if (kq->kind == LT_KQ_PLACE) {
        scn_kr_draw_place(r, L);
    } else {
        scn_kr_draw_prompt(kq->q.prompt, 150, 260);
        scn_qview_draw(&r->view, r->state == SCN_KR_FEEDBACK ? &r->judged : NULL);
        if (r->state == SCN_KR_ASKING && kq->q.type == LT_Q_ORDER) {
            eng_font hint = eng_font_get(ENG_FONT_REGULAR, 30);
            eng_text_draw(hint, scn_qview_hint(&r->view), ENG_CANVAS_W / 2, 1000, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
        }
    }
    if (r->state == SCN_KR_FEEDBACK) {
        scn_kr_draw_feedback(r, L);
    }
}

static void scn_kr_destroy(eng_scene *s)
{
    scn_kround *r = s->self;
    if (scn_kr_live == r) {
        scn_kr_live = NULL;
    }
    free(r->qs);
    free(r);
}

void scn_kround_start(scn_ctx *ctx)
{
    scn_kround *r = calloc(1, sizeof *r);
    scn_kiosk *k = scn_kiosk_get();
    int len = k != NULL ? k->desc.cfg->round_len : 7;
    len = len < LT_KIOSK_ROUND_MIN ? LT_KIOSK_ROUND_MIN : len > LT_KROUND_MAX ? LT_KROUND_MAX : len;
    lt_kq *qs = r != NULL ? calloc((size_t)len, sizeof *qs) : NULL;
    if (r == NULL || qs == NULL) {
        free(r);
        free(qs);
        scn_kiosk_error("out of memory for a round");
        return;
    }
    r->ctx = ctx;
    r->qs = qs;
    r->n = ctx->pack != NULL ? lt_kround_build(ctx->pack, ctx->lang, ctx->seed + ctx->rounds_started, len, qs) : 0;
    ctx->rounds_started++;
    memset(r->result, -1, sizeof r->result);
    scn_buttons_init(&r->next, false);
    scn_buttons_add(&r->next, (eng_rect){1530, 890, 310, 150});
    if (r->n == 0) {
        /* Nothing to ask: straight back to attract rather than a dead screen. */
        scn_kiosk_error("the pack has nothing to ask in kiosk mode");
        free(r->qs);
        free(r);
        scn_kiosk_round_done();
        scn_kiosk_end_done();
        return;
    }
    scn_kr_live = r;
    scn_kr_begin(r);
    eng_scene sc = {.name = SCN_K_ROUND, .self = r, .action = scn_kr_action, .tick = scn_kr_tick,
                    .draw = scn_kr_draw, .animating = scn_kr_animating, .destroy = scn_kr_destroy};
    eng_scene_replace(&sc);
}

/* ---- probes for the tests ------------------------------------------------------ */

const lt_kq *scn_kround_current(void)
{
    return scn_kr_live != NULL ? scn_kr_q(scn_kr_live) : NULL;
}

bool scn_kround_answer_rect(bool right, eng_rect *out)
{
    scn_kround *r = scn_kr_live;
    const lt_kq *kq = r != NULL ? scn_kr_q(r) : NULL;
    if (kq == NULL || r->state != SCN_KR_ASKING) {
        return false;
    }
    if (kq->kind == LT_KQ_PLACE) {
        int good = lt_kq_place_right_slot(r->ctx->pack, kq);
        int slot = right ? good : (good + 1) % (kq->n_line + 1);
        *out = r->slot[slot];
        return good >= 0;
    }
    const lt_question *q = &kq->q;
    if (q->type == LT_Q_ORDER) {
        for (int i = 0; i < r->view.n_t; i++) {
            if (r->view.t[i].kind == SCN_QV_T_DONE) {
                *out = r->view.t[i].r;
            }
        }
        bool now_right = lt_quiz_judge_order(q, r->view.perm, r->view.n) != LT_VERDICT_WRONG;
        return now_right == right;
    }
    int want = right ? q->correct : (q->correct + 1) % (q->n_options > 0 ? q->n_options : 1);
    for (int i = 0; i < r->view.n_t; i++) {
        if (r->view.t[i].kind == SCN_QV_T_OPTION && r->view.t[i].idx == want) {
            *out = r->view.t[i].r;
            return true;
        }
    }
    return false;
}

bool scn_kround_next_rect(eng_rect *out)
{
    if (scn_kr_live == NULL || scn_kr_live->state != SCN_KR_FEEDBACK) {
        return false;
    }
    *out = scn_kr_live->next.rects[0];
    return true;
}

int scn_kround_targets(eng_rect *out, int max)
{
    scn_kround *r = scn_kr_live;
    const lt_kq *kq = r != NULL ? scn_kr_q(r) : NULL;
    int n = 0;
    if (kq == NULL) {
        return 0;
    }
    if (kq->kind == LT_KQ_PLACE) {
        for (int i = 0; i <= kq->n_line && n < max; i++) {
            out[n++] = r->slot[i];
        }
    } else {
        for (int i = 0; i < r->view.n_t && n < max; i++) {
            out[n++] = r->view.t[i].r;
        }
    }
    if (n < max) {
        out[n++] = r->next.rects[0];
    }
    return n;
}
