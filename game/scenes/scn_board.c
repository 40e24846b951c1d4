/* scn_board.c: the timeline board: the pack's dated events as cards over a time
 * axis (lanes from lt_tl_layout_build), lit by the profile's recall, with pan,
 * zoom, fit-all and a detail panel. Depends on: scn_board.h, scn_ui.h, scn_text.h, scn_place.h. */
#include "scn_board.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "lt_sched.h"
#include "scn_place.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_BD_HEADER 128.0f     /* cards are drawn below this */
#define SCN_BD_AXIS_Y 850.0f
#define SCN_BD_CARD_W 270.0
#define SCN_BD_CARD_H 124.0f     /* >= 120: a touch target */
#define SCN_BD_PITCH 142.0f      /* lane to lane */
#define SCN_BD_GAP 14.0
#define SCN_BD_BTN_Y 944.0f
#define SCN_BD_BTN_H 120.0f
#define SCN_BD_DRAG_PX 14.0f     /* a press that moves less is a tap */
#define SCN_BD_CHIPS 4
#define SCN_BD_MAX_PPU 200.0     /* pixels per day at most */

enum { SCN_BD_BACK = 0, SCN_BD_FIT, SCN_BD_PLACE, SCN_BD_RULES, SCN_BD_NBTN };

typedef struct scn_bd_event {
    char date[96];
    double recall;               /* 0..1, -1 unseen */
} scn_bd_event;

typedef struct scn_board {
    scn_ctx *ctx;
    bool have_axis;
    lt_tl_axis axis;
    lt_tl_layout layout;
    int *card_of;                /* event -> layout card, -1 undated */
    scn_bd_event *ev;
    scn_tl_view view;
    float voff;                  /* vertical pan: lanes moved down by this */
    double mastery;              /* -1 unknown */
    /* pointer */
    bool dragging, moved;
    float press_x, press_y, last_x, last_y;
    int btn_pressed;             /* bottom button or panel control under a press */
    eng_rect btn[SCN_BD_NBTN];
    /* the detail panel */
    int panel;                   /* event, -1 closed */
    int chip_ev[SCN_BD_CHIPS];
    bool chip_cause[SCN_BD_CHIPS];
    int n_chips;
    char meta[2048];             /* people, place, documents, perspective */
    char quote[2048];            /* source line and paragraph */
} scn_board;

static scn_board *scn_board_live;

static const eng_rect SCN_BD_PANEL = {1000, 136, 880, 790};

/* ---- the view ------------------------------------------------------------ */

float scn_tl_x(const scn_tl_view *v, double units)
{
    return v->area.x + (float)((units - v->u0) * v->ppu);
}

double scn_tl_units(const scn_tl_view *v, float x)
{
    return v->u0 + (double)(x - v->area.x) / v->ppu;
}

#define SCN_TL_MARGIN_PX 150.0 /* half a card and more beyond each end */

static double scn_tl_fit_ppu(const scn_tl_view *v, const lt_tl_axis *ax)
{
    double span = ax->units_max - ax->units_min;
    return ((double)v->area.w - 2 * SCN_TL_MARGIN_PX) / (span > 1.0 ? span : 1.0);
}

void scn_tl_clamp(scn_tl_view *v, const lt_tl_axis *ax)
{
    double fit = scn_tl_fit_ppu(v, ax);
    if (v->ppu < fit) {
        v->ppu = fit;
    }
    if (v->ppu > SCN_BD_MAX_PPU) {
        v->ppu = SCN_BD_MAX_PPU;
    }
    double w = (double)v->area.w / v->ppu;
    double margin = SCN_TL_MARGIN_PX / v->ppu;
    double lo = ax->units_min - margin, hi = ax->units_max + margin - w;
    if (hi < lo) {
        v->u0 = (ax->units_min + ax->units_max - w) / 2.0;
    } else if (v->u0 < lo) {
        v->u0 = lo;
    } else if (v->u0 > hi) {
        v->u0 = hi;
    }
}

void scn_tl_fit(scn_tl_view *v, const lt_tl_axis *ax)
{
    v->ppu = scn_tl_fit_ppu(v, ax);
    v->u0 = (ax->units_min + ax->units_max) / 2.0 - (double)v->area.w / v->ppu / 2.0;
}

void scn_tl_fit_main(scn_tl_view *v, const lt_tl_axis *ax)
{
    scn_tl_fit_range(v, ax, lt_tl_day_to_units(ax, ax->main_first_day), lt_tl_day_to_units(ax, ax->main_last_day + 1));
}

void scn_tl_fit_range(scn_tl_view *v, const lt_tl_axis *ax, double a, double z)
{
    v->ppu = ((double)v->area.w - 2 * SCN_TL_MARGIN_PX) / (z - a > 1.0 ? z - a : 1.0);
    v->u0 = a - SCN_TL_MARGIN_PX / v->ppu;
    scn_tl_clamp(v, ax);
}

void scn_tl_zoom(scn_tl_view *v, const lt_tl_axis *ax, double factor, float x)
{
    double at = scn_tl_units(v, x);
    v->ppu *= factor;
    scn_tl_clamp(v, ax);
    v->u0 = at - (double)(x - v->area.x) / v->ppu;
    scn_tl_clamp(v, ax);
}

/* ---- shared drawing ------------------------------------------------------- */

static const char *scn_tl_month_name(lt_lang L, int month, bool full)
{
    if (month < 1 || month > 12) {
        return "";
    }
    return scn_tr(L, (scn_str)((full ? SCN_S_QV_MONTH_1 : SCN_S_TL_MON_1) + month - 1));
}

void scn_tl_draw_axis(const scn_tl_view *v, const lt_tl_axis *ax, float y, lt_lang L)
{
    float x0 = scn_tl_x(v, ax->units_min), x1 = scn_tl_x(v, ax->units_max);
    float mx0 = scn_tl_x(v, lt_tl_day_to_units(ax, ax->main_first_day));
    float mx1 = scn_tl_x(v, lt_tl_day_to_units(ax, ax->main_last_day + 1));
    float l = v->area.x, r = v->area.x + v->area.w;
    /* Years outside the main span are compressed: a thin dim line there. */
    eng_line(fmaxf(x0, l), y, fminf(x1, r), y, 3, SCN_PANEL_HI);
    if (mx1 > l && mx0 < r) {
        eng_fill_rect((eng_rect){fmaxf(mx0, l), y - 3, fminf(mx1, r) - fmaxf(mx0, l), 6}, SCN_TEXT_DIM);
    }
    lt_tl_tick ticks[512];
    double u0 = v->u0, u1 = scn_tl_units(v, r);
    int n = lt_tl_ticks(ax, u0, u1, v->ppu, ticks, (int)(sizeof ticks / sizeof ticks[0]));
    eng_font yf = eng_font_get(ENG_FONT_BOLD, 26);
    eng_font mf = eng_font_get(ENG_FONT_REGULAR, 24);
    eng_font df = eng_font_get(ENG_FONT_REGULAR, 20);
    bool full = v->ppu * 30.0 >= 150.0;
    bool month_labels = v->ppu * 30.0 >= 48.0;
    bool day_labels = v->ppu >= 26.0;
    char buf[64];
    float last_day_x = -1e9f; /* centre of the last labelled cluster day */
    for (int i = 0; i < n; i++) {
        const lt_tl_tick *t = &ticks[i];
        float x = scn_tl_x(v, t->units);
        if (x < l - 1 || x > r + 1) {
            continue;
        }
        switch (t->kind) {
        case LT_TL_TICK_YEAR:
            eng_fill_rect((eng_rect){x - 1.5f, y - 16, 3, 32}, SCN_ACCENT);
            snprintf(buf, sizeof buf, "%d", t->year);
            eng_text_draw(yf, buf, x + 6, y + 12, ENG_ALIGN_LEFT, SCN_ACCENT);
            break;
        case LT_TL_TICK_MONTH:
            eng_fill_rect((eng_rect){x - 1, y - 12, 2, 24}, SCN_TEXT_DIM);
            if (t->month == 1 && !full) {
                snprintf(buf, sizeof buf, "%d", t->year); /* January: the year says it */
            } else if (t->month == 1) {
                snprintf(buf, sizeof buf, "%s %d", scn_tl_month_name(L, 1, full), t->year);
            } else if (month_labels && (t->month != 2 || v->ppu * 30.0 >= 72.0)) {
                snprintf(buf, sizeof buf, "%s", scn_tl_month_name(L, t->month, full));
            } else {
                buf[0] = '\0';
            }
            eng_text_draw(t->month == 1 ? yf : mf, buf, x + 6, y + 12, ENG_ALIGN_LEFT,
                          t->month == 1 ? SCN_ACCENT : SCN_TEXT);
            break;
        default:
            if (day_labels) {
                eng_fill_rect((eng_rect){x - 1, y - 6, 2, 12}, SCN_PANEL_HI);
                if (t->day != 1) {
                    snprintf(buf, sizeof buf, "%d", t->day);
                    eng_text_draw(df, buf, x + (float)(v->ppu / 2.0), y + 44, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
                }
            } else {
                /* An event day where events cluster: a taller tick at the
                 * day's middle, labelled when there is room after the last. */
                float cx = x + (float)(v->ppu / 2.0);
                eng_fill_rect((eng_rect){cx - 1, y - 10, 2, 20}, SCN_TEXT_DIM);
                if (cx - last_day_x >= 34.0f) {
                    snprintf(buf, sizeof buf, "%d", t->day);
                    eng_text_draw(df, buf, cx, y + 44, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
                    last_day_x = cx;
                }
            }
            break;
        }
    }
}

static eng_color scn_tl_mix(eng_color a, eng_color b, double t)
{
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    return (eng_color){(uint8_t)(a.r + (b.r - a.r) * t), (uint8_t)(a.g + (b.g - a.g) * t),
                       (uint8_t)(a.b + (b.b - a.b) * t), 255};
}

static void scn_tl_sheet(float cx, float cy, float s, eng_color c, eng_color ink)
{
    eng_fill_round_rect((eng_rect){cx - s * 0.36f, cy - s * 0.48f, s * 0.72f, s * 0.96f}, s * 0.08f, c);
    for (int i = 0; i < 3; i++) {
        float ly = cy - s * 0.26f + (float)i * s * 0.2f;
        eng_line(cx - s * 0.22f, ly, cx + s * 0.22f, ly, s * 0.06f, ink);
    }
}

void scn_tl_icon(const char *kind, float cx, float cy, float s, eng_color c)
{
    const eng_color ink = {30, 38, 56, 255};
    const eng_color seal = {196, 68, 60, 255};
    kind = kind != NULL ? kind : "";
    if (strcmp(kind, "talks") == 0) {
        /* Two speech bubbles. */
        eng_fill_round_rect((eng_rect){cx - s * 0.5f, cy - s * 0.45f, s * 0.62f, s * 0.42f}, s * 0.14f, c);
        eng_line(cx - s * 0.34f, cy - s * 0.06f, cx - s * 0.42f, cy + s * 0.08f, s * 0.1f, c);
        eng_fill_round_rect((eng_rect){cx - s * 0.1f, cy - s * 0.02f, s * 0.6f, s * 0.42f}, s * 0.14f, c);
        eng_line(cx + s * 0.34f, cy + s * 0.38f, cx + s * 0.42f, cy + s * 0.5f, s * 0.1f, c);
        eng_fill_round_rect((eng_rect){cx - s * 0.06f, cy + s * 0.02f, s * 0.52f, s * 0.34f}, s * 0.12f, ink);
    } else if (strcmp(kind, "document") == 0 || strcmp(kind, "statement") == 0) {
        scn_tl_sheet(cx, cy, s, c, ink);
    } else if (strcmp(kind, "ratification") == 0) {
        scn_tl_sheet(cx - s * 0.06f, cy, s, c, ink);
        eng_fill_circle(cx + s * 0.26f, cy + s * 0.3f, s * 0.2f, seal);
    } else if (strcmp(kind, "decree") == 0) {
        scn_tl_sheet(cx, cy, s, c, ink);
        eng_fill_rect((eng_rect){cx - s * 0.1f, cy + s * 0.12f, s * 0.36f, s * 0.26f}, seal);
        eng_fill_rect((eng_rect){cx - s * 0.05f, cy + s * 0.17f, s * 0.26f, s * 0.16f}, c);
    } else if (strcmp(kind, "un") == 0) {
        eng_fill_circle(cx, cy, s * 0.46f, c);
        eng_fill_circle(cx, cy, s * 0.36f, ink);
        eng_line(cx - s * 0.36f, cy, cx + s * 0.36f, cy, s * 0.06f, c);
        eng_line(cx, cy - s * 0.36f, cx, cy + s * 0.36f, s * 0.06f, c);
        eng_line(cx - s * 0.3f, cy - s * 0.18f, cx + s * 0.3f, cy - s * 0.18f, s * 0.05f, c);
        eng_line(cx - s * 0.3f, cy + s * 0.18f, cx + s * 0.3f, cy + s * 0.18f, s * 0.05f, c);
    } else if (strcmp(kind, "us-pressure") == 0) {
        eng_fill_circle(cx, cy, s * 0.46f, seal);
        eng_line(cx, cy - s * 0.28f, cx, cy + s * 0.08f, s * 0.12f, (eng_color){250, 245, 235, 255});
        eng_fill_circle(cx, cy + s * 0.25f, s * 0.07f, (eng_color){250, 245, 235, 255});
    } else {
        eng_fill_circle(cx, cy, s * 0.2f, c);
    }
}

void scn_tl_card(eng_rect r, const lt_event *ev, const char *date, double recall, bool focus, lt_lang L)
{
    const eng_color dim = {44, 56, 82, 255}, lit = {240, 204, 128, 255};
    eng_color fill, text, border, icon;
    if (recall <= -2.0) { /* neutral: a card in the hand */
        border = SCN_PANEL_HI;
        fill = SCN_PANEL;
        text = SCN_TEXT;
        icon = SCN_ACCENT;
    } else if (recall < 0) {
        border = (eng_color){110, 126, 158, 255};
        fill = SCN_BG;
        text = SCN_TEXT_DIM;
        icon = SCN_TEXT_DIM;
    } else {
        fill = scn_tl_mix(dim, lit, 0.15 + 0.85 * recall);
        border = scn_tl_mix((eng_color){70, 90, 128, 255}, (eng_color){255, 236, 180, 255}, recall);
        bool dark = 0.15 + 0.85 * recall > 0.5;
        text = dark ? (eng_color){22, 26, 36, 255} : SCN_TEXT;
        icon = dark ? (eng_color){60, 50, 30, 255} : SCN_ACCENT;
    }
    if (focus) {
        border = SCN_FOCUS;
    }
    eng_fill_round_rect(r, 14, border);
    float bw = focus ? 5.0f : 3.0f;
    eng_fill_round_rect((eng_rect){r.x + bw, r.y + bw, r.w - 2 * bw, r.h - 2 * bw}, 12, fill);
    scn_tl_icon(ev->kind, r.x + 32, r.y + 34, 36, icon);
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 22);
    float lh = (float)eng_font_line_height(tf);
    eng_text_draw_wrapped(tf, lt_text_get(&ev->title, L), (eng_rect){r.x + 60, r.y + 10, r.w - 72, lh * 2 + 2},
                          ENG_ALIGN_LEFT, text);
    eng_font df = eng_font_get(ENG_FONT_REGULAR, 20);
    eng_text_draw_wrapped(df, date, (eng_rect){r.x + 14, r.y + r.h - 36, r.w - 24, 28}, ENG_ALIGN_LEFT, text);
}

/* ---- the board ------------------------------------------------------------ */

static void scn_board_relayout(scn_board *b)
{
    if (!b->have_axis) {
        return;
    }
    lt_tl_layout_free(&b->layout);
    memset(&b->layout, 0, sizeof b->layout);
    if (!lt_tl_layout_build(b->ctx->pack, &b->axis, NULL, b->view.ppu, SCN_BD_CARD_W, SCN_BD_GAP, &b->layout)) {
        memset(&b->layout, 0, sizeof b->layout);
    }
    for (size_t e = 0; e < b->ctx->pack->n_events; e++) {
        b->card_of[e] = -1;
    }
    for (size_t i = 0; i < b->layout.n; i++) {
        int e = b->layout.cards[i].event;
        if (e >= 0 && (size_t)e < b->ctx->pack->n_events) {
            b->card_of[e] = (int)i;
        }
    }
}

static float scn_board_max_voff(const scn_board *b)
{
    float need = (float)b->layout.lanes * SCN_BD_PITCH - (SCN_BD_AXIS_Y - 24 - SCN_BD_HEADER);
    return need > 0 ? need : 0;
}

/* Keeps the view over the axis; with the panel open the axis may end left of it. */
static void scn_board_clamp(scn_board *b)
{
    double want = b->view.u0;
    scn_tl_clamp(&b->view, &b->axis);
    if (b->panel >= 0 && want > b->view.u0) {
        double hi = b->axis.units_max + SCN_TL_MARGIN_PX / b->view.ppu -
                    (double)(SCN_BD_PANEL.x - 40 - b->view.area.x) / b->view.ppu;
        b->view.u0 = fmin(want, fmax(hi, b->view.u0));
    }
    float mx = scn_board_max_voff(b);
    b->voff = b->voff < 0 ? 0 : b->voff > mx ? mx : b->voff;
}

static void scn_board_zoom(scn_board *b, double factor, float x)
{
    double before = b->view.ppu;
    scn_tl_zoom(&b->view, &b->axis, factor, x);
    if (b->view.ppu != before) {
        scn_board_relayout(b);
    }
    scn_board_clamp(b);
}

static void scn_board_fit(scn_board *b)
{
    scn_tl_fit(&b->view, &b->axis);
    b->voff = 0;
    scn_board_relayout(b);
    scn_board_clamp(b);
}

static eng_rect scn_board_card_rect(const scn_board *b, const lt_tl_card *c)
{
    float x = scn_tl_x(&b->view, c->centre) - (float)(SCN_BD_CARD_W / 2.0);
    float y = SCN_BD_AXIS_Y - 24 - SCN_BD_CARD_H - (float)c->lane * SCN_BD_PITCH + b->voff;
    return (eng_rect){x, y, (float)SCN_BD_CARD_W, SCN_BD_CARD_H};
}

/* First layout card that may be visible (cards are in centre order). */
static size_t scn_board_first_visible(const scn_board *b)
{
    double from = b->view.u0 - SCN_BD_CARD_W / b->view.ppu;
    size_t lo = 0, hi = b->layout.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->layout.cards[mid].centre < from) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

static double scn_board_view_end(const scn_board *b)
{
    return scn_tl_units(&b->view, b->view.area.x + b->view.area.w) + SCN_BD_CARD_W / b->view.ppu;
}

static bool scn_board_card_shown(eng_rect r)
{
    return r.y + r.h > SCN_BD_HEADER && r.y < SCN_BD_AXIS_Y && r.x + r.w > 0 && r.x < ENG_CANVAS_W;
}

/* The event of the card under (x, y), or -1. */
static int scn_board_card_at(const scn_board *b, float x, float y)
{
    double end = scn_board_view_end(b);
    for (size_t i = scn_board_first_visible(b); i < b->layout.n && b->layout.cards[i].centre <= end; i++) {
        eng_rect r = scn_board_card_rect(b, &b->layout.cards[i]);
        if (scn_board_card_shown(r) && y > SCN_BD_HEADER && eng_rect_contains(r, x, y)) {
            return b->layout.cards[i].event;
        }
    }
    return -1;
}

static void scn_board_append(char *buf, size_t len, const char *s)
{
    size_t used = strlen(buf);
    if (used < len) {
        snprintf(buf + used, len - used, "%s", s);
    }
}

static lt_str scn_board_role_str(lt_role r)
{
    static const lt_str map[LT_ROLE_COUNT] = {LT_S_ROLE_PARTICIPANT, LT_S_ROLE_SIGNATORY, LT_S_ROLE_DELEGATE,
                                              LT_S_ROLE_SPEAKER,     LT_S_ROLE_ADDRESSEE, LT_S_ROLE_INITIATOR};
    return (unsigned)r < LT_ROLE_COUNT ? map[r] : LT_S_ROLE_PARTICIPANT;
}

/* A line "Label: a, b, c" of entity names. */
static void scn_board_entities(char *buf, size_t len, const lt_pack *pack, const char *label, const size_t *ids,
                               size_t n, lt_lang L)
{
    if (n == 0) {
        return;
    }
    if (buf[0] != '\0') {
        scn_board_append(buf, len, "\n");
    }
    scn_board_append(buf, len, label);
    scn_board_append(buf, len, ": ");
    for (size_t i = 0; i < n; i++) {
        if (ids[i] < pack->n_entities) {
            scn_board_append(buf, len, i > 0 ? ", " : "");
            scn_board_append(buf, len, lt_text_get(&pack->entities[ids[i]].name, L));
        }
    }
}

static void scn_board_open(scn_board *b, int e)
{
    const lt_pack *pack = b->ctx->pack;
    lt_lang L = b->ctx->lang;
    if (e < 0 || (size_t)e >= pack->n_events) {
        b->panel = -1;
        return;
    }
    b->panel = e;
    const lt_event *ev = &pack->events[e];
    char *m = b->meta;
    m[0] = '\0';
    if (ev->n_people > 0) {
        scn_board_append(m, sizeof b->meta, scn_tr(L, SCN_S_TL_PEOPLE));
        scn_board_append(m, sizeof b->meta, ": ");
        for (size_t i = 0; i < ev->n_people; i++) {
            const lt_person_ref *p = &ev->people[i];
            if (p->entity >= pack->n_entities) {
                continue;
            }
            char one[512];
            snprintf(one, sizeof one, "%s%s (%s)", i > 0 ? ", " : "", lt_text_get(&pack->entities[p->entity].name, L),
                     lt_tr(L, scn_board_role_str(p->role)));
            scn_board_append(m, sizeof b->meta, one);
        }
    }
    scn_board_entities(m, sizeof b->meta, pack, scn_tr(L, SCN_S_TL_WHERE), ev->places, ev->n_places, L);
    scn_board_entities(m, sizeof b->meta, pack, scn_tr(L, SCN_S_TL_DOCS), ev->documents, ev->n_documents, L);
    if (ev->perspective != 0) {
        static const struct {
            unsigned bit;
            lt_str s;
        } sides[] = {{LT_PERSP_USSR, LT_S_SIDE_USSR}, {LT_PERSP_JAPAN, LT_S_SIDE_JAPAN}, {LT_PERSP_USA, LT_S_SIDE_USA}};
        scn_board_append(m, sizeof b->meta, m[0] != '\0' ? "\n" : "");
        scn_board_append(m, sizeof b->meta, scn_tr(L, SCN_S_TL_PERSP));
        scn_board_append(m, sizeof b->meta, ": ");
        bool first = true;
        for (size_t i = 0; i < sizeof sides / sizeof sides[0]; i++) {
            if (ev->perspective & sides[i].bit) {
                scn_board_append(m, sizeof b->meta, first ? "" : ", ");
                scn_board_append(m, sizeof b->meta, lt_tr(L, sides[i].s));
                first = false;
            }
        }
    }
    const char *src = lt_event_source_text(pack, ev);
    b->quote[0] = '\0';
    if (src != NULL && ev->paragraph > 0) {
        snprintf(b->quote, sizeof b->quote, scn_tr(L, SCN_S_TL_SOURCE), ev->paragraph);
        scn_board_append(b->quote, sizeof b->quote, ": «");
        scn_board_append(b->quote, sizeof b->quote, src);
        scn_board_append(b->quote, sizeof b->quote, "»");
    } else if (ev->external) {
        snprintf(b->quote, sizeof b->quote, "%s", lt_tr(L, LT_S_EXTERNAL_SOURCE));
    }
    /* Causes, then effects (events listing this one among their causes). */
    b->n_chips = 0;
    for (size_t i = 0; i < ev->n_causes && b->n_chips < SCN_BD_CHIPS; i++) {
        if (ev->causes[i] < pack->n_events) {
            b->chip_ev[b->n_chips] = (int)ev->causes[i];
            b->chip_cause[b->n_chips++] = true;
        }
    }
    for (size_t o = 0; o < pack->n_events && b->n_chips < SCN_BD_CHIPS; o++) {
        for (size_t i = 0; i < pack->events[o].n_causes; i++) {
            if (pack->events[o].causes[i] == (size_t)e) {
                b->chip_ev[b->n_chips] = (int)o;
                b->chip_cause[b->n_chips++] = false;
                break;
            }
        }
    }
    eng_redraw();
}

/* Centres the board on event e (left of the panel) and opens its panel. */
static void scn_board_focus(scn_board *b, int e)
{
    scn_board_open(b, e);
    if (e < 0 || b->card_of[e] < 0) {
        return;
    }
    if (b->view.ppu < 8.0) { /* close enough to read the cluster around it */
        b->view.ppu = 8.0;
        scn_board_relayout(b);
        scn_board_open(b, e);
    }
    const lt_tl_card *c = &b->layout.cards[b->card_of[e]];
    float target_x = (b->view.area.x + SCN_BD_PANEL.x) / 2;
    b->view.u0 = c->centre - (double)(target_x - b->view.area.x) / b->view.ppu;
    scn_board_clamp(b);
    eng_rect r = scn_board_card_rect(b, c);
    if (r.y < SCN_BD_HEADER + 10) {
        b->voff += SCN_BD_HEADER + 10 - r.y;
    }
    scn_board_clamp(b);
}

static void scn_board_load(scn_board *b)
{
    scn_ctx *ctx = b->ctx;
    const lt_pack *pack = ctx->pack;
    int64_t now = scn_now_ms(ctx);
    bool kept = ctx->store != NULL && ctx->profile.id > 0;
    lt_fsrs_params params;
    lt_fsrs_params_default(&params);
    if (ctx->profile.retention > 0) {
        params.request_retention = ctx->profile.retention;
    }
    for (size_t e = 0; e < pack->n_events; e++) {
        const lt_event *ev = &pack->events[e];
        lt_date_format(&ev->date, (int)ctx->lang, b->ev[e].date, sizeof b->ev[e].date);
        b->ev[e].recall = -1.0;
        if (!kept) {
            continue;
        }
        char key[LT_FACT_KEY_MAX];
        lt_card_rec rec;
        lt_fact_key(key, sizeof key, ev->id, "when", NULL);
        if (lt_store_card_get(ctx->store, ctx->profile.id, pack->id, key, &rec) && rec.fsrs.reps > 0 &&
            rec.fsrs.state != LT_FSRS_NEW) {
            b->ev[e].recall = lt_fsrs_retrievability(&params, &rec.fsrs, now);
        }
    }
    b->mastery = kept ? lt_session_mastery(ctx->store, &ctx->profile, pack, -1, now) : -1.0;
}

static void scn_board_enter(eng_scene *s)
{
    scn_board *b = s->self;
    scn_board_live = b;
    scn_board_load(b);
    if (b->panel >= 0) {
        scn_board_open(b, b->panel);
    }
    eng_redraw();
}

static void scn_board_button(scn_board *b, int which)
{
    eng_sound_play(ENG_SND_CLICK);
    switch (which) {
    case SCN_BD_BACK:
        eng_scene_pop();
        break;
    case SCN_BD_FIT:
        scn_board_fit(b);
        break;
    case SCN_BD_PLACE:
        scn_place_push(b->ctx, false);
        break;
    case SCN_BD_RULES:
        scn_place_push(b->ctx, true);
        break;
    default:
        break;
    }
    eng_redraw();
}

/* Panel controls: 0..n_chips-1 the chips, SCN_BD_CHIPS the close button. */
static eng_rect scn_board_chip_rect(const scn_board *b, int i)
{
    const eng_rect p = SCN_BD_PANEL;
    int rows = (b->n_chips + 1) / 2;
    float w = (p.w - 60) / 2;
    float top = p.y + p.h - 20 - (float)rows * 130 + 10;
    return (eng_rect){p.x + 20 + (float)(i % 2) * (w + 20), top + (float)(i / 2) * 130, w, 120};
}

static eng_rect scn_board_close_rect(void)
{
    return (eng_rect){SCN_BD_PANEL.x + SCN_BD_PANEL.w - 130, SCN_BD_PANEL.y + 10, 120, 120};
}

static int scn_board_panel_hit(const scn_board *b, float x, float y)
{
    if (eng_rect_contains(scn_board_close_rect(), x, y)) {
        return SCN_BD_CHIPS;
    }
    for (int i = 0; i < b->n_chips; i++) {
        if (eng_rect_contains(scn_board_chip_rect(b, i), x, y)) {
            return i;
        }
    }
    return -1;
}

static void scn_board_panel_do(scn_board *b, int which)
{
    eng_sound_play(ENG_SND_CLICK);
    if (which == SCN_BD_CHIPS) {
        b->panel = -1;
    } else if (which >= 0 && which < b->n_chips) {
        scn_board_focus(b, b->chip_ev[which]);
    }
    eng_redraw();
}

/* The card nearest the middle of the view (keyboard opening). */
static int scn_board_centre_event(const scn_board *b)
{
    double mid = scn_tl_units(&b->view, b->view.area.x + b->view.area.w / 2);
    int best = -1;
    double bd = 0;
    for (size_t i = 0; i < b->layout.n; i++) {
        double d = fabs(b->layout.cards[i].centre - mid) + b->layout.cards[i].lane * 1e-6;
        if (best < 0 || d < bd) {
            best = b->layout.cards[i].event;
            bd = d;
        }
    }
    return best;
}

static void scn_board_pointer(scn_board *b, const eng_action *a)
{
    switch (a->kind) {
    case ENG_ACT_POINTER_DOWN:
        b->btn_pressed = -1;
        b->dragging = false;
        if (b->panel >= 0 && eng_rect_contains(SCN_BD_PANEL, a->x, a->y)) {
            int h = scn_board_panel_hit(b, a->x, a->y);
            b->btn_pressed = h >= 0 ? 100 + h : -1;
            return;
        }
        b->btn_pressed = scn_ui_hit(b->btn, SCN_BD_NBTN, a->x, a->y);
        if (b->btn_pressed < 0 && a->y > SCN_BD_HEADER && a->y < SCN_BD_BTN_Y) {
            b->dragging = true;
            b->moved = false;
            b->press_x = b->last_x = a->x;
            b->press_y = b->last_y = a->y;
        }
        return;
    case ENG_ACT_POINTER_MOVE:
        if (b->dragging) {
            if (fabsf(a->x - b->press_x) > SCN_BD_DRAG_PX || fabsf(a->y - b->press_y) > SCN_BD_DRAG_PX) {
                b->moved = true;
            }
            if (b->moved) {
                b->view.u0 -= (double)(a->x - b->last_x) / b->view.ppu;
                b->voff += a->y - b->last_y;
                scn_board_clamp(b);
            }
            b->last_x = a->x;
            b->last_y = a->y;
        }
        return;
    case ENG_ACT_POINTER_UP:
        if (b->btn_pressed >= 100) {
            int h = scn_board_panel_hit(b, a->x, a->y);
            if (h >= 0 && h == b->btn_pressed - 100) {
                scn_board_panel_do(b, h);
            }
        } else if (b->btn_pressed >= 0) {
            if (scn_ui_hit(b->btn, SCN_BD_NBTN, a->x, a->y) == b->btn_pressed) {
                b->btn_pressed = -1;
                b->dragging = false;
                scn_board_button(b, scn_ui_hit(b->btn, SCN_BD_NBTN, a->x, a->y));
                return;
            }
        } else if (b->dragging && !b->moved) {
            int e = scn_board_card_at(b, a->x, a->y);
            if (e >= 0) {
                eng_sound_play(ENG_SND_CLICK);
                scn_board_open(b, e);
            } else {
                b->panel = -1;
            }
        }
        b->btn_pressed = -1;
        b->dragging = false;
        return;
    default:
        return;
    }
}

static void scn_board_action(eng_scene *s, const eng_action *a)
{
    scn_board *b = s->self;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        eng_quit();
        return;
    }
    if (!b->have_axis) {
        if (a->kind == ENG_ACT_BACK || a->kind == ENG_ACT_CONFIRM || a->kind == ENG_ACT_POINTER_UP) {
            eng_scene_pop();
        }
        return;
    }
    float mid = b->view.area.x + b->view.area.w / 2;
    double page = (double)b->view.area.w / b->view.ppu * 0.15;
    switch (a->kind) {
    case ENG_ACT_BACK:
        if (b->panel >= 0) {
            b->panel = -1;
        } else {
            eng_sound_play(ENG_SND_CLICK);
            eng_scene_pop();
            return;
        }
        break;
    case ENG_ACT_LEFT:
        b->view.u0 -= page;
        scn_board_clamp(b);
        break;
    case ENG_ACT_RIGHT:
        b->view.u0 += page;
        scn_board_clamp(b);
        break;
    case ENG_ACT_UP:
        b->voff += SCN_BD_PITCH;
        scn_board_clamp(b);
        break;
    case ENG_ACT_DOWN:
        b->voff -= SCN_BD_PITCH;
        scn_board_clamp(b);
        break;
    case ENG_ACT_WHEEL: {
        float px, py;
        eng_pointer(&px, &py);
        scn_board_zoom(b, pow(1.25, a->value), px);
        break;
    }
    case ENG_ACT_PINCH:
        if (a->value > 0) {
            scn_board_zoom(b, (double)a->value / 1000.0, a->x);
        }
        b->moved = true; /* a pinch is no tap: lifting the fingers opens nothing */
        break;
    case ENG_ACT_TEXT:
        if (strcmp(a->text, "+") == 0 || strcmp(a->text, "=") == 0) {
            scn_board_zoom(b, 1.5, mid);
        } else if (strcmp(a->text, "-") == 0 || strcmp(a->text, "_") == 0) {
            scn_board_zoom(b, 1.0 / 1.5, mid);
        } else if (strcmp(a->text, "f") == 0 || strcmp(a->text, "F") == 0 || strcmp(a->text, "0") == 0 ||
                   strcmp(a->text, "а") == 0 || strcmp(a->text, "А") == 0) {
            scn_board_fit(b);
        }
        break;
    case ENG_ACT_CONFIRM:
        if (b->panel >= 0) {
            b->panel = -1;
        } else {
            scn_board_open(b, scn_board_centre_event(b));
        }
        break;
    case ENG_ACT_OPTION:
        if (b->panel >= 0) {
            if (a->value < b->n_chips) {
                scn_board_panel_do(b, a->value);
            }
        } else if (a->value == 0) {
            scn_board_button(b, SCN_BD_PLACE);
            return;
        } else if (a->value == 1) {
            scn_board_button(b, SCN_BD_RULES);
            return;
        }
        break;
    default:
        scn_board_pointer(b, a);
        break;
    }
    if (b->panel < 0 && !b->dragging) {
        scn_board_clamp(b); /* back inside the axis once the panel is closed */
    }
    eng_redraw();
}

static void scn_board_draw_panel(const scn_board *b, lt_lang L)
{
    const lt_pack *pack = b->ctx->pack;
    const lt_event *ev = &pack->events[b->panel];
    const eng_rect p = SCN_BD_PANEL;
    eng_fill_round_rect(p, 18, SCN_ACCENT);
    eng_fill_round_rect((eng_rect){p.x + 3, p.y + 3, p.w - 6, p.h - 6}, 16, SCN_BG_DEEP);
    scn_tl_icon(ev->kind, p.x + 52, p.y + 56, 56, SCN_ACCENT);
    eng_rect cl = scn_board_close_rect();
    eng_fill_round_rect((eng_rect){cl.x + 20, cl.y + 20, cl.w - 40, cl.h - 40}, 14, SCN_PANEL);
    scn_ui_cross(cl.x + cl.w / 2, cl.y + cl.h / 2, 34, SCN_TEXT);

    float x = p.x + 28, w = p.w - 56;
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 34);
    float th = eng_text_draw_wrapped(tf, lt_text_get(&ev->title, L), (eng_rect){p.x + 100, p.y + 24, p.w - 240, 96},
                                     ENG_ALIGN_LEFT, SCN_TEXT);
    float y = p.y + 24 + (th > 80 ? th : 80) + 14;
    char buf[256];
    double rc = b->ev[b->panel].recall;
    char rbuf[64];
    if (rc >= 0) {
        snprintf(rbuf, sizeof rbuf, scn_tr(L, SCN_S_TL_RECALL), (int)(rc * 100 + 0.5));
    } else {
        snprintf(rbuf, sizeof rbuf, "%s", scn_tr(L, SCN_S_TL_UNSEEN));
    }
    snprintf(buf, sizeof buf, "%s · %s", b->ev[b->panel].date, rbuf);
    eng_font df = eng_font_get(ENG_FONT_BOLD, 28);
    eng_text_draw(df, buf, x, y, ENG_ALIGN_LEFT, SCN_ACCENT);
    y += 46;

    float bottom = b->n_chips > 0 ? scn_board_chip_rect(b, 0).y - 12 : p.y + p.h - 20;
    eng_font ff = eng_font_get(ENG_FONT_REGULAR, 28);
    float h = eng_text_draw_wrapped(ff, lt_text_get(&ev->text, L), (eng_rect){x, y, w, bottom - y}, ENG_ALIGN_LEFT,
                                    SCN_TEXT);
    y += h + 14;
    if (b->meta[0] != '\0' && y < bottom - 30) {
        eng_font mf = eng_font_get(ENG_FONT_REGULAR, 24);
        h = eng_text_draw_wrapped(mf, b->meta, (eng_rect){x, y, w, bottom - y}, ENG_ALIGN_LEFT, SCN_TEXT);
        y += h + 14;
    }
    if (b->quote[0] != '\0' && y < bottom - 30) {
        eng_font qf = eng_font_get(ENG_FONT_REGULAR, 22);
        float qh = fminf(bottom - y - 4, eng_text_wrapped_height(qf, b->quote, w - 20, NULL));
        eng_fill_rect((eng_rect){x, y + 2, 4, qh}, SCN_PANEL_HI);
        eng_text_draw_wrapped(qf, b->quote, (eng_rect){x + 18, y, w - 20, bottom - y}, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    }
    for (int i = 0; i < b->n_chips; i++) {
        char lbl[320];
        snprintf(lbl, sizeof lbl, "%s: %s", scn_tr(L, b->chip_cause[i] ? SCN_S_TL_CAUSE : SCN_S_TL_EFFECT),
                 lt_text_get(&pack->events[b->chip_ev[i]].title, L));
        scn_ui_button(scn_board_chip_rect(b, i), lbl, SCN_BTN_NORMAL, i + 1, 24);
    }
}

/* Cards hidden above or below the lanes in view: a pill with an arrow, and a
 * scroll bar at the right edge when the lanes are taller than the view. */
static void scn_board_more(const scn_board *b, int above, int below, lt_lang L)
{
    char buf[96];
    eng_font f = eng_font_get(ENG_FONT_BOLD, 26);
    for (int k = 0; k < 2; k++) {
        int n = k == 0 ? above : below;
        if (n <= 0) {
            continue;
        }
        snprintf(buf, sizeof buf, scn_tr(L, k == 0 ? SCN_S_TL_MORE_ABOVE : SCN_S_TL_MORE_BELOW), n);
        int w = 0, h = 0;
        eng_text_size(f, buf, &w, &h);
        /* Above: in the header, left of the mastery; below: between the buttons. */
        float pw = (float)w + 90, y = k == 0 ? 62 : SCN_BD_BTN_Y + 36;
        float x = k == 0 ? 1560 - pw : (620 + b->btn[SCN_BD_PLACE].x) / 2 - pw / 2;
        eng_fill_round_rect((eng_rect){x, y, pw, 48}, 24, SCN_PANEL_HI);
        float ax = x + 34, ay = y + 24, d = k == 0 ? -1.0f : 1.0f;
        eng_line(ax - 12, ay - 6 * d, ax, ay + 6 * d, 4, SCN_ACCENT);
        eng_line(ax, ay + 6 * d, ax + 12, ay - 6 * d, 4, SCN_ACCENT);
        eng_text_draw(f, buf, x + 58, y + (48 - (float)h) / 2, ENG_ALIGN_LEFT, SCN_TEXT);
    }
    float mx = scn_board_max_voff(b);
    if (mx > 0) {
        float top = SCN_BD_HEADER + 4, h = SCN_BD_AXIS_Y - 30 - top;
        float view = SCN_BD_AXIS_Y - 24 - SCN_BD_HEADER;
        float th = h * view / (view + mx);
        float ty = top + (h - th) * (1.0f - b->voff / mx);
        eng_fill_round_rect((eng_rect){ENG_CANVAS_W - 18, top, 8, h}, 4, SCN_BG_DEEP);
        eng_fill_round_rect((eng_rect){ENG_CANVAS_W - 18, ty, 8, th}, 4, SCN_TEXT_DIM);
    }
}

static void scn_board_draw(eng_scene *s)
{
    scn_board *b = s->self;
    scn_ctx *ctx = b->ctx;
    lt_lang L = ctx->lang;
    const lt_pack *pack = ctx->pack;
    scn_ui_backdrop();
    char buf[256];
    int more_above = 0, more_below = 0;
    if (b->have_axis) {
        /* Spans on the axis, then the cards (only those in view). */
        double end = scn_board_view_end(b);
        size_t first = scn_board_first_visible(b);
        int above = 0, below = 0;
        for (size_t i = first; i < b->layout.n && b->layout.cards[i].centre <= end; i++) {
            const lt_tl_card *c = &b->layout.cards[i];
            eng_rect r = scn_board_card_rect(b, c);
            if (r.x + r.w > 0 && r.x < ENG_CANVAS_W) {
                above += r.y < SCN_BD_HEADER;
                below += r.y + r.h > SCN_BD_AXIS_Y - 14;
            }
            if (!scn_board_card_shown(r)) {
                continue;
            }
            double rc = b->ev[c->event].recall;
            eng_color bar = rc < 0 ? SCN_PANEL_HI : scn_tl_mix(SCN_PANEL_HI, SCN_ACCENT, rc);
            float fx = scn_tl_x(&b->view, c->from), tx = scn_tl_x(&b->view, c->to);
            float bw = tx - fx < 6 ? 6 : tx - fx;
            float bx = tx - fx < 6 ? (fx + tx) / 2 - 3 : fx;
            if (pack->events[c->event].date.before) { /* "before March": a thin open line */
                eng_fill_rect((eng_rect){bx, r.y + r.h + 7, bw, 2}, bar);
                eng_fill_round_rect((eng_rect){tx - 10, r.y + r.h + 4, 10, 8}, 4, bar);
            } else {
                eng_fill_round_rect((eng_rect){bx, r.y + r.h + 4, bw, 8}, 4, bar);
            }
            scn_tl_card(r, &pack->events[c->event], b->ev[c->event].date, rc, c->event == b->panel, L);
        }
        /* The axis below the lanes; the span of the open card marked on it. */
        eng_fill_rect((eng_rect){0, SCN_BD_AXIS_Y - 14, ENG_CANVAS_W, ENG_CANVAS_H - SCN_BD_AXIS_Y + 14}, SCN_BG);
        scn_tl_draw_axis(&b->view, &b->axis, SCN_BD_AXIS_Y, L);
        if (b->panel >= 0 && b->card_of[b->panel] >= 0) {
            const lt_tl_card *c = &b->layout.cards[b->card_of[b->panel]];
            float fx = scn_tl_x(&b->view, c->from), tx = scn_tl_x(&b->view, c->to);
            eng_fill_round_rect((eng_rect){fx, SCN_BD_AXIS_Y - 7, fmaxf(tx - fx, 6), 14}, 7, SCN_ACCENT);
        }
        more_above = above;
        more_below = below;
    }

    /* Header over anything scrolled up into it. */
    eng_fill_rect((eng_rect){0, 0, ENG_CANVAS_W, SCN_BD_HEADER}, SCN_BG);
    eng_font hf = eng_font_get(ENG_FONT_BOLD, 56);
    eng_text_draw(hf, scn_tr(L, SCN_S_TL_TITLE), 40, 14, ENG_ALIGN_LEFT, SCN_TEXT);
    int tw = 0, th = 0;
    eng_text_size(hf, scn_tr(L, SCN_S_TL_TITLE), &tw, &th);
    eng_font pf = eng_font_get(ENG_FONT_REGULAR, 30);
    eng_text_draw(pf, lt_text_get(&pack->title, L), 40 + (float)tw + 30, 34, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    eng_font nf = eng_font_get(ENG_FONT_REGULAR, 24);
    eng_text_draw(nf, scn_tr(L, SCN_S_TL_HINT), 40, 88, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    if (b->mastery >= 0) {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_TL_MASTERY), (int)(b->mastery * 100.0 + 0.5));
        eng_font mf = eng_font_get(ENG_FONT_BOLD, 40);
        int mw = 0, mh = 0;
        eng_text_size(mf, buf, &mw, &mh);
        float mx = ENG_CANVAS_W - 40 - (float)mw;
        eng_fill_round_rect((eng_rect){mx - 24, 20, (float)mw + 48, 64}, 32, SCN_PANEL);
        eng_text_draw(mf, buf, mx, 20 + (64 - (float)mh) / 2, ENG_ALIGN_LEFT, SCN_ACCENT);
        /* The pack's mastery as a bar under it. */
        eng_fill_round_rect((eng_rect){mx - 24, 92, (float)mw + 48, 10}, 5, SCN_BG_DEEP);
        eng_fill_round_rect((eng_rect){mx - 24, 92, ((float)mw + 48) * (float)b->mastery, 10}, 5, SCN_ACCENT);
    }

    if (b->have_axis) {
        scn_board_more(b, more_above, more_below, L);
    } else {
        eng_font ef = eng_font_get(ENG_FONT_REGULAR, 40);
        eng_text_draw(ef, lt_tr(L, LT_S_NO_QUESTIONS), ENG_CANVAS_W / 2, 480, ENG_ALIGN_CENTER, SCN_TEXT);
    }
    static const scn_str labels[SCN_BD_NBTN] = {SCN_STR_COUNT, SCN_S_TL_FIT, SCN_S_TL_PLAY, SCN_S_TL_RULES};
    float px, py;
    eng_pointer(&px, &py);
    for (int i = 0; i < SCN_BD_NBTN; i++) {
        if (!b->have_axis && i != SCN_BD_BACK) {
            continue;
        }
        const char *lbl = i == SCN_BD_BACK ? lt_tr(L, LT_S_BACK) : scn_tr(L, labels[i]);
        bool hover = eng_rect_contains(b->btn[i], px, py);
        int badge = i == SCN_BD_PLACE ? 1 : i == SCN_BD_RULES ? 2 : 0;
        scn_ui_button(b->btn[i], lbl, hover ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, b->panel >= 0 ? 0 : badge, 34);
    }
    if (b->have_axis && b->panel >= 0) {
        scn_board_draw_panel(b, L);
    }
}

static void scn_board_destroy(eng_scene *s)
{
    scn_board *b = s->self;
    if (scn_board_live == b) {
        scn_board_live = NULL;
    }
    lt_tl_layout_free(&b->layout);
    free(b->card_of);
    free(b->ev);
    free(b);
}

void scn_board_push(scn_ctx *ctx, int focus_event)
{
    if (ctx->pack == NULL) {
        return;
    }
    scn_board *b = calloc(1, sizeof *b);
    size_t n = ctx->pack->n_events > 0 ? ctx->pack->n_events : 1;
    if (b != NULL) {
        b->card_of = calloc(n, sizeof *b->card_of);
        b->ev = calloc(n, sizeof *b->ev);
    }
    if (b == NULL || b->card_of == NULL || b->ev == NULL) {
        if (b != NULL) {
            free(b->card_of);
            free(b->ev);
            free(b);
        }
        return;
    }
    b->ctx = ctx;
    b->panel = -1;
    b->btn_pressed = -1;
    b->view.area = (eng_rect){40, SCN_BD_HEADER, ENG_CANVAS_W - 80, SCN_BD_AXIS_Y - SCN_BD_HEADER};
    b->btn[SCN_BD_BACK] = (eng_rect){40, SCN_BD_BTN_Y, 260, SCN_BD_BTN_H};
    b->btn[SCN_BD_FIT] = (eng_rect){320, SCN_BD_BTN_Y, 300, SCN_BD_BTN_H};
    b->btn[SCN_BD_PLACE] = (eng_rect){ENG_CANVAS_W - 40 - 420 - 20 - 420, SCN_BD_BTN_Y, 420, SCN_BD_BTN_H};
    b->btn[SCN_BD_RULES] = (eng_rect){ENG_CANVAS_W - 40 - 420, SCN_BD_BTN_Y, 420, SCN_BD_BTN_H};
    b->have_axis = lt_tl_axis_build(ctx->pack, &b->axis);
    for (size_t e = 0; e < ctx->pack->n_events; e++) {
        b->card_of[e] = -1;
    }
    scn_board_load(b);
    if (b->have_axis) {
        scn_board_fit(b);
        scn_tl_fit_main(&b->view, &b->axis); /* the main year first; F shows everything */
        scn_board_relayout(b);
        scn_board_clamp(b);
        if (focus_event >= 0) {
            scn_board_focus(b, focus_event);
        }
    }
    scn_board_live = b;
    eng_scene sc = {.name = "board", .self = b, .enter = scn_board_enter, .action = scn_board_action,
                    .draw = scn_board_draw, .destroy = scn_board_destroy};
    eng_scene_push(&sc);
    eng_redraw();
}

bool scn_board_view(double *u0, double *u1)
{
    if (scn_board_live == NULL) {
        return false;
    }
    *u0 = scn_board_live->view.u0;
    *u1 = scn_tl_units(&scn_board_live->view, scn_board_live->view.area.x + scn_board_live->view.area.w);
    return true;
}

int scn_board_panel_event(void)
{
    return scn_board_live != NULL ? scn_board_live->panel : -1;
}
