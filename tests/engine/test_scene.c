/* test_scene.c: the scene stack: push, pop, replace, enter on uncover,
 * destroy exactly once, changes requested from inside callbacks, and an
 * empty stack ending eng_run. Depends on: eng.h (headless), eng_test.h. */
#include <stdlib.h>

#include "eng_test.h"

typedef struct counts {
    int enter, destroy, tick, action, draw;
    int pop_on_tick;     /* pop itself on this tick (>0) */
    int push_on_action;  /* push a child from the action callback */
    char *heap;          /* freed by destroy: ASan catches use after free */
} counts;

static void sc_enter(eng_scene *s) { ((counts *)s->self)->enter++; }

static void sc_destroy(eng_scene *s)
{
    counts *c = s->self;
    c->destroy++;
    free(c->heap);
    c->heap = NULL;
}

static counts child_counts;

static void sc_action(eng_scene *s, const eng_action *a)
{
    counts *c = s->self;
    c->action++;
    if (a->kind == ENG_ACT_BACK) {
        eng_scene_pop(); /* pops itself: destroy must wait until we return */
        CHECK(c->destroy == 0);
        c->heap[0] = 'x'; /* still alive */
    }
    if (a->kind == ENG_ACT_CONFIRM && c->push_on_action) {
        eng_scene_push(&(eng_scene){.name = "child", .self = &child_counts, .enter = sc_enter,
                                    .action = sc_action, .destroy = sc_destroy});
    }
}

static void sc_tick(eng_scene *s, double dt)
{
    (void)dt;
    counts *c = s->self;
    c->tick++;
    if (c->pop_on_tick && (int)eng_ticks() == c->pop_on_tick) {
        eng_scene_pop();
        c->heap[0] = 'y';
        CHECK(c->destroy == 0);
    }
}

static void sc_draw(eng_scene *s) { ((counts *)s->self)->draw++; }

static eng_scene make(const char *name, counts *c)
{
    memset(c, 0, sizeof *c);
    c->heap = malloc(16);
    return (eng_scene){.name = name, .self = c, .enter = sc_enter, .action = sc_action,
                       .tick = sc_tick, .draw = sc_draw, .destroy = sc_destroy};
}

/* An overlay that consumes BACK and counts what reaches it. */
typedef struct ov_counts {
    int actions, backs, ticks, draws, scene_draws_seen;
    counts *under; /* the scene below: the overlay must draw after it */
} ov_counts;

static bool ov_action(void *self, const eng_action *a)
{
    ov_counts *o = self;
    o->actions++;
    if (a->kind == ENG_ACT_BACK) {
        o->backs++;
        return true;
    }
    return false;
}

static void ov_tick(void *self, double dt)
{
    (void)dt;
    ((ov_counts *)self)->ticks++;
}

static void ov_draw(void *self)
{
    ov_counts *o = self;
    o->draws++;
    o->scene_draws_seen = o->under->draw;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    eng_desc d = eng_test_desc(argv[1]);
    d.max_frames = 100;
    CHECK(eng_init(&d));

    counts a, b, c;
    CHECK(eng_scene_depth() == 0 && strcmp(eng_scene_top_name(), "") == 0);
    CHECK(eng_scene_top() == NULL);
    eng_scene sa = make("a", &a);
    eng_scene_push(&sa);
    CHECK(eng_scene_depth() == 1 && a.enter == 1);
    eng_scene sb = make("b", &b);
    eng_scene_push(&sb);
    CHECK(eng_scene_depth() == 2 && strcmp(eng_scene_top_name(), "b") == 0);
    CHECK(eng_scene_top()->self == &b); /* the engine's copy keeps self */
    eng_scene_pop();
    CHECK(b.destroy == 1 && a.enter == 2); /* a uncovered */
    CHECK(strcmp(eng_scene_top_name(), "a") == 0);
    eng_scene sc = make("c", &c);
    eng_scene_replace(&sc);
    CHECK(a.destroy == 1 && c.enter == 1 && eng_scene_depth() == 1);
    CHECK(strcmp(eng_scene_top_name(), "c") == 0);
    eng_scene_pop();
    CHECK(c.destroy == 1 && eng_scene_depth() == 0);
    eng_scene_pop(); /* popping an empty stack is harmless */

    /* Inside the loop: an action pushes a child, the child pops itself on
     * BACK, the parent pops itself on tick 40 and the empty stack ends the
     * run before max_frames. */
    counts p;
    eng_scene sp = make("parent", &p);
    p.push_on_action = 1;
    p.pop_on_tick = 40;
    memset(&child_counts, 0, sizeof child_counts);
    child_counts.heap = malloc(16);
    eng_scene_push(&sp);
    eng_inject(&(eng_action){.kind = ENG_ACT_CONFIRM});
    CHECK(eng_run() == 0); /* ran tick 0: confirm pushed the child */
    CHECK(eng_ticks() == 100); /* the child (no tick) stayed on top */
    eng_shutdown();
    CHECK(p.destroy == 1 && child_counts.destroy == 1); /* shutdown frees what is left */

    /* Again with the child popping itself from its action. */
    CHECK(eng_init(&d));
    eng_scene sp2 = make("parent", &p);
    p.push_on_action = 1;
    p.pop_on_tick = 40;
    memset(&child_counts, 0, sizeof child_counts);
    child_counts.heap = malloc(16);
    eng_scene_push(&sp2);
    eng_inject(&(eng_action){.kind = ENG_ACT_CONFIRM});
    eng_inject(&(eng_action){.kind = ENG_ACT_BACK}); /* reaches the child, which pops */
    CHECK(eng_run() == 0);
    CHECK(child_counts.enter == 1 && child_counts.action == 1 && child_counts.destroy == 1);
    CHECK(p.enter == 2);   /* pushed, then uncovered */
    CHECK(p.destroy == 1); /* popped itself on tick 40 */
    CHECK(eng_ticks() == 41); /* empty stack ended the run */
    CHECK(p.draw > 0 && p.tick == 41); /* ticks 0..40 */
    eng_shutdown();

    /* Overlays: see actions first (BACK consumed, CONFIRM passed on), tick
     * every tick, draw after the scene; removed ones get nothing. */
    d.max_frames = 10;
    CHECK(eng_init(&d));
    counts q;
    eng_scene sq = make("q", &q);
    eng_scene_push(&sq);
    ov_counts ov = {.under = &q};
    int h = eng_overlay_add(&(eng_overlay){.self = &ov, .action = ov_action, .tick = ov_tick, .draw = ov_draw});
    CHECK(h > 0);
    eng_inject(&(eng_action){.kind = ENG_ACT_BACK});    /* would pop q */
    eng_inject(&(eng_action){.kind = ENG_ACT_CONFIRM}); /* reaches q */
    CHECK(eng_run() == 0);
    CHECK(ov.actions == 2 && ov.backs == 1);
    CHECK(q.action == 1 && q.destroy == 0 && eng_scene_depth() == 1);
    CHECK(ov.ticks == 10 && ov.draws > 0 && ov.scene_draws_seen == q.draw);
    eng_shutdown();
    CHECK(eng_init(&d));
    eng_scene sq2 = make("q", &q);
    eng_scene_push(&sq2);
    h = eng_overlay_add(&(eng_overlay){.self = &ov, .action = ov_action, .tick = ov_tick, .draw = ov_draw});
    eng_overlay_remove(h);
    eng_inject(&(eng_action){.kind = ENG_ACT_BACK});
    CHECK(eng_run() == 0);
    CHECK(ov.ticks == 10 && q.destroy == 1); /* BACK reached q, which popped */
    for (int i = 0; i < ENG_OVERLAY_MAX; i++)
        CHECK(eng_overlay_add(&(eng_overlay){.self = &ov}) > 0);
    CHECK(eng_overlay_add(&(eng_overlay){.self = &ov}) == 0); /* full */
    eng_shutdown();
    return eng_test_finish("engine_scene");
}
