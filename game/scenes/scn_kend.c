/* scn_kend.c: the end of a kiosk visitor's round: the score and three facts
 * learned; in today's top ten, three initials chosen one letter at a time on
 * a large on-screen keyboard (Latin or Cyrillic, guarded for 2 s against
 * button-mashing, rude words refused kindly); then today's and the all-time
 * leaderboard with the visitor's row lit; back to attract by itself.
 * Depends on: scn_kiosk_int.h, scn_ui.h, scn_text.h, lt_kiosk.h, lt_kiosk_rules.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "lt_kiosk.h"
#include "scn_kiosk_int.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_KE_TAP_GUARD_MS 1500.0  /* a new phase ignores taps this long */
#define SCN_KE_SUMMARY_MS 20000.0   /* the summary moves on by itself */
#define SCN_KE_BOARD_MS 15000.0     /* the leaderboard returns to attract */
#define SCN_KE_KEY_W 132.0f
#define SCN_KE_KEY_H 120.0f
#define SCN_KE_GAP 16.0f
#define SCN_KE_KEYS_Y 496.0f
#define SCN_KE_MAX_KEYS 48
#define SCN_KE_BOARD_ROWS 10

typedef enum scn_ke_key_kind { SCN_KE_LETTER = 0, SCN_KE_SWITCH, SCN_KE_ERASE, SCN_KE_SKIP, SCN_KE_DONE } scn_ke_key_kind;

typedef struct scn_ke_key {
    eng_rect r;
    scn_ke_key_kind kind;
    char letter[8];
} scn_ke_key;

typedef struct scn_kend {
    scn_ctx *ctx;
    scn_kresult res;
    scn_kend_phase phase;
    double phase_ms;           /* eng_time_ms at the phase's start */
    double shown_ms;
    bool cyrillic;
    scn_ke_key keys[SCN_KE_MAX_KEYS];
    int n_keys;
    int pressed;               /* key under a press, -1 */
    bool tap_down;             /* a press began in this phase (summary, board) */
    lt_kinitials ini;
    bool blocked;              /* the last try spelled a blocked word */
    bool saved;
    int64_t saved_at;
    lt_board_row today[SCN_KE_BOARD_ROWS], all[SCN_KE_BOARD_ROWS];
    int n_today, n_all;
} scn_kend;

static scn_kend *scn_ke_live;

/* Rows as phone keyboards have them; Ё ends the Cyrillic bottom row. */
static const char *const scn_ke_lat[] = {"QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};
static const char *const scn_ke_cyr[] = {"ЙЦУКЕНГШЩЗХЪ", "ФЫВАПРОЛДЖЭ", "ЯЧСМИТЬБЮЁ"};

static lt_kstore *scn_ke_store(void)
{
    scn_kiosk *k = scn_kiosk_get();
    return k != NULL ? k->desc.kstore : NULL;
}

static void scn_ke_layout(scn_kend *e)
{
    e->n_keys = 0;
    const char *const *rows = e->cyrillic ? scn_ke_cyr : scn_ke_lat;
    for (int row = 0; row < 3; row++) {
        /* Count the letters of the row (UTF-8) to centre it. */
        int n = 0;
        for (const char *p = rows[row]; *p; p++) {
            n += ((unsigned char)*p & 0xC0) != 0x80;
        }
        float w = (float)n * SCN_KE_KEY_W + (float)(n - 1) * SCN_KE_GAP;
        float x = (ENG_CANVAS_W - w) / 2, y = SCN_KE_KEYS_Y + (float)row * (SCN_KE_KEY_H + SCN_KE_GAP);
        const char *p = rows[row];
        while (*p && e->n_keys < SCN_KE_MAX_KEYS) {
            size_t len = 1;
            while (((unsigned char)p[len] & 0xC0) == 0x80) {
                len++;
            }
            scn_ke_key *k = &e->keys[e->n_keys++];
            k->r = (eng_rect){x, y, SCN_KE_KEY_W, SCN_KE_KEY_H};
            k->kind = SCN_KE_LETTER;
            snprintf(k->letter, sizeof k->letter, "%.*s", (int)len, p);
            p += len;
            x += SCN_KE_KEY_W + SCN_KE_GAP;
        }
    }
    float y = SCN_KE_KEYS_Y + 3 * (SCN_KE_KEY_H + SCN_KE_GAP);
    static const struct {
        scn_ke_key_kind kind;
        float w;
    } acts[] = {{SCN_KE_SWITCH, 300}, {SCN_KE_ERASE, 300}, {SCN_KE_SKIP, 300}, {SCN_KE_DONE, 420}};
    float total = 0;
    for (size_t i = 0; i < sizeof acts / sizeof acts[0]; i++) {
        total += acts[i].w + (i > 0 ? 40 : 0);
    }
    float x = (ENG_CANVAS_W - total) / 2;
    for (size_t i = 0; i < sizeof acts / sizeof acts[0] && e->n_keys < SCN_KE_MAX_KEYS; i++) {
        scn_ke_key *k = &e->keys[e->n_keys++];
        k->r = (eng_rect){x, y, acts[i].w, SCN_KE_KEY_H};
        k->kind = acts[i].kind;
        k->letter[0] = '\0';
        x += acts[i].w + 40;
    }
}

static void scn_ke_load_board(scn_kend *e)
{
    lt_kstore *ks = scn_ke_store();
    e->n_today = e->n_all = 0;
    if (ks != NULL) {
        e->n_today = lt_kstore_board_top(ks, scn_kiosk_today(), e->today, SCN_KE_BOARD_ROWS);
        e->n_all = lt_kstore_board_top(ks, 0, e->all, SCN_KE_BOARD_ROWS);
        e->n_today = e->n_today < 0 ? 0 : e->n_today;
        e->n_all = e->n_all < 0 ? 0 : e->n_all;
    }
}

static void scn_ke_phase(scn_kend *e, scn_kend_phase p)
{
    e->phase = p;
    e->phase_ms = eng_time_ms();
    e->pressed = -1;
    e->tap_down = false;
    if (p == SCN_KEND_BOARD) {
        scn_ke_load_board(e);
    }
    printf("kiosk: end %s\n", p == SCN_KEND_KEYS ? "keys" : p == SCN_KEND_BOARD ? "board" : "summary");
    eng_redraw();
}

static bool scn_ke_keys_open(const scn_kend *e)
{
    scn_kiosk *k = scn_kiosk_get();
    if (k != NULL) {
        return lt_krules_keys_open(&k->rules, scn_kiosk_now());
    }
    return eng_time_ms() - e->shown_ms >= LT_KR_KEYS_GUARD_MS;
}

static void scn_ke_leave(scn_kend *e)
{
    (void)e;
    eng_sound_play(ENG_SND_CLICK);
    scn_kiosk_end_done(); /* replaces every kiosk scene with attract */
}

static void scn_ke_done(scn_kend *e)
{
    if (e->ini.n < LT_INITIALS_CHARS) {
        return;
    }
    if (lt_initials_blocked(e->ini.text)) {
        /* Kindly: no word is repeated back, the letters just go. */
        e->blocked = true;
        lt_kinitials_clear(&e->ini);
        eng_sound_play(ENG_SND_WRONG);
        return;
    }
    lt_kstore *ks = scn_ke_store();
    int64_t now = scn_kiosk_now();
    if (ks != NULL && lt_kstore_board_add(ks, e->ini.text, e->res.score, now)) {
        e->saved = true;
        e->saved_at = now;
        printf("kiosk: board %s %d\n", e->ini.text, e->res.score);
    } else {
        scn_kiosk_error("could not add %s to the leaderboard", e->ini.text);
    }
    eng_sound_play(ENG_SND_RIGHT);
    scn_ke_phase(e, SCN_KEND_BOARD);
}

static void scn_ke_press(scn_kend *e, const scn_ke_key *k)
{
    switch (k->kind) {
    case SCN_KE_LETTER:
        if (lt_kinitials_add(&e->ini, k->letter)) {
            e->blocked = false;
            eng_sound_play(ENG_SND_CLICK);
        }
        break;
    case SCN_KE_SWITCH:
        e->cyrillic = !e->cyrillic;
        scn_ke_layout(e);
        eng_sound_play(ENG_SND_CLICK);
        break;
    case SCN_KE_ERASE:
        lt_kinitials_erase(&e->ini);
        eng_sound_play(ENG_SND_CLICK);
        break;
    case SCN_KE_SKIP:
        eng_sound_play(ENG_SND_CLICK);
        scn_ke_phase(e, SCN_KEND_BOARD);
        break;
    case SCN_KE_DONE:
        scn_ke_done(e);
        break;
    }
}

static int scn_ke_key_at(const scn_kend *e, float x, float y)
{
    for (int i = 0; i < e->n_keys; i++) {
        if (eng_rect_contains(e->keys[i].r, x, y)) {
            return i;
        }
    }
    return -1;
}

static void scn_ke_keys_action(scn_kend *e, const eng_action *a)
{
    bool open = scn_ke_keys_open(e);
    if (a->kind == ENG_ACT_POINTER_DOWN) {
        /* Taps during the guard do nothing, not even later on release. */
        e->pressed = open ? scn_ke_key_at(e, a->x, a->y) : -1;
    } else if (a->kind == ENG_ACT_POINTER_UP) {
        int hit = scn_ke_key_at(e, a->x, a->y);
        int was = e->pressed;
        e->pressed = -1;
        if (open && hit >= 0 && hit == was) {
            scn_ke_press(e, &e->keys[hit]);
        }
    } else if (a->kind == ENG_ACT_CONFIRM && open) {
        scn_ke_done(e);
    }
}

static void scn_ke_action(eng_scene *s, const eng_action *a)
{
    scn_kend *e = s->self;
    if (e->phase == SCN_KEND_KEYS) {
        scn_ke_keys_action(e, a);
        eng_redraw();
        return;
    }
    /* Summary and board: a tap (press and release) after the guard moves on. */
    bool guarded = eng_time_ms() - e->phase_ms < SCN_KE_TAP_GUARD_MS;
    if (a->kind == ENG_ACT_POINTER_DOWN) {
        e->tap_down = !guarded;
    } else if ((a->kind == ENG_ACT_POINTER_UP && e->tap_down) || (a->kind == ENG_ACT_CONFIRM && !guarded)) {
        e->tap_down = false;
        if (e->phase == SCN_KEND_SUMMARY && scn_ke_store() != NULL && scn_kiosk_get()->desc.cfg->leaderboard) {
            eng_sound_play(ENG_SND_CLICK);
            scn_ke_phase(e, SCN_KEND_BOARD);
        } else {
            scn_ke_leave(e);
        }
    }
}

static void scn_ke_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    scn_kend *e = s->self;
    double in = eng_time_ms() - e->phase_ms;
    if (e->phase == SCN_KEND_SUMMARY && in >= SCN_KE_SUMMARY_MS) {
        if (scn_ke_store() != NULL && scn_kiosk_get()->desc.cfg->leaderboard) {
            scn_ke_phase(e, SCN_KEND_BOARD);
        } else {
            scn_ke_leave(e);
        }
    } else if (e->phase == SCN_KEND_BOARD && in >= SCN_KE_BOARD_MS) {
        scn_ke_leave(e);
    }
}

static bool scn_ke_animating(eng_scene *s)
{
    scn_kend *e = s->self;
    return e->phase == SCN_KEND_KEYS && !scn_ke_keys_open(e);
}

static void scn_ke_draw_score(const scn_kend *e, lt_lang L, float y, int px)
{
    char buf[160];
    snprintf(buf, sizeof buf, scn_tr(L, SCN_S_K_SCORE_LINE), e->res.score, e->res.right, e->res.total);
    eng_text_draw(eng_font_get(ENG_FONT_BOLD, px), buf, ENG_CANVAS_W / 2, y, ENG_ALIGN_CENTER, SCN_ACCENT);
}

/* The facts in `cols` columns (3: side by side) or rows (1: one under another). */
static void scn_ke_draw_facts(const scn_kend *e, lt_lang L, eng_rect area, bool columns)
{
    eng_font cf = eng_font_get(ENG_FONT_REGULAR, 30);
    eng_text_draw(cf, scn_tr(L, SCN_S_K_FACTS), area.x, area.y, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    float top = area.y + 44, h = area.h - 44;
    int n = e->res.n_facts;
    for (int i = 0; i < n; i++) {
        eng_rect r = columns ? (eng_rect){area.x + (float)i * (area.w + 24) / (float)n, top,
                                          (area.w + 24) / (float)n - 24, h}
                             : (eng_rect){area.x, top + (float)i * (h + 20) / (float)n, area.w, (h + 20) / (float)n - 20};
        eng_fill_round_rect(r, 16, SCN_PANEL);
        eng_fill_circle(r.x + 34, r.y + 36, 22, SCN_ACCENT);
        char num[4];
        snprintf(num, sizeof num, "%d", i + 1);
        eng_font nf = eng_font_get(ENG_FONT_BOLD, 28);
        eng_text_draw(nf, num, r.x + 34, r.y + 36 - (float)eng_font_line_height(nf) / 2, ENG_ALIGN_CENTER,
                      SCN_BG_DEEP);
        eng_rect box = {r.x + 72, r.y + 14, r.w - 90, r.h - 24};
        int px = columns ? 26 : 34;
        eng_font f = eng_font_get(ENG_FONT_REGULAR, px);
        int lines = 1;
        while (px > 20 && eng_text_wrapped_height(f, e->res.facts[i], box.w, &lines) > box.h) {
            px -= 2;
            f = eng_font_get(ENG_FONT_REGULAR, px);
        }
        eng_text_draw_wrapped(f, e->res.facts[i], box, ENG_ALIGN_LEFT, SCN_TEXT);
    }
}

static void scn_ke_draw_keys(const scn_kend *e, lt_lang L)
{
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 38);
    eng_text_draw(tf, scn_tr(L, SCN_S_K_TOP_TODAY), ENG_CANVAS_W / 2, 284, ENG_ALIGN_CENTER, SCN_TEXT);
    /* Three boxes for the letters. */
    float bw = 100, gap = 24, x0 = (ENG_CANVAS_W - 3 * bw - 2 * gap) / 2;
    size_t pos = 0, len = strlen(e->ini.text);
    eng_font lf = eng_font_get(ENG_FONT_BOLD, 70);
    for (int i = 0; i < LT_INITIALS_CHARS; i++) {
        eng_rect b = {x0 + (float)i * (bw + gap), 336, bw, 100};
        eng_fill_round_rect(b, 14, i == e->ini.n ? SCN_ACCENT : SCN_PANEL_HI);
        eng_fill_round_rect((eng_rect){b.x + 4, b.y + 4, b.w - 8, b.h - 8}, 11, SCN_BG_DEEP);
        if (i < e->ini.n && pos < len) {
            size_t start = pos;
            pos++;
            while (pos < len && ((unsigned char)e->ini.text[pos] & 0xC0) == 0x80) {
                pos++;
            }
            char one[8];
            snprintf(one, sizeof one, "%.*s", (int)(pos - start), e->ini.text + start);
            eng_text_draw(lf, one, b.x + b.w / 2, b.y + (b.h - (float)eng_font_line_height(lf)) / 2,
                          ENG_ALIGN_CENTER, SCN_TEXT);
        }
    }
    bool open = scn_ke_keys_open(e);
    eng_font mf = eng_font_get(ENG_FONT_REGULAR, 30);
    if (!open) {
        eng_text_draw(mf, scn_tr(L, SCN_S_K_KEYS_WAIT), ENG_CANVAS_W / 2, 446, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    } else if (e->blocked) {
        eng_text_draw(mf, scn_tr(L, SCN_S_K_BLOCKED), ENG_CANVAS_W / 2, 446, ENG_ALIGN_CENTER, SCN_ACCENT);
    }
    for (int i = 0; i < e->n_keys; i++) {
        const scn_ke_key *k = &e->keys[i];
        scn_button_state st = !open ? SCN_BTN_DIM : i == e->pressed ? SCN_BTN_FOCUS : SCN_BTN_NORMAL;
        const char *label = k->letter;
        switch (k->kind) {
        case SCN_KE_SWITCH:
            label = e->cyrillic ? "ABC" : "АБВ";
            break;
        case SCN_KE_ERASE:
            label = scn_tr(L, SCN_S_K_ERASE);
            break;
        case SCN_KE_SKIP:
            label = scn_tr(L, SCN_S_K_SKIP);
            break;
        case SCN_KE_DONE:
            label = scn_tr(L, SCN_S_OK);
            if (open && e->ini.n == LT_INITIALS_CHARS && i != e->pressed) {
                st = SCN_BTN_RIGHT;
            } else if (e->ini.n < LT_INITIALS_CHARS) {
                st = SCN_BTN_DIM;
            }
            break;
        default:
            break;
        }
        scn_ui_button(k->r, label, st, 0, k->kind == SCN_KE_LETTER ? 56 : 40);
    }
}

static void scn_ke_draw_board(const scn_kend *e, lt_lang L, const lt_board_row *rows, int n, float x, const char *title)
{
    float w = 780, y = 190;
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 44);
    eng_text_draw(tf, title, x + w / 2, y, ENG_ALIGN_CENTER, SCN_TEXT);
    y += 74;
    eng_font rf = eng_font_get(ENG_FONT_REGULAR, 40), bf = eng_font_get(ENG_FONT_BOLD, 40);
    if (n == 0) {
        eng_text_draw(rf, scn_tr(L, SCN_S_K_BOARD_EMPTY), x + w / 2, y + 20, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
        return;
    }
    bool lit_once = false;
    for (int i = 0; i < n; i++) {
        const lt_board_row *row = &rows[i];
        bool mine = e->saved && !lit_once && row->score == e->res.score && row->at_ms == e->saved_at &&
                    strcmp(row->initials, e->ini.text) == 0;
        lit_once = lit_once || mine;
        eng_rect r = {x, y + (float)i * 68, w, 60};
        eng_fill_round_rect(r, 12, mine ? SCN_ACCENT : i % 2 ? SCN_BG : SCN_PANEL);
        eng_color c = mine ? SCN_BG_DEEP : SCN_TEXT;
        char buf[32];
        snprintf(buf, sizeof buf, "%d", i + 1);
        float ty = r.y + (r.h - (float)eng_font_line_height(rf)) / 2;
        eng_text_draw(mine ? bf : rf, buf, r.x + 60, ty, ENG_ALIGN_RIGHT, mine ? c : SCN_TEXT_DIM);
        eng_text_draw(bf, row->initials, r.x + 110, ty, ENG_ALIGN_LEFT, c);
        snprintf(buf, sizeof buf, "%d", row->score);
        eng_text_draw(mine ? bf : rf, buf, r.x + r.w - 30, ty, ENG_ALIGN_RIGHT, c);
    }
}

static void scn_ke_draw(eng_scene *s)
{
    scn_kend *e = s->self;
    lt_lang L = e->ctx->lang;
    scn_ui_backdrop();
    eng_font hint = eng_font_get(ENG_FONT_REGULAR, 34);
    switch (e->phase) {
    case SCN_KEND_KEYS:
        scn_ke_draw_score(e, L, 24, 60);
        scn_ke_draw_facts(e, L, (eng_rect){160, 108, 1600, 166}, true);
        scn_ke_draw_keys(e, L);
        break;
    case SCN_KEND_SUMMARY:
        scn_ke_draw_score(e, L, 70, 84);
        scn_ke_draw_facts(e, L, (eng_rect){160, 220, 1600, 700}, false);
        eng_text_draw(hint, scn_tr(L, SCN_S_K_TOUCH_CONTINUE), ENG_CANVAS_W / 2, 990, ENG_ALIGN_CENTER,
                      SCN_TEXT_DIM);
        break;
    case SCN_KEND_BOARD:
        scn_ke_draw_score(e, L, 60, 72);
        scn_ke_draw_board(e, L, e->today, e->n_today, 140, scn_tr(L, SCN_S_K_BOARD_TODAY));
        scn_ke_draw_board(e, L, e->all, e->n_all, 1000, scn_tr(L, SCN_S_K_BOARD_ALL));
        eng_text_draw(hint, scn_tr(L, SCN_S_K_TOUCH_CONTINUE), ENG_CANVAS_W / 2, 1000, ENG_ALIGN_CENTER,
                      SCN_TEXT_DIM);
        break;
    }
}

static void scn_ke_destroy(eng_scene *s)
{
    if (scn_ke_live == s->self) {
        scn_ke_live = NULL;
    }
    free(s->self);
}

void scn_kend_show(scn_ctx *ctx, const scn_kresult *res)
{
    scn_kend *e = calloc(1, sizeof *e);
    if (e == NULL) {
        scn_kiosk_end_done();
        return;
    }
    e->ctx = ctx;
    e->res = *res;
    e->shown_ms = eng_time_ms();
    e->pressed = -1;
    e->cyrillic = ctx->lang == LT_LANG_RU;
    scn_ke_layout(e);
    /* Initials only for today's top ten, and only with a board to keep them. */
    scn_kiosk *k = scn_kiosk_get();
    lt_kstore *ks = scn_ke_store();
    bool board = k != NULL && k->desc.cfg->leaderboard && ks != NULL;
    bool top = board && res->score > 0 && lt_kstore_board_rank(ks, scn_kiosk_today(), res->score) <= 10;
    scn_ke_phase(e, top ? SCN_KEND_KEYS : SCN_KEND_SUMMARY);
    if (top && k != NULL) {
        lt_krules_keys_shown(&k->rules, scn_kiosk_now());
    }
    scn_ke_live = e;
    eng_scene sc = {.name = SCN_K_END, .self = e, .action = scn_ke_action, .tick = scn_ke_tick, .draw = scn_ke_draw,
                    .animating = scn_ke_animating, .destroy = scn_ke_destroy};
    eng_scene_replace(&sc);
}

/* ---- probes for the tests ------------------------------------------------------ */

static bool scn_ke_find(scn_ke_key_kind kind, const char *letter, eng_rect *out)
{
    scn_kend *e = scn_ke_live;
    if (e == NULL || e->phase != SCN_KEND_KEYS) {
        return false;
    }
    for (int i = 0; i < e->n_keys; i++) {
        if (e->keys[i].kind == kind && (letter == NULL || strcmp(e->keys[i].letter, letter) == 0)) {
            *out = e->keys[i].r;
            return true;
        }
    }
    return false;
}

bool scn_kend_key_rect(const char *letter, eng_rect *out)
{
    return scn_ke_find(SCN_KE_LETTER, letter, out);
}

bool scn_kend_layout_rect(eng_rect *out)
{
    return scn_ke_find(SCN_KE_SWITCH, NULL, out);
}

bool scn_kend_done_rect(eng_rect *out)
{
    return scn_ke_find(SCN_KE_DONE, NULL, out);
}

int scn_kend_phase_now(void)
{
    return scn_ke_live != NULL ? (int)scn_ke_live->phase : -1;
}

const char *scn_kend_initials(void)
{
    return scn_ke_live != NULL ? scn_ke_live->ini.text : "";
}
