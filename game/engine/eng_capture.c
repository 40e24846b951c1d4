/* eng_capture.c: saves the logical canvas as a 1920x1080 PNG whatever the
 * window size, by drawing the top scene again into an offscreen target.
 * Depends on: SDL2, SDL2_image, eng_internal.h. */
#include <SDL.h>
#include <SDL_image.h>
#include <SDL_mixer.h>
#include <SDL_ttf.h>

#include "eng_internal.h"

static SDL_Texture *target;

void eng_capture_close(void)
{
    if (target)
        SDL_DestroyTexture(target);
    target = NULL;
}

bool eng_capture_png(const char *path)
{
    if (!eng_g.inited || !eng_g.renderer) {
        eng_set_error("capture: the engine is not initialised");
        return false;
    }
    if (!path || !*path) {
        eng_set_error("capture: no file name");
        return false;
    }
    if (eng_g.in_draw) {
        eng_set_error("capture: cannot capture from inside a draw callback");
        return false;
    }
    if (!target) {
        target = SDL_CreateTexture(eng_g.renderer, SDL_PIXELFORMAT_ARGB8888,
                                   SDL_TEXTUREACCESS_TARGET, ENG_CANVAS_W, ENG_CANVAS_H);
        if (!target) {
            eng_set_error("capture: no offscreen target: %s", SDL_GetError());
            return false;
        }
    }
    SDL_Surface *argb = SDL_CreateRGBSurfaceWithFormat(0, ENG_CANVAS_W, ENG_CANVAS_H, 32,
                                                       SDL_PIXELFORMAT_ARGB8888);
    if (!argb) {
        eng_set_error("capture: %s", SDL_GetError());
        return false;
    }
    bool ok = false;
    if (SDL_SetRenderTarget(eng_g.renderer, target) != 0) {
        eng_set_error("capture: cannot draw offscreen: %s", SDL_GetError());
    } else {
        /* Scale is 1 on the target, so text renders at canvas size. */
        eng_render_scene();
        if (SDL_RenderReadPixels(eng_g.renderer, NULL, SDL_PIXELFORMAT_ARGB8888, argb->pixels,
                                 argb->pitch) != 0)
            eng_set_error("capture: cannot read pixels: %s", SDL_GetError());
        else
            ok = true;
        SDL_SetRenderTarget(eng_g.renderer, NULL);
    }
    if (ok) {
        SDL_Surface *rgb = SDL_ConvertSurfaceFormat(argb, SDL_PIXELFORMAT_RGB24, 0);
        if (!rgb || IMG_SavePNG(rgb, path) != 0) {
            eng_set_error("capture: cannot write %s: %s", path, IMG_GetError());
            ok = false;
        }
        SDL_FreeSurface(rgb);
    }
    SDL_FreeSurface(argb);
    eng_g.dirty = true;
    return ok;
}
