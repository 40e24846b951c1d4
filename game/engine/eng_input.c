/* eng_input.c: keyboard, mouse, touch, gamepad, text and file drops turned
 * into actions; the action queue; recording and replaying action files.
 * Depends on: SDL2, eng_internal.h. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static const char *const action_names[ENG_ACT_COUNT] = {
    "none", "option", "up", "down", "left", "right", "confirm", "back",
    "pointer_down", "pointer_up", "pointer_move", "wheel", "text", "drop_file",
    "quit_request", "erase",
};

typedef struct replay_item {
    uint64_t tick;
    eng_action act;
} replay_item;

static struct {
    eng_action queue[QUEUE_CAP];
    size_t q_head, q_len;
    bool q_overflow_logged;
    FILE *record;
    bool replaying;
    bool replay_bad;
    replay_item *replay;
    size_t replay_n, replay_pos;
    uint64_t replay_end;
    SDL_GameController *pads[MAX_PADS];
    int stick_x, stick_y;          /* latest left stick values */
    eng_action_kind stick_dir;     /* direction held, NONE when centred */
    uint64_t stick_next;           /* tick of the next repeat */
    SDL_FingerID finger;           /* the finger that drives the pointer */
    bool finger_down;
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

static void key_down(const SDL_KeyboardEvent *k)
{
    SDL_Scancode sc = k->keysym.scancode;
    bool rep = k->repeat != 0;
    switch (sc) {
    case SDL_SCANCODE_1: case SDL_SCANCODE_2: case SDL_SCANCODE_3: case SDL_SCANCODE_4:
        if (!rep && !eng_g.text_mode)
            push_simple(ENG_ACT_OPTION, (int)(sc - SDL_SCANCODE_1));
        break;
    case SDL_SCANCODE_KP_1: case SDL_SCANCODE_KP_2: case SDL_SCANCODE_KP_3: case SDL_SCANCODE_KP_4:
        if (!rep && !eng_g.text_mode)
            push_simple(ENG_ACT_OPTION, (int)(sc - SDL_SCANCODE_KP_1));
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
        if (!rep && !eng_g.text_mode)
            push_simple(ENG_ACT_CONFIRM, 0);
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

void eng_input_event(const SDL_Event *ev)
{
    /* A replay owns the input; only quitting still reaches the scene. */
    if (in.replaying && ev->type != SDL_QUIT)
        return;
    switch (ev->type) {
    case SDL_QUIT: push_simple(ENG_ACT_QUIT_REQUEST, 0); break;
    case SDL_KEYDOWN: key_down(&ev->key); break;
    case SDL_TEXTINPUT: push_text(ENG_ACT_TEXT, ev->text.text); break;
    case SDL_DROPFILE:
        push_text(ENG_ACT_DROP_FILE, ev->drop.file);
        SDL_free(ev->drop.file);
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        /* The renderer already mapped x/y to the logical canvas. */
        if (ev->button.which == SDL_TOUCH_MOUSEID)
            break;
        push_pointer(ev->type == SDL_MOUSEBUTTONDOWN ? ENG_ACT_POINTER_DOWN : ENG_ACT_POINTER_UP,
                     ev->button.button, (float)ev->button.x, (float)ev->button.y, false);
        break;
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID)
            break;
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

/* ---- record ----------------------------------------------------------- */

static void write_escaped(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '\\': fputs("\\\\", f); break;
        case ' ': fputs("\\s", f); break;
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        case '\r': fputs("\\r", f); break;
        default:
            if (*p < 0x20 || *p == 0x7f)
                fprintf(f, "\\x%02x", *p);
            else
                fputc(*p, f);
        }
    }
}

static void record_action(const eng_action *a)
{
    if (!in.record)
        return;
    fprintf(in.record, "%llu %s %d %.9g %.9g %d", (unsigned long long)eng_g.ticks,
            eng_action_name(a->kind), a->value, (double)a->x, (double)a->y, a->touch ? 1 : 0);
    if (a->text[0]) {
        fputc(' ', in.record);
        write_escaped(in.record, a->text);
    }
    fputc('\n', in.record);
}

void eng_input_finish(void)
{
    if (!in.record)
        return;
    fprintf(in.record, "# end %llu\n", (unsigned long long)eng_g.ticks);
    fflush(in.record);
}

/* ---- replay ----------------------------------------------------------- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Unescapes `s` into out (cap bytes). Returns NULL or what is wrong. */
static const char *unescape(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (; *s; s++) {
        char c = *s;
        if (c == '\\') {
            s++;
            switch (*s) {
            case '\\': c = '\\'; break;
            case 's': c = ' '; break;
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'x': {
                int hi = s[1] ? hexval(s[1]) : -1, lo = hi >= 0 && s[2] ? hexval(s[2]) : -1;
                if (hi < 0 || lo < 0)
                    return "bad \\x escape in text";
                c = (char)(hi * 16 + lo);
                s += 2;
                break;
            }
            default: return "bad escape in text (use \\\\ \\s \\n \\t \\r \\xHH)";
            }
        }
        if (n + 1 >= cap)
            return "text longer than 255 bytes";
        out[n++] = c;
    }
    out[n] = '\0';
    return NULL;
}

static bool parse_u64(const char *s, uint64_t *v)
{
    if (!*s || *s == '-' || *s == '+')
        return false;
    char *end;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 10);
    if (errno || *end)
        return false;
    *v = x;
    return true;
}

static bool parse_int(const char *s, int *v)
{
    char *end;
    errno = 0;
    long x = strtol(s, &end, 10);
    if (!*s || errno || *end || x < -1000000000L || x > 1000000000L)
        return false;
    *v = (int)x;
    return true;
}

static bool parse_float(const char *s, float *v)
{
    char *end;
    errno = 0;
    float x = strtof(s, &end);
    if (!*s || errno || *end || !isfinite(x))
        return false;
    *v = x;
    return true;
}

/* Parses one action line. Returns NULL or what is wrong. */
static const char *parse_line(char *line, replay_item *it, uint64_t prev_tick)
{
    char *f[8];
    int nf = 0;
    for (char *p = strtok(line, " \t"); p; p = strtok(NULL, " \t")) {
        if (nf == 8)
            return "too many fields (want: tick action value x y touch [text])";
        f[nf++] = p;
    }
    if (nf < 6 || nf > 7)
        return "want 6 or 7 fields: tick action value x y touch [text]";
    memset(it, 0, sizeof *it);
    if (!parse_u64(f[0], &it->tick))
        return "tick is not a non-negative whole number";
    if (it->tick < prev_tick)
        return "tick goes backwards";
    int k;
    for (k = 1; k < ENG_ACT_COUNT; k++)
        if (strcmp(f[1], action_names[k]) == 0)
            break;
    if (k == ENG_ACT_COUNT)
        return "unknown action name";
    it->act.kind = (eng_action_kind)k;
    if (!parse_int(f[2], &it->act.value))
        return "value is not a whole number";
    if (!parse_float(f[3], &it->act.x) || !parse_float(f[4], &it->act.y))
        return "x or y is not a number";
    if (strcmp(f[5], "0") != 0 && strcmp(f[5], "1") != 0)
        return "touch must be 0 or 1";
    it->act.touch = f[5][0] == '1';
    if (nf == 7)
        return unescape(f[6], it->act.text, sizeof it->act.text);
    return NULL;
}

static bool load_replay(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        eng_set_error("%s: cannot open: %s", path, strerror(errno));
        return false;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    uint64_t prev = 0;
    bool ok = true, saw_end = false;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (lineno == 1) {
            if (strcmp(line, "letopis-replay 1") != 0) {
                eng_set_error("%s:1: expected the header \"letopis-replay 1\"", path);
                ok = false;
                break;
            }
            continue;
        }
        if (len == 0)
            continue;
        if (line[0] == '#') {
            unsigned long long end;
            if (sscanf(line, "# end %llu", &end) == 1) {
                in.replay_end = end;
                saw_end = true;
            }
            continue;
        }
        if (in.replay_n % 64 == 0) {
            replay_item *p = realloc(in.replay, (in.replay_n + 64) * sizeof *p);
            if (!p) {
                eng_set_error("%s:%ld: out of memory", path, lineno);
                ok = false;
                break;
            }
            in.replay = p;
        }
        const char *why = parse_line(line, &in.replay[in.replay_n], prev);
        if (why) {
            eng_set_error("%s:%ld: %s", path, lineno, why);
            ok = false;
            break;
        }
        prev = in.replay[in.replay_n].tick;
        in.replay_n++;
    }
    if (ok && lineno == 0) {
        eng_set_error("%s:1: empty file; expected the header \"letopis-replay 1\"", path);
        ok = false;
    }
    free(line);
    fclose(f);
    /* Without a recorded end, play one second past the last action. */
    if (ok && !saw_end)
        in.replay_end = (in.replay_n ? in.replay[in.replay_n - 1].tick : 0) + ENG_TICK_HZ;
    return ok;
}

bool eng_input_replay_bad(void) { return in.replay_bad; }

uint64_t eng_input_replay_end(void) { return in.replaying ? in.replay_end : 0; }

/* ---- life cycle and the per-tick step ----------------------------------- */

bool eng_input_open(const char *record_path, const char *replay_path)
{
    memset(&in, 0, sizeof in);
    bool ok = true;
    if (replay_path) {
        in.replaying = true;
        if (!load_replay(replay_path)) {
            in.replay_bad = true;
            ok = false;
        }
    }
    if (record_path) {
        in.record = fopen(record_path, "w");
        if (!in.record) {
            eng_log("cannot write the record file %s: %s", record_path, strerror(errno));
            ok = false;
        } else {
            fputs("letopis-replay 1\n", in.record);
        }
    }
    return ok;
}

void eng_input_close(void)
{
    if (in.record)
        fclose(in.record);
    for (int i = 0; i < MAX_PADS; i++)
        if (in.pads[i])
            SDL_GameControllerClose(in.pads[i]);
    free(in.replay);
    memset(&in, 0, sizeof in);
}

void eng_input_tick(void)
{
    if (in.replaying) {
        while (in.replay_pos < in.replay_n && in.replay[in.replay_pos].tick <= eng_g.ticks)
            queue_push(&in.replay[in.replay_pos++].act, false);
    } else {
        stick_tick();
    }
    /* Actions queued while delivering (by scenes) wait for the next tick. */
    size_t n = in.q_len;
    for (size_t i = 0; i < n && in.q_len > 0; i++) {
        eng_action a = in.queue[in.q_head];
        in.q_head = (in.q_head + 1) % QUEUE_CAP;
        in.q_len--;
        record_action(&a);
        eng_scene_deliver(&a);
    }
}
