/* lt_norm.c: answer normalisation and typo-tolerant comparison with a diff
 * (restricted Damerau-Levenshtein on code points, digits never fuzzy).
 * Depends on: lt_norm.h, lt_utf8.h. */
#include "lt_norm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_utf8.h"

/* A normalised string: code points and, for each, the source bytes it came
 * from (so a diff can point into the original text). */
typedef struct lt_nstr {
    int32_t cp[LT_NORM_MAX_CPS];
    int off[LT_NORM_MAX_CPS];
    int len[LT_NORM_MAX_CPS];
    int n;
} lt_nstr;

const char *lt_verdict_name(lt_verdict v)
{
    switch (v) {
    case LT_VERDICT_RIGHT: return "right";
    case LT_VERDICT_CLOSE: return "close";
    default: return "wrong";
    }
}

/* Base letters of U+0100..U+017F (Latin Extended-A), lower case. */
static const char lt_norm_ext_a[] = "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh"
                                    "iiiiiiiiii" "ii" "jj" "kkk" "llllllllll" "nnnnnnnnn" "oooooo"
                                    "oo" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy"
                                    "zzzzzz" "s";
/* Base letters of U+00E0..U+00FF; '?' marks the non-letter ÷. */
static const char lt_norm_latin1[] = "aaaaaaaceeeeiiiidnooooo?ouuuuyty";

/* Case-folds one code point and strips its diacritic. Writes one or two
 * code points into out; returns how many (0 drops it). */
static int lt_norm_fold_cp(int32_t c, int32_t out[2])
{
    if (c >= 'A' && c <= 'Z') {
        c += 32;
    } else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
        c += 32;
    }
    if (c == 0xDF) { /* ß */
        out[0] = 's';
        out[1] = 's';
        return 2;
    }
    if (c == 0xE6) { /* æ */
        out[0] = 'a';
        out[1] = 'e';
        return 2;
    }
    if (c >= 0xE0 && c <= 0xFF && c != 0xF7) {
        c = lt_norm_latin1[c - 0xE0];
    } else if (c >= 0x100 && c <= 0x17F) {
        c = lt_norm_ext_a[c - 0x100];
    } else if (c >= 0x410 && c <= 0x42F) { /* А-Я */
        c += 0x20;
    } else if (c >= 0x400 && c <= 0x40F) { /* Ѐ-Џ */
        c += 0x50;
    }
    if (c == 0x451 || c == 0x450) { /* ё, ѐ -> е */
        c = 0x435;
    }
    /* Latin look-alikes -> Cyrillic. */
    switch (c) {
    case 'a': c = 0x430; break;
    case 'e': c = 0x435; break;
    case 'o': c = 0x43E; break;
    case 'p': c = 0x440; break;
    case 'c': c = 0x441; break;
    case 'x': c = 0x445; break;
    case 'y': c = 0x443; break;
    case 'k': c = 0x43A; break;
    case 'm': c = 0x43C; break;
    case 't': c = 0x442; break;
    case 'h': c = 0x43D; break;
    case 'b': c = 0x432; break;
    default: break;
    }
    out[0] = c;
    return 1;
}

static bool lt_norm_is_digit(int32_t c)
{
    return c >= '0' && c <= '9';
}

static bool lt_norm_is_apostrophe(int32_t c)
{
    return c == '\'' || c == '`' || c == 0xB4 || c == 0x2018 || c == 0x2019 || c == 0x2BC ||
           c == 0x2B9 || c == 0x2032;
}

/* True for code points that separate words: ASCII non-alphanumerics,
 * Latin-1 punctuation, × ÷, general punctuation and symbols, CJK
 * punctuation, fullwidth ASCII punctuation. */
static bool lt_norm_is_separator(int32_t c)
{
    if (c < 0x80) {
        return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
    return c < 0xC0 || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF20);
}

static bool lt_norm_is_mark(int32_t c)
{
    return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

static void lt_norm_build(const char *in, lt_nstr *ns)
{
    ns->n = 0;
    if (in == NULL) {
        return;
    }
    size_t len = strlen(in), pos = 0;
    bool pending = false;
    int sep_off = 0, sep_len = 0;
    while (pos < len && ns->n < LT_NORM_MAX_CPS) {
        size_t start = pos;
        int32_t c = lt_utf8_next(in, len, &pos);
        int clen = (int)(pos - start);
        if (c == LT_UTF8_BAD || lt_norm_is_mark(c) || lt_norm_is_apostrophe(c)) {
            continue;
        }
        if (lt_norm_is_separator(c)) {
            if (!pending) {
                sep_off = (int)start;
                sep_len = 0;
            }
            pending = true;
            sep_len = (int)pos - sep_off;
            continue;
        }
        int32_t f[2];
        int nf = lt_norm_fold_cp(c, f);
        if (pending && ns->n > 0 && ns->n < LT_NORM_MAX_CPS) {
            ns->cp[ns->n] = ' ';
            ns->off[ns->n] = sep_off;
            ns->len[ns->n] = sep_len;
            ns->n++;
        }
        pending = false;
        for (int k = 0; k < nf && ns->n < LT_NORM_MAX_CPS; k++) {
            ns->cp[ns->n] = f[k];
            ns->off[ns->n] = (int)start;
            ns->len[ns->n] = clen;
            ns->n++;
        }
    }
}

size_t lt_norm(const char *in, char *out, size_t outlen)
{
    if (out == NULL || outlen == 0) {
        return 0;
    }
    lt_nstr ns;
    lt_norm_build(in, &ns);
    size_t o = 0;
    for (int i = 0; i < ns.n; i++) {
        char b[4];
        size_t k = lt_utf8_encode(ns.cp[i], b);
        if (o + k >= outlen) {
            break;
        }
        memcpy(out + o, b, k);
        o += k;
    }
    out[o] = '\0';
    return o;
}

bool lt_norm_equal(const char *a, const char *b)
{
    lt_nstr x, y;
    lt_norm_build(a, &x);
    lt_norm_build(b, &y);
    return x.n > 0 && x.n == y.n && memcmp(x.cp, y.cp, (size_t)x.n * sizeof x.cp[0]) == 0;
}

bool lt_norm_is_empty(const char *s)
{
    lt_nstr x;
    lt_norm_build(s, &x);
    return x.n == 0;
}

int lt_norm_allowed_edits(int letters)
{
    return letters < 0 ? 0 : (letters + 1) / 6;
}

/* ---- distance and diff -------------------------------------------------- */

static int lt_norm_cost1(int32_t c)
{
    return lt_norm_is_digit(c) ? LT_NORM_DIGIT_COST : 1;
}

static int lt_norm_min(int a, int b)
{
    return a < b ? a : b;
}

static void lt_norm_push(lt_norm_result *res, lt_diff_kind kind, int eo, int el, int go, int gl)
{
    /* Built back to front; merged with the previous (later) span of the
     * same kind when they touch. */
    if (res->n_ops > 0 && kind != LT_DIFF_SWAP) {
        lt_diff_op *p = &res->ops[res->n_ops - 1];
        if (p->kind == kind) {
            int e_end = p->e_off + p->e_len, g_end = p->g_off + p->g_len;
            p->e_off = lt_norm_min(p->e_off, eo);
            p->g_off = lt_norm_min(p->g_off, go);
            p->e_len = (e_end > eo + el ? e_end : eo + el) - p->e_off;
            p->g_len = (g_end > go + gl ? g_end : go + gl) - p->g_off;
            return;
        }
    }
    if (res->n_ops >= LT_NORM_OPS_MAX) {
        /* Out of room: fold into the last span as a substitution. */
        lt_diff_op *p = &res->ops[res->n_ops - 1];
        p->kind = LT_DIFF_SUB;
        int e_end = p->e_off + p->e_len, g_end = p->g_off + p->g_len;
        p->e_off = lt_norm_min(p->e_off, eo);
        p->g_off = lt_norm_min(p->g_off, go);
        p->e_len = e_end - p->e_off;
        p->g_len = g_end - p->g_off;
        return;
    }
    lt_diff_op *op = &res->ops[res->n_ops++];
    op->kind = kind;
    op->e_off = eo;
    op->e_len = el;
    op->g_off = go;
    op->g_len = gl;
}

/* End byte of the first i code points (where an insertion after them sits). */
static int lt_norm_end_of(const lt_nstr *s, int i, const char *text)
{
    if (i <= 0) {
        return s->n > 0 ? s->off[0] : (int)strlen(text);
    }
    return s->off[i - 1] + s->len[i - 1];
}

static void lt_norm_copy(char *dst, const char *src)
{
    snprintf(dst, LT_NORM_TEXT_MAX, "%s", src != NULL ? src : "");
}

lt_verdict lt_norm_compare(const char *expected, const char *got, lt_norm_result *res)
{
    lt_norm_result local;
    if (res == NULL) {
        res = &local;
    }
    memset(res, 0, sizeof *res);
    res->alt = 0;
    lt_norm_copy(res->expected, expected);
    lt_norm_copy(res->got, got);
    lt_nstr *e = malloc(sizeof *e), *g = malloc(sizeof *g);
    int *d = NULL;
    if (e != NULL && g != NULL) {
        lt_norm_build(res->expected, e);
        lt_norm_build(res->got, g);
        d = malloc((size_t)(e->n + 1) * (size_t)(g->n + 1) * sizeof *d);
    }
    if (d == NULL) {
        free(e);
        free(g);
        res->verdict = LT_VERDICT_WRONG;
        res->distance = LT_NORM_DIGIT_COST;
        return res->verdict;
    }
    int n = e->n, m = g->n, w = m + 1;
#define D(i, j) d[(i) * w + (j)]
    D(0, 0) = 0;
    for (int i = 1; i <= n; i++) {
        D(i, 0) = D(i - 1, 0) + lt_norm_cost1(e->cp[i - 1]);
    }
    for (int j = 1; j <= m; j++) {
        D(0, j) = D(0, j - 1) + lt_norm_cost1(g->cp[j - 1]);
    }
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            int32_t a = e->cp[i - 1], b = g->cp[j - 1];
            int sub = a == b ? 0 : (lt_norm_is_digit(a) || lt_norm_is_digit(b) ? LT_NORM_DIGIT_COST : 1);
            int v = D(i - 1, j - 1) + sub;
            v = lt_norm_min(v, D(i - 1, j) + lt_norm_cost1(a));
            v = lt_norm_min(v, D(i, j - 1) + lt_norm_cost1(b));
            if (i > 1 && j > 1 && a == g->cp[j - 2] && e->cp[i - 2] == b && a != b) {
                bool dig = lt_norm_is_digit(a) || lt_norm_is_digit(b);
                v = lt_norm_min(v, D(i - 2, j - 2) + (dig ? LT_NORM_DIGIT_COST : 1));
            }
            D(i, j) = v;
        }
    }
    res->distance = D(n, m);
    int letters = 0;
    for (int i = 0; i < n; i++) {
        letters += e->cp[i] != ' ' && !lt_norm_is_digit(e->cp[i]);
    }
    res->allowed = lt_norm_allowed_edits(letters);
    if (n == 0 || m == 0) {
        res->verdict = LT_VERDICT_WRONG;
    } else if (res->distance == 0) {
        res->verdict = LT_VERDICT_RIGHT;
    } else if (res->distance <= res->allowed) {
        res->verdict = LT_VERDICT_CLOSE;
    } else {
        res->verdict = LT_VERDICT_WRONG;
    }

    /* Walk back along one cheapest path, recording spans back to front. */
    int i = n, j = m;
    while (i > 0 || j > 0) {
        int here = D(i, j);
        if (i > 0 && j > 0 && e->cp[i - 1] == g->cp[j - 1] && D(i - 1, j - 1) == here) {
            lt_norm_push(res, LT_DIFF_SAME, e->off[i - 1], e->len[i - 1], g->off[j - 1], g->len[j - 1]);
            i--, j--;
        } else if (i > 1 && j > 1 && e->cp[i - 1] == g->cp[j - 2] && e->cp[i - 2] == g->cp[j - 1] &&
                   e->cp[i - 1] != e->cp[i - 2] && here == D(i - 2, j - 2) + 1) {
            int eo = e->off[i - 2], go = g->off[j - 2];
            lt_norm_push(res, LT_DIFF_SWAP, eo, e->off[i - 1] + e->len[i - 1] - eo, go,
                         g->off[j - 1] + g->len[j - 1] - go);
            i -= 2, j -= 2;
        } else if (i > 0 && j > 0 && e->cp[i - 1] != g->cp[j - 1] &&
                   here == D(i - 1, j - 1) + (lt_norm_is_digit(e->cp[i - 1]) || lt_norm_is_digit(g->cp[j - 1])
                                                  ? LT_NORM_DIGIT_COST
                                                  : 1)) {
            lt_norm_push(res, LT_DIFF_SUB, e->off[i - 1], e->len[i - 1], g->off[j - 1], g->len[j - 1]);
            i--, j--;
        } else if (i > 0 && here == D(i - 1, j) + lt_norm_cost1(e->cp[i - 1])) {
            lt_norm_push(res, LT_DIFF_MISSING, e->off[i - 1], e->len[i - 1], lt_norm_end_of(g, j, res->got), 0);
            i--;
        } else {
            lt_norm_push(res, LT_DIFF_EXTRA, lt_norm_end_of(e, i, res->expected), 0, g->off[j - 1],
                         g->len[j - 1]);
            j--;
        }
    }
#undef D
    for (int a = 0, b = res->n_ops - 1; a < b; a++, b--) {
        lt_diff_op t = res->ops[a];
        res->ops[a] = res->ops[b];
        res->ops[b] = t;
    }
    free(d);
    free(e);
    free(g);
    return res->verdict;
}

lt_verdict lt_norm_match(const char *const *alts, size_t n, const char *got, lt_norm_result *res)
{
    lt_norm_result best, cur;
    bool have = false;
    memset(&best, 0, sizeof best);
    best.alt = -1;
    for (size_t i = 0; i < n; i++) {
        if (alts[i] == NULL || lt_norm_is_empty(alts[i])) {
            continue;
        }
        lt_norm_compare(alts[i], got, &cur);
        cur.alt = (int)i;
        if (!have || cur.verdict > best.verdict ||
            (cur.verdict == best.verdict && cur.distance < best.distance)) {
            best = cur;
            have = true;
        }
    }
    if (!have) {
        lt_norm_copy(best.got, got);
        best.verdict = LT_VERDICT_WRONG;
    }
    if (res != NULL) {
        *res = best;
    }
    return best.verdict;
}

/* ---- rendering ------------------------------------------------------------ */

typedef struct lt_norm_sb {
    char *buf;
    size_t len, cap;
} lt_norm_sb;

static void lt_norm_put(lt_norm_sb *b, const char *s, int n)
{
    if (n <= 0 || b->cap == 0) {
        return;
    }
    size_t room = b->cap - 1 - b->len;
    size_t k = (size_t)n < room ? (size_t)n : room;
    memcpy(b->buf + b->len, s, k);
    b->len += k;
    b->buf[b->len] = '\0';
}

static void lt_norm_puts(lt_norm_sb *b, const char *s)
{
    lt_norm_put(b, s, (int)strlen(s));
}

size_t lt_norm_render(const lt_norm_result *res, char *buf, size_t len)
{
    lt_norm_sb b = {buf, 0, len};
    if (buf == NULL || len == 0) {
        return 0;
    }
    buf[0] = '\0';
    if (res == NULL) {
        return 0;
    }
    const char *ex = res->expected, *gt = res->got;
    int pos = 0, elen = (int)strlen(ex);
    for (int k = 0; k < res->n_ops; k++) {
        const lt_diff_op *op = &res->ops[k];
        if (op->e_off > pos) {
            lt_norm_put(&b, ex + pos, op->e_off - pos); /* ignored characters */
            pos = op->e_off;
        }
        int from = op->e_off > pos ? op->e_off : pos;
        int to = op->e_off + op->e_len;
        switch (op->kind) {
        case LT_DIFF_SAME:
            lt_norm_put(&b, ex + from, to - from);
            break;
        case LT_DIFF_SUB:
        case LT_DIFF_SWAP:
            lt_norm_puts(&b, "[");
            lt_norm_put(&b, ex + op->e_off, op->e_len);
            lt_norm_puts(&b, op->kind == LT_DIFF_SUB ? "\xE2\x86\x92" : "\xE2\x86\x94"); /* → ↔ */
            lt_norm_put(&b, gt + op->g_off, op->g_len);
            lt_norm_puts(&b, "]");
            break;
        case LT_DIFF_MISSING:
            lt_norm_puts(&b, "[+");
            lt_norm_put(&b, ex + op->e_off, op->e_len);
            lt_norm_puts(&b, "]");
            break;
        case LT_DIFF_EXTRA:
            lt_norm_puts(&b, "[-");
            lt_norm_put(&b, gt + op->g_off, op->g_len);
            lt_norm_puts(&b, "]");
            break;
        }
        if (to > pos) {
            pos = to;
        }
    }
    if (pos < elen) {
        lt_norm_put(&b, ex + pos, elen - pos);
    }
    return b.len;
}
