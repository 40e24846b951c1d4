/* lt_import_write.c: imported questions as a native pack (pack.yaml, format
 * 1): categories become levels, questions hand-written questions; every
 * question is checked by the loader. Depends on: lt_import.h, lt_pack.h. */
#include "lt_import.h"
#include "lt_utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

/* A YAML double-quoted scalar: \" \\ \n \t and \xHH for other controls. */
static void yq(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (*p < 0x20 || *p == 0x7F) {
                fprintf(f, "\\x%02X", *p);
            } else {
                fputc(*p, f);
            }
        }
    }
    fputc('"', f);
}

static void ytext(FILE *f, const char *lang, const char *s)
{
    fprintf(f, "{%s: ", lang);
    yq(f, s);
    fputc('}', f);
}

/* Russian letters in Latin (а..я), for level ids. */
static const char *const lt_translit[32] = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
};

/* An id from a category name: a-z, 0-9 and '-' (Russian transliterated),
 * at most 40 characters. */
static void slug(const char *name, char *out, size_t outlen)
{
    size_t n = 0, pos = 0, len = strlen(name);
    while (pos < len && n + 5 < outlen && n < 40) {
        int32_t cp = lt_utf8_next(name, len, &pos);
        const char *lat = NULL;
        char one[2] = { 0, 0 };
        if (cp >= 'A' && cp <= 'Z') {
            cp += 'a' - 'A';
        }
        if (cp >= 0x410 && cp <= 0x42F) {
            cp += 0x20;
        }
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            one[0] = (char)cp;
            lat = one;
        } else if (cp >= 0x430 && cp <= 0x44F) {
            lat = lt_translit[cp - 0x430];
        } else if (cp == 0x451 || cp == 0x401) {
            lat = "e";
        }
        if (lat) {
            for (; *lat && n + 1 < outlen; lat++) {
                out[n++] = *lat;
            }
        } else if (n > 0 && out[n - 1] != '-') {
            out[n++] = '-';
        }
    }
    while (n > 0 && out[n - 1] == '-') {
        n--;
    }
    out[n] = '\0';
}

typedef struct lvl {
    const char *name;
    char id[48];
} lvl;

/* The levels of the categories in order of first use; NULL when none. */
static lvl *make_levels(const lt_import_result *res, size_t *n_out)
{
    lvl *v = calloc(res->n_questions + 1, sizeof *v);
    size_t n = 0;
    if (!v) {
        return NULL;
    }
    for (size_t i = 0; i < res->n_questions; i++) {
        const char *c = res->questions[i].category;
        bool seen = false;
        if (!c) {
            continue;
        }
        for (size_t j = 0; j < n && !seen; j++) {
            seen = strcmp(v[j].name, c) == 0;
        }
        if (seen) {
            continue;
        }
        v[n].name = c;
        slug(c, v[n].id, sizeof v[n].id);
        if (!v[n].id[0]) {
            snprintf(v[n].id, sizeof v[n].id, "level-%zu", n + 1);
        }
        for (size_t j = 0; j < n; j++) {
            if (strcmp(v[j].id, v[n].id) == 0) {
                size_t l = strlen(v[n].id);
                snprintf(v[n].id + (l > 36 ? 36 : l), sizeof v[n].id - (l > 36 ? 36 : l), "-%zu",
                         n + 1);
                j = (size_t)-1; /* check again */
            }
        }
        n++;
    }
    *n_out = n;
    return v;
}

static const char *level_of(const lvl *v, size_t n, const char *cat)
{
    for (size_t j = 0; cat && j < n; j++) {
        if (strcmp(v[j].name, cat) == 0) {
            return v[j].id;
        }
    }
    return NULL;
}

static void write_header(FILE *f, const lt_import_result *res, const char *id, const char *title)
{
    const char *lang = res->lang[0] ? res->lang : "en";
    const char *file = res->file ? res->file : "-";
    const char *base = strrchr(file, '/');
    fprintf(f, "# Imported by letopis-pack import from ");
    for (const char *p = base ? base + 1 : file; *p; p++) {
        fputc((unsigned char)*p < 0x20 ? '?' : *p, f); /* the comment stays one line */
    }
    fprintf(f, " (%s, %s).\nformat: 1\nid: ", lt_import_format_name(res->format), res->encoding);
    yq(f, id);
    fprintf(f, "\nversion: 1\ntitle: ");
    ytext(f, lang, title);
    fprintf(f, "\nlanguages: [%s]\n", lang);
}

static void write_levels(FILE *f, const lt_import_result *res, const lvl *v, size_t n)
{
    const char *lang = res->lang[0] ? res->lang : "en";
    if (n == 0) {
        return;
    }
    fprintf(f, "levels:\n");
    for (size_t j = 0; j < n; j++) {
        fprintf(f, "  - id: %s\n    title: ", v[j].id);
        ytext(f, lang, v[j].name);
        fprintf(f, "\n    exam: false\n    events: []\n");
    }
}

static void write_question(FILE *f, const lt_import_result *res, const lt_imp_question *q,
                           size_t num, const char *level)
{
    const char *lang = res->lang[0] ? res->lang : "en";
    int type = q->type >= 0 && q->type < LT_Q_TYPE_COUNT ? (int)q->type : 0;
    fprintf(f, "  - id: q%zu    # line %d\n    type: %s\n", num, q->line,
            lt_qtype_name((lt_qtype)type));
    if (level) {
        fprintf(f, "    level: %s\n", level);
    }
    fprintf(f, "    prompt: ");
    ytext(f, lang, q->prompt);
    fputc('\n', f);
    if (q->type == LT_Q_TYPED || q->type == LT_Q_CLOZE || q->type == LT_Q_DATE) {
        fprintf(f, "    answers: [");
        for (int k = 0; k < q->n_answers && k < LT_IMPORT_MAX_ANSWERS; k++) {
            if (k) {
                fprintf(f, ", ");
            }
            yq(f, q->answers[k]);
        }
        fprintf(f, "]\n");
    } else if (q->n_options > 0) {
        fprintf(f, "    options:\n");
        for (int k = 0; k < q->n_options && k < LT_IMPORT_MAX_OPTIONS; k++) {
            const lt_imp_option *o = &q->options[k];
            fprintf(f, "      - text: ");
            ytext(f, lang, o->text);
            fputc('\n', f);
            if (q->type == LT_Q_MATCH) {
                fprintf(f, "        match: ");
                ytext(f, lang, o->match);
                fputc('\n', f);
            } else if (q->type != LT_Q_ORDER) {
                fprintf(f, "        correct: %s\n", o->correct ? "true" : "false");
            }
            if (o->feedback && o->feedback[0]) {
                fprintf(f, "        note: ");
                ytext(f, lang, o->feedback);
                fputc('\n', f);
            }
        }
    }
    if (q->feedback && q->feedback[0]) {
        fprintf(f, "    explanation: ");
        ytext(f, lang, q->feedback);
        fputc('\n', f);
    }
}

char *lt_import_pack_yaml(const lt_import_result *res, const char *id, const char *title)
{
    char *buf = NULL;
    size_t len = 0;
    size_t nl = 0;
    lvl *v = make_levels(res, &nl);
    FILE *f = open_memstream(&buf, &len);
    if (!f || !v) {
        if (f) {
            fclose(f);
        }
        free(buf);
        free(v);
        return NULL;
    }
    write_header(f, res, id, title);
    write_levels(f, res, v, nl);
    fprintf(f, res->n_questions ? "questions:\n" : "questions: []\n");
    for (size_t i = 0; i < res->n_questions; i++) {
        const lt_imp_question *q = &res->questions[i];
        write_question(f, res, q, i + 1, level_of(v, nl, q->category));
    }
    fclose(f);
    free(v);
    return buf;
}

void lt_import_validate(lt_import_result *res)
{
    size_t w = 0;
    for (size_t i = 0; i < res->n_questions; i++) {
        lt_imp_question *q = &res->questions[i];
        lt_import_result one;
        char *yaml;
        lt_diags d = { 0 };
        lt_pack *p;
        memset(&one, 0, sizeof one);
        one.format = res->format;
        one.file = res->file;
        memcpy(one.lang, res->lang, sizeof one.lang);
        memcpy(one.encoding, res->encoding, sizeof one.encoding);
        one.questions = q;
        one.n_questions = 1;
        yaml = lt_import_pack_yaml(&one, "check", "check");
        p = yaml ? lt_pack_load_mem(yaml, strlen(yaml), "import", NULL, &d) : NULL;
        if (!p) {
            const char *why = "out of memory";
            for (size_t k = 0; k < d.count; k++) {
                if (d.items[k].severity == LT_SEV_ERROR) {
                    why = d.items[k].message;
                    break;
                }
            }
            lt_import_skipf(res, q->line, "invalid", "%s", why);
            lt_imp_question_free(q);
        } else {
            res->questions[w++] = *q;
        }
        lt_pack_free(p);
        lt_diags_free(&d);
        free(yaml);
    }
    res->n_questions = w;
}

bool lt_import_write_pack(const lt_import_result *res, const char *dir, const char *id,
                          const char *title, char *err, size_t errlen)
{
    char path[4096];
    char *yaml = lt_import_pack_yaml(res, id, title);
    FILE *f;
    lt_diags d = { 0 };
    lt_pack *p;
    size_t len;

    if (!yaml) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "cannot create %s: %s", dir, strerror(errno));
        free(yaml);
        return false;
    }
    snprintf(path, sizeof path, "%s/pack.yaml", dir);
    f = fopen(path, "wb");
    len = strlen(yaml);
    if (f && fwrite(yaml, 1, len, f) != len) {
        fclose(f);
        f = NULL;
    } else if (f && fclose(f) != 0) {
        f = NULL;
    }
    if (!f) {
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
        free(yaml);
        return false;
    }
    free(yaml);
    p = lt_pack_load(dir, &d);
    if (!p) {
        char *msg = d.count ? lt_diag_format(&d.items[0]) : NULL;
        snprintf(err, errlen, "the written pack does not load: %s", msg ? msg : "unknown error");
        free(msg);
        lt_diags_free(&d);
        return false;
    }
    lt_pack_free(p);
    lt_diags_free(&d);
    return true;
}
