/* scn_qview_date.c: the question view's date spinners (year, month, part of
 * the month, day with − and + buttons) and typed / cloze answers in a text
 * field, judged with the diff marked. Depends on: scn_qview_int.h, lt_date.h. */
#include <stdio.h>
#include <string.h>

#include "scn_qview_int.h"

/* ---- date --------------------------------------------------------------- */

#define SCN_QV_SPIN_H 140.0f
#define SCN_QV_SPIN_BTN 130.0f

static int scn_qv_days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) {
        return 31;
    }
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return days[m - 1] + (m == 2 && leap);
}

void scn_qv_layout_date(scn_qview *v)
{
    lt_prec p = v->q->date_prec >= LT_PREC_YEAR && v->q->date_prec <= LT_PREC_DAY ? v->q->date_prec : LT_PREC_YEAR;
    /* Finest first, as a date reads in both languages: "19 October 1956". */
    v->n_spin = 0;
    if (p == LT_PREC_DAY || p == LT_PREC_PART) {
        v->spin[v->n_spin++] = p;
    }
    if (p >= LT_PREC_MONTH) {
        v->spin[v->n_spin++] = LT_PREC_MONTH;
    }
    v->spin[v->n_spin++] = LT_PREC_YEAR;
    v->spin_focus = 0;
    v->pick = (lt_datept){v->start_year, 1, 1, p, LT_PART_EARLY};

    eng_rect a = v->area;
    float gap = 48, sw = v->n_spin == 3 ? (a.w - 2 * gap) / 3 : 620;
    float total_w = (float)v->n_spin * sw + (float)(v->n_spin - 1) * gap;
    float total_h = 40 + SCN_QV_SPIN_H + 24 + SCN_QV_SPIN_H;
    float x0 = a.x + (a.w - total_w) / 2, y0 = a.y + (a.h - total_h) / 2 + 40;
    for (int s = 0; s < v->n_spin; s++) {
        float x = x0 + (float)s * (sw + gap);
        scn_qv_add(v, (eng_rect){x, y0, SCN_QV_SPIN_BTN, SCN_QV_SPIN_H}, SCN_QV_T_MINUS, s);
        scn_qv_add(v, (eng_rect){x + sw - SCN_QV_SPIN_BTN, y0, SCN_QV_SPIN_BTN, SCN_QV_SPIN_H}, SCN_QV_T_PLUS, s);
    }
    scn_qv_add(v, (eng_rect){a.x + a.w - SCN_QV_DONE_W, y0 + SCN_QV_SPIN_H + 24, SCN_QV_DONE_W, SCN_QV_SPIN_H},
               SCN_QV_T_DONE, 0);
}

/* The value box of spinner s, between its − and + buttons. */
static eng_rect scn_qv_spin_box(const scn_qview *v, int s)
{
    eng_rect m = v->t[scn_qv_find(v, SCN_QV_T_MINUS, s)].r;
    eng_rect p = v->t[scn_qv_find(v, SCN_QV_T_PLUS, s)].r;
    return (eng_rect){m.x + m.w + 12, m.y, p.x - 12 - (m.x + m.w + 12), m.h};
}

static void scn_qv_spin(scn_qview *v, int s, int by)
{
    if (s < 0 || s >= v->n_spin || by == 0) {
        return;
    }
    lt_datept *d = &v->pick;
    switch (v->spin[s]) {
    case LT_PREC_YEAR:
        d->year += by;
        d->year = d->year < 1 ? 1 : d->year > 9999 ? 9999 : d->year;
        break;
    case LT_PREC_MONTH:
        d->month = ((d->month - 1 + by) % 12 + 12) % 12 + 1;
        break;
    case LT_PREC_PART:
        d->part = (lt_part)(((int)d->part - 1 + by) % 3 + 3) % 3 + 1;
        break;
    default: {
        int dim = scn_qv_days_in_month(d->year, d->month);
        d->day = ((d->day - 1 + by) % dim + dim) % dim + 1;
        break;
    }
    }
    int dim = scn_qv_days_in_month(d->year, d->month);
    if (d->day > dim) {
        d->day = dim;
    }
}

void scn_qv_date_fill(const scn_qview *v, lt_datept *out)
{
    lt_datept d = v->pick;
    d.prec = v->q->date_prec;
    if (d.prec < LT_PREC_MONTH) {
        d.month = 0;
    }
    if (d.prec != LT_PREC_DAY) {
        d.day = 0;
    }
    if (d.prec != LT_PREC_PART) {
        d.part = LT_PART_NONE;
    }
    *out = d;
}

bool scn_qv_key_date(scn_qview *v, const eng_action *a)
{
    switch (a->kind) {
    case ENG_ACT_LEFT:
        v->spin_focus = v->spin_focus > 0 ? v->spin_focus - 1 : 0;
        return false;
    case ENG_ACT_RIGHT:
        v->spin_focus = v->spin_focus < v->n_spin ? v->spin_focus + 1 : v->n_spin;
        return false;
    case ENG_ACT_UP:
    case ENG_ACT_DOWN:
        scn_qv_spin(v, v->spin_focus, a->kind == ENG_ACT_UP ? 1 : -1);
        return false;
    case ENG_ACT_WHEEL:
        for (int s = 0; s < v->n_spin; s++) {
            eng_rect m = v->t[scn_qv_find(v, SCN_QV_T_MINUS, s)].r;
            eng_rect row = {m.x, m.y, v->t[scn_qv_find(v, SCN_QV_T_PLUS, s)].r.x + SCN_QV_SPIN_BTN - m.x, m.h};
            if (eng_rect_contains(row, a->x, a->y)) {
                v->spin_focus = s;
                scn_qv_spin(v, s, a->value);
            }
        }
        return false;
    case ENG_ACT_CONFIRM:
        return true;
    default:
        return false;
    }
}

bool scn_qv_tap_date(scn_qview *v, int ti)
{
    const scn_qv_target *t = &v->t[ti];
    if (t->kind == SCN_QV_T_DONE) {
        return true;
    }
    v->spin_focus = t->idx;
    scn_qv_spin(v, t->idx, t->kind == SCN_QV_T_PLUS ? 1 : -1);
    return false;
}

static const char *scn_qv_spin_label(const scn_qview *v, int s, char *buf, size_t len)
{
    const lt_datept *d = &v->pick;
    switch (v->spin[s]) {
    case LT_PREC_YEAR:
        snprintf(buf, len, "%d", d->year);
        return buf;
    case LT_PREC_MONTH:
        return scn_tr(v->lang, (scn_str)(SCN_S_QV_MONTH_1 + (d->month - 1)));
    case LT_PREC_PART:
        return scn_tr(v->lang, (scn_str)(SCN_S_QV_PART_EARLY + ((int)d->part - 1)));
    default:
        snprintf(buf, len, "%d", d->day);
        return buf;
    }
}

static void scn_qv_date_text(const lt_datept *p, lt_lang lang, char *buf, size_t len)
{
    lt_date d = {*p, *p, false, false};
    lt_date_format(&d, (int)lang, buf, len);
}

void scn_qv_draw_date(const scn_qview *v, const lt_judgement *j)
{
    const lt_question *q = v->q;
    char buf[160], line[224];
    if (j != NULL) {
        lt_datept pick;
        scn_qv_date_fill(v, &pick);
        eng_rect a = v->area;
        float w = (a.w - 40) / 2, h = 160, y = a.y + (a.h - h) / 2 + 20;
        eng_rect mine = {a.x, y, w, h}, right = {a.x + w + 40, y, w, h};
        scn_qv_caption(scn_tr(v->lang, SCN_S_QV_YOUR_ANSWER), mine.x + 8, y - 44, ENG_ALIGN_LEFT);
        scn_qv_date_text(&pick, v->lang, buf, sizeof buf);
        scn_qv_look k = scn_qv_look_verdict(j->verdict, 48);
        k.bold = true;
        scn_qv_card(mine, buf, &k);
        scn_qv_caption(scn_tr(v->lang, SCN_S_QV_RIGHT_ANSWER), right.x + 8, y - 44, ENG_ALIGN_LEFT);
        lt_date_format(&q->date, (int)v->lang, buf, sizeof buf);
        k = scn_qv_look_for(SCN_BTN_RIGHT, 48);
        k.bold = true;
        scn_qv_card(right, buf, &k);
        return;
    }
    eng_font vf = eng_font_get(ENG_FONT_BOLD, 52);
    for (int s = 0; s < v->n_spin; s++) {
        int mi = scn_qv_find(v, SCN_QV_T_MINUS, s), pi = scn_qv_find(v, SCN_QV_T_PLUS, s);
        eng_rect box = scn_qv_spin_box(v, s);
        static const scn_str names[] = {SCN_S_QV_YEAR, SCN_S_QV_YEAR, SCN_S_QV_MONTH, SCN_S_QV_PART, SCN_S_QV_DAY};
        scn_qv_caption(scn_tr(v->lang, names[v->spin[s]]), box.x + box.w / 2, box.y - 42, ENG_ALIGN_CENTER);
        bool focus = s == v->spin_focus;
        eng_fill_round_rect(box, 16, focus ? SCN_FOCUS : SCN_PANEL_HI);
        eng_fill_round_rect((eng_rect){box.x + 5, box.y + 5, box.w - 10, box.h - 10}, 13, SCN_BG_DEEP);
        const char *val = scn_qv_spin_label(v, s, buf, sizeof buf);
        eng_text_draw(vf, val, box.x + box.w / 2, box.y + (box.h - (float)eng_font_line_height(vf)) / 2,
                      ENG_ALIGN_CENTER, SCN_TEXT);
        scn_qv_look k = scn_qv_look_for(v->pressed == mi ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 64);
        scn_qv_card(v->t[mi].r, "", &k);
        k = scn_qv_look_for(v->pressed == pi ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 64);
        scn_qv_card(v->t[pi].r, "", &k);
        /* − and + as strokes, so they look the same in every font. */
        eng_rect m = v->t[mi].r, p = v->t[pi].r;
        eng_line(m.x + m.w / 2 - 26, m.y + m.h / 2, m.x + m.w / 2 + 26, m.y + m.h / 2, 8, SCN_TEXT);
        eng_line(p.x + p.w / 2 - 26, p.y + p.h / 2, p.x + p.w / 2 + 26, p.y + p.h / 2, 8, SCN_TEXT);
        eng_line(p.x + p.w / 2, p.y + p.h / 2 - 26, p.x + p.w / 2, p.y + p.h / 2 + 26, 8, SCN_TEXT);
    }
    int di = scn_qv_find(v, SCN_QV_T_DONE, 0);
    eng_rect d = v->t[di].r;
    lt_datept pick;
    scn_qv_date_fill(v, &pick);
    scn_qv_date_text(&pick, v->lang, buf, sizeof buf);
    snprintf(line, sizeof line, scn_tr(v->lang, SCN_S_QV_YOUR_PICK), buf);
    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 40);
    eng_text_draw(lf, line, v->area.x + 8, d.y + (d.h - (float)eng_font_line_height(lf)) / 2, ENG_ALIGN_LEFT,
                  SCN_TEXT);
    bool dfocus = v->spin_focus == v->n_spin || v->focus == di || v->pressed == di;
    scn_qv_look k = scn_qv_look_for(dfocus ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 44);
    k.bold = true;
    scn_qv_card(d, scn_tr(v->lang, SCN_S_OK), &k);
}

/* ---- typed, cloze ---------------------------------------------------------- */

void scn_qv_layout_typed(scn_qview *v)
{
    eng_rect a = v->area;
    float h = 130, y = v->q->type == LT_Q_CLOZE ? a.y + a.h - h - 10 : a.y + (a.h - h) / 2;
    scn_qv_add(v, (eng_rect){a.x, y, a.w - SCN_QV_DONE_W - 24, h}, SCN_QV_T_FIELD, 0);
    scn_qv_add(v, (eng_rect){a.x + a.w - SCN_QV_DONE_W, y, SCN_QV_DONE_W, h}, SCN_QV_T_DONE, 0);
}

bool scn_qv_key_typed(scn_qview *v, const eng_action *a)
{
    if (a->kind == ENG_ACT_TEXT || a->kind == ENG_ACT_ERASE) {
        scn_textfield_action(&v->field, a);
        return false;
    }
    return a->kind == ENG_ACT_CONFIRM && !lt_norm_is_empty(v->field.text);
}

bool scn_qv_tap_typed(scn_qview *v, int ti)
{
    return v->t[ti].kind == SCN_QV_T_DONE && !lt_norm_is_empty(v->field.text);
}

/* Draws `s` on one line with the diff spans of one side marked: a dark box
 * and an underline under changed letters, a caret where letters are missing. */
static void scn_qv_marked(eng_font f, const char *s, const lt_norm_result *res, bool expected, float x, float y)
{
    int len = (int)strlen(s), cur = 0;
    float lh = (float)eng_font_line_height(f);
    char part[LT_NORM_TEXT_MAX];
    for (int i = 0; i <= res->n_ops; i++) {
        const lt_diff_op *op = i < res->n_ops ? &res->ops[i] : NULL;
        int off = op ? (expected ? op->e_off : op->g_off) : len;
        int n = op ? (expected ? op->e_len : op->g_len) : 0;
        off = off < cur ? cur : off > len ? len : off;
        n = off + n > len ? len - off : n;
        for (int pass = 0; pass < 2; pass++) { /* the plain gap, then the span */
            int from = pass == 0 ? cur : off, cnt = pass == 0 ? off - cur : n;
            if (cnt <= 0 || (pass == 1 && op == NULL)) {
                continue;
            }
            memcpy(part, s + from, (size_t)cnt);
            part[cnt] = '\0';
            int w = 0, h = 0;
            eng_text_size(f, part, &w, &h);
            bool mark = pass == 1 && op->kind != LT_DIFF_SAME;
            if (mark) {
                eng_fill_round_rect((eng_rect){x - 2, y + 2, (float)w + 4, lh - 2}, 6, (eng_color){0, 0, 0, 110});
                eng_fill_rect((eng_rect){x, y + lh - 2, (float)w, 6}, SCN_ACCENT);
            }
            eng_text_draw(f, part, x, y, ENG_ALIGN_LEFT, SCN_TEXT);
            x += (float)w;
        }
        if (op != NULL && n == 0 && op->kind != LT_DIFF_SAME) {
            /* Letters only on the other side: a caret between the letters. */
            eng_line(x, y + 6, x, y + lh, 4, SCN_ACCENT);
            eng_line(x - 10, y + lh + 8, x, y + lh - 4, 4, SCN_ACCENT);
            eng_line(x + 10, y + lh + 8, x, y + lh - 4, 4, SCN_ACCENT);
        }
        cur = off + n;
    }
}

/* A card holding `s` with its diff marks, the font shrunk to fit. */
static void scn_qv_diff_card(eng_rect r, const char *s, const lt_norm_result *res, bool expected,
                             const scn_qv_look *k)
{
    scn_qv_card(r, "", k);
    float w_max = r.w - 48 - (k->sign != SCN_QV_SIGN_NONE ? 80 : 0);
    int px = 48, w = 0, h = 0;
    eng_font f = eng_font_get(ENG_FONT_BOLD, px);
    eng_text_size(f, s, &w, &h);
    while ((float)w > w_max && px > 22) {
        px -= 2;
        f = eng_font_get(ENG_FONT_BOLD, px);
        eng_text_size(f, s, &w, &h);
    }
    float y = r.y + (r.h - (float)eng_font_line_height(f)) / 2 - 4;
    if (res != NULL && res->n_ops > 0) {
        scn_qv_marked(f, s, res, expected, r.x + 28, y);
    } else {
        eng_text_draw(f, s, r.x + 28, y, ENG_ALIGN_LEFT, k->text);
    }
}

/* The cloze text with its blank filled by `word` in quotes (or kept when word is NULL). */
static void scn_qv_cloze_text(const lt_question *q, lt_lang lang, const char *word, char *buf, size_t len)
{
    const char *b = word != NULL ? strstr(q->cloze, LT_QUIZ_BLANK) : NULL;
    if (b == NULL) {
        snprintf(buf, len, "%s", q->cloze);
        return;
    }
    bool ru = lang == LT_LANG_RU;
    snprintf(buf, len, "%.*s%s%s%s%s", (int)(b - q->cloze), q->cloze, ru ? "«" : "“", word, ru ? "»" : "”",
             b + strlen(LT_QUIZ_BLANK));
}

void scn_qv_draw_typed(const scn_qview *v, const lt_judgement *j)
{
    const lt_question *q = v->q;
    eng_rect a = v->area;
    char text[LT_QUIZ_TEXT_MAX + LT_QUIZ_ANSWER_LEN];
    float top = a.y;
    if (q->type == LT_Q_CLOZE) {
        const char *word = NULL;
        if (j != NULL) {
            word = j->typed.alt >= 0 && j->typed.expected[0] ? j->typed.expected : q->answers[0];
        }
        scn_qv_cloze_text(q, v->lang, word, text, sizeof text);
        float box_h = j != NULL ? 96 : a.h - 130 - 10 - 24;
        eng_font f = scn_qv_fit(ENG_FONT_REGULAR, j != NULL ? 32 : 40, text, a.w - 56, box_h - 24);
        int lines = 1;
        float th = eng_text_wrapped_height(f, text, a.w - 56, &lines);
        th = th > box_h - 24 ? box_h - 24 : th;
        eng_rect panel = {a.x, a.y, a.w, th + 24};
        eng_fill_round_rect(panel, 14, SCN_BG_DEEP);
        eng_text_draw_wrapped(f, text, (eng_rect){a.x + 28, a.y + 12, a.w - 56, box_h - 24}, ENG_ALIGN_LEFT,
                              SCN_TEXT);
        top = a.y + th + 24 + SCN_QV_GAP;
    }
    if (j == NULL) {
        int fi = scn_qv_find(v, SCN_QV_T_FIELD, 0), di = scn_qv_find(v, SCN_QV_T_DONE, 0);
        scn_textfield_draw(&v->field, v->t[fi].r, true, scn_tr(v->lang, SCN_S_QV_TYPE_HERE));
        bool empty = lt_norm_is_empty(v->field.text);
        scn_qv_look k = scn_qv_look_for(empty ? SCN_BTN_DIM : scn_qv_state(v, di), 44);
        k.bold = true;
        scn_qv_card(v->t[di].r, scn_tr(v->lang, SCN_S_OK), &k);
        return;
    }
    /* Judged: what was typed (mistakes marked), then the expected answer. */
    const lt_norm_result *res = &j->typed;
    bool show_right = j->verdict != LT_VERDICT_RIGHT;
    float cap = 40, row = 120, room = a.y + a.h - top;
    if (show_right && 2 * (cap + row) + SCN_QV_GAP > room) {
        cap = 34;
        row = (room - 2 * cap - SCN_QV_GAP) / 2;
    }
    float need = show_right ? 2 * (cap + row) + SCN_QV_GAP : cap + row;
    float y = top + (a.y + a.h - top - need) / 2;
    char label[160];
    snprintf(label, sizeof label, "%s%s%s", scn_tr(v->lang, SCN_S_QV_YOUR_ANSWER),
             j->verdict == LT_VERDICT_CLOSE ? " — " : "",
             j->verdict == LT_VERDICT_CLOSE ? scn_tr(v->lang, SCN_S_QV_CLOSE) : "");
    scn_qv_caption(label, a.x + 8, y, ENG_ALIGN_LEFT);
    scn_qv_look k = scn_qv_look_verdict(j->verdict, 48);
    const char *got = res->got[0] ? res->got : v->field.text;
    /* Marks help only near the answer; a far-off answer would be all marks. */
    bool marks = res->alt >= 0 && (j->verdict == LT_VERDICT_CLOSE ||
                                   (j->verdict == LT_VERDICT_WRONG && res->distance <= res->allowed + 2));
    scn_qv_diff_card((eng_rect){a.x, y + cap, a.w, row}, got, marks ? res : NULL, false, &k);
    if (show_right) {
        y += cap + row + SCN_QV_GAP;
        scn_qv_caption(scn_tr(v->lang, SCN_S_QV_RIGHT_ANSWER), a.x + 8, y, ENG_ALIGN_LEFT);
        k = scn_qv_look_for(SCN_BTN_RIGHT, 48);
        const char *exp = res->alt >= 0 && res->expected[0] ? res->expected : q->answers[0];
        scn_qv_diff_card((eng_rect){a.x, y + cap, a.w, row}, exp, marks ? res : NULL, true, &k);
    }
}
