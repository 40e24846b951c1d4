/* lt_kiosk_rules.c: kiosk mode's state machine (attract, round, idle warning,
 * end, PIN pad, admin) with time passed in, the hidden admin corner, the
 * wrong-PIN lock and the one-letter-at-a-time initials entry.
 * Depends on: lt_kiosk_rules.h, lt_pin.h, lt_utf8.h. */
#include "lt_kiosk_rules.h"

#include <stdio.h>
#include <string.h>

#include "lt_pin.h"
#include "lt_utf8.h"

const char *lt_kstate_name(lt_kstate s)
{
    static const char *const names[LT_KS_COUNT] = {"attract", "round", "idle_warning", "end", "admin_pin", "admin"};
    return (int)s >= 0 && s < LT_KS_COUNT ? names[s] : "?";
}

const char *lt_kev_name(lt_kev e)
{
    static const char *const names[] = {"none", "warn", "resume", "reset", "pin_open", "pin_timeout",
                                        "admin_timeout"};
    return (int)e >= 0 && (size_t)e < sizeof names / sizeof names[0] ? names[e] : "?";
}

void lt_krules_init(lt_krules *r, int idle_warn_s, int idle_reset_s, bool admin_enabled, int64_t now_ms)
{
    memset(r, 0, sizeof *r);
    r->state = LT_KS_ATTRACT;
    r->back = LT_KS_ATTRACT;
    r->idle_warn_ms = (int64_t)(idle_warn_s > 0 ? idle_warn_s : 45) * 1000;
    r->idle_reset_ms = (int64_t)(idle_reset_s > 0 ? idle_reset_s : 15) * 1000;
    r->admin_enabled = admin_enabled;
    r->last_touch_ms = now_ms;
}

lt_kev lt_krules_touch(lt_krules *r, int64_t now_ms)
{
    r->last_touch_ms = now_ms;
    if (r->state == LT_KS_IDLE_WARNING) {
        r->state = r->back;
        return LT_KEV_RESUME;
    }
    return LT_KEV_NONE;
}

/* Where the PIN pad returns to: the warning is cancelled by opening it. */
static void lt_krules_open_pin(lt_krules *r, int64_t now_ms)
{
    r->back = r->state == LT_KS_IDLE_WARNING ? r->back : r->state;
    r->state = LT_KS_ADMIN_PIN;
    r->last_touch_ms = now_ms;
    r->corner_down = false;
}

static bool lt_krules_corner_state(const lt_krules *r)
{
    return r->admin_enabled && (r->state == LT_KS_ATTRACT || r->state == LT_KS_ROUND ||
                                r->state == LT_KS_IDLE_WARNING || r->state == LT_KS_END);
}

bool lt_krules_pointer(lt_krules *r, lt_kptr kind, float x, float y, int64_t now_ms, lt_kev *ev)
{
    bool in_corner = x >= 0 && y >= 0 && x < LT_KR_CORNER_PX && y < LT_KR_CORNER_PX;
    lt_kev e = LT_KEV_NONE;
    bool mine = r->corner_press;
    switch (kind) {
    case LT_KPTR_DOWN:
        e = lt_krules_touch(r, now_ms);
        /* Only the PIN pad and admin have no corner: their own buttons may sit there. */
        r->corner_press = in_corner && lt_krules_corner_state(r);
        r->corner_down = r->corner_press;
        r->corner_since_ms = now_ms;
        mine = r->corner_press;
        break;
    case LT_KPTR_MOVE:
        if (r->corner_press && !in_corner) {
            r->corner_down = false; /* slid out: the hold is cancelled */
        }
        break;
    case LT_KPTR_UP:
        r->corner_press = false;
        r->corner_down = false;
        break;
    }
    if (ev != NULL) {
        *ev = e;
    }
    return mine;
}

lt_kev lt_krules_tick(lt_krules *r, int64_t now_ms)
{
    if (r->corner_down && lt_krules_corner_state(r) && now_ms - r->corner_since_ms >= LT_KR_CORNER_HOLD_MS) {
        lt_krules_open_pin(r, now_ms);
        return LT_KEV_PIN_OPEN;
    }
    switch (r->state) {
    case LT_KS_ROUND:
    case LT_KS_END:
        if (now_ms - r->last_touch_ms >= r->idle_warn_ms) {
            r->back = r->state;
            r->state = LT_KS_IDLE_WARNING;
            r->warn_since_ms = now_ms;
            return LT_KEV_WARN;
        }
        break;
    case LT_KS_IDLE_WARNING:
        if (now_ms - r->warn_since_ms >= r->idle_reset_ms) {
            r->state = LT_KS_ATTRACT;
            r->back = LT_KS_ATTRACT;
            r->corner_down = false;
            r->last_touch_ms = now_ms;
            r->resets++;
            return LT_KEV_RESET;
        }
        break;
    case LT_KS_ADMIN_PIN:
        if (now_ms - r->last_touch_ms >= LT_KR_PIN_IDLE_MS) {
            r->state = r->back;
            return LT_KEV_PIN_TIMEOUT;
        }
        break;
    case LT_KS_ADMIN:
        if (now_ms - r->last_touch_ms >= LT_KR_ADMIN_IDLE_MS) {
            r->state = LT_KS_ATTRACT;
            r->back = LT_KS_ATTRACT;
            return LT_KEV_ADMIN_TIMEOUT;
        }
        break;
    default:
        break;
    }
    return LT_KEV_NONE;
}

float lt_krules_corner_progress(const lt_krules *r, int64_t now_ms)
{
    if (!r->corner_down || !lt_krules_corner_state(r)) {
        return 0.0f;
    }
    int64_t held = now_ms - r->corner_since_ms;
    if (held < LT_KR_CORNER_SHOW_MS) {
        return 0.0f;
    }
    return held >= LT_KR_CORNER_HOLD_MS ? 1.0f : (float)held / (float)LT_KR_CORNER_HOLD_MS;
}

int64_t lt_krules_warn_left_ms(const lt_krules *r, int64_t now_ms)
{
    if (r->state != LT_KS_IDLE_WARNING) {
        return 0;
    }
    int64_t left = r->idle_reset_ms - (now_ms - r->warn_since_ms);
    return left > 0 ? left : 0;
}

bool lt_krules_admin_key(lt_krules *r, int64_t now_ms)
{
    if (!r->admin_enabled || r->state == LT_KS_ADMIN_PIN || r->state == LT_KS_ADMIN) {
        return false;
    }
    lt_krules_open_pin(r, now_ms);
    return true;
}

bool lt_krules_round_start(lt_krules *r, int64_t now_ms)
{
    if (r->state != LT_KS_ATTRACT) {
        return false;
    }
    r->state = LT_KS_ROUND;
    r->last_touch_ms = now_ms;
    return true;
}

bool lt_krules_round_end(lt_krules *r, int64_t now_ms)
{
    if (r->state != LT_KS_ROUND) {
        return false;
    }
    r->state = LT_KS_END;
    r->last_touch_ms = now_ms;
    r->keys_since_ms = now_ms;
    return true;
}

bool lt_krules_end_done(lt_krules *r, int64_t now_ms)
{
    bool at_end = r->state == LT_KS_END || (r->state == LT_KS_IDLE_WARNING && r->back == LT_KS_END);
    if (!at_end) {
        return false;
    }
    r->state = LT_KS_ATTRACT;
    r->back = LT_KS_ATTRACT;
    r->last_touch_ms = now_ms;
    return true;
}

void lt_krules_keys_shown(lt_krules *r, int64_t now_ms)
{
    r->keys_since_ms = now_ms;
}

bool lt_krules_keys_open(const lt_krules *r, int64_t now_ms)
{
    return r->state == LT_KS_END && now_ms - r->keys_since_ms >= LT_KR_KEYS_GUARD_MS;
}

/* ---- the PIN pad ---------------------------------------------------------------- */

bool lt_krules_pin_can_try(const lt_krules *r, int64_t now_ms)
{
    return r->state == LT_KS_ADMIN_PIN && now_ms >= r->pin_locked_until_ms;
}

int64_t lt_krules_pin_wait_ms(const lt_krules *r, int64_t now_ms)
{
    return r->pin_locked_until_ms > now_ms ? r->pin_locked_until_ms - now_ms : 0;
}

bool lt_krules_pin_result(lt_krules *r, bool ok, int64_t now_ms)
{
    if (!lt_krules_pin_can_try(r, now_ms)) {
        return false;
    }
    r->last_touch_ms = now_ms;
    if (ok) {
        r->pin_failures = 0;
        r->pin_locked_until_ms = 0;
        r->state = LT_KS_ADMIN;
        return true;
    }
    /* The count survives closing the pad: walking away does not unlock it. */
    r->pin_failures++;
    r->pin_locked_until_ms = now_ms + lt_pin_lock_ms(r->pin_failures);
    return true;
}

void lt_krules_pin_cancel(lt_krules *r, int64_t now_ms)
{
    if (r->state == LT_KS_ADMIN_PIN) {
        r->state = r->back;
        r->last_touch_ms = now_ms;
    }
}

void lt_krules_admin_exit(lt_krules *r, int64_t now_ms)
{
    if (r->state == LT_KS_ADMIN || r->state == LT_KS_ADMIN_PIN) {
        r->state = LT_KS_ATTRACT;
        r->back = LT_KS_ATTRACT;
        r->last_touch_ms = now_ms;
    }
}

/* ---- initials ---------------------------------------------------------------- */

bool lt_kinitials_letter_ok(const char *letter)
{
    if (letter == NULL || letter[0] == '\0') {
        return false;
    }
    size_t len = strlen(letter), pos = 0;
    int32_t cp = lt_utf8_next(letter, len, &pos);
    if (pos != len) {
        return false; /* more than one character: one letter per tap */
    }
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0x0410 && cp <= 0x042F) || cp == 0x0401;
}

bool lt_kinitials_add(lt_kinitials *k, const char *letter)
{
    if (k->n >= LT_INITIALS_CHARS || !lt_kinitials_letter_ok(letter)) {
        return false;
    }
    size_t used = strlen(k->text), add = strlen(letter);
    if (used + add >= sizeof k->text) {
        return false;
    }
    memcpy(k->text + used, letter, add + 1);
    k->n++;
    return true;
}

bool lt_kinitials_erase(lt_kinitials *k)
{
    if (k->n <= 0) {
        return false;
    }
    size_t len = strlen(k->text);
    /* Back over continuation bytes to the start of the last character. */
    while (len > 0 && ((unsigned char)k->text[len - 1] & 0xC0) == 0x80) {
        len--;
    }
    if (len > 0) {
        len--;
    }
    k->text[len] = '\0';
    k->n--;
    return true;
}

void lt_kinitials_clear(lt_kinitials *k)
{
    memset(k, 0, sizeof *k);
}
