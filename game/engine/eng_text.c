/* eng_text.c: PT Sans per (style, size), a bounded LRU label cache, UTF-8
 * word wrap with an ellipsis; measured at canvas size, rendered at output
 * scale for sharpness. Depends on: SDL2, SDL2_ttf, eng_internal.h. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_mixer.h>
#include <SDL_ttf.h>

#include "eng_internal.h"

#define FONT_CAP 128                 /* (style, px) pairs, canvas and scaled */
#define LABEL_CAP 512                /* labels kept */
#define LABEL_BUCKETS 1024
#define LABEL_BYTES_MAX (48u << 20)  /* texture bytes kept */
#define ELLIPSIS "\xE2\x80\xA6"      /* U+2026 */

static const char *const font_files[2] = {"fonts/PTSans-Regular.ttf", "fonts/PTSans-Bold.ttf"};

typedef struct font_slot {
    TTF_Font *ttf;
    int style, px;
    bool pub; /* handed out by eng_font_get: kept until shutdown */
} font_slot;

typedef struct label {
    SDL_Texture *tex;
    char *text;
    uint32_t font, lfont, hash; /* rendered with font, laid out with lfont */
    uint32_t rgb;               /* the colour it was rendered in */
    int w, h;
    int lw;                     /* width at canvas size (lfont) */
    size_t bytes;
    int prev, next; /* LRU list, most recent at head */
    int chain;      /* next in the hash bucket */
} label;

static struct {
    bool ttf_ok;
    bool missing[2];
    char missing_msg[2][ENG_PATH_MAX + 256];
    float scale;
    font_slot fonts[FONT_CAP];
    label labels[LABEL_CAP];
    int buckets[LABEL_BUCKETS];
    int head, tail, free_top;
    int free_list[LABEL_CAP];
    size_t bytes;
} tx;

/* ---- fonts ---------------------------------------------------------------- */

static void labels_reset(void);
static int font_slot_for(int style, int px, bool pub);

void eng_text_open(void)
{
    memset(&tx, 0, sizeof tx);
    tx.scale = 1.0f;
    labels_reset();
    if (TTF_Init() != 0) {
        eng_log("cannot start SDL_ttf: %s; text will not be drawn", TTF_GetError());
        eng_set_error("SDL_ttf: %s", TTF_GetError());
        return;
    }
    tx.ttf_ok = true;
    /* Open both faces now so a missing file is reported at start-up. */
    font_slot_for(ENG_FONT_REGULAR, 32, false);
    font_slot_for(ENG_FONT_BOLD, 32, false);
}

/* Finds or opens (style, px). Returns the slot index or -1. */
static int font_slot_for(int style, int px, bool pub)
{
    int free_slot = -1;
    for (int i = 0; i < FONT_CAP; i++) {
        font_slot *s = &tx.fonts[i];
        if (s->ttf && s->style == style && s->px == px) {
            s->pub = s->pub || pub;
            return i;
        }
        if (!s->ttf && free_slot < 0)
            free_slot = i;
    }
    if (!tx.ttf_ok)
        return -1;
    if (tx.missing[style]) {
        eng_set_error("%s", tx.missing_msg[style]); /* logged once, at the first try */
        return -1;
    }
    if (free_slot < 0) {
        eng_log("more than %d font sizes in use; not opening %d px", FONT_CAP, px);
        return -1;
    }
    char path[2 * ENG_PATH_MAX + 8];
    snprintf(path, sizeof path, "%s", eng_asset_path(font_files[style]));
    FILE *probe = fopen(path, "rb");
    const char *why = probe ? NULL : strerror(errno);
    if (probe)
        fclose(probe);
    TTF_Font *f = why ? NULL : TTF_OpenFont(path, px);
    if (!f) {
        tx.missing[style] = true;
        snprintf(tx.missing_msg[style], sizeof tx.missing_msg[style], "cannot open font %s: %s",
                 path, why ? why : TTF_GetError());
        eng_log("%s; text will not be drawn", tx.missing_msg[style]);
        eng_set_error("%s", tx.missing_msg[style]);
        return -1;
    }
    /* Light hinting keeps advance widths proportional to the size, so text
     * rendered at px * scale matches the layout measured at px. */
    TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
    tx.fonts[free_slot] = (font_slot){f, style, px, pub};
    return free_slot;
}

eng_font eng_font_get(eng_font_style style, int px)
{
    eng_font none = {0};
    if ((int)style < 0 || style > ENG_FONT_BOLD || px < 1 || px > 1000)
        return none;
    int i = font_slot_for((int)style, px, true);
    if (i < 0)
        return none;
    eng_font f = {(uint32_t)i + 1};
    return f;
}

static font_slot *slot_of(eng_font f)
{
    if (f.id == 0 || f.id > FONT_CAP || !tx.fonts[f.id - 1].ttf)
        return NULL;
    return &tx.fonts[f.id - 1];
}

bool eng_font_valid(eng_font f) { return slot_of(f) != NULL; }

int eng_font_line_height(eng_font f)
{
    font_slot *s = slot_of(f);
    return s ? TTF_FontLineSkip(s->ttf) : 0;
}

/* Widths measured lately, by (font, text): wrapping measures every prefix
 * of every line each frame, and shaping is costly. Direct-mapped. */
#define MEASURE_SLOTS 2048
#define MEASURE_TEXT 160

typedef struct measured {
    const TTF_Font *font;
    uint32_t hash;
    int w;
    uint16_t len;
    char text[MEASURE_TEXT];
} measured;

static measured *measures;

static int measure_uncached(TTF_Font *f, const char *s, size_t len);

/* Width of the first len bytes of s at canvas size. */
static int measure(TTF_Font *f, const char *s, size_t len)
{
    if (len >= MEASURE_TEXT)
        return measure_uncached(f, s, len);
    if (!measures) {
        measures = calloc(MEASURE_SLOTS, sizeof *measures);
        if (!measures)
            return measure_uncached(f, s, len);
    }
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    uintptr_t fp = (uintptr_t)f;
    h ^= (uint32_t)(fp >> 4) * 2654435761u;
    measured *m = &measures[h % MEASURE_SLOTS];
    if (m->font == f && m->hash == h && m->len == len && memcmp(m->text, s, len) == 0)
        return m->w;
    int w = measure_uncached(f, s, len);
    m->font = f;
    m->hash = h;
    m->len = (uint16_t)len;
    memcpy(m->text, s, len);
    m->w = w;
    return w;
}

static void measures_clear(void)
{
    free(measures);
    measures = NULL;
}

static int measure_uncached(TTF_Font *f, const char *s, size_t len)
{
    char small[512];
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (!buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    int w = 0, h = 0;
    if (TTF_SizeUTF8(f, buf, &w, &h) != 0)
        w = 0;
    if (buf != small)
        free(buf);
    return w;
}

void eng_text_size(eng_font f, const char *utf8, int *w, int *h)
{
    font_slot *s = slot_of(f);
    int tw = 0, th = 0;
    if (s && utf8 && TTF_SizeUTF8(s->ttf, utf8, &tw, &th) != 0)
        tw = th = 0;
    if (w)
        *w = tw;
    if (h)
        *h = th;
}

/* ---- label cache -------------------------------------------------------- */

static void labels_reset(void)
{
    for (int i = 0; i < LABEL_BUCKETS; i++)
        tx.buckets[i] = -1;
    tx.head = tx.tail = -1;
    tx.free_top = 0;
    for (int i = LABEL_CAP - 1; i >= 0; i--)
        tx.free_list[tx.free_top++] = i;
    tx.bytes = 0;
}

static uint32_t label_hash(uint32_t font, uint32_t lfont, uint32_t rgb, const char *s)
{
    uint32_t h = ((2166136261u ^ font) * 16777619u ^ lfont) * 16777619u ^ rgb;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static void lru_unlink(int i)
{
    label *l = &tx.labels[i];
    if (l->prev >= 0)
        tx.labels[l->prev].next = l->next;
    else
        tx.head = l->next;
    if (l->next >= 0)
        tx.labels[l->next].prev = l->prev;
    else
        tx.tail = l->prev;
}

static void lru_front(int i)
{
    label *l = &tx.labels[i];
    l->prev = -1;
    l->next = tx.head;
    if (tx.head >= 0)
        tx.labels[tx.head].prev = i;
    tx.head = i;
    if (tx.tail < 0)
        tx.tail = i;
}

static void label_evict(int i)
{
    label *l = &tx.labels[i];
    int *pp = &tx.buckets[l->hash % LABEL_BUCKETS];
    while (*pp >= 0 && *pp != i)
        pp = &tx.labels[*pp].chain;
    if (*pp == i)
        *pp = l->chain;
    lru_unlink(i);
    SDL_DestroyTexture(l->tex);
    free(l->text);
    tx.bytes -= l->bytes;
    memset(l, 0, sizeof *l);
    tx.free_list[tx.free_top++] = i;
}

size_t eng_text_cache_bytes(void) { return tx.bytes; }

static void labels_clear(void)
{
    while (tx.tail >= 0)
        label_evict(tx.tail);
}

/* The label for text rendered with font slot `slot` and laid out with slot
 * `lslot`, rendered in the colour rgb (0xRRGGBB; alpha is applied as a
 * texture modulation). Baking the colour in rather than modulating white
 * lets SDL's software renderer take its fast alpha blitter. NULL on failure. */
static label *label_get(uint32_t slot, uint32_t lslot, uint32_t rgb, const char *text)
{
    uint32_t h = label_hash(slot, lslot, rgb, text);
    for (int i = tx.buckets[h % LABEL_BUCKETS]; i >= 0; i = tx.labels[i].chain) {
        label *l = &tx.labels[i];
        if (l->hash == h && l->font == slot && l->lfont == lslot && l->rgb == rgb && strcmp(l->text, text) == 0) {
            lru_unlink(i);
            lru_front(i);
            return l;
        }
    }
    SDL_Color ink = {(Uint8)(rgb >> 16), (Uint8)(rgb >> 8), (Uint8)rgb, 255};
    SDL_Surface *surf = TTF_RenderUTF8_Blended(tx.fonts[slot].ttf, text, ink);
    if (!surf)
        return NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(eng_g.renderer, surf);
    size_t bytes = (size_t)surf->w * (size_t)surf->h * 4u;
    int w = surf->w, hgt = surf->h;
    SDL_FreeSurface(surf);
    char *copy = tex ? malloc(strlen(text) + 1) : NULL;
    if (!copy) {
        if (tex)
            SDL_DestroyTexture(tex);
        return NULL;
    }
    strcpy(copy, text);
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    while (tx.tail >= 0 && (tx.free_top == 0 || tx.bytes + bytes > LABEL_BYTES_MAX))
        label_evict(tx.tail);
    int lw = w, lh = 0;
    if (lslot != slot && TTF_SizeUTF8(tx.fonts[lslot].ttf, text, &lw, &lh) != 0)
        lw = 0;
    int i = tx.free_list[--tx.free_top];
    label *l = &tx.labels[i];
    *l = (label){tex, copy, slot, lslot, h, rgb, w, hgt, lw, bytes, -1, -1,
                 tx.buckets[h % LABEL_BUCKETS]};
    tx.buckets[h % LABEL_BUCKETS] = i;
    tx.bytes += bytes;
    lru_front(i);
    return l;
}

void eng_text_frame(float scale)
{
    if (fabsf(scale - tx.scale) < 1e-4f)
        return;
    /* The window scale changed: fonts opened for the old scale go. */
    tx.scale = scale;
    labels_clear();
    measures_clear(); /* fonts close: their addresses may come back */
    for (int i = 0; i < FONT_CAP; i++) {
        if (tx.fonts[i].ttf && !tx.fonts[i].pub) {
            TTF_CloseFont(tx.fonts[i].ttf);
            memset(&tx.fonts[i], 0, sizeof tx.fonts[i]);
        }
    }
}

void eng_text_close(void)
{
    labels_clear();
    measures_clear();
    for (int i = 0; i < FONT_CAP; i++)
        if (tx.fonts[i].ttf)
            TTF_CloseFont(tx.fonts[i].ttf);
    if (tx.ttf_ok)
        TTF_Quit();
    memset(&tx, 0, sizeof tx);
}

/* ---- drawing ------------------------------------------------------------ */

void eng_text_draw(eng_font f, const char *utf8, float x, float y, eng_align align, eng_color c)
{
    font_slot *s = slot_of(f);
    if (!s || !utf8 || !*utf8 || !eng_g.renderer || c.a == 0)
        return;
    eng_draw_flush_clear();
    /* Render glyphs at output resolution: px * scale (1 into the capture
     * target), then draw them back at canvas size, snapped to output pixels. */
    float sx = 1.0f, sy = 1.0f;
    SDL_RenderGetScale(eng_g.renderer, &sx, &sy);
    float scale = sx < sy ? sx : sy;
    if (scale <= 0.0f)
        scale = 1.0f;
    int real_px = (int)lroundf((float)s->px * scale);
    if (real_px < 1)
        real_px = 1;
    int slot = real_px == s->px ? (int)(f.id - 1) : font_slot_for(s->style, real_px, false);
    if (slot < 0)
        return;
    uint32_t rgb = (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
    label *l = label_get((uint32_t)slot, f.id - 1, rgb, utf8);
    if (!l)
        return;
    float w = (float)l->w / scale, h = (float)l->h / scale;
    /* Rounding at small sizes can make the scaled text a little wider than
     * the layout measured; squeeze it back rather than overflow its box. */
    if (l->lw > 0 && w > (float)l->lw + 0.5f)
        w = (float)l->lw;
    if (align == ENG_ALIGN_CENTER)
        x -= w / 2.0f;
    else if (align == ENG_ALIGN_RIGHT)
        x -= w;
    SDL_FRect dst = {roundf(x * scale) / scale, roundf(y * scale) / scale, w, h};
    SDL_SetTextureAlphaMod(l->tex, c.a);
    SDL_RenderCopyF(eng_g.renderer, l->tex, NULL, &dst);
    eng_g.frame_labels++;
}

/* ---- wrapping ------------------------------------------------------------ */

static size_t next_cp(const char *s, size_t i, size_t end)
{
    i++;
    while (i < end && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

typedef struct wrap_out {
    eng_text_line *lines;
    int max, count;
} wrap_out;

static void emit(wrap_out *o, size_t start, size_t len, int width)
{
    if (o->count < o->max)
        o->lines[o->count] = (eng_text_line){start, len, (float)width};
    o->count++;
}

/* Wraps the paragraph s[a, b) (no '\n' inside) greedily at spaces. */
static void wrap_paragraph(TTF_Font *f, const char *s, size_t a, size_t b, float w, wrap_out *o)
{
    size_t p = a;
    bool first = true;
    for (;;) {
        if (!first)
            while (p < b && s[p] == ' ')
                p++;
        if (p >= b) {
            if (first)
                emit(o, a, 0, 0);
            return;
        }
        first = false;
        size_t line_end = p, q = p;
        int line_w = 0;
        bool any = false;
        while (q < b) {
            size_t ws = q;
            while (ws < b && s[ws] == ' ')
                ws++;
            size_t we = ws;
            while (we < b && s[we] != ' ')
                we++;
            if (we == ws)
                break;
            int cw = measure(f, s + p, we - p);
            if ((float)cw > w)
                break;
            line_end = q = we;
            line_w = cw;
            any = true;
        }
        if (!any) {
            /* The first word alone is too wide: split it between code points,
             * taking at least one so the loop always advances. */
            size_t we = p;
            while (we < b && s[we] != ' ')
                we++;
            size_t c = p;
            line_end = p;
            while (c < we) {
                size_t nx = next_cp(s, c, we);
                int cw = measure(f, s + p, nx - p);
                if ((float)cw > w && line_end > p)
                    break;
                line_end = nx;
                line_w = cw;
                c = nx;
                if ((float)cw > w)
                    break;
            }
        }
        emit(o, p, line_end - p, line_w);
        p = line_end;
    }
}

int eng_text_wrap(eng_font f, const char *utf8, float w, eng_text_line *out, int max)
{
    font_slot *s = slot_of(f);
    if (!s || !utf8 || !*utf8)
        return 0;
    wrap_out o = {out, out ? max : 0, 0};
    size_t n = strlen(utf8), pos = 0;
    for (;;) {
        size_t end = pos;
        while (end < n && utf8[end] != '\n')
            end++;
        wrap_paragraph(s->ttf, utf8, pos, end, w, &o);
        if (end >= n)
            break;
        pos = end + 1;
    }
    return o.count;
}

float eng_text_wrapped_height(eng_font f, const char *utf8, float w, int *lines)
{
    int n = eng_text_wrap(f, utf8, w, NULL, 0);
    if (lines)
        *lines = n;
    return (float)n * (float)eng_font_line_height(f);
}

/* Draws text[0, len) with an ellipsis, dropping code points (and trailing
 * spaces) until it fits in w. */
static void draw_ellipsized(eng_font f, const char *text, size_t len, float w, float x, float y,
                            eng_align align, eng_color c)
{
    font_slot *s = slot_of(f);
    char *buf = malloc(len + sizeof ELLIPSIS);
    if (!buf)
        return;
    for (;;) {
        while (len > 0 && text[len - 1] == ' ')
            len--;
        memcpy(buf, text, len);
        memcpy(buf + len, ELLIPSIS, sizeof ELLIPSIS);
        if (len == 0 || (float)measure(s->ttf, buf, strlen(buf)) <= w)
            break;
        do
            len--;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80);
    }
    eng_text_draw(f, buf, x, y, align, c);
    free(buf);
}

float eng_text_draw_wrapped(eng_font f, const char *utf8, eng_rect box, eng_align align, eng_color c)
{
    int count = eng_text_wrap(f, utf8, box.w, NULL, 0);
    if (count == 0)
        return 0.0f;
    eng_text_line *lines = malloc((size_t)count * sizeof *lines);
    if (!lines)
        return 0.0f;
    eng_text_wrap(f, utf8, box.w, lines, count);
    float skip = (float)eng_font_line_height(f);
    int shown = count;
    if (box.h > 0.0f && skip > 0.0f) {
        int fit = (int)floorf(box.h / skip + 1e-3f);
        if (fit < 1)
            fit = 1;
        if (fit < shown)
            shown = fit;
    }
    float x = align == ENG_ALIGN_CENTER ? box.x + box.w / 2.0f
              : align == ENG_ALIGN_RIGHT ? box.x + box.w
                                         : box.x;
    char small[512];
    for (int i = 0; i < shown; i++) {
        const char *t = utf8 + lines[i].start;
        size_t len = lines[i].len;
        float y = box.y + (float)i * skip;
        if (i == shown - 1 && shown < count) {
            draw_ellipsized(f, t, len, box.w, x, y, align, c);
            continue;
        }
        char *buf = len < sizeof small ? small : malloc(len + 1);
        if (!buf)
            continue;
        memcpy(buf, t, len);
        buf[len] = '\0';
        eng_text_draw(f, buf, x, y, align, c);
        if (buf != small)
            free(buf);
    }
    free(lines);
    return (float)shown * skip;
}
