/* floor_labels.c: the floor for the timeline board benchmark in scripts/bench:
 * a bare SDL2 + SDL2_ttf window (no engine) on the renderer the game picks
 * without a GPU (SDL's software renderer, no framebuffer acceleration), a
 * 1920x1080 logical canvas, drawing N text labels per frame laid out like
 * cards and panned every frame, for F frames, as fast as it can.
 * `letopis-floor-labels LABELS FRAMES [FONT_DIR] [WIDTHxHEIGHT]` prints
 * "floor-labels: median_ms M labels N frames F" where M is the median process
 * CPU time between two presents (what LETOPIS_FRAME_STATS reports for the
 * game). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>
#include <SDL_ttf.h>

#ifndef LT_SOURCE_ROOT
#define LT_SOURCE_ROOT "."
#endif

#define CANVAS_W 1920
#define CANVAS_H 1080
#define CELL_W 284   /* a board card and its gap */
#define CELL_H 46    /* a label line */
#define MAX_LABELS 4096

static double cpu_ms(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
        return 0.0;
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static long parse_pos(const char *s)
{
    char *end = NULL;
    long v = strtol(s, &end, 10);
    return end && *end == '\0' && v >= 1 ? v : -1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: letopis-floor-labels LABELS FRAMES [FONT_DIR] [WIDTHxHEIGHT]\n");
        return 2;
    }
    long n_labels = parse_pos(argv[1]), frames = parse_pos(argv[2]);
    const char *font_dir = argc > 3 ? argv[3] : LT_SOURCE_ROOT "/assets/fonts";
    int win_w = CANVAS_W, win_h = CANVAS_H;
    if (argc > 4 && sscanf(argv[4], "%dx%d", &win_w, &win_h) != 2)
        win_w = -1;
    if (n_labels < 1 || n_labels > MAX_LABELS || frames < 1 || win_w < 320 || win_h < 200) {
        fprintf(stderr, "usage: letopis-floor-labels LABELS(1-%d) FRAMES [FONT_DIR] [WIDTHxHEIGHT]\n",
                MAX_LABELS);
        return 2;
    }

    /* The path the engine takes without a GPU (see eng_core.c open_window). */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "letopis-floor-labels: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    if (TTF_Init() != 0) {
        fprintf(stderr, "letopis-floor-labels: TTF_Init: %s\n", TTF_GetError());
        SDL_Quit();
        return 1;
    }
    int rc = 1;
    SDL_Window *win = NULL;
    SDL_Renderer *ren = NULL;
    TTF_Font *fonts[2] = {NULL, NULL};
    SDL_Texture **labels = calloc((size_t)n_labels, sizeof *labels);
    SDL_Rect *sizes = calloc((size_t)n_labels, sizeof *sizes);
    double *times = calloc((size_t)frames, sizeof *times);
    if (!labels || !sizes || !times) {
        fprintf(stderr, "letopis-floor-labels: out of memory\n");
        goto out;
    }

    win = SDL_CreateWindow("letopis-floor-labels", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, win_w, win_h,
                           SDL_WINDOW_SHOWN | SDL_WINDOW_RESIZABLE);
    if (!win) {
        fprintf(stderr, "letopis-floor-labels: SDL_CreateWindow: %s\n", SDL_GetError());
        goto out;
    }
    ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    if (!ren) {
        fprintf(stderr, "letopis-floor-labels: SDL_CreateRenderer: %s\n", SDL_GetError());
        goto out;
    }
    SDL_RenderSetLogicalSize(ren, CANVAS_W, CANVAS_H);
    SDL_SetRenderDrawBlendMode(ren, SDL_BLENDMODE_BLEND);

    /* Card text as the board draws it: a bold title line at 22 px, then a
     * regular date line at 20 px, alternating. */
    static const char *const names[2] = {"PTSans-Bold.ttf", "PTSans-Regular.ttf"};
    static const int px[2] = {22, 20};
    for (int i = 0; i < 2; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", font_dir, names[i]);
        fonts[i] = TTF_OpenFont(path, px[i]);
        if (!fonts[i]) {
            fprintf(stderr, "letopis-floor-labels: %s: %s\n", path, TTF_GetError());
            goto out;
        }
    }
    SDL_Color ink = {240, 232, 214, 255};
    for (long i = 0; i < n_labels; i++) {
        char text[128];
        if (i % 2 == 0)
            snprintf(text, sizeof text, "Совещание № %ld (Москва)", i / 2 + 1);
        else
            snprintf(text, sizeof text, "%ld октября 1956 г.", i / 2 % 28 + 1);
        SDL_Surface *surf = TTF_RenderUTF8_Blended(fonts[i % 2], text, ink);
        if (!surf) {
            fprintf(stderr, "letopis-floor-labels: TTF_RenderUTF8_Blended: %s\n", TTF_GetError());
            goto out;
        }
        labels[i] = SDL_CreateTextureFromSurface(ren, surf);
        sizes[i] = (SDL_Rect){0, 0, surf->w, surf->h};
        SDL_FreeSurface(surf);
        if (!labels[i]) {
            fprintf(stderr, "letopis-floor-labels: SDL_CreateTextureFromSurface: %s\n", SDL_GetError());
            goto out;
        }
        SDL_SetTextureBlendMode(labels[i], SDL_BLENDMODE_BLEND);
    }

    /* Labels fill cells row by row over a strip wider than the canvas, which
     * pans left by 9 px a frame and wraps, so each frame shows them all. */
    int cols = CANVAS_W / CELL_W;
    int rows = (int)((n_labels + cols - 1) / cols);
    int row_h = rows * CELL_H > CANVAS_H - 40 ? (CANVAS_H - 40) / rows : CELL_H;
    if (row_h < 1)
        row_h = 1;
    double t0 = cpu_ms();
    for (long f = 0; f < frames; f++) {
        SDL_Event ev;
        while (SDL_PollEvent(&ev)) {
        }
        int pan = (int)((f * 9) % CELL_W);
        SDL_SetRenderDrawColor(ren, 28, 32, 44, 255);
        SDL_RenderClear(ren);
        for (long i = 0; i < n_labels; i++) {
            int c = (int)(i % cols), r = (int)(i / cols);
            SDL_Rect dst = {20 + c * CELL_W - pan, 20 + r * row_h, sizes[i].w, sizes[i].h};
            SDL_RenderCopy(ren, labels[i], NULL, &dst);
        }
        SDL_RenderPresent(ren);
        double t1 = cpu_ms();
        times[f] = t1 - t0;
        t0 = t1;
    }
    qsort(times, (size_t)frames, sizeof *times, cmp_double);
    double median = frames % 2 ? times[frames / 2] : (times[frames / 2 - 1] + times[frames / 2]) / 2.0;
    printf("floor-labels: median_ms %.3f labels %ld frames %ld\n", median, n_labels, frames);
    rc = 0;

out:
    if (labels)
        for (long i = 0; i < n_labels; i++)
            if (labels[i])
                SDL_DestroyTexture(labels[i]);
    free(labels);
    free(sizes);
    free(times);
    for (int i = 0; i < 2; i++)
        if (fonts[i])
            TTF_CloseFont(fonts[i]);
    if (ren)
        SDL_DestroyRenderer(ren);
    if (win)
        SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return rc;
}
