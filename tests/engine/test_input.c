/* test_input.c: device events become actions: keys 1-4, arrows, Enter, Esc,
 * mouse in canvas coordinates, fingers (with the synthetic mouse events SDL
 * makes from them ignored), gamepad buttons, window close, file drop.
 * Depends on: eng.h (headless), SDL (to push device events), eng_test.h. */
#include <SDL.h>

#include "eng_test.h"

#define MAX_SEEN 64

static eng_action seen[MAX_SEEN];
static int n_seen;
static bool pushed;

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

static void push_key_mod(SDL_Scancode sc, Uint16 mod)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.scancode = sc;
    e.key.keysym.sym = SDL_GetKeyFromScancode(sc);
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
}

static void push_button(Uint32 type, int x, int y, Uint32 which)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = type;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.button.x = x;
    e.button.y = y;
    e.button.which = which;
    e.button.windowID = 1;
    SDL_PushEvent(&e);
}

static void push_finger(Uint32 type, float x, float y)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = 7;
    e.tfinger.x = x;
    e.tfinger.y = y;
    e.tfinger.pressure = 1.0f;
    SDL_PushEvent(&e);
}

static void push_pad(Uint8 button)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_CONTROLLERBUTTONDOWN;
    e.cbutton.button = button;
    e.cbutton.state = SDL_PRESSED;
    SDL_PushEvent(&e);
}

static void push_text_event(const char *t)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_TEXTINPUT;
    SDL_strlcpy(e.text.text, t, sizeof e.text.text);
    SDL_PushEvent(&e);
}

/* Two fingers spreading apart around the canvas centre (no finger events:
 * the engine assumes the fingers' usual spread, 0.25). */
static void push_pinch(float d_dist)
{
    SDL_Event e;
    SDL_zero(e);
    e.type = SDL_MULTIGESTURE;
    e.mgesture.touchId = 1;
    e.mgesture.numFingers = 2;
    e.mgesture.dDist = d_dist;
    e.mgesture.x = 0.5f;
    e.mgesture.y = 0.5f;
    SDL_PushEvent(&e);
}

static void push_all(void)
{
    /* A digit key that acted as OPTION must not also arrive as text. */
    push_key(SDL_SCANCODE_3);
    push_text_event("3");
    push_text_event("я");
    push_key(SDL_SCANCODE_1);
    push_key(SDL_SCANCODE_4);
    push_key(SDL_SCANCODE_KP_2);
    push_key(SDL_SCANCODE_DOWN);
    push_key(SDL_SCANCODE_RETURN);
    push_key(SDL_SCANCODE_ESCAPE);
    /* Staff's admin chord; Ctrl+Alt+A alone is nothing. */
    push_key_mod(SDL_SCANCODE_A, KMOD_LCTRL | KMOD_LALT);
    push_key_mod(SDL_SCANCODE_A, KMOD_LCTRL | KMOD_RALT | KMOD_LSHIFT);
    /* The headless window is 1280x720: its centre is the canvas centre. */
    push_button(SDL_MOUSEBUTTONDOWN, 640, 360, 0);
    push_button(SDL_MOUSEBUTTONUP, 640, 360, 0);
    /* A finger at a quarter of the width and height; SDL's synthetic mouse
     * copy of it must not arrive twice. */
    push_finger(SDL_FINGERDOWN, 0.25f, 0.25f);
    push_button(SDL_MOUSEBUTTONDOWN, 320, 180, SDL_TOUCH_MOUSEID);
    push_finger(SDL_FINGERUP, 0.25f, 0.25f);
    push_pinch(0.05f);
    push_pinch(0.0f); /* no change in distance: no action */
    push_pad(SDL_CONTROLLER_BUTTON_DPAD_RIGHT);
    push_pad(SDL_CONTROLLER_BUTTON_A);
    push_pad(SDL_CONTROLLER_BUTTON_B);
    SDL_Event q;
    SDL_zero(q);
    q.type = SDL_QUIT;
    SDL_PushEvent(&q);
}

static void rec_action(eng_scene *s, const eng_action *a)
{
    (void)s;
    if (n_seen < MAX_SEEN && a->kind != ENG_ACT_POINTER_MOVE) {
        seen[n_seen++] = *a;
    }
}

static void rec_tick(eng_scene *s, double dt)
{
    (void)s;
    (void)dt;
    if (!pushed && eng_ticks() >= 2) {
        pushed = true;
        push_all();
    }
}

static int find(eng_action_kind k, int value, int from)
{
    for (int i = from; i < n_seen; i++) {
        if (seen[i].kind == k && (value < 0 || seen[i].value == value)) {
            return i;
        }
    }
    return -1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: engine_test_input ASSETS\n");
        return 2;
    }
    eng_desc d = eng_test_desc(argv[1]);
    d.max_frames = 10;
    CHECK(eng_init(&d));
    eng_scene_push(&(eng_scene){.name = "recorder", .action = rec_action, .tick = rec_tick});
    eng_run();

    CHECK(n_seen >= 16);
    CHECK(find(ENG_ACT_OPTION, 2, 0) >= 0);
    int texts = 0, ya = 0;
    for (int i = 0; i < n_seen; i++) {
        if (seen[i].kind == ENG_ACT_TEXT) {
            texts++;
            ya += strcmp(seen[i].text, "я") == 0;
        }
    }
    CHECK(texts == 1 && ya == 1);
    int at = find(ENG_ACT_OPTION, 0, 0);
    CHECK(at >= 0);
    CHECK(find(ENG_ACT_OPTION, 3, at) > at);
    CHECK(find(ENG_ACT_OPTION, 1, 0) >= 0);
    CHECK(find(ENG_ACT_DOWN, -1, 0) >= 0);
    CHECK(find(ENG_ACT_CONFIRM, -1, 0) >= 0);
    CHECK(find(ENG_ACT_BACK, -1, 0) >= 0);
    int admin = find(ENG_ACT_ADMIN, -1, 0);
    CHECK(admin >= 0 && find(ENG_ACT_ADMIN, -1, admin + 1) < 0); /* exactly once */

    int down = find(ENG_ACT_POINTER_DOWN, -1, 0);
    CHECK(down >= 0);
    if (down >= 0) {
        CHECK(!seen[down].touch);
        CHECK_NEAR(seen[down].x, 960, 2);
        CHECK_NEAR(seen[down].y, 540, 2);
    }
    int fdown = -1, n_touch_down = 0;
    for (int i = 0; i < n_seen; i++) {
        if (seen[i].kind == ENG_ACT_POINTER_DOWN && seen[i].touch) {
            fdown = fdown < 0 ? i : fdown;
            n_touch_down++;
        }
    }
    CHECK(n_touch_down == 1);
    int mouse_downs = 0;
    for (int i = 0; i < n_seen; i++) {
        mouse_downs += seen[i].kind == ENG_ACT_POINTER_DOWN && !seen[i].touch;
    }
    CHECK(mouse_downs == 1); /* the synthetic copy of the finger was dropped */
    if (fdown >= 0) {
        CHECK_NEAR(seen[fdown].x, 480, 2);
        CHECK_NEAR(seen[fdown].y, 270, 2);
    }
    CHECK(find(ENG_ACT_POINTER_UP, -1, 0) >= 0);

    /* The pinch: spread 0.25 grown by 0.05 -> factor 0.25 / 0.20 = 1.25. */
    int pinch = find(ENG_ACT_PINCH, -1, 0);
    CHECK(pinch >= 0);
    if (pinch >= 0) {
        CHECK(seen[pinch].value == 1250);
        CHECK(seen[pinch].touch);
        CHECK_NEAR(seen[pinch].x, 960, 2);
        CHECK_NEAR(seen[pinch].y, 540, 2);
        CHECK(find(ENG_ACT_PINCH, -1, pinch + 1) < 0);
    }
    CHECK(strcmp(eng_action_name(ENG_ACT_PINCH), "pinch") == 0);

    int right = find(ENG_ACT_RIGHT, -1, 0);
    CHECK(right >= 0);
    CHECK(find(ENG_ACT_CONFIRM, -1, right) > right);
    CHECK(find(ENG_ACT_BACK, -1, right) > right);
    CHECK(find(ENG_ACT_QUIT_REQUEST, -1, 0) >= 0);
    eng_shutdown();
    return eng_test_finish("engine_test_input");
}
