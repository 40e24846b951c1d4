/* scn_qview_opt.c: the question view's option types: choice (2x2 grid),
 * true/false (two big buttons) and multi (tick boxes and Done), judged with
 * signs and the notes of chosen wrong options. Depends on: scn_qview_int.h. */
#include <stdio.h>
#include <string.h>

#include "scn_qview_int.h"

/* ---- choice, true/false, multi -------------------------------------------- */

/* Options in `cols` columns, rows at most max_h tall, `right_w` kept free on
 * the right (a Done button). Returns the grid's height. */
static float scn_qv_grid(eng_rect area, int n, int cols, float max_h, float gap, float right_w,
                         eng_rect *out)
{
    int rows = (n + cols - 1) / cols;
    float w = (area.w - right_w - (float)(cols - 1) * gap) / (float)cols;
    float h = (area.h - (float)(rows - 1) * gap) / (float)rows;
    if (h > max_h) {
        h = max_h;
    }
    float total = (float)rows * h + (float)(rows - 1) * gap;
    float y0 = area.y + (area.h - total) * 0.6f; /* the play scene's 470 / 660 rows */
    for (int i = 0; i < n; i++) {
        out[i] = (eng_rect){area.x + (float)(i % cols) * (w + gap), y0 + (float)(i / cols) * (h + gap), w, h};
    }
    return total;
}

void scn_qv_layout_options(scn_qview *v)
{
    const lt_question *q = v->q;
    eng_rect r[LT_QUIZ_OPTIONS_MAX];
    int n = q->n_options;
    if (q->type == LT_Q_TRUEFALSE) {
        scn_qv_grid(v->area, n, 2, 200, 40, 0, r);
    } else if (q->type == LT_Q_MULTI) {
        scn_qv_grid(v->area, n, 2, 170, SCN_QV_GAP, SCN_QV_DONE_W + SCN_QV_GAP, r);
    } else {
        scn_qv_grid(v->area, n, 2, 170, 20, 0, r);
    }
    for (int i = 0; i < n; i++) {
        scn_qv_add(v, r[i], SCN_QV_T_OPTION, i);
    }
    if (q->type == LT_Q_MULTI) {
        eng_rect d = {v->area.x + v->area.w - SCN_QV_DONE_W, v->area.y + v->area.h - 160, SCN_QV_DONE_W, 150};
        scn_qv_add(v, d, SCN_QV_T_DONE, 0);
    }
}

static bool scn_qv_option_pick(scn_qview *v, int i)
{
    if (i < 0 || i >= v->q->n_options) {
        return false;
    }
    if (v->q->type == LT_Q_MULTI) {
        v->mask ^= 1u << i;
        return false;
    }
    v->choice = i;
    return true;
}

bool scn_qv_key_options(scn_qview *v, const eng_action *a)
{
    int num = scn_qv_number(a);
    if (num >= 0) {
        return scn_qv_option_pick(v, num);
    }
    if (scn_qv_is_arrow(a->kind)) {
        v->focus = scn_qv_nav(v, v->focus, a->kind);
        return false;
    }
    if (a->kind != ENG_ACT_CONFIRM || v->focus < 0) {
        return false;
    }
    if (v->t[v->focus].kind == SCN_QV_T_DONE) {
        return v->mask != 0;
    }
    return scn_qv_option_pick(v, v->t[v->focus].idx);
}

bool scn_qv_tap_options(scn_qview *v, int ti)
{
    if (v->t[ti].kind == SCN_QV_T_DONE) {
        return v->mask != 0;
    }
    return scn_qv_option_pick(v, v->t[ti].idx);
}

/* Notes of the chosen wrong options ("«option»: note"), one a line. */
static void scn_qv_chosen_notes(const scn_qview *v, char *buf, size_t len)
{
    const lt_question *q = v->q;
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < q->n_options && used + 1 < len; i++) {
        bool chosen = q->type == LT_Q_MULTI ? ((v->mask >> i) & 1u) != 0 : v->choice == i;
        if (chosen && !((q->correct_mask >> i) & 1u) && q->notes[i][0] != '\0') {
            int w = snprintf(buf + used, len - used, "%s«%s»: %s", used ? "\n" : "", q->options[i], q->notes[i]);
            used += w > 0 ? (size_t)w : 0;
        }
    }
    if (q->type == LT_Q_TRUEFALSE && q->note[0] != '\0' && used + 1 < len) {
        snprintf(buf + used, len - used, "%s%s", used ? "\n" : "", q->note);
    }
}

void scn_qv_draw_options(const scn_qview *v, const lt_judgement *j)
{
    const lt_question *q = v->q;
    int n = q->n_options;
    int px = q->type == LT_Q_TRUEFALSE ? 52 : q->type == LT_Q_MULTI ? 36 : 40;
    char num[LT_QUIZ_OPTIONS_MAX][4];
    const char *labels[LT_QUIZ_OPTIONS_MAX];
    eng_rect r[LT_QUIZ_OPTIONS_MAX];
    scn_qv_look k[LT_QUIZ_OPTIONS_MAX];
    for (int i = 0; i < n; i++) {
        snprintf(num[i], sizeof num[i], "%d", i + 1);
        labels[i] = q->options[i];
    }
    if (j == NULL) {
        int di = scn_qv_find(v, SCN_QV_T_DONE, 0);
        if (di >= 0) {
            scn_qv_look dk = scn_qv_look_for(v->mask ? scn_qv_state(v, di) : SCN_BTN_DIM, 44);
            dk.bold = true;
            scn_qv_card(v->t[di].r, scn_tr(v->lang, SCN_S_OK), &dk);
        }
        for (int i = 0; i < n; i++) {
            int ti = scn_qv_find(v, SCN_QV_T_OPTION, i);
            r[i] = v->t[ti].r;
            k[i] = scn_qv_look_for(scn_qv_state(v, ti), px);
            k[i].badge = num[i];
            k[i].align = q->type == LT_Q_TRUEFALSE ? ENG_ALIGN_CENTER : ENG_ALIGN_LEFT;
            k[i].bold = q->type == LT_Q_TRUEFALSE;
            if (q->type == LT_Q_MULTI) {
                k[i].tick = (int)((v->mask >> i) & 1u);
                if (k[i].tick) {
                    k[i].border = SCN_ACCENT;
                }
            }
        }
        scn_qv_cards(r, labels, k, n);
        return;
    }
    /* Judged: the options (smaller when a note needs room), then the notes. */
    char notes[LT_QUIZ_NOTE_MAX * 3];
    scn_qv_chosen_notes(v, notes, sizeof notes);
    eng_rect area = v->area;
    int cols = q->type == LT_Q_MULTI && n > 4 ? 3 : 2;
    float max_h = q->type == LT_Q_TRUEFALSE ? 200 : 170;
    if (notes[0] != '\0') {
        max_h = q->type == LT_Q_TRUEFALSE ? 140 : (n + cols - 1) / cols > 2 ? 86 : 116;
    }
    float gap = q->type == LT_Q_TRUEFALSE ? 40 : SCN_QV_GAP;
    float gh = scn_qv_grid(area, n, cols, max_h, gap, 0, r);
    if (notes[0] != '\0') {
        /* Grid at the top, the note panel below it. */
        float shift = r[0].y - area.y;
        for (int i = 0; i < n; i++) {
            r[i].y -= shift;
        }
        scn_qv_note((eng_rect){area.x, area.y + gh + SCN_QV_GAP, area.w, area.h - gh - SCN_QV_GAP}, notes);
    }
    for (int i = 0; i < n; i++) {
        bool right = ((q->correct_mask >> i) & 1u) != 0;
        bool chosen = q->type == LT_Q_MULTI ? ((v->mask >> i) & 1u) != 0 : v->choice == i;
        scn_button_state st = right ? SCN_BTN_RIGHT : chosen ? SCN_BTN_WRONG : SCN_BTN_DIM;
        k[i] = scn_qv_look_for(st, r[i].h < 100 ? px - 8 : px);
        k[i].badge = num[i];
        k[i].align = q->type == LT_Q_TRUEFALSE ? ENG_ALIGN_CENTER : ENG_ALIGN_LEFT;
        k[i].bold = q->type == LT_Q_TRUEFALSE;
        if (q->type == LT_Q_MULTI) {
            k[i].tick = chosen;
            if (right && !chosen) {
                k[i].sub = scn_tr(v->lang, SCN_S_QV_MISSED);
                k[i].fill = (eng_color){30, 74, 50, 255}; /* a right option left unticked: darker */
            }
        }
    }
    scn_qv_cards(r, labels, k, n);
}
