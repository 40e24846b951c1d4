/* eng_audio.c: the game's short sound effects through SDL2_mixer. With no
 * audio device, or a sound that fails to load, the game stays silent.
 * Depends on: SDL2, SDL2_mixer, eng_internal.h. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_mixer.h>
#include <SDL_ttf.h>

#include "eng_internal.h"

static const char *const sound_files[ENG_SND_COUNT] = {
    "sounds/right.wav", "sounds/wrong.wav", "sounds/tick.wav",
    "sounds/round_end.wav", "sounds/click.wav",
};

static struct {
    bool open;
    int volume;
    Mix_Chunk *chunks[ENG_SND_COUNT];
} au = {false, 80, {NULL}};

static void apply_volume(void)
{
    if (au.open)
        Mix_Volume(-1, au.volume * MIX_MAX_VOLUME / 100);
}

/* True when some sound output may exist: a sound card, or a sound server's
 * socket. Asking SDL anyway on a machine with neither makes ALSA print a page
 * of errors on every start (kiosks log everything), so we skip it. */
static bool audio_may_exist(void)
{
#if defined(__linux__)
    if (SDL_getenv("SDL_AUDIODRIVER") || SDL_getenv("PULSE_SERVER"))
        return true;
    struct stat st;
    if (stat("/dev/snd", &st) == 0)
        return true;
    const char *run = SDL_getenv("XDG_RUNTIME_DIR");
    if (run) {
        char path[512];
        snprintf(path, sizeof path, "%s/pulse/native", run);
        if (stat(path, &st) == 0)
            return true;
        snprintf(path, sizeof path, "%s/pipewire-0", run);
        if (stat(path, &st) == 0)
            return true;
    }
    return false;
#else
    return true;
#endif
}

void eng_audio_open(int volume)
{
    memset(&au, 0, sizeof au);
    au.volume = volume < 0 ? 0 : volume > 100 ? 100 : volume;
    if (!audio_may_exist()) {
        eng_log("no sound card or sound server found; playing silently");
        return;
    }
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        eng_log("no audio (%s); playing silently", SDL_GetError());
        return;
    }
    if (Mix_OpenAudio(44100, MIX_DEFAULT_FORMAT, 2, 1024) != 0) {
        eng_log("no audio device (%s); playing silently", Mix_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return;
    }
    au.open = true;
    Mix_AllocateChannels(16);
    for (int i = 0; i < ENG_SND_COUNT; i++) {
        const char *path = eng_asset_path(sound_files[i]);
        FILE *probe = fopen(path, "rb");
        const char *why = probe ? NULL : strerror(errno);
        if (probe)
            fclose(probe);
        au.chunks[i] = why ? NULL : Mix_LoadWAV(path);
        if (!au.chunks[i]) {
            if (!why)
                why = Mix_GetError();
            eng_log("cannot open sound %s: %s; it will not play", path, why);
            eng_set_error("cannot open sound %s: %s", path, why);
        }
    }
    apply_volume();
}

void eng_audio_close(void)
{
    if (au.open) {
        Mix_HaltChannel(-1);
        for (int i = 0; i < ENG_SND_COUNT; i++)
            if (au.chunks[i])
                Mix_FreeChunk(au.chunks[i]);
        Mix_CloseAudio();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    memset(&au, 0, sizeof au);
    au.volume = 80;
}

void eng_sound_play(eng_sound_id id)
{
    if (!au.open || (int)id < 0 || id >= ENG_SND_COUNT || !au.chunks[id] || au.volume == 0)
        return;
    Mix_PlayChannel(-1, au.chunks[id], 0);
}

void eng_set_volume(int percent)
{
    au.volume = percent < 0 ? 0 : percent > 100 ? 100 : percent;
    apply_volume();
}

int eng_volume(void) { return au.volume; }

bool eng_audio_available(void) { return au.open; }
