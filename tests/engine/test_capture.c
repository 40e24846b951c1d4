/* test_capture.c: eng_capture_png writes the whole 1920x1080 canvas, not
 * the (letterboxed, smaller) window; shapes land where they were drawn and
 * translucent fans blend once. Depends on: eng.h (headless), SDL2_image to
 * read the PNG back, eng_test.h. */
#include <stdlib.h>

#include <SDL.h>
#include <SDL_image.h>

#include "eng_test.h"

static eng_font font;

static void cap_draw(eng_scene *s)
{
    (void)s;
    eng_clear((eng_color){0, 0, 255, 255});
    eng_fill_rect((eng_rect){100, 100, 200, 200}, (eng_color){255, 0, 0, 255});
    eng_fill_round_rect((eng_rect){1000, 500, 400, 300}, 40, (eng_color){0, 255, 0, 128});
    eng_fill_circle(1700, 900, 50, (eng_color){255, 255, 255, 255});
    eng_line(100, 1000, 900, 1000, 6, (eng_color){255, 255, 0, 255});
    eng_outline_rect((eng_rect){1500, 100, 300, 200}, 8, (eng_color){255, 0, 255, 255});
    eng_text_draw(font, "Москва, 19 октября 1956 г.", 100, 600, ENG_ALIGN_LEFT,
                  (eng_color){255, 255, 255, 255});
}

typedef struct rgb {
    int r, g, b;
} rgb;

static rgb px(SDL_Surface *s, int x, int y)
{
    const Uint8 *p = (const Uint8 *)s->pixels + y * s->pitch + x * 4;
    return (rgb){p[0], p[1], p[2]};
}

static bool near(rgb c, int r, int g, int b)
{
    return abs(c.r - r) <= 3 && abs(c.g - g) <= 3 && abs(c.b - b) <= 3;
}

static SDL_Surface *load(const char *path)
{
    SDL_Surface *raw = IMG_Load(path);
    CHECK(raw != NULL);
    if (!raw)
        return NULL;
    SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(raw);
    return s;
}

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    char shot[1024], shot2[1024];
    snprintf(shot, sizeof shot, "%s/capture-final.png", argv[2]);
    snprintf(shot2, sizeof shot2, "%s/capture-direct.png", argv[2]);
    remove(shot);
    eng_desc d = eng_test_desc(argv[1]);
    d.width = 800; /* 4:3, letterboxed */
    d.height = 600;
    d.max_frames = 3;
    d.screenshot_path = shot;
    CHECK(eng_init(&d));
    font = eng_font_get(ENG_FONT_REGULAR, 48);
    eng_scene_push(&(eng_scene){.name = "capture", .draw = cap_draw});
    CHECK(eng_run() == 0);
    CHECK(eng_capture_png(shot2));
    CHECK(!eng_capture_png("/nonexistent-dir/x.png"));
    CHECK(strstr(eng_last_error(), "x.png") != NULL);
    eng_shutdown();

    SDL_Surface *s = load(shot);
    SDL_Surface *s2 = load(shot2);
    if (s && s2) {
        CHECK(s->w == 1920 && s->h == 1080);
        CHECK(near(px(s, 0, 0), 0, 0, 255));
        CHECK(near(px(s, 1919, 1079), 0, 0, 255)); /* canvas corner, not letterbox */
        CHECK(near(px(s, 150, 150), 255, 0, 0));
        CHECK(near(px(s, 99, 99), 0, 0, 255));
        CHECK(near(px(s, 300, 300), 0, 0, 255)); /* rect is [100, 300) */
        CHECK(near(px(s, 1700, 900), 255, 255, 255));
        CHECK(near(px(s, 1001, 501), 0, 0, 255));  /* rounded corner cut */
        CHECK(near(px(s, 1200, 503), 0, 128, 127)); /* top edge mid: inside */
        CHECK(near(px(s, 500, 1000), 255, 255, 0));
        CHECK(near(px(s, 1503, 200), 255, 0, 255));
        CHECK(near(px(s, 1600, 200), 0, 0, 255));
        /* Translucent fan: every interior pixel blended exactly once. */
        int seams = 0;
        for (int y = 510; y < 790; y += 7)
            for (int x = 1010; x < 1390; x++)
                if (x > 1040 && x < 1360 && !near(px(s, x, y), 0, 128, 127))
                    seams++;
        CHECK(seams == 0);
        /* Text drew something white-ish in its line. */
        int lit = 0;
        for (int y = 600; y < 660; y++)
            for (int x = 100; x < 700; x++)
                lit += px(s, x, y).r > 200 && px(s, x, y).g > 200;
        CHECK(lit > 500);
        /* The final-frame screenshot and a later direct capture agree. */
        CHECK(memcmp(s->pixels, s2->pixels, (size_t)s->pitch * (size_t)s->h) == 0);
    }
    SDL_FreeSurface(s);
    SDL_FreeSurface(s2);
    IMG_Quit();
    SDL_Quit();
    return eng_test_finish("engine_capture");
}
