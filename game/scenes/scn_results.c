/* scn_results.c: the end of a session: score, right answers, how mastery of
 * the pack (or level) moved, the facts to review with their right answers
 * (an exam lists every question), and the way on: again or the menu.
 * Depends on: scn.h, scn_ui.h, scn_text.h, eng.h, lt_session.h, lt_i18n.h. */
#include <stdio.h>
#include <stdlib.h>

#include "lt_i18n.h"
#include "scn.h"
#include "scn_text.h"
#include "scn_ui.h"

enum { SCN_RES_AGAIN = 0, SCN_RES_MENU, SCN_RES_N };

#define SCN_RES_ROWS 6 /* list rows visible at once */

typedef struct scn_results {
    scn_ctx *ctx;
    lt_session *session;   /* owned */
    lt_session_summary sum;
    lt_mode mode;
    int level;
    int first;             /* first listed row (scrolling) */
    scn_buttons buttons;
    eng_tween count;       /* the score counts up */
} scn_results;

/* Rows of the list: every question in an exam, else the missed ones. */
static int scn_results_rows(const scn_results *r)
{
    return r->mode == LT_MODE_EXAM ? r->sum.asked : r->sum.n_missed;
}

static int scn_results_row_question(const scn_results *r, int row)
{
    return r->mode == LT_MODE_EXAM ? row : r->sum.missed[row];
}

static void scn_results_activate(scn_results *r, int which)
{
    eng_sound_play(ENG_SND_CLICK);
    if (which == SCN_RES_AGAIN) {
        scn_play_start(r->ctx, r->mode, r->level, true);
    } else {
        eng_scene_pop();
    }
}

static void scn_results_scroll(scn_results *r, int by)
{
    int max_first = scn_results_rows(r) - SCN_RES_ROWS;
    r->first += by;
    r->first = r->first > max_first ? max_first : r->first;
    r->first = r->first < 0 ? 0 : r->first;
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
        scn_results_scroll(r, a->kind == ENG_ACT_UP ? -1 : 1);
    } else if (a->kind == ENG_ACT_WHEEL) {
        scn_results_scroll(r, -a->value);
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

static const char *scn_results_title(const scn_results *r, lt_lang L)
{
    switch (r->mode) {
    case LT_MODE_STUDY:
    case LT_MODE_PRACTICE: return scn_tr(L, SCN_S_RESULTS_STUDY);
    case LT_MODE_EXAM: return scn_tr(L, SCN_S_RESULTS_EXAM);
    case LT_MODE_LEVEL: return scn_tr(L, r->sum.passed ? SCN_S_LEVEL_PASSED : SCN_S_LEVEL_FAILED);
    default: return lt_tr(L, LT_S_RESULTS_TITLE);
    }
}

/* Mastery before -> after as two bars and percents. */
static void scn_results_draw_mastery(const scn_results *r, lt_lang L, float y)
{
    if (r->sum.mastery_after < 0) {
        return; /* nothing is kept without a profile */
    }
    char buf[160];
    int before = (int)(r->sum.mastery_before * 100 + 0.5);
    int after = (int)(r->sum.mastery_after * 100 + 0.5);
    snprintf(buf, sizeof buf, scn_tr(L, r->mode == LT_MODE_LEVEL ? SCN_S_MASTERY_LEVEL : SCN_S_MASTERY_PACK), before,
             after);
    eng_font f = eng_font_get(ENG_FONT_REGULAR, 32);
    eng_text_draw(f, buf, ENG_CANVAS_W / 2, y, ENG_ALIGN_CENTER, SCN_TEXT);
    eng_rect track = {560, y + 48, 800, 16};
    eng_fill_round_rect(track, 8, SCN_BG_DEEP);
    float wa = track.w * (float)r->sum.mastery_after;
    float wb = track.w * (float)r->sum.mastery_before;
    if (wa > 1) {
        eng_fill_round_rect((eng_rect){track.x, track.y, wa, track.h}, 8, SCN_RIGHT);
    }
    if (wb > 1) {
        eng_fill_round_rect((eng_rect){track.x, track.y, wb, track.h}, 8, SCN_ACCENT);
    }
}

static void scn_results_draw_list(const scn_results *r, lt_lang L)
{
    eng_rect list = {160, 420, 1600, 440};
    eng_fill_round_rect(list, 16, SCN_BG_DEEP);
    eng_font hf = eng_font_get(ENG_FONT_BOLD, 34);
    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 28);
    eng_font af = eng_font_get(ENG_FONT_REGULAR, 26);
    int rows = scn_results_rows(r);
    if (rows == 0) {
        eng_text_draw(hf, lt_tr(L, LT_S_RESULTS_NONE_MISSED), ENG_CANVAS_W / 2, list.y + 190, ENG_ALIGN_CENTER,
                      SCN_RIGHT);
        return;
    }
    const char *head = r->mode == LT_MODE_EXAM ? scn_tr(L, SCN_S_EXAM_REPORT) : lt_tr(L, LT_S_RESULTS_MISSED);
    eng_text_draw(hf, head, list.x + 36, list.y + 20, ENG_ALIGN_LEFT, SCN_TEXT);
    char buf[LT_QUIZ_TEXT_MAX + 64];
    float y = list.y + 78;
    for (int row = r->first; row < rows && row < r->first + SCN_RES_ROWS; row++) {
        int qi = scn_results_row_question(r, row);
        const lt_question *q = lt_session_question(r->session, qi);
        const lt_session_result *res = lt_session_result_at(r->session, qi);
        if (q == NULL || res == NULL) {
            continue;
        }
        lt_verdict v = res->judgement.verdict;
        if (v == LT_VERDICT_RIGHT) {
            scn_ui_check(list.x + 56, y + 20, 26, SCN_RIGHT);
        } else {
            scn_ui_cross(list.x + 56, y + 20, 22, v == LT_VERDICT_CLOSE ? SCN_ACCENT : SCN_WRONG);
        }
        const lt_pack *pack = r->ctx->pack;
        const char *title = q->event < pack->n_events ? lt_text_get(&pack->events[q->event].title, L) : q->prompt;
        eng_text_draw_wrapped(lf, title, (eng_rect){list.x + 96, y, 860, 40}, ENG_ALIGN_LEFT, SCN_TEXT);
        snprintf(buf, sizeof buf, lt_tr(L, LT_S_RESULTS_ANSWER), q->answer[0] ? q->answer : "");
        eng_text_draw_wrapped(af, buf, (eng_rect){list.x + 990, y + 4, 580, 40}, ENG_ALIGN_LEFT, SCN_ACCENT);
        y += 58;
    }
    if (rows > SCN_RES_ROWS) {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_ROWS_SHOWN), r->first + 1,
                 r->first + SCN_RES_ROWS < rows ? r->first + SCN_RES_ROWS : rows, rows);
        eng_text_draw(af, buf, list.x + list.w - 36, list.y + 24, ENG_ALIGN_RIGHT, SCN_TEXT_DIM);
    }
}

static void scn_results_draw(eng_scene *s)
{
    scn_results *r = s->self;
    lt_lang L = r->ctx->lang;
    scn_ui_backdrop();
    char buf[256];
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 64);
    eng_text_draw(tf, scn_results_title(r, L), ENG_CANVAS_W / 2, 36, ENG_ALIGN_CENTER,
                  r->mode == LT_MODE_LEVEL && !r->sum.passed ? SCN_ACCENT : SCN_TEXT);
    eng_font big = eng_font_get(ENG_FONT_BOLD, 104);
    snprintf(buf, sizeof buf, "%d", (int)((float)r->sum.score * eng_tween_value(&r->count) + 0.5f));
    eng_text_draw(big, buf, ENG_CANVAS_W / 2, 120, ENG_ALIGN_CENTER, SCN_ACCENT);
    eng_font mf = eng_font_get(ENG_FONT_REGULAR, 36);
    snprintf(buf, sizeof buf, lt_tr(L, LT_S_RESULTS_RIGHT), r->sum.right + r->sum.close, r->sum.asked);
    eng_text_draw(mf, buf, ENG_CANVAS_W / 2, 250, ENG_ALIGN_CENTER, SCN_TEXT);
    scn_results_draw_mastery(r, L, 310);
    scn_results_draw_list(r, L);

    const char *labels[SCN_RES_N] = {lt_tr(L, LT_S_PLAY_AGAIN), lt_tr(L, LT_S_TO_MENU)};
    for (int i = 0; i < SCN_RES_N; i++) {
        scn_ui_button(r->buttons.rects[i], labels[i], scn_buttons_state(&r->buttons, i), i + 1, 44);
    }
}

static void scn_results_destroy(eng_scene *s)
{
    scn_results *r = s->self;
    lt_session_free(r->session);
    free(r);
}

void scn_results_show(scn_ctx *ctx, lt_session *session, const lt_session_summary *sum, lt_mode mode, int level)
{
    scn_results *r = calloc(1, sizeof *r);
    if (r == NULL) {
        lt_session_free(session);
        return;
    }
    r->ctx = ctx;
    r->session = session;
    r->sum = *sum;
    r->mode = mode;
    r->level = level;
    scn_buttons_init(&r->buttons, true);
    scn_buttons_add(&r->buttons, (eng_rect){ENG_CANVAS_W / 2 - 620, 900, 600, 130});
    scn_buttons_add(&r->buttons, (eng_rect){ENG_CANVAS_W / 2 + 20, 900, 600, 130});
    eng_tween_start(&r->count, 0.0f, 1.0f, 900.0, ENG_EASE_OUT_CUBIC);
    eng_scene s = {.name = "results", .self = r, .action = scn_results_action, .draw = scn_results_draw,
                   .animating = scn_results_animating, .destroy = scn_results_destroy};
    eng_scene_replace(&s);
    eng_redraw();
}
