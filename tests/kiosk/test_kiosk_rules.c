/* test_kiosk_rules.c: kiosk mode's rules with explicit times: every state
 * transition, the idle warning and reset, the admin corner hold, the PIN pad
 * timeout and wrong-PIN lock, the initials keyboard guard and one letter at a
 * time, and the visitor round (touch types only, no event twice, placements).
 * Depends on: lt_kiosk_rules.h, lt_pin.h, lt_test.h. */
#include <stdio.h>
#include <string.h>

#include "lt_date.h"
#include "lt_kiosk_rules.h"
#include "lt_pin.h"
#include "lt_test.h"

#define T0 INT64_C(1767571200000) /* 2026-01-05T00:00:00Z */
#define S(x) ((int64_t)(x) * 1000)

static void test_names(void)
{
    LT_CHECK_STR(lt_kstate_name(LT_KS_ATTRACT), "attract");
    LT_CHECK_STR(lt_kstate_name(LT_KS_ROUND), "round");
    LT_CHECK_STR(lt_kstate_name(LT_KS_IDLE_WARNING), "idle_warning");
    LT_CHECK_STR(lt_kstate_name(LT_KS_END), "end");
    LT_CHECK_STR(lt_kstate_name(LT_KS_ADMIN_PIN), "admin_pin");
    LT_CHECK_STR(lt_kstate_name(LT_KS_ADMIN), "admin");
    LT_CHECK_STR(lt_kev_name(LT_KEV_RESET), "reset");
}

/* attract -> round -> end -> attract; attract never times out. */
static void test_happy_path(void)
{
    lt_krules r;
    lt_krules_init(&r, 45, 15, true, T0);
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
    /* A day in attract: nothing happens. */
    for (int64_t t = T0; t <= T0 + S(86400); t += S(30)) {
        LT_CHECK_INT(lt_krules_tick(&r, t), LT_KEV_NONE);
    }
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
    int64_t t = T0 + S(86400);
    LT_CHECK(!lt_krules_round_end(&r, t));   /* not in a round */
    LT_CHECK(!lt_krules_end_done(&r, t));
    LT_CHECK(lt_krules_round_start(&r, t));
    LT_CHECK_INT(r.state, LT_KS_ROUND);
    LT_CHECK(!lt_krules_round_start(&r, t)); /* already in one */
    LT_CHECK(lt_krules_round_end(&r, t + S(60)));
    LT_CHECK_INT(r.state, LT_KS_END);
    LT_CHECK(lt_krules_end_done(&r, t + S(70)));
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
}

/* Quiet for 45 s in a round: warning; 15 s more: reset. */
static void test_idle_reset(void)
{
    lt_krules r;
    lt_krules_init(&r, 45, 15, true, T0);
    lt_krules_round_start(&r, T0);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(44) + 999), LT_KEV_NONE);
    LT_CHECK_INT(r.state, LT_KS_ROUND);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(45)), LT_KEV_WARN);
    LT_CHECK_INT(r.state, LT_KS_IDLE_WARNING);
    LT_CHECK_INT(r.back, LT_KS_ROUND);
    LT_CHECK_INT(lt_krules_warn_left_ms(&r, T0 + S(45)), S(15));
    LT_CHECK_INT(lt_krules_warn_left_ms(&r, T0 + S(50)), S(10));
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(59)), LT_KEV_NONE);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(60)), LT_KEV_RESET);
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
    LT_CHECK_INT(r.resets, 1);
    LT_CHECK_INT(lt_krules_warn_left_ms(&r, T0 + S(60)), 0);
    /* Back in attract: nothing times out again. */
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(600)), LT_KEV_NONE);

    /* Other lengths from the config. */
    lt_krules_init(&r, 10, 5, true, T0);
    lt_krules_round_start(&r, T0);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(10)), LT_KEV_WARN);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(15)), LT_KEV_RESET);
    /* Zero means the defaults. */
    lt_krules_init(&r, 0, 0, true, T0);
    LT_CHECK_INT(r.idle_warn_ms, S(45));
    LT_CHECK_INT(r.idle_reset_ms, S(15));
}

/* Touches keep a round alive; a touch in the warning cancels it. */
static void test_idle_touch(void)
{
    lt_krules r;
    lt_krules_init(&r, 45, 15, true, T0);
    lt_krules_round_start(&r, T0);
    LT_CHECK_INT(lt_krules_touch(&r, T0 + S(40)), LT_KEV_NONE);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(84)), LT_KEV_NONE);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(85)), LT_KEV_WARN);
    LT_CHECK_INT(lt_krules_touch(&r, T0 + S(99)), LT_KEV_RESUME);
    LT_CHECK_INT(r.state, LT_KS_ROUND);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(100)), LT_KEV_NONE);
    /* The warning's countdown starts afresh next time. */
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(144)), LT_KEV_WARN);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(158)), LT_KEV_NONE);
    /* A press is a touch; moves and releases are not. */
    lt_kev ev = LT_KEV_NONE;
    LT_CHECK(!lt_krules_pointer(&r, LT_KPTR_MOVE, 900, 500, T0 + S(158), &ev));
    LT_CHECK_INT(ev, LT_KEV_NONE);
    LT_CHECK_INT(r.state, LT_KS_IDLE_WARNING);
    LT_CHECK(!lt_krules_pointer(&r, LT_KPTR_DOWN, 900, 500, T0 + S(158), &ev));
    LT_CHECK_INT(ev, LT_KEV_RESUME);
    LT_CHECK_INT(r.state, LT_KS_ROUND);
    lt_krules_pointer(&r, LT_KPTR_UP, 900, 500, T0 + S(159), &ev);

    /* The end screen idles too and resets from there. */
    lt_krules_round_end(&r, T0 + S(200));
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(245)), LT_KEV_WARN);
    LT_CHECK_INT(r.back, LT_KS_END);
    LT_CHECK_INT(lt_krules_touch(&r, T0 + S(246)), LT_KEV_RESUME);
    LT_CHECK_INT(r.state, LT_KS_END);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(291)), LT_KEV_WARN);
    /* The end screen may finish by itself under the warning. */
    LT_CHECK(lt_krules_end_done(&r, T0 + S(292)));
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
}

/* The corner: held 5 s inside 120x120 opens the PIN pad. */
static void test_corner(void)
{
    lt_krules r;
    lt_krules_init(&r, 45, 15, true, T0);
    lt_kev ev;
    LT_CHECK(lt_krules_pointer(&r, LT_KPTR_DOWN, 40, 40, T0, &ev));
    LT_CHECK(lt_krules_corner_progress(&r, T0 + 999) == 0.0f);
    LT_CHECK(lt_krules_corner_progress(&r, T0 + 1000) > 0.19f);
    LT_CHECK(lt_krules_pointer(&r, LT_KPTR_MOVE, 100, 110, T0 + 2000, &ev)); /* still inside */
    LT_CHECK_INT(lt_krules_tick(&r, T0 + 4999), LT_KEV_NONE);
    LT_CHECK(lt_krules_corner_progress(&r, T0 + 4000) > 0.79f);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + 5000), LT_KEV_PIN_OPEN);
    LT_CHECK_INT(r.state, LT_KS_ADMIN_PIN);
    LT_CHECK_INT(r.back, LT_KS_ATTRACT);
    LT_CHECK(lt_krules_corner_progress(&r, T0 + 5100) == 0.0f);
    LT_CHECK(lt_krules_pointer(&r, LT_KPTR_UP, 40, 40, T0 + 5200, &ev)); /* the rest of the press is ours */
    lt_krules_pin_cancel(&r, T0 + 6000);
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);

    /* Released early: nothing. */
    lt_krules_pointer(&r, LT_KPTR_DOWN, 10, 10, T0 + S(10), &ev);
    lt_krules_pointer(&r, LT_KPTR_UP, 10, 10, T0 + S(14), &ev);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(16)), LT_KEV_NONE);
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
    /* Slid out of the corner: cancelled, and not restarted by sliding back. */
    LT_CHECK(lt_krules_pointer(&r, LT_KPTR_DOWN, 10, 10, T0 + S(20), &ev));
    LT_CHECK(lt_krules_pointer(&r, LT_KPTR_MOVE, 130, 10, T0 + S(21), &ev));
    LT_CHECK(lt_krules_pointer(&r, LT_KPTR_MOVE, 10, 10, T0 + S(22), &ev));
    LT_CHECK(lt_krules_corner_progress(&r, T0 + S(23)) == 0.0f);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(26)), LT_KEV_NONE);
    LT_CHECK(lt_krules_pointer(&r, LT_KPTR_UP, 10, 10, T0 + S(27), &ev));
    /* A press outside the corner is not ours. */
    LT_CHECK(!lt_krules_pointer(&r, LT_KPTR_DOWN, 121, 10, T0 + S(30), &ev));
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(40)), LT_KEV_NONE);
    LT_CHECK(!lt_krules_pointer(&r, LT_KPTR_UP, 121, 10, T0 + S(41), &ev));

    /* From a round: the pad returns to the round. */
    lt_krules_round_start(&r, T0 + S(50));
    lt_krules_pointer(&r, LT_KPTR_DOWN, 5, 5, T0 + S(60), &ev);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(65)), LT_KEV_PIN_OPEN);
    LT_CHECK_INT(r.back, LT_KS_ROUND);
    lt_krules_pointer(&r, LT_KPTR_UP, 5, 5, T0 + S(66), &ev);
    /* The pad idles back after 30 s without a touch. */
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(95) - 1), LT_KEV_NONE);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(95)), LT_KEV_PIN_TIMEOUT);
    LT_CHECK_INT(r.state, LT_KS_ROUND);

    /* During the warning: the hold cancels it and opens the pad over the round. */
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(140)), LT_KEV_WARN);
    lt_krules_pointer(&r, LT_KPTR_DOWN, 5, 5, T0 + S(141), &ev);
    LT_CHECK_INT(ev, LT_KEV_RESUME);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(146)), LT_KEV_PIN_OPEN);
    LT_CHECK_INT(r.back, LT_KS_ROUND);
    lt_krules_pointer(&r, LT_KPTR_UP, 5, 5, T0 + S(147), &ev);
    /* No corner in the pad or admin: a press there is the pad's own. */
    LT_CHECK(!lt_krules_pointer(&r, LT_KPTR_DOWN, 5, 5, T0 + S(148), &ev));
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(160)), LT_KEV_NONE);
    lt_krules_pointer(&r, LT_KPTR_UP, 5, 5, T0 + S(161), &ev);

    /* Without a PIN there is no admin: the corner does nothing. */
    lt_krules_init(&r, 45, 15, false, T0);
    LT_CHECK(!lt_krules_pointer(&r, LT_KPTR_DOWN, 5, 5, T0, &ev));
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(6)), LT_KEV_NONE);
    LT_CHECK(!lt_krules_admin_key(&r, T0 + S(7)));
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
}

/* The admin key, the PIN pad's lock and admin. */
static void test_pin(void)
{
    lt_krules r;
    lt_krules_init(&r, 45, 15, true, T0);
    LT_CHECK(!lt_krules_pin_can_try(&r, T0)); /* the pad is not open */
    LT_CHECK(!lt_krules_pin_result(&r, true, T0));
    LT_CHECK(lt_krules_admin_key(&r, T0));
    LT_CHECK_INT(r.state, LT_KS_ADMIN_PIN);
    LT_CHECK(!lt_krules_admin_key(&r, T0 + 1)); /* already open */
    /* Two wrong PINs lock nothing; the third locks for 5 s, the fourth 10 s. */
    LT_CHECK(lt_krules_pin_result(&r, false, T0 + S(1)));
    LT_CHECK(lt_krules_pin_can_try(&r, T0 + S(1)));
    LT_CHECK(lt_krules_pin_result(&r, false, T0 + S(2)));
    LT_CHECK(lt_krules_pin_can_try(&r, T0 + S(2)));
    LT_CHECK(lt_krules_pin_result(&r, false, T0 + S(3)));
    LT_CHECK_INT(r.pin_failures, 3);
    LT_CHECK_INT(lt_krules_pin_wait_ms(&r, T0 + S(3)), lt_pin_lock_ms(3));
    LT_CHECK(lt_pin_lock_ms(3) == S(5));
    LT_CHECK(!lt_krules_pin_can_try(&r, T0 + S(7)));
    LT_CHECK(!lt_krules_pin_result(&r, true, T0 + S(7))); /* locked: even the right PIN waits */
    LT_CHECK_INT(r.state, LT_KS_ADMIN_PIN);
    LT_CHECK(lt_krules_pin_can_try(&r, T0 + S(8)));
    LT_CHECK(lt_krules_pin_result(&r, false, T0 + S(8)));
    LT_CHECK_INT(lt_krules_pin_wait_ms(&r, T0 + S(8)), S(10));
    /* Closing the pad does not clear the lock. */
    lt_krules_pin_cancel(&r, T0 + S(9));
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
    LT_CHECK(lt_krules_admin_key(&r, T0 + S(10)));
    LT_CHECK(!lt_krules_pin_can_try(&r, T0 + S(10)));
    LT_CHECK_INT(lt_krules_pin_wait_ms(&r, T0 + S(10)), S(8));
    /* The right PIN after the lock: admin, count cleared. */
    LT_CHECK(lt_krules_pin_result(&r, true, T0 + S(18)));
    LT_CHECK_INT(r.state, LT_KS_ADMIN);
    LT_CHECK_INT(r.pin_failures, 0);
    LT_CHECK_INT(lt_krules_pin_wait_ms(&r, T0 + S(18)), 0);
    /* Admin stays while touched, idles out after 2 minutes. */
    lt_krules_touch(&r, T0 + S(100));
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(219)), LT_KEV_NONE);
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(220)), LT_KEV_ADMIN_TIMEOUT);
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
    /* Resume. */
    lt_krules_admin_key(&r, T0 + S(300));
    lt_krules_pin_result(&r, true, T0 + S(301));
    lt_krules_admin_exit(&r, T0 + S(302));
    LT_CHECK_INT(r.state, LT_KS_ATTRACT);
    /* Round and end do not start from admin. */
    lt_krules_admin_key(&r, T0 + S(400));
    LT_CHECK(!lt_krules_round_start(&r, T0 + S(401)));
    LT_CHECK_INT(lt_krules_tick(&r, T0 + S(420)), LT_KEV_NONE); /* no idle warning over the pad */
}

/* The initials keyboard: 2 s guard after it shows; one letter per tap. */
static void test_initials(void)
{
    lt_krules r;
    lt_krules_init(&r, 45, 15, true, T0);
    LT_CHECK(!lt_krules_keys_open(&r, T0 + S(100)));
    lt_krules_round_start(&r, T0);
    lt_krules_round_end(&r, T0 + S(30));
    LT_CHECK(!lt_krules_keys_open(&r, T0 + S(30)));
    LT_CHECK(!lt_krules_keys_open(&r, T0 + S(32) - 1));
    LT_CHECK(lt_krules_keys_open(&r, T0 + S(32)));
    lt_krules_keys_shown(&r, T0 + S(40)); /* switched layout: guard again */
    LT_CHECK(!lt_krules_keys_open(&r, T0 + S(41)));
    LT_CHECK(lt_krules_keys_open(&r, T0 + S(42)));
    lt_krules_tick(&r, T0 + S(90));
    LT_CHECK_INT(r.state, LT_KS_IDLE_WARNING);
    LT_CHECK(!lt_krules_keys_open(&r, T0 + S(90))); /* not under the warning */

    lt_kinitials k;
    lt_kinitials_clear(&k);
    LT_CHECK(!lt_kinitials_add(&k, "AB")); /* one at a time */
    LT_CHECK(!lt_kinitials_add(&k, "a"));  /* upper case only */
    LT_CHECK(!lt_kinitials_add(&k, "1"));
    LT_CHECK(!lt_kinitials_add(&k, ""));
    LT_CHECK(!lt_kinitials_add(&k, "ж"));
    LT_CHECK(lt_kinitials_add(&k, "Ж"));
    LT_CHECK(lt_kinitials_add(&k, "Ё"));
    LT_CHECK(lt_kinitials_add(&k, "Q"));
    LT_CHECK(!lt_kinitials_add(&k, "Z")); /* three is all */
    LT_CHECK_INT(k.n, 3);
    LT_CHECK_STR(k.text, "ЖЁQ");
    LT_CHECK(lt_kinitials_erase(&k));
    LT_CHECK_STR(k.text, "ЖЁ");
    LT_CHECK(lt_kinitials_erase(&k));
    LT_CHECK(lt_kinitials_erase(&k));
    LT_CHECK_STR(k.text, "");
    LT_CHECK(!lt_kinitials_erase(&k));
    LT_CHECK(lt_kinitials_letter_ok("Я"));
    LT_CHECK(lt_kinitials_letter_ok("А"));
    LT_CHECK(!lt_kinitials_letter_ok("Ѣ"));
    LT_CHECK(!lt_kinitials_letter_ok("\xD0"));
}

/* The round over the default pack: touch types only, placements every third
 * question, no event asked twice, deterministic. */
static void test_round(const char *pack_dir)
{
    lt_diags d;
    memset(&d, 0, sizeof d);
    lt_pack *pack = lt_pack_load(pack_dir, &d);
    lt_diags_free(&d);
    LT_CHECK(pack != NULL);
    if (pack == NULL) {
        return;
    }
    static lt_kq a[LT_KROUND_MAX], b[LT_KROUND_MAX];
    for (uint64_t seed = 1; seed <= 8; seed++) {
        for (int L = 0; L < LT_LANG_COUNT; L++) {
            int n = lt_kround_build(pack, (lt_lang)L, seed, 7, a);
            LT_CHECK_INT(n, 7);
            bool seen[4096];
            memset(seen, 0, sizeof seen);
            int places = 0;
            for (int i = 0; i < n; i++) {
                const lt_kq *kq = &a[i];
                /* A hand-written question may be about no event. */
                LT_CHECK(kq->q.event < pack->n_events || (kq->kind == LT_KQ_QUIZ && kq->q.hand >= 0));
                if (kq->q.event < pack->n_events && kq->q.event < 4096) {
                    LT_CHECK(!seen[kq->q.event]);
                    seen[kq->q.event] = true;
                }
                LT_CHECK(kq->q.explanation[0] != '\0' || kq->q.answer[0] != '\0');
                if (kq->kind == LT_KQ_PLACE) {
                    places++;
                    LT_CHECK(i % 3 == 2);
                    LT_CHECK(kq->n_line >= 2 && kq->n_line <= LT_KQ_LINE);
                    int right = lt_kq_place_right_slot(pack, kq), n_ok = 0;
                    LT_CHECK(right >= 0);
                    for (int s = 0; s <= kq->n_line; s++) {
                        n_ok += lt_kq_place_ok(pack, kq, s);
                    }
                    LT_CHECK_INT(n_ok, 1); /* exactly one right gap */
                    LT_CHECK(lt_kq_place_ok(pack, kq, right));
                    for (int j = 1; j < kq->n_line; j++) {
                        LT_CHECK(lt_date_order(&pack->events[kq->line[j - 1]].date,
                                               &pack->events[kq->line[j]].date) < 0);
                    }
                } else {
                    unsigned bit = 1u << kq->q.type;
                    LT_CHECK((bit & LT_KROUND_TYPES) != 0);
                    LT_CHECK(kq->q.type != LT_Q_TYPED && kq->q.type != LT_Q_CLOZE && kq->q.type != LT_Q_DATE);
                    LT_CHECK(kq->q.type != LT_Q_CHOICE || kq->q.n_options <= LT_QUIZ_OPTIONS);
                }
            }
            LT_CHECK_INT(places, 2);
            LT_CHECK_INT(lt_kround_build(pack, (lt_lang)L, seed, 7, b), n);
            for (int i = 0; i < n; i++) {
                LT_CHECK(a[i].kind == b[i].kind && a[i].q.event == b[i].q.event &&
                         strcmp(a[i].q.prompt, b[i].q.prompt) == 0);
            }
        }
    }
    /* Lengths from 3 to 20; the types all appear over a few rounds. */
    unsigned types = 0;
    for (int len = 3; len <= LT_KROUND_MAX; len++) {
        int n = lt_kround_build(pack, LT_LANG_EN, (uint64_t)len, len, a);
        LT_CHECK_INT(n, len);
        for (int i = 0; i < n; i++) {
            if (a[i].kind == LT_KQ_QUIZ) {
                types |= 1u << a[i].q.type;
            }
        }
    }
    LT_CHECK_INT(types, LT_KROUND_TYPES);
    LT_CHECK_INT(lt_kround_build(pack, LT_LANG_EN, 1, 0, a), 0);
    LT_CHECK_INT(lt_kround_build(NULL, LT_LANG_EN, 1, 7, a), 0);
    LT_CHECK(!lt_kq_place_ok(pack, NULL, 0));
    lt_pack_free(pack);
}

int main(int argc, char **argv)
{
    test_names();
    test_happy_path();
    test_idle_reset();
    test_idle_touch();
    test_corner();
    test_pin();
    test_initials();
    if (argc > 1) {
        test_round(argv[1]);
    }
    return LT_TEST_END();
}
