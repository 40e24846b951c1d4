/* test_image_engine.c: eng_image under the headless software renderer: a PNG
 * and a JPEG made here with SDL_image load with their sizes, draw fitted in
 * their boxes (read back from a capture), a missing or broken file gives an
 * invalid handle and an error and is not tried again, the cache drops the
 * least recently drawn texture and reloads it. Usage: ASSETS TMPDIR.
 * Depends on: eng.h, eng_test.h, SDL2 + SDL2_image (to make and read PNGs). */
#include <stdlib.h>

#include <SDL.h>
#include <SDL_image.h>

#include "eng_test.h"

static char png_path[1024], jpg_path[1024], broken_path[1024], late_path[1024];
static eng_image png, jpg;
static bool drew_png, drew_jpg, drew_none;

/* 64x32: left half red, right half blue. */
static SDL_Surface *make_surface(void)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 64, 32, 32, SDL_PIXELFORMAT_RGBA32);
    if (!s)
        return NULL;
    SDL_Rect l = {0, 0, 32, 32}, r = {32, 0, 32, 32};
    SDL_FillRect(s, &l, SDL_MapRGBA(s->format, 220, 30, 40, 255));
    SDL_FillRect(s, &r, SDL_MapRGBA(s->format, 30, 60, 200, 255));
    return s;
}

static bool write_files(void)
{
    SDL_Surface *s = make_surface();
    bool ok = s && IMG_SavePNG(s, png_path) == 0 && IMG_SaveJPG(s, jpg_path, 95) == 0;
    SDL_FreeSurface(s);
    /* a PNG whose header is fine but whose data is not */
    FILE *in = fopen(png_path, "rb"), *out = fopen(broken_path, "wb");
    unsigned char head[33];
    ok = ok && in && out && fread(head, 1, sizeof head, in) == sizeof head &&
         fwrite(head, 1, sizeof head, out) == sizeof head && fputs("not pixel data", out) >= 0;
    if (in)
        fclose(in);
    if (out)
        fclose(out);
    return ok;
}

static void draw(eng_scene *sc)
{
    (void)sc;
    eng_clear((eng_color){0, 0, 0, 255});
    drew_png = eng_image_draw(png, (eng_rect){100, 100, 640, 640}); /* wide box: 128x64 (2x at most) */
    drew_jpg = eng_image_draw(jpg, (eng_rect){1000, 100, 320, 50}); /* height-bound: 100x50 */
    drew_none = eng_image_draw((eng_image){0}, (eng_rect){0, 0, 100, 100});
}

typedef struct rgb {
    int r, g, b;
} rgb;

static rgb px(SDL_Surface *s, int x, int y)
{
    const Uint8 *p = (const Uint8 *)s->pixels + y * s->pitch + x * 4;
    return (rgb){p[0], p[1], p[2]};
}

static bool near(rgb c, int r, int g, int b, int tol)
{
    return abs(c.r - r) <= tol && abs(c.g - g) <= tol && abs(c.b - b) <= tol;
}

static void check_capture(const char *shot)
{
    SDL_Surface *raw = IMG_Load(shot);
    CHECK(raw != NULL);
    if (!raw)
        return;
    SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(raw);
    if (!s)
        return;
    /* PNG: 128x64 centred in (100,100,640,640) -> (356,388)..(484,452) */
    CHECK(near(px(s, 370, 420), 220, 30, 40, 3));
    CHECK(near(px(s, 470, 420), 30, 60, 200, 3));
    CHECK(near(px(s, 350, 420), 0, 0, 0, 3));  /* left of it: untouched */
    CHECK(near(px(s, 420, 380), 0, 0, 0, 3));  /* above it */
    CHECK(near(px(s, 420, 460), 0, 0, 0, 3));  /* below it */
    /* JPEG: 100x50 centred in (1000,100,320,50) -> (1110,100)..(1210,150) */
    CHECK(near(px(s, 1125, 125), 220, 30, 40, 24));
    CHECK(near(px(s, 1195, 125), 30, 60, 200, 24));
    CHECK(near(px(s, 1105, 125), 0, 0, 0, 3));
    CHECK(near(px(s, 1215, 125), 0, 0, 0, 3));
    CHECK(near(px(s, 1160, 155), 0, 0, 0, 3));
    SDL_FreeSurface(s);
}

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    char shot[1024];
    snprintf(png_path, sizeof png_path, "%s/img-test.png", argv[2]);
    snprintf(jpg_path, sizeof jpg_path, "%s/img-test.jpg", argv[2]);
    snprintf(broken_path, sizeof broken_path, "%s/img-broken.png", argv[2]);
    snprintf(late_path, sizeof late_path, "%s/img-late.png", argv[2]);
    snprintf(shot, sizeof shot, "%s/img-capture.png", argv[2]);
    remove(late_path);
    remove(shot);
    CHECK(write_files());

    /* before eng_init: fails, remembers nothing */
    CHECK(!eng_image_valid(eng_image_load(png_path)));
    CHECK(strstr(eng_last_error(), "not initialised") != NULL);

    eng_desc d = eng_test_desc(argv[1]);
    d.max_frames = 2;
    d.screenshot_path = shot;
    CHECK(eng_init(&d));
    CHECK(strcmp(eng_renderer_name(), "software") == 0);

    png = eng_image_load(png_path);
    jpg = eng_image_load(jpg_path);
    CHECK(eng_image_valid(png));
    CHECK(eng_image_valid(jpg));
    CHECK(png.id != jpg.id);
    CHECK(eng_image_load(png_path).id == png.id); /* cached by path */
    int w = 0, h = 0;
    CHECK(eng_image_size(png, &w, &h) && w == 64 && h == 32);
    CHECK(eng_image_size(jpg, &w, &h) && w == 64 && h == 32);
    CHECK(!eng_image_size((eng_image){0}, &w, &h) && w == 0 && h == 0);
    CHECK(!eng_image_valid((eng_image){12345}));
    eng_rect r = eng_image_fit(png, (eng_rect){0, 0, 100, 30}); /* height-bound: 60x30 */
    CHECK_NEAR(r.w, 60, 0.01);
    CHECK_NEAR(r.h, 30, 0.01);
    CHECK_NEAR(r.x, 20, 0.01);
    r = eng_image_fit(png, (eng_rect){0, 0, 1000, 1000}); /* enlarged twice at most */
    CHECK_NEAR(r.w, 128, 0.01);
    CHECK_NEAR(r.y, 468, 0.01);
    r = eng_image_fit((eng_image){0}, (eng_rect){0, 0, 100, 50});
    CHECK(r.w == 0 && r.h == 0 && r.x == 50);

    /* missing: invalid with the path in the error; remembered, not retried */
    eng_image m = eng_image_load(late_path);
    CHECK(!eng_image_valid(m));
    CHECK(strstr(eng_last_error(), "img-late.png") != NULL);
    SDL_Surface *s = make_surface();
    CHECK(s && IMG_SavePNG(s, late_path) == 0);
    SDL_FreeSurface(s);
    CHECK(!eng_image_valid(eng_image_load(late_path))); /* the file is there now, but not looked at */
    CHECK(strstr(eng_last_error(), "img-late.png") != NULL);
    /* a PNG with a good header and broken data; something that is no picture */
    CHECK(!eng_image_valid(eng_image_load(broken_path)));
    CHECK(strstr(eng_last_error(), "img-broken.png") != NULL);
    CHECK(!eng_image_valid(eng_image_load(argv[1])));
    CHECK(!eng_image_valid(eng_image_load("")));

    /* draw and capture */
    eng_scene_push(&(eng_scene){.name = "images", .draw = draw});
    CHECK(eng_run() == 0);
    CHECK(drew_png && drew_jpg && !drew_none);
    check_capture(shot);

    /* the cache: room for one texture; the least recently drawn goes */
    size_t one = 64u * 32u * 4u;
    CHECK(eng_image_cache_bytes() == 2 * one);
    eng_image_set_cache_limit(one);
    CHECK(eng_image_cache_bytes() == one);
    CHECK(eng_image_valid(png) && eng_image_valid(jpg)); /* handles survive */
    CHECK(eng_capture_png(shot)); /* draws both again: each reload drops the other */
    CHECK(drew_png && drew_jpg);
    CHECK(eng_image_cache_bytes() == one);
    check_capture(shot);
    eng_image_set_cache_limit(0);

    /* forgetting: old handles die; a remembered failure is tried again */
    eng_image_forget_all();
    CHECK(eng_image_cache_bytes() == 0);
    CHECK(!eng_image_valid(png));
    CHECK(eng_image_valid(eng_image_load(late_path)));
    eng_shutdown();
    CHECK(!eng_image_valid(eng_image_load(png_path)));

    IMG_Quit();
    SDL_Quit();
    return eng_test_finish("images_engine");
}
