/* eng_draw.c: filled and outlined shapes on the logical canvas. Curved
 * shapes are convex triangle fans (SDL_RenderGeometry), so a translucent
 * colour is blended once per pixel. Depends on: SDL2, eng_internal.h. */
#include <math.h>

#include "eng_internal.h"

#define MAX_ARC_SEGS 32
#define PI_F 3.14159265f

bool eng_rect_contains(eng_rect r, float x, float y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

static SDL_Color sdl_color(eng_color c)
{
    SDL_Color s = {c.r, c.g, c.b, c.a};
    return s;
}

static float out_scale(void)
{
    float sx = 1.0f, sy = 1.0f;
    SDL_RenderGetScale(eng_g.renderer, &sx, &sy);
    return sx < sy ? sx : sy;
}

/* Segments for a quarter arc of radius r canvas pixels: about one per 3
 * output pixels of arc length, between 2 and MAX_ARC_SEGS / 4 * 4. */
static int arc_segments(float r)
{
    float len = r * out_scale() * PI_F / 2.0f;
    int n = (int)(len / 3.0f);
    if (n < 2)
        n = 2;
    if (n > MAX_ARC_SEGS)
        n = MAX_ARC_SEGS;
    return n;
}

void eng_clear(eng_color c)
{
    if (!eng_g.renderer)
        return;
    SDL_Rect all = {0, 0, ENG_CANVAS_W, ENG_CANVAS_H};
    SDL_SetRenderDrawBlendMode(eng_g.renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(eng_g.renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(eng_g.renderer, &all);
    SDL_SetRenderDrawBlendMode(eng_g.renderer, SDL_BLENDMODE_BLEND);
}

void eng_fill_rect(eng_rect r, eng_color c)
{
    if (!eng_g.renderer || r.w <= 0 || r.h <= 0 || c.a == 0)
        return;
    SDL_FRect fr = {r.x, r.y, r.w, r.h};
    SDL_SetRenderDrawColor(eng_g.renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRectF(eng_g.renderer, &fr);
}

/* Draws a convex polygon as a fan around (cx, cy). */
static void fill_fan(float cx, float cy, const SDL_FPoint *pts, int n, eng_color c)
{
    SDL_Vertex v[4 * (MAX_ARC_SEGS + 1) + 1];
    int idx[3 * (4 * (MAX_ARC_SEGS + 1))];
    if (n < 3 || n > 4 * (MAX_ARC_SEGS + 1))
        return;
    SDL_Color col = sdl_color(c);
    v[0].position.x = cx;
    v[0].position.y = cy;
    v[0].color = col;
    v[0].tex_coord.x = v[0].tex_coord.y = 0.0f;
    for (int i = 0; i < n; i++) {
        v[i + 1].position = pts[i];
        v[i + 1].color = col;
        v[i + 1].tex_coord.x = v[i + 1].tex_coord.y = 0.0f;
        idx[3 * i] = 0;
        idx[3 * i + 1] = i + 1;
        idx[3 * i + 2] = (i + 1) % n + 1;
    }
    SDL_RenderGeometry(eng_g.renderer, NULL, v, n + 1, idx, 3 * n);
}

void eng_fill_round_rect(eng_rect r, float radius, eng_color c)
{
    if (!eng_g.renderer || r.w <= 0 || r.h <= 0 || c.a == 0)
        return;
    float maxr = (r.w < r.h ? r.w : r.h) / 2.0f;
    if (radius > maxr)
        radius = maxr;
    if (radius < 0.5f) {
        eng_fill_rect(r, c);
        return;
    }
    int segs = arc_segments(radius);
    SDL_FPoint pts[4 * (MAX_ARC_SEGS + 1)];
    /* Corner centres clockwise from top-left, each arc spanning 90 degrees. */
    const float cxs[4] = {r.x + radius, r.x + r.w - radius, r.x + r.w - radius, r.x + radius};
    const float cys[4] = {r.y + radius, r.y + radius, r.y + r.h - radius, r.y + r.h - radius};
    int n = 0;
    for (int k = 0; k < 4; k++) {
        float a0 = PI_F + (float)k * PI_F / 2.0f;
        for (int i = 0; i <= segs; i++) {
            float a = a0 + (PI_F / 2.0f) * (float)i / (float)segs;
            pts[n].x = cxs[k] + radius * cosf(a);
            pts[n].y = cys[k] + radius * sinf(a);
            n++;
        }
    }
    fill_fan(r.x + r.w / 2.0f, r.y + r.h / 2.0f, pts, n, c);
}

void eng_outline_rect(eng_rect r, float t, eng_color c)
{
    if (t <= 0 || r.w <= 0 || r.h <= 0)
        return;
    if (t * 2 >= r.w || t * 2 >= r.h) {
        eng_fill_rect(r, c);
        return;
    }
    eng_fill_rect((eng_rect){r.x, r.y, r.w, t}, c);
    eng_fill_rect((eng_rect){r.x, r.y + r.h - t, r.w, t}, c);
    eng_fill_rect((eng_rect){r.x, r.y + t, t, r.h - 2 * t}, c);
    eng_fill_rect((eng_rect){r.x + r.w - t, r.y + t, t, r.h - 2 * t}, c);
}

void eng_line(float x0, float y0, float x1, float y1, float thickness, eng_color c)
{
    if (!eng_g.renderer || c.a == 0)
        return;
    float dx = x1 - x0, dy = y1 - y0;
    float len = sqrtf(dx * dx + dy * dy);
    if (len < 1e-4f)
        return;
    /* At least one output pixel wide, so thin lines never vanish. */
    float minw = 1.0f / out_scale();
    float half = (thickness > minw ? thickness : minw) / 2.0f;
    float nx = -dy / len * half, ny = dx / len * half;
    SDL_Color col = sdl_color(c);
    SDL_Vertex v[4];
    const float px[4] = {x0 + nx, x1 + nx, x1 - nx, x0 - nx};
    const float py[4] = {y0 + ny, y1 + ny, y1 - ny, y0 - ny};
    for (int i = 0; i < 4; i++) {
        v[i].position.x = px[i];
        v[i].position.y = py[i];
        v[i].color = col;
        v[i].tex_coord.x = v[i].tex_coord.y = 0.0f;
    }
    const int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(eng_g.renderer, NULL, v, 4, idx, 6);
}

void eng_fill_circle(float cx, float cy, float radius, eng_color c)
{
    if (!eng_g.renderer || radius <= 0 || c.a == 0)
        return;
    int n = 4 * arc_segments(radius);
    SDL_FPoint pts[4 * MAX_ARC_SEGS];
    for (int i = 0; i < n; i++) {
        float a = 2.0f * PI_F * (float)i / (float)n;
        pts[i].x = cx + radius * cosf(a);
        pts[i].y = cy + radius * sinf(a);
    }
    fill_fan(cx, cy, pts, n, c);
}
