/* test_tween.c: easing curves and tweens over logical time (ticks), driven
 * by a headless eng_run with max_frames.
 * Depends on: eng.h (headless), eng_test.h. */
#include "eng_test.h"

typedef struct tw_state {
    eng_tween lin, cubic;
    int checked;
} tw_state;

static void tw_enter(eng_scene *s)
{
    tw_state *st = s->self;
    eng_tween_start(&st->lin, 0.0f, 100.0f, 1000.0, ENG_EASE_LINEAR);
    eng_tween_start(&st->cubic, 10.0f, 20.0f, 500.0, ENG_EASE_OUT_CUBIC);
}

static void tw_tick(eng_scene *s, double dt)
{
    tw_state *st = s->self;
    CHECK_NEAR(dt, 1000.0 / 60.0, 1e-9);
    uint64_t t = eng_ticks();
    if (t == 0) {
        CHECK_NEAR(eng_tween_value(&st->lin), 0.0, 1e-4);
        CHECK(eng_tween_running(&st->lin));
        st->checked++;
    } else if (t == 30) { /* 500 ms */
        CHECK_NEAR(eng_time_ms(), 500.0, 1e-9);
        CHECK_NEAR(eng_tween_value(&st->lin), 50.0, 1e-3);
        CHECK_NEAR(eng_tween_value(&st->cubic), 20.0, 1e-4);
        CHECK(!eng_tween_running(&st->cubic));
        CHECK(eng_tween_running(&st->lin));
        st->checked++;
    } else if (t == 15) { /* 250 ms: half way through the cubic */
        CHECK_NEAR(eng_tween_value(&st->cubic), 10.0 + 10.0 * 0.875, 1e-3);
        st->checked++;
    }
}

static bool tw_animating(eng_scene *s)
{
    tw_state *st = s->self;
    return eng_tween_running(&st->lin);
}

static void test_curves(void)
{
    for (int e = ENG_EASE_LINEAR; e <= ENG_EASE_OUT_BACK; e++) {
        CHECK_NEAR(eng_ease_apply((eng_ease)e, 0.0f), 0.0, 1e-6);
        CHECK_NEAR(eng_ease_apply((eng_ease)e, 1.0f), 1.0, 1e-6);
        CHECK_NEAR(eng_ease_apply((eng_ease)e, -3.0f), 0.0, 1e-6); /* clamped */
        CHECK_NEAR(eng_ease_apply((eng_ease)e, 7.0f), 1.0, 1e-6);
    }
    CHECK_NEAR(eng_ease_apply(ENG_EASE_LINEAR, 0.25f), 0.25, 1e-6);
    CHECK_NEAR(eng_ease_apply(ENG_EASE_OUT_CUBIC, 0.5f), 0.875, 1e-6);
    CHECK_NEAR(eng_ease_apply(ENG_EASE_IN_OUT_CUBIC, 0.5f), 0.5, 1e-6);
    CHECK_NEAR(eng_ease_apply(ENG_EASE_IN_OUT_CUBIC, 0.25f), 0.0625, 1e-6);
    CHECK(eng_ease_apply(ENG_EASE_OUT_BACK, 0.8f) > 1.0f); /* overshoots */
    /* Monotonic where it should be. */
    float prev = 0.0f;
    for (int i = 1; i <= 100; i++) {
        float v = eng_ease_apply(ENG_EASE_IN_OUT_CUBIC, (float)i / 100.0f);
        CHECK(v >= prev);
        prev = v;
    }
    eng_tween zero;
    eng_tween_start(&zero, 3.0f, 7.0f, 0.0, ENG_EASE_LINEAR);
    CHECK_NEAR(eng_tween_value(&zero), 7.0, 1e-6);
    CHECK(!eng_tween_running(&zero));
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    test_curves();
    eng_desc d = eng_test_desc(argv[1]);
    d.max_frames = 90;
    CHECK(eng_init(&d));
    tw_state st;
    memset(&st, 0, sizeof st);
    eng_scene_push(&(eng_scene){.name = "tween", .self = &st, .enter = tw_enter,
                                .tick = tw_tick, .animating = tw_animating});
    CHECK(eng_run() == 0);
    CHECK(eng_ticks() == 90);
    CHECK(st.checked == 3);
    CHECK_NEAR(eng_tween_value(&st.lin), 100.0, 1e-4);
    CHECK(!eng_tween_running(&st.lin));
    eng_shutdown();
    return eng_test_finish("engine_tween");
}
