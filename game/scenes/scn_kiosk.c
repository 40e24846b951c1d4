/* scn_kiosk.c: kiosk mode's guard: an engine overlay over every kiosk scene
 * that keeps visitors in (Esc, window close, file drops and typing are
 * swallowed), watches for a visitor walking away ("Still there?" with a
 * countdown, then a full reset), opens the PIN pad from the held corner or
 * the admin key, records visits in the kiosk database, exports finished days
 * and writes the status file on the game's logical clock.
 * Depends on: scn_kiosk_int.h, scn_ui.h, scn_text.h, lt_kiosk.h, lt_sched.h, eng.h. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lt_kiosk.h"
#include "scn_kiosk_int.h"
#include "scn_text.h"
#include "scn_ui.h"

static scn_kiosk scn_k;
static lt_kiosk_cfg scn_k_fallback_cfg;
static lt_kstate scn_k_printed = LT_KS_COUNT;

static const eng_rect SCN_K_WARN_PANEL = {410, 190, 1100, 700};
static const eng_rect SCN_K_WARN_YES = {760, 700, 400, 150};

scn_kiosk *scn_kiosk_get(void)
{
    return scn_k.on ? &scn_k : NULL;
}

lt_kstate scn_kiosk_state(void)
{
    return scn_k.on ? scn_k.rules.state : LT_KS_ATTRACT;
}

int64_t scn_kiosk_now(void)
{
    return scn_k.ctx != NULL ? scn_now_ms(scn_k.ctx) : (int64_t)eng_time_ms();
}

int64_t scn_kiosk_today(void)
{
    return lt_kiosk_day_start(scn_kiosk_now());
}

void scn_kiosk_error(const char *fmt, ...)
{
    char msg[sizeof scn_k.last_error];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (strcmp(msg, scn_k.last_error) != 0) {
        fprintf(stderr, "kiosk: %s\n", msg); /* once per new message: weeks of logs stay small */
        snprintf(scn_k.last_error, sizeof scn_k.last_error, "%s", msg);
    }
}

/* The status file calls the PIN pad "admin": staff are at the screen. */
static const char *scn_kiosk_status_state(lt_kstate s)
{
    return s == LT_KS_ADMIN_PIN ? "admin" : lt_kstate_name(s);
}

void scn_kiosk_status_now(void)
{
    scn_kiosk *k = &scn_k;
    if (!k->on || k->desc.status_path == NULL || k->desc.status_path[0] == '\0') {
        return;
    }
    int64_t now = scn_kiosk_now();
    lt_kiosk_health h;
    memset(&h, 0, sizeof h);
    if (k->desc.kstore != NULL) {
        lt_kstore_health(k->desc.kstore, scn_kiosk_today(), &h);
    }
    lt_kiosk_status st = {.state = scn_kiosk_status_state(k->rules.state), .now_ms = now,
                          .uptime_s = (now - k->started_ms) / 1000, .sessions_today = h.sessions_today,
                          .sessions_total = h.sessions_total, .crashes = h.crashes, .last_error = k->last_error,
                          .pack = k->ctx->pack != NULL && k->ctx->pack->id != NULL ? k->ctx->pack->id : "",
                          .pid = (int)getpid()};
    char err[256] = "";
    if (!lt_kiosk_status_write(k->desc.status_path, &st, err, sizeof err)) {
        scn_kiosk_error("status file: %s", err);
    }
    k->status_writes++;
}

/* One stdout line per state change, for logs and the replay tests. */
static void scn_kiosk_note_state(void)
{
    if (scn_k.rules.state != scn_k_printed) {
        scn_k_printed = scn_k.rules.state;
        printf("kiosk: state %s\n", lt_kstate_name(scn_k_printed));
        fflush(stdout);
    }
}

static void scn_kiosk_end_visit(lt_visit_end why)
{
    scn_kiosk *k = &scn_k;
    if (k->visit > 0 && k->desc.kstore != NULL &&
        !lt_kstore_visit_end(k->desc.kstore, k->visit, scn_kiosk_now(), why)) {
        scn_kiosk_error("could not end visit %lld", (long long)k->visit);
    }
    if (k->visit > 0) {
        printf("kiosk: visit ended %s\n", lt_visit_end_name(why));
    }
    k->visit = 0;
}

/* Pops the kiosk's own scenes (what the app put below stays). */
static void scn_kiosk_clear_scenes(void)
{
    while (eng_scene_depth() > scn_k.base_depth) {
        eng_scene_pop();
    }
}

static lt_lang scn_kiosk_default_lang(void)
{
    const lt_kiosk_cfg *cfg = scn_k.desc.cfg;
    lt_lang L = cfg->default_lang;
    if ((int)L < 0 || L >= LT_LANG_COUNT || !cfg->langs[L]) {
        for (int i = 0; i < LT_LANG_COUNT; i++) {
            if (cfg->langs[i]) {
                return (lt_lang)i;
            }
        }
        return LT_LANG_RU;
    }
    return L;
}

void scn_kiosk_to_attract(void)
{
    scn_kiosk *k = &scn_k;
    if (!k->on) {
        return;
    }
    /* A full reset: nothing of the last visitor stays. */
    k->ctx->lang = scn_kiosk_default_lang();
    eng_set_volume(k->desc.cfg->volume);
    eng_text_mode(false);
    k->swallow = false;
    scn_kiosk_clear_scenes();
    scn_kattract_push(k->ctx);
    scn_kiosk_note_state();
    eng_redraw();
}

void scn_kiosk_to_admin(void)
{
    scn_kiosk *k = &scn_k;
    if (!k->on) {
        return;
    }
    scn_kiosk_end_visit(LT_VISIT_ADMIN);
    scn_kiosk_clear_scenes();
    scn_kadmin_push(k->ctx);
    scn_kiosk_note_state();
}

void scn_kiosk_begin_round(lt_lang lang)
{
    scn_kiosk *k = &scn_k;
    if (!k->on || !lt_krules_round_start(&k->rules, scn_kiosk_now())) {
        return;
    }
    k->ctx->lang = lang;
    int64_t now = scn_kiosk_now(), today = scn_kiosk_today();
    lt_kstore *ks = k->desc.kstore;
    if (ks != NULL) {
        /* The first visit of a day writes the days before it. */
        if (k->export_day != today && k->desc.stats_dir != NULL && k->desc.stats_dir[0] != '\0') {
            char err[256] = "";
            int n = lt_kstore_export_pending(ks, today, k->desc.stats_dir, err, sizeof err);
            if (n < 0) {
                scn_kiosk_error("export: %s", err);
            } else if (n > 0) {
                printf("kiosk: exported %d day(s) to %s\n", n, k->desc.stats_dir);
            }
        }
        k->visit = lt_kstore_visit_begin(ks, now, lang);
        if (k->visit <= 0) {
            scn_kiosk_error("could not begin a visit");
            k->visit = 0;
        }
    }
    k->export_day = today;
    k->sessions++;
    scn_kround_start(k->ctx);
    scn_kiosk_note_state();
}

void scn_kiosk_answered(const char *fact_id, bool right, int score_now)
{
    scn_kiosk *k = &scn_k;
    if (k->on && k->visit > 0 && k->desc.kstore != NULL &&
        !lt_kstore_visit_answer(k->desc.kstore, k->visit, fact_id, right, score_now)) {
        scn_kiosk_error("could not save an answer of visit %lld", (long long)k->visit);
    }
}

void scn_kiosk_round_done(void)
{
    scn_kiosk *k = &scn_k;
    if (!k->on) {
        return;
    }
    lt_krules_round_end(&k->rules, scn_kiosk_now());
    scn_kiosk_end_visit(LT_VISIT_COMPLETED);
    scn_kiosk_note_state();
}

void scn_kiosk_end_done(void)
{
    scn_kiosk *k = &scn_k;
    if (!k->on) {
        return;
    }
    lt_krules_end_done(&k->rules, scn_kiosk_now());
    scn_kiosk_to_attract();
}

static void scn_kiosk_open_pin(void)
{
    eng_text_mode(false);
    scn_kpin_push(scn_k.ctx);
    scn_kiosk_note_state();
}

/* ---- the overlay ------------------------------------------------------------ */

static lt_kptr scn_kiosk_ptr(eng_action_kind k)
{
    return k == ENG_ACT_POINTER_DOWN ? LT_KPTR_DOWN : k == ENG_ACT_POINTER_UP ? LT_KPTR_UP : LT_KPTR_MOVE;
}

static bool scn_kiosk_action(void *self, const eng_action *a)
{
    scn_kiosk *k = self;
    int64_t now = scn_kiosk_now();
    switch (a->kind) {
    case ENG_ACT_QUIT_REQUEST:
        k->ignored_quit++; /* no way out for visitors; staff use the admin screen */
        return true;
    case ENG_ACT_BACK:
        k->ignored_back++;
        return true;
    case ENG_ACT_DROP_FILE:
    case ENG_ACT_TEXT:
    case ENG_ACT_ERASE:
    case ENG_ACT_WHEEL:
    case ENG_ACT_PINCH:
        k->ignored_other++;
        if (a->kind == ENG_ACT_PINCH && lt_krules_touch(&k->rules, now) == LT_KEV_RESUME) {
            eng_redraw();
        }
        return true;
    case ENG_ACT_ADMIN:
        if (lt_krules_admin_key(&k->rules, now)) {
            scn_kiosk_open_pin();
        }
        return true;
    case ENG_ACT_POINTER_DOWN:
    case ENG_ACT_POINTER_UP:
    case ENG_ACT_POINTER_MOVE: {
        lt_kev ev = LT_KEV_NONE;
        bool mine = lt_krules_pointer(&k->rules, scn_kiosk_ptr(a->kind), a->x, a->y, now, &ev);
        if (a->kind == ENG_ACT_POINTER_DOWN && (ev == LT_KEV_RESUME || mine)) {
            /* The touch that answers "Still there?" or holds the corner
             * answers nothing underneath, nor does the rest of that press. */
            k->swallow = true;
            k->warn_pressed = ev == LT_KEV_RESUME;
            scn_kiosk_note_state();
            eng_redraw();
            return true;
        }
        if (k->swallow) {
            if (a->kind == ENG_ACT_POINTER_UP) {
                k->swallow = false;
                k->warn_pressed = false;
            }
            return true;
        }
        return k->rules.state == LT_KS_IDLE_WARNING;
    }
    default:
        if (lt_krules_touch(&k->rules, now) == LT_KEV_RESUME) {
            scn_kiosk_note_state();
            eng_redraw();
            return true;
        }
        return false;
    }
}

static void scn_kiosk_tick(void *self, double dt_ms)
{
    (void)dt_ms;
    scn_kiosk *k = self;
    int64_t now = scn_kiosk_now();
    int64_t left_before = lt_krules_warn_left_ms(&k->rules, now - 1000 / ENG_TICK_HZ);
    lt_kev ev = lt_krules_tick(&k->rules, now);
    switch (ev) {
    case LT_KEV_WARN:
        eng_sound_play(ENG_SND_TICK);
        eng_redraw();
        break;
    case LT_KEV_RESET:
        scn_kiosk_end_visit(LT_VISIT_IDLE);
        if (k->desc.kstore != NULL) {
            lt_kstore_note_reset(k->desc.kstore, now);
        }
        k->last_reset_ms = now;
        scn_kiosk_to_attract();
        break;
    case LT_KEV_PIN_OPEN:
        scn_kiosk_open_pin();
        break;
    case LT_KEV_PIN_TIMEOUT:
        if (strcmp(eng_scene_top_name(), SCN_K_PIN) == 0) {
            eng_scene_pop();
        }
        break;
    case LT_KEV_ADMIN_TIMEOUT:
        scn_kiosk_to_attract();
        break;
    default:
        break;
    }
    if (k->rules.state == LT_KS_IDLE_WARNING) {
        /* A tick in the last five seconds of the countdown. */
        int64_t left = lt_krules_warn_left_ms(&k->rules, now);
        if (left > 0 && left <= 5000 && (left - 1) / 1000 != (left_before - 1) / 1000) {
            eng_sound_play(ENG_SND_TICK);
        }
    }
    scn_kiosk_note_state();
    if (now >= k->next_status_ms) {
        scn_kiosk_status_now();
        int every = k->desc.cfg->status_every_s > 0 ? k->desc.cfg->status_every_s : 5;
        k->next_status_ms = now + (int64_t)every * 1000;
    }
}

/* A ring of dots filling clockwise from the top: the corner is being held. */
static void scn_kiosk_draw_corner(float progress)
{
    const float cx = 60, cy = 60, rad = 38;
    int dots = 40, lit = (int)(progress * (float)dots + 0.5f);
    for (int i = 0; i < dots; i++) {
        float ang = -1.5707963f + (float)i * 6.2831853f / (float)dots;
        eng_color c = i < lit ? (eng_color){232, 186, 86, 200} : (eng_color){170, 180, 198, 60};
        eng_fill_circle(cx + rad * cosf(ang), cy + rad * sinf(ang), i < lit ? 4.5f : 3.0f, c);
    }
}

static void scn_kiosk_draw_warning(const scn_kiosk *k)
{
    lt_lang L = k->ctx->lang;
    eng_fill_rect((eng_rect){0, 0, ENG_CANVAS_W, ENG_CANVAS_H}, (eng_color){8, 12, 20, 200});
    eng_rect p = SCN_K_WARN_PANEL;
    eng_fill_round_rect(p, 28, SCN_ACCENT);
    eng_fill_round_rect((eng_rect){p.x + 6, p.y + 6, p.w - 12, p.h - 12}, 24, SCN_BG_DEEP);
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 84);
    eng_text_draw(tf, scn_tr(L, SCN_S_K_STILL_THERE), p.x + p.w / 2, p.y + 50, ENG_ALIGN_CENTER, SCN_TEXT);
    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 36);
    eng_text_draw_wrapped(hf, scn_tr(L, SCN_S_K_STILL_HINT), (eng_rect){p.x + 60, p.y + 170, p.w - 120, 100},
                          ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    int64_t left = lt_krules_warn_left_ms(&k->rules, scn_kiosk_now());
    char num[16];
    snprintf(num, sizeof num, "%d", (int)((left + 999) / 1000));
    eng_font nf = eng_font_get(ENG_FONT_BOLD, 200);
    eng_text_draw(nf, num, p.x + p.w / 2, p.y + 250, ENG_ALIGN_CENTER, SCN_ACCENT);
    scn_ui_button(SCN_K_WARN_YES, scn_tr(L, SCN_S_K_YES), k->warn_pressed ? SCN_BTN_FOCUS : SCN_BTN_RIGHT, 0, 64);
}

static void scn_kiosk_draw(void *self)
{
    scn_kiosk *k = self;
    int64_t now = scn_kiosk_now();
    if (k->rules.state == LT_KS_IDLE_WARNING) {
        scn_kiosk_draw_warning(k);
    }
    float prog = lt_krules_corner_progress(&k->rules, now);
    if (prog > 0) {
        scn_kiosk_draw_corner(prog);
    }
}

static bool scn_kiosk_animating(void *self)
{
    scn_kiosk *k = self;
    return k->rules.state == LT_KS_IDLE_WARNING || k->rules.corner_down;
}

bool scn_kiosk_start(scn_ctx *ctx, const scn_kiosk_desc *desc)
{
    if (scn_k.on || ctx == NULL || desc == NULL) {
        return false;
    }
    memset(&scn_k, 0, sizeof scn_k);
    scn_k.ctx = ctx;
    scn_k.desc = *desc;
    if (scn_k.desc.cfg == NULL) {
        lt_kiosk_cfg_default(&scn_k_fallback_cfg);
        scn_k.desc.cfg = &scn_k_fallback_cfg;
    }
    const lt_kiosk_cfg *cfg = scn_k.desc.cfg;
    int64_t now = scn_now_ms(ctx);
    scn_k.started_ms = now;
    scn_k.next_status_ms = now;
    scn_k.base_depth = eng_scene_depth();
    lt_krules_init(&scn_k.rules, cfg->idle_warn_s, cfg->idle_reset_s, cfg->pin_hash[0] != '\0', now);
    eng_overlay ov = {.self = &scn_k, .action = scn_kiosk_action, .tick = scn_kiosk_tick, .draw = scn_kiosk_draw,
                      .animating = scn_kiosk_animating};
    scn_k.overlay = eng_overlay_add(&ov);
    if (scn_k.overlay == 0) {
        fprintf(stderr, "kiosk: no room for the guard overlay\n");
        return false;
    }
    scn_k.on = true;
    scn_k_printed = LT_KS_COUNT;
    if (cfg->pin_hash[0] == '\0') {
        fprintf(stderr, "kiosk: no PIN set: the admin screen cannot be opened\n");
    }
    scn_kiosk_to_attract();
    scn_kiosk_status_now();
    return true;
}

void scn_kiosk_stop(void)
{
    if (!scn_k.on) {
        return;
    }
    scn_kiosk_end_visit(LT_VISIT_STOPPED); /* a service stop or shutdown; staff leaving ended it on entering admin */
    scn_kiosk_status_now();
    eng_overlay_remove(scn_k.overlay);
    printf("kiosk: stopped (ignored back %d, quit %d, other %d)\n", scn_k.ignored_back, scn_k.ignored_quit,
           scn_k.ignored_other);
    fflush(stdout);
    scn_k.on = false;
    scn_k.overlay = 0;
}

bool scn_kiosk_running(void)
{
    return scn_kiosk_get() != NULL;
}

const char *scn_kiosk_state_name(void)
{
    return scn_kiosk_running() ? lt_kstate_name(scn_kiosk_state()) : "off";
}

int scn_kiosk_targets(eng_rect *out, int max)
{
    lt_kstate st = scn_kiosk_state();
    int n = 0;
    if (st == LT_KS_ROUND) {
        return scn_kround_targets(out, max);
    }
    if (st == LT_KS_END) {
        static const char *const keys[] = {"A", "B", "C", "K", "M", "O", "T", "Ж", "Я", "Ё"};
        for (size_t i = 0; i < sizeof keys / sizeof keys[0] && n < max; i++) {
            n += scn_kend_key_rect(keys[i], &out[n]) ? 1 : 0;
        }
        if (n < max && scn_kend_layout_rect(&out[n])) {
            n++;
        }
        if (n < max && scn_kend_done_rect(&out[n])) {
            n++;
        }
        return n;
    }
    if (st == LT_KS_ADMIN_PIN) {
        static const char pin_keys[] = "0123456789EKC";
        for (size_t i = 0; pin_keys[i] != '\0' && n < max; i++) {
            n += scn_kpin_key_rect(pin_keys[i], &out[n]) ? 1 : 0;
        }
    }
    return n;
}
