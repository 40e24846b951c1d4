/* eng_internal.h: state and hooks shared by the engine's .c files; never
 * included outside game/engine. It names SDL types by tag, includes no SDL header.
 * Depends on: SDL2, SDL2_ttf, SDL2_mixer, SDL2_image, eng.h. */
#ifndef ENG_INTERNAL_H
#define ENG_INTERNAL_H

/* SDL types by their tags only: each engine .c file includes the SDL headers
 * it uses, so that no header of the engine pulls SDL in. */
struct SDL_Window;
struct SDL_Renderer;
union SDL_Event;

#include "eng.h"

#define ENG_DEFAULT_W 1280
#define ENG_DEFAULT_H 720
#define ENG_PATH_MAX 1024

/* Everything the engine modules share. One instance, zeroed by
 * eng_shutdown so eng_init can run again in the same process (tests). */
typedef struct eng_state {
    bool inited;
    bool headless;
    bool fast;          /* headless, replay or max_frames: no sleeping, draw each tick */
    bool quit;
    bool dirty;         /* something changed: draw the next frame */
    bool in_draw;       /* inside a scene's draw callback */
    bool fullscreen;
    bool text_mode;
    bool clear_pending; /* the frame's black clear waits for the first draw */
    bool kiosk;         /* eng_set_kiosk */
    bool own_signals;   /* eng_desc.kiosk: our SIGINT/SIGTERM/SIGHUP handlers, not SDL's */
    bool cursor_hidden; /* kiosk: the cursor is hidden now */
    uint64_t cursor_tick; /* kiosk: tick of the last real mouse movement */
    long quits_ignored; /* eng_quit() calls ignored in kiosk mode */
    int draw_every;     /* fast runs: draw one tick in this many */
    long max_frames;
    long frame_labels;  /* text labels copied in the frame being drawn */
    uint64_t ticks;
    float pointer_x, pointer_y;
    struct SDL_Window *window;
    struct SDL_Renderer *renderer;
    char renderer_name[64];
    char assets_dir[ENG_PATH_MAX];
    char screenshot_path[ENG_PATH_MAX];
    char last_error[512];
} eng_state;

extern eng_state eng_g;

/* One line "letopis: ..." on stderr. */
void eng_log(const char *fmt, ...);
/* Sets eng_last_error() (and does not log). */
void eng_set_error(const char *fmt, ...);

/* Delivers one action to the top scene (records it first) and frees scenes
 * popped meanwhile. eng_core.c. */
void eng_scene_deliver(const eng_action *a);

/* Draws the top scene into the current render target (window or capture
 * texture); clears to black first. eng_core.c. */
void eng_render_scene(void);

/* A real mouse moved or clicked (not a finger): kiosk mode shows the
 * cursor for a while. eng_core.c. */
void eng_cursor_moved(void);

/* eng_input.c: devices, the action queue, record and replay. */
bool eng_input_open(const char *record_path, const char *replay_path);
void eng_input_close(void);
void eng_input_event(const union SDL_Event *ev);
/* Runs the input part of one tick: stick repeat, replay injection, then
 * delivers the queued actions in order. */
void eng_input_tick(void);
/* True when an action waits or a stick is held (the loop must wake). */
bool eng_input_pending(void);

/* eng_replay.c: action files. open returns false when the replay file is
 * bad (eng_last_error set) or the record file cannot be written. */
bool eng_replay_open(const char *record_path, const char *replay_path);
void eng_replay_close(void);
bool eng_replay_active(void);
/* The replay file was bad: eng_run returns 1. */
bool eng_replay_bad(void);
/* Tick at which a replay ends (0 = no replay). */
uint64_t eng_replay_end(void);
/* Takes the next replayed action due at or before `tick`; false when none. */
bool eng_replay_next(uint64_t tick, eng_action *out);
/* Appends one delivered action, with the current tick, to the record file. */
void eng_replay_record(const eng_action *a);
/* Writes the record trailer ("# end <tick>") and flushes. */
void eng_replay_finish(void);

/* eng_text.c */
void eng_text_open(void);
void eng_text_close(void);
/* Called before each frame with the output scale (output pixels per canvas
 * pixel); drops scaled fonts and labels when it changed. */
void eng_text_frame(float scale);
/* Bytes of label textures kept in the cache now. */
size_t eng_text_cache_bytes(void);

/* eng_draw.c: frees the cached shape textures (before the renderer goes). */
void eng_draw_close(void);
/* Does the black clear of a frame that eng_render_scene left pending; every
 * drawing call starts with it (eng_clear may take its place). */
void eng_draw_flush_clear(void);

/* eng_audio.c */
void eng_audio_open(int volume);
void eng_audio_close(void);

/* eng_capture.c */
void eng_capture_close(void);

#endif
