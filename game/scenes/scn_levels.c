/* scn_levels.c: the levels screen: a card per level of the pack with its dates,
 * question types, time, pass mark and mastery; locked ones dimmed with a lock.
 * Depends on: scn.h, scn_ui.h, scn_text.h, eng.h, lt_session.h, lt_i18n.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "scn.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_LV_MAX 64          /* levels shown at most */
#define SCN_LV_X 60.0f
#define SCN_LV_W 1800.0f
#define SCN_LV_TOP 170.0f      /* first card */
#define SCN_LV_CARD_H 128.0f   /* >= 120: touch friendly */
#define SCN_LV_GAP 12.0f
#define SCN_LV_BOTTOM 1010.0f  /* cards end above the hint line */

typedef struct scn_level_info {
    double mastery;            /* 0..1, -1 when unknown (no store) */
    bool open;
    char span[192];            /* "январь 1956 г. — май 1956 г." */
    char types[256];           /* "выбор · дата · пропуск" */
    char rules[128];           /* "25 с на вопрос · проход: 80 %" */
    char lock[320];            /* what opens it; "" when open */
} scn_level_info;

typedef struct scn_levels {
    scn_ctx *ctx;
    scn_level_info info[SCN_LV_MAX];
    int n;
    int focus;
    int top;                   /* first card shown (scrolling) */
    int pressed;               /* card under a press, -1 none */
    eng_rect back;             /* the "Назад" button */
    bool back_pressed;
    bool back_hover;
    eng_tween denied;          /* flashes the lock line of a locked choice */
    int denied_level;
} scn_levels;

static int scn_levels_visible(void)
{
    int v = (int)((SCN_LV_BOTTOM - SCN_LV_TOP + SCN_LV_GAP) / (SCN_LV_CARD_H + SCN_LV_GAP));
    return v < 1 ? 1 : v;
}

static eng_rect scn_levels_card(const scn_levels *l, int i)
{
    float y = SCN_LV_TOP + (float)(i - l->top) * (SCN_LV_CARD_H + SCN_LV_GAP);
    return (eng_rect){SCN_LV_X, y, SCN_LV_W, SCN_LV_CARD_H};
}

/* The card under (x, y) among those shown, or -1. */
static int scn_levels_hit(const scn_levels *l, float x, float y)
{
    int vis = scn_levels_visible();
    for (int i = l->top; i < l->n && i < l->top + vis; i++) {
        if (eng_rect_contains(scn_levels_card(l, i), x, y)) {
            return i;
        }
    }
    return -1;
}

static void scn_levels_scroll_to_focus(scn_levels *l)
{
    int vis = scn_levels_visible();
    if (l->focus < l->top) {
        l->top = l->focus;
    } else if (l->focus >= l->top + vis) {
        l->top = l->focus - vis + 1;
    }
    int max_top = l->n > vis ? l->n - vis : 0;
    l->top = l->top < 0 ? 0 : l->top > max_top ? max_top : l->top;
}

/* A date point at a coarser precision (a day becomes a part of its month). */
static lt_datept scn_levels_coarsen(lt_datept p, lt_prec to)
{
    if (p.prec <= to) {
        return p;
    }
    if (to == LT_PREC_PART) {
        p.part = p.day <= 10 ? LT_PART_EARLY : p.day <= 20 ? LT_PART_MID : LT_PART_LATE;
    } else {
        p.part = LT_PART_NONE;
    }
    p.day = 0;
    if (to == LT_PREC_YEAR) {
        p.month = 0;
    }
    p.prec = to;
    return p;
}

/* First and last day a date point may denote. */
static void scn_levels_point_span(lt_datept p, long *first, long *last)
{
    lt_date d = {.from = p, .to = p};
    if (!lt_date_span(&d, first, last)) {
        *first = *last = 0;
    }
}

/* The time a level's events cover, as one date range ("январь–май 1956 г.").
 * Vague dates (a bare year, "before ...") are left out when finer ones exist;
 * an exam that lists no events covers the whole pack. "" when undated. */
static void scn_levels_span(const lt_pack *pack, const lt_level *lv, lt_lang L, char *buf, size_t len)
{
    buf[0] = '\0';
    size_t n = lv->n_events > 0 ? lv->n_events : pack->n_events;
    bool fine = false;
    for (size_t k = 0; k < n; k++) {
        size_t e = lv->n_events > 0 ? lv->events[k] : k;
        const lt_date *d = e < pack->n_events ? &pack->events[e].date : NULL;
        fine = fine || (d != NULL && !d->before && d->from.prec > LT_PREC_YEAR);
    }
    lt_datept lo = {0}, hi = {0};
    long lo_day = 0, hi_day = 0;
    bool any = false;
    for (size_t k = 0; k < n; k++) {
        size_t e = lv->n_events > 0 ? lv->events[k] : k;
        if (e >= pack->n_events) {
            continue;
        }
        const lt_date *d = &pack->events[e].date;
        if (d->from.prec == LT_PREC_NONE || (fine && (d->before || d->from.prec == LT_PREC_YEAR))) {
            continue;
        }
        long a, b, c, z;
        lt_datept end = d->range ? d->to : d->from;
        scn_levels_point_span(d->from, &a, &z);
        scn_levels_point_span(end, &c, &b);
        if (!any || a < lo_day) {
            lo_day = a;
            lo = d->from;
        }
        if (!any || b > hi_day) {
            hi_day = b;
            hi = end;
        }
        any = true;
    }
    if (!any) {
        return;
    }
    /* Both ends at one precision: the coarser, a day meeting a part becomes a part. */
    lt_prec p = lo.prec < hi.prec ? lo.prec : hi.prec;
    lt_date r = {.from = scn_levels_coarsen(lo, p), .to = scn_levels_coarsen(hi, p)};
    r.range = r.from.year != r.to.year || r.from.month != r.to.month || r.from.day != r.to.day ||
              r.from.part != r.to.part;
    if (!r.range) {
        r.to = r.from;
    }
    lt_date_format(&r, (int)L, buf, len);
}

static void scn_levels_types(const lt_level *lv, lt_lang L, char *buf, size_t len)
{
    buf[0] = '\0';
    unsigned all = (1u << LT_Q_TYPE_COUNT) - 1u;
    if (lv->types == 0 || (lv->types & all) == all) {
        snprintf(buf, len, "%s", scn_tr(L, SCN_S_LEVEL_TYPES_ALL));
        return;
    }
    size_t used = 0;
    for (int t = 0; t < LT_Q_TYPE_COUNT && used < len; t++) {
        if ((lv->types & (1u << t)) == 0) {
            continue;
        }
        used += (size_t)snprintf(buf + used, len - used, "%s%s", used > 0 ? "\u00a0· " : "",
                                 scn_tr(L, (scn_str)(SCN_S_QTYPE_CHOICE + t)));
    }
}

/* Recomputes what the cards show: mastery and locks change after a round. */
static void scn_levels_refresh(scn_levels *l)
{
    scn_ctx *ctx = l->ctx;
    const lt_pack *pack = ctx->pack;
    lt_lang L = ctx->lang;
    int64_t now = scn_now_ms(ctx);
    l->n = 0;
    if (pack == NULL) {
        return;
    }
    l->n = pack->n_levels < SCN_LV_MAX ? (int)pack->n_levels : SCN_LV_MAX;
    for (int i = 0; i < l->n; i++) {
        const lt_level *lv = &pack->levels[i];
        scn_level_info *in = &l->info[i];
        in->mastery = ctx->store != NULL ? lt_session_mastery(ctx->store, &ctx->profile, pack, i, now) : -1.0;
        in->open = lt_session_level_open(ctx->store, &ctx->profile, pack, i, now);
        scn_levels_span(pack, lv, L, in->span, sizeof in->span);
        scn_levels_types(lv, L, in->types, sizeof in->types);
        int secs = lv->time_limit_s > 0 ? lv->time_limit_s : (int)(LT_QUIZ_TIME_LIMIT_MS / 1000.0);
        double pass = lv->pass_mark > 0 ? lv->pass_mark : 0.8;
        char t[64], p[64];
        if (ctx->profile.calm) {
            snprintf(t, sizeof t, "%s", scn_tr(L, SCN_S_LEVEL_NO_TIMER));
        } else {
            snprintf(t, sizeof t, scn_tr(L, SCN_S_LEVEL_TIME), secs);
        }
        snprintf(p, sizeof p, scn_tr(L, SCN_S_LEVEL_PASS), (int)(pass * 100.0 + 0.5));
        snprintf(in->rules, sizeof in->rules, "%s\u00a0· %s", t, p);
        in->lock[0] = '\0';
        if (!in->open) {
            if (lv->exam) {
                snprintf(in->lock, sizeof in->lock, "%s", scn_tr(L, SCN_S_LEVEL_LOCKED_EXAM));
            } else if (i > 0) {
                snprintf(in->lock, sizeof in->lock, scn_tr(L, SCN_S_LEVEL_LOCKED),
                         lt_text_get(&pack->levels[i - 1].title, L), (int)(LT_LEVEL_UNLOCK_MASTERY * 100.0 + 0.5));
            }
        }
    }
    if (l->focus >= l->n) {
        l->focus = l->n > 0 ? l->n - 1 : 0;
    }
    scn_levels_scroll_to_focus(l);
}

static void scn_levels_enter(eng_scene *s)
{
    scn_levels_refresh(s->self);
    eng_redraw();
}

static void scn_levels_start(scn_levels *l, int i)
{
    if (i < 0 || i >= l->n) {
        return;
    }
    l->focus = i;
    scn_levels_scroll_to_focus(l);
    if (!l->info[i].open) {
        eng_sound_play(ENG_SND_WRONG);
        l->denied_level = i;
        eng_tween_start(&l->denied, 1.0f, 0.0f, 700.0, ENG_EASE_OUT_CUBIC);
        eng_redraw();
        return;
    }
    eng_sound_play(ENG_SND_CLICK);
    scn_play_start(l->ctx, LT_MODE_LEVEL, i, false);
    eng_redraw();
}

static void scn_levels_back(void)
{
    eng_sound_play(ENG_SND_CLICK);
    eng_scene_pop();
    eng_redraw();
}

static void scn_levels_select(scn_levels *l, int i)
{
    if (i >= 0 && i < l->n) {
        l->focus = i;
        scn_levels_scroll_to_focus(l);
    }
}

static void scn_levels_action(eng_scene *s, const eng_action *a)
{
    scn_levels *l = s->self;
    int hit;
    switch (a->kind) {
    case ENG_ACT_QUIT_REQUEST:
        eng_quit();
        return;
    case ENG_ACT_BACK:
        scn_levels_back();
        return;
    case ENG_ACT_CONFIRM:
        scn_levels_start(l, l->focus);
        return;
    case ENG_ACT_UP:
        scn_levels_select(l, l->focus > 0 ? l->focus - 1 : l->n - 1);
        break;
    case ENG_ACT_DOWN:
        scn_levels_select(l, l->n > 0 ? (l->focus + 1) % l->n : 0);
        break;
    case ENG_ACT_OPTION: /* keys 1-4 */
        scn_levels_select(l, a->value);
        break;
    case ENG_ACT_TEXT:
        /* Keys 5-9 reach scenes only as text (1-4 also come as OPTION). */
        if (a->text[0] >= '5' && a->text[0] <= '9' && a->text[1] == '\0') {
            scn_levels_select(l, a->text[0] - '1');
        }
        break;
    case ENG_ACT_WHEEL: {
        int vis = scn_levels_visible();
        int max_top = l->n > vis ? l->n - vis : 0;
        l->top -= a->value;
        l->top = l->top < 0 ? 0 : l->top > max_top ? max_top : l->top;
        if (l->focus < l->top) {
            l->focus = l->top;
        } else if (l->focus >= l->top + vis) {
            l->focus = l->top + vis - 1;
        }
        break;
    }
    case ENG_ACT_POINTER_MOVE:
        l->back_hover = eng_rect_contains(l->back, a->x, a->y);
        hit = scn_levels_hit(l, a->x, a->y);
        if (hit >= 0) {
            l->focus = hit;
        }
        break;
    case ENG_ACT_POINTER_DOWN:
        l->pressed = scn_levels_hit(l, a->x, a->y);
        l->back_pressed = eng_rect_contains(l->back, a->x, a->y);
        break;
    case ENG_ACT_POINTER_UP: {
        /* A press counts only when released on the same card. */
        bool back = l->back_pressed && eng_rect_contains(l->back, a->x, a->y);
        hit = scn_levels_hit(l, a->x, a->y);
        int pressed = l->pressed;
        l->pressed = -1;
        l->back_pressed = false;
        if (back) {
            scn_levels_back();
            return;
        }
        if (hit >= 0 && hit == pressed) {
            scn_levels_start(l, hit);
            return;
        }
        break;
    }
    default:
        break;
    }
    eng_redraw();
}

static bool scn_levels_animating(eng_scene *s)
{
    scn_levels *l = s->self;
    return eng_tween_running(&l->denied);
}

/* A padlock drawn with shapes (the font has none): shackle ring, body, keyhole. */
static void scn_levels_lock(float cx, float cy, float size, eng_color c, eng_color bg)
{
    float bw = size, bh = size * 0.72f;
    float sw = size * 0.66f, sh = size * 0.78f, t = size * 0.13f;
    float body_y = cy - bh / 2 + size * 0.2f;
    eng_rect ring = {cx - sw / 2, body_y - sh * 0.62f, sw, sh};
    eng_fill_round_rect(ring, sw / 2, c);
    eng_fill_round_rect((eng_rect){ring.x + t, ring.y + t, ring.w - 2 * t, ring.h - 2 * t}, sw / 2 - t, bg);
    eng_fill_round_rect((eng_rect){cx - bw / 2, body_y, bw, bh}, size * 0.12f, c);
    eng_fill_circle(cx, body_y + bh * 0.42f, size * 0.1f, bg);
    eng_fill_rect((eng_rect){cx - size * 0.04f, body_y + bh * 0.42f, size * 0.08f, bh * 0.3f}, bg);
}

static eng_color scn_levels_mix(eng_color a, eng_color b, float t)
{
    return (eng_color){(uint8_t)((float)a.r + ((float)b.r - (float)a.r) * t),
                       (uint8_t)((float)a.g + ((float)b.g - (float)a.g) * t),
                       (uint8_t)((float)a.b + ((float)b.b - (float)a.b) * t), 255};
}

static void scn_levels_draw_card(const scn_levels *l, int i)
{
    const scn_ctx *ctx = l->ctx;
    lt_lang L = ctx->lang;
    const lt_level *lv = &ctx->pack->levels[i];
    const scn_level_info *in = &l->info[i];
    eng_rect r = scn_levels_card(l, i);
    bool focus = i == l->focus;
    bool open = in->open;

    eng_color fill = open ? (focus ? SCN_PANEL_HI : SCN_PANEL) : (eng_color){30, 40, 60, 255};
    eng_color border = focus ? SCN_FOCUS : open ? SCN_PANEL_HI : SCN_PANEL;
    eng_color text = open ? SCN_TEXT : SCN_TEXT_DIM;
    eng_color dim = open ? SCN_TEXT_DIM : (eng_color){128, 138, 158, 255};
    eng_fill_round_rect(r, 18, border);
    eng_fill_round_rect((eng_rect){r.x + 4, r.y + 4, r.w - 8, r.h - 8}, 15, fill);

    /* Number in a circle. */
    char num[16];
    snprintf(num, sizeof num, "%d", i + 1);
    float cx = r.x + 66, cy = r.y + r.h / 2;
    eng_fill_circle(cx, cy, 38, SCN_BG_DEEP);
    eng_font nf = eng_font_get(ENG_FONT_BOLD, 44);
    eng_text_draw(nf, num, cx, cy - (float)eng_font_line_height(nf) / 2, ENG_ALIGN_CENTER,
                  open ? SCN_ACCENT : SCN_TEXT_DIM);

    /* Title, dates, and what opens a locked level. */
    float ax = r.x + 130, aw = 770;
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 36);
    eng_text_draw_wrapped(tf, lt_text_get(&lv->title, L), (eng_rect){ax, r.y + 12, aw, 46}, ENG_ALIGN_LEFT, text);
    eng_font sf = eng_font_get(ENG_FONT_REGULAR, 26);
    eng_text_draw_wrapped(sf, in->span, (eng_rect){ax, r.y + 56, aw, 32}, ENG_ALIGN_LEFT, dim);
    if (!open && in->lock[0] != '\0') {
        float flash = l->denied_level == i ? eng_tween_value(&l->denied) : 0.0f;
        eng_color lc = scn_levels_mix(SCN_ACCENT, SCN_TEXT, flash);
        scn_levels_lock(ax + 11, r.y + 104, 20, lc, fill);
        eng_font lf = eng_font_get(ENG_FONT_REGULAR, 24);
        eng_text_draw_wrapped(lf, in->lock, (eng_rect){ax + 32, r.y + 89, aw - 32, 30}, ENG_ALIGN_LEFT, lc);
    }
    if (lv->exam) {
        eng_font ef = eng_font_get(ENG_FONT_BOLD, 24);
        const char *tag = scn_tr(L, SCN_S_LEVEL_EXAM);
        int tw = 0, tgh = 0;
        eng_text_size(ef, tag, &tw, &tgh);
        eng_fill_round_rect((eng_rect){ax + aw - (float)tw - 28, r.y + 16, (float)tw + 24, 36}, 10,
                            open ? SCN_ACCENT : SCN_PANEL_HI);
        eng_text_draw(ef, tag, ax + aw - 16, r.y + 19, ENG_ALIGN_RIGHT, open ? SCN_BG_DEEP : SCN_TEXT_DIM);
    }

    /* Time and pass mark, then the question types (up to two lines). */
    float bx = r.x + 930, bw = 500;
    eng_font kf = eng_font_get(ENG_FONT_REGULAR, 26);
    float kh = (float)eng_font_line_height(kf);
    eng_text_draw_wrapped(kf, in->rules, (eng_rect){bx, r.y + 14, bw, kh + 2}, ENG_ALIGN_LEFT, text);
    eng_text_draw_wrapped(kf, in->types, (eng_rect){bx, r.y + 52, bw, 2 * kh + 2}, ENG_ALIGN_LEFT, dim);

    /* Mastery: the word and the percent over a bar. */
    float mx = r.x + 1460, mw = 240;
    eng_font mf = eng_font_get(ENG_FONT_REGULAR, 24);
    eng_text_draw(mf, scn_tr(L, SCN_S_LEVEL_MASTERY), mx, r.y + 26, ENG_ALIGN_LEFT, dim);
    eng_rect track = {mx, r.y + 76, mw, 24};
    eng_fill_round_rect(track, 12, SCN_BG_DEEP);
    char pct[16] = "—";
    if (in->mastery >= 0) {
        float m = in->mastery > 1 ? 1.0f : (float)in->mastery;
        float w = mw * m;
        if (w > 4) {
            eng_color bar = m >= (float)LT_LEVEL_UNLOCK_MASTERY ? SCN_RIGHT : SCN_ACCENT;
            eng_fill_round_rect((eng_rect){mx, track.y, w, track.h}, w < 24 ? w / 2 : 12,
                                open ? bar : SCN_PANEL_HI);
        }
        snprintf(pct, sizeof pct, "%d%%", (int)(m * 100.0f + 0.5f));
    }
    eng_font pf = eng_font_get(ENG_FONT_BOLD, 34);
    eng_text_draw(pf, pct, mx + mw, r.y + 18, ENG_ALIGN_RIGHT, open ? SCN_TEXT : SCN_TEXT_DIM);

    /* Right edge: a lock when locked, a tick when mastered. */
    float ex = r.x + r.w - 64;
    if (!open) {
        scn_levels_lock(ex, cy, 46, SCN_TEXT_DIM, fill);
    } else if (in->mastery >= LT_LEVEL_UNLOCK_MASTERY) {
        scn_ui_check(ex, cy, 46, SCN_RIGHT);
    }
}

/* A small chevron drawn with two lines (up when dir < 0). */
static void scn_levels_chevron(float cx, float cy, float dir)
{
    eng_line(cx - 22, cy - 8 * dir, cx, cy + 8 * dir, 5, SCN_TEXT_DIM);
    eng_line(cx, cy + 8 * dir, cx + 22, cy - 8 * dir, 5, SCN_TEXT_DIM);
}

static void scn_levels_draw(eng_scene *s)
{
    scn_levels *l = s->self;
    scn_ctx *ctx = l->ctx;
    lt_lang L = ctx->lang;
    scn_ui_backdrop();
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 72);
    eng_text_draw(tf, scn_tr(L, SCN_S_LEVELS_TITLE), SCN_LV_X, 40, ENG_ALIGN_LEFT, SCN_TEXT);
    if (ctx->pack != NULL) {
        eng_font pf = eng_font_get(ENG_FONT_REGULAR, 32);
        int w = 0, h = 0;
        eng_text_size(tf, scn_tr(L, SCN_S_LEVELS_TITLE), &w, &h);
        eng_text_draw_wrapped(pf, lt_text_get(&ctx->pack->title, L),
                              (eng_rect){SCN_LV_X + (float)w + 40, 70, 1380 - (float)w - 40 - SCN_LV_X, 40},
                              ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    }
    scn_ui_button(l->back, lt_tr(L, LT_S_BACK), l->back_hover ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 0, 36);

    int vis = scn_levels_visible();
    for (int i = l->top; i < l->n && i < l->top + vis; i++) {
        scn_levels_draw_card(l, i);
    }
    if (l->top > 0) {
        scn_levels_chevron(ENG_CANVAS_W / 2, SCN_LV_TOP - 20, -1);
    }
    if (l->top + vis < l->n) {
        scn_levels_chevron(ENG_CANVAS_W / 2, SCN_LV_BOTTOM + 8, 1);
    }
    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 28);
    char hint[256];
    snprintf(hint, sizeof hint, scn_tr(L, SCN_S_LEVELS_HINT), l->n < 9 ? (l->n > 0 ? l->n : 1) : 9);
    eng_text_draw(hf, hint, ENG_CANVAS_W / 2, 1024, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
}

static void scn_levels_destroy(eng_scene *s)
{
    free(s->self);
}

void scn_levels_push(scn_ctx *ctx)
{
    scn_levels *l = calloc(1, sizeof *l);
    if (l == NULL) {
        return;
    }
    l->ctx = ctx;
    l->pressed = -1;
    l->denied_level = -1;
    l->back = (eng_rect){ENG_CANVAS_W - 60 - 280, 40, 280, 100};
    scn_levels_refresh(l);
    /* Start on the last open level: where the player is heading. */
    for (int i = 0; i < l->n; i++) {
        if (l->info[i].open) {
            l->focus = i;
        }
    }
    scn_levels_scroll_to_focus(l);
    eng_scene s = {.name = "levels", .self = l, .enter = scn_levels_enter, .action = scn_levels_action,
                   .draw = scn_levels_draw, .animating = scn_levels_animating, .destroy = scn_levels_destroy};
    eng_scene_push(&s);
    eng_redraw();
}
