/* lt_pack.c: loading a pack (read, UTF-8 check, YAML pre-pass, schema walk,
 * libcyaml load, model build), small model helpers and freeing.
 * Depends on: lt_pack_int.h, lt_utf8.h, libcyaml. */
#include "lt_pack_int.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lt_utf8.h"

#define LT_PACK_MAX_FILE (32u * 1024u * 1024u)

/* ---- small model helpers ---- */

const char *lt_lang_code(lt_lang lang)
{
    return lang == LT_LANG_EN ? "en" : "ru";
}

int lt_lang_parse(const char *code)
{
    if (!code) {
        return -1;
    }
    if (strcmp(code, "ru") == 0) {
        return LT_LANG_RU;
    }
    if (strcmp(code, "en") == 0) {
        return LT_LANG_EN;
    }
    return -1;
}

const char *lt_text_get(const lt_text *t, lt_lang lang)
{
    if (!t) {
        return "";
    }
    if ((unsigned)lang < LT_LANG_COUNT && t->s[lang] && t->s[lang][0]) {
        return t->s[lang];
    }
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        if (t->s[i] && t->s[i][0]) {
            return t->s[i];
        }
    }
    return "";
}

const char *lt_entity_kind_name(lt_entity_kind k)
{
    static const char *const names[LT_ENT_KIND_COUNT] = { "person", "place", "body", "document" };
    return (unsigned)k < LT_ENT_KIND_COUNT ? names[k] : "unknown";
}

const char *lt_role_name(lt_role r)
{
    static const char *const names[LT_ROLE_COUNT] = {
        "participant", "signatory", "delegate", "speaker", "addressee", "initiator"
    };
    return (unsigned)r < LT_ROLE_COUNT ? names[r] : "unknown";
}

const char *const lt_qtype_names[] = {
    "choice", "multi", "truefalse", "typed", "date", "order", "match", "cloze", NULL
};

const char *lt_qtype_name(lt_qtype t)
{
    return (unsigned)t < LT_Q_TYPE_COUNT ? lt_qtype_names[t] : "unknown";
}

int lt_qtype_parse(const char *name)
{
    if (!name) {
        return -1;
    }
    for (int i = 0; i < LT_Q_TYPE_COUNT; i++) {
        if (strcmp(name, lt_qtype_names[i]) == 0) {
            return i;
        }
    }
    return -1;
}

/* After a load the id indexes answer; a pack built by hand (no priv) or an
 * index cut short by out of memory falls back to a scan. Both give the
 * first definition of an id. */
static const lt_idmap *pack_index(const lt_pack *pack, bool events)
{
    const lt_pack_priv *p = pack->priv;
    const lt_idmap *m;
    if (!p) {
        return NULL;
    }
    m = events ? &p->events : &p->entities;
    return m->failed ? NULL : m;
}

int lt_pack_find_entity(const lt_pack *pack, const char *id)
{
    const lt_idmap *m;
    if (!pack || !id) {
        return -1;
    }
    if ((m = pack_index(pack, false)) != NULL) {
        return lt_idmap_get(m, id);
    }
    for (size_t i = 0; i < pack->n_entities; i++) {
        if (strcmp(pack->entities[i].id, id) == 0) {
            return (int)i;
        }
    }
    return -1;
}

int lt_pack_find_event(const lt_pack *pack, const char *id)
{
    const lt_idmap *m;
    if (!pack || !id) {
        return -1;
    }
    if ((m = pack_index(pack, true)) != NULL) {
        return lt_idmap_get(m, id);
    }
    for (size_t i = 0; i < pack->n_events; i++) {
        if (strcmp(pack->events[i].id, id) == 0) {
            return (int)i;
        }
    }
    return -1;
}

const char *lt_entity_label(const lt_entity *e, lt_lang lang)
{
    const char *s;
    if (!e) {
        return "";
    }
    s = lt_text_get(&e->short_name, lang);
    return s[0] ? s : lt_text_get(&e->name, lang);
}

const char *lt_event_source_text(const lt_pack *pack, const lt_event *ev)
{
    const lt_source *src;
    if (!pack || !ev || ev->source < 0 || (size_t)ev->source >= pack->n_sources) {
        return NULL;
    }
    src = &pack->sources[ev->source];
    if (ev->paragraph < 1 || (size_t)ev->paragraph > src->n_paragraphs) {
        return NULL;
    }
    return src->paragraphs[ev->paragraph - 1];
}

void lt_pack_free(lt_pack *pack)
{
    if (!pack) {
        return;
    }
    if (pack->priv) {
        lt_pack_priv *p = pack->priv;
        lt_idmap_free(&p->entities);
        lt_idmap_free(&p->events);
        lt_arena_free(&p->arena);
        free(p);
    }
    free(pack);
}

/* ---- diagnostics at node paths ---- */

static void load_diag(lt_load *ld, lt_severity sev, lt_diag_code code, const char *path,
                      bool at_key, const char *hint, const char *fmt, va_list ap)
{
    char msg[1024];
    char buf[512];
    int n = -1;
    int line = 1, col = 1;

    vsnprintf(msg, sizeof msg, fmt, ap);
    snprintf(buf, sizeof buf, "%s", path ? path : "");
    for (;;) {
        n = lt_posidx_find(&ld->ix, buf);
        if (n >= 0 || buf[0] == '\0') {
            break;
        }
        {
            char *cut = strrchr(buf, '.');
            char *br = strrchr(buf, '[');
            if (br && (!cut || br > cut)) {
                cut = br;
            }
            if (cut) {
                *cut = '\0';
            } else {
                buf[0] = '\0';
            }
        }
    }
    if (n >= 0) {
        const lt_pnode *node = &ld->ix.nodes[n];
        line = at_key ? node->key_line : node->line;
        col = at_key ? node->key_col : node->col;
    }
    lt_diags_addf(ld->diags, sev, code, ld->file, line, col, hint, "%s", msg);
    if (sev == LT_SEV_ERROR) {
        ld->n_errors++;
    }
}

void lt_load_err(lt_load *ld, lt_diag_code code, const char *path, bool at_key,
                 const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    load_diag(ld, LT_SEV_ERROR, code, path, at_key, hint, fmt, ap);
    va_end(ap);
}

void lt_load_warn(lt_load *ld, lt_diag_code code, const char *path, const char *hint,
                  const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    load_diag(ld, LT_SEV_WARNING, code, path, false, hint, fmt, ap);
    va_end(ap);
}

/* ---- libcyaml log capture and translation ---- */

typedef struct cy_log {
    char buf[8192];
    size_t len;
} cy_log;

static void cy_log_fn(cyaml_log_t level, void *ctx, const char *fmt, va_list args)
{
    cy_log *log = ctx;
    int n;
    if (level < CYAML_LOG_ERROR || log->len >= sizeof log->buf - 1) {
        return;
    }
    n = vsnprintf(log->buf + log->len, sizeof log->buf - log->len, fmt, args);
    if (n > 0) {
        log->len += (size_t)n;
        if (log->len >= sizeof log->buf) {
            log->len = sizeof log->buf - 1;
        }
    }
}

/* Turns libcyaml's error and backtrace into one diagnostic. The backtrace
 * names the path innermost first: "in mapping field 'x'", "in sequence
 * entry 'N'" (N counts entries begun, so the index is N-1). */
static void cy_translate(lt_load *ld, cy_log *log, cyaml_err_t err)
{
    char msg[256] = "";
    char comps[32][72];
    int nc = 0;
    char path[512] = "";
    char *line = log->buf;

    while (line && *line) {
        char *next = strchr(line, '\n');
        char *q;
        if (next) {
            *next++ = '\0';
        }
        if ((q = strstr(line, "in mapping field '")) != NULL && nc < 32) {
            q += strlen("in mapping field '");
            snprintf(comps[nc++], sizeof comps[0], ".%.*s", (int)strcspn(q, "'"), q);
        } else if ((q = strstr(line, "in sequence entry '")) != NULL && nc < 32) {
            int idx = atoi(q + strlen("in sequence entry '"));
            snprintf(comps[nc++], sizeof comps[0], "[%d]", idx > 0 ? idx - 1 : 0);
        } else if (!msg[0] && strstr(line, "Backtrace") == NULL && strstr(line, " in ") != line + 1) {
            const char *m = strncmp(line, "Load: ", 6) == 0 ? line + 6 : line;
            snprintf(msg, sizeof msg, "%.200s", m);
        }
        line = next;
    }
    for (int i = nc - 1; i >= 0; i--) {
        size_t used = strlen(path);
        const char *c = comps[i];
        if (used == 0 && c[0] == '.') {
            c++;
        }
        snprintf(path + used, sizeof path - used, "%s", c);
    }
    if (!msg[0]) {
        snprintf(msg, sizeof msg, "%s", cyaml_strerror(err));
    }
    if (strncmp(msg, "Unexpected key: ", 16) == 0) {
        char full[800];
        snprintf(full, sizeof full, "%s%s%s", path, path[0] ? "." : "", msg + 16);
        const cyaml_schema_value_t *map = lt_schema_at(path);
        const char *near = lt_schema_closest(map, msg + 16);
        char keys[512], hint[700];
        lt_schema_keys(map, keys, sizeof keys);
        snprintf(hint, sizeof hint, "%s%s%sallowed keys here: %s", near ? "did you mean '" : "",
                 near ? near : "", near ? "'? " : "", keys[0] ? keys : "see docs/pack-format.md");
        lt_load_err(ld, LT_DIAG_UNKNOWN_KEY, full, true, hint, "unknown key '%s'", msg + 16);
    } else if (strncmp(msg, "Missing required mapping field: ", 32) == 0) {
        const char *field = msg + 32;
        /* the backtrace may end inside the last field seen: climb up to the
         * mapping that owns the missing field */
        while (path[0] && !lt_schema_field(lt_schema_at(path), field)) {
            char *cut = strrchr(path, '.');
            char *br = strrchr(path, '[');
            if (br && (!cut || br > cut)) {
                cut = br;
            }
            if (cut) {
                *cut = '\0';
            } else {
                path[0] = '\0';
            }
        }
        lt_load_err(ld, LT_DIAG_MISSING_FIELD, path, false, "add the missing key",
                    "'%s' is missing", field);
    } else {
        lt_load_err(ld, LT_DIAG_BAD_TYPE, path, false,
                    "compare this place with the example in docs/pack-format.md",
                    "this does not fit the pack format: %s", msg);
    }
}

/* ---- loading ---- */

static char *read_all(const char *path, size_t *len, int *err)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, used = 0;
    *err = 0;
    if (!f) {
        *err = errno ? errno : EIO;
        return NULL;
    }
    for (;;) {
        size_t got;
        if (used + 1 >= cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *nb;
            if (ncap > LT_PACK_MAX_FILE + 1) {
                ncap = LT_PACK_MAX_FILE + 1;
            }
            if (used + 1 >= ncap) {
                *err = EFBIG;
                break;
            }
            nb = realloc(buf, ncap);
            if (!nb) {
                *err = ENOMEM;
                break;
            }
            buf = nb;
            cap = ncap;
        }
        got = fread(buf + used, 1, cap - used - 1, f);
        used += got;
        if (got == 0) {
            if (ferror(f)) {
                *err = EIO;
            }
            break;
        }
    }
    fclose(f);
    if (*err) {
        free(buf);
        return NULL;
    }
    if (!buf) {
        buf = malloc(1);
        if (!buf) {
            *err = ENOMEM;
            return NULL;
        }
    }
    buf[used] = '\0';
    *len = used;
    return buf;
}

char *lt_pack_read_file(const char *path, size_t *len, int *err)
{
    return read_all(path, len, err);
}

/* Sets file and dir from the user's path (a folder or a .yaml file). */
static bool resolve(const char *path, char **file, char **dir, lt_diags *diags)
{
    struct stat st;
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') {
        n--;
    }
    if (stat(path, &st) != 0) {
        lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_IO, path, 0, 0,
                      "check the path: give a pack folder or its .yaml file",
                      "cannot open: %s", strerror(errno));
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        *dir = malloc(n + 1);
        *file = malloc(n + sizeof "/pack.yaml");
        if (*dir && *file) {
            memcpy(*dir, path, n);
            (*dir)[n] = '\0';
            snprintf(*file, n + sizeof "/pack.yaml", "%s/pack.yaml", *dir);
        }
    } else {
        const char *slash = strrchr(path, '/');
        size_t dn = slash ? (size_t)(slash - path) : 1;
        *file = malloc(strlen(path) + 1);
        *dir = malloc(dn + 2);
        if (*dir && *file) {
            strcpy(*file, path);
            if (!slash) {
                strcpy(*dir, ".");
            } else if (dn == 0) {
                strcpy(*dir, "/");
            } else {
                memcpy(*dir, path, dn);
                (*dir)[dn] = '\0';
            }
        }
    }
    if (!*dir || !*file) {
        free(*dir);
        free(*file);
        *dir = *file = NULL;
        lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_NOMEM, path, 0, 0, NULL, "out of memory");
        return false;
    }
    return true;
}

/* Everything after reading: UTF-8, YAML pre-pass, schema walk, libcyaml,
 * model build. `data` must be NUL-terminated at data[len]. */
static lt_pack *load_buffer(const char *data, size_t len, const char *file, const char *dir,
                            lt_diags *diags)
{
    lt_load ld;
    size_t bad = 0;
    lt_raw_pack *raw = NULL;
    lt_pack *pack = NULL;
    cy_log *log = NULL;
    cyaml_err_t cerr;

    memset(&ld, 0, sizeof ld);
    ld.diags = diags;
    ld.file = file;
    if (!lt_utf8_valid(data, len, &bad)) {
        int line, col;
        lt_offset_position(data, len, bad, &line, &col);
        lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_UTF8, file, line, col,
                      "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
                      "the file is not valid UTF-8: byte 0x%02X here does not start a valid character",
                      (unsigned)(unsigned char)data[bad]);
        return NULL;
    }
    if (memchr(data, '\0', len) != NULL) {
        int line, col;
        lt_offset_position(data, len, (size_t)((const char *)memchr(data, '\0', len) - data), &line, &col);
        lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_UTF8, file, line, col,
                      "remove the NUL byte; a pack is plain UTF-8 text",
                      "the file holds a NUL byte");
        return NULL;
    }
    if (!lt_posidx_build(&ld.ix, data, len)) {
        if (ld.ix.nomem) {
            lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_NOMEM, file, 0, 0, NULL, "out of memory");
        } else {
            lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_SYNTAX, file, ld.ix.err_line, ld.ix.err_col,
                          "check indentation (spaces only, no tabs), closing brackets and quotes "
                          "near here; put text holding ': ' or ' #' in quotes",
                          "YAML syntax error: %s", ld.ix.err_msg);
        }
        lt_posidx_free(&ld.ix);
        return NULL;
    }
    if (lt_pack_walk(&ld) > 0) {
        lt_posidx_free(&ld.ix);
        return NULL;
    }
    log = calloc(1, sizeof *log);
    if (!log) {
        lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_NOMEM, file, 0, 0, NULL, "out of memory");
        lt_posidx_free(&ld.ix);
        return NULL;
    }
    {
        cyaml_config_t cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.log_fn = cy_log_fn;
        cfg.log_ctx = log;
        cfg.mem_fn = cyaml_mem;
        cfg.log_level = CYAML_LOG_ERROR;
        cfg.flags = CYAML_CFG_NO_ALIAS;
        cerr = cyaml_load_data((const uint8_t *)data, len, &cfg, &lt_raw_pack_schema,
                               (cyaml_data_t **)&raw, NULL);
        if (cerr != CYAML_OK) {
            cy_translate(&ld, log, cerr);
        } else if (!raw) {
            lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_EMPTY, file, 1, 1,
                          "start from the example in docs/pack-format.md",
                          "the file holds no pack (it is empty)");
            ld.n_errors++;
        } else {
            lt_pack_priv *priv = calloc(1, sizeof *priv);
            pack = calloc(1, sizeof *pack);
            if (!pack || !priv) {
                free(pack);
                free(priv);
                pack = NULL;
                lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_NOMEM, file, 0, 0, NULL, "out of memory");
                ld.n_errors++;
            } else {
                pack->priv = priv;
                ld.arena = &priv->arena;
                pack->dir = lt_arena_strdup(ld.arena, dir);
                pack->file = lt_arena_strdup(ld.arena, file);
                lt_pack_build(&ld, raw, pack);
                if (ld.arena->failed) {
                    lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_NOMEM, file, 0, 0, NULL,
                                  "out of memory");
                    ld.n_errors++;
                }
            }
            cyaml_free(&cfg, &lt_raw_pack_schema, raw, 0);
        }
    }
    if (ld.n_errors > 0 && pack) {
        lt_pack_free(pack);
        pack = NULL;
    }
    free(log);
    lt_posidx_free(&ld.ix);
    return pack;
}

lt_pack *lt_pack_load_mem(const char *data, size_t len, const char *file, const char *dir,
                          lt_diags *diags)
{
    char *copy;
    lt_pack *pack;
    if (!data && len > 0) {
        return NULL;
    }
    copy = malloc(len + 1);
    if (!copy) {
        lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_NOMEM, file ? file : "", 0, 0, NULL,
                      "out of memory");
        return NULL;
    }
    if (len) {
        memcpy(copy, data, len);
    }
    copy[len] = '\0';
    pack = load_buffer(copy, len, file ? file : "<memory>", dir ? dir : ".", diags);
    free(copy);
    return pack;
}

lt_pack *lt_pack_load(const char *path, lt_diags *diags)
{
    char *file = NULL, *dir = NULL, *data = NULL;
    size_t len = 0;
    int err = 0;
    lt_pack *pack = NULL;

    if (!path || !path[0]) {
        lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_IO, "", 0, 0, "give a pack folder or a .yaml file",
                      "no pack path given");
        return NULL;
    }
    if (!resolve(path, &file, &dir, diags)) {
        return NULL;
    }
    data = read_all(file, &len, &err);
    if (!data) {
        lt_diags_addf(diags, LT_SEV_ERROR, LT_DIAG_IO, file, 0, 0,
                      err == ENOENT ? "a pack folder must hold pack.yaml; or give the .yaml file itself"
                                    : "check that the file exists and can be read",
                      "cannot read the pack file: %s", strerror(err));
    } else {
        pack = load_buffer(data, len, file, dir, diags);
    }
    free(data);
    free(file);
    free(dir);
    return pack;
}
