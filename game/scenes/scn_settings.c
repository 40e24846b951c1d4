/* scn_settings.c: language, sound volume and full screen, each kept in the
 * player's database as soon as it changes.
 * Depends on: scn.h, scn_ui.h, eng.h, lt_i18n.h, lt_store.h. */
#include <stdio.h>
#include <stdlib.h>

#include "lt_date.h"
#include "lt_i18n.h"
#include "scn.h"
#include "scn_text.h"
#include "scn_ui.h"

enum {
    SCN_SET_LANG = 0,
    SCN_SET_VOLUME,
    SCN_SET_FULLSCREEN,
    SCN_SET_CALM,        /* the profile's: no timer, accuracy-only score */
    SCN_SET_RETENTION,   /* the profile's desired retention, 70-97 % */
    SCN_SET_NEWDAY,      /* the profile's daily limit of new facts */
    SCN_SET_EXAM,        /* the profile's exam date: exam-date mode */
    SCN_SET_BACK,
    SCN_SET_N
};

typedef struct scn_settings {
    scn_ctx *ctx;
    int focus;
    int pressed;
    eng_rect rows[SCN_SET_N];
    eng_rect minus[SCN_SET_N]; /* left and right halves of the value box */
    eng_rect plus[SCN_SET_N];
} scn_settings;

static void scn_settings_layout(scn_settings *st)
{
    for (int i = 0; i < SCN_SET_N; i++) {
        float y = 170 + (float)i * 106;
        st->rows[i] = (eng_rect){360, y, 1200, 96};
        st->minus[i] = (eng_rect){360 + 1200 - 520, y, 260, 100};
        st->plus[i] = (eng_rect){360 + 1200 - 260, y, 260, 100};
    }
    st->rows[SCN_SET_BACK] = (eng_rect){ENG_CANVAS_W / 2 - 250, 170 + (SCN_SET_N - 1) * 106 + 8, 500, 100};
}

/* Changes the setting on row `row` by `dir` (-1, +1; 0 = toggle/cycle). */
static void scn_settings_change(scn_settings *st, int row, int dir)
{
    scn_ctx *ctx = st->ctx;
    switch (row) {
    case SCN_SET_LANG:
        scn_set_language(ctx, ctx->lang == LT_LANG_RU ? LT_LANG_EN : LT_LANG_RU);
        break;
    case SCN_SET_VOLUME: {
        int v = eng_volume() + (dir < 0 ? -10 : 10);
        if (dir == 0) {
            v = eng_volume() >= 100 ? 0 : eng_volume() + 10;
        }
        v = v < 0 ? 0 : v > 100 ? 100 : v;
        eng_set_volume(v);
        lt_store_set_int(ctx->store, "volume", v);
        break;
    }
    case SCN_SET_FULLSCREEN:
        eng_set_fullscreen(!eng_is_fullscreen());
        lt_store_set_int(ctx->store, "fullscreen", eng_is_fullscreen() ? 1 : 0);
        break;
    case SCN_SET_CALM:
        ctx->profile.calm = !ctx->profile.calm;
        lt_store_profile_update(ctx->store, &ctx->profile);
        break;
    case SCN_SET_RETENTION: {
        int pct = (int)(ctx->profile.retention * 100.0 + 0.5) + (dir < 0 ? -1 : 1);
        if (dir == 0) {
            pct = pct > 97 ? 70 : pct;
        }
        pct = pct < 70 ? 70 : pct > 97 ? 97 : pct;
        ctx->profile.retention = pct / 100.0;
        lt_store_profile_update(ctx->store, &ctx->profile);
        break;
    }
    case SCN_SET_NEWDAY: {
        int n = ctx->profile.new_per_day + (dir < 0 ? -5 : 5);
        if (dir == 0) {
            n = n > 100 ? 0 : n;
        }
        ctx->profile.new_per_day = n < 0 ? 0 : n > 100 ? 100 : n;
        lt_store_profile_update(ctx->store, &ctx->profile);
        break;
    }
    case SCN_SET_EXAM: {
        /* Stored as a day number (days since 1970, UTC) per profile. */
        char key[48];
        snprintf(key, sizeof key, "exam:%lld", (long long)ctx->profile.id);
        int today = (int)(scn_day_start_ms(ctx) / 86400000) + 1;
        int day = lt_store_get_int(ctx->store, key, 0);
        if (dir == 0) {
            if (day < today) {
                day = today + 14;
                lt_store_set_int(ctx->store, key, day);
            }
            scn_plan_push(ctx, (int64_t)day * 86400000 + 43200000);
            break;
        }
        day = day < today ? today + 14 : day + dir;
        lt_store_set_int(ctx->store, key, day < today ? today : day);
        break;
    }
    case SCN_SET_BACK:
        eng_scene_pop();
        break;
    default:
        break;
    }
    eng_sound_play(ENG_SND_CLICK);
    eng_redraw();
}

static int scn_settings_hit(const scn_settings *st, float x, float y, int *dir)
{
    for (int i = 0; i < SCN_SET_N; i++) {
        if (eng_rect_contains(st->rows[i], x, y)) {
            *dir = 0;
            if (i == SCN_SET_VOLUME || i == SCN_SET_RETENTION || i == SCN_SET_NEWDAY || i == SCN_SET_EXAM) {
                *dir = eng_rect_contains(st->minus[i], x, y) ? -1 : eng_rect_contains(st->plus[i], x, y) ? 1 : 0;
            }
            return i;
        }
    }
    return -1;
}

static void scn_settings_action(eng_scene *s, const eng_action *a)
{
    scn_settings *st = s->self;
    int dir = 0;
    switch (a->kind) {
    case ENG_ACT_UP:
        st->focus = (st->focus + SCN_SET_N - 1) % SCN_SET_N;
        break;
    case ENG_ACT_DOWN:
        st->focus = (st->focus + 1) % SCN_SET_N;
        break;
    case ENG_ACT_LEFT:
        if (st->focus != SCN_SET_BACK) {
            scn_settings_change(st, st->focus, -1);
        }
        break;
    case ENG_ACT_RIGHT:
        if (st->focus != SCN_SET_BACK) {
            scn_settings_change(st, st->focus, 1);
        }
        break;
    case ENG_ACT_OPTION:
        if (a->value >= 0 && a->value < SCN_SET_N) {
            st->focus = a->value;
            scn_settings_change(st, a->value, 0);
        }
        break;
    case ENG_ACT_CONFIRM:
        scn_settings_change(st, st->focus, 0);
        break;
    case ENG_ACT_BACK:
        eng_sound_play(ENG_SND_CLICK);
        eng_scene_pop();
        break;
    case ENG_ACT_POINTER_MOVE: {
        int h = scn_settings_hit(st, a->x, a->y, &dir);
        if (h >= 0) {
            st->focus = h;
        }
        break;
    }
    case ENG_ACT_POINTER_DOWN:
        st->pressed = scn_settings_hit(st, a->x, a->y, &dir);
        break;
    case ENG_ACT_POINTER_UP: {
        int h = scn_settings_hit(st, a->x, a->y, &dir);
        if (h >= 0 && h == st->pressed) {
            st->focus = h;
            scn_settings_change(st, h, dir);
        }
        st->pressed = -1;
        break;
    }
    case ENG_ACT_QUIT_REQUEST:
        eng_quit();
        break;
    default:
        break;
    }
    eng_redraw();
}

static void scn_settings_draw(eng_scene *s)
{
    scn_settings *st = s->self;
    lt_lang L = st->ctx->lang;
    scn_ui_backdrop();
    eng_font title = eng_font_get(ENG_FONT_BOLD, 80);
    eng_text_draw(title, lt_tr(L, LT_S_SETTINGS_TITLE), ENG_CANVAS_W / 2, 50, ENG_ALIGN_CENTER, SCN_TEXT);

    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 42);
    eng_font vf = eng_font_get(ENG_FONT_BOLD, 42);
    const char *names[SCN_SET_BACK] = {lt_tr(L, LT_S_SETTINGS_LANGUAGE), lt_tr(L, LT_S_SETTINGS_VOLUME),
                                       lt_tr(L, LT_S_SETTINGS_FULLSCREEN), scn_tr(L, SCN_S_SETTINGS_CALM),
                                       scn_tr(L, SCN_S_SETTINGS_RETENTION), scn_tr(L, SCN_S_SETTINGS_NEW_PER_DAY),
                                       scn_tr(L, SCN_S_SETTINGS_EXAM_DATE)};
    const lt_profile *prof = &st->ctx->profile;
    for (int i = 0; i < SCN_SET_BACK; i++) {
        if (i >= SCN_SET_CALM && prof->id <= 0) {
            continue; /* no profile, no profile settings */
        }
        eng_rect r = st->rows[i];
        bool focus = i == st->focus;
        eng_fill_round_rect(r, 18, focus ? SCN_FOCUS : SCN_PANEL_HI);
        eng_fill_round_rect((eng_rect){r.x + 4, r.y + 4, r.w - 8, r.h - 8}, 15, focus ? SCN_PANEL_HI : SCN_PANEL);
        float ty = r.y + (r.h - (float)eng_font_line_height(lf)) / 2;
        eng_text_draw(lf, names[i], r.x + 40, ty, ENG_ALIGN_LEFT, SCN_TEXT);
        char value[64];
        if (i == SCN_SET_LANG) {
            snprintf(value, sizeof value, "%s", lt_tr(L, LT_S_LANG_NAME));
        } else if (i == SCN_SET_VOLUME) {
            snprintf(value, sizeof value, "%d%%", eng_volume());
        } else if (i == SCN_SET_FULLSCREEN) {
            snprintf(value, sizeof value, "%s", lt_tr(L, eng_is_fullscreen() ? LT_S_ON : LT_S_OFF));
        } else if (i == SCN_SET_CALM) {
            snprintf(value, sizeof value, "%s", lt_tr(L, prof->calm ? LT_S_ON : LT_S_OFF));
        } else if (i == SCN_SET_RETENTION) {
            snprintf(value, sizeof value, "%d%%", (int)(prof->retention * 100.0 + 0.5));
        } else if (i == SCN_SET_NEWDAY) {
            snprintf(value, sizeof value, "%d", prof->new_per_day);
        } else {
            char key[48];
            snprintf(key, sizeof key, "exam:%lld", (long long)prof->id);
            int day = lt_store_get_int(st->ctx->store, key, 0);
            if (day * 86400000LL >= scn_day_start_ms(st->ctx)) {
                int y, m, d;
                lt_civil_from_days((long)day + lt_days_from_civil(1970, 1, 1), &y, &m, &d);
                snprintf(value, sizeof value, "%02d.%02d.%d", d, m, y);
            } else {
                snprintf(value, sizeof value, "%s", scn_tr(L, SCN_S_NONE));
            }
        }
        float vx = r.x + r.w - 260;
        eng_text_draw(vf, "<", vx - 200, ty, ENG_ALIGN_CENTER, SCN_ACCENT);
        eng_text_draw(vf, value, vx, ty, ENG_ALIGN_CENTER, SCN_ACCENT);
        eng_text_draw(vf, ">", vx + 200, ty, ENG_ALIGN_CENTER, SCN_ACCENT);
    }
    scn_ui_button(st->rows[SCN_SET_BACK], lt_tr(L, LT_S_BACK),
                  st->focus == SCN_SET_BACK ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 0, 46);
    eng_font hint = eng_font_get(ENG_FONT_REGULAR, 28);
    eng_text_draw(hint, lt_tr(L, LT_S_SETTINGS_HINT), ENG_CANVAS_W / 2, 1020, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
}

static void scn_settings_destroy(eng_scene *s)
{
    free(s->self);
}

void scn_settings_push(scn_ctx *ctx)
{
    scn_settings *st = calloc(1, sizeof *st);
    if (st == NULL) {
        return;
    }
    st->ctx = ctx;
    st->pressed = -1;
    scn_settings_layout(st);
    eng_scene s = {.name = "settings", .self = st, .action = scn_settings_action, .draw = scn_settings_draw,
                   .destroy = scn_settings_destroy};
    eng_scene_push(&s);
}

void scn_set_language(scn_ctx *ctx, lt_lang lang)
{
    ctx->lang = lang;
    lt_store_set(ctx->store, "lang", lt_lang_code(lang));
    eng_redraw();
}
