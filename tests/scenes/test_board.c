/* test_board.c: the timeline board and placement games, headless: pan and zoom
 * by drag, wheel and keys; a placement round played by drags and keys with its
 * answers committed; the rules mode; PNGs. Depends on: scn_board.h, scn_place.h, eng_test.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "eng_test.h"
#include "lt_fsrs.h"
#include "lt_sched.h"
#include "lt_session.h"
#include "lt_store.h"
#include "scn.h"
#include "scn_board.h"
#include "scn_place.h"

#define DAY LT_FSRS_MS_PER_DAY
#define T0 INT64_C(1767571200000)  /* 2026-01-05T00:00:00Z */
#define NOW (T0 + 40 * DAY + 15 * 3600000)

static void frames(int n)
{
    for (int i = 0; i < n; i++) {
        eng_inject(&(eng_action){.kind = ENG_ACT_QUIT_REQUEST});
        CHECK(eng_run() == 0);
    }
}

static void act(eng_action_kind k, int value)
{
    eng_inject(&(eng_action){.kind = k, .value = value});
}

static void text(const char *t)
{
    eng_action a = {.kind = ENG_ACT_TEXT};
    snprintf(a.text, sizeof a.text, "%s", t);
    eng_inject(&a);
}

static void ptr(eng_action_kind k, float x, float y, bool touch)
{
    eng_inject(&(eng_action){.kind = k, .x = x, .y = y, .touch = touch});
}

/* A press, a few moves and a release. */
static void drag(float x0, float y0, float x1, float y1, bool touch)
{
    ptr(ENG_ACT_POINTER_DOWN, x0, y0, touch);
    for (int i = 1; i <= 6; i++) {
        float t = (float)i / 6.0f;
        ptr(ENG_ACT_POINTER_MOVE, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, touch);
    }
    ptr(ENG_ACT_POINTER_UP, x1, y1, touch);
    frames(1);
}

static void tap(float x, float y, bool touch)
{
    ptr(ENG_ACT_POINTER_MOVE, x, y, touch);
    ptr(ENG_ACT_POINTER_DOWN, x, y, touch);
    ptr(ENG_ACT_POINTER_UP, x, y, touch);
    frames(1);
}

static void capture(const char *dir, const char *name)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    CHECK(eng_capture_png(path));
    printf("wrote %s\n", path);
}

static void rm_db(const char *dir)
{
    const char *suffix[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        char path[1200];
        snprintf(path, sizeof path, "%s/%s%s", dir, LT_STORE_FILE, suffix[i]);
        unlink(path);
    }
}

static void base_draw(eng_scene *s)
{
    (void)s;
    eng_clear((eng_color){0, 0, 0, 255});
}

static void base_action(eng_scene *s, const eng_action *a)
{
    (void)s;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        eng_quit();
    }
}

/* Answers the "when" card of event e `times` times, the last `days_ago` days before NOW. */
static void study(lt_store *st, int64_t pid, const lt_pack *pack, int e, int days_ago, int times)
{
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    lt_card_rec c;
    memset(&c, 0, sizeof c);
    lt_fact_key(c.fact, sizeof c.fact, pack->events[e].id, "when", NULL);
    int64_t at = NOW - (int64_t)days_ago * DAY - (int64_t)(times - 1) * 3 * DAY - 3600000;
    lt_fsrs_card_new(&c.fsrs, at);
    for (int i = 0; i < times; i++, at += 3 * DAY) {
        lt_fsrs_state before = c.fsrs.state;
        lt_fsrs_log log;
        CHECK(lt_fsrs_review(&p, &c.fsrs, LT_FSRS_GOOD, at, &log) == LT_FSRS_OK);
        lt_answer_rec a = {.time_ms = at, .rating = LT_FSRS_GOOD, .answer_ms = 3000, .qtype = "date",
                           .outcome = LT_OUT_RIGHT, .score = 800, .has_r_before = log.has_retrievability,
                           .r_before = log.retrievability, .state_before = before};
        CHECK(lt_store_commit_answer(st, pid, pack->id, &c, &a));
    }
}

static double mid_units(const lt_pack *pack, const lt_tl_axis *ax, int e)
{
    double f, t;
    lt_tl_date_units(ax, &pack->events[e].date, &f, &t);
    return (f + t) / 2.0;
}

/* A placement round: every hand card dragged to its date (every other by touch). */
static void play_round(const lt_pack *pack, const lt_tl_axis *ax)
{
    int evs[8];
    eng_rect rects[8];
    int n = scn_place_hand(evs, rects, 8);
    CHECK(n == LT_TL_HAND);
    for (int k = 0; k < n; k++) {
        int cur = scn_place_hand(evs, rects, 8);
        CHECK(cur == n - k);
        if (cur <= 0) {
            break;
        }
        scn_tl_view v;
        float axis_y;
        CHECK(scn_place_view(&v, &axis_y));
        float x = scn_tl_x(&v, mid_units(pack, ax, evs[0]));
        drag(rects[0].x + rects[0].w / 2, rects[0].y + rects[0].h / 2, x, axis_y - 80, k % 2 == 1);
    }
}

/* --placement-targets SEED: what a new player of the real game (fresh store,
 * nothing studied, --seed SEED) is dealt in the first placement round, and
 * where each card belongs, in canvas pixels, for scripts/make-placement-replay:
 *   card <k> <event id> <hand centre x> <y> <right x> <drop y>
 * The scene computes it all (hand rects, the view, the axis); nothing is
 * replicated here. */
static int placement_targets(const char *assets, lt_pack *pack, const char *dir, uint64_t seed)
{
    char err[512] = "";
    rm_db(dir);
    lt_store *store = lt_store_open(dir, err, sizeof err);
    if (store == NULL) {
        fprintf(stderr, "store: %s\n", err);
        return 1;
    }
    static scn_ctx ctx;
    ctx.pack = pack;
    ctx.store = store;
    ctx.lang = LT_LANG_RU;
    ctx.seed = seed;
    ctx.clock_start_ms = NOW;
    scn_profile_select(&ctx, 0);
    lt_tl_axis ax;
    eng_desc d = eng_test_desc(assets);
    int rc = 1;
    if (lt_tl_axis_build(pack, &ax) && eng_init(&d)) {
        eng_scene_push(&(eng_scene){.name = "base", .draw = base_draw, .action = base_action});
        scn_board_push(&ctx, -1);
        frames(1);
        act(ENG_ACT_OPTION, 0); /* key 1: the placement game */
        frames(2);
        int evs[LT_TL_HAND];
        eng_rect rects[LT_TL_HAND];
        scn_tl_view v;
        float axis_y = 0;
        int n = scn_place_hand(evs, rects, LT_TL_HAND);
        if (n == LT_TL_HAND && scn_place_view(&v, &axis_y)) {
            for (int k = 0; k < n; k++) {
                printf("card %d %s %.1f %.1f %.1f %.1f\n", k, pack->events[evs[k]].id,
                       (double)(rects[k].x + rects[k].w / 2), (double)(rects[k].y + rects[k].h / 2),
                       (double)scn_tl_x(&v, mid_units(pack, &ax, evs[k])), (double)(axis_y - 80));
            }
            rc = 0;
        }
        while (eng_scene_depth() > 0) {
            eng_scene_pop();
        }
        eng_shutdown();
    }
    lt_store_close(store);
    rm_db(dir);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: test_board <assets> <pack> <out dir> [--placement-targets SEED]\n");
        return 2;
    }
    setenv("TZ", "UTC", 1);
    tzset();
    const char *out = argv[3];
    if (argc >= 6 && strcmp(argv[4], "--placement-targets") == 0) {
        lt_pack *tp = lt_pack_load(argv[2], NULL);
        int rc = tp != NULL ? placement_targets(argv[1], tp, out, strtoull(argv[5], NULL, 10)) : 1;
        lt_pack_free(tp);
        return rc;
    }
    char data[1100];
    snprintf(data, sizeof data, "%s/board-tmp", out);
    rm_db(data);

    lt_diags diags = {0};
    lt_pack *pack = lt_pack_load(argv[2], &diags);
    lt_diags_free(&diags);
    CHECK(pack != NULL);
    if (pack == NULL) {
        return eng_test_finish("board");
    }
    char err[512] = "";
    lt_store *store = lt_store_open(data, err, sizeof err);
    CHECK(store != NULL);
    if (store == NULL) {
        fprintf(stderr, "store: %s\n", err);
        lt_pack_free(pack);
        return eng_test_finish("board");
    }
    static scn_ctx ctx;
    ctx.pack = pack;
    ctx.store = store;
    ctx.lang = LT_LANG_RU;
    ctx.seed = 1956;
    ctx.clock_start_ms = NOW;
    int64_t pid = lt_store_profile_create(store, "Аня Ёлкина", T0);
    CHECK(pid > 0);
    CHECK(lt_store_profile_get(store, pid, &ctx.profile));

    /* Some "when" cards learnt: fresh ones glow, old ones fade, most unseen. */
    int studied = 0;
    for (size_t e = 0; e < pack->n_events && studied < 12; e++) {
        if (pack->events[e].date.from.prec == LT_PREC_NONE) {
            continue;
        }
        study(store, pid, pack, (int)e, studied % 4 == 0 ? 60 : studied % 4 == 1 ? 20 : 0, 1 + studied % 3);
        studied++;
    }
    int64_t log0 = lt_store_log_count(store, pid);

    lt_tl_axis ax;
    CHECK(lt_tl_axis_build(pack, &ax));
    int f16 = lt_pack_find_event(pack, "F16");
    CHECK(f16 >= 0);

    eng_desc d = eng_test_desc(argv[1]);
    d.width = 1280;
    d.height = 720;
    CHECK(eng_init(&d));
    eng_scene_push(&(eng_scene){.name = "base", .draw = base_draw, .action = base_action});

    /* The board: fit-all at first. */
    scn_board_push(&ctx, -1);
    frames(2);
    CHECK(strcmp(eng_scene_top_name(), "board") == 0);
    double u0 = 0, u1 = 0, fit0 = 0, fit1 = 0;
    CHECK(scn_board_view(&fit0, &fit1));
    double main0 = lt_tl_day_to_units(&ax, ax.main_first_day), main1 = lt_tl_day_to_units(&ax, ax.main_last_day + 1);
    CHECK(fit0 < main0 && fit1 > main1); /* the main year first */
    capture(out, "board-1280.png");

    /* Wheel zoom about the pointer, then a mouse drag pans, a touch drag too. */
    ptr(ENG_ACT_POINTER_MOVE, 960, 500, false);
    act(ENG_ACT_WHEEL, 3);
    frames(1);
    CHECK(scn_board_view(&u0, &u1));
    CHECK_NEAR((u1 - u0) * pow(1.25, 3), fit1 - fit0, 1.0);
    /* A pinch (fingers spreading, factor 1.5) zooms about the fingers' centre:
     * the view narrows and the unit under the centre stays put. */
    {
        double wide = u1 - u0, at = u0 + (u1 - u0) * (1100.0 - 40.0) / (ENG_CANVAS_W - 80.0);
        eng_inject(&(eng_action){.kind = ENG_ACT_PINCH, .value = 1500, .x = 1100, .y = 500, .touch = true});
        frames(1);
        CHECK(scn_board_view(&u0, &u1));
        CHECK_NEAR((u1 - u0) * 1.5, wide, 0.5);
        CHECK_NEAR(u0 + (u1 - u0) * (1100.0 - 40.0) / (ENG_CANVAS_W - 80.0), at, 0.5);
        CHECK(strcmp(eng_scene_top_name(), "board") == 0);
        CHECK(scn_board_panel_event() == -1);
    }
    double before = u0;
    drag(1200, 500, 800, 520, false);
    CHECK(scn_board_view(&u0, &u1));
    CHECK(u0 > before + 1.0);
    before = u0;
    drag(600, 400, 900, 400, true);
    CHECK(scn_board_view(&u0, &u1));
    CHECK(u0 < before - 1.0);
    /* Arrows pan, +/- zoom, F fits. */
    before = u0;
    act(ENG_ACT_LEFT, 0);
    frames(1);
    CHECK(scn_board_view(&u0, &u1));
    CHECK(u0 < before);
    double w = u1 - u0;
    text("+");
    frames(1);
    CHECK(scn_board_view(&u0, &u1));
    CHECK_NEAR((u1 - u0) * 1.5, w, 0.5);
    text("-");
    text("-");
    frames(1);
    CHECK(scn_board_view(&u0, &u1));
    CHECK(u1 - u0 > w);
    text("f");
    frames(1);
    CHECK(scn_board_view(&u0, &u1));
    CHECK(u0 < ax.units_min && u1 > ax.units_max); /* F fits everything */
    capture(out, "board-ru.png");
    /* Enter opens the card nearest the middle; Esc closes the panel, not the board. */
    act(ENG_ACT_CONFIRM, 0);
    frames(1);
    CHECK(scn_board_panel_event() >= 0);
    act(ENG_ACT_BACK, 0);
    frames(1);
    CHECK(scn_board_panel_event() == -1);
    CHECK(strcmp(eng_scene_top_name(), "board") == 0);
    act(ENG_ACT_BACK, 0);
    frames(1);
    CHECK(eng_scene_depth() == 1);

    /* Focused on F16 with its panel: the event is in view. */
    scn_board_push(&ctx, f16);
    frames(2);
    CHECK(scn_board_panel_event() == f16);
    CHECK(scn_board_view(&u0, &u1));
    double m16 = mid_units(pack, &ax, f16);
    CHECK(m16 > u0 && m16 < u1);
    capture(out, "board-panel-ru.png");
    /* A tap on the close button closes the panel. */
    tap(1000 + 880 - 70, 136 + 70, true);
    CHECK(scn_board_panel_event() == -1);
    act(ENG_ACT_BACK, 0);
    frames(1);

    ctx.lang = LT_LANG_EN;
    scn_board_push(&ctx, -1);
    frames(2);
    capture(out, "board-en.png");
    act(ENG_ACT_BACK, 0);
    frames(1);
    scn_board_push(&ctx, f16);
    frames(2);
    capture(out, "board-panel-en.png");
    act(ENG_ACT_BACK, 0); /* closes the panel */
    act(ENG_ACT_BACK, 0); /* leaves the board */
    frames(1);
    CHECK(eng_scene_depth() == 1);
    ctx.lang = LT_LANG_RU;

    /* A placement round by drags, half of them by touch: all right, all committed. */
    scn_board_push(&ctx, -1);
    frames(1);
    act(ENG_ACT_OPTION, 0); /* key 1: the placement game */
    frames(2);
    CHECK(strcmp(eng_scene_top_name(), "place") == 0);
    capture(out, "place-start-ru.png");
    {
        /* A pinch zooms the placement view too (play_round reads the view). */
        scn_tl_view pv0, pv1;
        float py;
        CHECK(scn_place_view(&pv0, &py));
        eng_inject(&(eng_action){.kind = ENG_ACT_PINCH, .value = 1200, .x = 960, .y = 400, .touch = true});
        frames(1);
        CHECK(scn_place_view(&pv1, &py));
        CHECK_NEAR(pv1.ppu, pv0.ppu * 1.2, pv0.ppu * 0.01);
    }
    play_round(pack, &ax);
    int placed = 0, right = 0, committed = 0;
    scn_place_counts(&placed, &right, &committed);
    CHECK(placed == LT_TL_HAND);
    CHECK(right == LT_TL_HAND);
    CHECK(committed == LT_TL_HAND);
    CHECK(lt_store_log_count(store, pid) == log0 + LT_TL_HAND);
    capture(out, "place-ru.png");
    printf("round 1: placed %d, right %d, committed %d\n", placed, right, committed);

    /* Another round by keys: card 1, a few days right, Enter (judged, committed). */
    act(ENG_ACT_CONFIRM, 0);
    frames(1);
    CHECK(scn_place_hand(NULL, NULL, 0) == 0);
    act(ENG_ACT_OPTION, 0);
    act(ENG_ACT_RIGHT, 0);
    act(ENG_ACT_RIGHT, 0);
    act(ENG_ACT_UP, 0);
    frames(1);
    capture(out, "place-keys-ru.png");
    act(ENG_ACT_CONFIRM, 0);
    frames(2);
    scn_place_counts(&placed, &right, &committed);
    CHECK(placed == 1 && committed == 1);
    CHECK(lt_store_log_count(store, pid) == log0 + LT_TL_HAND + 1);
    capture(out, "place-wrong-ru.png");
    act(ENG_ACT_BACK, 0);
    frames(1);
    CHECK(strcmp(eng_scene_top_name(), "board") == 0);

    /* The rules mode: right slots by drag (touch), then a wrong one costs a life. */
    act(ENG_ACT_OPTION, 1);
    frames(1);
    CHECK(strcmp(eng_scene_top_name(), "place-rules") == 0);
    const lt_tl_rules *g = scn_place_rules();
    CHECK(g != NULL);
    int wrong_done = 0;
    for (int turn = 0; g != NULL && turn < 6 && !lt_tl_rules_over(g); turn++) {
        int cur = g->current;
        int good = -1, bad = -1;
        for (int k = 0; k <= g->n_line; k++) {
            bool ok = lt_tl_judge_between(pack, cur, k > 0 ? g->line[k - 1] : -1, k < g->n_line ? g->line[k] : -1);
            if (ok && good < 0) {
                good = k;
            } else if (!ok && bad < 0) {
                bad = k;
            }
        }
        CHECK(good >= 0);
        bool make_wrong = turn == 4 && bad >= 0;
        int slot = make_wrong ? bad : good;
        int lives = g->lives, streak = g->streak;
        int evs[1];
        eng_rect rects[1];
        CHECK(scn_place_hand(evs, rects, 1) == 1);
        drag(rects[0].x + rects[0].w / 2, rects[0].y + 50, scn_place_slot_x(slot), 450, turn % 2 == 0);
        if (make_wrong) {
            CHECK(g->lives == lives - 1 && g->streak == 0);
            wrong_done++;
        } else {
            CHECK(g->lives == lives && g->streak == streak + 1);
        }
        if (turn == 3) {
            capture(out, "rules-ru.png");
        }
    }
    CHECK(wrong_done == 1);
    char key[64], val[32] = "";
    snprintf(key, sizeof key, "tl_best:%lld", (long long)pid);
    CHECK(lt_store_get(store, key, val, sizeof val) && atoi(val) >= 4);
    ctx.lang = LT_LANG_EN;
    frames(1);
    capture(out, "rules-en.png");
    act(ENG_ACT_BACK, 0);
    frames(1);
    act(ENG_ACT_BACK, 0);
    frames(1);
    CHECK(eng_scene_depth() == 1);

    /* The menu's new item opens the board; the board's recall reflects the round. */
    ctx.lang = LT_LANG_RU;
    scn_menu_push(&ctx);
    frames(1);
    capture(out, "board-menu-ru.png");
    tap(ENG_CANVAS_W / 2 - 660 + 320, 372 + 5 * 92 + 40, false); /* left column, 6th row */
    CHECK(strcmp(eng_scene_top_name(), "board") == 0);
    capture(out, "board-after-ru.png");
    act(ENG_ACT_BACK, 0);
    frames(1);
    CHECK(strcmp(eng_scene_top_name(), "menu") == 0);

    /* "On the timeline" from a question's feedback opens the board on its event. */
    scn_play_start(&ctx, LT_MODE_QUICK, -1, false);
    frames(1);
    act(ENG_ACT_OPTION, 0);
    frames(2);
    capture(out, "board-feedback-ru.png");
    tap(1540 + 150, 860 + 40, false);
    frames(1);
    if (strcmp(eng_scene_top_name(), "board") == 0) {
        CHECK(scn_board_panel_event() >= 0);
        capture(out, "board-from-play-ru.png");
    } else {
        printf("first quick question has no dated event; skipped\n");
    }

    while (eng_scene_depth() > 0) {
        eng_scene_pop();
    }
    eng_shutdown();
    lt_store_close(store);
    lt_pack_free(pack);
    return eng_test_finish("board");
}
