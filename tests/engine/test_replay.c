/* test_replay.c: record a scripted run, replay the file, and get the same
 * actions at the same ticks; malformed replay files give file:line errors
 * and eng_run() == 1. Depends on: eng.h (headless), eng_test.h. */
#include <stdlib.h>

#include "eng_test.h"

#define LOG_CAP 64

typedef struct logged {
    uint64_t tick;
    eng_action a;
} logged;

typedef struct rp_state {
    bool inject;
    logged log[LOG_CAP];
    int n;
} rp_state;

static void rp_action(eng_scene *s, const eng_action *a)
{
    rp_state *st = s->self;
    if (st->n < LOG_CAP)
        st->log[st->n++] = (logged){eng_ticks(), *a};
    /* QUIT_REQUEST is only a request: this scene stays. */
}

static void inject(eng_action_kind k, int value, float x, float y, bool touch, const char *text)
{
    eng_action a;
    memset(&a, 0, sizeof a);
    a.kind = k;
    a.value = value;
    a.x = x;
    a.y = y;
    a.touch = touch;
    if (text)
        snprintf(a.text, sizeof a.text, "%s", text);
    eng_inject(&a);
}

static void rp_tick(eng_scene *s, double dt)
{
    (void)dt;
    rp_state *st = s->self;
    if (!st->inject)
        return;
    switch (eng_ticks()) {
    case 3: inject(ENG_ACT_OPTION, 2, 0, 0, false, NULL); break;
    case 10:
        inject(ENG_ACT_POINTER_DOWN, 1, 100.25f, 200.5f, false, NULL);
        inject(ENG_ACT_POINTER_MOVE, 0, 300.125f, 400.0f, false, NULL);
        break;
    case 11: /* two moves between ticks: only the latest is kept */
        inject(ENG_ACT_POINTER_MOVE, 0, 1.0f, 2.0f, false, NULL);
        inject(ENG_ACT_POINTER_MOVE, 0, 1919.99f, 0.333333343f, false, NULL);
        break;
    case 20: inject(ENG_ACT_TEXT, 0, 5, 6, false, "а б\\c\nd\t\x01 end"); break;
    case 25: inject(ENG_ACT_DROP_FILE, 0, 0, 0, false, "/tmp/some file.yaml"); break;
    case 30: inject(ENG_ACT_WHEEL, -2, 10, 10, false, NULL); break;
    case 40:
        inject(ENG_ACT_CONFIRM, 0, 0, 0, false, NULL);
        inject(ENG_ACT_BACK, 0, 0, 0, false, NULL);
        inject(ENG_ACT_ERASE, 0, 0, 0, false, NULL);
        break;
    case 50: inject(ENG_ACT_POINTER_DOWN, 1, 960.5f, 540.25f, true, NULL); break;
    case 51: inject(ENG_ACT_POINTER_UP, 1, 961.0f, 541.0f, true, NULL); break;
    case 60: inject(ENG_ACT_QUIT_REQUEST, 0, 0, 0, false, NULL); break;
    default: break;
    }
}

static void run(const char *assets, const char *record, const char *replay, long frames,
                rp_state *st)
{
    eng_desc d = eng_test_desc(assets);
    d.record_path = record;
    d.replay_path = replay;
    d.max_frames = frames;
    CHECK(eng_init(&d));
    eng_scene_push(&(eng_scene){.name = "replay", .self = st, .action = rp_action,
                                .tick = rp_tick});
    CHECK(eng_run() == 0);
    CHECK(strcmp(eng_last_error(), "") == 0);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs(text, f);
    fclose(f);
}

static void expect_bad(const char *assets, const char *path, const char *content, int line)
{
    if (content)
        write_file(path, content);
    eng_desc d = eng_test_desc(assets);
    d.replay_path = path;
    CHECK(eng_init(&d));
    eng_scene_push(&(eng_scene){.name = "idle"});
    CHECK(eng_run() == 1);
    char want[1200];
    if (line > 0)
        snprintf(want, sizeof want, "%s:%d: ", path, line);
    else
        snprintf(want, sizeof want, "%s: ", path);
    if (strncmp(eng_last_error(), want, strlen(want)) != 0) {
        fprintf(stderr, "error \"%s\" does not start with \"%s\"\n", eng_last_error(), want);
        eng_test_failures++;
    }
    CHECK(eng_ticks() == 0); /* nothing ran */
    eng_shutdown();
}

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    const char *assets = argv[1];
    char rec[1024], rec2[1024], bad[1024];
    snprintf(rec, sizeof rec, "%s/replay-rec.txt", argv[2]);
    snprintf(rec2, sizeof rec2, "%s/replay-rec2.txt", argv[2]);
    snprintf(bad, sizeof bad, "%s/replay-bad.txt", argv[2]);

    static rp_state first, second;
    first.inject = true;
    run(assets, rec, NULL, 100, &first);
    CHECK(eng_ticks() == 100);
    eng_shutdown();
    CHECK(first.n == 13);

    /* Replay (and record it again): device input is ignored, the file ends
     * the run at its recorded end tick. */
    run(assets, rec2, rec, 0, &second);
    CHECK(eng_ticks() == 100);
    float px, py;
    eng_pointer(&px, &py);
    CHECK(px == 961.0f && py == 541.0f);
    eng_shutdown();

    CHECK(second.n == first.n);
    for (int i = 0; i < first.n && i < second.n; i++) {
        const logged *x = &first.log[i], *y = &second.log[i];
        bool same = x->tick == y->tick && x->a.kind == y->a.kind && x->a.value == y->a.value &&
                    x->a.x == y->a.x && x->a.y == y->a.y && x->a.touch == y->a.touch &&
                    strcmp(x->a.text, y->a.text) == 0;
        if (!same) {
            fprintf(stderr, "action %d differs: tick %llu %s vs tick %llu %s\n", i,
                    (unsigned long long)x->tick, eng_action_name(x->a.kind),
                    (unsigned long long)y->tick, eng_action_name(y->a.kind));
            eng_test_failures++;
        }
    }
    /* Injected at tick 3 during the scene's tick: delivered on tick 4. */
    CHECK(first.log[0].tick == 4 && first.log[0].a.kind == ENG_ACT_OPTION);
    CHECK(strcmp(first.log[4].a.text, "а б\\c\nd\t\x01 end") == 0);

    /* The replayed run recorded the same file. */
    FILE *f1 = fopen(rec, "r"), *f2 = fopen(rec2, "r");
    CHECK(f1 && f2);
    if (f1 && f2) {
        int c1, c2;
        do {
            c1 = fgetc(f1);
            c2 = fgetc(f2);
        } while (c1 == c2 && c1 != EOF);
        CHECK(c1 == c2);
    }
    if (f1)
        fclose(f1);
    if (f2)
        fclose(f2);

    /* Without "# end", play one second past the last action. */
    write_file(bad, "letopis-replay 1\n5 option 1 0 0 0\n");
    static rp_state third;
    run(assets, NULL, bad, 0, &third);
    CHECK(eng_ticks() == 65 && third.n == 1);
    eng_shutdown();

    expect_bad(assets, bad, "bogus\n", 1);
    expect_bad(assets, bad, "", 1);
    expect_bad(assets, bad, "letopis-replay 1\n5 option 1 0 0 0\n3 up 0 0 0 0\n", 3);
    expect_bad(assets, bad, "letopis-replay 1\n5 jump 0 0 0 0\n", 2);
    expect_bad(assets, bad, "letopis-replay 1\n\n5 option 1 0 0\n", 3);
    expect_bad(assets, bad, "letopis-replay 1\n5 text 0 0 0 0 bad\\q\n", 2);
    expect_bad(assets, bad, "letopis-replay 1\n5 text 0 0 0 0 a\\x4\n", 2);
    expect_bad(assets, bad, "letopis-replay 1\n5 option x 0 0 0\n", 2);
    expect_bad(assets, bad, "letopis-replay 1\n5 option 1 0 nan 0\n", 2);
    expect_bad(assets, bad, "letopis-replay 1\n-5 option 1 0 0 0\n", 2);
    expect_bad(assets, bad, "letopis-replay 1\n5 option 1 0 0 2\n", 2);
    expect_bad(assets, bad, "letopis-replay 1\n5 option 1 0 0 0 a b c\n", 2);
    snprintf(bad, sizeof bad, "%s/no-such-replay.txt", argv[2]);
    expect_bad(assets, bad, NULL, 0);
    return eng_test_finish("engine_replay");
}
