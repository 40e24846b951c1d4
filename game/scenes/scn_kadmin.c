/* scn_kadmin.c: kiosk staff screens: the PIN pad (large digits, dots, the
 * lock countdown after wrong PINs) and the admin screen: resume, change the
 * pack (folders under <root>/levels, swapped in safely), languages offered,
 * round length, wipe the leaderboard, export today's statistics, health,
 * exit to the desktop. Changes are saved to the config file.
 * Depends on: scn_kiosk_int.h, scn_ui.h, scn_text.h, lt_kiosk.h, lt_pin.h, lt_pack.h. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "lt_i18n.h"
#include "lt_kiosk.h"
#include "lt_pin.h"
#include "scn_kiosk_int.h"
#include "scn_text.h"
#include "scn_ui.h"

/* ---- the PIN pad ---------------------------------------------------------------- */

#define SCN_KP_KEYS 13 /* 0-9, erase, OK, cancel */
#define SCN_KP_ERASE 10
#define SCN_KP_OK 11
#define SCN_KP_CANCEL 12

typedef struct scn_kpin {
    scn_ctx *ctx;
    char pin[LT_PIN_MAX_DIGITS + 1];
    int n;
    eng_rect keys[SCN_KP_KEYS];
    int pressed;
    bool wrong;               /* the last try was wrong */
} scn_kpin;

static scn_kpin *scn_kp_live;

static void scn_kp_layout(scn_kpin *p)
{
    const float w = 200, h = 130, gap = 20, x0 = (ENG_CANVAS_W - 3 * w - 2 * gap) / 2, y0 = 330;
    /* 1 2 3 / 4 5 6 / 7 8 9 / erase 0 OK */
    for (int d = 1; d <= 9; d++) {
        int i = d - 1;
        p->keys[d] = (eng_rect){x0 + (float)(i % 3) * (w + gap), y0 + (float)(i / 3) * (h + gap), w, h};
    }
    float y3 = y0 + 3 * (h + gap);
    p->keys[SCN_KP_ERASE] = (eng_rect){x0, y3, w, h};
    p->keys[0] = (eng_rect){x0 + w + gap, y3, w, h};
    p->keys[SCN_KP_OK] = (eng_rect){x0 + 2 * (w + gap), y3, w, h};
    p->keys[SCN_KP_CANCEL] = (eng_rect){ENG_CANVAS_W - 120 - 340, y3, 340, h};
}

static void scn_kp_try(scn_kpin *p)
{
    scn_kiosk *k = scn_kiosk_get();
    if (k == NULL || p->n < LT_PIN_MIN_DIGITS || !lt_krules_pin_can_try(&k->rules, scn_kiosk_now())) {
        return;
    }
    bool ok = lt_pin_verify(k->desc.cfg->pin_hash, p->pin);
    lt_krules_pin_result(&k->rules, ok, scn_kiosk_now());
    memset(p->pin, 0, sizeof p->pin);
    p->n = 0;
    printf("kiosk: pin %s\n", ok ? "ok" : "wrong");
    if (ok) {
        eng_sound_play(ENG_SND_RIGHT);
        scn_kiosk_to_admin(); /* clears the kiosk's scenes, this one too */
        return;
    }
    p->wrong = true;
    eng_sound_play(ENG_SND_WRONG);
}

static void scn_kp_press(scn_kpin *p, int key)
{
    scn_kiosk *k = scn_kiosk_get();
    bool locked = k != NULL && !lt_krules_pin_can_try(&k->rules, scn_kiosk_now());
    if (key == SCN_KP_CANCEL) {
        if (k != NULL) {
            lt_krules_pin_cancel(&k->rules, scn_kiosk_now());
        }
        eng_sound_play(ENG_SND_CLICK);
        eng_scene_pop();
        return;
    }
    if (locked) {
        return;
    }
    if (key >= 0 && key <= 9 && p->n < LT_PIN_MAX_DIGITS) {
        p->pin[p->n++] = (char)('0' + key);
        p->pin[p->n] = '\0';
        eng_sound_play(ENG_SND_CLICK);
    } else if (key == SCN_KP_ERASE && p->n > 0) {
        p->pin[--p->n] = '\0';
        eng_sound_play(ENG_SND_CLICK);
    } else if (key == SCN_KP_OK) {
        scn_kp_try(p);
    }
}

static void scn_kp_action(eng_scene *s, const eng_action *a)
{
    scn_kpin *p = s->self;
    int hit = scn_ui_hit(p->keys, SCN_KP_KEYS, a->x, a->y);
    if (a->kind == ENG_ACT_POINTER_DOWN) {
        p->pressed = hit;
    } else if (a->kind == ENG_ACT_POINTER_UP) {
        int was = p->pressed;
        p->pressed = -1;
        if (hit >= 0 && hit == was) {
            scn_kp_press(p, hit);
            return;
        }
    } else if (a->kind == ENG_ACT_OPTION) {
        scn_kp_press(p, a->value + 1); /* keys 1-4 of a staff keyboard */
        return;
    } else if (a->kind == ENG_ACT_CONFIRM) {
        scn_kp_press(p, SCN_KP_OK);
        return;
    }
    eng_redraw();
}

static bool scn_kp_animating(eng_scene *s)
{
    (void)s;
    scn_kiosk *k = scn_kiosk_get();
    return k != NULL && lt_krules_pin_wait_ms(&k->rules, scn_kiosk_now()) > 0; /* the lock counts down */
}

static void scn_kp_draw(eng_scene *s)
{
    scn_kpin *p = s->self;
    lt_lang L = p->ctx->lang;
    scn_kiosk *k = scn_kiosk_get();
    int64_t wait = k != NULL ? lt_krules_pin_wait_ms(&k->rules, scn_kiosk_now()) : 0;
    eng_clear(SCN_BG_DEEP);
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 60);
    eng_text_draw(tf, scn_tr(L, SCN_S_K_PIN_TITLE), ENG_CANVAS_W / 2, 60, ENG_ALIGN_CENTER, SCN_TEXT);
    /* A dot per digit typed, empty rings for the least a PIN needs. */
    int shown = p->n > LT_PIN_MIN_DIGITS ? p->n : LT_PIN_MIN_DIGITS;
    float x0 = ENG_CANVAS_W / 2 - (float)(shown - 1) * 36;
    for (int i = 0; i < shown; i++) {
        float cx = x0 + (float)i * 72;
        eng_fill_circle(cx, 200, 24, i < p->n ? SCN_ACCENT : SCN_PANEL_HI);
        if (i >= p->n) {
            eng_fill_circle(cx, 200, 18, SCN_BG_DEEP);
        }
    }
    eng_font mf = eng_font_get(ENG_FONT_REGULAR, 36);
    char msg[160] = "";
    if (wait > 0) {
        snprintf(msg, sizeof msg, scn_tr(L, SCN_S_K_PIN_LOCKED), (int)((wait + 999) / 1000));
    } else if (p->wrong && k != NULL) {
        snprintf(msg, sizeof msg, scn_tr(L, SCN_S_K_PIN_WRONG), k->rules.pin_failures);
    }
    eng_text_draw(mf, msg, ENG_CANVAS_W / 2, 256, ENG_ALIGN_CENTER, (eng_color){250, 140, 130, 255});
    for (int i = 0; i < SCN_KP_KEYS; i++) {
        char label[8];
        const char *text = label;
        if (i <= 9) {
            snprintf(label, sizeof label, "%d", i);
        } else if (i == SCN_KP_ERASE) {
            text = ""; /* an arrow drawn below: the font has no ⌫ */
        } else if (i == SCN_KP_OK) {
            text = "OK";
        } else {
            text = scn_tr(L, SCN_S_CANCEL);
        }
        scn_button_state st = i == p->pressed ? SCN_BTN_FOCUS : SCN_BTN_NORMAL;
        if (wait > 0 && i != SCN_KP_CANCEL) {
            st = SCN_BTN_DIM;
        }
        scn_ui_button(p->keys[i], text, st, 0, i <= 9 ? 64 : 44);
    }
    {
        eng_rect r = p->keys[SCN_KP_ERASE];
        float cx = r.x + r.w / 2, cy = r.y + r.h / 2;
        eng_color c = wait > 0 ? SCN_TEXT_DIM : SCN_TEXT;
        eng_line(cx - 40, cy, cx + 40, cy, 8, c);
        eng_line(cx - 40, cy, cx - 14, cy - 24, 8, c);
        eng_line(cx - 40, cy, cx - 14, cy + 24, 8, c);
    }
}

static void scn_kp_destroy(eng_scene *s)
{
    scn_kpin *p = s->self;
    if (scn_kp_live == p) {
        scn_kp_live = NULL;
    }
    memset(p->pin, 0, sizeof p->pin);
    free(p);
}

void scn_kpin_push(scn_ctx *ctx)
{
    scn_kpin *p = calloc(1, sizeof *p);
    if (p == NULL) {
        return;
    }
    p->ctx = ctx;
    p->pressed = -1;
    scn_kp_layout(p);
    scn_kp_live = p;
    eng_scene s = {.name = SCN_K_PIN, .self = p, .action = scn_kp_action, .draw = scn_kp_draw,
                   .animating = scn_kp_animating, .destroy = scn_kp_destroy};
    eng_scene_push(&s);
}

bool scn_kpin_key_rect(char key, eng_rect *out)
{
    if (scn_kp_live == NULL) {
        return false;
    }
    int i = key >= '0' && key <= '9' ? key - '0' : key == 'E' ? SCN_KP_ERASE : key == 'K' ? SCN_KP_OK
                                                                               : key == 'C' ? SCN_KP_CANCEL : -1;
    if (i < 0) {
        return false;
    }
    *out = scn_kp_live->keys[i];
    return true;
}

/* ---- the admin screen ------------------------------------------------------------- */

#define SCN_KA_PACKS 3

enum {
    SCN_KAD_RESUME = 0,
    SCN_KAD_LANG0,          /* one per language */
    SCN_KAD_MINUS = SCN_KAD_LANG0 + LT_LANG_COUNT,
    SCN_KAD_PLUS,
    SCN_KAD_WIPE,
    SCN_KAD_EXPORT,
    SCN_KAD_EXIT,
    SCN_KAD_PACK0,          /* one per pack folder */
    SCN_KAD_N = SCN_KAD_PACK0 + SCN_KA_PACKS
};

typedef enum scn_kad_confirm { SCN_KAD_NO_CONFIRM = 0, SCN_KAD_CONFIRM_WIPE, SCN_KAD_CONFIRM_EXIT } scn_kad_confirm;

typedef struct scn_kadmin {
    scn_ctx *ctx;
    scn_buttons b;
    scn_buttons yesno;
    scn_kad_confirm confirm;
    char packs[SCN_KA_PACKS][256];  /* folder names under <root>/levels */
    int n_packs;
    char msg[1024];
    bool msg_bad;
    lt_kiosk_health health;
    bool have_health;
    double health_ms;
} scn_kadmin;

static int scn_kad_cmp(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

/* Folders under <root>/levels holding a pack.yaml, by name. */
static void scn_kad_scan_packs(scn_kadmin *m, const char *root)
{
    m->n_packs = 0;
    if (root == NULL) {
        return;
    }
    char dir[1200];
    snprintf(dir, sizeof dir, "%s/levels", root);
    DIR *d = opendir(dir);
    if (d == NULL) {
        return;
    }
    struct dirent *de;
    while ((de = readdir(d)) != NULL && m->n_packs < SCN_KA_PACKS) {
        if (de->d_name[0] == '.') {
            continue;
        }
        char yaml[1600];
        struct stat st;
        snprintf(yaml, sizeof yaml, "%s/%s/pack.yaml", dir, de->d_name);
        if (stat(yaml, &st) == 0 && S_ISREG(st.st_mode)) {
            snprintf(m->packs[m->n_packs++], sizeof m->packs[0], "%s", de->d_name);
        }
    }
    closedir(d);
    qsort(m->packs, (size_t)m->n_packs, sizeof m->packs[0], scn_kad_cmp);
}

static void scn_kad_health(scn_kadmin *m)
{
    scn_kiosk *k = scn_kiosk_get();
    memset(&m->health, 0, sizeof m->health);
    m->have_health = k != NULL && k->desc.kstore != NULL &&
                     lt_kstore_health(k->desc.kstore, scn_kiosk_today(), &m->health);
    m->health_ms = eng_time_ms();
}

static void scn_kad_say(scn_kadmin *m, bool bad, const char *fmt, const char *arg)
{
    snprintf(m->msg, sizeof m->msg, fmt, arg);
    m->msg_bad = bad;
    printf("kiosk: admin %s\n", m->msg);
}

/* Saves the config when the app gave a path; a failure is said on screen. */
static void scn_kad_save(scn_kadmin *m)
{
    scn_kiosk *k = scn_kiosk_get();
    if (k == NULL || k->desc.cfg_path == NULL || k->desc.cfg_path[0] == '\0') {
        return;
    }
    char err[512] = "";
    if (!lt_kiosk_cfg_save(k->desc.cfg_path, k->desc.cfg, err, sizeof err)) {
        scn_kad_say(m, true, scn_tr(m->ctx->lang, SCN_S_K_SAVE_FAILED), err);
        scn_kiosk_error("config: %s", err);
    }
}

static bool scn_kad_current_pack(const scn_kadmin *m, int i)
{
    const lt_pack *p = m->ctx->pack;
    if (p == NULL || p->dir == NULL) {
        return false;
    }
    const char *base = strrchr(p->dir, '/');
    base = base != NULL ? base + 1 : p->dir;
    size_t n = strlen(base);
    /* "levels/x" or "levels/x/" */
    if (n == 0 && base != p->dir) {
        return false;
    }
    return strcmp(base, m->packs[i]) == 0;
}

/* Opens a pack folder and swaps it in. Only the admin scene is on the kiosk
 * stack now (scn_kiosk_to_admin cleared the rest), so nothing points into the
 * old pack when it is freed; attract is built anew from the new one. */
static void scn_kad_switch_pack(scn_kadmin *m, int i)
{
    scn_kiosk *k = scn_kiosk_get();
    if (k == NULL || k->desc.root == NULL || scn_kad_current_pack(m, i)) {
        return;
    }
    char path[LT_KIOSK_PATH_MAX];
    snprintf(path, sizeof path, "%s/levels/%s", k->desc.root, m->packs[i]);
    lt_diags d = {0};
    lt_pack *p = lt_pack_load(path, &d);
    if (p == NULL) {
        const char *why = d.count > 0 && d.items[0].message != NULL ? d.items[0].message : path;
        char what[1024];
        snprintf(what, sizeof what, "%s: %s", m->packs[i], why);
        scn_kad_say(m, true, scn_tr(m->ctx->lang, SCN_S_K_PACK_FAILED), what);
        lt_diags_free(&d);
        return;
    }
    lt_diags_free(&d);
    lt_pack *old = m->ctx->pack;
    m->ctx->pack = p;
    lt_pack_free(old);
    snprintf(k->desc.cfg->pack, sizeof k->desc.cfg->pack, "%s", path);
    scn_kad_say(m, false, scn_tr(m->ctx->lang, SCN_S_K_PACK_LOADED), lt_text_get(&p->title, m->ctx->lang));
    scn_kad_save(m);
}

static void scn_kad_toggle_lang(scn_kadmin *m, int L)
{
    lt_kiosk_cfg *cfg = scn_kiosk_get()->desc.cfg;
    int on = 0;
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        on += cfg->langs[i];
    }
    if (cfg->langs[L] && on <= 1) {
        return; /* at least one language stays */
    }
    cfg->langs[L] = !cfg->langs[L];
    if (!cfg->langs[cfg->default_lang]) {
        for (int i = 0; i < LT_LANG_COUNT; i++) {
            if (cfg->langs[i]) {
                cfg->default_lang = (lt_lang)i;
                break;
            }
        }
    }
    m->msg[0] = '\0';
    scn_kad_save(m);
}

static void scn_kad_round_len(scn_kadmin *m, int by)
{
    lt_kiosk_cfg *cfg = scn_kiosk_get()->desc.cfg;
    int n = cfg->round_len + by;
    if (n < LT_KIOSK_ROUND_MIN || n > LT_KIOSK_ROUND_MAX) {
        return;
    }
    cfg->round_len = n;
    m->msg[0] = '\0';
    scn_kad_save(m);
}

static void scn_kad_export(scn_kadmin *m)
{
    scn_kiosk *k = scn_kiosk_get();
    lt_lang L = m->ctx->lang;
    if (k->desc.kstore == NULL || k->desc.stats_dir == NULL) {
        scn_kad_say(m, true, "%s", scn_tr(L, SCN_S_K_NO_KSTORE));
        return;
    }
    char written[1024] = "", err[512] = "";
    if (lt_kstore_export_day(k->desc.kstore, scn_kiosk_today(), k->desc.stats_dir, written, sizeof written, err,
                             sizeof err)) {
        scn_kad_say(m, false, scn_tr(L, SCN_S_K_EXPORTED), written);
    } else {
        scn_kad_say(m, true, scn_tr(L, SCN_S_K_ERROR), err);
        scn_kiosk_error("export: %s", err);
    }
}

static void scn_kad_do(scn_kadmin *m, int which)
{
    scn_kiosk *k = scn_kiosk_get();
    if (k == NULL) {
        return;
    }
    eng_sound_play(ENG_SND_CLICK);
    if (which == SCN_KAD_RESUME) {
        lt_krules_admin_exit(&k->rules, scn_kiosk_now());
        scn_kiosk_to_attract();
    } else if (which >= SCN_KAD_LANG0 && which < SCN_KAD_LANG0 + LT_LANG_COUNT) {
        scn_kad_toggle_lang(m, which - SCN_KAD_LANG0);
    } else if (which == SCN_KAD_MINUS || which == SCN_KAD_PLUS) {
        scn_kad_round_len(m, which == SCN_KAD_PLUS ? 1 : -1);
    } else if (which == SCN_KAD_WIPE) {
        m->confirm = k->desc.kstore != NULL ? SCN_KAD_CONFIRM_WIPE : SCN_KAD_NO_CONFIRM;
        if (k->desc.kstore == NULL) {
            scn_kad_say(m, true, "%s", scn_tr(m->ctx->lang, SCN_S_K_NO_KSTORE));
        }
    } else if (which == SCN_KAD_EXPORT) {
        scn_kad_export(m);
    } else if (which == SCN_KAD_EXIT) {
        m->confirm = SCN_KAD_CONFIRM_EXIT;
    } else if (which >= SCN_KAD_PACK0 && which < SCN_KAD_PACK0 + m->n_packs) {
        scn_kad_switch_pack(m, which - SCN_KAD_PACK0);
    }
    scn_kad_health(m);
}

static void scn_kad_confirmed(scn_kadmin *m)
{
    scn_kiosk *k = scn_kiosk_get();
    scn_kad_confirm c = m->confirm;
    m->confirm = SCN_KAD_NO_CONFIRM;
    if (c == SCN_KAD_CONFIRM_WIPE) {
        if (lt_kstore_board_wipe(k->desc.kstore)) {
            scn_kad_say(m, false, "%s", scn_tr(m->ctx->lang, SCN_S_K_WIPED));
        } else {
            scn_kad_say(m, true, scn_tr(m->ctx->lang, SCN_S_K_ERROR), "wipe");
        }
    } else if (c == SCN_KAD_CONFIRM_EXIT) {
        scn_kiosk_stop();
        eng_set_kiosk(false); /* staff may leave: the engine honours the quit */
        eng_quit();
    }
}

static void scn_kad_action(eng_scene *s, const eng_action *a)
{
    scn_kadmin *m = s->self;
    if (m->confirm != SCN_KAD_NO_CONFIRM) {
        int hit = scn_buttons_action(&m->yesno, a);
        if (hit == 0) {
            eng_sound_play(ENG_SND_CLICK);
            scn_kad_confirmed(m);
        } else if (hit == 1) {
            eng_sound_play(ENG_SND_CLICK);
            m->confirm = SCN_KAD_NO_CONFIRM;
        }
        eng_redraw();
        return;
    }
    int hit = scn_buttons_action(&m->b, a);
    if (hit >= SCN_KAD_PACK0 + m->n_packs) {
        hit = -1;
    }
    if (hit >= 0) {
        scn_kad_do(m, hit);
        return;
    }
    eng_redraw();
}

static void scn_kad_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    scn_kadmin *m = s->self;
    if (eng_time_ms() - m->health_ms >= 5000.0) {
        scn_kad_health(m); /* uptime moves on */
        eng_redraw();
    }
}

static void scn_kad_duration(int64_t ms, lt_lang L, char *buf, size_t len)
{
    int64_t min = ms / 60000;
    snprintf(buf, len, scn_tr(L, SCN_S_K_DURATION), (int)(min / 1440), (int)(min / 60 % 24), (int)(min % 60));
}

static void scn_kad_when(int64_t ms, lt_lang L, char *buf, size_t len)
{
    if (ms <= 0) {
        snprintf(buf, len, "%s", scn_tr(L, SCN_S_K_NEVER));
        return;
    }
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL || strftime(buf, len, "%Y-%m-%d %H:%M", &tm) == 0) {
        snprintf(buf, len, "?");
    }
}

static void scn_kad_caption(const char *text, float x, float y)
{
    eng_text_draw(eng_font_get(ENG_FONT_REGULAR, 30), text, x, y, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
}

static void scn_kad_draw(eng_scene *s)
{
    scn_kadmin *m = s->self;
    lt_lang L = m->ctx->lang;
    scn_kiosk *k = scn_kiosk_get();
    scn_ui_backdrop();
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 56);
    eng_text_draw(tf, scn_tr(L, SCN_S_K_ADMIN_TITLE), 160, 28, ENG_ALIGN_LEFT, SCN_TEXT);

    /* Health. */
    char buf[512], part[128];
    eng_rect hp = {80, 120, 840, 290};
    eng_fill_round_rect(hp, 16, SCN_BG_DEEP);
    scn_kad_caption(scn_tr(L, SCN_S_K_HEALTH), hp.x + 28, hp.y + 16);
    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 32);
    float y = hp.y + 64;
    if (k != NULL) {
        scn_kad_duration(scn_kiosk_now() - k->started_ms, L, part, sizeof part);
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_K_UPTIME), part);
        eng_text_draw(hf, buf, hp.x + 28, y, ENG_ALIGN_LEFT, SCN_TEXT);
        y += 52;
    }
    if (m->have_health) {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_K_SESSIONS), m->health.sessions_today, m->health.sessions_total);
        eng_text_draw(hf, buf, hp.x + 28, y, ENG_ALIGN_LEFT, SCN_TEXT);
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_K_CRASHES), m->health.crashes);
        eng_text_draw(hf, buf, hp.x + 28, y + 52, ENG_ALIGN_LEFT, m->health.crashes > 0 ? SCN_ACCENT : SCN_TEXT);
        scn_kad_when(m->health.last_reset_ms, L, part, sizeof part);
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_K_LAST_RESET), part);
        eng_text_draw(hf, buf, hp.x + 28, y + 104, ENG_ALIGN_LEFT, SCN_TEXT);
    } else {
        eng_text_draw_wrapped(hf, scn_tr(L, SCN_S_K_NO_KSTORE), (eng_rect){hp.x + 28, y, hp.w - 56, 150},
                              ENG_ALIGN_LEFT, SCN_ACCENT);
    }

    /* Packs. */
    scn_kad_caption(scn_tr(L, SCN_S_K_PACK), 80, 430);
    for (int i = 0; i < m->n_packs; i++) {
        bool cur = scn_kad_current_pack(m, i);
        scn_button_state st = cur ? SCN_BTN_RIGHT : scn_buttons_state(&m->b, SCN_KAD_PACK0 + i);
        scn_ui_button(m->b.rects[SCN_KAD_PACK0 + i], m->packs[i], st, 0, 36);
    }

    /* The right column. */
    scn_ui_button(m->b.rects[SCN_KAD_RESUME], scn_tr(L, SCN_S_K_RESUME), SCN_BTN_FOCUS, 0, 48);
    scn_kad_caption(scn_tr(L, SCN_S_K_LANGS), 1000, 276);
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        bool on = k != NULL && k->desc.cfg->langs[i];
        scn_ui_button(m->b.rects[SCN_KAD_LANG0 + i], lt_tr((lt_lang)i, LT_S_LANG_NAME),
                      on ? SCN_BTN_RIGHT : SCN_BTN_DIM, 0, 40);
    }
    scn_kad_caption(scn_tr(L, SCN_S_K_ROUND_LEN), 1000, 456);
    scn_ui_button(m->b.rects[SCN_KAD_MINUS], "−", scn_buttons_state(&m->b, SCN_KAD_MINUS), 0, 64);
    scn_ui_button(m->b.rects[SCN_KAD_PLUS], "+", scn_buttons_state(&m->b, SCN_KAD_PLUS), 0, 64);
    snprintf(buf, sizeof buf, "%d", k != NULL ? k->desc.cfg->round_len : 0);
    eng_font nf = eng_font_get(ENG_FONT_BOLD, 72);
    eng_text_draw(nf, buf, 1420, 500 + (120 - (float)eng_font_line_height(nf)) / 2, ENG_ALIGN_CENTER, SCN_TEXT);
    scn_ui_button(m->b.rects[SCN_KAD_WIPE], scn_tr(L, SCN_S_K_WIPE), scn_buttons_state(&m->b, SCN_KAD_WIPE), 0, 34);
    scn_ui_button(m->b.rects[SCN_KAD_EXPORT], scn_tr(L, SCN_S_K_EXPORT), scn_buttons_state(&m->b, SCN_KAD_EXPORT), 0,
                  34);
    scn_ui_button(m->b.rects[SCN_KAD_EXIT], scn_tr(L, SCN_S_K_EXIT), scn_buttons_state(&m->b, SCN_KAD_EXIT), 0, 40);

    if (m->msg[0] != '\0') {
        eng_font mf = eng_font_get(ENG_FONT_REGULAR, 28);
        eng_text_draw_wrapped(mf, m->msg, (eng_rect){80, 956, 1760, 110}, ENG_ALIGN_LEFT,
                              m->msg_bad ? (eng_color){250, 140, 130, 255} : (eng_color){120, 220, 150, 255});
    }
    if (m->confirm != SCN_KAD_NO_CONFIRM) {
        eng_fill_rect((eng_rect){0, 0, ENG_CANVAS_W, ENG_CANVAS_H}, (eng_color){8, 12, 20, 200});
        eng_rect p = {360, 300, 1200, 480};
        eng_fill_round_rect(p, 24, SCN_WRONG);
        eng_fill_round_rect((eng_rect){p.x + 5, p.y + 5, p.w - 10, p.h - 10}, 20, SCN_BG_DEEP);
        const char *q = scn_tr(L, m->confirm == SCN_KAD_CONFIRM_WIPE ? SCN_S_K_WIPE_CONFIRM : SCN_S_K_EXIT_CONFIRM);
        eng_text_draw_wrapped(eng_font_get(ENG_FONT_BOLD, 46), q, (eng_rect){p.x + 60, p.y + 60, p.w - 120, 200},
                              ENG_ALIGN_CENTER, SCN_TEXT);
        scn_ui_button(m->yesno.rects[0], scn_tr(L, SCN_S_K_YES), scn_buttons_state(&m->yesno, 0), 0, 44);
        scn_ui_button(m->yesno.rects[1], scn_tr(L, SCN_S_K_NO), scn_buttons_state(&m->yesno, 1), 0, 44);
    }
}

static void scn_kad_destroy(eng_scene *s)
{
    free(s->self);
}

void scn_kadmin_push(scn_ctx *ctx)
{
    scn_kadmin *m = calloc(1, sizeof *m);
    if (m == NULL) {
        return;
    }
    m->ctx = ctx;
    scn_kiosk *k = scn_kiosk_get();
    scn_kad_scan_packs(m, k != NULL ? k->desc.root : NULL);
    scn_buttons_init(&m->b, false);
    scn_buttons_add(&m->b, (eng_rect){1000, 120, 840, 130}); /* resume */
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        scn_buttons_add(&m->b, (eng_rect){1000 + (float)i * 430, 316, 410, 120});
    }
    scn_buttons_add(&m->b, (eng_rect){1000, 500, 200, 120}); /* − */
    scn_buttons_add(&m->b, (eng_rect){1640, 500, 200, 120}); /* + */
    scn_buttons_add(&m->b, (eng_rect){1000, 656, 410, 120}); /* wipe */
    scn_buttons_add(&m->b, (eng_rect){1430, 656, 410, 120}); /* export */
    scn_buttons_add(&m->b, (eng_rect){1000, 812, 840, 120}); /* exit */
    for (int i = 0; i < SCN_KA_PACKS; i++) {
        scn_buttons_add(&m->b, (eng_rect){80, 470 + (float)i * 136, 840, 120});
    }
    m->b.focus = -1;
    scn_buttons_init(&m->yesno, true);
    scn_buttons_add(&m->yesno, (eng_rect){560, 620, 360, 120});
    scn_buttons_add(&m->yesno, (eng_rect){1000, 620, 360, 120});
    m->yesno.focus = 1; /* "No" first: wiping or leaving needs a deliberate tap */
    scn_kad_health(m);
    eng_scene s = {.name = SCN_K_ADMIN, .self = m, .action = scn_kad_action, .tick = scn_kad_tick,
                   .draw = scn_kad_draw, .destroy = scn_kad_destroy};
    eng_scene_push(&s);
}
