/* test_stats.c: the levels and statistics screens, headless, over a profile with
 * answers on several days: locks, the stats queries against what was committed,
 * and PNGs of both screens in ru and en. Depends on: scn.h, lt_store.h, eng_test.h. */
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

#define DAY LT_FSRS_MS_PER_DAY
#define T0 INT64_C(1767571200000)  /* 2026-01-05T00:00:00Z */
#define TODAY (T0 + 40 * DAY)      /* the test's "today" (TZ=UTC) */
#define NOW (TODAY + 15 * 3600000) /* 15:00 */
#define RET_DAYS 30
#define MAXC 256

typedef struct tally {
    int total[RET_DAYS], right[RET_DAYS];
    int commits;
} tally;

static lt_card_rec cards[MAXC];
static int n_cards;

/* One answer on day `day` (<= 0, relative to TODAY) at `minute` past 09:00. */
static void answer(lt_store *s, int64_t profile, const char *pack, lt_card_rec *c, bool right, int day,
                   int minute, tally *t)
{
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    int64_t at = TODAY + (int64_t)day * DAY + 9 * 3600000 + (int64_t)minute * 60000;
    lt_fsrs_state before = c->fsrs.state;
    if (c->fsrs.reps == 0 && before == LT_FSRS_NEW) {
        lt_fsrs_card_new(&c->fsrs, at);
    }
    int rating = right ? LT_FSRS_GOOD : LT_FSRS_AGAIN;
    lt_fsrs_log log;
    CHECK(lt_fsrs_review(&p, &c->fsrs, rating, at, &log) == LT_FSRS_OK);
    lt_answer_rec a = {.time_ms = at, .rating = rating, .answer_ms = 4000, .qtype = "choice",
                       .outcome = right ? LT_OUT_RIGHT : LT_OUT_WRONG, .score = right ? 800 : 0,
                       .has_r_before = log.has_retrievability, .r_before = log.retrievability,
                       .state_before = before};
    bool ok = lt_store_commit_answer(s, profile, pack, c, &a);
    CHECK(ok);
    if (ok) {
        int i = RET_DAYS - 1 + day;
        t->total[i]++;
        t->right[i] += right;
        t->commits++;
    }
}

static lt_card_rec *card_for(const char *fact)
{
    for (int i = 0; i < n_cards; i++) {
        if (strcmp(cards[i].fact, fact) == 0) {
            return &cards[i];
        }
    }
    if (n_cards >= MAXC) {
        return NULL;
    }
    lt_card_rec *c = &cards[n_cards++];
    memset(c, 0, sizeof *c);
    snprintf(c->fact, sizeof c->fact, "%s", fact);
    return c;
}

/* Runs the loop for `frames` ticks: each eng_run delivers what was injected,
 * then the quit request stops it after one tick and a drawn frame. */
static void frames(int n)
{
    for (int i = 0; i < n; i++) {
        eng_inject(&(eng_action){.kind = ENG_ACT_QUIT_REQUEST});
        CHECK(eng_run() == 0);
    }
}

static void key(eng_action_kind k, int value)
{
    eng_inject(&(eng_action){.kind = k, .value = value});
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

/* Both screens in one language: stats, then levels (pushed on the menu-less stack). */
static void shoot(scn_ctx *ctx, lt_lang lang, const char *dir, const char *stats_png, const char *levels_png)
{
    ctx->lang = lang;
    scn_stats_push(ctx);
    frames(3);
    CHECK(strcmp(eng_scene_top_name(), "stats") == 0);
    capture(dir, stats_png);
    key(ENG_ACT_BACK, 0);
    frames(1);
    CHECK(eng_scene_depth() == 1); /* back to the base scene */
    scn_levels_push(ctx);
    frames(3);
    CHECK(strcmp(eng_scene_top_name(), "levels") == 0);
    capture(dir, levels_png);
    key(ENG_ACT_BACK, 0);
    frames(1);
    CHECK(eng_scene_depth() == 1);
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

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: test_stats <assets> <pack> <out dir>\n");
        return 2;
    }
    setenv("TZ", "UTC", 1);
    tzset();
    const char *out = argv[3];
    char data[1100];
    snprintf(data, sizeof data, "%s/stats-tmp", out);
    rm_db(data);

    lt_diags diags = {0};
    lt_pack *pack = lt_pack_load(argv[2], &diags);
    lt_diags_free(&diags);
    CHECK(pack != NULL);
    if (pack == NULL) {
        return eng_test_finish("scenes_stats");
    }
    CHECK(pack->n_levels == 6 && pack->levels[5].exam);
    char err[512] = "";
    lt_store *store = lt_store_open(data, err, sizeof err);
    CHECK(store != NULL);
    if (store == NULL) {
        fprintf(stderr, "store: %s\n", err);
        lt_pack_free(pack);
        return eng_test_finish("scenes_stats");
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

    /* A fresh profile: only the first level is open, the exam is locked. */
    CHECK(lt_session_level_open(store, &ctx.profile, pack, 0, NOW));
    for (int i = 1; i < 6; i++) {
        CHECK(!lt_session_level_open(store, &ctx.profile, pack, i, NOW));
    }
    CHECK_NEAR(lt_session_mastery(store, &ctx.profile, pack, 0, NOW), 0.0, 1e-9);

    eng_desc d = eng_test_desc(argv[1]);
    CHECK(eng_init(&d));
    eng_scene_push(&(eng_scene){.name = "base", .draw = base_draw, .action = base_action});

    /* Empty states, and the scene's own locks: Enter on the locked exam does
     * nothing, Enter on level 1 starts a level session. */
    ctx.lang = LT_LANG_RU;
    scn_stats_push(&ctx);
    frames(2);
    capture(out, "stats-empty.png");
    key(ENG_ACT_CONFIRM, 0); /* Enter leaves too */
    frames(1);
    CHECK(eng_scene_depth() == 1);
    scn_levels_push(&ctx);
    frames(2);
    capture(out, "levels-fresh.png");
    for (int i = 0; i < 5; i++) {
        key(ENG_ACT_DOWN, 0);
    }
    key(ENG_ACT_CONFIRM, 0);
    frames(2);
    CHECK(strcmp(eng_scene_top_name(), "levels") == 0);
    /* Touch: press and release on the locked second card does nothing either. */
    eng_inject(&(eng_action){.kind = ENG_ACT_POINTER_DOWN, .x = 900, .y = 170 + 140 + 60, .touch = true});
    eng_inject(&(eng_action){.kind = ENG_ACT_POINTER_UP, .x = 900, .y = 170 + 140 + 60, .touch = true});
    frames(1);
    CHECK(strcmp(eng_scene_top_name(), "levels") == 0);
    key(ENG_ACT_OPTION, 0);
    key(ENG_ACT_CONFIRM, 0);
    frames(1);
    CHECK(strcmp(eng_scene_top_name(), "play") == 0);
    while (eng_scene_depth() > 1) {
        eng_scene_pop();
    }
    frames(1);

    /* Answers over several days: level 1's facts learnt (with a few lapses),
     * some of level 3's facts failed again and again. */
    tally t;
    memset(&t, 0, sizeof t);
    lt_sched_fact *f0 = NULL, *f2 = NULL;
    size_t n0 = 0, n2 = 0;
    CHECK(lt_sched_facts_build(pack, 0, false, &f0, &n0) && n0 >= 12);
    CHECK(lt_sched_facts_build(pack, 2, false, &f2, &n2) && n2 >= 4);
    size_t first = n0 < 10 ? n0 : 10;
    for (size_t i = 0; i < first; i++) {
        answer(store, pid, pack->id, card_for(f0[i].key), true, -25, 0, &t);
        answer(store, pid, pack->id, card_for(f0[i].key), true, -25, 15, &t);
    }
    for (size_t i = 0; i < first; i++) {
        bool right = i % 4 != 1;
        answer(store, pid, pack->id, card_for(f0[i].key), right, -18, 0, &t);
        if (!right) {
            answer(store, pid, pack->id, card_for(f0[i].key), true, -18, 15, &t);
        }
    }
    for (size_t i = 0; i < 4; i++) {
        answer(store, pid, pack->id, card_for(f2[i].key), true, -12, 0, &t);
        answer(store, pid, pack->id, card_for(f2[i].key), true, -12, 15, &t);
        answer(store, pid, pack->id, card_for(f2[i].key), false, -6, 0, &t);
        answer(store, pid, pack->id, card_for(f2[i].key), true, -6, 15, &t);
    }
    for (size_t i = first; i < n0; i++) {
        answer(store, pid, pack->id, card_for(f0[i].key), i % 3 != 0, -6, 30, &t);
    }
    for (size_t i = 0; i < 2; i++) {
        answer(store, pid, pack->id, card_for(f2[i].key), false, -2, 0, &t);
        answer(store, pid, pack->id, card_for(f2[i].key), true, -2, 15, &t);
    }
    for (size_t i = 0; i < n0; i++) {
        lt_card_rec *c = card_for(f0[i].key);
        answer(store, pid, pack->id, c, true, 0, 0, &t);
        if (c->fsrs.state != LT_FSRS_REVIEW) {
            answer(store, pid, pack->id, c, true, 0, 15, &t);
        }
    }

    /* The queries return what was committed. */
    CHECK(lt_store_log_count(store, pid) == t.commits);
    lt_day_recall rec[RET_DAYS];
    CHECK(lt_store_retention_per_day(store, pid, pack->id, TODAY, RET_DAYS, rec));
    int days_with = 0;
    for (int i = 0; i < RET_DAYS; i++) {
        CHECK(rec[i].total == t.total[i] && rec[i].right == t.right[i]);
        days_with += t.total[i] > 0;
    }
    CHECK(days_with == 6);
    int due[14], want_due[14] = {0}, due_sum = 0;
    CHECK(lt_store_due_per_day(store, pid, pack->id, TODAY, 14, due));
    for (int i = 0; i < n_cards; i++) {
        int64_t dd = cards[i].fsrs.due - TODAY;
        int day = dd < 0 ? 0 : (int)(dd / DAY);
        if (day < 14) {
            want_due[day]++;
        }
    }
    for (int i = 0; i < 14; i++) {
        CHECK(due[i] == want_due[i]);
        due_sum += due[i];
    }
    CHECK(due_sum > 0);
    lt_fsrs_params params;
    lt_fsrs_params_default(&params);
    lt_hard_fact hard[6];
    int nh = lt_store_hardest(store, pid, pack->id, &params, NOW, hard, 6);
    CHECK(nh == 6);
    /* f2[0] and f2[1] lapsed twice: they lead. */
    CHECK(nh >= 2 && hard[0].lapses == 2 && hard[1].lapses == 2);
    CHECK(nh >= 2 && (strcmp(hard[0].fact, f2[0].key) == 0 || strcmp(hard[0].fact, f2[1].key) == 0));
    /* Level 1 answered today: mastered, so level 2 opens; the exam stays locked. */
    double m0 = lt_session_mastery(store, &ctx.profile, pack, 0, NOW);
    CHECK(m0 >= LT_LEVEL_UNLOCK_MASTERY);
    CHECK(lt_session_level_open(store, &ctx.profile, pack, 1, NOW));
    CHECK(!lt_session_level_open(store, &ctx.profile, pack, 2, NOW));
    CHECK(!lt_session_level_open(store, &ctx.profile, pack, 5, NOW));
    printf("commits %d, level 1 mastery %.3f, pack mastery %.3f, due 14 days %d, hardest %s (lapses %d, R %.2f)\n",
           t.commits, m0, lt_session_mastery(store, &ctx.profile, pack, -1, NOW), due_sum, nh > 0 ? hard[0].fact : "",
           nh > 0 ? hard[0].lapses : 0, nh > 0 ? hard[0].r_now : 0.0);

    shoot(&ctx, LT_LANG_RU, out, "stats.png", "levels.png");
    shoot(&ctx, LT_LANG_EN, out, "stats-en.png", "levels-en.png");

    /* The levels screen now lets level 2 start by touch (press-release on its card). */
    ctx.lang = LT_LANG_RU;
    scn_levels_push(&ctx);
    frames(1);
    eng_inject(&(eng_action){.kind = ENG_ACT_POINTER_DOWN, .x = 900, .y = 170 + 140 + 60, .touch = true});
    eng_inject(&(eng_action){.kind = ENG_ACT_POINTER_UP, .x = 900, .y = 170 + 140 + 60, .touch = true});
    frames(1);
    CHECK(strcmp(eng_scene_top_name(), "play") == 0);
    while (eng_scene_depth() > 0) {
        eng_scene_pop();
    }

    free(f0);
    free(f2);
    eng_shutdown();
    lt_store_close(store);
    lt_pack_free(pack);
    return eng_test_finish("scenes_stats");
}
