/* lt_import_gift.c: Moodle GIFT as Moodle's importer reads it (blocks split
 * by blank lines, escapes first, the first {...} is the answer block).
 * Depends on: lt_import.h. See /docs/pack-format.md "Importing". */
#include "lt_import.h"
#include "lt_utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Escaped characters become private-use code points U+E000.. while parsing,
 * so that "\~" is never an answer marker; they turn back at the end. */
enum { ESC_BSL = 0, ESC_TILDE, ESC_EQ, ESC_HASH, ESC_LBR, ESC_RBR, ESC_COLON, ESC_NL, ESC_N };
static const char esc_chars[ESC_N] = { '\\', '~', '=', '#', '{', '}', ':', '\n' };

typedef enum { FMT_MOODLE = 0, FMT_HTML, FMT_MARKDOWN, FMT_PLAIN } gift_fmt;

typedef struct gbuf {
    char *s;
    size_t n, cap;
    bool oom;
} gbuf;

static void gb_put(gbuf *b, const char *s, size_t n)
{
    if (b->oom) {
        return;
    }
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        char *p;
        while (b->n + n + 1 > cap) {
            cap *= 2;
        }
        p = realloc(b->s, cap);
        if (!p) {
            b->oom = true;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void gb_ch(gbuf *b, char c)
{
    gb_put(b, &c, 1);
}

/* Replaces "\X" escapes by placeholders (3 bytes: EE 80 8k). */
static char *encode_escapes(const char *s, size_t n)
{
    gbuf b = { 0 };
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            const char *p = s[i + 1] == 'n' ? &esc_chars[ESC_NL]
                                            : memchr(esc_chars, s[i + 1], ESC_NL);
            if (p && s[i + 1] != '\n') {
                char ph[3] = { '\xEE', '\x80', (char)(0x80 + (p - esc_chars)) };
                gb_put(&b, ph, 3);
                i++;
                continue;
            }
        }
        gb_ch(&b, s[i]);
    }
    if (!b.s && !b.oom) {
        gb_put(&b, "", 0);
    }
    return b.oom ? (free(b.s), NULL) : b.s;
}

static bool is_ph(const char *s, size_t n, size_t i)
{
    return i + 2 < n && (unsigned char)s[i] == 0xEE && (unsigned char)s[i + 1] == 0x80 &&
           (unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] < 0x80 + ESC_N;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void trim(const char **s, size_t *n)
{
    while (*n && is_space(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_space((*s)[*n - 1])) {
        (*n)--;
    }
}

/* Reads a leading [html]/[moodle]/[plain]/[markdown]; strips it. */
static gift_fmt take_format(const char **s, size_t *n, gift_fmt dflt)
{
    static const struct { const char *tag; gift_fmt f; } tags[] = {
        { "[html]", FMT_HTML }, { "[moodle]", FMT_MOODLE },
        { "[plain]", FMT_PLAIN }, { "[markdown]", FMT_MARKDOWN },
    };
    trim(s, n);
    for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++) {
        size_t l = strlen(tags[k].tag);
        if (*n >= l && memcmp(*s, tags[k].tag, l) == 0) {
            *s += l;
            *n -= l;
            trim(s, n);
            return tags[k].f;
        }
    }
    return dflt;
}

/* Decodes &name; and &#N; at s[i] into b; returns bytes consumed (0 = none). */
static size_t decode_entity(const char *s, size_t n, size_t i, gbuf *b)
{
    static const struct { const char *name; const char *utf8; } ents[] = {
        { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
        { "nbsp", " " }, { "mdash", "\xE2\x80\x94" }, { "ndash", "\xE2\x80\x93" },
        { "laquo", "\xC2\xAB" }, { "raquo", "\xC2\xBB" }, { "hellip", "\xE2\x80\xA6" },
    };
    size_t end = i + 1;
    while (end < n && end - i < 12 && s[end] != ';') {
        end++;
    }
    if (end >= n || s[end] != ';') {
        return 0;
    }
    if (s[i + 1] == '#') {
        long cp = 0;
        size_t k = i + 2;
        bool hex = k < end && (s[k] == 'x' || s[k] == 'X');
        char out[4];
        size_t ol;
        k += hex;
        if (k == end) {
            return 0;
        }
        for (; k < end; k++) {
            char c = s[k];
            int d = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0 || cp > 0x10FFFF) {
                return 0;
            }
            cp = cp * (hex ? 16 : 10) + d;
        }
        ol = cp > 0 && cp <= 0x10FFFF ? lt_utf8_encode((int32_t)cp, out) : 0;
        if (ol == 0) {
            return 0;
        }
        gb_put(b, out, ol);
        return end - i + 1;
    }
    for (size_t k = 0; k < sizeof ents / sizeof ents[0]; k++) {
        size_t l = strlen(ents[k].name);
        if (end - i - 1 == l && memcmp(s + i + 1, ents[k].name, l) == 0) {
            gb_put(b, ents[k].utf8, strlen(ents[k].utf8));
            return end - i + 1;
        }
    }
    return 0;
}

/* Turns a piece of GIFT text into plain UTF-8: format prefix, tags and
 * entities (html, moodle), markdown marks, escapes back, whitespace folded. */
static char *plain_text(const char *s, size_t n, gift_fmt dflt)
{
    gift_fmt f = take_format(&s, &n, dflt);
    gbuf a = { 0 }, b = { 0 };
    /* pass 1: markup */
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if ((f == FMT_HTML || f == FMT_MOODLE) && c == '<' && i + 1 < n &&
            ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
             s[i + 1] == '/' || s[i + 1] == '!')) {
            const char *gt = memchr(s + i, '>', n - i);
            if (gt) {
                size_t tl = (size_t)(gt - (s + i));
                /* block-level tags break a line */
                if ((tl >= 3 && (strncmp(s + i, "<br", 3) == 0 || strncmp(s + i, "<p", 2) == 0)) ||
                    (tl >= 2 && (strncmp(s + i, "<p", 2) == 0 || strncmp(s + i, "</p", 3) == 0 ||
                                 strncmp(s + i, "<li", 3) == 0 || strncmp(s + i, "<div", 4) == 0))) {
                    gb_ch(&a, ' ');
                }
                i += tl;
                continue;
            }
        }
        if ((f == FMT_HTML || f == FMT_MOODLE) && c == '&') {
            size_t used = decode_entity(s, n, i, &a);
            if (used) {
                i += used - 1;
                continue;
            }
        }
        if (f == FMT_MARKDOWN) {
            if (c == '_' && i + 2 < n && s[i + 1] == '_' && s[i + 2] == '_') {
                gb_put(&a, "___", 3); /* the gap of a missing word */
                i += 2;
                continue;
            }
            if (c == '*' || c == '_' || c == '`') {
                continue;
            }
            if (c == '#' && (i == 0 || s[i - 1] == '\n')) {
                while (i < n && s[i] == '#') {
                    i++;
                }
                i--;
                continue;
            }
        }
        gb_ch(&a, c);
    }
    /* pass 2: whitespace folded, placeholders back */
    for (size_t i = 0; i < a.n; i++) {
        char c = a.s[i];
        if (is_ph(a.s, a.n, i)) {
            char e = esc_chars[(unsigned char)a.s[i + 2] - 0x80];
            if (e == '\n') {
                while (b.n && b.s[b.n - 1] == ' ') {
                    b.s[--b.n] = '\0';
                }
            }
            gb_ch(&b, e);
            i += 2;
            continue;
        }
        if (is_space(c)) {
            if (b.n && b.s[b.n - 1] != ' ' && b.s[b.n - 1] != '\n') {
                gb_ch(&b, ' ');
            }
            continue;
        }
        gb_ch(&b, c);
    }
    free(a.s);
    while (b.n && is_space(b.s[b.n - 1])) {
        b.s[--b.n] = '\0';
    }
    if (!b.s && !b.oom) {
        gb_put(&b, "", 0);
    }
    return b.oom ? (free(b.s), NULL) : b.s;
}

/* One answer of a split answer block. */
typedef struct gans {
    char marker;           /* '=', '~' or 0 (none) */
    const char *s;         /* text after marker and weight, up to '#' */
    size_t n;
    const char *fb;        /* feedback after the first '#', may be NULL */
    size_t fbn;
    bool has_weight;
    double weight;
} gans;

#define GIFT_MAX_ANS 64

/* Parses "%w%" at the start of s; returns false when malformed. */
static bool take_weight(const char **s, size_t *n, gans *a)
{
    const char *end;
    char num[32];
    char *stop;
    if (*n == 0 || **s != '%') {
        return true;
    }
    end = memchr(*s + 1, '%', *n - 1);
    if (!end || (size_t)(end - *s - 1) >= sizeof num || end == *s + 1) {
        return false;
    }
    memcpy(num, *s + 1, (size_t)(end - *s - 1));
    num[end - *s - 1] = '\0';
    a->weight = strtod(num, &stop);
    if (*stop != '\0') {
        return false;
    }
    a->has_weight = true;
    *n -= (size_t)(end - *s + 1);
    *s = end + 1;
    return true;
}

/* Splits an answer block on '=' and '~' (when `markers`), each answer then
 * on its first '#'. Returns the number of answers or -1 (bad weight). */
static int split_answers(const char *s, size_t n, const char *markers, gans *out, int max)
{
    int k = 0;
    size_t i = 0;
    while (i < n) {
        size_t start, end;
        gans a;
        memset(&a, 0, sizeof a);
        while (i < n && is_space(s[i])) {
            i++;
        }
        if (i >= n) {
            break;
        }
        if (strchr(markers, s[i])) {
            a.marker = s[i];
            i++;
        }
        start = i;
        while (i < n && !strchr(markers, s[i])) {
            i++;
        }
        end = i;
        /* "->" in matching is not an '=' marker; neither is '=' in "->" */
        a.s = s + start;
        a.n = end - start;
        trim(&a.s, &a.n);
        if (!take_weight(&a.s, &a.n, &a)) {
            return -1;
        }
        {
            const char *h = memchr(a.s, '#', a.n);
            if (h) {
                a.fb = h + 1;
                a.fbn = a.n - (size_t)(h - a.s) - 1;
                a.n = (size_t)(h - a.s);
                trim(&a.fb, &a.fbn);
            }
        }
        trim(&a.s, &a.n);
        if (k < max) {
            out[k] = a;
        }
        k++;
    }
    return k;
}

static const char *find_str(const char *s, size_t n, const char *needle)
{
    size_t l = strlen(needle);
    for (size_t i = 0; i + l <= n; i++) {
        if (memcmp(s + i, needle, l) == 0) {
            return s + i;
        }
    }
    return NULL;
}

static const char *find_last_str(const char *s, size_t n, const char *needle)
{
    size_t l = strlen(needle);
    const char *last = NULL;
    for (size_t i = 0; i + l <= n; i++) {
        if (memcmp(s + i, needle, l) == 0) {
            last = s + i;
        }
    }
    return last;
}

typedef struct gctx {
    lt_import_result *res;
    char *category;        /* current $CATEGORY (last path part) */
    int line;              /* start line of the block */
    gift_fmt fmt;          /* the question text's format, inherited */
} gctx;

static char *ptext(gctx *c, const char *s, size_t n)
{
    return plain_text(s, n, c->fmt);
}

static bool same_word(const char *s, size_t n, const char *w)
{
    return n == strlen(w) && memcmp(s, w, n) == 0;
}

/* Parses a GIFT number (after escapes: plain ASCII). */
static bool parse_num(const char *s, size_t n, double *v)
{
    char num[64];
    char *stop;
    trim(&s, &n);
    if (n == 0 || n >= sizeof num) {
        return false;
    }
    memcpy(num, s, n);
    num[n] = '\0';
    *v = strtod(num, &stop);
    return *stop == '\0' && num[0] != ' ';
}

static void set_answer(lt_imp_question *q, const char *s)
{
    if (q->n_answers < LT_IMPORT_MAX_ANSWERS && s) {
        for (int k = 0; k < q->n_answers; k++) {
            if (strcmp(q->answers[k], s) == 0) {
                return;
            }
        }
        q->answers[q->n_answers++] = lt_imp_strndup(s, strlen(s));
    }
}

static void add_fmt_answer(lt_imp_question *q, double v)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%.15g", v);
    set_answer(q, buf);
}

/* Appends a sentence to the question's explanation. */
static void add_explain(lt_imp_question *q, const char *note)
{
    size_t a = q->feedback ? strlen(q->feedback) : 0, b = strlen(note);
    char *n = realloc(q->feedback, a + b + 2);
    if (!n) {
        return;
    }
    if (a) {
        n[a++] = ' ';
    }
    memcpy(n + a, note, b + 1);
    q->feedback = n;
}

/* Numerical answers: "N", "N:T", "A..B", several "=..." with weights. */
static bool parse_numerical(gctx *c, lt_imp_question *q, const char *s, size_t n)
{
    gans ans[GIFT_MAX_ANS];
    int k = split_answers(s, n, "=~", ans, GIFT_MAX_ANS);
    bool lossy = false, first = true;
    char note[256];
    note[0] = '\0';
    if (k <= 0) {
        lt_import_skipf(c->res, c->line, "bad numerical", "cannot read the numerical answers");
        return false;
    }
    q->type = LT_Q_TYPED;
    q->numeric = true;
    for (int i = 0; i < k && i < GIFT_MAX_ANS; i++) {
        const gans *a = &ans[i];
        double v, t = 0, lo, hi;
        const char *colon, *dots;
        if (a->marker == '~' || (a->n == 1 && a->s[0] == '*')) {
            continue; /* wrong-answer feedback */
        }
        if (a->has_weight && a->weight < 100) {
            lossy = true;
            continue; /* partial credit cannot be expressed */
        }
        colon = memchr(a->s, ':', a->n);
        dots = find_str(a->s, a->n, "..");
        if (dots) {
            if (!parse_num(a->s, (size_t)(dots - a->s), &lo) ||
                !parse_num(dots + 2, a->n - (size_t)(dots - a->s) - 2, &hi) || hi < lo) {
                lt_import_skipf(c->res, c->line, "bad numerical", "'%.*s' is not a range A..B",
                                (int)(a->n > 60 ? 60 : a->n), a->s);
                return false;
            }
            v = (lo + hi) / 2;
            t = (hi - lo) / 2;
        } else if (colon) {
            if (!parse_num(a->s, (size_t)(colon - a->s), &v) ||
                !parse_num(colon + 1, a->n - (size_t)(colon - a->s) - 1, &t) || t < 0) {
                lt_import_skipf(c->res, c->line, "bad numerical", "'%.*s' is not NUMBER:TOLERANCE",
                                (int)(a->n > 60 ? 60 : a->n), a->s);
                return false;
            }
            lo = v - t;
            hi = v + t;
        } else {
            if (!parse_num(a->s, a->n, &v)) {
                lt_import_skipf(c->res, c->line, "bad numerical", "'%.*s' is not a number",
                                (int)(a->n > 60 ? 60 : a->n), a->s);
                return false;
            }
            lo = hi = v;
        }
        if (first) {
            q->num_value = v;
            q->num_tolerance = t;
            q->num_min = lo;
            q->num_max = hi;
            first = false;
        }
        if (t == 0) {
            if (!dots && !colon) {
                const char *ts = a->s;
                size_t tn = a->n;
                char *txt;
                trim(&ts, &tn);
                txt = lt_imp_strndup(ts, tn);
                set_answer(q, txt);
                free(txt);
            } else {
                add_fmt_answer(q, v);
            }
        } else if (lo == (double)(long long)lo && hi == (double)(long long)hi &&
                   hi - lo < LT_IMPORT_MAX_ANSWERS) {
            /* whole numbers in a short range: every one is an answer */
            for (double x = lo; x <= hi; x += 1) {
                add_fmt_answer(q, x);
            }
        } else {
            add_fmt_answer(q, v);
            snprintf(note + strlen(note), sizeof note - strlen(note), "%s%.15g..%.15g",
                     note[0] ? ", " : "", lo, hi);
        }
    }
    if (q->n_answers == 0) {
        lt_import_skipf(c->res, c->line, "bad numerical", "no fully right numerical answer");
        return false;
    }
    if (note[0]) {
        char ex[320];
        snprintf(ex, sizeof ex, "%s %s.", strcmp(c->res->lang, "ru") == 0
                                             ? "Принимается любое число в пределах"
                                             : "Any number in", note);
        add_explain(q, ex);
        lt_import_notef(c->res, c->line, "numerical tolerance %s kept as the middle value and a "
                                         "note in the explanation", note);
    }
    if (lossy) {
        lt_import_notef(c->res, c->line, "partial-credit numerical answers dropped");
    }
    return true;
}

static bool parse_choice(gctx *c, lt_imp_question *q, const char *s, size_t n)
{
    gans ans[GIFT_MAX_ANS];
    int k = split_answers(s, n, "=~", ans, GIFT_MAX_ANS);
    bool has_eq = false, partial = false;
    int right = 0;
    if (k < 0) {
        lt_import_skipf(c->res, c->line, "bad weight", "an answer weight is not %%NUMBER%%");
        return false;
    }
    if (k < 2) {
        lt_import_skipf(c->res, c->line, "too few answers", "a multiple-choice question needs "
                                                            "at least 2 answers");
        return false;
    }
    if (k > LT_IMPORT_MAX_OPTIONS) {
        lt_import_skipf(c->res, c->line, "too many answers", "%d answers; at most %d fit", k,
                        LT_IMPORT_MAX_OPTIONS);
        return false;
    }
    for (int i = 0; i < k; i++) {
        has_eq |= ans[i].marker == '=';
    }
    for (int i = 0; i < k; i++) {
        gans *a = &ans[i];
        lt_imp_option *o = &q->options[q->n_options];
        double w = a->has_weight ? a->weight : a->marker == '=' ? 100 : 0;
        if (a->n == 0) {
            lt_import_skipf(c->res, c->line, "empty answer", "answer %d has no text", i + 1);
            return false;
        }
        o->text = ptext(c, a->s, a->n);
        o->feedback = a->fb && a->fbn ? ptext(c, a->fb, a->fbn) : NULL;
        o->weight = w;
        o->correct = has_eq ? w >= 100 - 1e-9 : w > 0;
        partial |= has_eq && w > 0 && w < 100 - 1e-9;
        right += o->correct;
        q->n_options++;
        for (int j = 0; j + 1 < q->n_options; j++) {
            if (o->text && q->options[j].text && strcmp(o->text, q->options[j].text) == 0) {
                lt_import_skipf(c->res, c->line, "duplicate answers", "answers %d and %d are the "
                                                 "same: '%.60s'", j + 1, i + 1, o->text);
                return false;
            }
        }
    }
    if (right == 0) {
        lt_import_skipf(c->res, c->line, "no right answer", "no answer is marked right (= or a "
                                                            "positive %%weight%%)");
        return false;
    }
    if (right == k) {
        lt_import_skipf(c->res, c->line, "no wrong answer", "every answer is right");
        return false;
    }
    q->type = has_eq && right == 1 ? LT_Q_CHOICE : LT_Q_MULTI;
    if (partial) {
        lt_import_notef(c->res, c->line, "partial-credit answers imported as wrong options");
    }
    return true;
}

static bool parse_match(gctx *c, lt_imp_question *q, const char *s, size_t n)
{
    gans ans[GIFT_MAX_ANS];
    int k = split_answers(s, n, "=", ans, GIFT_MAX_ANS), dropped = 0;
    for (int i = 0; i < k && i < GIFT_MAX_ANS; i++) {
        const char *arrow = find_str(ans[i].s, ans[i].n, "->");
        size_t ln;
        if (!arrow) {
            lt_import_skipf(c->res, c->line, "bad matching", "pair %d has no '->'", i + 1);
            return false;
        }
        ln = (size_t)(arrow - ans[i].s);
        {
            const char *l = ans[i].s, *r = arrow + 2;
            size_t rn = ans[i].n - ln - 2;
            trim(&l, &ln);
            trim(&r, &rn);
            if (ln == 0) {
                dropped++; /* a distractor: the game has no place for it */
                continue;
            }
            if (q->n_options >= LT_IMPORT_MAX_OPTIONS) {
                lt_import_skipf(c->res, c->line, "too many answers", "more than %d pairs",
                                LT_IMPORT_MAX_OPTIONS);
                return false;
            }
            q->options[q->n_options].text = ptext(c, l, ln);
            q->options[q->n_options].match = ptext(c, r, rn);
            q->options[q->n_options].correct = true;
            q->options[q->n_options].weight = 100;
            q->n_options++;
        }
    }
    if (q->n_options < 2) {
        lt_import_skipf(c->res, c->line, "too few answers", "a matching question needs at least 2 "
                                                            "pairs");
        return false;
    }
    q->type = LT_Q_MATCH;
    if (dropped) {
        lt_import_notef(c->res, c->line, "%d extra right-hand answer%s without a pair dropped",
                        dropped, dropped == 1 ? "" : "s");
    }
    return true;
}

static bool parse_truefalse(gctx *c, lt_imp_question *q, const char *s, size_t n, bool truth)
{
    const char *h = memchr(s, '#', n);
    bool ru = strcmp(c->res->lang, "ru") == 0;
    char *fb_wrong = NULL, *fb_right = NULL;
    if (h) {
        const char *h2 = memchr(h + 1, '#', n - (size_t)(h + 1 - s));
        size_t l1 = h2 ? (size_t)(h2 - h - 1) : n - (size_t)(h + 1 - s);
        fb_wrong = l1 ? ptext(c, h + 1, l1) : NULL;
        if (h2 && n - (size_t)(h2 + 1 - s) > 0) {
            fb_right = ptext(c, h2 + 1, n - (size_t)(h2 + 1 - s));
        }
    }
    q->type = LT_Q_TRUEFALSE;
    q->n_options = 2;
    q->options[0].text = lt_imp_strndup(ru ? "Верно" : "True", strlen(ru ? "Верно" : "True"));
    q->options[1].text = lt_imp_strndup(ru ? "Неверно" : "False", strlen(ru ? "Неверно" : "False"));
    q->options[0].correct = truth;
    q->options[1].correct = !truth;
    q->options[0].weight = truth ? 100 : 0;
    q->options[1].weight = truth ? 0 : 100;
    /* the first feedback is shown for the wrong response, the second for the right one */
    q->options[truth ? 1 : 0].feedback = fb_wrong && fb_wrong[0] ? fb_wrong : (free(fb_wrong), NULL);
    q->options[truth ? 0 : 1].feedback = fb_right && fb_right[0] ? fb_right : (free(fb_right), NULL);
    return true;
}

static bool parse_short(gctx *c, lt_imp_question *q, const char *s, size_t n)
{
    gans ans[GIFT_MAX_ANS];
    int k = split_answers(s, n, "=", ans, GIFT_MAX_ANS), partial = 0;
    if (k < 0) {
        lt_import_skipf(c->res, c->line, "bad weight", "an answer weight is not %%NUMBER%%");
        return false;
    }
    for (int i = 0; i < k && i < GIFT_MAX_ANS; i++) {
        char *t;
        if (ans[i].n == 0 || (ans[i].n == 1 && ans[i].s[0] == '*')) {
            continue;
        }
        if (ans[i].has_weight && ans[i].weight < 100 - 1e-9) {
            partial++;
            continue;
        }
        t = ptext(c, ans[i].s, ans[i].n);
        if (t && t[0]) {
            set_answer(q, t);
        }
        free(t);
    }
    if (q->n_answers == 0) {
        lt_import_skipf(c->res, c->line, "no right answer", "the short answer has no fully right "
                                                            "answer");
        return false;
    }
    q->type = LT_Q_TYPED;
    if (partial) {
        lt_import_notef(c->res, c->line, "%d partial-credit answer%s dropped", partial,
                        partial == 1 ? "" : "s");
    }
    return true;
}

/* Parses one block (escapes already encoded). */
static void parse_block(gctx *c, const char *blk, size_t n)
{
    lt_imp_question q;
    const char *s = blk, *lb, *rb, *body, *gf;
    size_t bn, an;
    char *title = NULL;
    gbuf prompt = { 0 };
    bool gap, ok = false;

    memset(&q, 0, sizeof q);
    trim(&s, &n);
    while (n >= 10 && memcmp(s, "$CATEGORY:", 10) == 0) {
        const char *p = s + 10, *last, *nl = memchr(s, '\n', n);
        size_t pn = nl ? (size_t)(nl - p) : n - 10;
        trim(&p, &pn);
        while (pn && p[pn - 1] == '/') {
            pn--;
        }
        last = p;
        for (size_t i = 0; i < pn; i++) {
            if (p[i] == '/') {
                last = p + i + 1;
            }
        }
        free(c->category);
        c->category = pn ? plain_text(last, pn - (size_t)(last - p), FMT_PLAIN) : NULL;
        if (c->category && (!c->category[0] || strcmp(c->category, "top") == 0)) {
            free(c->category);
            c->category = NULL;
        }
        if (!nl) {
            return;
        }
        /* Moodle would lose a question written right under the category
         * line; read the rest as a block of its own */
        n -= (size_t)(nl + 1 - s);
        s = nl + 1;
        c->line++;
        trim(&s, &n);
    }
    q.line = c->line;
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        const char *end = find_str(s + 2, n - 2, "::");
        if (!end) {
            /* as Moodle does: no title, the rest is the question */
            lt_import_notef(c->res, c->line, "the title has no closing '::'; read as question text");
            s += 2;
            n -= 2;
        } else {
            title = plain_text(s + 2, (size_t)(end - s - 2), FMT_PLAIN);
            n -= (size_t)(end + 2 - s);
            s = end + 2;
        }
    }
    c->fmt = FMT_MOODLE;
    c->fmt = take_format(&s, &n, FMT_MOODLE);
    lb = memchr(s, '{', n);
    rb = memchr(s, '}', n);
    if (!lb && !rb) {
        lt_import_skipf(c->res, c->line, "description", "a text without an answer block is shown "
                                                        "between questions in Moodle; not a question");
        free(title);
        return;
    }
    if (!lb || !rb || rb < lb) {
        lt_import_skipf(c->res, c->line, "broken braces", "%s", !lb ? "'}' without '{'"
                                                                 : !rb ? "'{' without '}'"
                                                                       : "'}' before '{'");
        free(title);
        return;
    }
    body = lb + 1;
    bn = (size_t)(rb - lb - 1);
    {
        const char *after = rb + 1;
        size_t aft = n - (size_t)(after - s);
        const char *pre = s;
        size_t pren = (size_t)(lb - s);
        trim(&after, &aft);
        gap = aft > 0;
        gb_put(&prompt, pre, pren);
        if (gap) {
            gb_put(&prompt, " ___ ", 5);
            gb_put(&prompt, after, aft);
        }
    }
    gf = find_last_str(body, bn, "####");
    if (gf) {
        size_t fn = bn - (size_t)(gf + 4 - body);
        q.feedback = fn ? ptext(c, gf + 4, fn) : NULL;
        if (q.feedback && !q.feedback[0]) {
            free(q.feedback);
            q.feedback = NULL;
        }
        bn = (size_t)(gf - body);
    }
    an = bn;
    trim(&body, &an);
    if (an == 0) {
        lt_import_skipf(c->res, c->line, "essay", "essay questions ({}) are graded by hand");
        goto done;
    }
    if (body[0] == '#') {
        ok = parse_numerical(c, &q, body + 1, an - 1);
    } else if (memchr(body, '~', an)) {
        ok = parse_choice(c, &q, body, an);
    } else if (memchr(body, '=', an) && find_str(body, an, "->")) {
        ok = parse_match(c, &q, body, an);
    } else {
        const char *h = memchr(body, '#', an);
        const char *w = body;
        size_t wn = h ? (size_t)(h - body) : an;
        trim(&w, &wn);
        if (same_word(w, wn, "T") || same_word(w, wn, "TRUE")) {
            ok = parse_truefalse(c, &q, body, an, true);
        } else if (same_word(w, wn, "F") || same_word(w, wn, "FALSE")) {
            ok = parse_truefalse(c, &q, body, an, false);
        } else {
            ok = parse_short(c, &q, body, an);
        }
    }
    if (!ok) {
        goto done;
    }
    q.prompt = prompt.oom ? NULL : ptext(c, prompt.s ? prompt.s : "", prompt.n);
    if (q.prompt && !q.prompt[0] && title && title[0]) {
        free(q.prompt);
        q.prompt = lt_imp_strndup(title, strlen(title));
    }
    if (!q.prompt || !q.prompt[0]) {
        lt_import_skipf(c->res, c->line, "empty question", "the question has no text");
        ok = false;
        goto done;
    }
    if (gap && q.type == LT_Q_TYPED) {
        q.type = LT_Q_CLOZE;
    }
    q.title = title;
    title = NULL;
    q.category = c->category ? lt_imp_strndup(c->category, strlen(c->category)) : NULL;
    free(prompt.s);
    lt_import_add(c->res, &q);
    return;
done:
    free(title);
    free(prompt.s);
    lt_imp_question_free(&q);
}

void lt_import_gift(const char *name, const char *text, size_t len, lt_import_result *res)
{
    gctx c;
    gbuf blk = { 0 };
    size_t i = 0;
    int line = 0, start = 0;
    bool cr_only = memchr(text, '\r', len) && !memchr(text, '\n', len);
    (void)name;
    memset(&c, 0, sizeof c);
    c.res = res;
    while (i <= len) {
        const char *ls = text + i, *le;
        size_t ln;
        bool at_end = i == len;
        if (!at_end) {
            le = memchr(ls, cr_only ? '\r' : '\n', len - i);
            ln = le ? (size_t)(le - ls) : len - i;
            i += le ? ln + 1 : ln; /* the last line without an end: i == len next */
            line++;
        } else {
            ln = 0;
            i++;
        }
        trim(&ls, &ln);
        if (ln == 0) {
            if (blk.n) {
                char *enc = encode_escapes(blk.s, blk.n);
                c.line = start;
                if (enc) {
                    parse_block(&c, enc, strlen(enc));
                }
                free(enc);
                blk.n = 0;
            }
            continue;
        }
        if (ln >= 2 && ls[0] == '/' && ls[1] == '/') {
            continue; /* a comment line: dropped, does not split the block */
        }
        if (blk.n == 0) {
            start = line;
        } else {
            gb_ch(&blk, '\n');
        }
        gb_put(&blk, ls, ln);
        if (blk.oom) {
            break;
        }
    }
    free(blk.s);
    free(c.category);
}
