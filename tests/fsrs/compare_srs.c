/* compare_srs.c: compares `letopis-pack srs replay` output with ts-fsrs reference output:
 * floats within 1e-6 (absolute or relative), state, scheduled_days and due exactly.
 * Depends on: lt_json.h (core). Usage: compare_srs GOT.jsonl EXPECTED.jsonl; exit 0 = agree. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_json.h"

#define TOL 1e-6

typedef struct stats {
    long cards, reviews, failures, exact_floats, floats;
    double max_dev[3]; /* stability, difficulty, retrievability */
} stats;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    if (!f) {
        return NULL;
    }
    do {
        if (n + 65536 > cap) {
            char *nb;
            cap = cap ? cap * 2 : 1 << 20;
            nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
    } while (got > 0);
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Splits text into non-empty lines in place; returns the count. */
static size_t lines(char *text, size_t len, char ***out)
{
    size_t n = 0, cap = 0;
    char **v = NULL;
    char *p = text, *end = text + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            nl = end;
        }
        *nl = '\0';
        if (nl > p) {
            if (n == cap) {
                char **nv;
                cap = cap ? cap * 2 : 256;
                nv = realloc(v, cap * sizeof *v);
                if (!nv) {
                    break;
                }
                v = nv;
            }
            v[n++] = p;
        }
        p = nl + 1;
    }
    *out = v;
    return n;
}

static void fail(stats *st, size_t line, const char *id, long k, const char *what)
{
    st->failures++;
    if (st->failures <= 20) {
        fprintf(stderr, "line %zu (%s) review %ld: %s\n", line, id, k, what);
    }
}

static void cmp_num(stats *st, int which, const lt_json *g, const lt_json *e, size_t line,
                    const char *id, long k, const char *name)
{
    double d;
    char msg[160];
    if (!g || !e || g->type != LT_JSON_NUMBER || e->type != LT_JSON_NUMBER) {
        snprintf(msg, sizeof msg, "%s missing or not a number", name);
        fail(st, line, id, k, msg);
        return;
    }
    d = fabs(g->num - e->num);
    st->floats++;
    if (d == 0.0) {
        st->exact_floats++;
    }
    if (d > st->max_dev[which]) {
        st->max_dev[which] = d;
    }
    if (!(d <= TOL || d <= TOL * fabs(e->num))) {
        snprintf(msg, sizeof msg, "%s %.17g, want %.17g", name, g->num, e->num);
        fail(st, line, id, k, msg);
    }
}

static void cmp_int(stats *st, const lt_json *g, const lt_json *e, size_t line, const char *id,
                    long k, const char *name)
{
    char msg[160];
    if (!g || !e || g->type != LT_JSON_NUMBER || e->type != LT_JSON_NUMBER || !g->is_int ||
        !e->is_int || g->i != e->i) {
        snprintf(msg, sizeof msg, "%s %lld, want %lld", name, g && g->is_int ? (long long)g->i : -999LL,
                 e && e->is_int ? (long long)e->i : -999LL);
        fail(st, line, id, k, msg);
    }
}

static void cmp_card(stats *st, const lt_json *g, const lt_json *e, size_t line)
{
    const lt_json *gid = lt_json_get(g, "id"), *eid = lt_json_get(e, "id");
    const lt_json *gr = lt_json_get(g, "results"), *er = lt_json_get(e, "results");
    const char *id = eid && eid->type == LT_JSON_STRING ? eid->str : "?";
    long k = 0;

    st->cards++;
    if (!gid || !eid || gid->type != LT_JSON_STRING || strcmp(gid->str, eid->str) != 0) {
        fail(st, line, id, 0, "id differs");
        return;
    }
    if (!gr || !er || gr->type != LT_JSON_ARRAY || er->type != LT_JSON_ARRAY || gr->len != er->len) {
        fail(st, line, id, 0, "results missing or of a different length");
        return;
    }
    for (const lt_json *a = gr->child, *b = er->child; a && b; a = a->next, b = b->next, k++) {
        const lt_json *ga = lt_json_get(a, "due"), *eb = lt_json_get(b, "due");
        const lt_json *rg = lt_json_get(a, "retrievability"), *re = lt_json_get(b, "retrievability");
        st->reviews++;
        cmp_num(st, 0, lt_json_get(a, "stability"), lt_json_get(b, "stability"), line, id, k + 1,
                "stability");
        cmp_num(st, 1, lt_json_get(a, "difficulty"), lt_json_get(b, "difficulty"), line, id, k + 1,
                "difficulty");
        cmp_int(st, lt_json_get(a, "state"), lt_json_get(b, "state"), line, id, k + 1, "state");
        cmp_int(st, lt_json_get(a, "scheduled_days"), lt_json_get(b, "scheduled_days"), line, id,
                k + 1, "scheduled_days");
        if (!ga || !eb || ga->type != LT_JSON_STRING || eb->type != LT_JSON_STRING ||
            strcmp(ga->str, eb->str) != 0) {
            char msg[160];
            snprintf(msg, sizeof msg, "due %s, want %s", ga && ga->str ? ga->str : "?",
                     eb && eb->str ? eb->str : "?");
            fail(st, line, id, k + 1, msg);
        }
        if (!rg || !re) {
            fail(st, line, id, k + 1, "retrievability missing");
        } else if (re->type == LT_JSON_NULL || rg->type == LT_JSON_NULL) {
            if (re->type != rg->type) {
                fail(st, line, id, k + 1, "retrievability null in one output only");
            }
        } else {
            cmp_num(st, 2, rg, re, line, id, k + 1, "retrievability");
        }
    }
}

int main(int argc, char **argv)
{
    size_t glen = 0, elen = 0, ng, ne;
    char *gtext, *etext, **gl = NULL, **el = NULL;
    stats st = { 0 };

    if (argc != 3) {
        fprintf(stderr, "usage: compare_srs GOT.jsonl EXPECTED.jsonl\n");
        return 2;
    }
    gtext = slurp(argv[1], &glen);
    etext = slurp(argv[2], &elen);
    if (!gtext || !etext) {
        fprintf(stderr, "compare_srs: cannot read %s\n", gtext ? argv[2] : argv[1]);
        return 2;
    }
    ng = lines(gtext, glen, &gl);
    ne = lines(etext, elen, &el);
    if (ng != ne) {
        fprintf(stderr, "compare_srs: %zu lines, want %zu\n", ng, ne);
        st.failures++;
    }
    for (size_t i = 0; i < ng && i < ne; i++) {
        lt_json_doc gd, ed;
        if (lt_json_parse(&gd, gl[i], strlen(gl[i]), NULL) != 0) {
            fail(&st, i + 1, "?", 0, "output line is not JSON");
            continue;
        }
        if (lt_json_parse(&ed, el[i], strlen(el[i]), NULL) != 0) {
            fail(&st, i + 1, "?", 0, "expected line is not JSON");
            lt_json_doc_free(&gd);
            continue;
        }
        cmp_card(&st, gd.root, ed.root, i + 1);
        lt_json_doc_free(&gd);
        lt_json_doc_free(&ed);
    }
    printf("%s: %ld histories, %ld reviews; max |dS| %.3g, |dD| %.3g, |dR| %.3g; "
           "%ld/%ld floats bit-identical; %ld mismatches\n",
           argv[2], st.cards, st.reviews, st.max_dev[0], st.max_dev[1], st.max_dev[2],
           st.exact_floats, st.floats, st.failures);
    free(gl);
    free(el);
    free(gtext);
    free(etext);
    return st.failures ? 1 : 0;
}
