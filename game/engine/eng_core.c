/* eng_core.c: window and renderer (with the software-GL check), the fixed
 * 60 Hz loop that sleeps when idle, and the scene stack.
 * Depends on: SDL2, eng_internal.h. */
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__linux__)
#include <dirent.h>
#endif

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_mixer.h>
#include <SDL_ttf.h>

#include "eng_internal.h"

eng_state eng_g;

/* Scene stack: engine-owned heap copies. Scenes popped while a scene
 * callback runs wait in the grave until the outermost callback returns. */
static eng_scene **stack;
static size_t depth, stack_cap;
static eng_scene **grave;
static size_t grave_n, grave_cap;
static int cb_depth;

/* The overlays (eng_overlay_add) in free order. */
static struct {
    eng_overlay o;
    int handle; /* 0 = free slot */
} overlays[ENG_OVERLAY_MAX];
static int overlay_next_handle = 1;

#define IDLE_WAIT_MS 500
/* Kiosk mode: the cursor hides after this many ticks without mouse motion. */
#define CURSOR_HIDE_TICKS (3 * ENG_TICK_HZ)

/* Set by SIGINT/SIGTERM/SIGHUP when the engine owns those signals (kiosk):
 * ends the loop even though eng_quit() is ignored there. */
static volatile sig_atomic_t signal_quit;

/* LETOPIS_FRAME_STATS=path: one line per drawn frame with the process CPU
 * milliseconds spent since the previous frame was presented (input, ticks,
 * draw and present) and the number of text labels it drew, for scripts/bench. */
static FILE *frame_stats;
static double frame_cpu0;

static double cpu_ms(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
        return 0.0;
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void frame_stats_open(void)
{
    const char *path = SDL_getenv("LETOPIS_FRAME_STATS");
    if (!path || !*path)
        return;
    frame_stats = fopen(path, "w");
    if (!frame_stats)
        eng_log("LETOPIS_FRAME_STATS: cannot write %s", path);
    frame_cpu0 = cpu_ms();
}

static void frame_stats_close(void)
{
    if (frame_stats)
        fclose(frame_stats);
    frame_stats = NULL;
}
#define MAX_CATCHUP_TICKS 120

void eng_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("letopis: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void eng_set_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(eng_g.last_error, sizeof eng_g.last_error, fmt, ap);
    va_end(ap);
}

const char *eng_last_error(void) { return eng_g.last_error; }

const char *eng_renderer_name(void) { return eng_g.renderer_name; }

const char *eng_asset_path(const char *rel)
{
    static char buf[2 * ENG_PATH_MAX + 8];
    snprintf(buf, sizeof buf, "%s/%s", eng_g.assets_dir, rel ? rel : "");
    return buf;
}

/* ---- kiosk mode ---------------------------------------------------------- */

static void on_signal(int sig)
{
    (void)sig;
    signal_quit = 1;
}

/* Kiosk mode keeps SDL's signal handlers out (they would turn SIGTERM into
 * a quit request, which the kiosk ignores) and ends the loop itself. */
static void kiosk_signals(bool on)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on ? on_signal : SIG_DFL;
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sigaction(sigs[i], &sa, NULL);
    signal_quit = 0;
    eng_g.own_signals = on;
}

static void cursor_show(bool on)
{
    eng_g.cursor_hidden = !on;
    if (eng_g.inited && !eng_g.headless)
        SDL_ShowCursor(on ? SDL_ENABLE : SDL_DISABLE);
}

void eng_set_kiosk(bool on)
{
    eng_g.kiosk = on;
    if (!eng_g.inited)
        return;
    if (on) {
        SDL_DisableScreenSaver();
        cursor_show(false);
    } else {
        cursor_show(true);
    }
}

bool eng_kiosk(void) { return eng_g.kiosk; }

long eng_kiosk_quits_ignored(void) { return eng_g.quits_ignored; }

bool eng_cursor_visible(void) { return !eng_g.cursor_hidden; }

size_t eng_cache_bytes(void) { return eng_g.inited ? eng_text_cache_bytes() : 0; }

void eng_cursor_moved(void)
{
    eng_g.cursor_tick = eng_g.ticks;
    if (eng_g.kiosk && eng_g.cursor_hidden)
        cursor_show(true);
}

/* Hides the cursor again once the mouse has been still for a while. */
static void cursor_tick(void)
{
    if (eng_g.kiosk && !eng_g.cursor_hidden && eng_g.ticks - eng_g.cursor_tick >= CURSOR_HIDE_TICKS)
        cursor_show(false);
}

/* ---- window and renderer ---------------------------------------------- */

typedef const unsigned char *(*gl_get_string_fn)(unsigned int);
#define ENG_GL_RENDERER 0x1F01u

static bool contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (SDL_strncasecmp(hay, needle, n) == 0)
            return true;
    return false;
}

/* True when `r` is SDL's OpenGL renderer running on a software rasteriser
 * (llvmpipe, softpipe, swrast): SDL's own software renderer is then leaner. */
static bool is_software_gl(SDL_Renderer *r, char *what, size_t what_n)
{
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(r, &info) != 0 || !info.name || strncmp(info.name, "opengl", 6) != 0)
        return false;
    void *p = SDL_GL_GetProcAddress("glGetString");
    if (!p)
        return false;
    gl_get_string_fn get_string;
    memcpy(&get_string, &p, sizeof get_string);
    const unsigned char *name = get_string(ENG_GL_RENDERER);
    if (!name)
        return false;
    snprintf(what, what_n, "%s", (const char *)name);
    return contains_ci(what, "llvmpipe") || contains_ci(what, "softpipe") ||
           contains_ci(what, "software") || contains_ci(what, "swrast");
}

static SDL_Window *make_window(const char *title, int w, int h, bool fullscreen)
{
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_Rect b;
    if (fullscreen && eng_g.kiosk && SDL_GetDisplayBounds(0, &b) == 0) {
        /* A kiosk's bare X session has no window manager to make the window
         * full screen: SDL would then draw for the whole screen into a
         * window left at its windowed size. A borderless window already
         * the size of the screen is full screen with or without one. */
        return SDL_CreateWindow(title, b.x, b.y, b.w, b.h, flags | SDL_WINDOW_BORDERLESS);
    }
    return SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
}

/* True when the machine has a GPU device node. Without one, any OpenGL is
 * a software rasteriser, and merely creating a GL context to ask would load
 * Mesa and LLVM (about 70 MiB and 100 ms), so the check is skipped. */
static bool have_gpu_device(void)
{
#if defined(__linux__)
    DIR *d = opendir("/dev/dri");
    if (!d)
        return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(d)) != NULL)
        found = strncmp(e->d_name, "renderD", 7) == 0 || strncmp(e->d_name, "card", 4) == 0;
    closedir(d);
    return found;
#else
    return true;
#endif
}

static bool want_software(void)
{
    const char *v = SDL_getenv("LIBGL_ALWAYS_SOFTWARE");
    const char *d = SDL_getenv("SDL_RENDER_DRIVER");
    return eng_g.headless || (v && *v && strcmp(v, "0") != 0) || (d && strcmp(d, "software") == 0) ||
           !have_gpu_device();
}

static bool open_window(const char *title, int w, int h, bool fullscreen)
{
    bool software = want_software();
    char gl_name[128] = "";
    if (software)
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    eng_g.window = make_window(title, w, h, fullscreen);
    if (!eng_g.window) {
        eng_log("cannot create a window: %s", SDL_GetError());
        return false;
    }
    if (!software) {
        eng_g.renderer = SDL_CreateRenderer(eng_g.window, -1, SDL_RENDERER_ACCELERATED);
        if (eng_g.renderer && is_software_gl(eng_g.renderer, gl_name, sizeof gl_name)) {
            /* A GL context on a software rasteriser: start again without GL,
             * on a fresh window so no GL surface lingers. */
            SDL_DestroyRenderer(eng_g.renderer);
            eng_g.renderer = NULL;
            SDL_DestroyWindow(eng_g.window);
            SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
            eng_g.window = make_window(title, w, h, fullscreen);
            if (!eng_g.window) {
                eng_log("cannot create a window: %s", SDL_GetError());
                return false;
            }
        }
    }
    if (!eng_g.renderer)
        eng_g.renderer = SDL_CreateRenderer(eng_g.window, -1, SDL_RENDERER_SOFTWARE);
    if (!eng_g.renderer) {
        eng_log("cannot create a renderer: %s", SDL_GetError());
        return false;
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(eng_g.renderer, &info) == 0 && info.name)
        snprintf(eng_g.renderer_name, sizeof eng_g.renderer_name, "%s", info.name);
    if (gl_name[0] && SDL_getenv("LETOPIS_VERBOSE"))
        eng_log("OpenGL is %s (software): using the %s renderer", gl_name, eng_g.renderer_name);
    SDL_RenderSetLogicalSize(eng_g.renderer, ENG_CANVAS_W, ENG_CANVAS_H);
    SDL_SetRenderDrawBlendMode(eng_g.renderer, SDL_BLENDMODE_BLEND);
    return true;
}

bool eng_init(const eng_desc *desc)
{
    if (eng_g.inited)
        eng_shutdown();
    memset(&eng_g, 0, sizeof eng_g);
    if (!desc || !desc->assets_dir) {
        eng_log("eng_init: assets_dir is required");
        return false;
    }
    snprintf(eng_g.assets_dir, sizeof eng_g.assets_dir, "%s", desc->assets_dir);
    if (desc->screenshot_path)
        snprintf(eng_g.screenshot_path, sizeof eng_g.screenshot_path, "%s", desc->screenshot_path);
    eng_g.headless = desc->headless;
    eng_g.max_frames = desc->max_frames;
    eng_g.fast = desc->headless || desc->replay_path || desc->max_frames > 0;
    eng_g.pointer_x = -1.0f;
    eng_g.pointer_y = -1.0f;
    eng_g.draw_every = desc->draw_every > 1 ? desc->draw_every : 1;
    eng_g.kiosk = desc->kiosk; /* make_window reads it; eng_set_kiosk(true) follows */
    if (desc->kiosk)
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1"); /* read by SDL_Init */

    if (desc->headless) {
        /* Normal priority: an SDL_VIDEODRIVER / SDL_AUDIODRIVER environment
         * variable still wins (tests use that to simulate no audio). */
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
        SDL_SetHint(SDL_HINT_AUDIODRIVER, "dummy");
    }
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "1");
    Uint32 sys = SDL_INIT_VIDEO | SDL_INIT_EVENTS;
    if (!desc->headless)
        sys |= SDL_INIT_GAMECONTROLLER;
    if (SDL_Init(sys) != 0) {
        eng_log("cannot start SDL: %s", SDL_GetError());
        return false;
    }
    int w = desc->width > 0 ? desc->width : ENG_DEFAULT_W;
    int h = desc->height > 0 ? desc->height : ENG_DEFAULT_H;
    if (!open_window(desc->title ? desc->title : "Letopis", w, h, desc->fullscreen)) {
        if (eng_g.window)
            SDL_DestroyWindow(eng_g.window);
        SDL_Quit();
        memset(&eng_g, 0, sizeof eng_g);
        return false;
    }
    eng_g.fullscreen = desc->fullscreen;
    eng_g.inited = true;
    if (desc->kiosk) {
        kiosk_signals(true);
        eng_set_kiosk(true);
    }
    eng_g.dirty = true;
    if (IMG_Init(IMG_INIT_PNG) == 0)
        eng_log("SDL_image has no PNG support: %s", IMG_GetError());
    eng_text_open();
    eng_audio_open(desc->volume < 0 ? 80 : desc->volume);
    eng_input_open(desc->record_path, desc->replay_path);
    return true;
}

static void scene_free(eng_scene *s)
{
    if (s->destroy)
        s->destroy(s);
    free(s);
}

void eng_shutdown(void)
{
    if (!eng_g.inited)
        return;
    cb_depth = 0;
    memset(overlays, 0, sizeof overlays);
    while (depth > 0)
        scene_free(stack[--depth]);
    for (size_t i = 0; i < grave_n; i++)
        scene_free(grave[i]);
    free(stack);
    free(grave);
    stack = grave = NULL;
    depth = stack_cap = grave_n = grave_cap = 0;
    eng_input_close();
    eng_capture_close();
    eng_text_close();
    eng_draw_close();
    eng_image_forget_all();
    eng_audio_close();
    IMG_Quit();
    SDL_DestroyRenderer(eng_g.renderer);
    SDL_DestroyWindow(eng_g.window);
    SDL_Quit();
    if (eng_g.own_signals)
        kiosk_signals(false);
    memset(&eng_g, 0, sizeof eng_g);
}

void eng_quit(void)
{
    if (eng_g.kiosk) {
        eng_g.quits_ignored++;
        return;
    }
    eng_g.quit = true;
}

uint64_t eng_ticks(void) { return eng_g.ticks; }

double eng_time_ms(void) { return (double)eng_g.ticks * 1000.0 / ENG_TICK_HZ; }

void eng_redraw(void) { eng_g.dirty = true; }

void eng_set_fullscreen(bool on)
{
    if (!eng_g.window)
        return;
    if (SDL_SetWindowFullscreen(eng_g.window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) == 0)
        eng_g.fullscreen = on;
    eng_g.dirty = true;
}

bool eng_is_fullscreen(void) { return eng_g.fullscreen; }

/* ---- scene stack ---------------------------------------------------------- */

static void grave_flush(void)
{
    if (cb_depth > 0)
        return;
    /* Destroying may pop or push again: take the list first. */
    while (grave_n > 0) {
        eng_scene *s = grave[--grave_n];
        scene_free(s);
    }
}

static bool grow(eng_scene ***arr, size_t *cap, size_t need)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap * 2 : 8;
    while (n < need)
        n *= 2;
    eng_scene **p = realloc(*arr, n * sizeof *p);
    if (!p)
        return false;
    *arr = p;
    *cap = n;
    return true;
}

static void call_enter(eng_scene *s)
{
    if (!s || !s->enter)
        return;
    cb_depth++;
    s->enter(s);
    cb_depth--;
}

void eng_scene_push(const eng_scene *s)
{
    if (!s)
        return;
    eng_scene *c = malloc(sizeof *c);
    if (!c || !grow(&stack, &stack_cap, depth + 1)) {
        eng_log("out of memory pushing scene %s", s->name ? s->name : "?");
        free(c);
        eng_scene tmp = *s;
        if (tmp.destroy)
            tmp.destroy(&tmp);
        return;
    }
    *c = *s;
    stack[depth++] = c;
    eng_g.dirty = true;
    call_enter(c);
    grave_flush();
}

/* Takes the top scene off the stack into the grave; `uncover` calls enter()
 * on the scene below. */
static void pop_top(bool uncover)
{
    if (depth == 0)
        return;
    eng_scene *s = stack[--depth];
    if (!grow(&grave, &grave_cap, grave_n + 1)) {
        /* No room to defer: only safe to free now if no callback runs. */
        if (cb_depth == 0)
            scene_free(s);
        else
            eng_log("out of memory: scene %s leaked", s->name ? s->name : "?");
    } else {
        grave[grave_n++] = s;
    }
    eng_g.dirty = true;
    if (uncover && depth > 0)
        call_enter(stack[depth - 1]);
}

void eng_scene_pop(void)
{
    pop_top(true);
    grave_flush();
}

void eng_scene_replace(const eng_scene *s)
{
    pop_top(false);
    eng_scene_push(s); /* flushes the grave when safe */
}

eng_scene *eng_scene_top(void) { return depth ? stack[depth - 1] : NULL; }

size_t eng_scene_depth(void) { return depth; }

const char *eng_scene_top_name(void)
{
    eng_scene *s = eng_scene_top();
    return s && s->name ? s->name : "";
}

/* ---- overlays ------------------------------------------------------------ */


int eng_overlay_add(const eng_overlay *o)
{
    for (int i = 0; i < ENG_OVERLAY_MAX; i++) {
        if (overlays[i].handle == 0) {
            overlays[i].o = *o;
            overlays[i].handle = overlay_next_handle++;
            eng_g.dirty = true;
            return overlays[i].handle;
        }
    }
    return 0;
}

void eng_overlay_remove(int handle)
{
    for (int i = 0; i < ENG_OVERLAY_MAX; i++) {
        if (handle != 0 && overlays[i].handle == handle) {
            overlays[i].handle = 0;
            eng_g.dirty = true;
        }
    }
}

/* Slots in the order they were added (handles grow), last first when
 * `reverse`. Returns the count. */
static int overlay_order(int *idx, bool reverse)
{
    int n = 0;
    for (int i = 0; i < ENG_OVERLAY_MAX; i++)
        if (overlays[i].handle != 0)
            idx[n++] = i;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && overlays[idx[j - 1]].handle > overlays[idx[j]].handle; j--) {
            int t = idx[j];
            idx[j] = idx[j - 1];
            idx[j - 1] = t;
        }
    if (reverse)
        for (int i = 0; i < n / 2; i++) {
            int t = idx[i];
            idx[i] = idx[n - 1 - i];
            idx[n - 1 - i] = t;
        }
    return n;
}

static bool overlays_take(const eng_action *a)
{
    int idx[ENG_OVERLAY_MAX];
    int n = overlay_order(idx, true);
    for (int i = 0; i < n; i++) {
        eng_overlay *o = &overlays[idx[i]].o;
        if (overlays[idx[i]].handle != 0 && o->action) {
            cb_depth++;
            bool took = o->action(o->self, a);
            cb_depth--;
            grave_flush();
            if (took)
                return true;
        }
    }
    return false;
}

static void overlays_tick(double dt)
{
    int idx[ENG_OVERLAY_MAX];
    int n = overlay_order(idx, false);
    for (int i = 0; i < n; i++) {
        eng_overlay *o = &overlays[idx[i]].o;
        if (overlays[idx[i]].handle != 0 && o->tick) {
            cb_depth++;
            o->tick(o->self, dt);
            cb_depth--;
            grave_flush();
        }
    }
}

static void overlays_draw(void)
{
    int idx[ENG_OVERLAY_MAX];
    int n = overlay_order(idx, false);
    for (int i = 0; i < n; i++) {
        eng_overlay *o = &overlays[idx[i]].o;
        if (overlays[idx[i]].handle != 0 && o->draw)
            o->draw(o->self);
    }
}

static bool overlays_animating(void)
{
    for (int i = 0; i < ENG_OVERLAY_MAX; i++)
        if (overlays[i].handle != 0 && overlays[i].o.animating && overlays[i].o.animating(overlays[i].o.self))
            return true;
    return false;
}

void eng_scene_deliver(const eng_action *a)
{
    eng_scene *s = eng_scene_top();
    if (a->kind == ENG_ACT_POINTER_DOWN || a->kind == ENG_ACT_POINTER_UP ||
        a->kind == ENG_ACT_POINTER_MOVE) {
        eng_g.pointer_x = a->x;
        eng_g.pointer_y = a->y;
    }
    eng_g.dirty = true;
    if (overlays_take(a))
        return;
    s = eng_scene_top();
    if (!s)
        return;
    if (!s->action) {
        if (a->kind == ENG_ACT_QUIT_REQUEST)
            eng_quit();
        return;
    }
    cb_depth++;
    s->action(s, a);
    cb_depth--;
    grave_flush();
}

static bool top_animating(void)
{
    if (overlays_animating())
        return true;
    eng_scene *s = eng_scene_top();
    if (!s || !s->animating)
        return false;
    cb_depth++;
    bool on = s->animating(s);
    cb_depth--;
    grave_flush();
    return on;
}

void eng_render_scene(void)
{
    /* Black first, unless the scene's first call is an eng_clear that
     * covers the whole output anyway (one full-screen fill less). */
    eng_g.clear_pending = true;
    eng_scene *s = eng_scene_top();
    if (!s || !s->draw) {
        eng_draw_flush_clear();
        return;
    }
    eng_g.in_draw = true;
    cb_depth++;
    s->draw(s);
    overlays_draw();
    cb_depth--;
    eng_g.in_draw = false;
    eng_draw_flush_clear();
    grave_flush();
}

/* ---- the loop ------------------------------------------------------------ */

static void handle_event(const SDL_Event *ev)
{
    if (ev->type == SDL_WINDOWEVENT) {
        switch (ev->window.event) {
        case SDL_WINDOWEVENT_EXPOSED:
        case SDL_WINDOWEVENT_SIZE_CHANGED:
        case SDL_WINDOWEVENT_RESTORED:
        case SDL_WINDOWEVENT_SHOWN:
            eng_g.dirty = true;
            break;
        default:
            break;
        }
        return;
    }
    if (ev->type == SDL_KEYDOWN && ev->key.keysym.scancode == SDL_SCANCODE_F11) {
        if (!ev->key.repeat && !eng_g.kiosk)
            eng_set_fullscreen(!eng_g.fullscreen);
        return;
    }
    eng_input_event(ev);
}

static void run_tick(void)
{
    eng_input_tick();
    cursor_tick();
    overlays_tick(1000.0 / ENG_TICK_HZ);
    eng_scene *s = eng_scene_top();
    if (s && s->tick) {
        cb_depth++;
        s->tick(s, 1000.0 / ENG_TICK_HZ);
        cb_depth--;
        grave_flush();
    }
    eng_g.ticks++;
}

static void draw_frame(void)
{
    float sx = 1.0f, sy = 1.0f;
    SDL_RenderGetScale(eng_g.renderer, &sx, &sy);
    eng_text_frame(sx < sy ? sx : sy);
    eng_g.frame_labels = 0;
    eng_render_scene();
    SDL_RenderPresent(eng_g.renderer);
    eng_g.dirty = false;
    if (frame_stats) {
        double now = cpu_ms();
        fprintf(frame_stats, "%.3f %ld\n", now - frame_cpu0, eng_g.frame_labels);
        frame_cpu0 = now;
    }
}

static bool should_stop(void)
{
    if (signal_quit && eng_g.own_signals)
        return true;
    if (eng_g.quit || (depth == 0 && !eng_g.kiosk))
        return true;
    if (eng_g.max_frames > 0 && eng_g.ticks >= (uint64_t)eng_g.max_frames)
        return true;
    uint64_t end = eng_replay_end();
    return eng_g.max_frames <= 0 && end > 0 && eng_g.ticks >= end;
}

/* Headless, replay and max_frames: the tick counter alone is time. */
static void run_fast(void)
{
    SDL_Event ev;
    while (!should_stop()) {
        while (SDL_PollEvent(&ev))
            handle_event(&ev);
        if (should_stop())
            break;
        run_tick();
        /* A soak run may draw only one tick in draw_every. */
        if (depth > 0 && (eng_g.draw_every <= 1 || eng_g.ticks % (uint64_t)eng_g.draw_every == 0))
            draw_frame();
    }
}

/* Real time: ticks follow the clock; draw only when dirty or animating;
 * block in SDL_WaitEventTimeout when there is nothing to do. */
static void run_realtime(void)
{
    const double freq = (double)SDL_GetPerformanceFrequency();
    const double tick_len = freq / ENG_TICK_HZ;
    Uint64 last = SDL_GetPerformanceCounter();
    double acc = 0.0;
    SDL_Event ev;
    bool anim = top_animating();
    uint64_t last_draw_tick = 0;
    while (!should_stop()) {
        Uint64 now = SDL_GetPerformanceCounter();
        double due = acc + (double)(now - last);
        int timeout;
        if (eng_g.dirty)
            timeout = 0;
        else if (anim || eng_input_pending())
            timeout = due >= tick_len ? 0 : (int)ceil((tick_len - due) * 1000.0 / freq);
        else
            timeout = IDLE_WAIT_MS;
        int got = timeout > 0 ? SDL_WaitEventTimeout(&ev, timeout) : SDL_PollEvent(&ev);
        while (got) {
            handle_event(&ev);
            got = SDL_PollEvent(&ev);
        }
        if (should_stop())
            break;
        now = SDL_GetPerformanceCounter();
        acc += (double)(now - last);
        last = now;
        int ran = 0;
        while (acc >= tick_len && ran < MAX_CATCHUP_TICKS && !should_stop()) {
            run_tick();
            acc -= tick_len;
            ran++;
        }
        if (ran == MAX_CATCHUP_TICKS)
            acc = 0.0; /* suspended or stalled: drop the lost time */
        if (should_stop())
            break;
        anim = top_animating();
        eng_scene *top = eng_scene_top();
        int fps = top && top->anim_fps > 0 && top->anim_fps < ENG_TICK_HZ ? top->anim_fps : ENG_TICK_HZ;
        bool anim_due = anim && ran > 0 && (eng_g.ticks - last_draw_tick) * (uint64_t)fps >= ENG_TICK_HZ;
        if (eng_g.dirty || anim_due) {
            draw_frame();
            last_draw_tick = eng_g.ticks;
        }
    }
}

int eng_run(void)
{
    if (!eng_g.inited) {
        eng_set_error("eng_run: engine not initialised");
        return 1;
    }
    if (eng_replay_bad()) {
        eng_log("bad replay: %s", eng_g.last_error);
        return 1;
    }
    eng_g.quit = false;
    eng_g.dirty = true;
    frame_stats_open();
    if (eng_g.fast)
        run_fast();
    else
        run_realtime();
    frame_stats_close();
    eng_replay_finish();
    if (eng_g.screenshot_path[0] && !eng_capture_png(eng_g.screenshot_path))
        eng_log("%s", eng_g.last_error);
    return 0;
}
