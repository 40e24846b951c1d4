/* eng.h: the Letopis 2D engine: window on a 1920x1080 logical canvas,
 * drawing, text, audio, input as actions, a scene stack, tweens, replays.
 * The only layer that includes SDL; this header exposes no SDL type. */
#ifndef ENG_H
#define ENG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ENG_CANVAS_W 1920
#define ENG_CANVAS_H 1080
#define ENG_TICK_HZ 60 /* fixed logic tick */

/* ---- set-up ------------------------------------------------------------ */

typedef struct eng_desc {
    const char *title;          /* window title; NULL = "Letopis" */
    int width, height;          /* initial window size; 0 = 1280x720 */
    bool fullscreen;            /* start in desktop fullscreen */
    bool headless;              /* dummy video + audio drivers, software renderer */
    const char *assets_dir;     /* folder holding fonts/ and sounds/; required */
    const char *record_path;    /* write every action with its tick here; NULL = off */
    const char *replay_path;    /* read actions from here instead of devices; NULL = off */
    long max_frames;            /* stop after this many ticks; 0 = no limit */
    const char *screenshot_path;/* save the last frame as PNG when the loop ends */
    int volume;                 /* 0-100 master volume; engine default 80 when < 0 */
    bool kiosk;                 /* start in kiosk mode (eng_set_kiosk); also keeps SDL's
                                   own SIGINT/SIGTERM handlers out (see below) */
    int draw_every;             /* headless, replay or max_frames runs: draw one tick in
                                   N (fast soak runs); 0 or 1 = every tick */
} eng_desc;

/* Opens the window, renderer, fonts and audio. Returns false (with a message
 * on stderr) only when no window can be made; a missing font or sound logs a
 * line and continues (text then draws nothing). */
bool eng_init(const eng_desc *desc);
void eng_shutdown(void);

/* Runs the main loop until the scene stack is empty, eng_quit() is called, or
 * max_frames ticks have passed. Returns 0, or 1 if a replay file was bad. */
int eng_run(void);
void eng_quit(void);

/* Logical time: ticks since start (advances by 1 per fixed tick; replays are
 * exact) and milliseconds derived from it. */
uint64_t eng_ticks(void);
double eng_time_ms(void);

/* Asks for a redraw next frame (call when something changed). */
void eng_redraw(void);

void eng_set_fullscreen(bool on);
bool eng_is_fullscreen(void);

/* The last error message from a replay or asset load; "" when none. */
const char *eng_last_error(void);

/* Name of the renderer in use ("software", "opengl", ...; "" before init). */
const char *eng_renderer_name(void);

/* Path of a file under assets_dir ("sounds/right.wav"); static buffer. */
const char *eng_asset_path(const char *rel);

/* ---- actions: all input reaches scenes as these ------------------------ */

typedef enum eng_action_kind {
    ENG_ACT_NONE = 0,
    ENG_ACT_OPTION,      /* value = 0..3: keys 1-4 and keypad 1-4 */
    ENG_ACT_UP,
    ENG_ACT_DOWN,
    ENG_ACT_LEFT,
    ENG_ACT_RIGHT,
    ENG_ACT_CONFIRM,     /* Enter, Space, gamepad A or Start */
    ENG_ACT_BACK,        /* Esc, gamepad B/Back */
    ENG_ACT_POINTER_DOWN,/* x, y in logical canvas pixels; mouse or touch */
    ENG_ACT_POINTER_UP,
    ENG_ACT_POINTER_MOVE,
    ENG_ACT_WHEEL,       /* value = wheel steps (+ away from the user) */
    ENG_ACT_TEXT,        /* text = UTF-8 typed text */
    ENG_ACT_DROP_FILE,   /* text = dropped path */
    ENG_ACT_QUIT_REQUEST,/* window close / Alt+F4 */
    ENG_ACT_ERASE,       /* Backspace (with key repeat): delete one character */
    ENG_ACT_PINCH,       /* two-finger pinch: value = zoom factor x 1000 since the last
                            pinch action (> 1000 spreads the fingers: zoom in); x, y =
                            the fingers' centre in canvas pixels; touch = true */
    ENG_ACT_ADMIN,       /* Ctrl+Alt+Shift+A: staff asking for the kiosk's admin screen */
    ENG_ACT_COUNT
} eng_action_kind;

typedef struct eng_action {
    eng_action_kind kind;
    int value;
    float x, y;          /* logical canvas coordinates for pointer actions */
    bool touch;          /* pointer action came from a finger */
    char text[256];
} eng_action;

const char *eng_action_name(eng_action_kind k);

/* Queues an action as if it came from a device (tests, replays). */
void eng_inject(const eng_action *a);

/* Where the pointer is now, in canvas coordinates (for hover). */
void eng_pointer(float *x, float *y);

/* Text-field mode (default off). When on, digit keys and Space arrive only as
 * ENG_ACT_TEXT (not as OPTION / CONFIRM), so a name can be typed; Enter still
 * confirms, Esc goes back, Backspace is ENG_ACT_ERASE. TEXT actions arrive in
 * both modes; scenes without a text field ignore them. */
void eng_text_mode(bool on);

/* ---- scenes ------------------------------------------------------------ */

typedef struct eng_scene eng_scene;
struct eng_scene {
    const char *name;
    void *self;
    void (*enter)(eng_scene *s);               /* pushed or uncovered */
    void (*action)(eng_scene *s, const eng_action *a);
    void (*tick)(eng_scene *s, double dt_ms);  /* once per fixed tick; while idle
                                                  (not animating) ticks may run in
                                                  a batch up to 500 ms late */
    void (*draw)(eng_scene *s);
    bool (*animating)(eng_scene *s);           /* true = keep redrawing */
    void (*destroy)(eng_scene *s);             /* frees self; called once on pop */
    int anim_fps;                              /* while only animating (no input, no
                                                  eng_redraw): draw at most this many
                                                  frames a second; 0 = every tick.
                                                  Slow ambient motion (the kiosk's
                                                  attract loop) needs far fewer frames */
};

/* The engine takes ownership of `s` (a heap copy is made) */
void eng_scene_push(const eng_scene *s);
void eng_scene_pop(void);                      /* destroys the top scene */
void eng_scene_replace(const eng_scene *s);    /* pop + push */
eng_scene *eng_scene_top(void);
size_t eng_scene_depth(void);
/* Name of the top scene, "" when empty (tests). */
const char *eng_scene_top_name(void);

/* ---- overlays: layers above the scene stack ---------------------------- */

/* An overlay sees every action before the top scene (and may consume it),
 * ticks every fixed tick before the scene, and draws after the top scene.
 * Used for what spans scenes: the kiosk's guard (idle reset, admin corner,
 * no way out) and the pack watcher's reload notices. Callbacks may be NULL. */
typedef struct eng_overlay {
    void *self;
    bool (*action)(void *self, const eng_action *a); /* true = consumed */
    void (*tick)(void *self, double dt_ms);
    void (*draw)(void *self);
    bool (*animating)(void *self);                   /* true = keep redrawing */
} eng_overlay;

#define ENG_OVERLAY_MAX 4

/* Adds an overlay (copied; `self` stays the caller's). Overlays added later
 * see actions first and draw on top. Returns a handle > 0, or 0 when full. */
int eng_overlay_add(const eng_overlay *o);
void eng_overlay_remove(int handle);

/* ---- kiosk mode --------------------------------------------------------- */

/* Kiosk mode: nothing a visitor can do ends the program. While it is on,
 * eng_quit() is ignored (and counted), an empty scene stack does not end
 * the loop (an overlay may push a scene again), F11 leaves full screen
 * alone, the screensaver is held off, and the mouse cursor shows only
 * while a real mouse moves (hidden again after 3 s still; touches never
 * show it). Window close and Alt+F4 still arrive as ENG_ACT_QUIT_REQUEST,
 * for the kiosk's guard to ignore. SIGINT, SIGTERM and SIGHUP (systemctl
 * stop, a shutdown) end the loop cleanly whatever the mode when the engine
 * was started with eng_desc.kiosk. The admin's "exit to desktop" calls
 * eng_set_kiosk(false) and then eng_quit(). */
void eng_set_kiosk(bool on);
bool eng_kiosk(void);
/* eng_quit() calls ignored in kiosk mode since eng_init (tests). */
long eng_kiosk_quits_ignored(void);
/* Whether the engine shows the mouse cursor now (true outside kiosk mode). */
bool eng_cursor_visible(void);
/* Bytes the engine's text-label cache holds now (bounded by its caps); soak
 * runs take it out of the heap they watch, so a filling cache is not taken
 * for a leak. */
size_t eng_cache_bytes(void);

/* ---- drawing (logical canvas coordinates) ------------------------------ */

typedef struct eng_color {
    uint8_t r, g, b, a;
} eng_color;

typedef struct eng_rect {
    float x, y, w, h;
} eng_rect;

bool eng_rect_contains(eng_rect r, float x, float y);

void eng_clear(eng_color c);
void eng_fill_rect(eng_rect r, eng_color c);
void eng_fill_round_rect(eng_rect r, float radius, eng_color c);
void eng_outline_rect(eng_rect r, float thickness, eng_color c);
void eng_line(float x0, float y0, float x1, float y1, float thickness, eng_color c);
void eng_fill_circle(float cx, float cy, float radius, eng_color c);

/* ---- text -------------------------------------------------------------- */

typedef enum eng_font_style { ENG_FONT_REGULAR = 0, ENG_FONT_BOLD } eng_font_style;

typedef struct eng_font {
    uint32_t id; /* 0 = invalid: draws nothing, measures 0 */
} eng_font;

/* A font from assets/fonts at a pixel size on the logical canvas.
 * Cached: asking twice returns the same handle. */
eng_font eng_font_get(eng_font_style style, int px);
bool eng_font_valid(eng_font f);

typedef enum eng_align {
    ENG_ALIGN_LEFT = 0,
    ENG_ALIGN_CENTER = 1,
    ENG_ALIGN_RIGHT = 2
} eng_align;

/* Width and height of one line of UTF-8 text. */
void eng_text_size(eng_font f, const char *utf8, int *w, int *h);
int eng_font_line_height(eng_font f);

/* Draws one line; x is the left, centre or right edge per `align`, y the top.
 * Labels are cached by (font, text, colour) and freed when unused. */
void eng_text_draw(eng_font f, const char *utf8, float x, float y, eng_align align, eng_color c);

/* Draws UTF-8 text wrapped at word boundaries (a word longer than the width
 * is split between characters) within box.w; lines past box.h are cut with
 * an ellipsis. Returns the height used. */
float eng_text_draw_wrapped(eng_font f, const char *utf8, eng_rect box, eng_align align, eng_color c);

/* Height the wrapped text would take at width w, and the line count. */
float eng_text_wrapped_height(eng_font f, const char *utf8, float w, int *lines);

/* One line of wrapped text: a byte range of the input (spaces at the break
 * are left out) and its width in canvas pixels. */
typedef struct eng_text_line {
    size_t start, len;
    float width;
} eng_text_line;

/* Wraps utf8 at width w exactly as eng_text_draw_wrapped does ('\n' forces a
 * break). Stores up to `max` lines in `out` (may be NULL when max is 0) and
 * returns the total line count; 0 for an invalid font or empty text. */
int eng_text_wrap(eng_font f, const char *utf8, float w, eng_text_line *out, int max);

/* ---- audio ------------------------------------------------------------- */

typedef enum eng_sound_id {
    ENG_SND_RIGHT = 0,
    ENG_SND_WRONG,
    ENG_SND_TICK,
    ENG_SND_ROUND_END,
    ENG_SND_CLICK,
    ENG_SND_COUNT
} eng_sound_id;

/* Plays a sound; silent when there is no audio device or the file failed. */
void eng_sound_play(eng_sound_id id);
void eng_set_volume(int percent); /* 0-100 */
int eng_volume(void);
bool eng_audio_available(void);

/* ---- tweens ------------------------------------------------------------ */

typedef enum eng_ease {
    ENG_EASE_LINEAR = 0,
    ENG_EASE_OUT_CUBIC,
    ENG_EASE_IN_OUT_CUBIC,
    ENG_EASE_OUT_BACK
} eng_ease;

/* A value moving from `from` to `to` over `dur_ms`, started at eng_time_ms(). */
typedef struct eng_tween {
    float from, to;
    double start_ms, dur_ms;
    eng_ease ease;
} eng_tween;

void eng_tween_start(eng_tween *t, float from, float to, double dur_ms, eng_ease ease);
float eng_tween_value(const eng_tween *t);
bool eng_tween_running(const eng_tween *t);
float eng_ease_apply(eng_ease e, float t);

/* ---- capture ----------------------------------------------------------- */

/* Saves the current logical canvas (1920x1080) as PNG. Returns false with
 * eng_last_error() set on failure. */
bool eng_capture_png(const char *path);

/* ---- images (eng_image.c) ---------------------------------------------- */

typedef struct eng_image {
    uint32_t id; /* 0 = invalid: draws nothing, size 0x0 */
} eng_image;

#define ENG_IMAGE_MAX_SIDE 4096                     /* larger pictures are refused */
#define ENG_IMAGE_CACHE_DEFAULT (64u * 1024u * 1024u) /* bytes of pixels (w * h * 4) */

/* A PNG or JPEG file through SDL2_image, kept as a texture in a cache by
 * path. Returns an invalid handle when the file cannot be loaded (missing,
 * broken, not an image, over ENG_IMAGE_MAX_SIDE), with the reason in
 * eng_last_error() and one line logged; the failure is remembered, so asking
 * again for the path returns the invalid handle at once without touching the
 * file (until eng_image_forget_all). Before eng_init it fails, remembering
 * nothing. The engine owns the texture; nothing to free. */
eng_image eng_image_load(const char *path);
bool eng_image_valid(eng_image img);

/* The picture's size in pixels; false and 0x0 for an invalid handle. */
bool eng_image_size(eng_image img, int *w, int *h);

/* Where eng_image_draw puts the picture in `box`: as large as fits keeping
 * its aspect (enlarged at most twice), centred. A zero rect at the box's
 * centre for an invalid handle. */
eng_rect eng_image_fit(eng_image img, eng_rect box);

/* Draws the picture fitted in `box` (eng_image_fit). A texture the cache
 * dropped is loaded again. Returns false, drawing nothing, when the handle is
 * invalid or the reload fails (then the handle becomes invalid): the caller
 * draws its fallback (the alt text). */
bool eng_image_draw(eng_image img, eng_rect box);

/* The cache keeps textures up to `bytes` of pixels, dropping the least
 * recently drawn first (one picture larger than the limit is still kept);
 * 0 restores ENG_IMAGE_CACHE_DEFAULT. Dropped pictures keep their handles. */
void eng_image_set_cache_limit(size_t bytes);
/* Bytes of textures held now (tests). */
size_t eng_image_cache_bytes(void);

/* Frees every texture and forgets every path and failure (a pack was
 * reloaded; eng_shutdown calls it). Handles from before become invalid. */
void eng_image_forget_all(void);

#endif
