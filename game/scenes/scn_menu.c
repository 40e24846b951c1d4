/* scn_menu.c: the main menu (an item per working screen) and a panel for messages
 * the player must see (a pack that failed to load, a damaged database).
 * Depends on: scn.h, scn_ui.h, eng.h, lt_i18n.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_i18n.h"
#include "scn.h"
#include "scn_board.h"
#include "scn_text.h"
#include "scn_ui.h"

/* The menu lists only what works: an item per screen that exists. */
/* In button order: the left column top to bottom, then the right one. */
typedef enum scn_menu_item {
    SCN_MENU_STUDY = 0,
    SCN_MENU_QUICK,
    SCN_MENU_EXAM,
    SCN_MENU_PRACTICE,
    SCN_MENU_LEVELS,
    SCN_MENU_TIMELINE,
    SCN_MENU_STATS,
    SCN_MENU_PACKS,
    SCN_MENU_TEACHER,
    SCN_MENU_PROFILES,
    SCN_MENU_SETTINGS,
    SCN_MENU_QUIT,
    SCN_MENU_N
} scn_menu_item;

#define SCN_MENU_ROWS 6 /* items per column */

typedef struct scn_menu {
    scn_ctx *ctx;
    scn_buttons buttons;
    scn_buttons dismiss;   /* the OK button of the message panel */
    int due;               /* cards due today for the current profile */
} scn_menu;

static const char *scn_menu_label(scn_menu_item it, lt_lang L)
{
    switch (it) {
    case SCN_MENU_STUDY: return scn_tr(L, SCN_S_MODE_STUDY);
    case SCN_MENU_QUICK: return scn_tr(L, SCN_S_MODE_QUICK);
    case SCN_MENU_EXAM: return scn_tr(L, SCN_S_MODE_EXAM);
    case SCN_MENU_PRACTICE: return scn_tr(L, SCN_S_MODE_PRACTICE);
    case SCN_MENU_LEVELS: return scn_tr(L, SCN_S_MENU_LEVELS);
    case SCN_MENU_STATS: return scn_tr(L, SCN_S_MENU_STATS);
    case SCN_MENU_PROFILES: return scn_tr(L, SCN_S_PROFILES_TITLE);
    case SCN_MENU_SETTINGS: return lt_tr(L, LT_S_MENU_SETTINGS);
    case SCN_MENU_QUIT: return lt_tr(L, LT_S_MENU_QUIT);
    case SCN_MENU_TIMELINE: return scn_tr(L, SCN_S_TL_TITLE);
    case SCN_MENU_PACKS: return scn_tr(L, SCN_S_MENU_PACKS);
    case SCN_MENU_TEACHER: return scn_tr(L, SCN_S_MENU_TEACHER);
    default: return "";
    }
}

/* Cards due today, shown on the Study button; refreshed when the menu shows. */
static void scn_menu_enter(eng_scene *s)
{
    scn_menu *m = s->self;
    scn_ctx *ctx = m->ctx;
    int due[1] = {0};
    m->due = 0;
    if (ctx->store != NULL && ctx->profile.id > 0 && ctx->pack != NULL &&
        lt_store_due_per_day(ctx->store, ctx->profile.id, ctx->pack->id, scn_day_start_ms(ctx), 1, due)) {
        m->due = due[0];
    }
    eng_redraw();
}

static bool scn_menu_has_message(const scn_menu *m)
{
    return m->ctx->message[0] != '\0';
}

/* Button places; fixed on the logical canvas, so set once. */
static void scn_menu_layout(scn_menu *m)
{
    scn_buttons_init(&m->buttons, false);
    for (int i = 0; i < SCN_MENU_N; i++) {
        float x = i < SCN_MENU_ROWS ? ENG_CANVAS_W / 2 - 660 : ENG_CANVAS_W / 2 + 20;
        scn_buttons_add(&m->buttons, (eng_rect){x, 372 + (float)(i % SCN_MENU_ROWS) * 92, 640, 80});
    }
    scn_buttons_init(&m->dismiss, false);
    scn_buttons_add(&m->dismiss, (eng_rect){ENG_CANVAS_W - 120 - 300, 795 + 135 - 60, 270, 120});
}

static void scn_menu_activate(scn_menu *m, int which)
{
    eng_sound_play(ENG_SND_CLICK);
    switch (which) {
    case SCN_MENU_STUDY:
        scn_play_start(m->ctx, LT_MODE_STUDY, -1, false);
        break;
    case SCN_MENU_QUICK:
        scn_play_start(m->ctx, LT_MODE_QUICK, -1, false);
        break;
    case SCN_MENU_EXAM:
        scn_play_start(m->ctx, LT_MODE_EXAM, -1, false);
        break;
    case SCN_MENU_PRACTICE:
        scn_play_start(m->ctx, LT_MODE_PRACTICE, -1, false);
        break;
    case SCN_MENU_LEVELS:
        scn_levels_push(m->ctx);
        break;
    case SCN_MENU_STATS:
        scn_stats_push(m->ctx);
        break;
    case SCN_MENU_SETTINGS:
        scn_settings_push(m->ctx);
        break;
    case SCN_MENU_PROFILES:
        scn_profiles_push(m->ctx);
        break;
    case SCN_MENU_QUIT:
        eng_quit();
        break;
    case SCN_MENU_TIMELINE:
        scn_board_push(m->ctx, -1);
        break;
    case SCN_MENU_PACKS:
        scn_library_push(m->ctx);
        break;
    case SCN_MENU_TEACHER:
        scn_teacher_push(m->ctx);
        break;
    default:
        break;
    }
    eng_redraw();
}

static void scn_menu_dismiss(scn_menu *m)
{
    m->ctx->message[0] = '\0';
    eng_sound_play(ENG_SND_CLICK);
    eng_redraw();
}

static void scn_menu_action(eng_scene *s, const eng_action *a)
{
    scn_menu *m = s->self;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        eng_quit();
        return;
    }
    if (scn_menu_has_message(m)) {
        /* The message panel takes the keys until it is dismissed. */
        if (scn_buttons_action(&m->dismiss, a) == 0 || a->kind == ENG_ACT_BACK) {
            scn_menu_dismiss(m);
        }
        eng_redraw();
        return;
    }
    int hit = scn_buttons_action(&m->buttons, a);
    if (hit >= 0) {
        scn_menu_activate(m, hit);
    }
    eng_redraw();
}

static void scn_menu_draw(eng_scene *s)
{
    scn_menu *m = s->self;
    scn_ctx *ctx = m->ctx;
    lt_lang L = ctx->lang;
    scn_ui_backdrop();

    /* Title block with a small timeline rule under it. */
    eng_font title = eng_font_get(ENG_FONT_BOLD, 132);
    eng_text_draw(title, lt_tr(L, LT_S_APP_NAME), ENG_CANVAS_W / 2, 70, ENG_ALIGN_CENTER, SCN_TEXT);
    eng_font tag = eng_font_get(ENG_FONT_REGULAR, 40);
    eng_text_draw(tag, lt_tr(L, LT_S_APP_TAGLINE), ENG_CANVAS_W / 2, 230, ENG_ALIGN_CENTER, SCN_ACCENT);
    float rule_y = 300;
    eng_fill_rect((eng_rect){560, rule_y, 800, 3}, SCN_PANEL_HI);
    for (int i = 0; i <= 12; i++) {
        float x = 560 + (float)i * 800.0f / 12.0f;
        float h = (i % 3 == 0) ? 18 : 9;
        eng_fill_rect((eng_rect){x - 1.5f, rule_y - h / 2 + 1.5f, 3, h}, i == 9 ? SCN_ACCENT : SCN_PANEL_HI);
    }
    eng_font packf = eng_font_get(ENG_FONT_REGULAR, 34);
    eng_text_draw(packf, ctx->pack ? lt_text_get(&ctx->pack->title, L) : "", ENG_CANVAS_W / 2, 322,
                  ENG_ALIGN_CENTER, SCN_TEXT_DIM);

    bool msg = scn_menu_has_message(m);
    for (int i = 0; i < SCN_MENU_N; i++) {
        scn_ui_button(m->buttons.rects[i], scn_menu_label((scn_menu_item)i, L),
                      msg ? SCN_BTN_NORMAL : scn_buttons_state(&m->buttons, i), i < 4 ? i + 1 : 0, 36);
    }
    if (m->due > 0) {
        char due[64];
        snprintf(due, sizeof due, scn_tr(L, SCN_S_DUE_TODAY), m->due);
        eng_rect b = m->buttons.rects[SCN_MENU_STUDY];
        eng_font df = eng_font_get(ENG_FONT_BOLD, 28);
        int w = 0, h = 0;
        eng_text_size(df, due, &w, &h);
        eng_fill_round_rect((eng_rect){b.x + b.w - (float)w - 64, b.y + (b.h - 46) / 2, (float)w + 40, 46}, 23,
                            SCN_ACCENT);
        eng_text_draw(df, due, b.x + b.w - 44, b.y + (b.h - (float)h) / 2, ENG_ALIGN_RIGHT, SCN_BG_DEEP);
    }
    if (ctx->profile.id > 0) {
        char who[320];
        snprintf(who, sizeof who, scn_tr(L, SCN_S_PROFILE_LABEL), ctx->profile.name);
        eng_font pf = eng_font_get(ENG_FONT_REGULAR, 30);
        eng_text_draw(pf, who, ENG_CANVAS_W - 60, 36, ENG_ALIGN_RIGHT, SCN_TEXT_DIM);
    }

    if (msg) {
        eng_rect panel = {120, 795, ENG_CANVAS_W - 240, 270};
        eng_fill_round_rect(panel, 18, SCN_WRONG);
        eng_fill_round_rect((eng_rect){panel.x + 4, panel.y + 4, panel.w - 8, panel.h - 8}, 15, SCN_BG_DEEP);
        eng_font mf = eng_font_get(ENG_FONT_REGULAR, 27);
        eng_text_draw_wrapped(mf, ctx->message, (eng_rect){panel.x + 32, panel.y + 24, panel.w - 360, panel.h - 40},
                              ENG_ALIGN_LEFT, SCN_TEXT);
        scn_ui_button(m->dismiss.rects[0], lt_tr(L, LT_S_DISMISS), SCN_BTN_FOCUS, 0, 40);
    } else {
        eng_font hint = eng_font_get(ENG_FONT_REGULAR, 28);
        eng_text_draw(hint, lt_tr(L, LT_S_MENU_HINT), ENG_CANVAS_W / 2, 1000 + 12, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    }
}

static void scn_menu_destroy(eng_scene *s)
{
    free(s->self);
}

void scn_menu_push(scn_ctx *ctx)
{
    scn_menu *m = calloc(1, sizeof *m);
    if (m == NULL) {
        return;
    }
    m->ctx = ctx;
    scn_menu_layout(m);
    eng_scene s = {.name = "menu", .self = m, .enter = scn_menu_enter, .action = scn_menu_action, .draw = scn_menu_draw,
                   .destroy = scn_menu_destroy};
    eng_scene_push(&s);
}
