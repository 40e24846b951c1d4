/* scn_profiles.c: the profile screen: choose a profile, create one with a
 * name typed in any script, rename, delete after a confirmation.
 * Depends on: scn.h, scn_ui.h, eng.h, lt_store.h, lt_i18n.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "scn.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_PROF_MAX 8 /* profiles listed; more are reached by scrolling */

typedef enum scn_prof_mode { SCN_PROF_LIST = 0, SCN_PROF_CREATE, SCN_PROF_RENAME, SCN_PROF_CONFIRM } scn_prof_mode;

enum { SCN_PROF_NEW = 0, SCN_PROF_REN, SCN_PROF_DEL, SCN_PROF_BACK, SCN_PROF_ACTIONS };

typedef struct scn_profiles {
    scn_ctx *ctx;
    scn_prof_mode mode;
    lt_profile list[64];
    int n;
    int first;              /* first listed row (scrolling) */
    scn_buttons rows;       /* profile rows */
    scn_buttons actions;    /* new, rename, delete, back */
    scn_buttons dialog;     /* ok, cancel */
    bool in_actions;        /* keyboard focus on the action row */
    scn_textfield field;
    char error[160];
} scn_profiles;

bool scn_profile_select(scn_ctx *ctx, int64_t id)
{
    if (ctx->store == NULL) {
        return false;
    }
    lt_profile p;
    if (id <= 0 || !lt_store_profile_get(ctx->store, id, &p)) {
        lt_profile first[1];
        int n = lt_store_profile_list(ctx->store, first, 1);
        if (n > 0) {
            p = first[0];
        } else {
            int64_t made = lt_store_profile_create(ctx->store, scn_tr(ctx->lang, SCN_S_PROFILE_DEFAULT_NAME),
                                                   scn_now_ms(ctx));
            if (made <= 0 || !lt_store_profile_get(ctx->store, made, &p)) {
                return false;
            }
        }
    }
    ctx->profile = p;
    lt_store_set_int(ctx->store, "profile", (int)p.id);
    return true;
}

static void scn_profiles_reload(scn_profiles *pr)
{
    int n = lt_store_profile_list(pr->ctx->store, pr->list, (int)(sizeof pr->list / sizeof pr->list[0]));
    pr->n = n < 0 ? 0 : n > 64 ? 64 : n;
    if (pr->first > pr->n - 1) {
        pr->first = pr->n > 0 ? pr->n - 1 : 0;
    }
    scn_buttons_init(&pr->rows, false);
    for (int i = 0; i < SCN_PROF_MAX && pr->first + i < pr->n; i++) {
        scn_buttons_add(&pr->rows, (eng_rect){460, 190 + (float)i * 84, 1000, 72});
    }
    for (int i = 0; i < pr->rows.n; i++) {
        if (pr->list[pr->first + i].id == pr->ctx->profile.id) {
            pr->rows.focus = i;
        }
    }
}

static void scn_profiles_open_field(scn_profiles *pr, scn_prof_mode mode)
{
    pr->mode = mode;
    pr->error[0] = '\0';
    memset(&pr->field, 0, sizeof pr->field);
    pr->field.max_chars = LT_PROFILE_NAME_CHARS;
    if (mode == SCN_PROF_RENAME) {
        snprintf(pr->field.text, sizeof pr->field.text, "%s", pr->ctx->profile.name);
    }
    scn_buttons_init(&pr->dialog, true);
    scn_buttons_add(&pr->dialog, (eng_rect){560, 640, 380, 120});
    scn_buttons_add(&pr->dialog, (eng_rect){980, 640, 380, 120});
    eng_text_mode(mode != SCN_PROF_CONFIRM);
}

static void scn_profiles_close_dialog(scn_profiles *pr)
{
    pr->mode = SCN_PROF_LIST;
    eng_text_mode(false);
    scn_profiles_reload(pr);
}

static void scn_profiles_submit(scn_profiles *pr)
{
    scn_ctx *ctx = pr->ctx;
    if (pr->mode == SCN_PROF_CONFIRM) {
        int64_t gone = ctx->profile.id;
        lt_store_profile_delete(ctx->store, gone);
        scn_profile_select(ctx, 0);
        scn_profiles_close_dialog(pr);
        return;
    }
    bool ok;
    if (pr->mode == SCN_PROF_CREATE) {
        int64_t id = lt_store_profile_create(ctx->store, pr->field.text, scn_now_ms(ctx));
        ok = id > 0 && scn_profile_select(ctx, id);
    } else {
        ok = lt_store_profile_rename(ctx->store, ctx->profile.id, pr->field.text) &&
             scn_profile_select(ctx, ctx->profile.id);
    }
    if (!ok) {
        snprintf(pr->error, sizeof pr->error, "%s", scn_tr(ctx->lang, SCN_S_PROFILE_NAME_BAD));
        eng_sound_play(ENG_SND_WRONG);
        return;
    }
    eng_sound_play(ENG_SND_CLICK);
    scn_profiles_close_dialog(pr);
}

static void scn_profiles_dialog_action(scn_profiles *pr, const eng_action *a)
{
    if (a->kind == ENG_ACT_BACK) {
        scn_profiles_close_dialog(pr);
        return;
    }
    if (pr->mode != SCN_PROF_CONFIRM && scn_textfield_action(&pr->field, a)) {
        pr->error[0] = '\0';
        return;
    }
    if (a->kind == ENG_ACT_OPTION && pr->mode != SCN_PROF_CONFIRM) {
        return; /* digits are typed into the field (text mode), never buttons */
    }
    int hit = scn_buttons_action(&pr->dialog, a);
    if (a->kind == ENG_ACT_CONFIRM && pr->mode != SCN_PROF_CONFIRM) {
        hit = 0; /* Enter in the field means OK */
    }
    if (hit == 0) {
        scn_profiles_submit(pr);
    } else if (hit == 1) {
        scn_profiles_close_dialog(pr);
    }
}

static void scn_profiles_list_action(scn_profiles *pr, const eng_action *a)
{
    if (a->kind == ENG_ACT_BACK) {
        eng_scene_pop();
        return;
    }
    /* Up/down walk the rows, then the action row; left/right move along it. */
    if (a->kind == ENG_ACT_DOWN && !pr->in_actions && pr->rows.focus == pr->rows.n - 1) {
        pr->in_actions = true;
        return;
    }
    if (a->kind == ENG_ACT_UP && pr->in_actions) {
        pr->in_actions = false;
        pr->rows.focus = pr->rows.n > 0 ? pr->rows.n - 1 : 0;
        return;
    }
    if (a->kind == ENG_ACT_DOWN && pr->rows.focus == pr->rows.n - 1 && pr->first + pr->rows.n < pr->n) {
        pr->first++;
        scn_profiles_reload(pr);
        pr->rows.focus = pr->rows.n - 1;
        return;
    }
    if (a->kind == ENG_ACT_UP && pr->rows.focus == 0 && pr->first > 0) {
        pr->first--;
        scn_profiles_reload(pr);
        pr->rows.focus = 0;
        return;
    }
    if (a->kind == ENG_ACT_POINTER_MOVE || a->kind == ENG_ACT_POINTER_DOWN || a->kind == ENG_ACT_POINTER_UP) {
        pr->in_actions = scn_ui_hit(pr->actions.rects, pr->actions.n, a->x, a->y) >= 0;
    }
    int row = -1, act = -1;
    if (pr->in_actions || a->kind == ENG_ACT_POINTER_UP || a->kind == ENG_ACT_POINTER_DOWN) {
        act = scn_buttons_action(&pr->actions, a);
    }
    if (!pr->in_actions || a->kind == ENG_ACT_POINTER_UP || a->kind == ENG_ACT_POINTER_DOWN) {
        if (a->kind != ENG_ACT_OPTION) {
            row = scn_buttons_action(&pr->rows, a);
        }
    }
    if (a->kind == ENG_ACT_OPTION && a->value < SCN_PROF_ACTIONS) {
        act = a->value; /* keys 1-4: the actions */
    }
    if (row >= 0) {
        scn_profile_select(pr->ctx, pr->list[pr->first + row].id);
        eng_sound_play(ENG_SND_CLICK);
        eng_scene_pop();
        return;
    }
    switch (act) {
    case SCN_PROF_NEW:
        scn_profiles_open_field(pr, SCN_PROF_CREATE);
        break;
    case SCN_PROF_REN:
        scn_profiles_open_field(pr, SCN_PROF_RENAME);
        break;
    case SCN_PROF_DEL:
        scn_profiles_open_field(pr, SCN_PROF_CONFIRM);
        break;
    case SCN_PROF_BACK:
        eng_scene_pop();
        break;
    default:
        break;
    }
}

static void scn_profiles_action(eng_scene *s, const eng_action *a)
{
    scn_profiles *pr = s->self;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        eng_quit();
        return;
    }
    if (pr->mode == SCN_PROF_LIST) {
        scn_profiles_list_action(pr, a);
    } else {
        scn_profiles_dialog_action(pr, a);
    }
    eng_redraw();
}

static bool scn_profiles_animating(eng_scene *s)
{
    scn_profiles *pr = s->self;
    return pr->mode == SCN_PROF_CREATE || pr->mode == SCN_PROF_RENAME; /* the caret blinks */
}

static void scn_profiles_draw_dialog(const scn_profiles *pr, lt_lang L)
{
    eng_fill_rect((eng_rect){0, 0, ENG_CANVAS_W, ENG_CANVAS_H}, (eng_color){8, 12, 20, 200});
    eng_rect box = {360, 260, 1200, 560};
    eng_fill_round_rect(box, 20, SCN_PANEL_HI);
    eng_fill_round_rect((eng_rect){box.x + 4, box.y + 4, box.w - 8, box.h - 8}, 17, SCN_BG);
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 48);
    char buf[512];
    if (pr->mode == SCN_PROF_CONFIRM) {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_PROFILE_DELETE_CONFIRM), pr->ctx->profile.name);
        eng_text_draw_wrapped(tf, buf, (eng_rect){box.x + 60, box.y + 60, box.w - 120, 300}, ENG_ALIGN_CENTER,
                              SCN_TEXT);
    } else {
        eng_text_draw(tf, scn_tr(L, pr->mode == SCN_PROF_CREATE ? SCN_S_PROFILE_NEW : SCN_S_PROFILE_RENAME),
                      ENG_CANVAS_W / 2, box.y + 50, ENG_ALIGN_CENTER, SCN_TEXT);
        scn_textfield_draw(&pr->field, (eng_rect){box.x + 80, box.y + 170, box.w - 160, 110}, true,
                           scn_tr(L, SCN_S_PROFILE_NAME_PLACEHOLDER));
        if (pr->error[0] != '\0') {
            eng_font ef = eng_font_get(ENG_FONT_REGULAR, 30);
            eng_text_draw(ef, pr->error, ENG_CANVAS_W / 2, box.y + 300, ENG_ALIGN_CENTER, SCN_WRONG);
        }
    }
    const char *labels[2] = {scn_tr(L, pr->mode == SCN_PROF_CONFIRM ? SCN_S_PROFILE_DELETE : SCN_S_OK),
                             scn_tr(L, SCN_S_CANCEL)};
    for (int i = 0; i < 2; i++) {
        scn_ui_button(pr->dialog.rects[i], labels[i], scn_buttons_state(&pr->dialog, i), 0, 42);
    }
}

static void scn_profiles_draw(eng_scene *s)
{
    scn_profiles *pr = s->self;
    lt_lang L = pr->ctx->lang;
    scn_ui_backdrop();
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 72);
    eng_text_draw(tf, scn_tr(L, SCN_S_PROFILES_TITLE), ENG_CANVAS_W / 2, 60, ENG_ALIGN_CENTER, SCN_TEXT);
    eng_font rf = eng_font_get(ENG_FONT_REGULAR, 40);
    eng_font cf = eng_font_get(ENG_FONT_REGULAR, 28);
    for (int i = 0; i < pr->rows.n; i++) {
        const lt_profile *p = &pr->list[pr->first + i];
        eng_rect r = pr->rows.rects[i];
        bool focus = !pr->in_actions && pr->mode == SCN_PROF_LIST && i == pr->rows.focus;
        bool current = p->id == pr->ctx->profile.id;
        eng_fill_round_rect(r, 14, focus ? SCN_FOCUS : SCN_PANEL_HI);
        eng_fill_round_rect((eng_rect){r.x + 3, r.y + 3, r.w - 6, r.h - 6}, 12, focus ? SCN_PANEL_HI : SCN_PANEL);
        float ty = r.y + (r.h - (float)eng_font_line_height(rf)) / 2;
        eng_text_draw_wrapped(rf, p->name, (eng_rect){r.x + 80, ty, r.w - 320, 50}, ENG_ALIGN_LEFT, SCN_TEXT);
        if (current) {
            scn_ui_check(r.x + 40, r.y + r.h / 2, 30, SCN_ACCENT);
            eng_text_draw(cf, scn_tr(L, SCN_S_PROFILE_CURRENT), r.x + r.w - 30,
                          r.y + (r.h - (float)eng_font_line_height(cf)) / 2, ENG_ALIGN_RIGHT, SCN_ACCENT);
        }
    }
    const char *act[SCN_PROF_ACTIONS] = {scn_tr(L, SCN_S_PROFILE_NEW), scn_tr(L, SCN_S_PROFILE_RENAME),
                                         scn_tr(L, SCN_S_PROFILE_DELETE), lt_tr(L, LT_S_BACK)};
    for (int i = 0; i < SCN_PROF_ACTIONS; i++) {
        scn_button_state st = (pr->in_actions && i == pr->actions.focus) ? SCN_BTN_FOCUS : SCN_BTN_NORMAL;
        scn_ui_button(pr->actions.rects[i], act[i], st, i + 1, 34);
    }
    if (pr->mode != SCN_PROF_LIST) {
        scn_profiles_draw_dialog(pr, L);
    }
}

static void scn_profiles_destroy(eng_scene *s)
{
    eng_text_mode(false);
    free(s->self);
}

void scn_profiles_push(scn_ctx *ctx)
{
    scn_profiles *pr = calloc(1, sizeof *pr);
    if (pr == NULL) {
        return;
    }
    pr->ctx = ctx;
    scn_buttons_init(&pr->actions, true);
    for (int i = 0; i < SCN_PROF_ACTIONS; i++) {
        scn_buttons_add(&pr->actions, (eng_rect){140 + (float)i * 420, 900, 390, 120});
    }
    scn_profiles_reload(pr);
    eng_scene s = {.name = "profiles", .self = pr, .action = scn_profiles_action, .draw = scn_profiles_draw,
                   .animating = scn_profiles_animating, .destroy = scn_profiles_destroy};
    eng_scene_push(&s);
}
