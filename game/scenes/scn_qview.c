/* scn_qview.c: the question view's entry points (init, actions with press and
 * release, drawing, hints), the shared card drawing, signs and focus moves.
 * Depends on: scn_qview_int.h, eng.h. */
#include <stdio.h>
#include <string.h>

#include "scn_qview_int.h"

/* ---- looks --------------------------------------------------------------- */

scn_qv_look scn_qv_look_for(scn_button_state st, int font_px)
{
    scn_qv_look k;
    memset(&k, 0, sizeof k);
    k.fill = SCN_PANEL;
    k.border = SCN_PANEL_HI;
    k.text = SCN_TEXT;
    k.border_w = 4;
    k.badge_bg = SCN_BG_DEEP;
    k.badge_fg = SCN_ACCENT;
    k.tick = -1;
    k.font_px = font_px;
    k.align = ENG_ALIGN_CENTER;
    switch (st) {
    case SCN_BTN_FOCUS:
        k.fill = SCN_PANEL_HI;
        k.border = SCN_FOCUS;
        k.border_w = 5;
        break;
    case SCN_BTN_RIGHT:
        k.fill = SCN_RIGHT;
        k.border = (eng_color){150, 230, 170, 255};
        k.sign = SCN_QV_SIGN_CHECK;
        break;
    case SCN_BTN_WRONG:
        k.fill = SCN_WRONG;
        k.border = (eng_color){250, 170, 160, 255};
        k.sign = SCN_QV_SIGN_CROSS;
        break;
    case SCN_BTN_DIM:
        k.fill = (eng_color){30, 40, 60, 255};
        k.text = SCN_TEXT_DIM;
        k.badge_bg = SCN_PANEL;
        break;
    default:
        break;
    }
    return k;
}

scn_qv_look scn_qv_look_verdict(lt_verdict vd, int font_px)
{
    if (vd == LT_VERDICT_RIGHT) {
        return scn_qv_look_for(SCN_BTN_RIGHT, font_px);
    }
    if (vd == LT_VERDICT_WRONG) {
        return scn_qv_look_for(SCN_BTN_WRONG, font_px);
    }
    scn_qv_look k = scn_qv_look_for(SCN_BTN_NORMAL, font_px);
    k.fill = (eng_color){116, 84, 22, 255};
    k.border = SCN_ACCENT;
    k.sign = SCN_QV_SIGN_NEAR;
    return k;
}

eng_color scn_qv_pair_color(int i)
{
    /* Muted hues away from the right/wrong green and red; light text on all. */
    static const eng_color pal[LT_QUIZ_MATCH_MAX] = {
        {28, 104, 140, 255}, {112, 70, 150, 255}, {140, 86, 30, 255}, {150, 50, 110, 255},
        {60, 84, 160, 255},  {100, 100, 36, 255}, {36, 110, 110, 255}, {110, 62, 62, 255}};
    return pal[(i % LT_QUIZ_MATCH_MAX + LT_QUIZ_MATCH_MAX) % LT_QUIZ_MATCH_MAX];
}

eng_font scn_qv_fit(eng_font_style style, int px, const char *text, float w, float h)
{
    eng_font f = eng_font_get(style, px);
    while (px > 22) {
        int lines = 1;
        if (eng_text_wrapped_height(f, text, w, &lines) <= h) {
            break;
        }
        px -= 2;
        f = eng_font_get(style, px);
    }
    return f;
}

void scn_qv_sign_draw(scn_qv_sign s, float cx, float cy, float size, eng_color c)
{
    if (s == SCN_QV_SIGN_CHECK) {
        scn_ui_check(cx, cy, size, c);
    } else if (s == SCN_QV_SIGN_CROSS) {
        scn_ui_cross(cx, cy, size * 0.9f, c);
    } else if (s == SCN_QV_SIGN_NEAR) {
        /* "≈" drawn as two zigzags, so it needs no glyph. */
        float w = size / 2, t = size / 7;
        for (int i = 0; i < 2; i++) {
            float y = cy - size * 0.16f + (float)i * size * 0.32f;
            eng_line(cx - w, y + t, cx - w / 3, y - t, t, c);
            eng_line(cx - w / 3, y - t, cx + w / 3, y + t, t, c);
            eng_line(cx + w / 3, y + t, cx + w, y - t, t, c);
        }
    }
}

/* Where a card's label goes: between the badge and the tick box / sign, and
 * the height left after the sub line. */
static void scn_qv_card_box(eng_rect r, const scn_qv_look *k, float *left, float *right, float *avail)
{
    *left = r.x + 24;
    *right = r.x + r.w - 24;
    if (k->badge != NULL) {
        float br = r.h < 110 ? 24 : 30;
        *left = r.x + 16 + 2 * br + 20;
    }
    if (k->tick >= 0) {
        *right -= 52 + 20;
    }
    if (k->sign != SCN_QV_SIGN_NONE && !k->sign_small) {
        *right -= (r.h < 120 ? 32.0f : 42.0f) + 24.0f;
    }
    *avail = r.h - 16;
    if (k->sub != NULL && k->sub[0] != '\0') {
        *avail -= (float)eng_font_line_height(eng_font_get(ENG_FONT_REGULAR, k->font_px > 30 ? 26 : 22));
    } else if (k->sign_small && k->sign != SCN_QV_SIGN_NONE) {
        *avail -= 36;
    }
}

int scn_qv_card_px(eng_rect r, const char *label, const scn_qv_look *k)
{
    float left, right, avail;
    scn_qv_card_box(r, k, &left, &right, &avail);
    int px = k->font_px;
    eng_font_style style = k->bold ? ENG_FONT_BOLD : ENG_FONT_REGULAR;
    while (px > 22) {
        int lines = 1;
        if (eng_text_wrapped_height(eng_font_get(style, px), label, right - left, &lines) <= avail) {
            break;
        }
        px -= 2;
    }
    return px;
}

void scn_qv_card(eng_rect r, const char *label, const scn_qv_look *k)
{
    float rad = r.h < 100 ? 12 : 18;
    eng_fill_round_rect(r, rad, k->border);
    eng_fill_round_rect((eng_rect){r.x + k->border_w, r.y + k->border_w, r.w - 2 * k->border_w, r.h - 2 * k->border_w},
                        rad - 3, k->fill);
    float left, right, avail;
    scn_qv_card_box(r, k, &left, &right, &avail);
    float cy = r.y + r.h / 2;
    if (k->badge != NULL) {
        float br = r.h < 110 ? 24 : 30;
        float bx = r.x + 16 + br;
        eng_fill_circle(bx, cy, br, k->badge_bg);
        eng_font bf = eng_font_get(ENG_FONT_BOLD, br > 26 ? 36 : 30);
        eng_text_draw(bf, k->badge, bx, cy - (float)eng_font_line_height(bf) / 2, ENG_ALIGN_CENTER, k->badge_fg);
    }
    float edge = r.x + r.w - 24;
    if (k->tick >= 0) {
        float s = 52, bx = edge - s;
        eng_rect box = {bx, cy - s / 2, s, s};
        eng_fill_round_rect(box, 8, k->tick ? SCN_ACCENT : SCN_TEXT_DIM);
        eng_fill_round_rect((eng_rect){bx + 4, box.y + 4, s - 8, s - 8}, 6, k->tick ? SCN_ACCENT : SCN_BG_DEEP);
        if (k->tick) {
            scn_ui_check(bx + s / 2, cy, 34, SCN_BG_DEEP);
        }
        edge = bx - 20;
    }
    if (k->sign != SCN_QV_SIGN_NONE && k->sign_small) {
        scn_qv_sign_draw(k->sign, r.x + r.w - 34, r.y + r.h - 30, 28, SCN_TEXT);
    } else if (k->sign != SCN_QV_SIGN_NONE) {
        float s = r.h < 120 ? 32 : 42;
        scn_qv_sign_draw(k->sign, edge - s / 2 - 4, cy, s, SCN_TEXT);
    }
    float w = right - left;
    float sub_h = 0;
    eng_font sf = eng_font_get(ENG_FONT_REGULAR, k->font_px > 30 ? 26 : 22);
    if (k->sub != NULL && k->sub[0] != '\0') {
        sub_h = (float)eng_font_line_height(sf);
    }
    eng_font f = eng_font_get(k->bold ? ENG_FONT_BOLD : ENG_FONT_REGULAR, scn_qv_card_px(r, label, k));
    int lines = 1;
    float h = eng_text_wrapped_height(f, label, w, &lines);
    if (h > avail) {
        h = avail;
    }
    float top = r.y + (r.h - h - sub_h) / 2;
    eng_text_draw_wrapped(f, label, (eng_rect){left, top, w, avail}, k->align, k->text);
    if (sub_h > 0) {
        float sx = k->align == ENG_ALIGN_CENTER ? left + w / 2 : k->align == ENG_ALIGN_RIGHT ? right : left;
        eng_text_draw(sf, k->sub, sx, top + h, k->align, k->text);
    }
}

void scn_qv_cards(const eng_rect *r, const char *const *labels, scn_qv_look *k, int n)
{
    int px = 1000;
    for (int i = 0; i < n; i++) {
        int p = scn_qv_card_px(r[i], labels[i], &k[i]);
        px = p < px ? p : px;
    }
    for (int i = 0; i < n; i++) {
        k[i].font_px = px;
        scn_qv_card(r[i], labels[i], &k[i]);
    }
}

void scn_qv_note(eng_rect r, const char *text)
{
    if (text == NULL || text[0] == '\0' || r.h < 30) {
        return;
    }
    eng_fill_round_rect(r, 14, SCN_BG_DEEP);
    eng_fill_rect((eng_rect){r.x, r.y + 10, 6, r.h - 20}, SCN_ACCENT);
    eng_rect box = {r.x + 28, r.y + 12, r.w - 48, r.h - 24};
    eng_font f = scn_qv_fit(ENG_FONT_REGULAR, 30, text, box.w, box.h);
    int lines = 1;
    float h = eng_text_wrapped_height(f, text, box.w, &lines);
    if (h < box.h) {
        box.y += (box.h - h) / 2;
    }
    eng_text_draw_wrapped(f, text, box, ENG_ALIGN_LEFT, SCN_TEXT);
}

void scn_qv_caption(const char *text, float x, float y, eng_align align)
{
    eng_text_draw(eng_font_get(ENG_FONT_REGULAR, 28), text, x, y, align, SCN_TEXT_DIM);
}

/* ---- targets and focus --------------------------------------------------- */

int scn_qv_add(scn_qview *v, eng_rect r, scn_qv_tkind kind, int idx)
{
    if (v->n_t >= SCN_QV_TARGETS) {
        return -1;
    }
    v->t[v->n_t] = (scn_qv_target){r, kind, idx};
    return v->n_t++;
}

int scn_qv_find(const scn_qview *v, scn_qv_tkind kind, int idx)
{
    for (int i = 0; i < v->n_t; i++) {
        if (v->t[i].kind == kind && v->t[i].idx == idx) {
            return i;
        }
    }
    return -1;
}

bool scn_qv_is_arrow(eng_action_kind k)
{
    return k == ENG_ACT_UP || k == ENG_ACT_DOWN || k == ENG_ACT_LEFT || k == ENG_ACT_RIGHT;
}

int scn_qv_nav(const scn_qview *v, int from, eng_action_kind dir)
{
    if (from < 0 || from >= v->n_t) {
        return v->n_t > 0 ? 0 : -1;
    }
    eng_rect a = v->t[from].r;
    float ax = a.x + a.w / 2, ay = a.y + a.h / 2;
    int best = from;
    float best_score = 0;
    for (int i = 0; i < v->n_t; i++) {
        if (i == from || v->t[i].kind == SCN_QV_T_FIELD || v->t[i].kind == SCN_QV_T_MINUS ||
            v->t[i].kind == SCN_QV_T_PLUS) {
            continue;
        }
        eng_rect b = v->t[i].r;
        float dx = b.x + b.w / 2 - ax, dy = b.y + b.h / 2 - ay;
        float along = dir == ENG_ACT_RIGHT ? dx : dir == ENG_ACT_LEFT ? -dx : dir == ENG_ACT_DOWN ? dy : -dy;
        float across = (dir == ENG_ACT_RIGHT || dir == ENG_ACT_LEFT) ? dy : dx;
        if (along <= 1) {
            continue;
        }
        float score = along + 2 * (across < 0 ? -across : across);
        if (best == from || score < best_score) {
            best = i;
            best_score = score;
        }
    }
    return best;
}

scn_button_state scn_qv_state(const scn_qview *v, int ti)
{
    return ti >= 0 && (ti == v->focus || ti == v->pressed) ? SCN_BTN_FOCUS : SCN_BTN_NORMAL;
}

int scn_qv_number(const eng_action *a)
{
    if (a->kind == ENG_ACT_OPTION && a->value >= 0 && a->value < 4) {
        return a->value;
    }
    /* The engine sends keys 1-4 as OPTION; 5-9 reach us only as typed text. */
    if (a->kind == ENG_ACT_TEXT && a->text[0] >= '5' && a->text[0] <= '9' && a->text[1] == '\0') {
        return a->text[0] - '1';
    }
    return -1;
}

/* ---- entry points ----------------------------------------------------------- */

static void scn_qv_layout(scn_qview *v)
{
    v->n_t = 0;
    switch (v->q->type) {
    case LT_Q_CHOICE:
    case LT_Q_TRUEFALSE:
    case LT_Q_MULTI:
        scn_qv_layout_options(v);
        v->focus = v->q->type == LT_Q_MULTI ? scn_qv_find(v, SCN_QV_T_DONE, 0) : 0;
        break;
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        scn_qv_layout_typed(v);
        v->focus = scn_qv_find(v, SCN_QV_T_FIELD, 0);
        break;
    case LT_Q_DATE:
        scn_qv_layout_date(v);
        v->focus = -1;
        break;
    case LT_Q_ORDER:
        scn_qv_layout_order(v);
        v->focus = scn_qv_find(v, SCN_QV_T_DONE, 0);
        break;
    case LT_Q_MATCH:
        scn_qv_layout_match(v);
        v->focus = scn_qv_find(v, SCN_QV_T_LEFT, 0);
        break;
    default:
        v->focus = -1;
        break;
    }
}

void scn_qview_init(scn_qview *v, const lt_question *q, lt_lang lang, eng_rect area)
{
    memset(v, 0, sizeof *v);
    v->q = q;
    v->lang = lang;
    v->area = area;
    v->pressed = v->held = v->held_right = -1;
    v->choice = -1;
    v->field.max_chars = 60;
    if (q == NULL) {
        v->focus = -1;
        return;
    }
    if (q->type == LT_Q_ORDER || q->type == LT_Q_MATCH) {
        v->n = q->n_options < LT_QUIZ_OPTIONS_MAX ? q->n_options : LT_QUIZ_OPTIONS_MAX;
        for (int i = 0; i < v->n; i++) {
            v->perm[i] = q->type == LT_Q_ORDER ? i : -1; /* order: as shown; match: nothing paired */
        }
    }
    if (q->type == LT_Q_DATE) {
        /* A neutral start, never the answer's own value: the fact's decade. */
        int y = q->date.from.year;
        v->start_year = y > 0 ? y - y % 10 : 1950;
    }
    scn_qv_layout(v);
}

void scn_qview_set_start_year(scn_qview *v, int year)
{
    if (year > 0 && year < 10000) {
        v->start_year = year;
        v->pick.year = year;
    }
}

int scn_qview_neutral_year(const lt_pack *pack)
{
    int lo = 0, hi = 0;
    for (size_t i = 0; pack != NULL && i < pack->n_events; i++) {
        const lt_date *d = &pack->events[i].date;
        if (d->from.prec == LT_PREC_NONE) {
            continue;
        }
        int a = d->from.year, b = d->to.year;
        if (lo == 0 || a < lo) {
            lo = a;
        }
        if (hi == 0 || b > hi) {
            hi = b;
        }
    }
    return lo == 0 ? 0 : (lo + hi) / 2;
}

static void scn_qv_fill(scn_qview *v)
{
    const lt_question *q = v->q;
    lt_answer *a = &v->answer;
    memset(a, 0, sizeof *a);
    a->choice = v->choice;
    a->mask = v->mask;
    switch (q->type) {
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        a->text = v->field.text;
        break;
    case LT_Q_DATE:
        scn_qv_date_fill(v, &a->date);
        break;
    case LT_Q_ORDER:
    case LT_Q_MATCH:
        memcpy(a->perm, v->perm, sizeof a->perm);
        a->n_perm = v->n;
        break;
    default:
        break;
    }
}

static bool scn_qv_tap(scn_qview *v, int ti)
{
    switch (v->q->type) {
    case LT_Q_CHOICE:
    case LT_Q_TRUEFALSE:
    case LT_Q_MULTI:
        return scn_qv_tap_options(v, ti);
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        return scn_qv_tap_typed(v, ti);
    case LT_Q_DATE:
        return scn_qv_tap_date(v, ti);
    case LT_Q_ORDER:
        return scn_qv_tap_order(v, ti);
    case LT_Q_MATCH:
        return scn_qv_tap_match(v, ti);
    default:
        return false;
    }
}

static bool scn_qv_key(scn_qview *v, const eng_action *a)
{
    switch (v->q->type) {
    case LT_Q_CHOICE:
    case LT_Q_TRUEFALSE:
    case LT_Q_MULTI:
        return scn_qv_key_options(v, a);
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        return scn_qv_key_typed(v, a);
    case LT_Q_DATE:
        return scn_qv_key_date(v, a);
    case LT_Q_ORDER:
        return scn_qv_key_order(v, a);
    case LT_Q_MATCH:
        return scn_qv_key_match(v, a);
    default:
        return false;
    }
}

bool scn_qview_action(scn_qview *v, const eng_action *a, lt_answer *out)
{
    if (v->q == NULL || v->submitted || a == NULL) {
        return false;
    }
    bool submit = false;
    int hit = -1;
    for (int i = 0; i < v->n_t; i++) {
        if (eng_rect_contains(v->t[i].r, a->x, a->y)) {
            hit = i;
            break;
        }
    }
    switch (a->kind) {
    case ENG_ACT_POINTER_MOVE:
        /* The mouse moves the focus like the play scene does; a finger does not. */
        if (!a->touch && hit >= 0 && v->t[hit].kind != SCN_QV_T_MINUS && v->t[hit].kind != SCN_QV_T_PLUS) {
            v->focus = hit;
        }
        break;
    case ENG_ACT_POINTER_DOWN:
        v->pressed = hit;
        break;
    case ENG_ACT_POINTER_UP: {
        /* A press counts only when released on the same target. */
        int t = hit >= 0 && hit == v->pressed ? hit : -1;
        v->pressed = -1;
        if (t >= 0) {
            submit = scn_qv_tap(v, t);
        }
        break;
    }
    case ENG_ACT_WHEEL:
        submit = v->q->type == LT_Q_DATE && scn_qv_key_date(v, a);
        break;
    default:
        submit = scn_qv_key(v, a);
        break;
    }
    if (!submit) {
        return false;
    }
    scn_qv_fill(v);
    v->submitted = true;
    v->focus = v->pressed = -1;
    if (out != NULL) {
        *out = v->answer;
    }
    return true;
}

void scn_qview_draw(const scn_qview *v, const lt_judgement *j)
{
    if (v->q == NULL) {
        return;
    }
    switch (v->q->type) {
    case LT_Q_CHOICE:
    case LT_Q_TRUEFALSE:
    case LT_Q_MULTI:
        scn_qv_draw_options(v, j);
        break;
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        scn_qv_draw_typed(v, j);
        break;
    case LT_Q_DATE:
        scn_qv_draw_date(v, j);
        break;
    case LT_Q_ORDER:
        scn_qv_draw_order(v, j);
        break;
    case LT_Q_MATCH:
        scn_qv_draw_match(v, j);
        break;
    default:
        break;
    }
}

bool scn_qview_wants_text(const scn_qview *v)
{
    return v->q != NULL && !v->submitted && (v->q->type == LT_Q_TYPED || v->q->type == LT_Q_CLOZE);
}

bool scn_qview_animating(const scn_qview *v)
{
    return scn_qview_wants_text(v); /* the caret blinks */
}

const char *scn_qview_hint(const scn_qview *v)
{
    static const scn_str hint[LT_Q_TYPE_COUNT] = {
        SCN_S_QV_HINT_CHOICE, SCN_S_QV_HINT_MULTI, SCN_S_QV_HINT_TF,    SCN_S_QV_HINT_TYPED,
        SCN_S_QV_HINT_DATE,   SCN_S_QV_HINT_ORDER, SCN_S_QV_HINT_MATCH, SCN_S_QV_HINT_TYPED};
    if (v->q == NULL || (int)v->q->type < 0 || v->q->type >= LT_Q_TYPE_COUNT) {
        return "";
    }
    return scn_tr(v->lang, hint[v->q->type]);
}
