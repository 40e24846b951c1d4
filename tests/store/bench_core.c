/* bench_core.c: letopis-bench-core: the core's speed targets: choosing the
 * next card among 100,000 (< 50 us), committing an answer on a file database
 * with WAL + synchronous FULL (median < 5 ms), loading a generated pack of
 * 10,000 events and 42 entities (< 300 ms). Prints figures and PASS/FAIL;
 * exit 1 on a FAIL. Depends on: lt_sched.h, lt_store.h, lt_pack.h, lt_fsrs.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lt_fsrs.h"
#include "lt_pack.h"
#include "lt_rng.h"
#include "lt_sched.h"
#include "lt_store.h"

#define DAY LT_FSRS_MS_PER_DAY
#define T0 INT64_C(1767571200000) /* 2026-01-05T00:00:00Z */
#define N_CARDS 100000
#define N_COMMITS 400
#define N_EVENTS 10000
#define N_ENTITIES 42

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : (x > y ? 1 : 0);
}

static double pct(double *v, int n, double p)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    int i = (int)(p * (n - 1) + 0.5);
    return v[i];
}

static int failures;

static void report(const char *what, double value, const char *unit, const char *target, int ok, const char *more)
{
    printf("%-34s %10.3f %-3s target %-9s %s%s%s\n", what, value, unit, target, ok ? "PASS" : "FAIL",
           more[0] ? "  " : "", more);
    failures += !ok;
}

/* 100,000 cards: 25,000 events x 4 facets, a spread of states and dues. */
static void bench_pick(void)
{
    size_t n = N_CARDS;
    lt_sched_fact *facts = calloc(n, sizeof *facts);
    lt_card_rec *cards = calloc(n, sizeof *cards);
    lt_rng rng;
    lt_rng_seed(&rng, 1);
    for (size_t i = 0; i < n; i++) {
        snprintf(facts[i].key, sizeof facts[i].key, "E%05zu/f%zu", i / 4, i % 4);
        facts[i].event = (int)(i / 4);
        facts[i].facet = (int)(i % 4);
        facts[i].question = -1;
        lt_card_rec *c = &cards[i];
        snprintf(c->fact, sizeof c->fact, "%s", facts[i].key);
        int ago = 1 + (int)lt_rng_below(&rng, 90);
        int ivl = 1 + (int)lt_rng_below(&rng, 120);
        c->fsrs.state = LT_FSRS_REVIEW;
        c->fsrs.stability = 0.5 + (double)lt_rng_below(&rng, 20000) / 100.0;
        c->fsrs.difficulty = 1.0 + (double)lt_rng_below(&rng, 900) / 100.0;
        c->fsrs.last_review = T0 - ago * DAY + (int64_t)lt_rng_below(&rng, 86400) * 1000;
        c->fsrs.has_last_review = true;
        c->fsrs.scheduled_days = ivl;
        c->fsrs.due = c->fsrs.last_review + ivl * DAY;
        c->fsrs.reps = 5;
    }
    lt_sched_opts o = {.new_per_day = 20, .day_start_ms = T0, .seed = 1};
    lt_fsrs_params_default(&o.params);
    double t = now_us();
    lt_sched *s = lt_sched_create(facts, n, cards, n, &o);
    double create_ms = (now_us() - t) / 1000.0;
    int64_t now = T0 + 9 * 3600000;
    lt_sched_pick pk;
    t = now_us();
    lt_sched_next(s, now, &pk); /* the first pick moves every due card into the review heap */
    double first_ms = (now_us() - t) / 1000.0;
    enum { PICKS = 20000 };
    static double times[PICKS];
    int due_picks = 0;
    for (int i = 0; i < PICKS; i++) {
        t = now_us();
        lt_sched_next(s, now, &pk);
        times[i] = now_us() - t;
        due_picks += pk.kind == LT_PICK_REVIEW || pk.kind == LT_PICK_LEARNING;
        lt_card_rec after = pk.card;
        lt_fsrs_review(&o.params, &after.fsrs, (i % 10) ? LT_FSRS_GOOD : LT_FSRS_AGAIN, now, NULL);
        lt_sched_answered(s, pk.fact, &after, now);
        now += 8000;
    }
    double sum = 0;
    for (int i = 0; i < PICKS; i++) {
        sum += times[i];
    }
    double mean = sum / PICKS;
    double med = pct(times, PICKS, 0.5), p99 = pct(times, PICKS, 0.99);
    /* The once-a-day re-key of the review heap. */
    t = now_us();
    lt_sched_next(s, now + DAY, &pk);
    double rekey_ms = (now_us() - t) / 1000.0;
    char more[200];
    snprintf(more, sizeof more, "(median %.2f, p99 %.2f us; %d of %d due; create %.0f ms, first pick %.1f ms, "
             "day change %.1f ms)", med, p99, due_picks, PICKS, create_ms, first_ms, rekey_ms);
    report("next card among 100,000 (mean)", mean, "us", "< 50 us", mean < 50.0, more);
    lt_sched_free(s);
    free(cards);
    free(facts);
}

static void bench_commit(const char *tmp)
{
    char dir[1100], err[512] = "";
    snprintf(dir, sizeof dir, "%s/commit", tmp);
    lt_store *st = lt_store_open(dir, err, sizeof err);
    if (st == NULL) {
        fprintf(stderr, "bench: %s\n", err);
        failures++;
        return;
    }
    int64_t prof = lt_store_profile_create(st, "Бенчмарк", T0);
    lt_fsrs_params p;
    lt_fsrs_params_default(&p);
    static double times[N_COMMITS];
    lt_card_rec cards[50];
    memset(cards, 0, sizeof cards);
    for (int i = 0; i < 50; i++) {
        snprintf(cards[i].fact, sizeof cards[i].fact, "E%02d/when", i);
        lt_fsrs_card_new(&cards[i].fsrs, T0);
    }
    int64_t now = T0 + 9 * 3600000;
    for (int i = 0; i < N_COMMITS; i++) {
        lt_card_rec *c = &cards[i % 50];
        lt_fsrs_state before = c->fsrs.state;
        lt_fsrs_log log;
        lt_fsrs_review(&p, &c->fsrs, (i % 7) ? 3 : 1, now, &log);
        lt_answer_rec a = {.time_ms = now, .rating = (i % 7) ? 3 : 1, .answer_ms = 3000, .qtype = "choice",
                           .outcome = (i % 7) ? LT_OUT_RIGHT : LT_OUT_WRONG, .score = 700,
                           .has_r_before = log.has_retrievability, .r_before = log.retrievability,
                           .state_before = before};
        double t = now_us();
        if (!lt_store_commit_answer(st, prof, "bench", c, &a)) {
            failures++;
            break;
        }
        times[i] = (now_us() - t) / 1000.0;
        now += 8000;
    }
    lt_store_close(st);
    double med = pct(times, N_COMMITS, 0.5), p90 = pct(times, N_COMMITS, 0.9);
    char more[160];
    snprintf(more, sizeof more, "(p90 %.2f ms, %d commits, WAL + synchronous FULL, in %s)", p90, N_COMMITS, tmp);
    report("commit an answer (median)", med, "ms", "< 5 ms", med < 5.0, more);
}

static void bench_pack(const char *tmp)
{
    char path[1100];
    snprintf(path, sizeof path, "%s/big.yaml", tmp);
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        failures++;
        return;
    }
    fprintf(f, "format: 1\nid: bench-10k\nversion: 1\ntitle: {ru: \"Десять тысяч событий\", en: \"Ten thousand events\"}\n"
               "languages: [ru, en]\nentities:\n");
    static const char *const kinds[4] = {"person", "place", "body", "document"};
    for (int i = 0; i < N_ENTITIES; i++) {
        fprintf(f, "  - id: ent%02d\n    kind: %s\n    name: {ru: \"Сущность %d\", en: \"Entity %d\"}\n", i,
                kinds[i % 4], i, i);
    }
    fprintf(f, "events:\n");
    for (int i = 0; i < N_EVENTS; i++) {
        int y = 1900 + i % 100, m = 1 + i % 12, d = 1 + i % 28;
        fprintf(f,
                "  - id: ev%05d\n    date: \"%04d-%02d-%02d\"\n"
                "    title: {ru: \"Событие номер %d\", en: \"Event number %d\"}\n"
                "    text:\n      ru: \"В этот день произошло событие номер %d, о нём пишут в учебниках.\"\n"
                "      en: \"On this day event number %d happened, as the textbooks tell.\"\n"
                "    people:\n      - {id: ent%02d, role: signatory}\n    places: [ent%02d]\n"
                "    documents: [ent%02d]\n    tags: [bench]\n",
                i, y, m, d, i, i, i, i, (i % 11) * 4, (i % 10) * 4 + 1, (i % 10) * 4 + 3);
    }
    fclose(f);
    double best = 1e30;
    size_t n_events = 0;
    for (int r = 0; r < 3; r++) {
        lt_diags dg = {0};
        double t = now_us();
        lt_pack *pk = lt_pack_load(path, &dg);
        double ms = (now_us() - t) / 1000.0;
        if (pk == NULL) {
            for (size_t i = 0; i < dg.count && i < 5; i++) {
                char *line = lt_diag_format(&dg.items[i]);
                fprintf(stderr, "bench: %s\n", line ? line : "?");
                free(line);
            }
            lt_diags_free(&dg);
            failures++;
            return;
        }
        n_events = pk->n_events;
        lt_pack_free(pk);
        lt_diags_free(&dg);
        best = ms < best ? ms : best;
    }
    char more[120];
    snprintf(more, sizeof more, "(best of 3; %zu events, %d entities)", n_events, N_ENTITIES);
    report("load a pack of 10,000 events", best, "ms", "< 300 ms", best < 300.0 && n_events == N_EVENTS, more);
}

int main(void)
{
    /* A file database on the disk $TMPDIR (else /tmp) is on, as a player's would be. */
    const char *base = getenv("TMPDIR");
    char tmp[1024];
    snprintf(tmp, sizeof tmp, "%s/letopis-bench-XXXXXX", base != NULL && base[0] != '\0' ? base : "/tmp");
    if (mkdtemp(tmp) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    bench_pick();
    bench_commit(tmp);
    bench_pack(tmp);
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0) {
        fprintf(stderr, "bench: could not remove %s\n", tmp);
    }
    printf("bench-core: %s\n", failures ? "FAIL" : "PASS");
    return failures ? 1 : 0;
}
