/* scn_qview_seq.c: the question view's order (event cards on a time line,
 * picked and swapped) and match (a top row paired with a bottom row; pairs
 * share a colour and a number) questions. Depends on: scn_qview_int.h, lt_date.h. */
#include <stdio.h>
#include <string.h>

#include "scn_qview_int.h"

/* The look of a picked-up card: lifted, with a thick accent border. */
static scn_qv_look scn_qv_look_held(int font_px)
{
    scn_qv_look k = scn_qv_look_for(SCN_BTN_FOCUS, font_px);
    k.border = SCN_ACCENT;
    k.border_w = 9;
    k.badge_bg = SCN_ACCENT;
    k.badge_fg = SCN_BG_DEEP;
    return k;
}

static void scn_qv_item_date(const lt_question *q, int opt, lt_lang lang, char *buf, size_t len)
{
    buf[0] = '\0';
    if (opt >= 0 && opt < LT_QUIZ_OPTIONS_MAX && q->item_date[opt].from.prec != LT_PREC_NONE) {
        lt_date_format(&q->item_date[opt], (int)lang, buf, len);
    }
}

/* ---- order ---------------------------------------------------------------- */

#define SCN_QV_TIMELINE_H 44.0f

void scn_qv_layout_order(scn_qview *v)
{
    eng_rect a = v->area;
    int n = v->n > 0 ? v->n : 1;
    /* Cards side by side, earliest on the left: five cards 120+ px tall with
     * 16 px gaps do not fit a 410 px tall area as a column. */
    float w = (a.w - (float)(n - 1) * SCN_QV_GAP) / (float)n;
    float done_h = 130;
    float h = a.h - SCN_QV_TIMELINE_H - 2 * SCN_QV_GAP - done_h;
    for (int p = 0; p < v->n; p++) {
        scn_qv_add(v, (eng_rect){a.x + (float)p * (w + SCN_QV_GAP), a.y + SCN_QV_TIMELINE_H + SCN_QV_GAP, w, h},
                   SCN_QV_T_OPTION, p);
    }
    scn_qv_add(v, (eng_rect){a.x + a.w - SCN_QV_DONE_W, a.y + a.h - done_h, SCN_QV_DONE_W, done_h}, SCN_QV_T_DONE,
               0);
}

static void scn_qv_swap(scn_qview *v, int p, int r)
{
    int t = v->perm[p];
    v->perm[p] = v->perm[r];
    v->perm[r] = t;
}

/* A tap or number key on position p: pick it up, put it back, or swap it with
 * the card already picked up. */
static void scn_qv_order_pick(scn_qview *v, int p)
{
    if (p < 0 || p >= v->n) {
        return;
    }
    if (v->held < 0) {
        v->held = p;
        v->focus = scn_qv_find(v, SCN_QV_T_OPTION, p);
        return;
    }
    if (v->held != p) {
        scn_qv_swap(v, v->held, p);
    }
    v->held = -1;
    v->focus = scn_qv_find(v, SCN_QV_T_DONE, 0);
}

bool scn_qv_key_order(scn_qview *v, const eng_action *a)
{
    int num = scn_qv_number(a);
    if (num >= 0) {
        scn_qv_order_pick(v, num);
        return false;
    }
    if (scn_qv_is_arrow(a->kind)) {
        bool earlier = a->kind == ENG_ACT_UP || a->kind == ENG_ACT_LEFT;
        if (v->held >= 0) {
            /* The picked card moves one place; the focus goes with it. */
            int to = v->held + (earlier ? -1 : 1);
            if (to >= 0 && to < v->n) {
                scn_qv_swap(v, v->held, to);
                v->held = to;
                v->focus = scn_qv_find(v, SCN_QV_T_OPTION, to);
            }
            return false;
        }
        /* Otherwise the focus walks the cards, then Done. */
        int at = v->focus >= 0 && v->t[v->focus].kind == SCN_QV_T_OPTION ? v->t[v->focus].idx : v->n;
        at += earlier ? -1 : 1;
        at = at < 0 ? 0 : at > v->n ? v->n : at;
        v->focus = at == v->n ? scn_qv_find(v, SCN_QV_T_DONE, 0) : scn_qv_find(v, SCN_QV_T_OPTION, at);
        return false;
    }
    if (a->kind != ENG_ACT_CONFIRM) {
        return false;
    }
    if (v->held >= 0) {
        v->held = -1;
        v->focus = scn_qv_find(v, SCN_QV_T_DONE, 0);
        return false;
    }
    if (v->focus >= 0 && v->t[v->focus].kind == SCN_QV_T_OPTION) {
        scn_qv_order_pick(v, v->t[v->focus].idx);
        return false;
    }
    return v->focus >= 0 && v->t[v->focus].kind == SCN_QV_T_DONE;
}

bool scn_qv_tap_order(scn_qview *v, int ti)
{
    if (v->t[ti].kind == SCN_QV_T_DONE) {
        v->held = -1;
        return true;
    }
    scn_qv_order_pick(v, v->t[ti].idx);
    return false;
}

/* True when the card at position p is in a right place: as many cards must
 * come before it as stand before it or fewer, and likewise after (cards equal
 * in date may take either place). */
static bool scn_qv_order_ok(const scn_qview *v, int p)
{
    const lt_question *q = v->q;
    int c = v->perm[p], must_before = 0, must_after = 0;
    for (int o = 0; o < v->n; o++) {
        must_before += q->before[o][c] < 0;
        must_after += q->before[c][o] < 0;
    }
    return p >= must_before && p <= v->n - 1 - must_after;
}

static void scn_qv_timeline(eng_rect a, lt_lang lang)
{
    eng_font f = eng_font_get(ENG_FONT_REGULAR, 28);
    const char *e = scn_tr(lang, SCN_S_QV_EARLIER), *l = scn_tr(lang, SCN_S_QV_LATER);
    int ew = 0, lw = 0, h = 0;
    eng_text_size(f, e, &ew, &h);
    eng_text_size(f, l, &lw, &h);
    float y = a.y + 6, mid = y + (float)h / 2;
    eng_text_draw(f, e, a.x + 8, y, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    eng_text_draw(f, l, a.x + a.w - 8, y, ENG_ALIGN_RIGHT, SCN_TEXT_DIM);
    float x0 = a.x + 8 + (float)ew + 24, x1 = a.x + a.w - 8 - (float)lw - 24;
    eng_line(x0, mid, x1, mid, 3, SCN_TEXT_DIM);
    eng_line(x1 - 18, mid - 12, x1, mid, 3, SCN_TEXT_DIM);
    eng_line(x1 - 18, mid + 12, x1, mid, 3, SCN_TEXT_DIM);
}

void scn_qv_draw_order(const scn_qview *v, const lt_judgement *j)
{
    const lt_question *q = v->q;
    eng_rect a = v->area;
    char num[LT_QUIZ_OPTIONS_MAX][4], date[LT_QUIZ_OPTIONS_MAX][96];
    const char *labels[LT_QUIZ_OPTIONS_MAX];
    eng_rect r[LT_QUIZ_OPTIONS_MAX];
    scn_qv_look k[LT_QUIZ_OPTIONS_MAX];
    for (int p = 0; p < v->n; p++) {
        snprintf(num[p], sizeof num[p], "%d", p + 1);
    }
    if (j == NULL) {
        scn_qv_timeline(a, v->lang);
        int di = scn_qv_find(v, SCN_QV_T_DONE, 0);
        scn_qv_look dk = scn_qv_look_for(scn_qv_state(v, di), 44);
        dk.bold = true;
        scn_qv_card(v->t[di].r, scn_tr(v->lang, SCN_S_OK), &dk);
        for (int p = 0; p < v->n; p++) {
            int ti = scn_qv_find(v, SCN_QV_T_OPTION, p);
            r[p] = v->t[ti].r;
            labels[p] = q->options[v->perm[p]];
            k[p] = p == v->held ? scn_qv_look_held(34) : scn_qv_look_for(scn_qv_state(v, ti), 34);
            k[p].badge = num[p];
            k[p].align = ENG_ALIGN_LEFT;
        }
        scn_qv_cards(r, labels, k, v->n);
        return;
    }
    /* Judged: the player's order with a sign per card, then the right order;
     * each card shows its date. */
    float cap = 38, gap = SCN_QV_GAP;
    float row = (a.h - 2 * cap - gap) / 2;
    float w = (a.w - (float)(v->n - 1) * gap) / (float)(v->n > 0 ? v->n : 1);
    for (int rw = 0; rw < 2; rw++) {
        float y = a.y + (float)rw * (cap + row + gap);
        scn_qv_caption(scn_tr(v->lang, rw == 0 ? SCN_S_QV_YOUR_ORDER : SCN_S_QV_RIGHT_ORDER), a.x + 8, y + 2,
                       ENG_ALIGN_LEFT);
        for (int p = 0; p < v->n; p++) {
            int opt = rw == 0 ? v->perm[p] : q->order[p];
            scn_qv_item_date(q, opt, v->lang, date[p], sizeof date[p]);
            r[p] = (eng_rect){a.x + (float)p * (w + gap), y + cap, w, row};
            labels[p] = q->options[opt];
            k[p] = scn_qv_look_for(rw == 1 || scn_qv_order_ok(v, p) ? SCN_BTN_RIGHT : SCN_BTN_WRONG, 30);
            k[p].sub = date[p];
            k[p].sign_small = true;
            k[p].align = ENG_ALIGN_LEFT;
        }
        scn_qv_cards(r, labels, k, v->n);
    }
}

/* ---- match ------------------------------------------------------------------ */

void scn_qv_layout_match(scn_qview *v)
{
    eng_rect a = v->area;
    int n = v->n > 0 ? v->n : 1;
    float w = (a.w - SCN_QV_DONE_W - SCN_QV_GAP - (float)(n - 1) * SCN_QV_GAP) / (float)n;
    float h = (a.h - SCN_QV_GAP) / 2;
    for (int i = 0; i < v->n; i++) {
        scn_qv_add(v, (eng_rect){a.x + (float)i * (w + SCN_QV_GAP), a.y, w, h}, SCN_QV_T_LEFT, i);
    }
    for (int k = 0; k < v->n; k++) {
        scn_qv_add(v, (eng_rect){a.x + (float)k * (w + SCN_QV_GAP), a.y + h + SCN_QV_GAP, w, h}, SCN_QV_T_RIGHT, k);
    }
    scn_qv_add(v, (eng_rect){a.x + a.w - SCN_QV_DONE_W, a.y + h + SCN_QV_GAP, SCN_QV_DONE_W, h}, SCN_QV_T_DONE, 0);
}

static bool scn_qv_match_full(const scn_qview *v)
{
    for (int i = 0; i < v->n; i++) {
        if (v->perm[i] < 0) {
            return false;
        }
    }
    return v->n > 0;
}

static int scn_qv_match_owner(const scn_qview *v, int k)
{
    for (int i = 0; i < v->n; i++) {
        if (v->perm[i] == k) {
            return i;
        }
    }
    return -1;
}

/* Pairs left i with right k (k taken from any other left); pairing a pair
 * again undoes it. The focus goes to the next unpaired left, or Done. */
static void scn_qv_pair(scn_qview *v, int i, int k)
{
    if (v->perm[i] == k) {
        v->perm[i] = -1;
    } else {
        int o = scn_qv_match_owner(v, k);
        if (o >= 0) {
            v->perm[o] = -1;
        }
        v->perm[i] = k;
    }
    v->held = v->held_right = -1;
    for (int s = 1; s <= v->n; s++) {
        int c = (i + s) % v->n;
        if (v->perm[c] < 0) {
            v->focus = scn_qv_find(v, SCN_QV_T_LEFT, c);
            return;
        }
    }
    v->focus = scn_qv_find(v, SCN_QV_T_DONE, 0);
}

static void scn_qv_match_left(scn_qview *v, int i)
{
    if (i < 0 || i >= v->n) {
        return;
    }
    if (v->held_right >= 0) {
        scn_qv_pair(v, i, v->held_right);
        return;
    }
    v->held = v->held == i ? -1 : i;
    if (v->held >= 0) {
        /* On to the bottom row: its partner, or the card below. */
        int k = v->perm[i] >= 0 ? v->perm[i] : i;
        v->focus = scn_qv_find(v, SCN_QV_T_RIGHT, k);
    }
}

static void scn_qv_match_right(scn_qview *v, int k)
{
    if (k < 0 || k >= v->n) {
        return;
    }
    if (v->held >= 0) {
        scn_qv_pair(v, v->held, k);
        return;
    }
    v->held_right = v->held_right == k ? -1 : k;
}

static bool scn_qv_match_target(scn_qview *v, int ti)
{
    const scn_qv_target *t = &v->t[ti];
    if (t->kind == SCN_QV_T_DONE) {
        return scn_qv_match_full(v);
    }
    if (t->kind == SCN_QV_T_LEFT) {
        scn_qv_match_left(v, t->idx);
    } else {
        scn_qv_match_right(v, t->idx);
    }
    return false;
}

bool scn_qv_key_match(scn_qview *v, const eng_action *a)
{
    int num = scn_qv_number(a);
    if (num >= 0) {
        if (v->held >= 0) {
            scn_qv_match_right(v, num);
        } else {
            v->held_right = -1;
            scn_qv_match_left(v, num);
        }
        return false;
    }
    if (scn_qv_is_arrow(a->kind)) {
        v->focus = scn_qv_nav(v, v->focus, a->kind);
        return false;
    }
    if (a->kind == ENG_ACT_CONFIRM && v->focus >= 0) {
        return scn_qv_match_target(v, v->focus);
    }
    return false;
}

bool scn_qv_tap_match(scn_qview *v, int ti)
{
    return scn_qv_match_target(v, ti);
}

static bool scn_qv_match_right_pick(const lt_question *q, int i, int k)
{
    int want = q->match_answer[i];
    return k >= 0 && k < q->n_options &&
           (k == want || (want >= 0 && want < q->n_options && lt_norm_equal(q->match[k], q->match[want])));
}

static scn_qv_look scn_qv_look_pair(int i, int font_px)
{
    scn_qv_look k = scn_qv_look_for(SCN_BTN_NORMAL, font_px);
    eng_color c = scn_qv_pair_color(i);
    k.fill = c;
    k.border = (eng_color){(uint8_t)(c.r / 2 + 120), (uint8_t)(c.g / 2 + 120), (uint8_t)(c.b / 2 + 120), 255};
    k.badge_bg = SCN_BG_DEEP;
    k.badge_fg = SCN_TEXT;
    return k;
}

void scn_qv_draw_match(const scn_qview *v, const lt_judgement *j)
{
    const lt_question *q = v->q;
    eng_rect a = v->area;
    char num[LT_QUIZ_MATCH_MAX][4];
    const char *labels[2 * LT_QUIZ_MATCH_MAX];
    eng_rect r[2 * LT_QUIZ_MATCH_MAX];
    scn_qv_look k[2 * LT_QUIZ_MATCH_MAX];
    for (int i = 0; i < v->n; i++) {
        snprintf(num[i], sizeof num[i], "%d", i + 1);
    }
    int px = v->n > 4 ? 26 : 32;
    if (j == NULL) {
        int di = scn_qv_find(v, SCN_QV_T_DONE, 0);
        scn_qv_look dk = scn_qv_look_for(scn_qv_match_full(v) ? scn_qv_state(v, di) : SCN_BTN_DIM, 44);
        dk.bold = true;
        scn_qv_card(v->t[di].r, scn_tr(v->lang, SCN_S_OK), &dk);
        int n = 0;
        for (int ti = 0; ti < v->n_t; ti++) {
            const scn_qv_target *t = &v->t[ti];
            if (t->kind != SCN_QV_T_LEFT && t->kind != SCN_QV_T_RIGHT) {
                continue;
            }
            scn_button_state st = scn_qv_state(v, ti);
            bool left = t->kind == SCN_QV_T_LEFT;
            int owner = left ? (v->perm[t->idx] >= 0 ? t->idx : -1) : scn_qv_match_owner(v, t->idx);
            bool held = left ? v->held == t->idx : v->held_right == t->idx;
            scn_qv_look *c = &k[n];
            *c = held ? scn_qv_look_held(px) : owner >= 0 ? scn_qv_look_pair(owner, px) : scn_qv_look_for(st, px);
            if (!held && owner >= 0 && st == SCN_BTN_FOCUS) {
                c->border = SCN_FOCUS;
                c->border_w = 6;
            }
            c->badge = left ? num[t->idx] : owner >= 0 ? num[owner] : NULL;
            c->align = ENG_ALIGN_LEFT;
            r[n] = t->r;
            labels[n++] = left ? q->options[t->idx] : q->match[t->idx];
        }
        scn_qv_cards(r, labels, k, n);
        /* The key that picks a bottom card, small in its top right corner. */
        eng_font f = eng_font_get(ENG_FONT_REGULAR, 24);
        for (int i = 0; i < v->n; i++) {
            eng_rect br = v->t[scn_qv_find(v, SCN_QV_T_RIGHT, i)].r;
            eng_text_draw(f, num[i], br.x + br.w - 14, br.y + 8, ENG_ALIGN_RIGHT, SCN_TEXT_DIM);
        }
        return;
    }
    /* Judged: each top card, the player's pick under it with a sign, and the
     * right partner under a wrong pick (columns tie them, so one badge). */
    float cap = 34, gap = 8;
    float row = (a.h - 2 * cap - 2 * gap) / 3;
    float w = (a.w - (float)(v->n - 1) * SCN_QV_GAP) / (float)(v->n > 0 ? v->n : 1);
    float y1 = a.y + row + gap, y2 = y1 + cap + row + gap;
    scn_qv_caption(scn_tr(v->lang, SCN_S_QV_YOUR_ANSWER), a.x + 8, y1 + 2, ENG_ALIGN_LEFT);
    for (int i = 0; i < v->n; i++) {
        k[i] = scn_qv_look_pair(i, px);
        k[i].badge = num[i];
        k[i].align = ENG_ALIGN_LEFT;
        r[i] = (eng_rect){a.x + (float)i * (w + SCN_QV_GAP), a.y, w, row};
        labels[i] = q->options[i];
    }
    scn_qv_cards(r, labels, k, v->n);
    int n = 0;
    for (int i = 0; i < v->n; i++) {
        float x = a.x + (float)i * (w + SCN_QV_GAP);
        int pick = v->perm[i], want = q->match_answer[i];
        bool ok = scn_qv_match_right_pick(q, i, pick);
        k[n] = scn_qv_look_for(ok ? SCN_BTN_RIGHT : SCN_BTN_WRONG, px);
        k[n].align = ENG_ALIGN_LEFT;
        r[n] = (eng_rect){x, y1 + cap, w, row};
        labels[n++] = pick >= 0 && pick < v->n ? q->match[pick] : "—";
        if (!ok) {
            k[n] = scn_qv_look_for(SCN_BTN_RIGHT, px);
            k[n].align = ENG_ALIGN_LEFT;
            r[n] = (eng_rect){x, y2 + cap, w, row};
            labels[n++] = want >= 0 && want < v->n ? q->match[want] : "";
        }
    }
    scn_qv_cards(r, labels, k, n);
    if (n > v->n) {
        scn_qv_caption(scn_tr(v->lang, SCN_S_QV_RIGHT_ANSWER), a.x + 8, y2 + 2, ENG_ALIGN_LEFT);
    }
}
