/* eng_image.c: pictures from PNG and JPEG files (SDL2_image) as textures,
 * in a cache by path bounded by bytes of pixels (least recently drawn go
 * first). A failed load is remembered, so a missing picture costs one try
 * and one log line, not one per frame.
 * Depends on: SDL2, SDL2_image, eng_internal.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>

#include "eng_internal.h"

#define IMG_SLOTS 256       /* paths known at once (loaded, dropped or failed) */
#define IMG_MAX_UPSCALE 2.0f

typedef struct img_slot {
    char *path;             /* NULL = a free slot */
    uint16_t gen;           /* bumped when the slot is reused: old handles die */
    SDL_Texture *tex;       /* NULL when dropped from the cache or failed */
    int w, h;
    size_t bytes;           /* w * h * 4 while tex is held */
    bool failed;
    char why[200];          /* the reason of a failed load */
    uint64_t used;          /* use_clock at the last load or draw */
} img_slot;

static img_slot slots[IMG_SLOTS];
static size_t held_bytes;
static size_t cache_limit = ENG_IMAGE_CACHE_DEFAULT;
static uint64_t use_clock;
static bool img_inited;

static uint32_t make_id(int i)
{
    return (uint32_t)slots[i].gen << 16 | (uint32_t)(i + 1);
}

/* The live slot a handle names, or NULL. */
static img_slot *slot_of(eng_image img)
{
    uint32_t i = (img.id & 0xFFFFu);
    if (i == 0 || i > IMG_SLOTS) {
        return NULL;
    }
    img_slot *s = &slots[i - 1];
    if (!s->path || s->failed || s->gen != (uint16_t)(img.id >> 16)) {
        return NULL;
    }
    return s;
}

static void drop_texture(img_slot *s)
{
    if (s->tex) {
        SDL_DestroyTexture(s->tex);
        held_bytes -= s->bytes;
    }
    s->tex = NULL;
    s->bytes = 0;
}

static void free_slot(img_slot *s)
{
    drop_texture(s);
    free(s->path);
    s->path = NULL;
    s->failed = false;
    s->w = s->h = 0;
    s->gen = (uint16_t)(s->gen + 1);
    if (s->gen == 0) {
        s->gen = 1;
    }
}

/* Drops least recently used textures, never `keep`, until `need` more bytes fit. */
static void make_room(size_t need, const img_slot *keep)
{
    while (held_bytes + need > cache_limit) {
        img_slot *old = NULL;
        for (int i = 0; i < IMG_SLOTS; i++) {
            img_slot *s = &slots[i];
            if (s->tex && s != keep && (!old || s->used < old->used)) {
                old = s;
            }
        }
        if (!old) {
            return; /* only `keep` (or nothing) left: one large picture is allowed */
        }
        drop_texture(old);
    }
}

/* Decodes the file into s->tex. On failure marks the slot failed, sets the
 * error and logs one line. */
static bool load_texture(img_slot *s)
{
    if (!img_inited) {
        /* PNG is opened by eng_init; JPEG is asked for here, once. */
        if ((IMG_Init(IMG_INIT_PNG | IMG_INIT_JPG) & IMG_INIT_JPG) == 0) {
            eng_log("SDL_image has no JPEG support: %s", IMG_GetError());
        }
        img_inited = true;
    }
    SDL_Surface *surf = IMG_Load(s->path);
    const char *why = NULL;
    char buf[300];
    if (!surf) {
        snprintf(buf, sizeof buf, "%s", IMG_GetError());
        why = buf;
    } else if (surf->w <= 0 || surf->h <= 0 || surf->w > ENG_IMAGE_MAX_SIDE ||
               surf->h > ENG_IMAGE_MAX_SIDE) {
        snprintf(buf, sizeof buf, "%dx%d pixels is outside 1..%d on a side", surf->w, surf->h,
                 ENG_IMAGE_MAX_SIDE);
        why = buf;
    } else {
        size_t bytes = (size_t)surf->w * (size_t)surf->h * 4u;
        make_room(bytes, s);
        s->tex = SDL_CreateTextureFromSurface(eng_g.renderer, surf);
        if (!s->tex) {
            snprintf(buf, sizeof buf, "no texture: %s", SDL_GetError());
            why = buf;
        } else {
            SDL_SetTextureBlendMode(s->tex, SDL_BLENDMODE_BLEND);
            SDL_SetTextureScaleMode(s->tex, SDL_ScaleModeLinear);
            s->w = surf->w;
            s->h = surf->h;
            s->bytes = bytes;
            held_bytes += bytes;
        }
    }
    SDL_FreeSurface(surf);
    if (why) {
        s->failed = true;
        snprintf(s->why, sizeof s->why, "%s", why);
        eng_set_error("image: cannot load %s: %s", s->path, why);
        eng_log("image: cannot load %s: %s", s->path, why);
        return false;
    }
    return true;
}

/* A free slot, or the least recently used one emptied. */
static int take_slot(void)
{
    int best = -1;
    for (int i = 0; i < IMG_SLOTS; i++) {
        if (!slots[i].path) {
            return i;
        }
        if (best < 0 || slots[i].used < slots[best].used) {
            best = i;
        }
    }
    free_slot(&slots[best]);
    return best;
}

eng_image eng_image_load(const char *path)
{
    eng_image none = {0};
    if (!path || !*path) {
        eng_set_error("image: no file name");
        return none;
    }
    if (!eng_g.inited || !eng_g.renderer) {
        eng_set_error("image: the engine is not initialised");
        return none;
    }
    use_clock++;
    for (int i = 0; i < IMG_SLOTS; i++) {
        img_slot *s = &slots[i];
        if (s->path && strcmp(s->path, path) == 0) {
            s->used = use_clock;
            if (s->failed) {
                eng_set_error("image: cannot load %s: %s", path, s->why);
                return none;
            }
            if (!s->tex && !load_texture(s)) {
                return none;
            }
            return (eng_image){make_id(i)};
        }
    }
    int i = take_slot();
    img_slot *s = &slots[i];
    size_t n = strlen(path);
    s->path = malloc(n + 1);
    if (!s->path) {
        eng_set_error("image: out of memory");
        return none;
    }
    memcpy(s->path, path, n + 1);
    if (s->gen == 0) {
        s->gen = 1;
    }
    s->used = use_clock;
    if (!load_texture(s)) {
        return none; /* the slot stays, remembering the failure */
    }
    return (eng_image){make_id(i)};
}

bool eng_image_valid(eng_image img)
{
    return slot_of(img) != NULL;
}

bool eng_image_size(eng_image img, int *w, int *h)
{
    img_slot *s = slot_of(img);
    if (w) {
        *w = s ? s->w : 0;
    }
    if (h) {
        *h = s ? s->h : 0;
    }
    return s != NULL;
}

eng_rect eng_image_fit(eng_image img, eng_rect box)
{
    img_slot *s = slot_of(img);
    if (!s || s->w <= 0 || s->h <= 0 || box.w <= 0 || box.h <= 0) {
        return (eng_rect){box.x + box.w / 2, box.y + box.h / 2, 0, 0};
    }
    float k = box.w / (float)s->w;
    if (box.h / (float)s->h < k) {
        k = box.h / (float)s->h;
    }
    if (k > IMG_MAX_UPSCALE) {
        k = IMG_MAX_UPSCALE;
    }
    float w = (float)s->w * k, h = (float)s->h * k;
    return (eng_rect){box.x + (box.w - w) / 2, box.y + (box.h - h) / 2, w, h};
}

bool eng_image_draw(eng_image img, eng_rect box)
{
    img_slot *s = slot_of(img);
    if (!s || !eng_g.renderer) {
        return false;
    }
    s->used = ++use_clock;
    if (!s->tex && !load_texture(s)) {
        return false;
    }
    eng_rect r = eng_image_fit(img, box);
    if (r.w <= 0 || r.h <= 0) {
        return true; /* nothing to cover, but the picture is fine */
    }
    eng_draw_flush_clear();
    SDL_FRect dst = {r.x, r.y, r.w, r.h};
    SDL_RenderCopyF(eng_g.renderer, s->tex, NULL, &dst);
    return true;
}

void eng_image_set_cache_limit(size_t bytes)
{
    cache_limit = bytes ? bytes : ENG_IMAGE_CACHE_DEFAULT;
    make_room(0, NULL);
}

size_t eng_image_cache_bytes(void)
{
    return held_bytes;
}

void eng_image_forget_all(void)
{
    for (int i = 0; i < IMG_SLOTS; i++) {
        if (slots[i].path || slots[i].tex) {
            free_slot(&slots[i]);
        }
    }
    held_bytes = 0;
    use_clock = 0;
    img_inited = false;
}
