/* scn_library.c: the pack library screen: a card per pack found in levels/
 * and in the user's pack folder, with title, languages, counts and when it
 * was last played, broken ones with their first error (file:line:col);
 * choosing one opens it and goes back to the menu.
 * Depends on: scn.h, scn_packs.h, scn_ui.h, scn_text.h, eng.h, lt_packlib.h,
 * lt_store.h, lt_i18n.h. */
/* realpath and localtime_r are POSIX/XSI; glibc declares realpath with this. */
#define _DEFAULT_SOURCE 1
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lt_i18n.h"
#include "lt_packlib.h"
#include "scn.h"
#include "scn_packs.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_LIB_X 60.0f
#define SCN_LIB_W 1800.0f
#define SCN_LIB_TOP 236.0f     /* first card */
#define SCN_LIB_CARD_H 140.0f  /* >= 120: touch friendly */
#define SCN_LIB_GAP 12.0f
#define SCN_LIB_BOTTOM 992.0f  /* cards end above the hint line */
#define SCN_LIB_DRAG_PX 24.0f  /* a press that moves further is a drag, not a tap */

typedef struct scn_library {
    scn_ctx *ctx;
    lt_packlib lib;
    char (*last)[96];          /* per entry: "Последний раз: ..." */
    bool *current;             /* per entry: the open pack */
    char user_line[1400];      /* where the user's packs go */
    int focus;
    int top;                   /* first card shown */
    int pressed;               /* card under a press, -1 none */
    bool dragging;
    float press_y;
    int press_top;
    eng_rect back;
    bool back_pressed, back_hover;
    eng_tween denied;          /* flashes the error of a broken pack chosen */
    int denied_i;
} scn_library;

static int scn_library_visible(void)
{
    int v = (int)((SCN_LIB_BOTTOM - SCN_LIB_TOP + SCN_LIB_GAP) / (SCN_LIB_CARD_H + SCN_LIB_GAP));
    return v < 1 ? 1 : v;
}

static int scn_library_count(const scn_library *l)
{
    return (int)l->lib.count;
}

static eng_rect scn_library_card(const scn_library *l, int i)
{
    float y = SCN_LIB_TOP + (float)(i - l->top) * (SCN_LIB_CARD_H + SCN_LIB_GAP);
    return (eng_rect){SCN_LIB_X, y, SCN_LIB_W, SCN_LIB_CARD_H};
}

static int scn_library_hit(const scn_library *l, float x, float y)
{
    int vis = scn_library_visible(), n = scn_library_count(l);
    for (int i = l->top; i < n && i < l->top + vis; i++) {
        if (eng_rect_contains(scn_library_card(l, i), x, y)) {
            return i;
        }
    }
    return -1;
}

static void scn_library_clamp_top(scn_library *l)
{
    int vis = scn_library_visible(), n = scn_library_count(l);
    int max_top = n > vis ? n - vis : 0;
    l->top = l->top < 0 ? 0 : l->top > max_top ? max_top : l->top;
}

static void scn_library_scroll_to_focus(scn_library *l)
{
    int vis = scn_library_visible();
    if (l->focus < l->top) {
        l->top = l->focus;
    } else if (l->focus >= l->top + vis) {
        l->top = l->focus - vis + 1;
    }
    scn_library_clamp_top(l);
}

/* "05.01.2026 14:30" (ru) or "2026-01-05 14:30" (en), local time. */
static void scn_library_when(int64_t ms, lt_lang L, char *buf, size_t len)
{
    time_t secs = (time_t)(ms / 1000);
    struct tm t;
    if (localtime_r(&secs, &t) == NULL) {
        snprintf(buf, len, "?");
        return;
    }
    if (L == LT_LANG_RU) {
        snprintf(buf, len, "%02d.%02d.%04d %02d:%02d", t.tm_mday, t.tm_mon + 1, t.tm_year + 1900, t.tm_hour,
                 t.tm_min);
    } else {
        snprintf(buf, len, "%04d-%02d-%02d %02d:%02d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour,
                 t.tm_min);
    }
}

static bool scn_library_same_file(const char *a, const char *b)
{
    char ra[PATH_MAX], rb[PATH_MAX];
    if (a == NULL || b == NULL || realpath(a, ra) == NULL || realpath(b, rb) == NULL) {
        return a != NULL && b != NULL && strcmp(a, b) == 0;
    }
    return strcmp(ra, rb) == 0;
}

/* Scans the folders and works out what each card shows. */
static void scn_library_scan(scn_library *l)
{
    scn_ctx *ctx = l->ctx;
    lt_lang L = ctx->lang;
    lt_packlib_free(&l->lib);
    if (ctx->packs_root != NULL) {
        char levels[PATH_MAX];
        snprintf(levels, sizeof levels, "%s/levels", ctx->packs_root);
        lt_packlib_scan(&l->lib, levels, false);
    }
    if (ctx->user_pack_dir != NULL) {
        lt_packlib_scan(&l->lib, ctx->user_pack_dir, true);
    }
    lt_packlib_sort(&l->lib, L);
    size_t n = l->lib.count;
    free(l->last);
    free(l->current);
    l->last = calloc(n > 0 ? n : 1, sizeof *l->last);
    l->current = calloc(n > 0 ? n : 1, sizeof *l->current);
    if (l->last == NULL || l->current == NULL) {
        lt_packlib_free(&l->lib);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const lt_packlib_entry *e = &l->lib.items[i];
        l->current[i] = ctx->pack != NULL && e->status == LT_PACKLIB_OK &&
                        scn_library_same_file(e->file, ctx->pack->file);
        char key[128], val[32];
        snprintf(key, sizeof key, "pack_last_played:%s", e->id);
        if (e->status == LT_PACKLIB_OK && lt_store_get(ctx->store, key, val, sizeof val)) {
            char when[48];
            scn_library_when(strtoll(val, NULL, 10), L, when, sizeof when);
            snprintf(l->last[i], sizeof l->last[i], scn_tr(L, SCN_S_LIB_LAST), when);
        } else if (e->status == LT_PACKLIB_OK) {
            snprintf(l->last[i], sizeof l->last[i], "%s", scn_tr(L, SCN_S_LIB_NEVER));
        }
        if (l->current[i]) {
            l->focus = (int)i;
        }
    }
    snprintf(l->user_line, sizeof l->user_line, scn_tr(L, SCN_S_LIB_USER_DIR),
             ctx->user_pack_dir != NULL ? ctx->user_pack_dir : "-");
    if (l->focus >= (int)n) {
        l->focus = n > 0 ? (int)n - 1 : 0;
    }
    scn_library_scroll_to_focus(l);
}

static void scn_library_back(void)
{
    eng_sound_play(ENG_SND_CLICK);
    eng_scene_pop();
    eng_redraw();
}

/* Opens pack i; a broken one only flashes its error. Returns true when the
 * pack was opened (this scene is then closed: touch nothing after). */
static bool scn_library_choose(scn_library *l, int i)
{
    if (i < 0 || i >= scn_library_count(l)) {
        return false;
    }
    l->focus = i;
    scn_library_scroll_to_focus(l);
    lt_packlib_entry *e = &l->lib.items[i];
    if (e->status == LT_PACKLIB_OK) {
        char err[2048];
        char path[LT_PACKLIB_PATH];
        snprintf(path, sizeof path, "%s", e->path);
        if (scn_packs_open(l->ctx, path, err, sizeof err)) {
            eng_sound_play(ENG_SND_CLICK);
            return true;
        }
        /* It changed on disk since the scan: show why it does not open now. */
        lt_packlib_summarize(path, e->user, e);
        if (e->status == LT_PACKLIB_OK) {
            e->status = LT_PACKLIB_BROKEN;
            char *nl = strchr(err, '\n');
            if (nl != NULL) {
                *nl = '\0';
            }
            snprintf(e->error, sizeof e->error, "%s", err);
        }
        l->current[i] = false;
        l->last[i][0] = '\0';
    }
    eng_sound_play(ENG_SND_WRONG);
    l->denied_i = i;
    eng_tween_start(&l->denied, 1.0f, 0.0f, 700.0, ENG_EASE_OUT_CUBIC);
    eng_redraw();
    return false;
}

static void scn_library_select(scn_library *l, int i)
{
    if (i >= 0 && i < scn_library_count(l)) {
        l->focus = i;
        scn_library_scroll_to_focus(l);
    }
}

static void scn_library_action(eng_scene *s, const eng_action *a)
{
    scn_library *l = s->self;
    int n = scn_library_count(l);
    int hit;
    switch (a->kind) {
    case ENG_ACT_QUIT_REQUEST:
        eng_quit();
        return;
    case ENG_ACT_BACK:
        scn_library_back();
        return;
    case ENG_ACT_CONFIRM:
        if (scn_library_choose(l, l->focus)) {
            return;
        }
        break;
    case ENG_ACT_UP:
        scn_library_select(l, l->focus > 0 ? l->focus - 1 : n - 1);
        break;
    case ENG_ACT_DOWN:
        scn_library_select(l, n > 0 ? (l->focus + 1) % n : 0);
        break;
    case ENG_ACT_OPTION: /* keys 1-4 */
        scn_library_select(l, l->top + a->value);
        break;
    case ENG_ACT_TEXT:
        /* Keys 5-9 reach scenes only as text (1-4 also come as OPTION). */
        if (a->text[0] >= '5' && a->text[0] <= '9' && a->text[1] == '\0') {
            scn_library_select(l, l->top + a->text[0] - '1');
        }
        break;
    case ENG_ACT_WHEEL: {
        int vis = scn_library_visible();
        l->top -= a->value;
        scn_library_clamp_top(l);
        if (l->focus < l->top) {
            l->focus = l->top;
        } else if (l->focus >= l->top + vis) {
            l->focus = l->top + vis - 1;
        }
        break;
    }
    case ENG_ACT_POINTER_MOVE:
        l->back_hover = eng_rect_contains(l->back, a->x, a->y);
        if (l->pressed >= 0 || l->dragging) {
            float dy = a->y - l->press_y;
            if (!l->dragging && (dy > SCN_LIB_DRAG_PX || dy < -SCN_LIB_DRAG_PX)) {
                l->dragging = true; /* a finger moving the list, not a tap */
                l->pressed = -1;
            }
            if (l->dragging) {
                float step = SCN_LIB_CARD_H + SCN_LIB_GAP;
                int moved = (int)(dy >= 0 ? dy / step + 0.5f : dy / step - 0.5f);
                l->top = l->press_top - moved;
                scn_library_clamp_top(l);
                int vis = scn_library_visible();
                l->focus = l->focus < l->top ? l->top : l->focus >= l->top + vis ? l->top + vis - 1 : l->focus;
            }
            break;
        }
        hit = scn_library_hit(l, a->x, a->y);
        if (hit >= 0) {
            l->focus = hit;
        }
        break;
    case ENG_ACT_POINTER_DOWN:
        l->pressed = scn_library_hit(l, a->x, a->y);
        l->back_pressed = eng_rect_contains(l->back, a->x, a->y);
        l->dragging = false;
        l->press_y = a->y;
        l->press_top = l->top;
        break;
    case ENG_ACT_POINTER_UP: {
        /* A press counts only when released on the same card. */
        bool back = l->back_pressed && eng_rect_contains(l->back, a->x, a->y);
        hit = scn_library_hit(l, a->x, a->y);
        int pressed = l->pressed;
        bool dragged = l->dragging;
        l->pressed = -1;
        l->back_pressed = false;
        l->dragging = false;
        if (back) {
            scn_library_back();
            return;
        }
        if (!dragged && hit >= 0 && hit == pressed && scn_library_choose(l, hit)) {
            return;
        }
        break;
    }
    default:
        break;
    }
    eng_redraw();
}

static bool scn_library_animating(eng_scene *s)
{
    scn_library *l = s->self;
    return eng_tween_running(&l->denied);
}

/* A rounded tag with text, right-aligned at `right`; returns its left edge. */
static float scn_library_tag(const char *text, float right, float y, eng_color fill, eng_color ink)
{
    eng_font f = eng_font_get(ENG_FONT_BOLD, 24);
    int w = 0, h = 0;
    eng_text_size(f, text, &w, &h);
    float x = right - (float)w - 28;
    eng_fill_round_rect((eng_rect){x, y, (float)w + 28, 38}, 12, fill);
    eng_text_draw(f, text, right - 14, y + (38 - (float)h) / 2, ENG_ALIGN_RIGHT, ink);
    return x;
}

static eng_color scn_library_mix(eng_color a, eng_color b, float t)
{
    return (eng_color){(uint8_t)((float)a.r + ((float)b.r - (float)a.r) * t),
                       (uint8_t)((float)a.g + ((float)b.g - (float)a.g) * t),
                       (uint8_t)((float)a.b + ((float)b.b - (float)a.b) * t), 255};
}

static void scn_library_draw_card(const scn_library *l, int i)
{
    lt_lang L = l->ctx->lang;
    const lt_packlib_entry *e = &l->lib.items[i];
    eng_rect r = scn_library_card(l, i);
    bool focus = i == l->focus;
    bool ok = e->status == LT_PACKLIB_OK;
    eng_color fill = focus ? SCN_PANEL_HI : SCN_PANEL;
    eng_color border = focus ? SCN_FOCUS : ok ? SCN_PANEL_HI : SCN_WRONG;
    eng_fill_round_rect(r, 18, border);
    eng_fill_round_rect((eng_rect){r.x + 4, r.y + 4, r.w - 8, r.h - 8}, 15, fill);
    if (l->current[i]) {
        eng_fill_round_rect((eng_rect){r.x + 4, r.y + 4, 12, r.h - 8}, 6, SCN_ACCENT);
    }

    /* Tags on the right: where it comes from, open now, broken. */
    float right = r.x + r.w - 28;
    right = scn_library_tag(scn_tr(L, e->user ? SCN_S_LIB_USER : SCN_S_LIB_BUNDLED), right, r.y + 18, SCN_BG_DEEP,
                            SCN_TEXT_DIM) - 12;
    if (l->current[i]) {
        right = scn_library_tag(scn_tr(L, SCN_S_LIB_CURRENT), right, r.y + 18, SCN_ACCENT, SCN_BG_DEEP) - 12;
    }
    if (!ok) {
        right = scn_library_tag(scn_tr(L, SCN_S_LIB_BROKEN), right, r.y + 18, SCN_WRONG, SCN_TEXT) - 12;
    }

    float x = r.x + 40, w = r.w - 80;
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 36);
    eng_text_draw_wrapped(tf, lt_packlib_title(e, L), (eng_rect){x, r.y + 14, right - x - 20, 46}, ENG_ALIGN_LEFT,
                          SCN_TEXT);
    eng_font sf = eng_font_get(ENG_FONT_REGULAR, 26);
    eng_font pf = eng_font_get(ENG_FONT_REGULAR, 22);
    char line[1400];
    if (ok) {
        char counts[256];
        snprintf(counts, sizeof counts, scn_tr(L, SCN_S_LIB_COUNTS), e->n_events, e->n_questions, e->n_levels);
        snprintf(line, sizeof line, "%s\u00a0· %s", e->languages, counts);
        eng_text_draw_wrapped(sf, line, (eng_rect){x, r.y + 62, w, 34}, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
        eng_text_draw_wrapped(sf, l->last[i], (eng_rect){x, r.y + 98, w * 0.45f, 34}, ENG_ALIGN_LEFT, SCN_TEXT);
    } else {
        if (e->status == LT_PACKLIB_NO_YAML) {
            snprintf(line, sizeof line, "%s", scn_tr(L, SCN_S_LIB_NO_YAML));
        } else if (e->status == LT_PACKLIB_TOO_BIG) {
            snprintf(line, sizeof line, scn_tr(L, SCN_S_LIB_TOO_BIG), e->name,
                     (unsigned)(LT_PACKLIB_MAX_YAML / (1024u * 1024u)));
        } else if (e->n_errors > 1) {
            char more[64];
            snprintf(more, sizeof more, scn_tr(L, SCN_S_LIB_MORE_ERRORS), e->n_errors - 1);
            snprintf(line, sizeof line, "%s %s", e->error, more);
        } else {
            snprintf(line, sizeof line, "%s", e->error);
        }
        float flash = l->denied_i == i ? eng_tween_value(&l->denied) : 0.0f;
        eng_color ec = scn_library_mix((eng_color){250, 190, 180, 255}, SCN_ACCENT, flash);
        eng_text_draw_wrapped(sf, line, (eng_rect){x, r.y + 60, w * 0.62f, 70}, ENG_ALIGN_LEFT, ec);
    }
    /* Where it lives: the folder name (the bundled ones under levels/). */
    snprintf(line, sizeof line, "%s%s", e->user ? "" : "levels/", e->name);
    eng_text_draw_wrapped(pf, line, (eng_rect){r.x + r.w * 0.66f, r.y + 102, r.w * 0.34f - 28, 30}, ENG_ALIGN_RIGHT,
                          SCN_TEXT_DIM);
}

static void scn_library_chevron(float cx, float cy, float dir)
{
    eng_line(cx - 22, cy - 8 * dir, cx, cy + 8 * dir, 5, SCN_TEXT_DIM);
    eng_line(cx, cy + 8 * dir, cx + 22, cy - 8 * dir, 5, SCN_TEXT_DIM);
}

static void scn_library_draw(eng_scene *s)
{
    scn_library *l = s->self;
    lt_lang L = l->ctx->lang;
    scn_ui_backdrop();
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 72);
    eng_text_draw(tf, scn_tr(L, SCN_S_LIB_TITLE), SCN_LIB_X, 40, ENG_ALIGN_LEFT, SCN_TEXT);
    scn_ui_button(l->back, lt_tr(L, LT_S_BACK), l->back_hover ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 0, 36);
    eng_font uf = eng_font_get(ENG_FONT_REGULAR, 28);
    eng_text_draw_wrapped(uf, l->user_line, (eng_rect){SCN_LIB_X, 148, SCN_LIB_W, 72}, ENG_ALIGN_LEFT, SCN_ACCENT);

    int vis = scn_library_visible(), n = scn_library_count(l);
    for (int i = l->top; i < n && i < l->top + vis; i++) {
        scn_library_draw_card(l, i);
    }
    if (n == 0) {
        eng_font ef = eng_font_get(ENG_FONT_REGULAR, 36);
        eng_text_draw(ef, scn_tr(L, SCN_S_LIB_EMPTY), ENG_CANVAS_W / 2, 420, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    }
    if (l->top > 0) {
        scn_library_chevron(ENG_CANVAS_W / 2, SCN_LIB_TOP - 14, -1);
    }
    if (l->top + vis < n) {
        scn_library_chevron(ENG_CANVAS_W / 2, SCN_LIB_BOTTOM + 6, 1);
    }
    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 26);
    char hint[512];
    if (l->lib.truncated) {
        snprintf(hint, sizeof hint, scn_tr(L, SCN_S_LIB_TRUNCATED), LT_PACKLIB_MAX_PACKS);
    } else {
        snprintf(hint, sizeof hint, "%s", scn_tr(L, SCN_S_LIB_HINT));
    }
    eng_text_draw_wrapped(hf, hint, (eng_rect){SCN_LIB_X, 1024, SCN_LIB_W, 40}, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
}

static void scn_library_destroy(eng_scene *s)
{
    scn_library *l = s->self;
    lt_packlib_free(&l->lib);
    free(l->last);
    free(l->current);
    free(l);
}

void scn_library_push(scn_ctx *ctx)
{
    scn_library *l = calloc(1, sizeof *l);
    if (l == NULL) {
        return;
    }
    l->ctx = ctx;
    l->pressed = -1;
    l->denied_i = -1;
    l->back = (eng_rect){ENG_CANVAS_W - 60 - 280, 40, 280, 100};
    scn_library_scan(l);
    eng_scene s = {.name = "library", .self = l, .action = scn_library_action, .draw = scn_library_draw,
                   .animating = scn_library_animating, .destroy = scn_library_destroy};
    eng_scene_push(&s);
    eng_redraw();
}
