/* eng_draw.c: filled and outlined shapes on the logical canvas. Rounded
 * rectangles and circles are blits of cached white anti-aliased textures
 * made at the output pixel size (tinted by colour and alpha mod) plus plain
 * rectangles, all on whole output pixels and never overlapping, so a
 * translucent colour is blended once per pixel; this is what keeps SDL's
 * software renderer fast. Shapes too large or too thin for a texture fall
 * back to convex triangle fans (SDL_RenderGeometry).
 * Depends on: SDL2, eng_internal.h. */
#include <math.h>
#include <stdlib.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_mixer.h>
#include <SDL_ttf.h>

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

void eng_draw_flush_clear(void)
{
    if (!eng_g.clear_pending || !eng_g.renderer)
        return;
    eng_g.clear_pending = false;
    SDL_SetRenderDrawColor(eng_g.renderer, 0, 0, 0, 255);
    SDL_RenderClear(eng_g.renderer);
}

void eng_clear(eng_color c)
{
    if (!eng_g.renderer)
        return;
    if (eng_g.clear_pending && c.a == 255) {
        /* The canvas fills the output exactly (no letterbox bars): clearing
         * to c replaces the pending black clear. */
        int w = 0, h = 0;
        if (SDL_GetRendererOutputSize(eng_g.renderer, &w, &h) == 0 && w > 0 &&
            (long)w * ENG_CANVAS_H == (long)h * ENG_CANVAS_W) {
            eng_g.clear_pending = false;
            SDL_SetRenderDrawColor(eng_g.renderer, c.r, c.g, c.b, c.a);
            SDL_RenderClear(eng_g.renderer);
            return;
        }
    }
    eng_draw_flush_clear();
    SDL_Rect all = {0, 0, ENG_CANVAS_W, ENG_CANVAS_H};
    SDL_SetRenderDrawBlendMode(eng_g.renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(eng_g.renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(eng_g.renderer, &all);
    SDL_SetRenderDrawBlendMode(eng_g.renderer, SDL_BLENDMODE_BLEND);
}

/* An opaque colour replaces the pixels: the same result as blending it, and
 * far cheaper on the software renderer. */
static void fill_rects(const SDL_FRect *fr, Uint8 alpha)
{
    if (alpha == 255)
        SDL_SetRenderDrawBlendMode(eng_g.renderer, SDL_BLENDMODE_NONE);
    SDL_RenderFillRectF(eng_g.renderer, fr);
    if (alpha == 255)
        SDL_SetRenderDrawBlendMode(eng_g.renderer, SDL_BLENDMODE_BLEND);
}

void eng_fill_rect(eng_rect r, eng_color c)
{
    eng_draw_flush_clear();
    if (!eng_g.renderer || r.w <= 0 || r.h <= 0 || c.a == 0)
        return;
    SDL_FRect fr = {r.x, r.y, r.w, r.h};
    SDL_SetRenderDrawColor(eng_g.renderer, c.r, c.g, c.b, c.a);
    fill_rects(&fr, c.a);
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

/* ---- cached shape textures ----------------------------------------------- */

#define SHAPE_CAP 192
#define SHAPE_MAX_R 160.0f /* output pixels; larger shapes draw as fans */
#define SHAPE_SS 8         /* supersamples per pixel side */
#define SNAP_EPS 0.01f     /* keeps truncating renderers on the intended pixel */

enum { SHAPE_CORNERS = 0, SHAPE_DISC = 1 };

typedef struct shape_tex {
    SDL_Texture *tex;
    int kind, rq, fx, fy; /* radius in 1/8 output pixels; disc centre offset in 1/4 */
    int size;
} shape_tex;

static struct {
    SDL_Renderer *owner;
    shape_tex items[SHAPE_CAP];
    int n;
} shapes;

void eng_draw_close(void)
{
    for (int i = 0; i < shapes.n; i++)
        if (shapes.items[i].tex)
            SDL_DestroyTexture(shapes.items[i].tex);
    shapes.n = 0;
    shapes.owner = NULL;
}

/* Coverage (0-255) of the pixel (px, py) by the points within r of the box
 * [x0, x1] x [y0, y1]. */
static Uint8 coverage(int px, int py, float x0, float y0, float x1, float y1, float r)
{
    int in = 0;
    for (int sy = 0; sy < SHAPE_SS; sy++) {
        float v = (float)py + ((float)sy + 0.5f) / SHAPE_SS;
        float dy = v < y0 ? y0 - v : v > y1 ? v - y1 : 0.0f;
        for (int sx = 0; sx < SHAPE_SS; sx++) {
            float u = (float)px + ((float)sx + 0.5f) / SHAPE_SS;
            float dx = u < x0 ? x0 - u : u > x1 ? u - x1 : 0.0f;
            in += dx * dx + dy * dy <= r * r;
        }
    }
    return (Uint8)((in * 255 + SHAPE_SS * SHAPE_SS / 2) / (SHAPE_SS * SHAPE_SS));
}

/* The texture of one shape: SHAPE_CORNERS is a square of side 2n with corner
 * radius rq / 8 whose quadrants are the four corners; SHAPE_DISC a disc of
 * radius rq / 8 centred at (m + fx / 4, m + fy / 4), m = n + 1. */
static shape_tex *shape_get(int kind, int rq, int fx, int fy, int n)
{
    if (shapes.owner != eng_g.renderer) {
        eng_draw_close();
        shapes.owner = eng_g.renderer;
    }
    for (int i = 0; i < shapes.n; i++) {
        shape_tex *t = &shapes.items[i];
        if (t->kind == kind && t->rq == rq && t->fx == fx && t->fy == fy)
            return t->tex ? t : NULL;
    }
    if (shapes.n == SHAPE_CAP) {
        eng_draw_close();
        shapes.owner = eng_g.renderer;
    }
    float r = (float)rq / 8.0f;
    int size = kind == SHAPE_CORNERS ? 2 * n : 2 * n + 3;
    Uint32 *px = malloc((size_t)size * (size_t)size * sizeof *px);
    SDL_Texture *tex = NULL;
    if (px) {
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                Uint8 a;
                if (kind == SHAPE_CORNERS) {
                    float hi = (float)size - r;
                    a = coverage(x, y, r, r, hi, hi, r);
                } else { /* a disc: within r of a box of no size */
                    float cx = (float)(n + 1) + (float)fx / 4.0f, cy = (float)(n + 1) + (float)fy / 4.0f;
                    a = coverage(x, y, cx, cy, cx, cy, r);
                }
                px[y * size + x] = ((Uint32)a << 24) | 0xFFFFFFu;
            }
        }
        tex = SDL_CreateTexture(eng_g.renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, size, size);
        if (tex && SDL_UpdateTexture(tex, NULL, px, size * (int)sizeof *px) != 0) {
            SDL_DestroyTexture(tex);
            tex = NULL;
        }
        if (tex)
            SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
        free(px);
    }
    shape_tex *t = &shapes.items[shapes.n++];
    *t = (shape_tex){tex, kind, rq, fx, fy, size};
    return tex ? t : NULL;
}

/* Canvas coordinate of the output pixel edge p. The renderers truncate
 * scaled coordinates towards zero; the nudge away from zero lands exactly
 * on p, and is far below a pixel for renderers that do not truncate. */
static float px_edge(int p, float s)
{
    return ((float)p + (p < 0 ? -SNAP_EPS : SNAP_EPS)) / s;
}

static float px_len(int n, float s) { return ((float)n + SNAP_EPS) / s; }

/* Fills whole output pixels [x, x + w) x [y, y + h) in the draw colour. */
static void fill_px(int x, int y, int w, int h, float s)
{
    if (w <= 0 || h <= 0)
        return;
    Uint8 r, g, b, a;
    SDL_GetRenderDrawColor(eng_g.renderer, &r, &g, &b, &a);
    SDL_FRect fr = {px_edge(x, s), px_edge(y, s), px_len(w, s), px_len(h, s)};
    fill_rects(&fr, a);
}

/* Copies a w x h part of a texture at (sx, sy) 1:1 to output pixel (x, y). */
static void blit_px(SDL_Texture *t, int sx, int sy, int w, int h, int x, int y, float s)
{
    SDL_Rect src = {sx, sy, w, h};
    SDL_FRect dst = {px_edge(x, s), px_edge(y, s), px_len(w, s), px_len(h, s)};
    SDL_RenderCopyF(eng_g.renderer, t, &src, &dst);
}

static void tint(SDL_Texture *t, eng_color c)
{
    SDL_SetTextureColorMod(t, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(t, c.a);
}

/* Rounded rectangle from cached corners and three plain rectangles; false
 * when it cannot be drawn that way. */
static bool round_rect_tex(eng_rect r, float radius, eng_color c)
{
    float s = out_scale();
    if (s <= 0.0f)
        return false;
    /* Edges on the output pixels SDL's own rectangles would start at. */
    int x0 = (int)floorf(r.x * s), y0 = (int)floorf(r.y * s);
    int x1 = (int)floorf((r.x + r.w) * s), y1 = (int)floorf((r.y + r.h) * s);
    int w = x1 - x0, h = y1 - y0;
    float big = radius * s;
    if (big > SHAPE_MAX_R)
        return false;
    int rq = (int)lroundf(big * 8.0f);
    SDL_SetRenderDrawColor(eng_g.renderer, c.r, c.g, c.b, c.a);
    if (rq < 4) { /* under half an output pixel: square corners */
        fill_px(x0, y0, w, h, s);
        return true;
    }
    int n = (int)ceilf((float)rq / 8.0f - 0.001f);
    if (2 * n > w || 2 * n > h)
        return false;
    shape_tex *t = shape_get(SHAPE_CORNERS, rq, 0, 0, n);
    if (!t)
        return false;
    tint(t->tex, c);
    blit_px(t->tex, 0, 0, n, n, x0, y0, s);
    blit_px(t->tex, n, 0, n, n, x1 - n, y0, s);
    blit_px(t->tex, 0, n, n, n, x0, y1 - n, s);
    blit_px(t->tex, n, n, n, n, x1 - n, y1 - n, s);
    fill_px(x0 + n, y0, w - 2 * n, h, s);
    fill_px(x0, y0 + n, n, h - 2 * n, s);
    fill_px(x1 - n, y0 + n, n, h - 2 * n, s);
    return true;
}

/* A disc as one blit of a cached texture; false when it cannot be. */
static bool circle_tex(float cx, float cy, float radius, eng_color c)
{
    float s = out_scale();
    float big = radius * s;
    if (s <= 0.0f || big > SHAPE_MAX_R)
        return false;
    int rq = (int)lroundf(big * 8.0f);
    if (rq < 2)
        return false;
    float ox = cx * s, oy = cy * s;
    float fx = floorf(ox), fy = floorf(oy);
    int bx = (int)fx, by = (int)fy;
    int qx = (int)lroundf((ox - fx) * 4.0f), qy = (int)lroundf((oy - fy) * 4.0f);
    if (qx == 4) {
        bx++;
        qx = 0;
    }
    if (qy == 4) {
        by++;
        qy = 0;
    }
    int n = (int)ceilf((float)rq / 8.0f - 0.001f);
    shape_tex *t = shape_get(SHAPE_DISC, rq, qx, qy, n);
    if (!t)
        return false;
    tint(t->tex, c);
    blit_px(t->tex, 0, 0, t->size, t->size, bx - n - 1, by - n - 1, s);
    return true;
}

void eng_fill_round_rect(eng_rect r, float radius, eng_color c)
{
    eng_draw_flush_clear();
    if (!eng_g.renderer || r.w <= 0 || r.h <= 0 || c.a == 0)
        return;
    float maxr = (r.w < r.h ? r.w : r.h) / 2.0f;
    if (radius > maxr)
        radius = maxr;
    if (radius < 0.5f) {
        eng_fill_rect(r, c);
        return;
    }
    if (round_rect_tex(r, radius, c))
        return;
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
    eng_draw_flush_clear();
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
    eng_draw_flush_clear();
    if (!eng_g.renderer || radius <= 0 || c.a == 0)
        return;
    if (circle_tex(cx, cy, radius, c))
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
