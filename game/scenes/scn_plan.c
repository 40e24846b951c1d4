/* scn_plan.c: exam-date mode: the plan that brings every card to 95 %
 * predicted recall on the exam day, as cards per day until then.
 * Depends on: scn.h, scn_ui.h, scn_plot.h, scn_text.h, eng.h, lt_session.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_date.h"
#include "lt_i18n.h"
#include "scn.h"
#include "scn_plot.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_PLAN_DAYS_SHOWN 28

typedef struct scn_plan {
    scn_ctx *ctx;
    bool ok;
    lt_exam_plan plan;
    int64_t exam_ms;
    float values[SCN_PLAN_DAYS_SHOWN];
    char labels[SCN_PLAN_DAYS_SHOWN][16];
    const char *label_ptrs[SCN_PLAN_DAYS_SHOWN];
    int shown;
    scn_buttons back;
} scn_plan;

static void scn_plan_action(eng_scene *s, const eng_action *a)
{
    scn_plan *p = s->self;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        eng_quit();
        return;
    }
    if (a->kind == ENG_ACT_BACK || scn_buttons_action(&p->back, a) == 0) {
        eng_sound_play(ENG_SND_CLICK);
        eng_scene_pop();
        return;
    }
    eng_redraw();
}

/* "12.12.2026" of a day given in ms. */
static void scn_plan_day_text(int64_t ms, char *buf, size_t len, bool year)
{
    int y, m, d;
    lt_civil_from_days((long)(ms / 86400000) + lt_days_from_civil(1970, 1, 1), &y, &m, &d);
    if (year) {
        snprintf(buf, len, "%02d.%02d.%d", d, m, y);
    } else {
        snprintf(buf, len, "%02d.%02d", d, m);
    }
}

static void scn_plan_draw(eng_scene *s)
{
    scn_plan *p = s->self;
    lt_lang L = p->ctx->lang;
    scn_ui_backdrop();
    char buf[256], day[32];
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 64);
    scn_plan_day_text(p->exam_ms, day, sizeof day, true);
    snprintf(buf, sizeof buf, scn_tr(L, SCN_S_PLAN_TITLE), day);
    eng_text_draw(tf, buf, ENG_CANVAS_W / 2, 50, ENG_ALIGN_CENTER, SCN_TEXT);
    eng_font mf = eng_font_get(ENG_FONT_REGULAR, 34);
    if (!p->ok) {
        eng_text_draw_wrapped(mf, scn_tr(L, SCN_S_PLAN_NONE), (eng_rect){260, 400, 1400, 200}, ENG_ALIGN_CENTER,
                              SCN_TEXT);
    } else {
        int total = 0;
        for (int d = 0; d < p->plan.days; d++) {
            total += p->plan.reviews[d] + p->plan.new_cards[d];
        }
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_PLAN_SUMMARY), p->plan.days, total,
                 (int)(p->plan.min_recall * 100 + 0.5));
        eng_text_draw_wrapped(mf, buf, (eng_rect){160, 150, 1600, 100}, ENG_ALIGN_CENTER, SCN_TEXT);
        if (p->plan.unreachable > 0) {
            snprintf(buf, sizeof buf, scn_tr(L, SCN_S_PLAN_UNREACHABLE), p->plan.unreachable);
            eng_text_draw_wrapped(mf, buf, (eng_rect){160, 250, 1600, 60}, ENG_ALIGN_CENTER, SCN_ACCENT);
        }
        scn_plot bars = {.box = {160, 330, 1600, 520}, .title = scn_tr(L, SCN_S_PLAN_CHART), .labels = p->label_ptrs,
                         .values = p->values, .n = p->shown, .color = SCN_ACCENT,
                         .label_every = p->shown > 14 ? 2 : 1};
        scn_plot_bars(&bars);
    }
    scn_ui_button(p->back.rects[0], lt_tr(L, LT_S_BACK), SCN_BTN_FOCUS, 0, 42);
}

static void scn_plan_destroy(eng_scene *s)
{
    scn_plan *p = s->self;
    lt_exam_plan_free(&p->plan);
    free(p);
}

void scn_plan_push(scn_ctx *ctx, int64_t exam_ms)
{
    scn_plan *p = calloc(1, sizeof *p);
    if (p == NULL) {
        return;
    }
    p->ctx = ctx;
    p->exam_ms = exam_ms;
    int64_t day0 = scn_day_start_ms(ctx);
    p->ok = lt_session_exam_plan(ctx->store, &ctx->profile, ctx->pack, scn_now_ms(ctx), day0, exam_ms, &p->plan);
    if (p->ok) {
        p->shown = p->plan.days < SCN_PLAN_DAYS_SHOWN ? p->plan.days : SCN_PLAN_DAYS_SHOWN;
        for (int d = 0; d < p->shown; d++) {
            p->values[d] = (float)(p->plan.reviews[d] + p->plan.new_cards[d]);
            scn_plan_day_text(day0 + (int64_t)d * 86400000 + 43200000, p->labels[d], sizeof p->labels[d], false);
            p->label_ptrs[d] = p->labels[d];
        }
    }
    scn_buttons_init(&p->back, false);
    scn_buttons_add(&p->back, (eng_rect){ENG_CANVAS_W / 2 - 250, 900, 500, 120});
    eng_scene s = {.name = "plan", .self = p, .action = scn_plan_action, .draw = scn_plan_draw,
                   .destroy = scn_plan_destroy};
    eng_scene_push(&s);
}
