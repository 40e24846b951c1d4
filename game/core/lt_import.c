/* lt_import.c: reading a teacher's file for import: size limit, decoding
 * (UTF-8 with or without BOM, else Windows-1251 through iconv), format guess,
 * language guess, and the result's bookkeeping. Depends on: lt_import.h, lt_utf8.h. */
#include "lt_import.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_utf8.h"

const char *lt_import_format_name(lt_import_format f)
{
    switch (f) {
    case LT_IMPORT_GIFT: return "gift";
    case LT_IMPORT_AIKEN: return "aiken";
    case LT_IMPORT_CSV: return "csv";
    case LT_IMPORT_TSV: return "tsv";
    default: return "auto";
    }
}

int lt_import_format_parse(const char *name)
{
    static const char *const names[] = { "auto", "gift", "aiken", "csv", "tsv" };
    for (int i = 0; name && i < 5; i++) {
        if (strcmp(name, names[i]) == 0) {
            return i;
        }
    }
    return -1;
}

char *lt_imp_strndup(const char *s, size_t n)
{
    char *r = malloc(n + 1);
    if (r) {
        if (n) {
            memcpy(r, s, n);
        }
        r[n] = '\0';
    }
    return r;
}

void lt_imp_question_free(lt_imp_question *q)
{
    free(q->title);
    free(q->prompt);
    for (int i = 0; i < q->n_options && i < LT_IMPORT_MAX_OPTIONS; i++) {
        free(q->options[i].text);
        free(q->options[i].match);
        free(q->options[i].feedback);
    }
    for (int i = 0; i < q->n_answers && i < LT_IMPORT_MAX_ANSWERS; i++) {
        free(q->answers[i]);
    }
    free(q->category);
    free(q->feedback);
    memset(q, 0, sizeof *q);
}

bool lt_import_add(lt_import_result *res, const lt_imp_question *q)
{
    if (res->n_questions == res->cap) {
        size_t cap = res->cap ? res->cap * 2 : 16;
        lt_imp_question *n = realloc(res->questions, cap * sizeof *n);
        if (!n) {
            lt_imp_question tmp = *q;
            lt_imp_question_free(&tmp);
            return false;
        }
        res->questions = n;
        res->cap = cap;
    }
    res->questions[res->n_questions++] = *q;
    return true;
}

void lt_import_result_free(lt_import_result *res)
{
    if (!res) {
        return;
    }
    for (size_t i = 0; i < res->n_questions; i++) {
        lt_imp_question_free(&res->questions[i]);
    }
    free(res->questions);
    free(res->file);
    lt_diags_free(&res->diags);
    memset(res, 0, sizeof *res);
}

void lt_import_skipf(lt_import_result *res, int line, const char *reason, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lt_diags_addf(&res->diags, LT_SEV_WARNING, LT_DIAG_OTHER, res->file ? res->file : "-", line, 0,
                  NULL, "%s: %s", reason, msg);
    res->skipped++;
}

void lt_import_notef(lt_import_result *res, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lt_diags_addf(&res->diags, LT_SEV_WARNING, LT_DIAG_BAD_VALUE, res->file ? res->file : "-", line,
                  0, NULL, "%s", msg);
}

bool lt_import_diag_is_note(const lt_diag *d)
{
    return d->severity == LT_SEV_WARNING && d->code == LT_DIAG_BAD_VALUE;
}

void lt_import_diag_reason(const lt_diag *d, char *out, size_t outlen)
{
    const char *m = d->message ? d->message : "";
    const char *c = strstr(m, ": ");
    size_t n = c && c - m <= 40 ? (size_t)(c - m) : strlen(m);
    if (outlen == 0) {
        return;
    }
    if (n >= outlen) {
        n = outlen - 1;
    }
    memcpy(out, m, n);
    out[n] = '\0';
}

/* ---- decoding ---- */

/* Windows-1251 to UTF-8 through glibc's iconv (part of libc, no extra
 * dependency). NULL when iconv lacks the charset or fails. */
static char *cp1251_to_utf8(const char *in, size_t len, size_t *out_len)
{
    iconv_t cd = iconv_open("UTF-8", "CP1251");
    size_t cap = len * 3 + 4, left_in = len, left_out = cap;
    char *out, *pi = (char *)in, *po;
    if (cd == (iconv_t)-1) {
        return NULL;
    }
    out = malloc(cap + 1);
    if (!out) {
        iconv_close(cd);
        return NULL;
    }
    po = out;
    while (left_in > 0) {
        if (iconv(cd, &pi, &left_in, &po, &left_out) == (size_t)-1) {
            if (errno == EILSEQ || errno == EINVAL) {
                /* 0x98 is undefined in CP1251: keep a replacement mark */
                if (left_out < 3) {
                    break;
                }
                memcpy(po, "\xEF\xBF\xBD", 3);
                po += 3;
                left_out -= 3;
                pi++;
                left_in--;
                continue;
            }
            break;
        }
    }
    iconv_close(cd);
    *out_len = (size_t)(po - out);
    out[*out_len] = '\0';
    return out;
}

/* Share of Cyrillic letters among all letters, over 30% -> "ru". */
static void guess_lang(const char *s, size_t len, char lang[8])
{
    size_t pos = 0, cyr = 0, letters = 0;
    while (pos < len) {
        int32_t cp = lt_utf8_next(s, len, &pos);
        if (cp >= 0x400 && cp <= 0x4FF) {
            cyr++;
            letters++;
        } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                   (cp >= 0xC0 && cp <= 0x24F)) {
            letters++;
        }
    }
    snprintf(lang, 8, "%s", letters > 0 && cyr * 10 > letters * 3 ? "ru" : "en");
}

static const char *ext_of(const char *name)
{
    const char *slash = strrchr(name, '/');
    const char *dot = strrchr(slash ? slash : name, '.');
    return dot ? dot + 1 : "";
}

static bool ext_is(const char *ext, const char *want)
{
    size_t i = 0;
    for (; ext[i] && want[i]; i++) {
        char c = ext[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c != want[i]) {
            return false;
        }
    }
    return ext[i] == '\0' && want[i] == '\0';
}

/* True when some line starts with "ANSWER:" and a capital letter follows. */
static bool looks_aiken(const char *s, size_t len)
{
    for (size_t i = 0; i + 7 < len; i++) {
        if ((i == 0 || s[i - 1] == '\n' || s[i - 1] == '\r') && memcmp(s + i, "ANSWER:", 7) == 0) {
            size_t j = i + 7;
            while (j < len && (s[j] == ' ' || s[j] == '\t')) {
                j++;
            }
            if (j < len && s[j] >= 'A' && s[j] <= 'Z') {
                return true;
            }
        }
    }
    return false;
}

static lt_import_format guess_format(const char *name, const char *s, size_t len)
{
    const char *ext = ext_of(name);
    if (ext_is(ext, "gift")) {
        return LT_IMPORT_GIFT;
    }
    if (ext_is(ext, "aiken")) {
        return LT_IMPORT_AIKEN;
    }
    if (ext_is(ext, "csv")) {
        return LT_IMPORT_CSV;
    }
    if (ext_is(ext, "tsv") || ext_is(ext, "tab")) {
        return LT_IMPORT_TSV;
    }
    if (looks_aiken(s, len)) {
        return LT_IMPORT_AIKEN;
    }
    if (memchr(s, '{', len)) {
        return LT_IMPORT_GIFT;
    }
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] == ':' && s[i + 1] == ':') {
            return LT_IMPORT_GIFT;
        }
    }
    if (memchr(s, '\t', len)) {
        return LT_IMPORT_TSV;
    }
    return LT_IMPORT_AUTO;
}

bool lt_import_buffer(const char *name, const char *data, size_t len, lt_import_format fmt,
                      lt_import_result *res)
{
    char *conv = NULL;
    const char *text = data;
    size_t tlen = len;

    memset(res, 0, sizeof *res);
    res->file = lt_imp_strndup(name ? name : "-", strlen(name ? name : "-"));
    if (!res->file) {
        return false;
    }
    snprintf(res->encoding, sizeof res->encoding, "utf-8");
    if (len > LT_IMPORT_MAX_BYTES) {
        lt_diags_addf(&res->diags, LT_SEV_ERROR, LT_DIAG_IO, res->file, 0, 0,
                      "split the file into parts of at most 8 MiB",
                      "the file is %zu bytes; the limit is %u", len, LT_IMPORT_MAX_BYTES);
        return false;
    }
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        tlen -= 3;
        snprintf(res->encoding, sizeof res->encoding, "utf-8 with BOM");
    }
    if (!lt_utf8_valid(text, tlen, NULL)) {
        size_t n = 0;
        conv = cp1251_to_utf8(text, tlen, &n);
        if (!conv) {
            lt_diags_addf(&res->diags, LT_SEV_ERROR, LT_DIAG_UTF8, res->file, 0, 0,
                          "save the file as UTF-8", "the file is neither UTF-8 nor Windows-1251");
            return false;
        }
        text = conv;
        tlen = n;
        snprintf(res->encoding, sizeof res->encoding, "windows-1251");
    }
    guess_lang(text, tlen, res->lang);
    if (fmt == LT_IMPORT_AUTO) {
        fmt = guess_format(res->file, text, tlen);
    }
    res->format = fmt;
    switch (fmt) {
    case LT_IMPORT_GIFT:
        lt_import_gift(res->file, text, tlen, res);
        break;
    case LT_IMPORT_AIKEN:
        lt_import_aiken(res->file, text, tlen, res);
        break;
    case LT_IMPORT_CSV:
    case LT_IMPORT_TSV:
        lt_import_csv(res->file, text, tlen, fmt == LT_IMPORT_TSV ? '\t' : 0, res);
        break;
    default:
        lt_diags_addf(&res->diags, LT_SEV_ERROR, LT_DIAG_OTHER, res->file, 0, 0,
                      "name the format: --from gift|aiken|csv|tsv",
                      "cannot tell the format of the file");
        break;
    }
    free(conv);
    return true;
}

bool lt_import_file(const char *path, lt_import_format fmt, lt_import_result *res)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t used = 0, cap = 0;
    bool ok;

    if (!f) {
        memset(res, 0, sizeof *res);
        res->file = lt_imp_strndup(path, strlen(path));
        lt_diags_addf(&res->diags, LT_SEV_ERROR, LT_DIAG_IO, path, 0, 0, NULL, "cannot open: %s",
                      strerror(errno));
        return false;
    }
    for (;;) {
        size_t got;
        if (used == cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *n;
            if (cap > LT_IMPORT_MAX_BYTES) {
                break; /* over the limit: lt_import_buffer reports it */
            }
            n = realloc(buf, ncap);
            if (!n) {
                break;
            }
            buf = n;
            cap = ncap;
        }
        got = fread(buf + used, 1, cap - used, f);
        used += got;
        if (got == 0) {
            break;
        }
    }
    if (ferror(f) || (used == cap && !feof(f) && cap <= LT_IMPORT_MAX_BYTES)) {
        fclose(f);
        free(buf);
        memset(res, 0, sizeof *res);
        res->file = lt_imp_strndup(path, strlen(path));
        lt_diags_addf(&res->diags, LT_SEV_ERROR, LT_DIAG_IO, path, 0, 0, NULL, "cannot read the file");
        return false;
    }
    fclose(f);
    ok = lt_import_buffer(path, buf ? buf : "", used, fmt, res);
    free(buf);
    return ok;
}
