/* scn_teacher.c: the way into the teacher screen: a PIN pad (on-screen
 * digits for mouse and touch, digit keys, Backspace and Enter, arrows and
 * Enter for a gamepad), choosing the PIN twice on the first visit, and the
 * growing lock after wrong PINs, counted in the store so a restart keeps it.
 * Depends on: scn_teacher.h, scn_ui.h, scn_text.h, eng.h, lt_pin.h, lt_report.h (keys), lt_store.h. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "lt_pin.h"
#include "lt_report.h"
#include "scn_teacher.h"
#include "scn_text.h"
#include "scn_ui.h"

/* Pad keys in grid order: 1-9, erase, 0, OK; then the back button. */
enum { SCN_PIN_KEY_ERASE = 9, SCN_PIN_KEY_ZERO = 10, SCN_PIN_KEY_OK = 11, SCN_PIN_KEYS = 12,
       SCN_PIN_BACK = 12 };

typedef struct scn_pin {
    scn_ctx *ctx;
    scn_pin_mode mode;
    int step;                             /* choosing: 0 the first entry, 1 the repeat */
    char digits[LT_PIN_MAX_DIGITS + 1];
    char first[LT_PIN_MAX_DIGITS + 1];    /* choosing: the first entry */
    char hash[LT_PIN_HASH_MAX];           /* entering: the stored hash */
    scn_str message;                      /* what went wrong last; SCN_STR_COUNT = nothing */
    char detail[256];                     /* a system reason for SAVE_FAILED */
    int failures;                         /* wrong PINs in a row (from the store) */
    int64_t failed_at;                    /* when the last one was given */
    scn_buttons keys;                     /* the 12 pad keys and back */
    char *status;                         /* change: the results' status line */
    size_t status_len;
    char data_dir[PATH_MAX];
} scn_pin;

void scn_teacher_data_dir(const scn_ctx *ctx, char *buf, size_t len)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", lt_store_path(ctx->store));
    char *slash = strrchr(dir, '/');
    if (slash == NULL) {
        snprintf(dir, sizeof dir, ".");
    } else if (slash == dir) {
        dir[1] = '\0';
    } else {
        *slash = '\0';
    }
    char abs[PATH_MAX];
    snprintf(buf, len, "%s", realpath(dir, abs) != NULL ? abs : dir);
}

/* How long the pad stays locked from now, in ms (0 = open). A clock set
 * back (another --now, a changed system time) never makes it longer than
 * one lock. */
static int64_t scn_pin_lock_left(const scn_pin *p)
{
    int64_t lock = lt_pin_lock_ms(p->failures);
    if (lock <= 0) {
        return 0;
    }
    int64_t left = p->failed_at + lock - scn_now_ms(p->ctx);
    if (left > lock) {
        left = lock;
    }
    return left > 0 ? left : 0;
}

static void scn_pin_load_failures(scn_pin *p)
{
    char buf[32];
    p->failures = lt_store_get_int(p->ctx->store, LT_REPORT_PIN_FAILS_KEY, 0);
    p->failed_at = 0;
    if (lt_store_get(p->ctx->store, LT_REPORT_PIN_FAILED_AT_KEY, buf, sizeof buf)) {
        p->failed_at = strtoll(buf, NULL, 10);
    }
    if (p->failures < 0) {
        p->failures = 0;
    }
}

static void scn_pin_save_failures(scn_pin *p)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRId64, p->failed_at);
    lt_store_set_int(p->ctx->store, LT_REPORT_PIN_FAILS_KEY, p->failures);
    lt_store_set(p->ctx->store, LT_REPORT_PIN_FAILED_AT_KEY, buf);
}

static void scn_pin_fail(scn_pin *p, scn_str why)
{
    p->message = why;
    p->digits[0] = '\0';
    eng_sound_play(ENG_SND_WRONG);
}

static void scn_pin_type(scn_pin *p, char c)
{
    if (p->mode == SCN_PIN_NO_STORE || (p->mode == SCN_PIN_ENTER && scn_pin_lock_left(p) > 0)) {
        return;
    }
    size_t n = strlen(p->digits);
    if (n >= LT_PIN_MAX_DIGITS) {
        p->message = SCN_S_TEACHER_PIN_LONG;
        return;
    }
    p->digits[n] = c;
    p->digits[n + 1] = '\0';
    if (p->message != SCN_S_TEACHER_PIN_WRONG && p->message != SCN_S_TEACHER_PIN_MISMATCH) {
        p->message = SCN_STR_COUNT; /* a hint about the last key goes; what happened to the last PIN stays */
    }
}

static void scn_pin_erase(scn_pin *p)
{
    size_t n = strlen(p->digits);
    if (n > 0) {
        p->digits[n - 1] = '\0';
    }
}

static void scn_pin_check(scn_pin *p)
{
    scn_ctx *ctx = p->ctx;
    if (scn_pin_lock_left(p) > 0 || p->digits[0] == '\0') {
        return;
    }
    if (lt_pin_verify(p->hash, p->digits)) {
        memset(p->digits, 0, sizeof p->digits);
        if (p->failures != 0) {
            p->failures = 0;
            p->failed_at = 0;
            scn_pin_save_failures(p);
        }
        eng_sound_play(ENG_SND_CLICK);
        scn_teacher_results_open(ctx, true);
        return;
    }
    p->failures++;
    p->failed_at = scn_now_ms(ctx);
    scn_pin_save_failures(p);
    scn_pin_fail(p, SCN_S_TEACHER_PIN_WRONG);
}

static void scn_pin_choose(scn_pin *p)
{
    scn_ctx *ctx = p->ctx;
    if (p->step == 0) {
        if (!lt_pin_valid(p->digits)) {
            scn_pin_fail(p, SCN_S_TEACHER_PIN_SHORT);
            return;
        }
        memcpy(p->first, p->digits, sizeof p->first);
        memset(p->digits, 0, sizeof p->digits);
        p->step = 1;
        p->message = SCN_STR_COUNT;
        eng_sound_play(ENG_SND_CLICK);
        return;
    }
    if (strcmp(p->first, p->digits) != 0) {
        memset(p->first, 0, sizeof p->first);
        p->step = 0;
        scn_pin_fail(p, SCN_S_TEACHER_PIN_MISMATCH);
        return;
    }
    char hash[LT_PIN_HASH_MAX];
    if (!lt_pin_hash(p->digits, hash, sizeof hash)) {
        snprintf(p->detail, sizeof p->detail, "libsodium");
        scn_pin_fail(p, SCN_S_TEACHER_PIN_SAVE_FAILED);
        return;
    }
    if (!lt_store_set(ctx->store, LT_REPORT_PIN_KEY, hash)) {
        snprintf(p->detail, sizeof p->detail, "%s", lt_store_path(ctx->store));
        scn_pin_fail(p, SCN_S_TEACHER_PIN_SAVE_FAILED);
        return;
    }
    p->failures = 0;
    p->failed_at = 0;
    scn_pin_save_failures(p);
    memset(p->digits, 0, sizeof p->digits);
    memset(p->first, 0, sizeof p->first);
    eng_sound_play(ENG_SND_CLICK);
    if (p->mode == SCN_PIN_CHANGE) {
        if (p->status != NULL) {
            snprintf(p->status, p->status_len, "%s", scn_tr(ctx->lang, SCN_S_TEACHER_PIN_CHANGED));
        }
        eng_scene_pop();
    } else {
        scn_teacher_results_open(ctx, true);
    }
}

static void scn_pin_submit(scn_pin *p)
{
    if (p->mode == SCN_PIN_ENTER) {
        scn_pin_check(p);
    } else if (p->mode != SCN_PIN_NO_STORE) {
        scn_pin_choose(p);
    }
}

/* A pad key (by index) pressed with the pointer, or Enter on the focused key. */
static void scn_pin_key(scn_pin *p, int key)
{
    if (key == SCN_PIN_BACK) {
        eng_sound_play(ENG_SND_CLICK);
        eng_scene_pop();
    } else if (key == SCN_PIN_KEY_ERASE) {
        scn_pin_erase(p);
    } else if (key == SCN_PIN_KEY_OK) {
        scn_pin_submit(p);
    } else if (key >= 0 && key < SCN_PIN_KEYS) {
        scn_pin_type(p, key == SCN_PIN_KEY_ZERO ? '0' : (char)('1' + key));
    }
}

/* Arrows walk the 3x4 grid; from its top row, up reaches the back button. */
static void scn_pin_move(scn_pin *p, eng_action_kind k)
{
    int f = p->keys.focus;
    if (f == SCN_PIN_BACK) {
        f = k == ENG_ACT_DOWN ? 2 : f;
    } else if (k == ENG_ACT_UP) {
        f = f < 3 ? SCN_PIN_BACK : f - 3;
    } else if (k == ENG_ACT_DOWN) {
        f = f + 3 < SCN_PIN_KEYS ? f + 3 : f;
    } else if (k == ENG_ACT_LEFT) {
        f = f % 3 > 0 ? f - 1 : f;
    } else if (k == ENG_ACT_RIGHT) {
        f = f % 3 < 2 ? f + 1 : f;
    }
    p->keys.focus = f;
}

static void scn_pin_action(eng_scene *s, const eng_action *a)
{
    scn_pin *p = s->self;
    eng_redraw();
    switch (a->kind) {
    case ENG_ACT_QUIT_REQUEST:
        eng_quit();
        return;
    case ENG_ACT_BACK:
        eng_scene_pop();
        return;
    case ENG_ACT_TEXT:
        for (const char *c = a->text; *c; c++) {
            if (*c >= '0' && *c <= '9') {
                scn_pin_type(p, *c);
            } else if (*c != ' ') {
                p->message = SCN_S_TEACHER_PIN_DIGITS;
            }
        }
        return;
    case ENG_ACT_OPTION: /* keys 1-4 outside text mode (not expected, but harmless) */
        if (a->value >= 0 && a->value <= 3) {
            scn_pin_type(p, (char)('1' + a->value));
        }
        return;
    case ENG_ACT_ERASE:
        scn_pin_erase(p);
        return;
    case ENG_ACT_CONFIRM:
        scn_pin_key(p, p->keys.focus);
        return;
    case ENG_ACT_UP:
    case ENG_ACT_DOWN:
    case ENG_ACT_LEFT:
    case ENG_ACT_RIGHT:
        scn_pin_move(p, a->kind);
        return;
    case ENG_ACT_POINTER_DOWN:
    case ENG_ACT_POINTER_UP:
    case ENG_ACT_POINTER_MOVE: {
        int hit = scn_buttons_action(&p->keys, a);
        if (hit >= 0) {
            scn_pin_key(p, hit);
        }
        return;
    }
    default:
        return;
    }
}

static void scn_pin_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    scn_pin *p = s->self;
    /* The scene's name tells tests (and the summary line) where the pad is. */
    if (p->mode == SCN_PIN_ENTER) {
        s->name = scn_pin_lock_left(p) > 0 ? "teacher-locked" : "teacher-pin";
    }
}

static bool scn_pin_animating(eng_scene *s)
{
    const scn_pin *p = s->self;
    return p->mode == SCN_PIN_ENTER && scn_pin_lock_left(p) > 0; /* the countdown */
}

static void scn_pin_lock_text(const scn_pin *p, int64_t left_ms, char *buf, size_t len)
{
    lt_lang L = p->ctx->lang;
    int secs = (int)((left_ms + 999) / 1000);
    char t[64];
    if (secs < 60) {
        snprintf(t, sizeof t, scn_tr(L, SCN_S_TEACHER_SECONDS), secs);
    } else {
        snprintf(t, sizeof t, scn_tr(L, SCN_S_TEACHER_MINUTES), secs / 60, secs % 60);
    }
    snprintf(buf, len, scn_tr(L, SCN_S_TEACHER_PIN_LOCKED), t);
}

/* The entered digits as dots in a field (never the digits themselves). */
static void scn_pin_draw_dots(const scn_pin *p, eng_rect r, bool locked)
{
    eng_fill_round_rect(r, 16, locked ? SCN_PANEL : SCN_FOCUS);
    eng_fill_round_rect((eng_rect){r.x + 4, r.y + 4, r.w - 8, r.h - 8}, 13, SCN_BG_DEEP);
    int n = (int)strlen(p->digits);
    const float step = 54, rad = 15;
    int slots = n > LT_PIN_MIN_DIGITS ? n : LT_PIN_MIN_DIGITS;
    float x0 = r.x + r.w / 2 - step * (float)(slots - 1) / 2;
    for (int i = 0; i < slots; i++) {
        float cx = x0 + step * (float)i, cy = r.y + r.h / 2;
        if (i < n) {
            eng_fill_circle(cx, cy, rad, SCN_TEXT);
        } else {
            eng_fill_circle(cx, cy, rad, SCN_PANEL_HI);
            eng_fill_circle(cx, cy, rad - 4, SCN_BG_DEEP);
        }
    }
}

static void scn_pin_draw(eng_scene *s)
{
    scn_pin *p = s->self;
    lt_lang L = p->ctx->lang;
    scn_ui_backdrop();
    const float cx = 560, colw = 800;
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 72);
    eng_text_draw(tf, scn_tr(L, SCN_S_TEACHER_TITLE), cx, 90, ENG_ALIGN_CENTER, SCN_TEXT);
    scn_ui_button(p->keys.rects[SCN_PIN_BACK], lt_tr(L, LT_S_BACK), scn_buttons_state(&p->keys, SCN_PIN_BACK), 0,
                  36);

    eng_font mf = eng_font_get(ENG_FONT_REGULAR, 34);
    if (p->mode == SCN_PIN_NO_STORE) {
        eng_text_draw_wrapped(mf, scn_tr(L, SCN_S_TEACHER_NO_STORE), (eng_rect){cx - colw / 2, 300, colw, 300},
                              ENG_ALIGN_CENTER, SCN_TEXT);
        return;
    }
    scn_str prompt = p->mode == SCN_PIN_ENTER ? SCN_S_TEACHER_PIN_ENTER
                     : p->step == 1           ? SCN_S_TEACHER_PIN_REPEAT
                     : p->mode == SCN_PIN_SET ? SCN_S_TEACHER_PIN_SET
                                              : SCN_S_TEACHER_PIN_NEW;
    eng_font pf = eng_font_get(ENG_FONT_BOLD, 42);
    eng_text_draw_wrapped(pf, scn_tr(L, prompt), (eng_rect){cx - colw / 2, 230, colw, 110}, ENG_ALIGN_CENTER,
                          SCN_TEXT);
    int64_t left = p->mode == SCN_PIN_ENTER ? scn_pin_lock_left(p) : 0;
    scn_pin_draw_dots(p, (eng_rect){cx - 360, 350, 720, 130}, left > 0);

    char buf[512];
    buf[0] = '\0';
    eng_color mc = SCN_WRONG;
    if (left > 0) {
        scn_pin_lock_text(p, left, buf, sizeof buf);
    } else if (p->message == SCN_S_TEACHER_PIN_SAVE_FAILED) {
        snprintf(buf, sizeof buf, scn_tr(L, p->message), p->detail);
    } else if (p->message != SCN_STR_COUNT) {
        snprintf(buf, sizeof buf, "%s", scn_tr(L, p->message));
        mc = p->message == SCN_S_TEACHER_PIN_LONG || p->message == SCN_S_TEACHER_PIN_DIGITS ? SCN_ACCENT : mc;
    }
    if (buf[0] != '\0') {
        /* Light text on a coloured pill: the red alone is too dark on the backdrop. */
        float h = eng_text_wrapped_height(mf, buf, 720 - 48, NULL);
        eng_rect pill = {cx - 360, 520, 720, h + 32};
        eng_fill_round_rect(pill, 14, mc);
        eng_text_draw_wrapped(mf, buf, (eng_rect){pill.x + 24, pill.y + 16, pill.w - 48, h + 4}, ENG_ALIGN_CENTER,
                              mc.r == SCN_ACCENT.r ? SCN_BG_DEEP : SCN_TEXT);
    }
    if (p->mode == SCN_PIN_ENTER) {
        eng_font hf = eng_font_get(ENG_FONT_REGULAR, 26);
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_TEACHER_FORGOT), p->data_dir);
        eng_text_draw_wrapped(hf, buf, (eng_rect){cx - colw / 2 - 60, 860, colw + 120, 150}, ENG_ALIGN_CENTER,
                              SCN_TEXT_DIM);
    }

    const char *ok = scn_tr(L, p->mode == SCN_PIN_ENTER ? SCN_S_TEACHER_OPEN
                               : p->step == 0           ? SCN_S_TEACHER_NEXT
                                                        : SCN_S_TEACHER_SAVE);
    for (int i = 0; i < SCN_PIN_KEYS; i++) {
        char label[8];
        const char *text = label;
        int px = 56;
        if (i == SCN_PIN_KEY_ERASE) {
            text = scn_tr(L, SCN_S_TEACHER_ERASE);
            px = 34;
        } else if (i == SCN_PIN_KEY_OK) {
            text = ok;
            px = 34;
        } else {
            snprintf(label, sizeof label, "%d", i == SCN_PIN_KEY_ZERO ? 0 : i + 1);
        }
        scn_button_state st = left > 0 ? SCN_BTN_DIM : scn_buttons_state(&p->keys, i);
        scn_ui_button(p->keys.rects[i], text, st, 0, px);
    }
}

static void scn_pin_destroy(eng_scene *s)
{
    scn_pin *p = s->self;
    eng_text_mode(false);
    memset(p->digits, 0, sizeof p->digits);
    memset(p->first, 0, sizeof p->first);
    free(p);
}

static void scn_pin_enter(eng_scene *s)
{
    scn_pin *p = s->self;
    eng_text_mode(p->mode != SCN_PIN_NO_STORE);
    eng_redraw();
}

void scn_teacher_pin_push(scn_ctx *ctx, scn_pin_mode mode, char *status, size_t status_len)
{
    scn_pin *p = calloc(1, sizeof *p);
    if (p == NULL) {
        return;
    }
    p->ctx = ctx;
    p->mode = ctx->store == NULL ? SCN_PIN_NO_STORE : mode;
    p->message = SCN_STR_COUNT;
    p->status = status;
    p->status_len = status_len;
    if (p->mode != SCN_PIN_NO_STORE) {
        scn_teacher_data_dir(ctx, p->data_dir, sizeof p->data_dir);
        scn_pin_load_failures(p);
    }
    if (p->mode == SCN_PIN_ENTER) {
        lt_store_get(ctx->store, LT_REPORT_PIN_KEY, p->hash, sizeof p->hash);
    }
    scn_buttons_init(&p->keys, false);
    const float kx = 1100, ky = 230, kw = 210, kh = 150, gap = 20;
    for (int i = 0; i < SCN_PIN_KEYS; i++) {
        scn_buttons_add(&p->keys, (eng_rect){kx + (float)(i % 3) * (kw + gap), ky + (float)(i / 3) * (kh + gap), kw,
                                             kh});
    }
    scn_buttons_add(&p->keys, (eng_rect){ENG_CANVAS_W - 60 - 280, 40, 280, 110});
    p->keys.focus = p->mode == SCN_PIN_NO_STORE ? SCN_PIN_BACK : SCN_PIN_KEY_OK;
    const char *name = p->mode == SCN_PIN_ENTER ? (scn_pin_lock_left(p) > 0 ? "teacher-locked" : "teacher-pin")
                       : p->mode == SCN_PIN_NO_STORE ? "teacher-nostore"
                                                     : "teacher-set";
    eng_scene s = {.name = name, .self = p, .enter = scn_pin_enter, .action = scn_pin_action,
                   .tick = scn_pin_tick, .draw = scn_pin_draw, .animating = scn_pin_animating,
                   .destroy = scn_pin_destroy};
    eng_scene_push(&s);
    eng_text_mode(p->mode != SCN_PIN_NO_STORE);
    eng_redraw();
}

void scn_teacher_push(scn_ctx *ctx)
{
    char hash[LT_PIN_HASH_MAX] = "";
    bool have = ctx->store != NULL && lt_store_get(ctx->store, LT_REPORT_PIN_KEY, hash, sizeof hash) &&
                hash[0] != '\0';
    scn_teacher_pin_push(ctx, have ? SCN_PIN_ENTER : SCN_PIN_SET, NULL, 0);
}
