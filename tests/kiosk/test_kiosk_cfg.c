/* test_kiosk_cfg.c: the kiosk config: defaults, every key read, relative
 * paths from the config's folder, each kind of error with file:line:col
 * (unknown key with did-you-mean, bad value, out of range, bad list, twice,
 * YAML syntax), the missing-PIN warning, and save/load round trips.
 * Depends on: lt_kiosk.h. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/lt_test.h"
#include "lt_kiosk.h"

#define HASH "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA"

static char g_dir[900];
static char g_path[1000];
static char g_err[8192];

/* Writes text as g_dir/kiosk.yaml and loads it into cfg. */
static bool load(const char *text, lt_kiosk_cfg *cfg)
{
    FILE *f = fopen(g_path, "wb");
    if (f == NULL) {
        return false;
    }
    fputs(text, f);
    fclose(f);
    return lt_kiosk_cfg_load(g_path, cfg, g_err, sizeof g_err);
}

/* The error text must hold "kiosk.yaml:LINE:COL: error: <what>". */
static void expect_error(const char *text, int line, int col, const char *what)
{
    lt_kiosk_cfg cfg, def;
    char want[1400];
    lt_kiosk_cfg_default(&def);
    bool ok = load(text, &cfg);
    snprintf(want, sizeof want, "%s:%d:%d: error: %s", g_path, line, col, what);
    if (ok || strstr(g_err, want) == NULL) {
        fprintf(stderr, "for:\n%s\ngot: %s\nwant: %s\n", text, g_err, want);
    }
    LT_CHECK(!ok);
    LT_CHECK(strstr(g_err, want) != NULL);
    LT_CHECK(memcmp(&cfg, &def, sizeof cfg) == 0); /* defaults after an error */
}

static void same_cfg(const lt_kiosk_cfg *a, const lt_kiosk_cfg *b)
{
    LT_CHECK_STR(a->pack, b->pack);
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        LT_CHECK_INT(a->langs[i], b->langs[i]);
    }
    LT_CHECK_INT(a->default_lang, b->default_lang);
    LT_CHECK_INT(a->round_len, b->round_len);
    LT_CHECK_INT(a->idle_warn_s, b->idle_warn_s);
    LT_CHECK_INT(a->idle_reset_s, b->idle_reset_s);
    LT_CHECK_INT(a->leaderboard, b->leaderboard);
    LT_CHECK_STR(a->pin_hash, b->pin_hash);
    LT_CHECK_INT(a->volume, b->volume);
    LT_CHECK_STR(a->stats_dir, b->stats_dir);
    LT_CHECK_INT(a->status_every_s, b->status_every_s);
    LT_CHECK_STR(a->status_path, b->status_path);
}

static void test_defaults(void)
{
    lt_kiosk_cfg cfg;
    memset(&cfg, 0x5a, sizeof cfg);
    lt_kiosk_cfg_default(&cfg);
    LT_CHECK_STR(cfg.pack, "");
    LT_CHECK(cfg.langs[LT_LANG_RU] && cfg.langs[LT_LANG_EN]);
    LT_CHECK_INT(cfg.default_lang, LT_LANG_RU);
    LT_CHECK_INT(cfg.round_len, 7);
    LT_CHECK_INT(cfg.idle_warn_s, 45);
    LT_CHECK_INT(cfg.idle_reset_s, 15);
    LT_CHECK(cfg.leaderboard);
    LT_CHECK_STR(cfg.pin_hash, "");
    LT_CHECK_INT(cfg.volume, 70);
    LT_CHECK_STR(cfg.stats_dir, "");
    LT_CHECK_INT(cfg.status_every_s, 5);
    LT_CHECK_STR(cfg.status_path, "");

    /* An empty file (or only comments): the defaults, and a warning about the PIN. */
    lt_kiosk_cfg def, got;
    lt_kiosk_cfg_default(&def);
    LT_CHECK(load("# nothing set\n", &got));
    same_cfg(&got, &def);
    LT_CHECK(strstr(g_err, "warning: no pin_hash") != NULL);
    LT_CHECK(load("", &got));
    /* Keys left out keep their defaults. */
    LT_CHECK(load("volume: 20\npin_hash: '" HASH "'\n", &got));
    LT_CHECK_STR(g_err, "");
    def.volume = 20;
    snprintf(def.pin_hash, sizeof def.pin_hash, "%s", HASH);
    same_cfg(&got, &def);

    char stats[1100], status[1100];
    lt_kiosk_cfg_default(&def);
    lt_kiosk_cfg_resolve(&def, "/data", stats, sizeof stats, status, sizeof status);
    LT_CHECK_STR(stats, "/data/kiosk-stats");
    LT_CHECK_STR(status, "/data/kiosk-status.json");
    snprintf(def.stats_dir, sizeof def.stats_dir, "/srv/stats");
    lt_kiosk_cfg_resolve(&def, "/data", stats, sizeof stats, status, sizeof status);
    LT_CHECK_STR(stats, "/srv/stats");
}

static void test_every_key(void)
{
    lt_kiosk_cfg cfg;
    char want[1200];
    bool ok = load("# an exhibition in the town museum\n"
                   "pack: packs/hungary-1956\n"
                   "languages: [en, ru]\n"
                   "default_language: en\n"
                   "round_length: 10\n"
                   "idle_warn_seconds: 60\n"
                   "idle_reset_seconds: 20\n"
                   "leaderboard: false\n"
                   "pin_hash: \"" HASH "\"\n"
                   "volume: 0\n"
                   "stats_dir: /var/lib/letopis/stats\n"
                   "status_every_seconds: 10\n"
                   "status_path: run/status.json\n",
                   &cfg);
    LT_CHECK(ok);
    LT_CHECK_STR(g_err, "");
    snprintf(want, sizeof want, "%s/packs/hungary-1956", g_dir);
    LT_CHECK_STR(cfg.pack, want);
    LT_CHECK(cfg.langs[LT_LANG_RU] && cfg.langs[LT_LANG_EN]);
    LT_CHECK_INT(cfg.default_lang, LT_LANG_EN);
    LT_CHECK_INT(cfg.round_len, 10);
    LT_CHECK_INT(cfg.idle_warn_s, 60);
    LT_CHECK_INT(cfg.idle_reset_s, 20);
    LT_CHECK(!cfg.leaderboard);
    LT_CHECK_STR(cfg.pin_hash, HASH);
    LT_CHECK_INT(cfg.volume, 0);
    LT_CHECK_STR(cfg.stats_dir, "/var/lib/letopis/stats");
    LT_CHECK_INT(cfg.status_every_s, 10);
    snprintf(want, sizeof want, "%s/run/status.json", g_dir);
    LT_CHECK_STR(cfg.status_path, want);

    /* One language; the default follows it when not given. */
    LT_CHECK(load("languages: [en]\n", &cfg));
    LT_CHECK(!cfg.langs[LT_LANG_RU] && cfg.langs[LT_LANG_EN]);
    LT_CHECK_INT(cfg.default_lang, LT_LANG_EN);
    LT_CHECK(load("languages: en\nleaderboard: no\n", &cfg));
    LT_CHECK(!cfg.langs[LT_LANG_RU] && cfg.langs[LT_LANG_EN]);
    LT_CHECK(!cfg.leaderboard);
    LT_CHECK(load("languages:\n  - ru\nround_length: 3\nidle_warn_seconds: 600\nvolume: 100\n", &cfg));
    LT_CHECK(cfg.langs[LT_LANG_RU] && !cfg.langs[LT_LANG_EN]);
    LT_CHECK_INT(cfg.round_len, 3);
    LT_CHECK_INT(cfg.idle_warn_s, 600);
    LT_CHECK_INT(cfg.volume, 100);
    /* Empty paths mean the defaults. */
    LT_CHECK(load("pack:\nstats_dir: \"\"\n", &cfg));
    LT_CHECK_STR(cfg.pack, "");
    LT_CHECK_STR(cfg.stats_dir, "");
}

static void test_errors(void)
{
    expect_error("volume: 30\nvolum: 3\n", 2, 1, "unknown key 'volum'; did you mean 'volume'?");
    expect_error("round_lenght: 5\n", 1, 1, "unknown key 'round_lenght'; did you mean 'round_length'?");
    expect_error("colour: red\n", 1, 1, "unknown key 'colour'; the keys are listed in docs/kiosk.md");
    expect_error("leaderboard: maybe\n", 1, 14, "leaderboard takes true or false, not 'maybe'");
    expect_error("volume: loud\n", 1, 9, "volume takes a whole number from 0 to 100, not 'loud'");
    expect_error("volume: 7.5\n", 1, 9, "volume takes a whole number from 0 to 100, not '7.5'");
    expect_error("round_length:  25\n", 1, 16, "round_length is 25, out of range: it must be 3 to 20");
    expect_error("round_length: 2\n", 1, 15, "round_length is 2, out of range: it must be 3 to 20");
    expect_error("idle_warn_seconds: 5\n", 1, 20,
                 "idle_warn_seconds is 5, out of range: it must be 10 to 600");
    expect_error("idle_reset_seconds: 121\n", 1, 21,
                 "idle_reset_seconds is 121, out of range: it must be 5 to 120");
    expect_error("volume: -1\n", 1, 9, "volume is -1, out of range: it must be 0 to 100");
    expect_error("status_every_seconds: 99999999999999999999\n", 1, 23,
                 "status_every_seconds is 99999999999999999999, out of range: it must be 1 to 3600");
    expect_error("volume:\n", 1, 8, "volume needs a value: a whole number from 0 to 100");
    expect_error("languages: [ru, de]\n", 1, 17,
                 "unknown language 'de' in languages: the languages are ru and en");
    expect_error("languages: [ru, ru]\n", 1, 17, "languages lists ru twice");
    expect_error("languages: []\n", 1, 12, "languages is empty: offer at least one language (ru, en)");
    expect_error("languages: [ru, [en]]\n", 1, 17, "languages lists language codes, not a list");
    expect_error("default_language: de\n", 1, 19, "default_language takes ru or en, not 'de'");
    expect_error("languages: [ru]\ndefault_language: en\n", 2, 19, "default_language en is not in languages");
    expect_error("volume: 10\n\nvolume: 20\n", 3, 1, "volume is given twice (first on line 1)");
    expect_error("pin_hash: 1234\n", 1, 11,
                 "pin_hash is not a PIN hash (never put the PIN itself here); make one with "
                 "`letopis-pack kiosk hash-pin`");
    expect_error("pack:\n  id: x\n", 2, 3, "pack takes a path, not a mapping");
    expect_error("volume: [1, 2]\n", 1, 9, "volume takes a whole number from 0 to 100, not a list");
    expect_error("- volume\n", 1, 1, "the config is a list of `key: value` lines, not a list");
    expect_error("just words\n", 1, 1, "the config is a list of `key: value` lines, not a single value");
    expect_error("volume: 10\n---\nvolume: 20\n", 2, 1, "a second YAML document; the config is one document");
    /* YAML syntax: an unclosed list, a tab where indentation is expected. */
    expect_error("languages: [ru, en\nvolume: 3\n", 2, 7, "did not find expected ',' or ']'");
    expect_error("volume: 3\n\tround_length: 5\n", 2, 1, "found a tab character that violates indentation");
    expect_error("pack: \"packs/a\nvolume: 3\n", 3, 1, "found unexpected end of stream");

    /* Every problem is reported, not just the first. */
    lt_kiosk_cfg cfg;
    LT_CHECK(!load("volum: 3\nround_length: 99\nleaderboard: 2\n", &cfg));
    int lines = 1;
    for (const char *p = g_err; *p; p++) {
        lines += *p == '\n';
    }
    LT_CHECK_INT(lines, 3);
    char want[1200];
    snprintf(want, sizeof want, "%s:3:14: error:", g_path);
    LT_CHECK(strstr(g_err, want) != NULL);

    /* A missing file. */
    char missing[1100];
    snprintf(missing, sizeof missing, "%s/none.yaml", g_dir);
    LT_CHECK(!lt_kiosk_cfg_load(missing, &cfg, g_err, sizeof g_err));
    LT_CHECK(strstr(g_err, "cannot open") != NULL);
}

static int count_tmp(void)
{
    DIR *d = opendir(g_dir);
    int n = 0;
    struct dirent *e;
    while (d != NULL && (e = readdir(d)) != NULL) {
        n += strstr(e->d_name, ".tmp") != NULL;
    }
    if (d != NULL) {
        closedir(d);
    }
    return n;
}

static void test_round_trip(void)
{
    lt_kiosk_cfg cfg, back;
    char path[1100], err[512];
    snprintf(path, sizeof path, "%s/saved.yaml", g_dir);
    lt_kiosk_cfg_default(&cfg);
    LT_CHECK(lt_kiosk_cfg_save(path, &cfg, err, sizeof err));
    LT_CHECK(lt_kiosk_cfg_load(path, &back, g_err, sizeof g_err));
    same_cfg(&back, &cfg);

    snprintf(cfg.pack, sizeof cfg.pack, "/opt/packs/пакет \"1956\" \\ копия");
    cfg.langs[LT_LANG_RU] = false;
    cfg.default_lang = LT_LANG_EN;
    cfg.round_len = 12;
    cfg.idle_warn_s = 30;
    cfg.idle_reset_s = 10;
    cfg.leaderboard = false;
    snprintf(cfg.pin_hash, sizeof cfg.pin_hash, "%s", HASH);
    cfg.volume = 5;
    snprintf(cfg.stats_dir, sizeof cfg.stats_dir, "/var/stats: today");
    cfg.status_every_s = 60;
    snprintf(cfg.status_path, sizeof cfg.status_path, "/run/letopis/status.json");
    LT_CHECK(lt_kiosk_cfg_save(path, &cfg, err, sizeof err));
    LT_CHECK(lt_kiosk_cfg_load(path, &back, g_err, sizeof g_err));
    LT_CHECK_STR(g_err, "");
    same_cfg(&back, &cfg);
    LT_CHECK_INT(count_tmp(), 0);

    /* Refused: what load would refuse; the saved file is left alone. */
    lt_kiosk_cfg bad = cfg;
    bad.round_len = 40;
    LT_CHECK(!lt_kiosk_cfg_save(path, &bad, err, sizeof err));
    LT_CHECK(strstr(err, "round_length") != NULL);
    bad = cfg;
    bad.langs[LT_LANG_EN] = false;
    LT_CHECK(!lt_kiosk_cfg_save(path, &bad, err, sizeof err));
    LT_CHECK(lt_kiosk_cfg_load(path, &back, g_err, sizeof g_err));
    same_cfg(&back, &cfg);
    /* A folder that does not exist. */
    snprintf(path, sizeof path, "%s/no/such/kiosk.yaml", g_dir);
    LT_CHECK(!lt_kiosk_cfg_save(path, &cfg, err, sizeof err));
}

int main(int argc, char **argv)
{
    snprintf(g_dir, sizeof g_dir, "%s", argc > 1 ? argv[1] : "kiosk-cfg-tmp");
    mkdir(g_dir, 0755);
    if (g_dir[0] != '/') {
        char cwd[512];
        if (getcwd(cwd, sizeof cwd) != NULL) {
            char tmp[900];
            snprintf(tmp, sizeof tmp, "%s", g_dir);
            snprintf(g_dir, sizeof g_dir, "%s/%s", cwd, tmp);
        }
    }
    snprintf(g_path, sizeof g_path, "%s/kiosk.yaml", g_dir);
    test_defaults();
    test_every_key();
    test_errors();
    test_round_trip();
    return LT_TEST_END();
}
