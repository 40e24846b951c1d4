/* eng_input.c: keyboard, mouse, touch, gamepad, text and file drops turned
 * into actions, and the action queue (files: eng_replay.c).
 * Depends on: SDL2, eng_internal.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_mixer.h>
#include <SDL_ttf.h>

#include "eng_internal.h"

/* Gamepad mapping (SDL_GameController names):
 *   D-pad and left stick (dead zone, with repeat) -> UP/DOWN/LEFT/RIGHT
 *   A, Start -> CONFIRM        B, Back -> BACK
 *   X, Y, shoulders, triggers -> unmapped (answers are picked with the D-pad
 *   and A; a fixed X/Y -> option mapping would not match every pad's layout) */
#define STICK_DEAD 16000   /* of 32767: about half way, so drift never moves */
#define STICK_DELAY 24     /* ticks before the first repeat (400 ms) */
#define STICK_REPEAT 9     /* ticks between repeats (150 ms) */
#define MAX_PADS 4

#define QUEUE_CAP 256
#define MAX_FINGERS 10
/* Fingers' mean distance from their centre (normalised) assumed for a
 * pinch when the fingers are not known (an event without finger events). */
#define PINCH_SPREAD 0.25f

static const char *const action_names[ENG_ACT_COUNT] = {
    "none", "option", "up", "down", "left", "right", "confirm", "back",
    "pointer_down", "pointer_up", "pointer_move", "wheel", "text", "drop_file",
    "quit_request", "erase", "pinch", "admin",
};

typedef struct replay_item {
    uint64_t tick;
    eng_action act;
} replay_item;

static struct {
    eng_action queue[QUEUE_CAP];
    size_t q_head, q_len;
    bool q_overflow_logged;
    SDL_GameController *pads[MAX_PADS];
    int stick_x, stick_y;          /* latest left stick values */
    eng_action_kind stick_dir;     /* direction held, NONE when centred */
    uint64_t stick_next;           /* tick of the next repeat */
    SDL_FingerID finger;           /* the finger that drives the pointer */
    bool finger_down;
    struct {
        SDL_FingerID id;
        float x, y;                /* normalised, as SDL's gestures see them */
    } fingers[MAX_FINGERS];        /* every finger on the screen, for pinches */
    int n_fingers;
} in;

const char *eng_action_name(eng_action_kind k)
{
    if ((int)k < 0 || k >= ENG_ACT_COUNT)
        return "none";
    return action_names[k];
}

void eng_pointer(float *x, float *y)
{
    if (x)
        *x = eng_g.pointer_x;
    if (y)
        *y = eng_g.pointer_y;
}

void eng_text_mode(bool on) { eng_g.text_mode = on; }

/* ---- queue ------------------------------------------------------------ */

static eng_action *queue_last(void)
{
    if (in.q_len == 0)
        return NULL;
    return &in.queue[(in.q_head + in.q_len - 1) % QUEUE_CAP];
}

/* Many motion events between two ticks: with `coalesce` only the latest
 * position counts. Replays never coalesce (the file is already exact). */
static void queue_push(const eng_action *a, bool coalesce)
{
    if (!a || a->kind <= ENG_ACT_NONE || a->kind >= ENG_ACT_COUNT)
        return;
    eng_action *last = queue_last();
    if (coalesce && a->kind == ENG_ACT_POINTER_MOVE && last &&
        last->kind == ENG_ACT_POINTER_MOVE && last->touch == a->touch) {
        *last = *a;
        return;
    }
    if (in.q_len == QUEUE_CAP) {
        if (!in.q_overflow_logged)
            eng_log("input queue full; dropping actions");
        in.q_overflow_logged = true;
        return;
    }
    eng_action *slot = &in.queue[(in.q_head + in.q_len) % QUEUE_CAP];
    *slot = *a;
    slot->text[sizeof slot->text - 1] = '\0';
    in.q_len++;
}

void eng_inject(const eng_action *a) { queue_push(a, true); }

static void push_simple(eng_action_kind k, int value)
{
    eng_action a;
    memset(&a, 0, sizeof a);
    a.kind = k;
    a.value = value;
    a.x = eng_g.pointer_x;
    a.y = eng_g.pointer_y;
    eng_inject(&a);
}

static void push_pointer(eng_action_kind k, int value, float x, float y, bool touch)
{
    eng_action a;
    memset(&a, 0, sizeof a);
    a.kind = k;
    a.value = value;
    a.x = x;
    a.y = y;
    a.touch = touch;
    eng_inject(&a);
}

static void push_text(eng_action_kind k, const char *text)
{
    eng_action a;
    memset(&a, 0, sizeof a);
    a.kind = k;
    a.x = eng_g.pointer_x;
    a.y = eng_g.pointer_y;
    snprintf(a.text, sizeof a.text, "%s", text ? text : "");
    eng_inject(&a);
}

bool eng_input_pending(void) { return in.q_len > 0 || in.stick_dir != ENG_ACT_NONE; }

/* ---- devices ---------------------------------------------------------- */

/* A key that became an action also arrives as typed text right after it
 * (SDL_TEXTINPUT). That text is dropped: otherwise "3" that opened the exam
 * would also be typed into the exam's first answer field. */
static char swallow_text;

static void key_down(const SDL_KeyboardEvent *k)
{
    SDL_Scancode sc = k->keysym.scancode;
    bool rep = k->repeat != 0;
    swallow_text = 0;
    if (sc == SDL_SCANCODE_A && !rep && (k->keysym.mod & KMOD_CTRL) && (k->keysym.mod & KMOD_ALT) &&
        (k->keysym.mod & KMOD_SHIFT)) {
        push_simple(ENG_ACT_ADMIN, 0);
        return;
    }
    switch (sc) {
    case SDL_SCANCODE_1: case SDL_SCANCODE_2: case SDL_SCANCODE_3: case SDL_SCANCODE_4:
        if (!rep && !eng_g.text_mode) {
            push_simple(ENG_ACT_OPTION, (int)(sc - SDL_SCANCODE_1));
            swallow_text = (char)('1' + (sc - SDL_SCANCODE_1));
        }
        break;
    case SDL_SCANCODE_KP_1: case SDL_SCANCODE_KP_2: case SDL_SCANCODE_KP_3: case SDL_SCANCODE_KP_4:
        if (!rep && !eng_g.text_mode) {
            push_simple(ENG_ACT_OPTION, (int)(sc - SDL_SCANCODE_KP_1));
            swallow_text = (char)('1' + (sc - SDL_SCANCODE_KP_1));
        }
        break;
    case SDL_SCANCODE_UP: push_simple(ENG_ACT_UP, 0); break;
    case SDL_SCANCODE_DOWN: push_simple(ENG_ACT_DOWN, 0); break;
    case SDL_SCANCODE_LEFT: push_simple(ENG_ACT_LEFT, 0); break;
    case SDL_SCANCODE_RIGHT: push_simple(ENG_ACT_RIGHT, 0); break;
    case SDL_SCANCODE_RETURN: case SDL_SCANCODE_KP_ENTER:
        if (!rep)
            push_simple(ENG_ACT_CONFIRM, 0);
        break;
    case SDL_SCANCODE_SPACE:
        if (!rep && !eng_g.text_mode) {
            push_simple(ENG_ACT_CONFIRM, 0);
            swallow_text = ' ';
        }
        break;
    case SDL_SCANCODE_ESCAPE: case SDL_SCANCODE_AC_BACK:
        if (!rep)
            push_simple(ENG_ACT_BACK, 0);
        break;
    case SDL_SCANCODE_BACKSPACE: push_simple(ENG_ACT_ERASE, 0); break;
    default: break;
    }
}

static void pad_button(Uint8 b)
{
    switch (b) {
    case SDL_CONTROLLER_BUTTON_DPAD_UP: push_simple(ENG_ACT_UP, 0); break;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN: push_simple(ENG_ACT_DOWN, 0); break;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT: push_simple(ENG_ACT_LEFT, 0); break;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: push_simple(ENG_ACT_RIGHT, 0); break;
    case SDL_CONTROLLER_BUTTON_A: case SDL_CONTROLLER_BUTTON_START:
        push_simple(ENG_ACT_CONFIRM, 0);
        break;
    case SDL_CONTROLLER_BUTTON_B: case SDL_CONTROLLER_BUTTON_BACK:
        push_simple(ENG_ACT_BACK, 0);
        break;
    default: break;
    }
}

static void pad_added(int device_index)
{
    for (int i = 0; i < MAX_PADS; i++) {
        if (in.pads[i])
            continue;
        in.pads[i] = SDL_GameControllerOpen(device_index);
        return;
    }
}

static void pad_removed(SDL_JoystickID id)
{
    for (int i = 0; i < MAX_PADS; i++) {
        if (!in.pads[i])
            continue;
        SDL_Joystick *j = SDL_GameControllerGetJoystick(in.pads[i]);
        if (j && SDL_JoystickInstanceID(j) == id) {
            SDL_GameControllerClose(in.pads[i]);
            in.pads[i] = NULL;
        }
    }
    in.stick_x = in.stick_y = 0;
}

static eng_action_kind stick_direction(void)
{
    int ax = abs(in.stick_x), ay = abs(in.stick_y);
    if (ax < STICK_DEAD && ay < STICK_DEAD)
        return ENG_ACT_NONE;
    if (ax >= ay)
        return in.stick_x < 0 ? ENG_ACT_LEFT : ENG_ACT_RIGHT;
    return in.stick_y < 0 ? ENG_ACT_UP : ENG_ACT_DOWN;
}

static void stick_tick(void)
{
    eng_action_kind d = stick_direction();
    if (d != in.stick_dir) {
        in.stick_dir = d;
        if (d != ENG_ACT_NONE) {
            push_simple(d, 0);
            in.stick_next = eng_g.ticks + STICK_DELAY;
        }
    } else if (d != ENG_ACT_NONE && eng_g.ticks >= in.stick_next) {
        push_simple(d, 0);
        in.stick_next = eng_g.ticks + STICK_REPEAT;
    }
}

/* Keeps the table of fingers down (all of them, not only the pointer's). */
static void fingers_track(const SDL_Event *ev)
{
    const SDL_TouchFingerEvent *f = &ev->tfinger;
    int at = -1;
    for (int i = 0; i < in.n_fingers; i++) {
        if (in.fingers[i].id == f->fingerId) {
            at = i;
            break;
        }
    }
    if (ev->type == SDL_FINGERUP) {
        if (at >= 0)
            in.fingers[at] = in.fingers[--in.n_fingers];
        return;
    }
    if (at < 0) {
        if (in.n_fingers == MAX_FINGERS)
            return;
        at = in.n_fingers++;
        in.fingers[at].id = f->fingerId;
    }
    in.fingers[at].x = f->x;
    in.fingers[at].y = f->y;
}

/* A two-finger pinch. SDL gives dDist: the change of the fingers' mean
 * distance from their centre (normalised). With the fingers' spread now
 * known from the finger events (SDL sends the gesture right after the
 * finger motion that caused it) the factor is spread / (spread - dDist). */
static void pinch(const SDL_MultiGestureEvent *g)
{
    if (g->numFingers < 2 || g->dDist == 0.0f)
        return;
    float spread = PINCH_SPREAD;
    if (in.n_fingers >= 2) {
        float cx = 0, cy = 0, sum = 0;
        for (int i = 0; i < in.n_fingers; i++) {
            cx += in.fingers[i].x;
            cy += in.fingers[i].y;
        }
        cx /= (float)in.n_fingers;
        cy /= (float)in.n_fingers;
        for (int i = 0; i < in.n_fingers; i++)
            sum += SDL_sqrtf((in.fingers[i].x - cx) * (in.fingers[i].x - cx) +
                             (in.fingers[i].y - cy) * (in.fingers[i].y - cy));
        spread = sum / (float)in.n_fingers;
    }
    float before = spread - g->dDist;
    if (spread <= 0.001f || before <= 0.001f)
        return;
    float factor = spread / before;
    factor = factor < 0.5f ? 0.5f : factor > 2.0f ? 2.0f : factor;
    int value = (int)SDL_lroundf(factor * 1000.0f);
    if (value == 1000)
        return;
    /* The renderer mapped the fingers to the letterboxed canvas before SDL
     * made the gesture from them, so x, y are normalised canvas coordinates. */
    push_pointer(ENG_ACT_PINCH, value, g->x * (float)ENG_CANVAS_W, g->y * (float)ENG_CANVAS_H, true);
}

void eng_input_event(const SDL_Event *ev)
{
    /* A replay owns the input; only quitting still reaches the scene. */
    if (eng_replay_active() && ev->type != SDL_QUIT)
        return;
    switch (ev->type) {
    case SDL_QUIT: push_simple(ENG_ACT_QUIT_REQUEST, 0); break;
    case SDL_KEYDOWN: key_down(&ev->key); break;
    case SDL_TEXTINPUT:
        if (swallow_text != 0 && ev->text.text[0] == swallow_text && ev->text.text[1] == '\0') {
            swallow_text = 0; /* the key already acted */
        } else {
            swallow_text = 0;
            push_text(ENG_ACT_TEXT, ev->text.text);
        }
        break;
    case SDL_DROPFILE:
        push_text(ENG_ACT_DROP_FILE, ev->drop.file);
        SDL_free(ev->drop.file);
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        /* The renderer already mapped x/y to the logical canvas. */
        if (ev->button.which == SDL_TOUCH_MOUSEID)
            break;
        eng_cursor_moved();
        push_pointer(ev->type == SDL_MOUSEBUTTONDOWN ? ENG_ACT_POINTER_DOWN : ENG_ACT_POINTER_UP,
                     ev->button.button, (float)ev->button.x, (float)ev->button.y, false);
        break;
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID)
            break;
        eng_cursor_moved();
        push_pointer(ENG_ACT_POINTER_MOVE, 0, (float)ev->motion.x, (float)ev->motion.y, false);
        break;
    case SDL_MOUSEWHEEL: {
        if (ev->wheel.which == SDL_TOUCH_MOUSEID || ev->wheel.y == 0)
            break;
        int steps = ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -ev->wheel.y : ev->wheel.y;
        push_simple(ENG_ACT_WHEEL, steps);
        break;
    }
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION: {
        /* The renderer normalised x/y to the letterboxed canvas. One finger
         * drives the pointer; others are ignored until it lifts. */
        const SDL_TouchFingerEvent *f = &ev->tfinger;
        fingers_track(ev);
        if (ev->type == SDL_FINGERDOWN && !in.finger_down) {
            in.finger = f->fingerId;
            in.finger_down = true;
        } else if (!in.finger_down || f->fingerId != in.finger) {
            break;
        }
        float x = f->x * (float)ENG_CANVAS_W, y = f->y * (float)ENG_CANVAS_H;
        eng_action_kind k = ev->type == SDL_FINGERDOWN ? ENG_ACT_POINTER_DOWN
                            : ev->type == SDL_FINGERUP ? ENG_ACT_POINTER_UP
                                                       : ENG_ACT_POINTER_MOVE;
        if (ev->type == SDL_FINGERUP)
            in.finger_down = false;
        push_pointer(k, 1, x, y, true);
        break;
    }
    case SDL_MULTIGESTURE: pinch(&ev->mgesture); break;
    case SDL_CONTROLLERDEVICEADDED: pad_added(ev->cdevice.which); break;
    case SDL_CONTROLLERDEVICEREMOVED: pad_removed(ev->cdevice.which); break;
    case SDL_CONTROLLERBUTTONDOWN: pad_button(ev->cbutton.button); break;
    case SDL_CONTROLLERAXISMOTION:
        if (ev->caxis.axis == SDL_CONTROLLER_AXIS_LEFTX)
            in.stick_x = ev->caxis.value;
        else if (ev->caxis.axis == SDL_CONTROLLER_AXIS_LEFTY)
            in.stick_y = ev->caxis.value;
        break;
    default: break;
    }
}

/* ---- life cycle and the per-tick step ----------------------------------- */

bool eng_input_open(const char *record_path, const char *replay_path)
{
    memset(&in, 0, sizeof in);
    return eng_replay_open(record_path, replay_path);
}

void eng_input_close(void)
{
    for (int i = 0; i < MAX_PADS; i++)
        if (in.pads[i])
            SDL_GameControllerClose(in.pads[i]);
    memset(&in, 0, sizeof in);
    eng_replay_close();
}

void eng_input_tick(void)
{
    if (eng_replay_active()) {
        eng_action a;
        while (eng_replay_next(eng_g.ticks, &a))
            queue_push(&a, false);
    } else {
        stick_tick();
    }
    /* Actions queued while delivering (by scenes) wait for the next tick. */
    size_t n = in.q_len;
    for (size_t i = 0; i < n && in.q_len > 0; i++) {
        eng_action a = in.queue[in.q_head];
        in.q_head = (in.q_head + 1) % QUEUE_CAP;
        in.q_len--;
        eng_replay_record(&a);
        eng_scene_deliver(&a);
    }
}
