/* scn_place.c: the placement games: five cards dragged (mouse or touch) or keyed
 * onto the axis, snapped, judged with lt_tl_judge and graded into FSRS; the rules
 * mode places cards between those already down. Depends on: scn_place.h, scn_ui.h, scn_text.h. */
#include "scn_place.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_grade.h"
#include "lt_i18n.h"
#include "lt_sched.h"
#include "lt_utf8.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_PL_AXIS_Y 640.0f
#define SCN_PL_HAND_Y 780.0f
#define SCN_PL_HAND_H 140.0f
#define SCN_PL_DROP_Y 760.0f     /* a card let go above this is placed */
#define SCN_PL_BTN_Y 940.0f
#define SCN_PL_MINI_W 250.0f
#define SCN_PL_MINI_H 80.0f
#define SCN_PL_LANES 4
#define SCN_PL_PITCH 340.0f      /* rules mode: line card + gap */
#define SCN_PL_LINE_Y 380.0f
#define SCN_PL_DRAG_PX 14.0f

typedef enum scn_pl_state { SCN_PL_PLAYING = 0, SCN_PL_DONE, SCN_PL_EMPTY } scn_pl_state;

typedef struct scn_pl_card {
    int event;
    bool placed;
    bool right;
    double credit;
    double drop_u, true_u;       /* where it was let go, where it belongs (units) */
    int lane;
} scn_pl_card;

typedef struct scn_place {
    scn_ctx *ctx;
    bool rules_mode;
    scn_pl_state state;
    bool have_axis;
    lt_tl_axis axis;
    scn_tl_view view;
    /* practice */
    scn_pl_card hand[LT_TL_HAND];
    int n_hand;
    int sel;                     /* keyboard-chosen hand card, -1 none */
    long marker_day;             /* keyboard marker */
    int last;                    /* last placed hand card, -1 */
    eng_tween slide;             /* a wrong card sliding to its true place */
    /* rules */
    lt_tl_rules g;
    int slot;                    /* keyboard slot */
    float scroll;
    int best;                    /* best streak kept for the profile */
    int last_event;
    bool last_right;
    /* pointer */
    int drag;                    /* hand card dragged (practice: index; rules: 0), -1 */
    bool pan;                    /* dragging the empty board */
    bool moved;
    float px, py, last_x, grab_dx, grab_dy;
    int btn_pressed;
    eng_rect btn[2];             /* back, another round */
    /* tallies */
    int placed, right, committed;
    double turn_ms;              /* logical time the current turn began */
    char msg[1024];
    bool msg_shown, msg_right;
    uint64_t round;
} scn_place;

static scn_place *scn_place_live;

/* ---- snapping and judging --------------------------------------------------- */

static bool scn_pl_days(const scn_place *p)
{
    return p->view.ppu >= 1.2; /* a day is at least 1.2 px wide */
}

/* The snapped position of a day: its middle, or its month's middle when zoomed out. */
static double scn_pl_snap_day(const scn_place *p, long day)
{
    if (scn_pl_days(p)) {
        return (lt_tl_day_to_units(&p->axis, day) + lt_tl_day_to_units(&p->axis, day + 1)) / 2.0;
    }
    int y, m, d;
    lt_civil_from_days(day, &y, &m, &d);
    long first = lt_days_from_civil(y, m, 1);
    long next = m == 12 ? lt_days_from_civil(y + 1, 1, 1) : lt_days_from_civil(y, m + 1, 1);
    return (lt_tl_day_to_units(&p->axis, first) + lt_tl_day_to_units(&p->axis, next)) / 2.0;
}

static long scn_pl_day_at(const scn_place *p, float x)
{
    return lt_tl_units_to_day(&p->axis, scn_tl_units(&p->view, x));
}

static double scn_pl_true_units(const scn_place *p, int ev)
{
    double f, t;
    lt_tl_date_units(&p->axis, &p->ctx->pack->events[ev].date, &f, &t);
    return (f + t) / 2.0;
}

/* Grades the placement of `ev` into FSRS and commits it (only with a profile). */
static void scn_pl_grade(scn_place *p, int ev, bool right, double credit)
{
    scn_ctx *ctx = p->ctx;
    if (ctx->store == NULL || ctx->profile.id <= 0) {
        return;
    }
    const lt_pack *pack = ctx->pack;
    int64_t now = scn_now_ms(ctx);
    lt_fsrs_params params;
    lt_fsrs_params_default(&params);
    if (ctx->profile.retention > 0) {
        params.request_retention = ctx->profile.retention;
    }
    lt_card_rec c;
    memset(&c, 0, sizeof c);
    char key[LT_FACT_KEY_MAX];
    lt_fact_key(key, sizeof key, pack->events[ev].id, "when", NULL);
    if (!lt_store_card_get(ctx->store, ctx->profile.id, pack->id, key, &c)) {
        memset(&c, 0, sizeof c);
        snprintf(c.fact, sizeof c.fact, "%s", key);
        lt_fsrs_card_new(&c.fsrs, now);
    }
    bool close = !right && credit >= 0.5;
    double answer_ms = eng_time_ms() - p->turn_ms;
    const char *title = lt_text_get(&pack->events[ev].title, ctx->lang);
    int chars = (int)lt_utf8_count(title, strlen(title));
    lt_fsrs_state before = c.fsrs.state;
    lt_fsrs_rating rating = lt_grade(right, close, false, answer_ms, chars, before);
    lt_fsrs_log log;
    if (lt_fsrs_review(&params, &c.fsrs, (int)rating, now, &log) != LT_FSRS_OK) {
        return;
    }
    lt_answer_rec a = {.time_ms = now, .rating = (int)rating, .answer_ms = (int64_t)answer_ms, .qtype = "timeline",
                       .outcome = right ? LT_OUT_RIGHT : close ? LT_OUT_CLOSE : LT_OUT_WRONG,
                       .score = (int)(credit * 100.0 + 0.5), .has_r_before = log.has_retrievability,
                       .r_before = log.retrievability, .state_before = before};
    if (lt_store_commit_answer(ctx->store, ctx->profile.id, pack->id, &c, &a)) {
        p->committed++;
    }
}

static void scn_pl_message(scn_place *p, int ev, bool right, double credit)
{
    const lt_pack *pack = p->ctx->pack;
    lt_lang L = p->ctx->lang;
    char date[96];
    lt_date_format(&pack->events[ev].date, (int)L, date, sizeof date);
    char head[160];
    if (right) {
        snprintf(head, sizeof head, "%s", lt_tr(L, LT_S_RIGHT));
    } else if (!p->rules_mode && credit > 0.0) {
        snprintf(head, sizeof head, scn_tr(L, SCN_S_TL_NEAR), (int)(credit * 100.0 + 0.5));
    } else {
        snprintf(head, sizeof head, "%s", lt_tr(L, LT_S_WRONG));
    }
    bool ru = L == LT_LANG_RU;
    const char *title = lt_text_get(&pack->events[ev].title, L);
    snprintf(p->msg, sizeof p->msg, "%s — %s%s%s: %s\n%s", head, ru ? "«" : "“", title, ru ? "»" : "”", date,
             lt_text_get(&pack->events[ev].text, L));
    p->msg_shown = true;
    p->msg_right = right;
}

/* ---- practice: the hand ---------------------------------------------------- */

static uint64_t scn_pl_mix(uint64_t x)
{
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x *= UINT64_C(0xc4ceb9fe1a85ec53);
    return x ^ (x >> 33);
}

/* The five dated events the profile knows least: unseen first, then lowest
 * recall; ties in a seeded order. */
static void scn_pl_deal(scn_place *p)
{
    scn_ctx *ctx = p->ctx;
    const lt_pack *pack = ctx->pack;
    int64_t now = scn_now_ms(ctx);
    bool kept = ctx->store != NULL && ctx->profile.id > 0;
    lt_fsrs_params params;
    lt_fsrs_params_default(&params);
    int best[LT_TL_HAND];
    double best_k[LT_TL_HAND];
    int n = 0;
    uint64_t seed = ctx->seed + p->round * 7919u;
    for (size_t e = 0; e < pack->n_events; e++) {
        if (pack->events[e].date.from.prec == LT_PREC_NONE) {
            continue;
        }
        double r = -1.0;
        if (kept) {
            char key[LT_FACT_KEY_MAX];
            lt_card_rec rec;
            lt_fact_key(key, sizeof key, pack->events[e].id, "when", NULL);
            if (lt_store_card_get(ctx->store, ctx->profile.id, pack->id, key, &rec) && rec.fsrs.reps > 0) {
                r = lt_fsrs_retrievability(&params, &rec.fsrs, now);
            }
        }
        double k = r + (double)(scn_pl_mix(seed ^ (uint64_t)e) % 1000u) * 1e-6;
        /* Insert into the sorted best list. */
        int at = n;
        while (at > 0 && best_k[at - 1] > k) {
            at--;
        }
        if (at >= LT_TL_HAND) {
            continue;
        }
        int last = n < LT_TL_HAND ? n : LT_TL_HAND - 1;
        for (int i = last; i > at; i--) {
            best[i] = best[i - 1];
            best_k[i] = best_k[i - 1];
        }
        best[at] = (int)e;
        best_k[at] = k;
        n = n < LT_TL_HAND ? n + 1 : n;
    }
    memset(p->hand, 0, sizeof p->hand);
    p->n_hand = n;
    for (int i = 0; i < n; i++) {
        p->hand[i].event = best[i];
    }
    p->sel = -1;
    p->last = -1;
    p->placed = p->right = p->committed = 0;
    p->msg_shown = false;
    p->state = n > 0 ? SCN_PL_PLAYING : SCN_PL_EMPTY;
    p->turn_ms = eng_time_ms();
    p->round++;
    /* The view: the main year, widened to any hand card outside it. */
    double a = lt_tl_day_to_units(&p->axis, p->axis.main_first_day);
    double z = lt_tl_day_to_units(&p->axis, p->axis.main_last_day + 1);
    for (int i = 0; i < n; i++) {
        double f, t;
        lt_tl_date_units(&p->axis, &pack->events[best[i]].date, &f, &t);
        a = f < a ? f : a;
        z = t > z ? t : z;
    }
    scn_tl_fit_range(&p->view, &p->axis, a, z);
}

static eng_rect scn_pl_hand_rect(const scn_place *p, int i)
{
    float w = 340, gap = 25;
    float total = (float)p->n_hand * w + (float)(p->n_hand - 1) * gap;
    return (eng_rect){(ENG_CANVAS_W - total) / 2 + (float)i * (w + gap), SCN_PL_HAND_Y, w, SCN_PL_HAND_H};
}

/* A lane for a placed card so minis do not overlap. */
static int scn_pl_lane(const scn_place *p, int idx)
{
    float x = scn_tl_x(&p->view, p->hand[idx].true_u);
    for (int lane = 0; lane < SCN_PL_LANES; lane++) {
        bool free_lane = true;
        for (int j = 0; j < p->n_hand; j++) {
            if (j != idx && p->hand[j].placed && p->hand[j].lane == lane &&
                fabsf(scn_tl_x(&p->view, p->hand[j].true_u) - x) < SCN_PL_MINI_W + 8) {
                free_lane = false;
                break;
            }
        }
        if (free_lane) {
            return lane;
        }
    }
    return SCN_PL_LANES - 1;
}

static void scn_pl_relane(scn_place *p)
{
    for (int i = 0; i < p->n_hand; i++) {
        p->hand[i].lane = -1;
    }
    for (int i = 0; i < p->n_hand; i++) {
        if (p->hand[i].placed) {
            p->hand[i].lane = scn_pl_lane(p, i);
        }
    }
}

/* A round (or a rules game) is over: what it gave goes to the context, as a
 * quiz round's does (the headless summary line prints it). Score: 100 a
 * right card, partial credit in practice by its share. */
static void scn_pl_finished(scn_place *p)
{
    scn_ctx *ctx = p->ctx;
    double credit = 0.0;
    if (p->rules_mode) {
        credit = (double)p->right;
    } else {
        for (int i = 0; i < p->n_hand; i++) {
            credit += p->hand[i].placed ? p->hand[i].credit : 0.0;
        }
    }
    ctx->rounds_finished++;
    ctx->last.score = (int)lround(credit * 100.0);
    ctx->last.right = p->right;
    ctx->last.total = p->placed;
    ctx->last.best_streak = p->rules_mode ? p->g.best_streak : 0;
}

static void scn_pl_place(scn_place *p, int i, double units)
{
    scn_pl_card *c = &p->hand[i];
    if (c->placed) {
        return;
    }
    lt_tl_judgement j = lt_tl_judge(p->ctx->pack, &p->axis, c->event, units);
    c->placed = true;
    c->right = j.right;
    c->credit = j.right ? 1.0 : j.credit;
    c->drop_u = units;
    c->true_u = j.right ? units : scn_pl_true_units(p, c->event);
    p->placed++;
    p->right += j.right;
    scn_pl_grade(p, c->event, j.right, c->credit);
    scn_pl_message(p, c->event, j.right, c->credit);
    p->last = i;
    if (!j.right) {
        eng_tween_start(&p->slide, 0.0f, 1.0f, 700.0, ENG_EASE_IN_OUT_CUBIC);
    }
    eng_sound_play(j.right ? ENG_SND_RIGHT : ENG_SND_WRONG);
    scn_pl_relane(p);
    p->sel = -1;
    p->turn_ms = eng_time_ms();
    if (p->placed >= p->n_hand) {
        p->state = SCN_PL_DONE;
        scn_pl_finished(p);
        eng_sound_play(ENG_SND_ROUND_END);
    }
}

/* ---- rules mode ------------------------------------------------------------ */

static float scn_pl_line_base(const scn_place *p)
{
    float total = (float)(p->g.n_line + 1) * SCN_PL_PITCH;
    if (total <= ENG_CANVAS_W - 80) {
        return (ENG_CANVAS_W - total) / 2 + SCN_PL_PITCH / 2;
    }
    return 40 + SCN_PL_PITCH / 2 - p->scroll;
}

static float scn_pl_slot_x(const scn_place *p, int slot)
{
    return scn_pl_line_base(p) + (float)slot * SCN_PL_PITCH - SCN_PL_PITCH / 2;
}

static int scn_pl_slot_at(const scn_place *p, float x)
{
    float k = (x - scn_pl_slot_x(p, 0)) / SCN_PL_PITCH;
    int s = (int)lroundf(k);
    return s < 0 ? 0 : s > p->g.n_line ? p->g.n_line : s;
}

/* Scrolls a long line so the keyboard slot is in view. */
static void scn_pl_scroll_to(scn_place *p, int slot)
{
    float total = (float)(p->g.n_line + 1) * SCN_PL_PITCH;
    if (total <= ENG_CANVAS_W - 80) {
        p->scroll = 0;
        return;
    }
    float x = scn_pl_slot_x(p, slot);
    if (x < 200) {
        p->scroll -= 200 - x;
    } else if (x > ENG_CANVAS_W - 200) {
        p->scroll += x - (ENG_CANVAS_W - 200);
    }
    float max = total - (ENG_CANVAS_W - 80);
    p->scroll = p->scroll < 0 ? 0 : p->scroll > max ? max : p->scroll;
}

static void scn_pl_best_key(const scn_place *p, char *key, size_t len)
{
    snprintf(key, len, "tl_best:%lld", (long long)p->ctx->profile.id);
}

static void scn_pl_rules_place(scn_place *p, int slot)
{
    if (lt_tl_rules_over(&p->g) || p->g.current < 0) {
        return;
    }
    int ev = p->g.current;
    bool right = lt_tl_rules_place(&p->g, p->ctx->pack, slot);
    p->placed++;
    p->right += right;
    p->last_event = ev;
    p->last_right = right;
    scn_pl_grade(p, ev, right, right ? 1.0 : 0.0);
    scn_pl_message(p, ev, right, 0.0);
    eng_sound_play(right ? ENG_SND_RIGHT : ENG_SND_WRONG);
    if (p->g.best_streak > p->best) {
        p->best = p->g.best_streak;
        if (p->ctx->store != NULL && p->ctx->profile.id > 0) {
            char key[64];
            scn_pl_best_key(p, key, sizeof key);
            lt_store_set_int(p->ctx->store, key, p->best);
        }
    }
    p->slot = p->g.n_line / 2;
    scn_pl_scroll_to(p, p->slot);
    p->turn_ms = eng_time_ms();
    if (lt_tl_rules_over(&p->g)) {
        p->state = SCN_PL_DONE;
        scn_pl_finished(p);
        eng_sound_play(ENG_SND_ROUND_END);
    }
}

static void scn_pl_rules_start(scn_place *p)
{
    lt_tl_rules_start(&p->g, p->ctx->pack, NULL, p->ctx->seed + p->round * 7919u);
    p->round++;
    p->placed = p->right = p->committed = 0;
    p->msg_shown = false;
    p->slot = p->g.n_line;
    p->scroll = 0;
    p->state = p->g.current >= 0 ? SCN_PL_PLAYING : SCN_PL_EMPTY;
    p->turn_ms = eng_time_ms();
}

static eng_rect scn_pl_current_rect(void)
{
    return (eng_rect){(ENG_CANVAS_W - 420) / 2, SCN_PL_HAND_Y, 420, SCN_PL_HAND_H};
}

/* ---- input ------------------------------------------------------------------ */

static void scn_pl_restart(scn_place *p)
{
    if (p->rules_mode) {
        scn_pl_rules_start(p);
    } else {
        scn_pl_deal(p);
    }
}

static void scn_pl_select(scn_place *p, int i)
{
    if (p->rules_mode || i < 0 || i >= p->n_hand || p->hand[i].placed) {
        return;
    }
    p->sel = i;
    if (p->marker_day == 0) { /* the middle of the main span */
        p->marker_day = (p->axis.main_first_day + p->axis.main_last_day) / 2;
    }
    eng_sound_play(ENG_SND_CLICK);
}

static void scn_pl_step(scn_place *p, int dir, bool big)
{
    if (big || !scn_pl_days(p)) {
        int y, m, d;
        lt_civil_from_days(p->marker_day, &y, &m, &d);
        m += dir;
        if (m < 1) {
            m = 12;
            y--;
        } else if (m > 12) {
            m = 1;
            y++;
        }
        p->marker_day = lt_days_from_civil(y, m, d > 28 ? 28 : d);
    } else {
        p->marker_day += dir;
    }
    long lo = lt_tl_units_to_day(&p->axis, p->axis.units_min);
    long hi = lt_tl_units_to_day(&p->axis, p->axis.units_max - 1e-6);
    p->marker_day = p->marker_day < lo ? lo : p->marker_day > hi ? hi : p->marker_day;
    /* Keep the marker in view. */
    float x = scn_tl_x(&p->view, scn_pl_snap_day(p, p->marker_day));
    if (x < p->view.area.x + 80 || x > p->view.area.x + p->view.area.w - 80) {
        p->view.u0 = scn_pl_snap_day(p, p->marker_day) - (double)p->view.area.w / 2 / p->view.ppu;
        scn_tl_clamp(&p->view, &p->axis);
    }
}

static void scn_pl_pointer(scn_place *p, const eng_action *a)
{
    switch (a->kind) {
    case ENG_ACT_POINTER_DOWN:
        p->btn_pressed = scn_ui_hit(p->btn, p->state == SCN_PL_DONE ? 2 : 1, a->x, a->y);
        p->drag = -1;
        p->pan = false;
        p->moved = false;
        p->px = p->last_x = a->x;
        p->py = a->y;
        if (p->btn_pressed >= 0 || p->state != SCN_PL_PLAYING) {
            return;
        }
        if (p->rules_mode) {
            eng_rect r = scn_pl_current_rect();
            if (eng_rect_contains(r, a->x, a->y)) {
                p->drag = 0;
                p->grab_dx = a->x - r.x;
                p->grab_dy = a->y - r.y;
            }
            return;
        }
        for (int i = 0; i < p->n_hand; i++) {
            eng_rect r = scn_pl_hand_rect(p, i);
            if (!p->hand[i].placed && eng_rect_contains(r, a->x, a->y)) {
                p->drag = i;
                p->grab_dx = a->x - r.x;
                p->grab_dy = a->y - r.y;
                return;
            }
        }
        p->pan = a->y > 120 && a->y < SCN_PL_DROP_Y;
        return;
    case ENG_ACT_POINTER_MOVE:
        if (fabsf(a->x - p->px) > SCN_PL_DRAG_PX || fabsf(a->y - p->py) > SCN_PL_DRAG_PX) {
            p->moved = p->moved || p->drag >= 0 || p->pan;
        }
        if (p->pan && p->moved) {
            p->view.u0 -= (double)(a->x - p->last_x) / p->view.ppu;
            scn_tl_clamp(&p->view, &p->axis);
        }
        p->last_x = a->x;
        return;
    case ENG_ACT_POINTER_UP: {
        int btn = p->btn_pressed;
        p->btn_pressed = -1;
        if (btn >= 0) {
            if (scn_ui_hit(p->btn, p->state == SCN_PL_DONE ? 2 : 1, a->x, a->y) == btn) {
                eng_sound_play(ENG_SND_CLICK);
                if (btn == 0) {
                    eng_scene_pop();
                    return;
                }
                scn_pl_restart(p);
            }
            return;
        }
        int d = p->drag;
        p->drag = -1;
        p->pan = false;
        if (d < 0 || p->state != SCN_PL_PLAYING) {
            return;
        }
        if (!p->moved) {
            scn_pl_select(p, d); /* a tap chooses the card for the keys */
            return;
        }
        if (a->y >= SCN_PL_DROP_Y) {
            return; /* back into the hand */
        }
        if (p->rules_mode) {
            scn_pl_rules_place(p, scn_pl_slot_at(p, a->x));
        } else {
            scn_pl_place(p, d, scn_pl_snap_day(p, scn_pl_day_at(p, a->x)));
        }
        return;
    }
    default:
        return;
    }
}

static void scn_place_action(eng_scene *s, const eng_action *a)
{
    scn_place *p = s->self;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        eng_quit();
        return;
    }
    if (a->kind == ENG_ACT_BACK) {
        if (p->sel >= 0) {
            p->sel = -1;
        } else {
            eng_sound_play(ENG_SND_CLICK);
            eng_scene_pop();
            return;
        }
        eng_redraw();
        return;
    }
    if (p->state == SCN_PL_EMPTY) {
        if (a->kind == ENG_ACT_CONFIRM) {
            eng_scene_pop();
            return;
        }
    } else if (p->state == SCN_PL_DONE) {
        if (a->kind == ENG_ACT_CONFIRM) {
            scn_pl_restart(p);
        }
    } else if (p->rules_mode) {
        switch (a->kind) {
        case ENG_ACT_LEFT:
            p->slot = p->slot > 0 ? p->slot - 1 : 0;
            scn_pl_scroll_to(p, p->slot);
            break;
        case ENG_ACT_RIGHT:
            p->slot = p->slot < p->g.n_line ? p->slot + 1 : p->g.n_line;
            scn_pl_scroll_to(p, p->slot);
            break;
        case ENG_ACT_CONFIRM:
            scn_pl_rules_place(p, p->slot);
            break;
        default:
            break;
        }
    } else {
        switch (a->kind) {
        case ENG_ACT_OPTION:
            scn_pl_select(p, a->value);
            break;
        case ENG_ACT_TEXT:
            if (a->text[0] == '5' && a->text[1] == '\0') {
                scn_pl_select(p, 4);
            } else if (strcmp(a->text, "+") == 0 || strcmp(a->text, "=") == 0) {
                scn_tl_zoom(&p->view, &p->axis, 1.5, p->view.area.x + p->view.area.w / 2);
                scn_pl_relane(p);
            } else if (strcmp(a->text, "-") == 0) {
                scn_tl_zoom(&p->view, &p->axis, 1.0 / 1.5, p->view.area.x + p->view.area.w / 2);
                scn_pl_relane(p);
            } else if (strcmp(a->text, "f") == 0 || strcmp(a->text, "F") == 0 || strcmp(a->text, "0") == 0) {
                scn_tl_fit(&p->view, &p->axis);
                scn_pl_relane(p);
            }
            break;
        case ENG_ACT_PINCH:
            if (a->value > 0) {
                scn_tl_zoom(&p->view, &p->axis, (double)a->value / 1000.0, a->x);
                scn_pl_relane(p);
            }
            break;
        case ENG_ACT_WHEEL: {
            float x, y;
            eng_pointer(&x, &y);
            scn_tl_zoom(&p->view, &p->axis, pow(1.25, a->value), x);
            scn_pl_relane(p);
            break;
        }
        case ENG_ACT_LEFT:
        case ENG_ACT_RIGHT:
        case ENG_ACT_UP:
        case ENG_ACT_DOWN: {
            int dir = a->kind == ENG_ACT_LEFT || a->kind == ENG_ACT_DOWN ? -1 : 1;
            bool big = a->kind == ENG_ACT_UP || a->kind == ENG_ACT_DOWN;
            if (p->sel >= 0) {
                scn_pl_step(p, dir, big);
            } else if (!big) {
                p->view.u0 += (double)dir * (double)p->view.area.w / p->view.ppu * 0.15;
                scn_tl_clamp(&p->view, &p->axis);
            }
            break;
        }
        case ENG_ACT_CONFIRM:
            if (p->sel < 0) {
                for (int i = 0; i < p->n_hand; i++) {
                    if (!p->hand[i].placed) {
                        scn_pl_select(p, i);
                        break;
                    }
                }
            } else {
                scn_pl_place(p, p->sel, scn_pl_snap_day(p, p->marker_day));
            }
            break;
        default:
            break;
        }
    }
    scn_pl_pointer(p, a);
    eng_redraw();
}

static bool scn_place_animating(eng_scene *s)
{
    scn_place *p = s->self;
    return eng_tween_running(&p->slide);
}

/* ---- drawing ------------------------------------------------------------------ */

static void scn_pl_hearts(float x, float y, int lives)
{
    for (int i = 0; i < LT_TL_LIVES; i++) {
        eng_color c = i < lives ? SCN_WRONG : SCN_PANEL_HI;
        float cx = x + (float)i * 64;
        eng_fill_circle(cx - 11, y, 14, c);
        eng_fill_circle(cx + 11, y, 14, c);
        eng_line(cx - 22, y + 6, cx, y + 28, 12, c);
        eng_line(cx + 22, y + 6, cx, y + 28, 12, c);
        eng_fill_rect((eng_rect){cx - 14, y, 28, 14}, c);
    }
}

static void scn_pl_draw_header(const scn_place *p, lt_lang L)
{
    char buf[256];
    eng_font hf = eng_font_get(ENG_FONT_BOLD, 50);
    eng_text_draw(hf, scn_tr(L, p->rules_mode ? SCN_S_TL_RULES : SCN_S_TL_PLAY), 40, 14, ENG_ALIGN_LEFT, SCN_TEXT);
    eng_font nf = eng_font_get(ENG_FONT_REGULAR, 24);
    eng_text_draw(nf, scn_tr(L, p->rules_mode ? SCN_S_TL_RULES_HINT : SCN_S_TL_PLACE_HINT), 40, 78, ENG_ALIGN_LEFT,
                  SCN_TEXT_DIM);
    eng_font sf = eng_font_get(ENG_FONT_BOLD, 36);
    if (p->rules_mode) {
        scn_pl_hearts(ENG_CANVAS_W - 40 - 64 * 3 + 22, 40, p->g.lives);
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_TL_STREAK), p->g.streak, p->best);
        eng_text_draw(sf, buf, ENG_CANVAS_W - 40 - 64 * 3 - 20, 24, ENG_ALIGN_RIGHT, SCN_ACCENT);
    } else {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_TL_RIGHT_OF), p->right, p->placed);
        eng_text_draw(sf, buf, ENG_CANVAS_W - 40, 24, ENG_ALIGN_RIGHT, SCN_ACCENT);
    }
}

static void scn_pl_draw_message(const scn_place *p)
{
    if (!p->msg_shown) {
        return;
    }
    eng_rect r = {40, 116, ENG_CANVAS_W - 80, 166};
    eng_fill_round_rect(r, 16, p->msg_right ? SCN_RIGHT : SCN_WRONG);
    eng_fill_round_rect((eng_rect){r.x + 3, r.y + 3, r.w - 6, r.h - 6}, 14, SCN_BG_DEEP);
    if (p->msg_right) {
        scn_ui_check(r.x + 50, r.y + r.h / 2, 44, (eng_color){120, 220, 150, 255});
    } else {
        scn_ui_cross(r.x + 50, r.y + r.h / 2, 40, (eng_color){250, 140, 130, 255});
    }
    eng_font f = eng_font_get(ENG_FONT_REGULAR, 27);
    eng_text_draw_wrapped(f, p->msg, (eng_rect){r.x + 100, r.y + 16, r.w - 130, r.h - 28}, ENG_ALIGN_LEFT, SCN_TEXT);
}

/* A placed card: a coloured edge (right or wrong), icon, one line of title, the date. */
static void scn_pl_mini(eng_rect r, const lt_event *ev, const char *date, bool right, lt_lang L)
{
    eng_fill_round_rect(r, 12, right ? SCN_RIGHT : SCN_WRONG);
    eng_fill_round_rect((eng_rect){r.x + 8, r.y + 3, r.w - 11, r.h - 6}, 10, SCN_PANEL);
    scn_tl_icon(ev->kind, r.x + 34, r.y + 26, 28, SCN_ACCENT);
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 22);
    eng_text_draw_wrapped(tf, lt_text_get(&ev->title, L),
                          (eng_rect){r.x + 56, r.y + 10, r.w - 66, (float)eng_font_line_height(tf) + 2}, ENG_ALIGN_LEFT,
                          SCN_TEXT);
    eng_font df = eng_font_get(ENG_FONT_REGULAR, 20);
    eng_text_draw_wrapped(df, date, (eng_rect){r.x + 18, r.y + r.h - 32, r.w - 26, 26}, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
}

static void scn_pl_draw_practice(const scn_place *p, lt_lang L)
{
    const lt_pack *pack = p->ctx->pack;
    char date[96];
    scn_tl_draw_axis(&p->view, &p->axis, SCN_PL_AXIS_Y, L);
    /* Placed cards above the axis at their true place (the last wrong one
     * slides there): the stems first, then the cards over them. */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < p->n_hand; i++) {
            const scn_pl_card *c = &p->hand[i];
            if (!c->placed) {
                continue;
            }
            double u = c->true_u;
            if (i == p->last && !c->right && eng_tween_running(&p->slide)) {
                u = c->drop_u + (c->true_u - c->drop_u) * (double)eng_tween_value(&p->slide);
            }
            float x = scn_tl_x(&p->view, u);
            float y = SCN_PL_AXIS_Y - 20 - SCN_PL_MINI_H - (float)(c->lane < 0 ? 0 : c->lane) * (SCN_PL_MINI_H + 6);
            if (pass == 0) {
                eng_line(x, y + SCN_PL_MINI_H, x, SCN_PL_AXIS_Y, 3, c->right ? SCN_RIGHT : SCN_WRONG);
                continue;
            }
            if (!c->right) {
                float dx = scn_tl_x(&p->view, c->drop_u);
                eng_fill_circle(dx, SCN_PL_AXIS_Y, 9, SCN_WRONG);
            }
            eng_fill_circle(x, SCN_PL_AXIS_Y, 9, c->right ? SCN_RIGHT : SCN_ACCENT);
            lt_date_format(&pack->events[c->event].date, (int)L, date, sizeof date);
            eng_rect r = {x - SCN_PL_MINI_W / 2, y, SCN_PL_MINI_W, SCN_PL_MINI_H};
            scn_pl_mini(r, &pack->events[c->event], date, c->right, L);
        }
    }
    /* Where a dragged or keyed card would land. */
    float mx = -1;
    if (p->drag >= 0 && p->moved && p->last_x >= 0) {
        float px, py;
        eng_pointer(&px, &py);
        if (py < SCN_PL_DROP_Y) {
            mx = scn_tl_x(&p->view, scn_pl_snap_day(p, scn_pl_day_at(p, px)));
            long day = scn_pl_day_at(p, px);
            lt_date d = {.from = {.prec = LT_PREC_DAY}};
            lt_civil_from_days(day, &d.from.year, &d.from.month, &d.from.day);
            if (!scn_pl_days(p)) {
                d.from.day = 0;
                d.from.prec = LT_PREC_MONTH;
            }
            d.to = d.from;
            lt_date_format(&d, (int)L, date, sizeof date);
        }
    } else if (p->sel >= 0) {
        mx = scn_tl_x(&p->view, scn_pl_snap_day(p, p->marker_day));
        lt_date d = {.from = {.prec = LT_PREC_DAY}};
        lt_civil_from_days(p->marker_day, &d.from.year, &d.from.month, &d.from.day);
        if (!scn_pl_days(p)) {
            d.from.day = 0;
            d.from.prec = LT_PREC_MONTH;
        }
        d.to = d.from;
        lt_date_format(&d, (int)L, date, sizeof date);
    }
    if (mx >= 0) {
        eng_line(mx, 300, mx, SCN_PL_AXIS_Y + 20, 4, SCN_FOCUS);
        eng_font f = eng_font_get(ENG_FONT_BOLD, 30);
        int w = 0, h = 0;
        eng_text_size(f, date, &w, &h);
        float lx = fminf(fmaxf(mx, 40 + (float)w / 2 + 20), ENG_CANVAS_W - 60 - (float)w / 2);
        eng_fill_round_rect((eng_rect){lx - (float)w / 2 - 20, SCN_PL_AXIS_Y + 62, (float)w + 40, (float)h + 16}, 12,
                            SCN_FOCUS);
        eng_text_draw(f, date, lx, SCN_PL_AXIS_Y + 70, ENG_ALIGN_CENTER, SCN_BG_DEEP);
    }
    /* The hand; the dragged card follows the pointer. */
    for (int i = 0; i < p->n_hand; i++) {
        if (p->hand[i].placed) {
            continue;
        }
        eng_rect r = scn_pl_hand_rect(p, i);
        if (i == p->drag && p->moved) {
            float px, py;
            eng_pointer(&px, &py);
            eng_outline_rect(r, 2, SCN_PANEL_HI);
            r.x = px - p->grab_dx;
            r.y = py - p->grab_dy;
        }
        scn_tl_card(r, &pack->events[p->hand[i].event], "", -2.0, i == p->sel, L);
        char num[8];
        snprintf(num, sizeof num, "%d", i + 1);
        eng_font bf = eng_font_get(ENG_FONT_BOLD, 28);
        eng_text_draw(bf, num, r.x + r.w - 20, r.y + r.h - 42, ENG_ALIGN_RIGHT, SCN_ACCENT);
    }
}

static void scn_pl_draw_rules(const scn_place *p, lt_lang L)
{
    const lt_pack *pack = p->ctx->pack;
    char date[96];
    int hover_slot = -1;
    if (p->drag >= 0 && p->moved) {
        float px, py;
        eng_pointer(&px, &py);
        if (py < SCN_PL_DROP_Y) {
            hover_slot = scn_pl_slot_at(p, px);
        }
    }
    int mark = hover_slot >= 0 ? hover_slot : p->state == SCN_PL_PLAYING ? p->slot : -1;
    eng_line(40, SCN_PL_LINE_Y + 170, ENG_CANVAS_W - 40, SCN_PL_LINE_Y + 170, 3, SCN_PANEL_HI);
    for (int s = 0; s <= p->g.n_line; s++) {
        float x = scn_pl_slot_x(p, s);
        if (x < 0 || x > ENG_CANVAS_W) {
            continue;
        }
        bool on = s == mark;
        eng_fill_round_rect((eng_rect){x - (on ? 8.0f : 3.0f), SCN_PL_LINE_Y - 10, on ? 16.0f : 6.0f, 200}, 4,
                            on ? SCN_FOCUS : SCN_PANEL);
    }
    for (int i = 0; i < p->g.n_line; i++) {
        float x = scn_pl_slot_x(p, i) + 30;
        if (x + SCN_PL_PITCH < 0 || x > ENG_CANVAS_W) {
            continue;
        }
        int ev = p->g.line[i];
        lt_date_format(&pack->events[ev].date, (int)L, date, sizeof date);
        scn_tl_card((eng_rect){x, SCN_PL_LINE_Y, SCN_PL_PITCH - 60, 150}, &pack->events[ev], date, 0.9,
                    ev == p->last_event && p->last_right, L);
    }
    if (p->state == SCN_PL_PLAYING && p->g.current >= 0) {
        eng_rect r = scn_pl_current_rect();
        if (p->drag >= 0 && p->moved) {
            float px, py;
            eng_pointer(&px, &py);
            eng_outline_rect(r, 2, SCN_PANEL_HI);
            r.x = px - p->grab_dx;
            r.y = py - p->grab_dy;
        }
        scn_tl_card(r, &pack->events[p->g.current], "", -2.0, true, L);
    }
}

static void scn_place_draw(eng_scene *s)
{
    scn_place *p = s->self;
    lt_lang L = p->ctx->lang;
    char buf[256];
    scn_ui_backdrop();
    scn_pl_draw_header(p, L);
    if (p->state == SCN_PL_EMPTY) {
        eng_font f = eng_font_get(ENG_FONT_REGULAR, 40);
        eng_text_draw(f, lt_tr(L, LT_S_NO_QUESTIONS), ENG_CANVAS_W / 2, 480, ENG_ALIGN_CENTER, SCN_TEXT);
    } else if (p->rules_mode) {
        scn_pl_draw_rules(p, L);
    } else {
        scn_pl_draw_practice(p, L);
    }
    scn_pl_draw_message(p);
    if (p->state == SCN_PL_DONE) {
        eng_font f = eng_font_get(ENG_FONT_BOLD, 48);
        if (p->rules_mode) {
            snprintf(buf, sizeof buf, "%s  ·  ", scn_tr(L, SCN_S_TL_OVER));
            size_t u = strlen(buf);
            snprintf(buf + u, sizeof buf - u, scn_tr(L, SCN_S_TL_STREAK), p->g.streak, p->best);
        } else {
            snprintf(buf, sizeof buf, scn_tr(L, SCN_S_TL_RIGHT_OF), p->right, p->placed);
        }
        eng_text_draw(f, buf, ENG_CANVAS_W / 2, SCN_PL_HAND_Y + 40, ENG_ALIGN_CENTER, SCN_ACCENT);
        scn_ui_button(p->btn[1], scn_tr(L, SCN_S_TL_AGAIN), SCN_BTN_FOCUS, 0, 36);
    }
    scn_ui_button(p->btn[0], lt_tr(L, LT_S_BACK), SCN_BTN_NORMAL, 0, 36);
}

static void scn_place_enter(eng_scene *s)
{
    scn_place_live = s->self;
    eng_redraw();
}

static void scn_place_destroy(eng_scene *s)
{
    if (scn_place_live == s->self) {
        scn_place_live = NULL;
    }
    free(s->self);
}

void scn_place_push(scn_ctx *ctx, bool rules_mode)
{
    if (ctx->pack == NULL) {
        return;
    }
    scn_place *p = calloc(1, sizeof *p);
    if (p == NULL) {
        return;
    }
    p->ctx = ctx;
    p->rules_mode = rules_mode;
    p->drag = -1;
    p->sel = -1;
    p->last = -1;
    p->last_event = -1;
    p->btn_pressed = -1;
    p->btn[0] = (eng_rect){40, SCN_PL_BTN_Y, 280, 120};
    p->btn[1] = (eng_rect){ENG_CANVAS_W - 40 - 420, SCN_PL_BTN_Y, 420, 120};
    p->view.area = (eng_rect){40, 120, ENG_CANVAS_W - 80, SCN_PL_AXIS_Y - 120};
    p->have_axis = lt_tl_axis_build(ctx->pack, &p->axis);
    p->round = ctx->rounds_started++;
    if (!p->have_axis) {
        p->state = SCN_PL_EMPTY;
    } else {
        scn_tl_fit(&p->view, &p->axis);
        if (rules_mode) {
            if (ctx->store != NULL && ctx->profile.id > 0) {
                char key[64];
                scn_pl_best_key(p, key, sizeof key);
                p->best = lt_store_get_int(ctx->store, key, 0);
            }
            scn_pl_rules_start(p);
        } else {
            scn_pl_deal(p);
        }
    }
    scn_place_live = p;
    eng_scene sc = {.name = rules_mode ? "place-rules" : "place", .self = p, .enter = scn_place_enter,
                    .action = scn_place_action, .draw = scn_place_draw, .animating = scn_place_animating,
                    .destroy = scn_place_destroy};
    eng_scene_push(&sc);
    eng_redraw();
}

/* ---- test queries ------------------------------------------------------------- */

int scn_place_hand(int *events, eng_rect *rects, int max)
{
    const scn_place *p = scn_place_live;
    int n = 0;
    if (p == NULL) {
        return 0;
    }
    if (p->rules_mode) {
        if (p->state == SCN_PL_PLAYING && p->g.current >= 0 && max > 0) {
            events[0] = p->g.current;
            rects[0] = scn_pl_current_rect();
            return 1;
        }
        return 0;
    }
    for (int i = 0; i < p->n_hand && n < max; i++) {
        if (!p->hand[i].placed) {
            events[n] = p->hand[i].event;
            rects[n++] = scn_pl_hand_rect(p, i);
        }
    }
    return n;
}

bool scn_place_view(scn_tl_view *v, float *axis_y)
{
    if (scn_place_live == NULL) {
        return false;
    }
    *v = scn_place_live->view;
    *axis_y = SCN_PL_AXIS_Y;
    return true;
}

void scn_place_counts(int *placed, int *right, int *committed)
{
    const scn_place *p = scn_place_live;
    *placed = p != NULL ? p->placed : 0;
    *right = p != NULL ? p->right : 0;
    *committed = p != NULL ? p->committed : 0;
}

const lt_tl_rules *scn_place_rules(void)
{
    return scn_place_live != NULL && scn_place_live->rules_mode ? &scn_place_live->g : NULL;
}

float scn_place_slot_x(int slot)
{
    return scn_place_live != NULL ? scn_pl_slot_x(scn_place_live, slot) : 0.0f;
}
