/* png_diff.c: compares two PNGs pixel by pixel for golden-image tests.
 * Exit 0 when the share of pixels differing by more than a channel threshold
 * stays under the tolerance; writes a diff image on failure. Depends on: SDL2_image. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: png_diff ACTUAL.png GOLDEN.png [tolerance-fraction] [channel-threshold] [diff.png]\n");
        return 2;
    }
    double tol = argc > 3 ? atof(argv[3]) : 0.005;
    int thr = argc > 4 ? atoi(argv[4]) : 24;
    SDL_Surface *a0 = IMG_Load(argv[1]);
    SDL_Surface *b0 = IMG_Load(argv[2]);
    if (a0 == NULL || b0 == NULL) {
        fprintf(stderr, "png_diff: cannot load %s: %s\n", a0 == NULL ? argv[1] : argv[2], IMG_GetError());
        return 1;
    }
    SDL_Surface *a = SDL_ConvertSurfaceFormat(a0, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_Surface *b = SDL_ConvertSurfaceFormat(b0, SDL_PIXELFORMAT_RGBA32, 0);
    if (a == NULL || b == NULL || a->w != b->w || a->h != b->h) {
        fprintf(stderr, "png_diff: sizes differ: %dx%d against %dx%d\n", a0->w, a0->h, b0->w, b0->h);
        return 1;
    }
    long bad = 0, total = (long)a->w * a->h;
    SDL_Surface *d = SDL_CreateRGBSurfaceWithFormat(0, a->w, a->h, 32, SDL_PIXELFORMAT_RGBA32);
    for (int y = 0; y < a->h; y++) {
        const Uint8 *pa = (const Uint8 *)a->pixels + y * a->pitch;
        const Uint8 *pb = (const Uint8 *)b->pixels + y * b->pitch;
        Uint8 *pd = d ? (Uint8 *)d->pixels + y * d->pitch : NULL;
        for (int x = 0; x < a->w; x++) {
            int worst = 0;
            for (int c = 0; c < 3; c++) {
                int diff = abs((int)pa[x * 4 + c] - (int)pb[x * 4 + c]);
                worst = diff > worst ? diff : worst;
            }
            if (worst > thr) {
                bad++;
            }
            if (pd != NULL) {
                pd[x * 4 + 0] = worst > thr ? 255 : pa[x * 4 + 0] / 4;
                pd[x * 4 + 1] = pa[x * 4 + 1] / 4;
                pd[x * 4 + 2] = pa[x * 4 + 2] / 4;
                pd[x * 4 + 3] = 255;
            }
        }
    }
    double frac = (double)bad / (double)total;
    printf("png_diff: %ld of %ld pixels differ (%.4f%%, tolerance %.4f%%)\n", bad, total, frac * 100, tol * 100);
    int rc = frac <= tol ? 0 : 1;
    if (rc != 0 && argc > 5 && d != NULL) {
        IMG_SavePNG(d, argv[5]);
        printf("png_diff: diff written to %s\n", argv[5]);
    }
    SDL_FreeSurface(d);
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
    SDL_FreeSurface(a0);
    SDL_FreeSurface(b0);
    return rc;
}
