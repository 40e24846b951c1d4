/* lt_tool_extract.c: `letopis-pack extract TEXT --lang ru|en -o DIR [--json]`:
 * runs lt_extract over a text, writes DIR/pack.yaml and a copy of the text,
 * checks the draft with the pack loader and prints a summary (text or JSON).
 * Depends on: lt_extract.h, lt_pack.h, lt_json.h, lt_utf8.h; POSIX mkdir. */
#include "lt_tool_extract.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lt_extract.h"
#include "lt_json.h"
#include "lt_pack.h"
#include "lt_utf8.h"

enum { LT_EX_OK = 0, LT_EX_FAIL = 1, LT_EX_USAGE = 2 };

static int ex_usage(const char *msg, const char *arg)
{
    fprintf(stderr, "letopis-pack extract: ");
    fprintf(stderr, msg, arg);
    fprintf(stderr, "\nusage: letopis-pack extract TEXT [--lang ru|en] -o DIR [--json] [--force]\n"
                    "  writes a draft pack (DIR/pack.yaml and a copy of TEXT) to review;\n"
                    "  --lang defaults to the text's script; --force overwrites DIR/pack.yaml\n"
                    "  exit status: 0 draft written, 1 nothing found or unreadable, 2 bad command line\n");
    return LT_EX_USAGE;
}

static char *ex_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;
    if (!f) {
        return NULL;
    }
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && (size_t)n <= LT_EX_MAX_TEXT &&
        fseek(f, 0, SEEK_SET) == 0) {
        buf = malloc((size_t)n + 1);
        if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
            free(buf);
            buf = NULL;
        }
        if (buf) {
            buf[n] = '\0';
            *len = (size_t)n;
        }
    }
    fclose(f);
    return buf;
}

static bool ex_write(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    bool ok;
    if (!f) {
        return false;
    }
    ok = fwrite(data, 1, len, f) == len;
    ok = (fclose(f) == 0) && ok;
    return ok;
}

static const char *ex_basename(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

static void json_str(const char *s)
{
    size_t n = strlen(s);
    size_t cap = n * 6 + 3;
    char *buf = malloc(cap);
    if (!buf) {
        fputs("\"\"", stdout);
        return;
    }
    (void)lt_json_escape(buf, cap, s, n);
    fputs(buf, stdout);
    free(buf);
}

static void print_summary(const lt_extract *x, lt_ex_lang lang, bool json, const char *dir)
{
    static const char *const heads[] = { "people", "places", "documents" };
    if (json) {
        printf("{\"dir\": ");
        json_str(dir);
        printf(", \"events\": [");
        for (size_t i = 0; i < x->n_events; i++) {
            const lt_ex_event *e = &x->events[i];
            printf("%s{\"id\": \"E%zu\", \"date\": \"%s\", \"paragraph\": %d, \"carried\": %s, "
                   "\"sentence\": ",
                   i ? ", " : "", i + 1, e->date_text, e->paragraph, e->carried ? "true" : "false");
            json_str(e->sentence);
            printf("}");
        }
        printf("]");
        for (int k = 0; k < 3; k++) {
            bool first = true;
            printf(", \"%s\": [", heads[k]);
            for (size_t i = 0; i < x->n_entities; i++) {
                const lt_ex_entity *e = &x->entities[i];
                if ((int)e->kind != k) {
                    continue;
                }
                printf("%s{\"id\": \"%s\", \"name\": ", first ? "" : ", ", e->id);
                json_str(e->name);
                printf(", \"paragraph\": %d}", e->paragraph);
                first = false;
            }
            printf("]");
        }
        printf("}\n");
        return;
    }
    printf("events: %zu\n", x->n_events);
    for (size_t i = 0; i < x->n_events; i++) {
        const lt_ex_event *e = &x->events[i];
        char shown[160];
        lt_date_format(&e->date, (int)lang, shown, sizeof shown);
        printf("  E%-3zu %-22s paragraph %-3d %s%s\n", i + 1, e->date_text, e->paragraph, shown,
               e->carried ? "  (carried: check)" : "");
    }
    for (int k = 0; k < 3; k++) {
        size_t n = 0;
        for (size_t i = 0; i < x->n_entities; i++) {
            n += (int)x->entities[i].kind == k;
        }
        printf("%s: %zu", heads[k], n);
        for (size_t i = 0, m = 0; i < x->n_entities; i++) {
            if ((int)x->entities[i].kind == k) {
                printf("%s%s", m++ ? "; " : ": ", x->entities[i].name);
            }
        }
        printf("\n");
    }
}

int lt_tool_extract(int argc, char **argv)
{
    const char *text_path = NULL, *dir = NULL, *lang_s = NULL;
    bool json = false, force = false;
    char *text, *yaml;
    size_t len = 0, bad = 0;
    lt_ex_lang lang;
    lt_extract *x;
    char path[4096], pack_id[64], base[48];
    lt_diags diags = { 0 };
    lt_pack *pack;
    int rc = LT_EX_OK;
    struct stat st;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "--force") == 0) {
            force = true;
        } else if (strcmp(a, "--lang") == 0 || strcmp(a, "-o") == 0) {
            if (i + 1 >= argc) {
                return ex_usage("'%s' needs a value", a);
            }
            *(strcmp(a, "-o") == 0 ? &dir : &lang_s) = argv[++i];
        } else if (strcmp(a, "--help") == 0) {
            ex_usage("%s", "help");
            return LT_EX_OK;
        } else if (a[0] == '-' && a[1] != '\0') {
            return ex_usage("unknown option '%s'", a);
        } else if (text_path) {
            return ex_usage("one TEXT only; extra argument '%s'", a);
        } else {
            text_path = a;
        }
    }
    if (!text_path) {
        return ex_usage("%s", "needs a TEXT file");
    }
    if (!dir) {
        return ex_usage("%s", "needs -o DIR (the draft pack folder)");
    }
    if (lang_s && strcmp(lang_s, "ru") != 0 && strcmp(lang_s, "en") != 0) {
        return ex_usage("--lang must be ru or en, not '%s'", lang_s);
    }
    text = ex_slurp(text_path, &len);
    if (!text) {
        fprintf(stderr, "letopis-pack extract: cannot read '%s' (missing, or over %u bytes)\n",
                text_path, LT_EX_MAX_TEXT);
        return LT_EX_FAIL;
    }
    if (!lt_utf8_valid(text, len, &bad)) {
        fprintf(stderr, "letopis-pack extract: '%s' is not valid UTF-8 (byte %zu); save it as UTF-8\n",
                text_path, bad);
        free(text);
        return LT_EX_FAIL;
    }
    if (lang_s) {
        lang = strcmp(lang_s, "en") == 0 ? LT_EX_EN : LT_EX_RU;
    } else {
        size_t cyr = 0, lat = 0;
        for (size_t i = 0; i < len; i++) {
            unsigned char ch = (unsigned char)text[i];
            cyr += ch == 0xD0 || ch == 0xD1;
            lat += (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        }
        lang = cyr > lat ? LT_EX_RU : LT_EX_EN;
    }
    x = lt_extract_run(text, len, lang);
    if (!x) {
        fprintf(stderr, "letopis-pack extract: out of memory\n");
        free(text);
        return LT_EX_FAIL;
    }
    if (x->n_events == 0) {
        fprintf(stderr, "letopis-pack extract: no dated event found in '%s' (lang %s); "
                        "nothing written\n", text_path, lang == LT_EX_RU ? "ru" : "en");
        lt_extract_free(x);
        free(text);
        return LT_EX_FAIL;
    }
    snprintf(path, sizeof path, "%s", ex_basename(text_path));
    if (strrchr(path, '.') && strrchr(path, '.') != path) {
        *strrchr(path, '.') = '\0'; /* no extension in the id */
    }
    if (lt_extract_translit(path, base, sizeof base) == 0) {
        snprintf(base, sizeof base, "text");
    }
    snprintf(pack_id, sizeof pack_id, "draft-%s", base);
    /* the copy keeps a plain .txt name the pack can cite */
    snprintf(path, sizeof path, "%s", ex_basename(text_path));
    yaml = lt_extract_yaml(x, lang, pack_id, path);
    if (!yaml) {
        fprintf(stderr, "letopis-pack extract: out of memory\n");
        lt_extract_free(x);
        free(text);
        return LT_EX_FAIL;
    }
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "letopis-pack extract: cannot create '%s': %s\n", dir, strerror(errno));
        rc = LT_EX_FAIL;
    }
    snprintf(path, sizeof path, "%s/pack.yaml", dir);
    if (rc == LT_EX_OK && !force && stat(path, &st) == 0) {
        fprintf(stderr, "letopis-pack extract: '%s' exists; use --force to overwrite it\n", path);
        rc = LT_EX_FAIL;
    }
    if (rc == LT_EX_OK && !ex_write(path, yaml, strlen(yaml))) {
        fprintf(stderr, "letopis-pack extract: cannot write '%s'\n", path);
        rc = LT_EX_FAIL;
    }
    snprintf(path, sizeof path, "%s/%s", dir, ex_basename(text_path));
    if (rc == LT_EX_OK && !ex_write(path, text, len)) {
        fprintf(stderr, "letopis-pack extract: cannot write '%s'\n", path);
        rc = LT_EX_FAIL;
    }
    if (rc == LT_EX_OK) {
        pack = lt_pack_load(dir, &diags);
        if (!pack || diags.n_errors) {
            fprintf(stderr, "letopis-pack extract: the draft does not pass the checker "
                            "(a bug; please report):\n");
            for (size_t i = 0; i < diags.count; i++) {
                fprintf(stderr, "  %s:%d:%d: %s\n", diags.items[i].file, diags.items[i].line,
                        diags.items[i].col, diags.items[i].message);
            }
            rc = LT_EX_FAIL;
        }
        lt_pack_free(pack);
        lt_diags_free(&diags);
    }
    if (rc == LT_EX_OK) {
        print_summary(x, lang, json, dir);
        if (!json) {
            printf("wrote %s/pack.yaml (draft: review every event); check: letopis-pack check %s\n",
                   dir, dir);
        }
    }
    free(yaml);
    lt_extract_free(x);
    free(text);
    return rc;
}
