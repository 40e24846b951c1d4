/* test_kiosk_scenes.c: kiosk mode headless through the real scene stack:
 * attract -> touch -> round; every question answered by taps (targets at
 * least 120 px tall, 16 px apart) -> end -> initials behind the 2 s guard
 * (a blocked word refused) -> leaderboard row kept; idle 45 s -> warning ->
 * 15 s -> attract with the visit ended as idle; Esc and window close
 * ignored; the corner held 5 s -> PIN pad; wrong PIN x3 -> lock; admin:
 * round length saved, export, wipe, pack change, exit. PNGs of each screen.
 * Long waits move the game's clock (ctx.clock_start_ms) rather than drawing
 * thousands of frames; the kiosk runs on that clock.
 * Depends on: scn_kiosk_int.h, lt_kiosk.h, lt_pin.h, eng_test.h. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "eng_test.h"
#include "lt_kiosk.h"
#include "lt_pin.h"
#include "scn_kiosk_int.h"

#define T0 INT64_C(1767607200000) /* 2026-01-05T10:00:00Z */
#define PIN "2468"

static scn_ctx ctx;
static int frames_left;
static const char *out_dir;

/* ---- driving the engine ---------------------------------------------------------- */

/* The kiosk swallows QUIT_REQUEST, so a tiny overlay of the test's own ends
 * each eng_run after n ticks. */
static void stopper_tick(void *self, double dt)
{
    (void)self;
    (void)dt;
    if (--frames_left <= 0) {
        eng_quit();
    }
}

static void frames(int n)
{
    frames_left = n;
    CHECK(eng_run() == 0);
}

/* Moves the game's clock on without drawing (the kiosk's rules use it). */
static void jump_ms(int64_t ms)
{
    ctx.clock_start_ms += ms;
}

static void ptr(eng_action_kind k, float x, float y)
{
    eng_inject(&(eng_action){.kind = k, .x = x, .y = y, .touch = true});
}

static void tap(float x, float y)
{
    ptr(ENG_ACT_POINTER_DOWN, x, y);
    ptr(ENG_ACT_POINTER_UP, x, y);
    frames(1);
}

static void tap_rect(eng_rect r)
{
    tap(r.x + r.w / 2, r.y + r.h / 2);
}

static void act(eng_action_kind k)
{
    eng_inject(&(eng_action){.kind = k});
    frames(1);
}

static void capture(const char *name)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", out_dir, name);
    CHECK(eng_capture_png(path));
    printf("wrote %s\n", path);
}

static const char *top(void)
{
    return eng_scene_top_name();
}

#define CHECK_TOP(name)                                                                         \
    do {                                                                                        \
        if (strcmp(top(), (name)) != 0) {                                                       \
            fprintf(stderr, "%s:%d: top scene is %s, want %s\n", __FILE__, __LINE__, top(), (name)); \
            eng_test_failures++;                                                                \
        }                                                                                       \
    } while (0)

#define CHECK_STATE(st)                                                                                  \
    do {                                                                                                 \
        if (scn_kiosk_state() != (st)) {                                                                 \
            fprintf(stderr, "%s:%d: kiosk state %s, want %s\n", __FILE__, __LINE__,                     \
                    lt_kstate_name(scn_kiosk_state()), lt_kstate_name(st));                              \
            eng_test_failures++;                                                                         \
        }                                                                                                \
    } while (0)

/* ---- checks ------------------------------------------------------------------------ */

/* Every touch target at least 120 px tall; any two at least 16 px apart. */
static void check_targets(void)
{
    eng_rect t[40];
    int n = scn_kround_targets(t, 40);
    CHECK(n > 1);
    for (int i = 0; i < n; i++) {
        if (t[i].h < 120.0f) {
            fprintf(stderr, "target %d is %.0f px tall (type %d)\n", i, (double)t[i].h,
                    scn_kround_current()->q.type);
            eng_test_failures++;
        }
        for (int j = i + 1; j < n; j++) {
            float gx = t[j].x >= t[i].x + t[i].w ? t[j].x - (t[i].x + t[i].w)
                       : t[i].x >= t[j].x + t[j].w ? t[i].x - (t[j].x + t[j].w) : -1;
            float gy = t[j].y >= t[i].y + t[i].h ? t[j].y - (t[i].y + t[i].h)
                       : t[i].y >= t[j].y + t[j].h ? t[i].y - (t[j].y + t[j].h) : -1;
            float gap = gx > gy ? gx : gy;
            if (gap < 16.0f) {
                fprintf(stderr, "targets %d and %d are %.0f px apart\n", i, j, (double)gap);
                eng_test_failures++;
            }
        }
    }
}

/* Answers the current question (right when it can be done in one tap), then "Next". */
static bool answer_one(bool right, const char *shot_question, const char *shot_feedback)
{
    const lt_kq *kq = scn_kround_current();
    if (kq == NULL) {
        return false;
    }
    check_targets();
    if (shot_question != NULL) {
        capture(shot_question);
    }
    eng_rect r;
    scn_kround_answer_rect(right, &r);
    tap_rect(r);
    frames(30); /* past the answer guard */
    if (shot_feedback != NULL) {
        capture(shot_feedback);
    }
    CHECK(scn_kround_next_rect(&r));
    tap_rect(r);
    frames(2);
    return true;
}

static int64_t visit_now(void)
{
    scn_kiosk *k = scn_kiosk_get();
    return k != NULL ? k->visit : 0;
}

static lt_visit_end visit_end_of(lt_kstore *ks, int64_t id)
{
    lt_visit v;
    memset(&v, 0, sizeof v);
    CHECK(lt_kstore_visit_get(ks, id, &v));
    return v.end;
}

/* Removes the test's data folder (one level of subfolders: stats/). */
static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    while (d != NULL && (de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) {
            continue;
        }
        char path[1400];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            rm_tree(path);
        } else {
            unlink(path);
        }
    }
    if (d != NULL) {
        closedir(d);
    }
    rmdir(dir);
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* A tap on the attract screen away from the language buttons and the corner. */
static void start_round(void)
{
    tap(960, 400);
    frames(2);
    CHECK_TOP(SCN_K_ROUND);
    CHECK_STATE(LT_KS_ROUND);
}

static void type_pin(const char *pin)
{
    eng_rect r;
    for (const char *p = pin; *p; p++) {
        CHECK(scn_kpin_key_rect(*p, &r));
        tap_rect(r);
    }
    CHECK(scn_kpin_key_rect('K', &r));
    tap_rect(r);
    frames(1);
}

static void type_letter(const char *letter)
{
    eng_rect r;
    if (!scn_kend_key_rect(letter, &r)) {
        CHECK(scn_kend_layout_rect(&r));
        tap_rect(r);
        CHECK(scn_kend_key_rect(letter, &r));
    }
    tap_rect(r);
}

static char *slurp_status(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    char *buf = calloc(1, 65536);
    *len = buf != NULL ? fread(buf, 1, 65535, f) : 0;
    fclose(f);
    return buf;
}

/* ---- the stages ------------------------------------------------------------------- */

static void stage_round_and_board(lt_kstore *ks)
{
    /* Attract: nothing lets a visitor out. */
    CHECK_TOP(SCN_K_ATTRACT);
    CHECK_STATE(LT_KS_ATTRACT);
    frames(getenv("KIOSK_ATTRACT_FRAMES") ? atoi(getenv("KIOSK_ATTRACT_FRAMES")) : 90);
    capture("kiosk-attract-ru.png");
    act(ENG_ACT_BACK);
    act(ENG_ACT_QUIT_REQUEST);
    eng_action drop = {.kind = ENG_ACT_DROP_FILE};
    snprintf(drop.text, sizeof drop.text, "/tmp/evil.yaml");
    eng_inject(&drop);
    frames(1);
    CHECK_TOP(SCN_K_ATTRACT);
    scn_kiosk *k = scn_kiosk_get();
    CHECK(k->ignored_back == 1 && k->ignored_quit == 1 && k->ignored_other == 1);
    printf("kiosk test: back and quit ignored (%d, %d)\n", k->ignored_back, k->ignored_quit);

    /* Touch: a round in the current language with a visit running. */
    start_round();
    int64_t v1 = visit_now();
    CHECK(v1 > 0);
    CHECK(ctx.lang == LT_LANG_RU);
    /* Esc and window close do nothing in a round either. */
    const lt_kq *first = scn_kround_current();
    act(ENG_ACT_BACK);
    act(ENG_ACT_QUIT_REQUEST);
    CHECK_TOP(SCN_K_ROUND);
    CHECK(scn_kround_current() == first);

    int answered = 0, place_shots = 0, order_shots = 0;
    bool wrong_done = false;
    while (scn_kround_current() != NULL && strcmp(top(), SCN_K_ROUND) == 0 && answered < 30) {
        const lt_kq *kq = scn_kround_current();
        const char *qs = NULL, *fs = NULL;
        if (answered == 0) {
            qs = "kiosk-question-ru.png";
            fs = "kiosk-feedback-ru.png";
        } else if (kq->kind == LT_KQ_PLACE && place_shots++ == 0) {
            qs = "kiosk-place-ru.png";
            fs = "kiosk-place-feedback-ru.png";
        } else if (kq->kind == LT_KQ_QUIZ && kq->q.type == LT_Q_ORDER && order_shots++ == 0) {
            qs = "kiosk-order-ru.png";
        }
        /* One wrong answer, so a fact learned comes first at the end. */
        bool wrong = !wrong_done && answered >= 1 && !(kq->kind == LT_KQ_QUIZ && kq->q.type == LT_Q_ORDER);
        wrong_done = wrong_done || wrong;
        answer_one(!wrong, qs, fs);
        answered++;
    }
    CHECK(answered == 7);
    CHECK_TOP(SCN_K_END);
    CHECK_STATE(LT_KS_END);
    CHECK(visit_now() == 0);
    CHECK(visit_end_of(ks, v1) == LT_VISIT_COMPLETED);
    lt_visit v;
    CHECK(lt_kstore_visit_get(ks, v1, &v) && v.questions == 7 && v.right + v.wrong == 7 && v.wrong >= 1);
    printf("kiosk test: round done, score %d, %d right\n", ctx.last.score, ctx.last.right);

    /* Initials: the keyboard ignores taps for 2 s. */
    CHECK(scn_kend_phase_now() == SCN_KEND_KEYS);
    type_letter("Ж");
    type_letter("Ж");
    CHECK(strcmp(scn_kend_initials(), "") == 0);
    capture("kiosk-end-guard-ru.png");
    frames(125);
    /* A rude word is refused kindly and cleared. */
    type_letter("Х");
    type_letter("У");
    type_letter("Й");
    type_letter("Ы"); /* a fourth letter does nothing */
    CHECK(strcmp(scn_kend_initials(), "ХУЙ") == 0);
    eng_rect done;
    CHECK(scn_kend_done_rect(&done));
    tap_rect(done);
    CHECK(scn_kend_phase_now() == SCN_KEND_KEYS);
    CHECK(strcmp(scn_kend_initials(), "") == 0);
    capture("kiosk-end-blocked-ru.png");
    /* Cyrillic, then a Latin letter from the other layout. */
    type_letter("Л");
    type_letter("Ё");
    type_letter("Q");
    CHECK(strcmp(scn_kend_initials(), "ЛЁQ") == 0);
    capture("kiosk-end-keys-en-layout.png");
    tap_rect(done);
    frames(2);
    CHECK(scn_kend_phase_now() == SCN_KEND_BOARD);
    lt_board_row rows[10];
    int n = lt_kstore_board_top(ks, scn_kiosk_today(), rows, 10), mine = -1;
    for (int i = 0; i < n; i++) {
        if (strcmp(rows[i].initials, "ЛЁQ") == 0 && rows[i].score == ctx.last.score) {
            mine = i;
        }
    }
    CHECK(n == 10 && mine >= 0);
    printf("kiosk test: leaderboard row %s %d, place %d today\n", mine >= 0 ? rows[mine].initials : "-",
           mine >= 0 ? rows[mine].score : 0, mine + 1);
    capture("kiosk-board-ru.png");
    /* The board: a tap after its guard goes back to attract. */
    tap(960, 600);
    CHECK_TOP(SCN_K_END);
    frames(100);
    tap(960, 600);
    frames(2);
    CHECK_TOP(SCN_K_ATTRACT);
    CHECK_STATE(LT_KS_ATTRACT);
}

static void stage_idle(lt_kstore *ks, const lt_kiosk_cfg *cfg)
{
    /* Attract never times out. */
    jump_ms(600000);
    frames(3);
    CHECK_STATE(LT_KS_ATTRACT);

    /* English by its button; 45 s quiet -> warning; a touch cancels it and answers nothing. */
    eng_rect en;
    CHECK(scn_kattract_lang_rect(LT_LANG_EN, &en));
    tap_rect(en);
    frames(2);
    CHECK_TOP(SCN_K_ROUND);
    CHECK(ctx.lang == LT_LANG_EN);
    capture("kiosk-question-en.png");
    int64_t v2 = visit_now();
    CHECK(v2 > 0);
    const lt_kq *q = scn_kround_current();
    jump_ms(44000);
    frames(3);
    CHECK_STATE(LT_KS_ROUND);
    jump_ms(1100);
    frames(3);
    CHECK_STATE(LT_KS_IDLE_WARNING);
    capture("kiosk-idle-warning-en.png");
    eng_rect any;
    scn_kround_answer_rect(true, &any);
    tap_rect(any); /* on an answer: only cancels the warning */
    frames(2);
    CHECK_STATE(LT_KS_ROUND);
    CHECK(scn_kround_current() == q);
    CHECK(!scn_kround_next_rect(&any)); /* still asking */

    /* 45 s + 15 s quiet: a full reset, the visit ended as idle. */
    jump_ms(45100);
    frames(3);
    CHECK_STATE(LT_KS_IDLE_WARNING);
    jump_ms(14000);
    frames(3);
    CHECK_STATE(LT_KS_IDLE_WARNING);
    capture("kiosk-idle-warning-1s-en.png");
    jump_ms(1100);
    frames(3);
    CHECK_STATE(LT_KS_ATTRACT);
    CHECK_TOP(SCN_K_ATTRACT);
    CHECK(visit_now() == 0);
    CHECK(visit_end_of(ks, v2) == LT_VISIT_IDLE);
    CHECK(ctx.lang == cfg->default_lang);
    lt_kiosk_health h;
    CHECK(lt_kstore_health(ks, scn_kiosk_today(), &h) && h.last_reset_ms > 0 && h.sessions_today == 2);
    printf("kiosk test: idle reset, visit %lld ended idle\n", (long long)v2);

    /* The end screen idles out too (English, all wrong: the summary, no initials). */
    CHECK(scn_kattract_lang_rect(LT_LANG_EN, &en));
    tap_rect(en);
    frames(2);
    int64_t v3 = visit_now();
    for (int i = 0; i < 7; i++) {
        answer_one(false, NULL, NULL);
    }
    CHECK_TOP(SCN_K_END);
    CHECK(scn_kend_phase_now() == SCN_KEND_SUMMARY);
    capture("kiosk-end-summary-en.png");
    CHECK(visit_end_of(ks, v3) == LT_VISIT_COMPLETED);
    jump_ms(46000);
    frames(3);
    CHECK_STATE(LT_KS_IDLE_WARNING);
    jump_ms(15100);
    frames(3);
    CHECK_STATE(LT_KS_ATTRACT);
    CHECK_TOP(SCN_K_ATTRACT);
}

static void stage_admin(lt_kstore *ks, lt_kiosk_cfg *cfg, const char *cfg_path, const char *stats_dir)
{
    frames(2);
    /* The corner: released early does nothing; held 5 s opens the PIN pad. */
    ptr(ENG_ACT_POINTER_DOWN, 50, 50);
    frames(60);
    ptr(ENG_ACT_POINTER_UP, 50, 50);
    frames(2);
    CHECK_TOP(SCN_K_ATTRACT);
    ptr(ENG_ACT_POINTER_DOWN, 50, 50);
    frames(150);
    capture("kiosk-corner-arc.png");
    CHECK(lt_krules_corner_progress(&scn_kiosk_get()->rules, scn_kiosk_now()) > 0.3f);
    CHECK_TOP(SCN_K_ATTRACT); /* the press in the corner started no round */
    jump_ms(2600);
    frames(2);
    CHECK_TOP(SCN_K_PIN);
    CHECK_STATE(LT_KS_ADMIN_PIN);
    ptr(ENG_ACT_POINTER_UP, 50, 50);
    frames(1);

    /* Three wrong PINs: locked; the right one waits out the lock. */
    type_pin("1111");
    type_pin("1234");
    CHECK(scn_kiosk_get()->rules.pin_failures == 2);
    CHECK(lt_krules_pin_can_try(&scn_kiosk_get()->rules, scn_kiosk_now()));
    type_pin("9999");
    CHECK(scn_kiosk_get()->rules.pin_failures == 3);
    CHECK(lt_krules_pin_wait_ms(&scn_kiosk_get()->rules, scn_kiosk_now()) > 0);
    capture("kiosk-pin-locked-ru.png");
    type_pin(PIN); /* ignored while locked */
    CHECK_TOP(SCN_K_PIN);
    printf("kiosk test: pin locked after 3 wrong\n");

    /* The pad idles back to attract after 30 s. */
    jump_ms(31000);
    frames(2);
    CHECK_TOP(SCN_K_ATTRACT);
    CHECK_STATE(LT_KS_ATTRACT);

    /* From a round by the admin key: the visit ends as admin. */
    start_round();
    int64_t v = visit_now();
    act(ENG_ACT_ADMIN);
    CHECK_TOP(SCN_K_PIN);
    type_pin(PIN);
    CHECK_TOP(SCN_K_ADMIN);
    CHECK_STATE(LT_KS_ADMIN);
    CHECK(visit_end_of(ks, v) == LT_VISIT_ADMIN);
    CHECK(eng_scene_depth() == 1);
    frames(2);
    capture("kiosk-admin-ru.png");
    ctx.lang = LT_LANG_EN; /* staff screens follow the language too */
    eng_redraw();
    frames(1);
    capture("kiosk-admin-en.png");
    ctx.lang = LT_LANG_RU;

    /* Round length +1, saved to the config file. */
    tap(1740, 560);
    frames(1);
    CHECK(cfg->round_len == 8);
    lt_kiosk_cfg back;
    char err[512] = "";
    CHECK(lt_kiosk_cfg_load(cfg_path, &back, err, sizeof err));
    CHECK(back.round_len == 8);
    /* English off and on again; at least one stays. */
    tap(1000 + 430 + 205, 376);
    CHECK(!cfg->langs[LT_LANG_EN]);
    tap(1000 + 205, 376); /* the last language: refused */
    CHECK(cfg->langs[LT_LANG_RU]);
    tap(1000 + 430 + 205, 376);
    CHECK(cfg->langs[LT_LANG_EN]);
    /* Export today's statistics. */
    tap(1635, 716);
    frames(1);
    char csv[1400];
    int64_t today = scn_kiosk_today();
    char day[16];
    lt_kiosk_day_name(today, day, sizeof day);
    snprintf(csv, sizeof csv, "%s/kiosk-%s.csv", stats_dir, day);
    CHECK(file_exists(csv));
    capture("kiosk-admin-exported-ru.png");
    /* Gone again, so the daily export below must write it. */
    char json[1400];
    snprintf(json, sizeof json, "%s/kiosk-%s.json", stats_dir, day);
    unlink(csv);
    unlink(json);
    /* Wipe the leaderboard after a confirmation. */
    tap(1205, 716);
    frames(1);
    capture("kiosk-admin-wipe-confirm-ru.png");
    tap(740, 680); /* Yes */
    frames(1);
    lt_board_row rows[10];
    CHECK(lt_kstore_board_top(ks, 0, rows, 10) == 0);

    /* Change the pack: the template; attract is rebuilt from it. */
    const char *old_id = ctx.pack->id;
    (void)old_id;
    tap(500, 470 + 136 + 60); /* the second folder by name: template */
    frames(1);
    CHECK(strstr(cfg->pack, "levels/template") != NULL);
    CHECK(ctx.pack != NULL && strstr(ctx.pack->dir, "template") != NULL);
    capture("kiosk-admin-pack-ru.png");
    tap(1420, 185); /* Resume */
    frames(30);
    CHECK_TOP(SCN_K_ATTRACT);
    CHECK_STATE(LT_KS_ATTRACT);
    capture("kiosk-attract-template.png");

    /* The next day's first visitor writes yesterday's summary. */
    CHECK(!file_exists(csv));
    jump_ms(86400000);
    tap(960, 400);
    frames(2);
    CHECK(file_exists(csv) && file_exists(json));
    printf("kiosk test: daily export %s\n", file_exists(csv) ? csv : "missing");

    /* Admin left open goes back to attract by itself after 2 minutes. */
    act(ENG_ACT_ADMIN);
    type_pin(PIN);
    CHECK_TOP(SCN_K_ADMIN);
    jump_ms(121000);
    frames(2);
    CHECK_TOP(SCN_K_ATTRACT);
    CHECK_STATE(LT_KS_ATTRACT);

    /* Exit to the desktop, through the PIN again. */
    act(ENG_ACT_ADMIN);
    type_pin(PIN);
    CHECK_TOP(SCN_K_ADMIN);
    tap(1420, 872);
    frames(1);
    tap(740, 680); /* Yes */
    CHECK(scn_kiosk_get() == NULL);
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: test_kiosk_scenes <assets> <pack> <out dir> <root>\n");
        return 2;
    }
    setenv("TZ", "UTC", 1);
    tzset();
    out_dir = argv[3];
    char data[1100], cfg_path[1200], stats_dir[1200], status_path[1200];
    snprintf(data, sizeof data, "%s/kiosk-tmp-XXXXXX", out_dir);
    if (mkdtemp(data) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(cfg_path, sizeof cfg_path, "%s/kiosk.yaml", data);
    snprintf(stats_dir, sizeof stats_dir, "%s/stats", data);
    snprintf(status_path, sizeof status_path, "%s/status.json", data);

    lt_diags diags = {0};
    lt_pack *pack = lt_pack_load(argv[2], &diags);
    lt_diags_free(&diags);
    CHECK(pack != NULL);
    char err[512] = "";
    lt_kstore *ks = lt_kstore_open(data, T0, err, sizeof err);
    CHECK(ks != NULL);
    if (pack == NULL || ks == NULL) {
        fprintf(stderr, "setup: %s\n", err);
        return eng_test_finish("kiosk_scenes");
    }
    /* Earlier visitors: eleven today, two last week. */
    static const struct {
        const char *ini;
        int score, days_ago;
    } seed[] = {{"АНЯ", 9000, 0}, {"MAX", 8000, 0}, {"ОЛЯ", 6000, 0}, {"ТИМ", 5000, 0}, {"JOE", 3000, 0},
                {"ИРА", 2500, 0}, {"LEO", 2000, 0}, {"КИР", 1500, 0}, {"ZOE", 1000, 0}, {"ЯНА", 500, 0},
                {"BOB", 300, 0},  {"ГЛЕБ", 0, 0},  {"ДИМ", 12000, 7}, {"SAM", 9500, 7}};
    for (size_t i = 0; i < sizeof seed / sizeof seed[0]; i++) {
        bool ok = lt_kstore_board_add(ks, seed[i].ini, seed[i].score, T0 - 3600000 - seed[i].days_ago * 86400000LL);
        CHECK(ok == (strcmp(seed[i].ini, "ГЛЕБ") != 0)); /* four letters: refused */
    }
    static lt_kiosk_cfg cfg;
    lt_kiosk_cfg_default(&cfg);
    CHECK(lt_pin_hash(PIN, cfg.pin_hash, sizeof cfg.pin_hash));
    CHECK(lt_kiosk_cfg_save(cfg_path, &cfg, err, sizeof err));

    ctx.pack = pack;
    ctx.lang = LT_LANG_EN; /* kiosk mode starts in the config's default (ru) */
    ctx.seed = 1956;
    ctx.clock_start_ms = T0;
    eng_desc d = eng_test_desc(argv[1]);
    if (!eng_init(&d)) {
        return 1;
    }
    scn_kiosk_desc kd = {.cfg = &cfg, .cfg_path = cfg_path, .kstore = ks, .status_path = status_path,
                         .stats_dir = stats_dir, .root = argv[4]};
    CHECK(scn_kiosk_start(&ctx, &kd));
    CHECK(!scn_kiosk_start(&ctx, &kd)); /* once */
    CHECK(ctx.lang == LT_LANG_RU);
    eng_overlay stop = {.tick = stopper_tick};
    CHECK(eng_overlay_add(&stop) > 0);
    frames(2);
    CHECK(file_exists(status_path));

    stage_round_and_board(ks);
    stage_idle(ks, &cfg);
    stage_admin(ks, &cfg, cfg_path, stats_dir);
    scn_kiosk_stop(); /* twice is safe */

    /* A stop mid-round (SIGTERM: the app stops the kiosk) ends the visit as
     * "stopped", not as staff's "admin". */
    CHECK(scn_kiosk_start(&ctx, &kd));
    frames(2);
    eng_rect ru;
    CHECK(scn_kattract_lang_rect(LT_LANG_RU, &ru));
    tap_rect(ru);
    frames(2);
    CHECK_TOP(SCN_K_ROUND);
    int64_t v_stop = visit_now();
    CHECK(v_stop > 0);
    scn_kiosk_stop();
    CHECK(visit_end_of(ks, v_stop) == LT_VISIT_STOPPED);

    while (eng_scene_depth() > 0) {
        eng_scene_pop();
    }
    eng_shutdown();
    lt_kstore_close(ks);
    lt_pack_free(ctx.pack);
    size_t len = 0;
    char *status = slurp_status(status_path, &len);
    /* written at the last stop, mid-round */
    CHECK(status != NULL && strstr(status, "\"state\"") != NULL && strstr(status, "\"round\"") != NULL);
    if (status != NULL) {
        printf("kiosk test: status %s\n", status);
    }
    free(status);
    if (getenv("KIOSK_KEEP_TMP") == NULL) {
        rm_tree(data);
    }
    return eng_test_finish("kiosk_scenes");
}
