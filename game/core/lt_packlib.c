/* lt_packlib.c: the pack library: scanning folders for packs, their summaries
 * (loaded with lt_pack_load, size-capped), sorting, classifying dropped
 * paths and importing teachers' files into the user's pack folder.
 * Depends on: lt_packlib.h, lt_pack.h, lt_import.h, lt_utf8.h, POSIX. No SDL. */
#include "lt_packlib.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lt_import.h"
#include "lt_utf8.h"

#define LT_PACKLIB_REPORT_MAX 200 /* report lines kept from one import */

/* Copies at most outlen - 1 bytes, never cutting a UTF-8 sequence. */
static void lt_packlib_copy(char *out, size_t outlen, const char *s)
{
    if (outlen == 0) {
        return;
    }
    size_t n = s != NULL ? strlen(s) : 0;
    if (n >= outlen) {
        n = outlen - 1;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) {
            n--;
        }
    }
    if (n > 0) {
        memcpy(out, s, n);
    }
    out[n] = '\0';
}

static bool lt_packlib_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool lt_packlib_is_file(const char *path, long long *size)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        return false;
    }
    if (size != NULL) {
        *size = (long long)st.st_size;
    }
    return true;
}

/* The last path component without trailing slashes. */
static void lt_packlib_basename(const char *path, char *out, size_t outlen)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') {
        n--;
    }
    size_t b = n;
    while (b > 0 && path[b - 1] != '/') {
        b--;
    }
    char tmp[LT_PACKLIB_PATH];
    size_t len = n - b < sizeof tmp - 1 ? n - b : sizeof tmp - 1;
    memcpy(tmp, path + b, len);
    tmp[len] = '\0';
    lt_packlib_copy(out, outlen, tmp);
}

/* The extension after the last dot of the name, lower-cased; "" when none. */
static void lt_packlib_ext(const char *path, char *out, size_t outlen)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash != NULL ? slash + 1 : path;
    const char *dot = strrchr(name, '.');
    size_t n = 0;
    if (dot != NULL && dot != name) {
        for (const char *p = dot + 1; *p != '\0' && n + 1 < outlen; p++) {
            char c = *p;
            out[n++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
        }
    }
    out[n] = '\0';
}

static bool lt_packlib_is_yaml_name(const char *path)
{
    char ext[8];
    lt_packlib_ext(path, ext, sizeof ext);
    return strcmp(ext, "yaml") == 0 || strcmp(ext, "yml") == 0;
}

const char *lt_packlib_title(const lt_packlib_entry *e, lt_lang lang)
{
    if (e->title[lang][0] != '\0') {
        return e->title[lang];
    }
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        if (e->title[l][0] != '\0') {
            return e->title[l];
        }
    }
    return e->name;
}

/* "pack.yaml:12:5: message": the diagnostic's file relative to `dir`. */
static void lt_packlib_format_diag(const lt_diag *d, const char *dir, char *out, size_t outlen)
{
    const char *file = d->file != NULL ? d->file : "";
    size_t dl = strlen(dir);
    if (dl > 0 && strncmp(file, dir, dl) == 0 && file[dl] == '/') {
        file += dl + 1;
    }
    char tmp[1024];
    if (d->line > 0) {
        snprintf(tmp, sizeof tmp, "%s:%d:%d: %s", file, d->line, d->col > 0 ? d->col : 1,
                 d->message != NULL ? d->message : "");
    } else {
        snprintf(tmp, sizeof tmp, "%s: %s", file, d->message != NULL ? d->message : "");
    }
    lt_packlib_copy(out, outlen, tmp);
}

bool lt_packlib_summarize(const char *path, bool user, lt_packlib_entry *out)
{
    memset(out, 0, sizeof *out);
    out->user = user;
    lt_packlib_copy(out->path, sizeof out->path, path);
    lt_packlib_basename(path, out->name, sizeof out->name);
    char dir[LT_PACKLIB_PATH];
    if (lt_packlib_is_dir(path)) {
        lt_packlib_copy(dir, sizeof dir, path);
        size_t n = strlen(dir);
        while (n > 1 && dir[n - 1] == '/') {
            dir[--n] = '\0';
        }
        snprintf(out->file, sizeof out->file, "%s/pack.yaml", dir);
    } else {
        lt_packlib_copy(out->file, sizeof out->file, path);
        const char *slash = strrchr(path, '/');
        size_t n = slash != NULL ? (size_t)(slash - path) : 0;
        snprintf(dir, sizeof dir, "%.*s", (int)n, path);
    }
    long long size = 0;
    if (!lt_packlib_is_file(out->file, &size)) {
        out->status = LT_PACKLIB_NO_YAML;
        snprintf(out->error, sizeof out->error, "%s: no pack.yaml", out->name);
        out->n_errors = 1;
        return false;
    }
    if ((unsigned long long)size > LT_PACKLIB_MAX_YAML) {
        out->status = LT_PACKLIB_TOO_BIG;
        snprintf(out->error, sizeof out->error, "%s: %lld bytes, over the limit of %u", out->file, size,
                 (unsigned)LT_PACKLIB_MAX_YAML);
        out->n_errors = 1;
        return false;
    }
    lt_diags d = {0};
    lt_pack *p = lt_pack_load(path, &d);
    if (p == NULL) {
        out->status = LT_PACKLIB_BROKEN;
        out->n_errors = d.n_errors;
        for (size_t i = 0; i < d.count; i++) {
            if (d.items[i].severity == LT_SEV_ERROR) {
                lt_packlib_format_diag(&d.items[i], dir, out->error, sizeof out->error);
                break;
            }
        }
        if (out->error[0] == '\0') {
            snprintf(out->error, sizeof out->error, "%s: the pack does not load", out->name);
        }
        lt_diags_free(&d);
        return false;
    }
    lt_diags_free(&d);
    out->status = LT_PACKLIB_OK;
    lt_packlib_copy(out->id, sizeof out->id, p->id);
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        lt_packlib_copy(out->title[l], sizeof out->title[l], p->title.s[l]);
    }
    size_t used = 0;
    for (size_t i = 0; i < p->n_languages && used < sizeof out->languages; i++) {
        used += (size_t)snprintf(out->languages + used, sizeof out->languages - used, "%s%s", i > 0 ? ", " : "",
                                 p->languages[i]);
    }
    out->version = p->version;
    out->n_events = p->n_events;
    out->n_questions = p->n_questions;
    out->n_levels = p->n_levels;
    lt_pack_free(p);
    return true;
}

static lt_packlib_entry *lt_packlib_push(lt_packlib *lib)
{
    if (lib->count == lib->cap) {
        size_t cap = lib->cap ? lib->cap * 2 : 16;
        lt_packlib_entry *items = realloc(lib->items, cap * sizeof *items);
        if (items == NULL) {
            return NULL;
        }
        lib->items = items;
        lib->cap = cap;
    }
    return &lib->items[lib->count];
}

/* True when the folder holds anything but dot-names. */
static bool lt_packlib_dir_has_files(const char *path)
{
    DIR *d = opendir(path);
    if (d == NULL) {
        return false;
    }
    bool any = false;
    struct dirent *e;
    while (!any && (e = readdir(d)) != NULL) {
        any = e->d_name[0] != '.';
    }
    closedir(d);
    return any;
}

size_t lt_packlib_scan(lt_packlib *lib, const char *dir, bool user)
{
    DIR *d = dir != NULL ? opendir(dir) : NULL;
    if (d == NULL) {
        return 0;
    }
    size_t added = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') {
            continue;
        }
        char path[LT_PACKLIB_PATH];
        int pn = snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (pn < 0 || (size_t)pn >= sizeof path) {
            continue;
        }
        bool folder = lt_packlib_is_dir(path);
        if (folder) {
            char yaml[LT_PACKLIB_PATH + 16];
            snprintf(yaml, sizeof yaml, "%s/pack.yaml", path);
            if (!lt_packlib_is_file(yaml, NULL) && !lt_packlib_dir_has_files(path)) {
                continue;
            }
        } else if (!lt_packlib_is_file(path, NULL) || !lt_packlib_is_yaml_name(path)) {
            continue;
        }
        if (added >= LT_PACKLIB_MAX_PACKS) {
            lib->truncated = true;
            break;
        }
        lt_packlib_entry *slot = lt_packlib_push(lib);
        if (slot == NULL) {
            break;
        }
        lt_packlib_summarize(path, user, slot);
        lib->count++;
        added++;
    }
    closedir(d);
    return added;
}

/* ---- sorting ------------------------------------------------------------ */

/* A code point folded for sorting: Latin and Cyrillic capitals to small, ё to е. */
static int32_t lt_packlib_fold(int32_t c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 'a';
    }
    if (c >= 0x410 && c <= 0x42F) {
        return c + 0x20;
    }
    if (c == 0x401 || c == 0x451) {
        return 0x435;
    }
    return c;
}

static int lt_packlib_collate(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), ia = 0, ib = 0;
    while (ia < la && ib < lb) {
        int32_t ca = lt_packlib_fold(lt_utf8_next(a, la, &ia));
        int32_t cb = lt_packlib_fold(lt_utf8_next(b, lb, &ib));
        if (ca != cb) {
            return ca < cb ? -1 : 1;
        }
    }
    return (ia < la) - (ib < lb);
}

typedef struct lt_packlib_key {
    const lt_packlib_entry *e;
    lt_lang lang;
} lt_packlib_key;

static int lt_packlib_cmp(const void *pa, const void *pb)
{
    const lt_packlib_key *ka = pa, *kb = pb;
    const lt_packlib_entry *a = ka->e, *b = kb->e;
    if (a->user != b->user) {
        return a->user ? 1 : -1;
    }
    bool ba = a->status != LT_PACKLIB_OK, bb = b->status != LT_PACKLIB_OK;
    if (ba != bb) {
        return ba ? 1 : -1;
    }
    int c = lt_packlib_collate(lt_packlib_title(a, ka->lang), lt_packlib_title(b, kb->lang));
    return c != 0 ? c : strcmp(a->path, b->path);
}

void lt_packlib_sort(lt_packlib *lib, lt_lang lang)
{
    if (lib->count < 2) {
        return;
    }
    lt_packlib_key *keys = malloc(lib->count * sizeof *keys);
    lt_packlib_entry *sorted = malloc(lib->count * sizeof *sorted);
    if (keys != NULL && sorted != NULL) {
        for (size_t i = 0; i < lib->count; i++) {
            keys[i] = (lt_packlib_key){&lib->items[i], lang};
        }
        qsort(keys, lib->count, sizeof *keys, lt_packlib_cmp);
        for (size_t i = 0; i < lib->count; i++) {
            sorted[i] = *keys[i].e;
        }
        memcpy(lib->items, sorted, lib->count * sizeof *sorted);
    }
    free(keys);
    free(sorted);
}

void lt_packlib_free(lt_packlib *lib)
{
    free(lib->items);
    memset(lib, 0, sizeof *lib);
}

/* ---- dropped paths ------------------------------------------------------ */

/* True when the first 8 KiB of the file hold a NUL byte (or it cannot be read). */
static bool lt_packlib_looks_binary(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return true;
    }
    unsigned char buf[8192];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    return memchr(buf, 0, n) != NULL;
}

lt_drop_kind lt_packlib_classify(const char *path)
{
    struct stat st;
    if (path == NULL || path[0] == '\0' || stat(path, &st) != 0) {
        return LT_DROP_MISSING;
    }
    if (S_ISDIR(st.st_mode)) {
        char yaml[LT_PACKLIB_PATH + 16];
        snprintf(yaml, sizeof yaml, "%s/pack.yaml", path);
        return lt_packlib_is_file(yaml, NULL) ? LT_DROP_PACK : LT_DROP_FOLDER;
    }
    if (!S_ISREG(st.st_mode)) {
        return LT_DROP_UNKNOWN;
    }
    char ext[8];
    lt_packlib_ext(path, ext, sizeof ext);
    if (strcmp(ext, "yaml") == 0 || strcmp(ext, "yml") == 0) {
        return LT_DROP_PACK;
    }
    static const char *const importable[] = {"gift", "aiken", "txt", "csv", "tsv"};
    for (size_t i = 0; i < sizeof importable / sizeof importable[0]; i++) {
        if (strcmp(ext, importable[i]) == 0) {
            return lt_packlib_looks_binary(path) ? LT_DROP_BINARY : LT_DROP_IMPORT;
        }
    }
    return LT_DROP_UNKNOWN;
}

/* ---- import ------------------------------------------------------------- */

bool lt_packlib_mkdirs(const char *dir)
{
    char tmp[LT_PACKLIB_PATH];
    if (dir == NULL || dir[0] == '\0' || strlen(dir) >= sizeof tmp) {
        return false;
    }
    snprintf(tmp, sizeof tmp, "%s", dir);
    for (char *p = tmp + 1; *p != '\0'; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, 0777) != 0 && errno != EEXIST) {
                return false;
            }
            *p = '/';
        }
    }
    if (mkdir(tmp, 0777) != 0 && errno != EEXIST) {
        return false;
    }
    return lt_packlib_is_dir(tmp);
}

void lt_packlib_id_of(const char *name, char *out, size_t outlen)
{
    size_t n = 0;
    for (const char *p = name; *p != '\0' && n + 1 < outlen && n < 56; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
            out[n++] = c;
        } else if (n > 0 && out[n - 1] != '-') {
            out[n++] = '-';
        }
    }
    while (n > 0 && out[n - 1] == '-') {
        n--;
    }
    out[n] = '\0';
    if (n == 0) {
        uint32_t h = 2166136261u;
        for (const char *p = name; *p != '\0'; p++) {
            h = (h ^ (unsigned char)*p) * 16777619u;
        }
        snprintf(out, outlen, "imported-%08x", (unsigned)h);
    }
}

/* A folder name from the file's name: no control characters, no leading dot. */
static void lt_packlib_folder_of(const char *base, char *out, size_t outlen)
{
    lt_packlib_copy(out, outlen < 120 ? outlen : 120, base);
    for (char *p = out; *p != '\0'; p++) {
        if ((unsigned char)*p < 0x20 || *p == '/' || *p == '\\') {
            *p = '_';
        }
    }
    if (out[0] == '.') {
        out[0] = '_';
    }
    if (out[0] == '\0') {
        lt_packlib_copy(out, outlen, "imported");
    }
}

/* True when `path` holds exactly `text`. */
static bool lt_packlib_same_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return false;
    }
    size_t len = strlen(text), pos = 0;
    bool same = true;
    char buf[8192];
    size_t n;
    while (same && (n = fread(buf, 1, sizeof buf, f)) > 0) {
        same = pos + n <= len && memcmp(buf, text + pos, n) == 0;
        pos += n;
    }
    fclose(f);
    return same && pos == len;
}

static void lt_packlib_report(lt_packlib_import_info *info, const lt_import_result *res)
{
    size_t cap = 0, used = 0;
    char *buf = NULL;
    for (size_t i = 0; i < res->diags.count && info->report_lines < LT_PACKLIB_REPORT_MAX; i++) {
        const lt_diag *d = &res->diags.items[i];
        char name[256], line[1024];
        lt_packlib_basename(d->file != NULL ? d->file : "", name, sizeof name);
        const char *kind = d->severity == LT_SEV_ERROR ? "error: " : lt_import_diag_is_note(d) ? "note: " : "";
        if (d->line > 0) {
            snprintf(line, sizeof line, "%s:%d: %s%s\n", name, d->line, kind, d->message ? d->message : "");
        } else {
            snprintf(line, sizeof line, "%s: %s%s\n", name, kind, d->message ? d->message : "");
        }
        size_t ln = strlen(line);
        if (used + ln + 1 > cap) {
            size_t ncap = cap ? cap * 2 : 4096;
            while (ncap < used + ln + 1) {
                ncap *= 2;
            }
            char *nb = realloc(buf, ncap);
            if (nb == NULL) {
                break;
            }
            buf = nb;
            cap = ncap;
        }
        memcpy(buf + used, line, ln + 1);
        used += ln;
        info->report_lines++;
    }
    info->report = buf;
}

bool lt_packlib_import(const char *file, const char *user_dir, lt_packlib_import_info *out)
{
    memset(out, 0, sizeof *out);
    lt_import_result res;
    memset(&res, 0, sizeof res);
    bool read = lt_import_file(file, LT_IMPORT_AUTO, &res);
    if (read) {
        lt_import_validate(&res);
    }
    lt_packlib_copy(out->format, sizeof out->format, lt_import_format_name(res.format));
    lt_packlib_report(out, &res);
    out->imported = res.n_questions;
    out->skipped = res.skipped;
    if (!read) {
        out->status = LT_PACKLIB_UNREADABLE;
        const lt_diag *d = res.diags.count > 0 ? &res.diags.items[0] : NULL;
        snprintf(out->error, sizeof out->error, "%s", d != NULL && d->message != NULL ? d->message : "cannot read");
        out->imported = 0;
        lt_import_result_free(&res);
        return false;
    }
    if (res.n_questions == 0) {
        out->status = LT_PACKLIB_NOTHING;
        lt_import_result_free(&res);
        return false;
    }
    if (!lt_packlib_mkdirs(user_dir)) {
        out->status = LT_PACKLIB_WRITE_FAILED;
        snprintf(out->error, sizeof out->error, "cannot create %s: %s", user_dir, strerror(errno));
        out->imported = 0;
        lt_import_result_free(&res);
        return false;
    }
    char base[256], folder[128], id[64];
    lt_packlib_basename(file, base, sizeof base);
    char *dot = strrchr(base, '.');
    if (dot != NULL && dot != base) {
        *dot = '\0';
    }
    lt_packlib_folder_of(base, folder, sizeof folder);
    lt_packlib_id_of(base, id, sizeof id);
    bool done = false;
    for (int k = 1; k < 100 && !done; k++) {
        char dir[LT_PACKLIB_PATH], idk[72], yaml_path[LT_PACKLIB_PATH + 16];
        if (k == 1) {
            snprintf(dir, sizeof dir, "%s/%s", user_dir, folder);
            snprintf(idk, sizeof idk, "%s", id);
        } else {
            snprintf(dir, sizeof dir, "%s/%s-%d", user_dir, folder, k);
            snprintf(idk, sizeof idk, "%s-%d", id, k);
        }
        struct stat st;
        if (lstat(dir, &st) == 0) {
            /* Taken: reuse it only when it holds this very pack. */
            snprintf(yaml_path, sizeof yaml_path, "%s/pack.yaml", dir);
            char *yaml = lt_import_pack_yaml(&res, idk, base);
            bool same = yaml != NULL && S_ISDIR(st.st_mode) && lt_packlib_same_file(yaml_path, yaml);
            free(yaml);
            if (same) {
                out->status = LT_PACKLIB_SAME;
                lt_packlib_copy(out->dir, sizeof out->dir, dir);
                lt_packlib_copy(out->id, sizeof out->id, idk);
                done = true;
            }
            continue;
        }
        char err[512] = "";
        if (!lt_import_write_pack(&res, dir, idk, base, err, sizeof err)) {
            out->status = LT_PACKLIB_WRITE_FAILED;
            lt_packlib_copy(out->error, sizeof out->error, err);
            out->imported = 0;
            lt_import_result_free(&res);
            return false;
        }
        out->status = LT_PACKLIB_IMPORTED;
        lt_packlib_copy(out->dir, sizeof out->dir, dir);
        lt_packlib_copy(out->id, sizeof out->id, idk);
        done = true;
    }
    lt_import_result_free(&res);
    if (!done) {
        out->status = LT_PACKLIB_WRITE_FAILED;
        snprintf(out->error, sizeof out->error, "%s/%s: every name up to -99 is taken", user_dir, folder);
        out->imported = 0;
        return false;
    }
    return true;
}

void lt_packlib_import_info_free(lt_packlib_import_info *info)
{
    free(info->report);
    info->report = NULL;
    info->report_lines = 0;
}
