/* floor.c: the benchmark floor for scripts/bench: a bare SDL2 + SDL2_ttf
 * window (no engine) that draws one line of Cyrillic text with the game's
 * font, presents, and exits after N frames: `letopis-floor [N] [FONT]`. */
#include <stdio.h>
#include <stdlib.h>

#include <SDL.h>
#include <SDL_ttf.h>

#ifndef LT_SOURCE_ROOT
#define LT_SOURCE_ROOT "."
#endif

int main(int argc, char **argv)
{
    long frames = 1;
    const char *font_path = LT_SOURCE_ROOT "/assets/fonts/PTSans-Regular.ttf";
    if (argc > 1) {
        char *end = NULL;
        frames = strtol(argv[1], &end, 10);
        if (!end || *end != '\0' || frames < 1) {
            fprintf(stderr, "usage: letopis-floor [FRAMES>=1] [FONT.ttf]\n");
            return 2;
        }
    }
    if (argc > 2)
        font_path = argv[2];

    /* The same lean path the engine takes without a GPU: SDL's software
     * renderer drawing straight into the window surface. Without this hint
     * SDL 2.26 on X11 still goes through OpenGL (llvmpipe under Xvfb). The
     * floor always takes this path; the game chooses it when GL is software. */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");

    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "letopis-floor: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    if (TTF_Init() != 0) {
        fprintf(stderr, "letopis-floor: TTF_Init: %s\n", TTF_GetError());
        SDL_Quit();
        return 1;
    }
    int rc = 1;
    SDL_Window *win = NULL;
    SDL_Renderer *ren = NULL;
    TTF_Font *font = NULL;
    SDL_Texture *label = NULL;

    win = SDL_CreateWindow("letopis-floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                           1280, 720, SDL_WINDOW_SHOWN | SDL_WINDOW_RESIZABLE);
    if (!win) {
        fprintf(stderr, "letopis-floor: SDL_CreateWindow: %s\n", SDL_GetError());
        goto out;
    }
    ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    if (!ren) {
        fprintf(stderr, "letopis-floor: SDL_CreateRenderer: %s\n", SDL_GetError());
        goto out;
    }
    font = TTF_OpenFont(font_path, 48);
    if (!font) {
        fprintf(stderr, "letopis-floor: %s: %s\n", font_path, TTF_GetError());
        goto out;
    }
    SDL_Color ink = {240, 232, 214, 255};
    SDL_Surface *surf = TTF_RenderUTF8_Blended(
        font, "Совместная декларация СССР и Японии, 19 октября 1956 года", ink);
    if (!surf) {
        fprintf(stderr, "letopis-floor: TTF_RenderUTF8_Blended: %s\n", TTF_GetError());
        goto out;
    }
    SDL_Rect dst = {40, 330, surf->w, surf->h};
    label = SDL_CreateTextureFromSurface(ren, surf);
    SDL_FreeSurface(surf);
    if (!label) {
        fprintf(stderr, "letopis-floor: SDL_CreateTextureFromSurface: %s\n", SDL_GetError());
        goto out;
    }

    for (long i = 0; i < frames; i++) {
        SDL_Event ev;
        while (SDL_PollEvent(&ev)) {
            if (ev.type == SDL_QUIT)
                frames = i; /* leave after this frame */
        }
        SDL_SetRenderDrawColor(ren, 28, 32, 44, 255);
        SDL_RenderClear(ren);
        SDL_RenderCopy(ren, label, NULL, &dst);
        SDL_RenderPresent(ren);
        if (i + 1 < frames)
            SDL_Delay(16);
    }
    rc = 0;

out:
    if (label)
        SDL_DestroyTexture(label);
    if (font)
        TTF_CloseFont(font);
    if (ren)
        SDL_DestroyRenderer(ren);
    if (win)
        SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return rc;
}
