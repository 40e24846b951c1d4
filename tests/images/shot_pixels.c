/* shot_pixels.c: counts the pixels of a screenshot inside a rectangle whose
 * colour is within a tolerance of a given one, and checks the count lies in a
 * range. The picture tests use it to see where a pack's picture (its
 * parchment colour) was drawn, and where it was not.
 * Usage: shot_pixels PNG X Y W H R G B TOL MIN [MAX]; exit 0 when MIN <= count
 * <= MAX (MAX default: no limit), 1 otherwise, 2 on bad use.
 * Depends on: SDL2, SDL2_image. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 11) {
        fprintf(stderr, "usage: shot_pixels PNG X Y W H R G B TOL MIN [MAX]\n");
        return 2;
    }
    int x0 = atoi(argv[2]), y0 = atoi(argv[3]), w = atoi(argv[4]), h = atoi(argv[5]);
    int r = atoi(argv[6]), g = atoi(argv[7]), b = atoi(argv[8]), tol = atoi(argv[9]);
    long min = atol(argv[10]), max = argc > 11 ? atol(argv[11]) : -1;
    SDL_Surface *raw = IMG_Load(argv[1]);
    if (raw == NULL) {
        fprintf(stderr, "shot_pixels: cannot load %s: %s\n", argv[1], IMG_GetError());
        return 1;
    }
    SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(raw);
    if (s == NULL) {
        return 1;
    }
    long n = 0;
    for (int y = y0 < 0 ? 0 : y0; y < y0 + h && y < s->h; y++) {
        const Uint8 *row = (const Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch;
        for (int x = x0 < 0 ? 0 : x0; x < x0 + w && x < s->w; x++) {
            const Uint8 *p = row + x * 4;
            n += abs(p[0] - r) <= tol && abs(p[1] - g) <= tol && abs(p[2] - b) <= tol;
        }
    }
    SDL_FreeSurface(s);
    bool ok = n >= min && (max < 0 || n <= max);
    printf("shot_pixels: %ld pixels near (%d,%d,%d) in %dx%d+%d+%d (want %ld..%s%s)\n", n, r, g, b, w, h, x0, y0,
           min, max < 0 ? "" : argv[11], ok ? "" : ": FAIL");
    return ok ? 0 : 1;
}
