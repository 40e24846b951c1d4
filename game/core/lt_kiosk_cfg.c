/* lt_kiosk_cfg.c: the kiosk configuration file: defaults, a strict YAML
 * reader (one flat mapping; every error with file:line:col, did-you-mean for
 * unknown keys) and an atomic writer for the admin screen's changes.
 * Depends on: lt_kiosk.h, lt_kiosk_int.h, lt_pack_int.h (lt_edit_distance), libyaml. */
#include "lt_kiosk.h"
#include "lt_kiosk_int.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <yaml.h>

#include "lt_pack_int.h"
#include "lt_strbuf.h"

/* ---- the keys ------------------------------------------------------------ */

typedef enum cfg_kind { K_PATH, K_LANGS, K_LANG, K_INT, K_BOOL, K_PIN } cfg_kind;

typedef struct cfg_key {
    const char *name;
    cfg_kind kind;
    size_t off;   /* of the field in lt_kiosk_cfg */
    int min, max; /* K_INT */
} cfg_key;

/* The order here is the order cfg_save writes them in. */
static const cfg_key lt_cfg_keys[] = {
    { "pack", K_PATH, offsetof(lt_kiosk_cfg, pack), 0, 0 },
    { "languages", K_LANGS, offsetof(lt_kiosk_cfg, langs), 0, 0 },
    { "default_language", K_LANG, offsetof(lt_kiosk_cfg, default_lang), 0, 0 },
    { "round_length", K_INT, offsetof(lt_kiosk_cfg, round_len), LT_KIOSK_ROUND_MIN, LT_KIOSK_ROUND_MAX },
    { "idle_warn_seconds", K_INT, offsetof(lt_kiosk_cfg, idle_warn_s), 10, 600 },
    { "idle_reset_seconds", K_INT, offsetof(lt_kiosk_cfg, idle_reset_s), 5, 120 },
    { "leaderboard", K_BOOL, offsetof(lt_kiosk_cfg, leaderboard), 0, 0 },
    { "pin_hash", K_PIN, offsetof(lt_kiosk_cfg, pin_hash), 0, 0 },
    { "volume", K_INT, offsetof(lt_kiosk_cfg, volume), 0, 100 },
    { "stats_dir", K_PATH, offsetof(lt_kiosk_cfg, stats_dir), 0, 0 },
    { "status_every_seconds", K_INT, offsetof(lt_kiosk_cfg, status_every_s), 1, 3600 },
    { "status_path", K_PATH, offsetof(lt_kiosk_cfg, status_path), 0, 0 },
};
#define LT_CFG_NKEYS (sizeof lt_cfg_keys / sizeof lt_cfg_keys[0])

void lt_kiosk_cfg_default(lt_kiosk_cfg *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        cfg->langs[i] = true;
    }
    cfg->default_lang = LT_LANG_RU;
    cfg->round_len = 7;
    cfg->idle_warn_s = 45;
    cfg->idle_reset_s = 15;
    cfg->leaderboard = true;
    cfg->volume = 70;
    cfg->status_every_s = 5;
}

void lt_kiosk_cfg_resolve(const lt_kiosk_cfg *cfg, const char *data_dir, char *stats_dir, size_t stats_len,
                          char *status_path, size_t status_len)
{
    if (stats_dir != NULL && stats_len > 0) {
        if (cfg->stats_dir[0] != '\0') {
            snprintf(stats_dir, stats_len, "%s", cfg->stats_dir);
        } else {
            snprintf(stats_dir, stats_len, "%s/kiosk-stats", data_dir);
        }
    }
    if (status_path != NULL && status_len > 0) {
        if (cfg->status_path[0] != '\0') {
            snprintf(status_path, status_len, "%s", cfg->status_path);
        } else {
            snprintf(status_path, status_len, "%s/kiosk-status.json", data_dir);
        }
    }
}

/* ---- diagnostics ----------------------------------------------------------- */

typedef struct cfg_diag {
    const char *path;
    char *buf;
    size_t len, used;
    int errors;
} cfg_diag;

static void diag_line(cfg_diag *d, const char *head, const char *fmt, va_list ap)
{
    if (d->buf == NULL || d->len == 0 || d->used + 1 >= d->len) {
        return;
    }
    int n = snprintf(d->buf + d->used, d->len - d->used, "%s%s", d->used ? "\n" : "", head);
    if (n < 0) {
        return;
    }
    d->used += (size_t)n < d->len - d->used ? (size_t)n : d->len - d->used - 1;
    n = vsnprintf(d->buf + d->used, d->len - d->used, fmt, ap);
    if (n < 0) {
        return;
    }
    d->used += (size_t)n < d->len - d->used ? (size_t)n : d->len - d->used - 1;
}

/* One "file:line:col: error: ..." line. */
static void cfg_error(cfg_diag *d, int line, int col, const char *fmt, ...)
{
    char head[LT_KIOSK_PATH_MAX + 48];
    va_list ap;
    d->errors++;
    snprintf(head, sizeof head, "%s:%d:%d: error: ", d->path, line, col);
    va_start(ap, fmt);
    diag_line(d, head, fmt, ap);
    va_end(ap);
}

static void cfg_note(cfg_diag *d, const char *fmt, ...)
{
    char head[LT_KIOSK_PATH_MAX + 48];
    va_list ap;
    snprintf(head, sizeof head, "%s: ", d->path);
    va_start(ap, fmt);
    diag_line(d, head, fmt, ap);
    va_end(ap);
}

/* ---- reading --------------------------------------------------------------- */

typedef struct cfg_reader {
    yaml_parser_t parser;
    cfg_diag *diag;
    lt_kiosk_cfg *cfg;
    char dir[LT_KIOSK_PATH_MAX]; /* the config's folder, for relative paths */
    bool failed;                 /* a YAML syntax error: stop reading */
    int seen_line[LT_CFG_NKEYS]; /* where each key was given; 0 = not yet */
    int lang_line, lang_col;     /* default_language's value, checked at the end */
    bool langs_given;
    lt_lang first_lang;          /* the first listed language */
} cfg_reader;

#define MARK_LINE(m) ((int)(m).line + 1)
#define MARK_COL(m) ((int)(m).column + 1)

static bool next_event(cfg_reader *r, yaml_event_t *ev)
{
    if (r->failed) {
        return false;
    }
    if (!yaml_parser_parse(&r->parser, ev)) {
        const yaml_parser_t *p = &r->parser;
        r->failed = true;
        if (p->error == YAML_MEMORY_ERROR) {
            cfg_error(r->diag, 1, 1, "out of memory");
        } else {
            cfg_error(r->diag, MARK_LINE(p->problem_mark), MARK_COL(p->problem_mark), "%s%s%s",
                      p->problem ? p->problem : "the YAML is malformed", p->context ? " " : "",
                      p->context ? p->context : "");
        }
        return false;
    }
    return true;
}

/* Consumes the rest of a node whose start event was `first`. */
static void skip_node(cfg_reader *r, const yaml_event_t *first)
{
    int depth = (first->type == YAML_MAPPING_START_EVENT || first->type == YAML_SEQUENCE_START_EVENT) ? 1 : 0;
    while (depth > 0) {
        yaml_event_t ev;
        if (!next_event(r, &ev)) {
            return;
        }
        if (ev.type == YAML_MAPPING_START_EVENT || ev.type == YAML_SEQUENCE_START_EVENT) {
            depth++;
        } else if (ev.type == YAML_MAPPING_END_EVENT || ev.type == YAML_SEQUENCE_END_EVENT) {
            depth--;
        }
        yaml_event_delete(&ev);
    }
}

static bool scalar_is_null(const yaml_event_t *ev)
{
    const char *v = (const char *)ev->data.scalar.value;
    if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) {
        return false;
    }
    return v[0] == '\0' || strcmp(v, "~") == 0 || strcmp(v, "null") == 0 || strcmp(v, "Null") == 0 ||
           strcmp(v, "NULL") == 0;
}

static const char *node_name(yaml_event_type_t t)
{
    switch (t) {
    case YAML_MAPPING_START_EVENT:
        return "a mapping";
    case YAML_SEQUENCE_START_EVENT:
        return "a list";
    case YAML_ALIAS_EVENT:
        return "an alias";
    default:
        return "a value";
    }
}

/* What a key of this kind takes, for messages. */
static void kind_wants(const cfg_key *k, char *buf, size_t len)
{
    switch (k->kind) {
    case K_PATH:
        snprintf(buf, len, "a path");
        break;
    case K_LANGS:
        snprintf(buf, len, "a list of languages, e.g. [ru, en]");
        break;
    case K_LANG:
        snprintf(buf, len, "ru or en");
        break;
    case K_INT:
        snprintf(buf, len, "a whole number from %d to %d", k->min, k->max);
        break;
    case K_BOOL:
        snprintf(buf, len, "true or false");
        break;
    case K_PIN:
        snprintf(buf, len, "a PIN hash made by `letopis-pack kiosk hash-pin`");
        break;
    }
}

static bool parse_int(const char *s, long *out)
{
    char *end = NULL;
    if (s[0] != '-' && s[0] != '+' && (s[0] < '0' || s[0] > '9')) {
        return false;
    }
    /* Beyond long, strtol gives LONG_MIN/MAX: still reported as out of range. */
    long v = strtol(s, &end, 10);
    if (end == s || *end != '\0') {
        return false;
    }
    *out = v;
    return true;
}

static bool parse_bool(const char *s, bool *out)
{
    static const char *const yes[] = { "true", "yes", "on" };
    static const char *const no[] = { "false", "no", "off" };
    for (size_t i = 0; i < 3; i++) {
        if (strcasecmp(s, yes[i]) == 0) {
            *out = true;
            return true;
        }
        if (strcasecmp(s, no[i]) == 0) {
            *out = false;
            return true;
        }
    }
    return false;
}

/* Stores a path value, taking a relative one from the config's folder. */
static void set_path(cfg_reader *r, const cfg_key *k, const char *v, int line, int col)
{
    char *dst = (char *)r->cfg + k->off;
    char buf[LT_KIOSK_PATH_MAX * 2];
    if (v[0] == '\0' || v[0] == '/') {
        snprintf(buf, sizeof buf, "%s", v);
    } else {
        snprintf(buf, sizeof buf, "%s/%s", r->dir, v);
    }
    if (strlen(buf) >= LT_KIOSK_PATH_MAX) {
        cfg_error(r->diag, line, col, "%s is too long (at most %d bytes)", k->name, LT_KIOSK_PATH_MAX - 1);
        return;
    }
    memcpy(dst, buf, strlen(buf) + 1);
}

static void set_scalar(cfg_reader *r, const cfg_key *k, const yaml_event_t *ev)
{
    const char *v = (const char *)ev->data.scalar.value;
    int line = MARK_LINE(ev->start_mark), col = MARK_COL(ev->start_mark);
    char wants[96];
    kind_wants(k, wants, sizeof wants);
    bool null = scalar_is_null(ev);
    if (null && (k->kind == K_PATH || k->kind == K_PIN)) {
        v = "";
        null = false;
    }
    if (null) {
        cfg_error(r->diag, line, col, "%s needs a value: %s", k->name, wants);
        return;
    }
    switch (k->kind) {
    case K_PATH:
        set_path(r, k, v, line, col);
        break;
    case K_LANGS: {
        /* A single language may be given without brackets. */
        int l = lt_lang_parse(v);
        if (l < 0) {
            cfg_error(r->diag, line, col, "unknown language '%s' in %s: the languages are ru and en", v,
                      k->name);
            return;
        }
        for (int i = 0; i < LT_LANG_COUNT; i++) {
            r->cfg->langs[i] = i == l;
        }
        r->first_lang = (lt_lang)l;
        r->langs_given = true;
        break;
    }
    case K_LANG: {
        int l = lt_lang_parse(v);
        if (l < 0) {
            cfg_error(r->diag, line, col, "%s takes ru or en, not '%s'", k->name, v);
            return;
        }
        r->cfg->default_lang = (lt_lang)l;
        r->lang_line = line;
        r->lang_col = col;
        break;
    }
    case K_INT: {
        long n = 0;
        if (!parse_int(v, &n)) {
            cfg_error(r->diag, line, col, "%s takes %s, not '%s'", k->name, wants, v);
            return;
        }
        if (n < k->min || n > k->max) {
            cfg_error(r->diag, line, col, "%s is %s, out of range: it must be %d to %d", k->name, v, k->min,
                      k->max);
            return;
        }
        *(int *)(void *)((char *)r->cfg + k->off) = (int)n;
        break;
    }
    case K_BOOL: {
        bool b = false;
        if (!parse_bool(v, &b)) {
            cfg_error(r->diag, line, col, "%s takes true or false, not '%s'", k->name, v);
            return;
        }
        *(bool *)(void *)((char *)r->cfg + k->off) = b;
        break;
    }
    case K_PIN: {
        size_t n = strlen(v);
        if (n > 0 && (strncmp(v, "$argon2", 7) != 0 || n >= LT_PIN_HASH_MAX)) {
            cfg_error(r->diag, line, col,
                      "%s is not a PIN hash (never put the PIN itself here); make one with "
                      "`letopis-pack kiosk hash-pin`",
                      k->name);
            return;
        }
        memcpy(r->cfg->pin_hash, v, n + 1);
        break;
    }
    }
}

/* `languages: [ru, en]`: reads the list after its start event. */
static void set_langs(cfg_reader *r, const cfg_key *k, const yaml_event_t *start)
{
    bool langs[LT_LANG_COUNT] = { false };
    int n = 0;
    bool bad = false;
    for (;;) {
        yaml_event_t ev;
        if (!next_event(r, &ev)) {
            return;
        }
        if (ev.type == YAML_SEQUENCE_END_EVENT) {
            yaml_event_delete(&ev);
            break;
        }
        int line = MARK_LINE(ev.start_mark), col = MARK_COL(ev.start_mark);
        if (ev.type != YAML_SCALAR_EVENT) {
            cfg_error(r->diag, line, col, "%s lists language codes, not %s", k->name, node_name(ev.type));
            skip_node(r, &ev);
            yaml_event_delete(&ev);
            bad = true;
            continue;
        }
        const char *v = (const char *)ev.data.scalar.value;
        int l = lt_lang_parse(v);
        if (l < 0) {
            cfg_error(r->diag, line, col, "unknown language '%s' in %s: the languages are ru and en", v,
                      k->name);
            bad = true;
        } else if (langs[l]) {
            cfg_error(r->diag, line, col, "%s lists %s twice", k->name, v);
            bad = true;
        } else {
            if (n == 0) {
                r->first_lang = (lt_lang)l;
            }
            langs[l] = true;
            n++;
        }
        yaml_event_delete(&ev);
    }
    if (bad) {
        return;
    }
    if (n == 0) {
        cfg_error(r->diag, MARK_LINE(start->start_mark), MARK_COL(start->start_mark),
                  "%s is empty: offer at least one language (ru, en)", k->name);
        return;
    }
    memcpy(r->cfg->langs, langs, sizeof langs);
    r->langs_given = true;
}

static const cfg_key *find_key(const char *name)
{
    for (size_t i = 0; i < LT_CFG_NKEYS; i++) {
        if (strcmp(lt_cfg_keys[i].name, name) == 0) {
            return &lt_cfg_keys[i];
        }
    }
    return NULL;
}

static const char *closest_key(const char *name)
{
    const char *best = NULL;
    int best_d = 99;
    int limit = (int)strlen(name) / 3 + 1;
    if (limit > 3) {
        limit = 3;
    }
    for (size_t i = 0; i < LT_CFG_NKEYS; i++) {
        int d = lt_edit_distance(name, lt_cfg_keys[i].name);
        if (d < best_d) {
            best_d = d;
            best = lt_cfg_keys[i].name;
        }
    }
    return best_d <= limit ? best : NULL;
}

/* One `key: value` pair; `kev` is the key's scalar event. */
static void read_pair(cfg_reader *r, const yaml_event_t *kev)
{
    const char *name = (const char *)kev->data.scalar.value;
    int kline = MARK_LINE(kev->start_mark), kcol = MARK_COL(kev->start_mark);
    const cfg_key *k = find_key(name);
    yaml_event_t ev;
    if (!next_event(r, &ev)) {
        return;
    }
    if (k == NULL) {
        const char *near = closest_key(name);
        if (near != NULL) {
            cfg_error(r->diag, kline, kcol, "unknown key '%s'; did you mean '%s'?", name, near);
        } else {
            cfg_error(r->diag, kline, kcol, "unknown key '%s'; the keys are listed in docs/kiosk.md", name);
        }
        skip_node(r, &ev);
        yaml_event_delete(&ev);
        return;
    }
    size_t ki = (size_t)(k - lt_cfg_keys);
    if (r->seen_line[ki] > 0) {
        cfg_error(r->diag, kline, kcol, "%s is given twice (first on line %d)", name, r->seen_line[ki]);
        skip_node(r, &ev);
        yaml_event_delete(&ev);
        return;
    }
    r->seen_line[ki] = kline;
    if (ev.type == YAML_SCALAR_EVENT) {
        set_scalar(r, k, &ev);
    } else if (ev.type == YAML_SEQUENCE_START_EVENT && k->kind == K_LANGS) {
        set_langs(r, k, &ev);
    } else {
        char wants[96];
        kind_wants(k, wants, sizeof wants);
        cfg_error(r->diag, MARK_LINE(ev.start_mark), MARK_COL(ev.start_mark), "%s takes %s, not %s", name,
                  wants, node_name(ev.type));
        skip_node(r, &ev);
    }
    yaml_event_delete(&ev);
}

/* Reads the whole stream; errors go to r->diag. */
static void read_stream(cfg_reader *r)
{
    int docs = 0;
    bool done = false;
    while (!done) {
        yaml_event_t ev;
        if (!next_event(r, &ev)) {
            return;
        }
        int line = MARK_LINE(ev.start_mark), col = MARK_COL(ev.start_mark);
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++docs > 1) {
                cfg_error(r->diag, line, col, "a second YAML document; the config is one document");
                done = true;
            }
            break;
        case YAML_MAPPING_START_EVENT:
            for (;;) {
                yaml_event_t kev;
                if (!next_event(r, &kev)) {
                    yaml_event_delete(&ev);
                    return;
                }
                if (kev.type == YAML_MAPPING_END_EVENT) {
                    yaml_event_delete(&kev);
                    break;
                }
                if (kev.type == YAML_SCALAR_EVENT) {
                    read_pair(r, &kev);
                } else {
                    cfg_error(r->diag, MARK_LINE(kev.start_mark), MARK_COL(kev.start_mark),
                              "a key must be a plain word, not %s", node_name(kev.type));
                    skip_node(r, &kev);
                    yaml_event_t vev;
                    if (next_event(r, &vev)) {
                        skip_node(r, &vev);
                        yaml_event_delete(&vev);
                    }
                }
                yaml_event_delete(&kev);
                if (r->failed) {
                    yaml_event_delete(&ev);
                    return;
                }
            }
            break;
        case YAML_SCALAR_EVENT:
            if (!scalar_is_null(&ev)) {
                cfg_error(r->diag, line, col,
                          "the config is a list of `key: value` lines, not a single value");
            }
            break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_ALIAS_EVENT:
            cfg_error(r->diag, line, col, "the config is a list of `key: value` lines, not %s",
                      node_name(ev.type));
            skip_node(r, &ev);
            break;
        default:
            break;
        }
        yaml_event_delete(&ev);
    }
}

/* The folder of `path`, made absolute (from the working folder) when possible. */
static void config_dir(const char *path, char *dir, size_t len)
{
    char tmp[LT_KIOSK_PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (slash == NULL) {
        snprintf(tmp, sizeof tmp, ".");
    } else if (slash == path) {
        snprintf(tmp, sizeof tmp, "/");
    } else {
        snprintf(tmp, sizeof tmp, "%.*s", (int)(slash - path), path);
    }
    char cwd[LT_KIOSK_PATH_MAX];
    if (tmp[0] != '/' && getcwd(cwd, sizeof cwd) != NULL) {
        if (strcmp(tmp, ".") == 0) {
            snprintf(dir, len, "%s", cwd);
        } else {
            snprintf(dir, len, "%s/%s", cwd, tmp[0] == '.' && tmp[1] == '/' ? tmp + 2 : tmp);
        }
    } else {
        snprintf(dir, len, "%s", tmp);
    }
    size_t n = strlen(dir);
    if (n > 1 && dir[n - 1] == '/') {
        dir[n - 1] = '\0';
    }
}

bool lt_kiosk_cfg_load(const char *path, lt_kiosk_cfg *cfg, char *err, size_t errlen)
{
    cfg_diag diag = { path, err, errlen, 0, 0 };
    if (err != NULL && errlen > 0) {
        err[0] = '\0';
    }
    lt_kiosk_cfg_default(cfg);
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        cfg_note(&diag, "cannot open: %s", strerror(errno));
        return false;
    }
    cfg_reader *r = calloc(1, sizeof *r);
    if (r == NULL || !yaml_parser_initialize(&r->parser)) {
        fclose(f);
        free(r);
        cfg_note(&diag, "out of memory");
        return false;
    }
    r->diag = &diag;
    r->cfg = cfg;
    r->first_lang = LT_LANG_RU;
    config_dir(path, r->dir, sizeof r->dir);
    yaml_parser_set_input_file(&r->parser, f);
    read_stream(r);
    yaml_parser_delete(&r->parser);
    fclose(f);

    /* default_language must be one of the offered languages; left out, it
     * is ru when offered, else the first listed one. */
    if (diag.errors == 0 && !cfg->langs[cfg->default_lang]) {
        if (r->lang_line > 0) {
            cfg_error(&diag, r->lang_line, r->lang_col, "default_language %s is not in languages",
                      lt_lang_code(cfg->default_lang));
        } else {
            cfg->default_lang = r->first_lang;
        }
    }
    free(r);
    if (diag.errors > 0) {
        lt_kiosk_cfg_default(cfg);
        return false;
    }
    if (cfg->pin_hash[0] == '\0') {
        cfg_note(&diag, "warning: no pin_hash: the admin screen cannot be opened (make a hash with "
                        "`letopis-pack kiosk hash-pin`)");
    }
    return true;
}

/* ---- writing --------------------------------------------------------------- */

/* A double-quoted YAML scalar. */
static void yaml_quoted(lt_strbuf *b, const char *s)
{
    lt_strbuf_ch(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') {
            lt_strbuf_ch(b, '\\');
            lt_strbuf_ch(b, (char)*p);
        } else if (*p < 0x20 || *p == 0x7f) {
            char esc[8];
            snprintf(esc, sizeof esc, "\\x%02x", *p);
            lt_strbuf_str(b, esc);
        } else {
            lt_strbuf_ch(b, (char)*p);
        }
    }
    lt_strbuf_ch(b, '"');
}

static bool cfg_check(const lt_kiosk_cfg *cfg, char *err, size_t errlen)
{
    bool any = false;
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        any = any || cfg->langs[i];
    }
    if (!any) {
        snprintf(err, errlen, "no language is offered");
        return false;
    }
    if ((int)cfg->default_lang < 0 || cfg->default_lang >= LT_LANG_COUNT || !cfg->langs[cfg->default_lang]) {
        snprintf(err, errlen, "the default language is not one of the offered languages");
        return false;
    }
    for (size_t i = 0; i < LT_CFG_NKEYS; i++) {
        const cfg_key *k = &lt_cfg_keys[i];
        if (k->kind == K_INT) {
            int v = *(const int *)(const void *)((const char *)cfg + k->off);
            if (v < k->min || v > k->max) {
                snprintf(err, errlen, "%s is %d, out of range: it must be %d to %d", k->name, v, k->min,
                         k->max);
                return false;
            }
        } else if (k->kind == K_PATH || k->kind == K_PIN) {
            const char *s = (const char *)cfg + k->off;
            size_t cap = k->kind == K_PIN ? LT_PIN_HASH_MAX : LT_KIOSK_PATH_MAX;
            if (strnlen(s, cap) >= cap) {
                snprintf(err, errlen, "%s is not terminated", k->name);
                return false;
            }
        }
    }
    if (cfg->pin_hash[0] != '\0' && strncmp(cfg->pin_hash, "$argon2", 7) != 0) {
        snprintf(err, errlen, "pin_hash is not a PIN hash");
        return false;
    }
    return true;
}

bool lt_kiosk_cfg_save(const char *path, const lt_kiosk_cfg *cfg, char *err, size_t errlen)
{
    char why[256];
    if (!cfg_check(cfg, why, sizeof why)) {
        snprintf(err, errlen, "%s: not saved: %s", path, why);
        return false;
    }
    lt_strbuf b = { 0 };
    lt_strbuf_str(&b, "# Letopis kiosk configuration (keys: docs/kiosk.md).\n"
                      "# Written by the admin screen; comments are not kept.\n");
    for (size_t i = 0; i < LT_CFG_NKEYS; i++) {
        const cfg_key *k = &lt_cfg_keys[i];
        const char *field = (const char *)cfg + k->off;
        char num[32];
        lt_strbuf_str(&b, k->name);
        lt_strbuf_str(&b, ": ");
        switch (k->kind) {
        case K_PATH:
        case K_PIN:
            yaml_quoted(&b, field);
            break;
        case K_LANGS: {
            bool first = true;
            lt_strbuf_ch(&b, '[');
            for (int l = 0; l < LT_LANG_COUNT; l++) {
                if (cfg->langs[l]) {
                    lt_strbuf_str(&b, first ? "" : ", ");
                    lt_strbuf_str(&b, lt_lang_code((lt_lang)l));
                    first = false;
                }
            }
            lt_strbuf_ch(&b, ']');
            break;
        }
        case K_LANG:
            lt_strbuf_str(&b, lt_lang_code(cfg->default_lang));
            break;
        case K_INT:
            snprintf(num, sizeof num, "%d", *(const int *)(const void *)field);
            lt_strbuf_str(&b, num);
            break;
        case K_BOOL:
            lt_strbuf_str(&b, *(const bool *)(const void *)field ? "true" : "false");
            break;
        }
        lt_strbuf_ch(&b, '\n');
    }
    bool ok = false;
    if (b.failed) {
        snprintf(err, errlen, "%s: not saved: out of memory", path);
    } else {
        ok = lt_kiosk_write_atomic(path, b.s, b.len, err, errlen);
    }
    free(b.s);
    return ok;
}
