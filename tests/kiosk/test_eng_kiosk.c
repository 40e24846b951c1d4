/* test_eng_kiosk.c: the engine's kiosk mode: window close, Esc and a scene's
 * eng_quit() do not end the loop, an empty stack does not either, F11 keeps
 * full screen, the cursor shows only after real mouse motion and hides after
 * 3 s, eng_set_kiosk(false) lets the admin quit, SIGTERM still ends the loop
 * cleanly, and draw_every thins out the drawn frames of fast runs.
 * Depends on: eng.h (headless), SDL (to push device events), eng_test.h. */
#include <signal.h>

#include <SDL.h>

#include "eng_test.h"

typedef struct probe {
    int draws;
    int quits_asked;
    long pop_at;        /* pops itself at this tick (0 = never) */
    long unkiosk_at;    /* eng_set_kiosk(false) + eng_quit() at this tick */
    long sigterm_at;    /* raise(SIGTERM) at this tick */
    struct {
        long tick;
        int what;       /* 1 window close, 2 Esc, 3 F11, 4 mouse motion, 5 touch mouse motion, 6 finger */
    } events[8];
    int n_events;
    bool cursor_at[400];
} probe;

static void push_key(SDL_Scancode sc)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.scancode = sc;
    e.key.keysym.sym = SDL_GetKeyFromScancode(sc);
    SDL_PushEvent(&e);
}

static void push_event(int what)
{
    SDL_Event e;
    SDL_zero(e);
    switch (what) {
    case 1: e.type = SDL_QUIT; SDL_PushEvent(&e); break;
    case 2: push_key(SDL_SCANCODE_ESCAPE); break;
    case 3: push_key(SDL_SCANCODE_F11); break;
    case 4:
    case 5:
        e.type = SDL_MOUSEMOTION;
        e.motion.x = 100;
        e.motion.y = 100;
        e.motion.which = what == 5 ? SDL_TOUCH_MOUSEID : 0;
        SDL_PushEvent(&e);
        break;
    case 6:
        e.type = SDL_FINGERDOWN;
        e.tfinger.touchId = 1;
        e.tfinger.fingerId = 3;
        e.tfinger.x = 0.5f;
        e.tfinger.y = 0.5f;
        SDL_PushEvent(&e);
        break;
    default: break;
    }
}

static void p_action(eng_scene *s, const eng_action *a)
{
    probe *p = s->self;
    if (a->kind == ENG_ACT_QUIT_REQUEST || a->kind == ENG_ACT_BACK) {
        p->quits_asked++;
        eng_quit(); /* what the menu does: kiosk mode must ignore it */
    }
}

static void p_tick(eng_scene *s, double dt)
{
    (void)dt;
    probe *p = s->self;
    long t = (long)eng_ticks();
    if (t < 400)
        p->cursor_at[t] = eng_cursor_visible();
    for (int i = 0; i < p->n_events; i++)
        if (p->events[i].tick == t)
            push_event(p->events[i].what);
    if (p->unkiosk_at > 0 && p->unkiosk_at == t) {
        eng_set_kiosk(false);
        eng_quit();
    }
    if (p->sigterm_at > 0 && p->sigterm_at == t)
        raise(SIGTERM);
    if (p->pop_at > 0 && p->pop_at == t)
        eng_scene_pop();
}

static void p_draw(eng_scene *s) { ((probe *)s->self)->draws++; }

static void push_probe(probe *p)
{
    eng_scene_push(&(eng_scene){.name = "probe", .self = p, .action = p_action, .tick = p_tick, .draw = p_draw});
}

int main(int argc, char **argv)
{
    const char *assets = argc > 1 ? argv[1] : "assets";

    /* Without kiosk mode a window close ends the loop (the test is live). */
    eng_desc d = eng_test_desc(assets);
    d.max_frames = 300;
    CHECK(eng_init(&d));
    static probe p0;
    p0.events[p0.n_events++].tick = 10, p0.events[0].what = 1;
    push_probe(&p0);
    CHECK(eng_run() == 0);
    CHECK(eng_ticks() < 20);
    CHECK(eng_cursor_visible());
    eng_shutdown();

    /* Kiosk: close, Esc, F11 and a scene's eng_quit() change nothing; the
     * cursor follows the mouse only; then the stack empties and the loop
     * still runs to max_frames. */
    d.kiosk = true;
    d.fullscreen = true;
    d.max_frames = 400;
    CHECK(eng_init(&d));
    CHECK(eng_kiosk());
    CHECK(!eng_cursor_visible());
    bool fs = eng_is_fullscreen();
    static probe p1;
    p1.events[p1.n_events].tick = 10, p1.events[p1.n_events++].what = 1;
    p1.events[p1.n_events].tick = 20, p1.events[p1.n_events++].what = 2;
    p1.events[p1.n_events].tick = 30, p1.events[p1.n_events++].what = 3;
    p1.events[p1.n_events].tick = 40, p1.events[p1.n_events++].what = 5; /* a finger's mouse */
    p1.events[p1.n_events].tick = 50, p1.events[p1.n_events++].what = 6; /* a finger */
    p1.events[p1.n_events].tick = 100, p1.events[p1.n_events++].what = 4; /* a mouse */
    p1.pop_at = 350;
    push_probe(&p1);
    CHECK(eng_run() == 0);
    CHECK(eng_ticks() == 400);
    CHECK(p1.quits_asked == 2);
    CHECK(eng_kiosk_quits_ignored() == 2);
    CHECK(eng_is_fullscreen() == fs);
    CHECK(!p1.cursor_at[60]);              /* touches never show it */
    CHECK(p1.cursor_at[110]);              /* the mouse moved at 100 */
    CHECK(p1.cursor_at[100 + 3 * 60 - 5]); /* still shown just before 3 s */
    CHECK(!p1.cursor_at[100 + 3 * 60 + 5]);/* hidden after 3 s still */
    CHECK(eng_scene_depth() == 0);
    eng_shutdown();

    /* Admin "exit to desktop": eng_set_kiosk(false) then eng_quit(). */
    CHECK(eng_init(&d));
    static probe p2;
    p2.unkiosk_at = 30;
    push_probe(&p2);
    CHECK(eng_run() == 0);
    CHECK(eng_ticks() == 31);
    eng_shutdown();

    /* SIGTERM (systemctl stop) ends a kiosk loop cleanly. */
    CHECK(eng_init(&d));
    static probe p3;
    p3.sigterm_at = 40;
    push_probe(&p3);
    CHECK(eng_run() == 0);
    CHECK(eng_ticks() == 41);
    eng_shutdown();

    /* draw_every: a fast run draws one tick in N. */
    d.kiosk = false;
    d.max_frames = 100;
    d.draw_every = 10;
    CHECK(eng_init(&d));
    static probe p4;
    push_probe(&p4);
    CHECK(eng_run() == 0);
    CHECK(p4.draws == 10);
    eng_shutdown();
    return eng_test_finish("kiosk_engine");
}
