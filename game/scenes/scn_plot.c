/* scn_plot.c: the charts of scn_plot.h: a frame, gridlines at quarters, bars,
 * rows and lines; all sizes on the 1920x1080 canvas.
 * Depends on: scn_plot.h, scn_ui.h, eng.h. */
#include "scn_plot.h"

#include <stdio.h>

#include "scn_ui.h"

static float scn_plot_max(const scn_plot *p)
{
    if (p->max > 0) {
        return p->max;
    }
    float m = 1.0f;
    for (int i = 0; i < p->n; i++) {
        m = p->values[i] > m ? p->values[i] : m;
    }
    return m;
}

static void scn_plot_value_text(const scn_plot *p, float v, char *buf, size_t len)
{
    if (p->percent) {
        snprintf(buf, len, "%d%%", (int)(v * 100.0f + 0.5f));
    } else {
        snprintf(buf, len, "%d", (int)(v + 0.5f));
    }
}

/* Frame and title; returns the plotting area. */
static eng_rect scn_plot_frame(const scn_plot *p, float label_h)
{
    eng_fill_round_rect(p->box, 14, SCN_BG_DEEP);
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 30);
    eng_text_draw(tf, p->title ? p->title : "", p->box.x + 24, p->box.y + 14, ENG_ALIGN_LEFT, SCN_TEXT);
    return (eng_rect){p->box.x + 24, p->box.y + 64, p->box.w - 48, p->box.h - 64 - 16 - label_h};
}

static void scn_plot_grid(eng_rect a)
{
    for (int q = 0; q <= 4; q++) {
        float y = a.y + a.h - a.h * (float)q / 4.0f;
        eng_fill_rect((eng_rect){a.x, y, a.w, q == 0 ? 2.0f : 1.0f}, SCN_PANEL);
    }
}

void scn_plot_bars(const scn_plot *p)
{
    eng_rect a = scn_plot_frame(p, 34);
    scn_plot_grid(a);
    if (p->n <= 0) {
        return;
    }
    float max = scn_plot_max(p);
    float slot = a.w / (float)p->n;
    float bw = slot * 0.64f;
    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 22);
    int every = p->label_every > 0 ? p->label_every : 1;
    for (int i = 0; i < p->n; i++) {
        float v = p->values[i] < 0 ? 0 : p->values[i];
        float h = a.h * (v > max ? 1.0f : v / max);
        float x = a.x + slot * (float)i + (slot - bw) / 2;
        if (h > 0) {
            eng_fill_rect((eng_rect){x, a.y + a.h - h, bw, h}, p->color);
            char buf[32];
            scn_plot_value_text(p, p->values[i], buf, sizeof buf);
            eng_text_draw(lf, buf, x + bw / 2, a.y + a.h - h - 28, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
        }
        if (p->labels != NULL && i % every == 0) {
            eng_text_draw(lf, p->labels[i], x + bw / 2, a.y + a.h + 8, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
        }
    }
}

void scn_plot_rows(const scn_plot *p)
{
    eng_rect a = scn_plot_frame(p, 0);
    if (p->n <= 0) {
        return;
    }
    float max = scn_plot_max(p);
    float row = a.h / (float)p->n;
    float bar_h = row * 0.6f > 40 ? 40 : row * 0.6f;
    float label_w = a.w * 0.42f;
    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 24);
    for (int i = 0; i < p->n; i++) {
        float y = a.y + row * (float)i;
        if (p->labels != NULL) {
            eng_text_draw_wrapped(lf, p->labels[i], (eng_rect){a.x, y + (row - 30) / 2, label_w - 16, 30},
                                  ENG_ALIGN_LEFT, SCN_TEXT);
        }
        float track = a.w - label_w - 90;
        eng_fill_round_rect((eng_rect){a.x + label_w, y + (row - bar_h) / 2, track, bar_h}, bar_h / 2, SCN_PANEL);
        float v = p->values[i] < 0 ? 0 : p->values[i] > max ? max : p->values[i];
        float w = track * v / max;
        if (w > 2) {
            eng_fill_round_rect((eng_rect){a.x + label_w, y + (row - bar_h) / 2, w, bar_h},
                                bar_h / 2 < w / 2 ? bar_h / 2 : w / 2, p->color);
        }
        char buf[32];
        scn_plot_value_text(p, p->values[i], buf, sizeof buf);
        eng_text_draw(lf, buf, a.x + a.w, y + (row - 30) / 2, ENG_ALIGN_RIGHT, SCN_ACCENT);
    }
}

void scn_plot_line(const scn_plot *p)
{
    eng_rect a = scn_plot_frame(p, 34);
    scn_plot_grid(a);
    if (p->n <= 0) {
        return;
    }
    float max = scn_plot_max(p);
    float step = p->n > 1 ? a.w / (float)(p->n - 1) : 0;
    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 22);
    int every = p->label_every > 0 ? p->label_every : 1;
    float px = 0, py = 0;
    bool have_prev = false;
    for (int i = 0; i < p->n; i++) {
        float x = a.x + step * (float)i;
        if (p->labels != NULL && i % every == 0) {
            eng_text_draw(lf, p->labels[i], x, a.y + a.h + 8, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
        }
        if (p->values[i] < 0) {
            have_prev = false;
            continue;
        }
        float v = p->values[i] > max ? max : p->values[i];
        float y = a.y + a.h - a.h * v / max;
        if (have_prev) {
            eng_line(px, py, x, y, 4, p->color);
        }
        eng_fill_circle(x, y, 7, p->color);
        px = x;
        py = y;
        have_prev = true;
    }
}
