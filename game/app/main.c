/* main.c: the letopis program: command line, finding assets and packs,
 * settings from the player's database, and wiring the engine to the scenes.
 * Kiosk mode (--kiosk): its config, the kiosk database, the guard and the
 * monkey visitor for soak runs (lt_app_kiosk_run).
 * Depends on: eng.h, scn.h, scn_kiosk.h, lt_pack.h, lt_store.h, lt_kiosk.h, lt_monkey.h. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "eng.h"
#include "lt_autoplay.h"
#include "lt_date.h"
#include "lt_i18n.h"
#include "lt_kiosk.h"
#include "lt_monkey.h"
#include "lt_pack.h"
#include "lt_store.h"
#include "scn.h"
#include "scn_kiosk.h"
/* The kiosk's state, its ignored-input counts and the round's touch targets
 * (for the monkey) are the guard's internals. */
#include "scn_packs.h"

#define LT_DEFAULT_PACK "levels/1956-declaration"

typedef struct lt_app_opts {
    const char *pack;
    const char *lang;
    const char *data_dir;
    const char *replay;
    const char *record;
    const char *screenshot;
    bool fullscreen;
    bool headless;
    bool have_seed;
    uint64_t seed;
    long frames;
    int win_w, win_h;
    long autoplay;      /* --autoplay N: answers to give headlessly; 0 = play normally */
    double accuracy;    /* --accuracy P for autoplay */
    bool have_now;
    int64_t now_ms;     /* --now: where the game's clock starts */
    bool kiosk;         /* --kiosk: exhibition mode */
    const char *kiosk_config; /* --kiosk-config FILE */
    bool have_monkey;   /* --monkey SEED: a monkey visitor (kiosk soak) */
    uint64_t monkey_seed;
    long monkey_sessions; /* --monkey-sessions N: stop after N sessions */
    bool monkey_log;    /* --monkey-log: a line per finished session */
    long draw_every;    /* --draw-every N: fast runs draw one tick in N */
} lt_app_opts;

static void lt_app_usage(FILE *f)
{
    fprintf(f,
            "Usage: letopis [OPTIONS]\n"
            "A quiz game that teaches history from a text.\n\n"
            "  --pack PATH         play this pack (folder with pack.yaml, or a .yaml file);\n"
            "                      a GIFT, Aiken, CSV or TSV file is imported into DATA/packs first\n"
            "  --lang ru|en        interface and content language (remembered)\n"
            "  --fullscreen        start in full screen (F11 toggles)\n"
            "  --window WxH        window size, e.g. 1280x720\n"
            "  --data-dir DIR      where progress and settings are kept\n"
            "                      (default $XDG_DATA_HOME/letopis or ~/.local/share/letopis)\n"
            "  --seed N            seed for the questions (same seed, same rounds)\n"
            "  --now TIME          start the game's clock at TIME (2026-01-05T10:00:00Z),\n"
            "                      e.g. to study a pack over several simulated days\n"
            "For tests:\n"
            "  --headless          no window or sound (dummy drivers, software renderer)\n"
            "  --record FILE       write every input action to FILE\n"
            "  --replay FILE       play the actions from FILE instead of devices\n"
            "  --frames N          stop after N logic ticks (60 per second)\n"
            "  --screenshot FILE   save the last frame as a 1920x1080 PNG\n"
            "  --autoplay N        answer N scheduled questions (profile \"autoplay\"), printing\n"
            "                      one line per answer once it is committed; use with --headless\n"
            "  --accuracy P        share of right autoplay answers, 0..1 (default 0.8)\n"
            "Kiosk (docs/kiosk.md):\n"
            "  --kiosk             exhibition mode: attract loop, visitor rounds, no way out;\n"
            "                      full screen unless --window is given\n"
            "  --kiosk-config FILE the kiosk's config (default DATA-DIR/kiosk.yaml if present)\n"
            "  --monkey SEED       with --kiosk: a random visitor taps away (soak tests)\n"
            "  --monkey-sessions N stop once the monkey has finished N sessions\n"
            "  --monkey-log        print a line as each monkey session ends (crash tests)\n"
            "  --draw-every N      headless runs draw one tick in N (faster soak runs)\n"
            "  A kiosk exits with status 10 when staff choose \"exit to desktop\" (no restart).\n"
            "  --help, --version\n");
}

static bool lt_app_parse_u64(const char *s, uint64_t *out)
{
    if (s == NULL || *s == '\0') {
        return false;
    }
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno != 0 || *end != '\0' || s[0] == '-') {
        return false;
    }
    *out = (uint64_t)v;
    return true;
}

/* "YYYY-MM-DDTHH:MM:SSZ" (or a date alone) to ms since 1970 UTC. */
static bool lt_app_parse_time(const char *s, int64_t *out)
{
    int y, mo, d, h = 0, mi = 0, sec = 0;
    char tail = 0;
    int n = sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &sec, &tail);
    if (!((n == 3 && strlen(s) == 10) || (n == 7 && tail == 'Z')) || mo < 1 || mo > 12 || d < 1 || d > 31 ||
        h > 23 || mi > 59 || sec > 60 || y < 1970) {
        return false;
    }
    long days = lt_days_from_civil(y, mo, d) - lt_days_from_civil(1970, 1, 1);
    *out = ((int64_t)days * 86400 + h * 3600 + mi * 60 + sec) * 1000;
    return true;
}

/* Returns 0 to go on, or an exit code + 1 (1 = exit 0, 3 = exit 2). */
static int lt_app_parse(int argc, char **argv, lt_app_opts *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        bool takes = true;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            lt_app_usage(stdout);
            return 1;
        } else if (strcmp(a, "--version") == 0) {
            printf("letopis %s\n", LT_VERSION);
            return 1;
        } else if (strcmp(a, "--fullscreen") == 0) {
            o->fullscreen = true;
            takes = false;
        } else if (strcmp(a, "--headless") == 0) {
            o->headless = true;
            takes = false;
        } else if (strcmp(a, "--kiosk") == 0) {
            o->kiosk = true;
            takes = false;
        } else if (strcmp(a, "--monkey-log") == 0) {
            o->monkey_log = true;
            takes = false;
        } else if (strcmp(a, "--kiosk-config") == 0) {
            o->kiosk_config = next;
        } else if (strcmp(a, "--monkey") == 0) {
            if (next != NULL && !lt_app_parse_u64(next, &o->monkey_seed)) {
                fprintf(stderr, "letopis: --monkey takes a seed (a whole number), not '%s'\n", next);
                return 3;
            }
            o->have_monkey = true;
        } else if (strcmp(a, "--monkey-sessions") == 0 || strcmp(a, "--draw-every") == 0) {
            uint64_t v = 0;
            if (next != NULL && (!lt_app_parse_u64(next, &v) || v == 0 || v > 100000000ull)) {
                fprintf(stderr, "letopis: %s takes a positive number, not '%s'\n", a, next);
                return 3;
            }
            if (strcmp(a, "--monkey-sessions") == 0) {
                o->monkey_sessions = (long)v;
            } else {
                o->draw_every = (long)v;
            }
        } else if (strcmp(a, "--pack") == 0) {
            o->pack = next;
        } else if (strcmp(a, "--lang") == 0) {
            o->lang = next;
            if (next != NULL && lt_lang_parse(next) < 0) {
                fprintf(stderr, "letopis: --lang takes ru or en, not '%s'\n", next);
                return 3;
            }
        } else if (strcmp(a, "--data-dir") == 0) {
            o->data_dir = next;
        } else if (strcmp(a, "--replay") == 0) {
            o->replay = next;
        } else if (strcmp(a, "--record") == 0) {
            o->record = next;
        } else if (strcmp(a, "--screenshot") == 0) {
            o->screenshot = next;
        } else if (strcmp(a, "--seed") == 0) {
            if (next != NULL && !lt_app_parse_u64(next, &o->seed)) {
                fprintf(stderr, "letopis: --seed takes a whole number, not '%s'\n", next);
                return 3;
            }
            o->have_seed = true;
        } else if (strcmp(a, "--frames") == 0) {
            uint64_t v = 0;
            if (next != NULL && (!lt_app_parse_u64(next, &v) || v == 0 || v > 1000000000ull)) {
                fprintf(stderr, "letopis: --frames takes a positive number, not '%s'\n", next);
                return 3;
            }
            o->frames = (long)v;
        } else if (strcmp(a, "--autoplay") == 0) {
            uint64_t v = 0;
            if (next != NULL && (!lt_app_parse_u64(next, &v) || v == 0 || v > 1000000000ull)) {
                fprintf(stderr, "letopis: --autoplay takes a positive number, not '%s'\n", next);
                return 3;
            }
            o->autoplay = (long)v;
        } else if (strcmp(a, "--accuracy") == 0) {
            char *end = NULL;
            o->accuracy = next != NULL ? strtod(next, &end) : 0.0;
            if (next != NULL && (end == next || *end != '\0' || !(o->accuracy >= 0.0 && o->accuracy <= 1.0))) {
                fprintf(stderr, "letopis: --accuracy takes a number from 0 to 1, not '%s'\n", next);
                return 3;
            }
        } else if (strcmp(a, "--now") == 0) {
            if (next != NULL && !lt_app_parse_time(next, &o->now_ms)) {
                fprintf(stderr, "letopis: --now takes a UTC time such as 2026-01-05T10:00:00Z, not '%s'\n", next);
                return 3;
            }
            o->have_now = true;
        } else if (strcmp(a, "--window") == 0) {
            if (next != NULL && (sscanf(next, "%dx%d", &o->win_w, &o->win_h) != 2 || o->win_w < 320 ||
                                 o->win_h < 200 || o->win_w > 16384 || o->win_h > 16384)) {
                fprintf(stderr, "letopis: --window takes WIDTHxHEIGHT such as 1280x720, not '%s'\n", next);
                return 3;
            }
        } else {
            fprintf(stderr, "letopis: unknown option '%s'\nTry 'letopis --help'.\n", a);
            return 3;
        }
        if (takes) {
            if (next == NULL) {
                fprintf(stderr, "letopis: option %s needs a value\nTry 'letopis --help'.\n", a);
                return 3;
            }
            i++;
        }
    }
    return 0;
}

static bool lt_app_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The folder holding assets/ and levels/: $LETOPIS_ROOT, next to the binary
 * (installed or build tree), or the source tree it was built from. */
static void lt_app_find_root(char *out, size_t len)
{
    char cand[4][PATH_MAX];
    int n = 0;
    const char *env = getenv("LETOPIS_ROOT");
    if (env != NULL && env[0] != '\0') {
        snprintf(cand[n++], PATH_MAX, "%s", env);
    }
    char exe[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (k > 0) {
        exe[k] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash != NULL) {
            *slash = '\0';
            snprintf(cand[n++], PATH_MAX, "%s/..", exe);
            snprintf(cand[n++], PATH_MAX, "%s", exe);
        }
    }
    snprintf(cand[n++], PATH_MAX, "%s", LT_SOURCE_ROOT);
    for (int i = 0; i < n; i++) {
        char probe[PATH_MAX + 64];
        snprintf(probe, sizeof probe, "%s/assets/fonts/PTSans-Regular.ttf", cand[i]);
        if (lt_app_is_file(probe)) {
            snprintf(out, len, "%s", cand[i]);
            return;
        }
    }
    snprintf(out, len, "%s", n > 0 ? cand[0] : ".");
}

/* Writes what went wrong with a pack for the menu: what and where first, the
 * fallback, then the first errors (all of them go to stderr). */
static void lt_app_describe_diags(const lt_diags *d, const char *path, bool fallback, char *msg, size_t len,
                                  lt_lang lang)
{
    size_t used = (size_t)snprintf(msg, len, "%s: %s.%s%s\n", lt_tr(lang, LT_S_PACK_ERROR_TITLE), path,
                                   fallback ? " " : "", fallback ? lt_tr(lang, LT_S_PACK_ERROR_FALLBACK) : "");
    size_t shown = 0;
    for (size_t i = 0; i < d->count; i++) {
        if (d->items[i].severity != LT_SEV_ERROR) {
            continue;
        }
        char *line = lt_diag_format(&d->items[i]);
        fprintf(stderr, "%s\n", line ? line : "?");
        if (shown < 3 && line != NULL && used < len) {
            used += (size_t)snprintf(msg + used, len - used, "%s\n", line);
        }
        shown++;
        free(line);
    }
    if (shown > 3 && used < len) {
        snprintf(msg + used, len - used, "(+%zu)", shown - 3);
    }
}

/* Loads --pack, falling back to the default pack; what went wrong is
 * written into msg for the menu ("" when all went well). */
static lt_pack *lt_app_load_pack(const lt_app_opts *o, const char *root, lt_lang lang, char *msg, size_t len)
{
    char def[PATH_MAX + 32];
    snprintf(def, sizeof def, "%s/%s", root, LT_DEFAULT_PACK);
    if (o->pack != NULL) {
        lt_diags d = {0};
        lt_pack *p = lt_pack_load(o->pack, &d);
        if (p == NULL) {
            lt_app_describe_diags(&d, o->pack, true, msg, len, lang);
        }
        lt_diags_free(&d);
        if (p != NULL) {
            return p;
        }
    }
    lt_diags d = {0};
    lt_pack *p = lt_pack_load(def, &d);
    if (p == NULL) {
        size_t used = strlen(msg);
        lt_app_describe_diags(&d, def, false, msg + used, len - used, lang);
    }
    lt_diags_free(&d);
    return p;
}

/* ---- kiosk mode (--kiosk) ------------------------------------------------- */

/* The app's own overlay in kiosk mode: counts the visitors' ways out (the
 * guard ignores them), puts attract back should the scene stack ever empty,
 * and drives the monkey. */
typedef struct lt_app_kiosk {
    scn_ctx *ctx;
    scn_kiosk_desc desc;
    lt_monkey *monkey;
    long quit_requests, escapes, admin_keys, restarts;
    bool admin_exit;    /* staff chose "exit to desktop" */
} lt_app_kiosk;

/* The exit status after the admin's "exit to desktop": the systemd unit
 * (scripts/kiosk/letopis-kiosk.service) does not restart on it. */
#define LT_APP_EXIT_ADMIN 10

static const char *lt_app_kiosk_state(void)
{
    return scn_kiosk_state_name();
}

static bool lt_app_kiosk_action(void *self, const eng_action *a)
{
    lt_app_kiosk *k = self;
    if (a->kind == ENG_ACT_QUIT_REQUEST) {
        k->quit_requests++;
    } else if (a->kind == ENG_ACT_BACK) {
        k->escapes++;
    } else if (a->kind == ENG_ACT_ADMIN) {
        k->admin_keys++;
    }
    return false; /* the guard decides what they do */
}

static void lt_app_kiosk_tick(void *self, double dt_ms)
{
    (void)dt_ms;
    lt_app_kiosk *k = self;
    if (eng_kiosk() && !scn_kiosk_running()) {
        /* The admin's "exit to desktop" stopped the kiosk and asked to quit
         * (ignored while kiosk mode is on): now it may end. */
        k->admin_exit = true;
        eng_set_kiosk(false);
        eng_quit();
        return;
    }
    if (eng_kiosk() && eng_scene_depth() == 0) {
        fprintf(stderr, "letopis: kiosk: no scene left; starting the attract loop again\n");
        scn_kiosk_stop();
        scn_kiosk_start(k->ctx, &k->desc);
        eng_set_kiosk(true);
        k->restarts++;
    }
    if (k->monkey != NULL) {
        lt_monkey_tick(k->monkey);
        if (lt_monkey_done(k->monkey)) {
            eng_set_kiosk(false); /* the monkey's run is over: let the loop end */
            eng_quit();
        }
    }
}

static double lt_app_wall_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The kiosk's config: --kiosk-config, else DATA-DIR/kiosk.yaml when there
 * is one, else the defaults. A config with errors is reported (file:line:col)
 * and the kiosk runs on the defaults; *save_path is then NULL so the admin
 * screen never overwrites the file being fixed. */
static void lt_app_kiosk_config(const lt_app_opts *o, const char *data_dir, lt_kiosk_cfg *cfg, char *path,
                                size_t len, const char **save_path)
{
    if (o->kiosk_config != NULL) {
        snprintf(path, len, "%s", o->kiosk_config);
    } else {
        snprintf(path, len, "%s/kiosk.yaml", data_dir);
    }
    *save_path = path;
    if (o->kiosk_config == NULL && !lt_app_is_file(path)) {
        lt_kiosk_cfg_default(cfg);
        return;
    }
    char err[8192] = "";
    if (!lt_kiosk_cfg_load(path, cfg, err, sizeof err)) {
        fprintf(stderr, "%s%sletopis: kiosk: %s has errors; running on the defaults\n", err,
                err[0] != '\0' && err[strlen(err) - 1] != '\n' ? "\n" : "", path);
        lt_kiosk_cfg_default(cfg);
        *save_path = NULL;
    } else if (err[0] != '\0') {
        fprintf(stderr, "%s%s", err, err[strlen(err) - 1] != '\n' ? "\n" : "");
    }
}

/* letopis --kiosk: the whole run. Returns the exit code. */
static int lt_app_kiosk_run(const lt_app_opts *o)
{
    static scn_ctx ctx;
    static lt_kiosk_cfg cfg;
    static lt_app_kiosk k;
    char data_dir[PATH_MAX];
    if (o->data_dir != NULL) {
        snprintf(data_dir, sizeof data_dir, "%s", o->data_dir);
    } else {
        lt_store_default_dir(data_dir, sizeof data_dir);
    }
    char cfg_path[PATH_MAX + 16];
    const char *save_path = NULL;
    lt_app_kiosk_config(o, data_dir, &cfg, cfg_path, sizeof cfg_path, &save_path);
    char stats_dir[PATH_MAX], status_path[PATH_MAX];
    lt_kiosk_cfg_resolve(&cfg, data_dir, stats_dir, sizeof stats_dir, status_path, sizeof status_path);

    if (o->have_now) {
        ctx.clock_start_ms = o->now_ms;
    } else {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ctx.clock_start_ms = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    }
    ctx.seed = o->have_seed ? o->seed : (uint64_t)time(NULL);
    ctx.lang = o->lang != NULL ? (lt_lang)lt_lang_parse(o->lang) : cfg.default_lang;
    ctx.store = NULL; /* visitors are anonymous: nothing goes into letopis.db */

    char err[1024] = "";
    lt_kstore *ks = lt_kstore_open(data_dir, ctx.clock_start_ms, err, sizeof err);
    if (ks == NULL) {
        fprintf(stderr, "letopis: kiosk: %s; visits and the leaderboard are not kept this time\n", err);
    } else if (lt_kstore_notice(ks)[0] != '\0') {
        fprintf(stderr, "letopis: kiosk: %s\n", lt_kstore_notice(ks));
    }

    char root[PATH_MAX];
    lt_app_find_root(root, sizeof root);
    lt_app_opts po = *o;
    if (cfg.pack[0] != '\0') {
        po.pack = cfg.pack;
    }
    char packmsg[2048] = "";
    ctx.pack = lt_app_load_pack(&po, root, ctx.lang, packmsg, sizeof packmsg);
    if (packmsg[0] != '\0') {
        fprintf(stderr, "letopis: kiosk: %s", packmsg);
    }
    if (ctx.pack == NULL) {
        fprintf(stderr, "letopis: kiosk: no pack to show\n");
        lt_kstore_close(ks);
        return 1;
    }

    char assets[PATH_MAX + 16];
    snprintf(assets, sizeof assets, "%s/assets", root);
    eng_desc desc = {
        .title = "Letopis",
        .width = o->win_w,
        .height = o->win_h,
        .fullscreen = !o->headless && o->win_w == 0,
        .headless = o->headless,
        .assets_dir = assets,
        .record_path = o->record,
        .replay_path = o->replay,
        .max_frames = o->frames,
        .screenshot_path = o->screenshot,
        .volume = cfg.volume,
        .kiosk = true,
        .draw_every = (int)o->draw_every,
    };
    if (!eng_init(&desc)) {
        lt_pack_free(ctx.pack);
        lt_kstore_close(ks);
        return 1;
    }
    k.ctx = &ctx;
    k.desc = (scn_kiosk_desc){.cfg = &cfg, .cfg_path = save_path, .kstore = ks, .status_path = status_path,
                              .stats_dir = stats_dir, .root = root};
    if (!scn_kiosk_start(&ctx, &k.desc)) {
        fprintf(stderr, "letopis: kiosk: cannot start\n");
        eng_shutdown();
        lt_pack_free(ctx.pack);
        lt_kstore_close(ks);
        return 1;
    }
    if (o->have_monkey) {
        lt_monkey_opts mo = {.seed = o->monkey_seed,
                             .idle_pause_s = cfg.idle_warn_s + cfg.idle_reset_s + 5,
                             .stop_after = o->monkey_sessions,
                             .log_sessions = o->monkey_log,
                             .rss_every = o->monkey_sessions >= 100 ? o->monkey_sessions / 20 : 0,
                             .state = lt_app_kiosk_state,
                             .targets = scn_kiosk_targets};
        k.monkey = lt_monkey_new(&mo);
    }
    eng_overlay_add(&(eng_overlay){.self = &k, .action = lt_app_kiosk_action, .tick = lt_app_kiosk_tick});

    double wall0 = lt_app_wall_s();
    int rc = eng_run();
    if (!scn_kiosk_running()) {
        k.admin_exit = true; /* only the admin's "exit to desktop" stops the guard mid-run */
    }
    double wall = lt_app_wall_s() - wall0;
    if (rc != 0) {
        fprintf(stderr, "letopis: %s\n", eng_last_error());
    }
    if (o->headless || o->frames > 0) {
        lt_kiosk_health h = {0};
        if (ks != NULL) {
            lt_kstore_health(ks, 0, &h);
        }
        printf("letopis: kiosk state=%s scene=%s ticks=%llu quit_requests=%ld escapes=%ld admin_keys=%ld "
               "quits_ignored=%ld restarts=%ld sessions=%d resets=%d crashes=%d lang=%s\n",
               lt_app_kiosk_state(), eng_scene_top_name(), (unsigned long long)eng_ticks(), k.quit_requests,
               k.escapes, k.admin_keys, eng_kiosk_quits_ignored(), k.restarts, h.sessions_total, h.resets,
               h.crashes, lt_lang_code(ctx.lang));
        if (ks != NULL) {
            lt_board_row top[3];
            int n = lt_kstore_board_top(ks, 0, top, 3);
            printf("letopis: kiosk board=");
            for (int i = 0; i < n; i++) {
                printf("%s%s:%d", i > 0 ? "," : "", top[i].initials, top[i].score);
            }
            printf("\n");
        }
    }
    if (k.monkey != NULL) {
        const lt_monkey_stats *st = lt_monkey_stats_now(k.monkey);
        printf("letopis: monkey seed=%llu ticks=%llu sessions=%ld completed=%ld idle_resets=%ld finished=%ld "
               "taps=%ld drags=%ld corner_presses=%ld corner_holds=%ld long_pauses=%ld admin_ticks=%ld "
               "rss_window=%ld rss_start_kb=%ld rss_end_kb=%ld rss_growth_kb=%ld rss_max_kb=%ld rss_last_kb=%ld "
               "rss_peak_kb=%ld heap_start_kb=%ld heap_end_kb=%ld heap_growth_kb=%ld caches_start_kb=%ld "
               "caches_end_kb=%ld caches_growth_kb=%ld wall_s=%.1f\n",
               (unsigned long long)o->monkey_seed, (unsigned long long)eng_ticks(), st->started, st->completed,
               st->idle_resets, st->finished, st->taps, st->drags, st->corner_presses, st->corner_holds,
               st->long_pauses, st->admin_seen, st->window, st->rss_start_kb, st->rss_end_kb,
               st->rss_start_kb > 0 ? st->rss_end_kb - st->rss_start_kb : 0, st->rss_max_kb, st->rss_last_kb,
               st->rss_peak_kb, st->heap_start_kb, st->heap_end_kb,
               st->rss_start_kb > 0 ? st->heap_end_kb - st->heap_start_kb : 0, st->caches_start_kb,
               st->caches_end_kb, st->rss_start_kb > 0 ? st->caches_end_kb - st->caches_start_kb : 0, wall);
        if (o->monkey_sessions > 0 && !lt_monkey_done(k.monkey)) {
            fprintf(stderr, "letopis: monkey: %ld of %ld sessions finished before the frame limit\n", st->finished,
                    o->monkey_sessions);
            rc = 1;
        }
    }
    if (rc == 0 && k.admin_exit) {
        fprintf(stderr, "letopis: kiosk: staff left kiosk mode from the admin screen\n");
        rc = LT_APP_EXIT_ADMIN;
    }
    fflush(stdout);
    scn_kiosk_stop();
    eng_shutdown();
    lt_monkey_free(k.monkey);
    lt_pack_free(ctx.pack);
    lt_kstore_close(ks);
    return rc;
}

int main(int argc, char **argv)
{
    lt_app_opts o = {.accuracy = 0.8};
    int pr = lt_app_parse(argc, argv, &o);
    if (pr != 0) {
        return pr - 1;
    }
    if (o.have_monkey && !o.kiosk) {
        fprintf(stderr, "letopis: --monkey needs --kiosk\n");
        return 2;
    }
    if (o.kiosk) {
        return lt_app_kiosk_run(&o);
    }

    static scn_ctx ctx;
    ctx.lang = LT_LANG_RU;

    char data_dir[PATH_MAX];
    if (o.data_dir != NULL) {
        snprintf(data_dir, sizeof data_dir, "%s", o.data_dir);
    } else {
        lt_store_default_dir(data_dir, sizeof data_dir);
    }
    char err[1024] = "";
    ctx.store = lt_store_open(data_dir, err, sizeof err);
    if (ctx.store == NULL) {
        fprintf(stderr, "letopis: %s; progress and settings will not be kept this time\n", err);
        snprintf(ctx.message, sizeof ctx.message, "%s", err);
    } else if (lt_store_notice(ctx.store)[0] != '\0') {
        snprintf(ctx.message, sizeof ctx.message, "%s", lt_store_notice(ctx.store));
    }

    char stored_lang[16];
    if (o.lang != NULL) {
        ctx.lang = (lt_lang)lt_lang_parse(o.lang);
        lt_store_set(ctx.store, "lang", o.lang);
    } else if (lt_store_get(ctx.store, "lang", stored_lang, sizeof stored_lang) && lt_lang_parse(stored_lang) >= 0) {
        ctx.lang = (lt_lang)lt_lang_parse(stored_lang);
    }
    ctx.seed = o.have_seed ? o.seed : (uint64_t)time(NULL);
    if (o.have_now) {
        ctx.clock_start_ms = o.now_ms;
    } else {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ctx.clock_start_ms = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    }

    char root[PATH_MAX];
    lt_app_find_root(root, sizeof root);
    /* The user's packs live in <data dir>/packs. --pack wins over the pack
     * opened last time; a GIFT/Aiken/CSV/TSV file is imported first. */
    char user_packs[PATH_MAX + 8], imported[PATH_MAX], remembered[PATH_MAX];
    snprintf(user_packs, sizeof user_packs, "%s/packs", data_dir);
    ctx.packs_root = root;
    ctx.user_pack_dir = user_packs;
    ctx.pack_pinned = o.pack != NULL;
    if (o.pack != NULL && scn_packs_import_arg(&ctx, o.pack, imported, sizeof imported)) {
        o.pack = imported[0] != '\0' ? imported : NULL;
    } else if (o.pack == NULL && lt_store_get(ctx.store, "pack_path", remembered, sizeof remembered) &&
               remembered[0] != '\0') {
        o.pack = remembered;
    }
    char packmsg[2048] = "";
    ctx.pack = lt_app_load_pack(&o, root, ctx.lang, packmsg, sizeof packmsg);
    if (packmsg[0] != '\0') {
        size_t used = strlen(ctx.message);
        snprintf(ctx.message + used, sizeof ctx.message - used, "%s%s", used > 0 ? "\n" : "", packmsg);
    }

    char assets[PATH_MAX + 16];
    snprintf(assets, sizeof assets, "%s/assets", root);
    bool fullscreen = o.fullscreen || (!o.headless && lt_store_get_int(ctx.store, "fullscreen", 0) == 1);
    eng_desc desc = {
        .title = "Letopis",
        .width = o.win_w,
        .height = o.win_h,
        .fullscreen = fullscreen,
        .headless = o.headless,
        .assets_dir = assets,
        .record_path = o.record,
        .replay_path = o.replay,
        .max_frames = o.frames,
        .screenshot_path = o.screenshot,
        .volume = lt_store_get_int(ctx.store, "volume", 80),
    };
    if (!eng_init(&desc)) {
        lt_pack_free(ctx.pack);
        lt_store_close(ctx.store);
        return 1;
    }
    lt_autoplay_result autoplay = {0};
    if (o.autoplay > 0) {
        lt_autoplay_opts ao = {.pack = ctx.pack, .store = ctx.store, .lang = ctx.lang, .answers = o.autoplay,
                               .accuracy = o.accuracy, .seed = ctx.seed};
        if (!lt_autoplay_push(&ao, &autoplay)) {
            eng_shutdown();
            lt_pack_free(ctx.pack);
            lt_store_close(ctx.store);
            return 1;
        }
    } else {
        scn_profile_select(&ctx, lt_store_get_int(ctx.store, "profile", 0));
        scn_menu_push(&ctx);
        scn_packs_start(&ctx);
    }
    int rc = eng_run();
    if (rc == 0 && o.autoplay > 0 && (autoplay.failed || !autoplay.finished)) {
        fprintf(stderr, "letopis: autoplay stopped after %ld of %ld answers\n", autoplay.answered, o.autoplay);
        rc = 1;
    }
    if (rc != 0) {
        fprintf(stderr, "letopis: %s\n", eng_last_error());
    }
    if (o.headless || o.frames > 0) {
        printf("letopis: summary scene=%s rounds=%d score=%d right=%d/%d lang=%s volume=%d pack=%s\n",
               eng_scene_top_name(), ctx.rounds_finished, ctx.last.score, ctx.last.right, ctx.last.total,
               lt_lang_code(ctx.lang), eng_volume(), ctx.pack != NULL ? ctx.pack->id : "-");
    }
    eng_shutdown();
    scn_packs_stop(); /* frees packs replaced while running; ctx.pack is the current one */
    lt_pack_free(ctx.pack);
    lt_store_close(ctx.store);
    return rc;
}
