/* test_idmap.c: lt_idmap: first value kept on a repeat, colliding keys and
 * wrap-around probing, growth from empty and after reserve, 100,000 keys.
 * Depends on: lt_idmap.h, lt_test.h. */
#include <stdlib.h>

#include "lt_idmap.h"
#include "lt_test.h"

#define MANY 100000

/* The slot key landed in within m, or -1. */
static long slot_of(const lt_idmap *m, const char *key)
{
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].key == key) {
            return (long)i;
        }
    }
    return -1;
}

/* The home slot of key in a table of the minimum size (the map's only key). */
static long home_of(const char *key)
{
    lt_idmap m;
    long s;
    lt_idmap_init(&m);
    lt_idmap_put(&m, key, 0);
    s = slot_of(&m, key);
    lt_idmap_free(&m);
    return s;
}

static void test_basics(void)
{
    lt_idmap m;
    static const char a[] = "hatoyama", b[] = "F16", a2[] = "hatoyama";
    lt_idmap_init(&m);
    LT_CHECK_INT(lt_idmap_get(&m, "x"), -1);        /* empty, no table yet */
    LT_CHECK_INT(lt_idmap_put(&m, a, 0), -1);
    LT_CHECK_INT(lt_idmap_put(&m, b, 1), -1);
    LT_CHECK_INT(lt_idmap_get(&m, "hatoyama"), 0);
    LT_CHECK_INT(lt_idmap_get(&m, "F16"), 1);
    LT_CHECK_INT(lt_idmap_get(&m, "f16"), -1);      /* case matters */
    LT_CHECK_INT(lt_idmap_get(&m, ""), -1);
    LT_CHECK_INT(lt_idmap_get(&m, NULL), -1);
    /* a repeat (an equal string at another address) gives the first value */
    LT_CHECK_INT(lt_idmap_put(&m, a2, 7), 0);
    LT_CHECK_INT(lt_idmap_get(&m, a2), 0);
    LT_CHECK_INT(m.count, 2);
    LT_CHECK_INT(lt_idmap_put(&m, NULL, 3), -1);    /* never stored */
    LT_CHECK_INT(m.count, 2);
    LT_CHECK_INT(lt_idmap_put(&m, "", 4), -1);      /* the empty id is a key */
    LT_CHECK_INT(lt_idmap_get(&m, ""), 4);
    LT_CHECK(!m.failed);
    lt_idmap_free(&m);
    LT_CHECK(m.slots == NULL && m.cap == 0 && m.count == 0);
    LT_CHECK_INT(lt_idmap_get(&m, "hatoyama"), -1); /* reusable after free */
    LT_CHECK_INT(lt_idmap_put(&m, b, 5), -1);
    LT_CHECK_INT(lt_idmap_get(&m, "F16"), 5);
    lt_idmap_free(&m);
}

/* Keys sharing a home slot probe onward, including past the table's end. */
static void test_collisions(void)
{
    static char keys[4096][8];
    long homes[4096];
    int first = 0, second = -1, third = -1, wrap_a = -1, wrap_b = -1;
    long cap;
    lt_idmap m;

    lt_idmap_init(&m);
    lt_idmap_put(&m, "probe", 0);
    cap = (long)m.cap;
    lt_idmap_free(&m);
    for (int i = 0; i < 4096; i++) {
        snprintf(keys[i], sizeof keys[i], "k%d", i);
        homes[i] = home_of(keys[i]);
    }
    for (int i = 1; i < 4096 && third < 0; i++) {
        if (homes[i] == homes[0] && second < 0) {
            second = i;
        } else if (homes[i] == homes[0]) {
            third = i;
        }
    }
    for (int i = 0; i < 4096 && wrap_b < 0; i++) {
        if (homes[i] == cap - 1 && wrap_a < 0) {
            wrap_a = i;
        } else if (homes[i] == cap - 1) {
            wrap_b = i;
        }
    }
    LT_CHECK(second > 0 && third > 0 && wrap_a >= 0 && wrap_b >= 0);
    if (second < 0 || third < 0 || wrap_a < 0 || wrap_b < 0) {
        return;
    }

    /* three keys on one home slot: the later ones sit further on */
    lt_idmap_init(&m);
    LT_CHECK_INT(lt_idmap_put(&m, keys[first], 10), -1);
    LT_CHECK_INT(lt_idmap_put(&m, keys[second], 20), -1);
    LT_CHECK_INT(lt_idmap_put(&m, keys[third], 30), -1);
    LT_CHECK_INT(m.cap, cap);
    LT_CHECK_INT(slot_of(&m, keys[first]), homes[first]);
    LT_CHECK(slot_of(&m, keys[second]) != homes[second]);
    LT_CHECK(slot_of(&m, keys[third]) != homes[third]);
    LT_CHECK_INT(lt_idmap_get(&m, keys[first]), 10);
    LT_CHECK_INT(lt_idmap_get(&m, keys[second]), 20);
    LT_CHECK_INT(lt_idmap_get(&m, keys[third]), 30);
    LT_CHECK_INT(lt_idmap_put(&m, keys[third], 99), 30); /* a repeat at the chain's end */
    LT_CHECK_INT(m.count, 3);
    lt_idmap_free(&m);

    /* two keys on the last slot: the second wraps round to slot 0 */
    lt_idmap_init(&m);
    LT_CHECK_INT(lt_idmap_put(&m, keys[wrap_a], 1), -1);
    LT_CHECK_INT(lt_idmap_put(&m, keys[wrap_b], 2), -1);
    LT_CHECK_INT(slot_of(&m, keys[wrap_a]), cap - 1);
    LT_CHECK(slot_of(&m, keys[wrap_b]) >= 0 && slot_of(&m, keys[wrap_b]) < cap - 1);
    LT_CHECK_INT(lt_idmap_get(&m, keys[wrap_a]), 1);
    LT_CHECK_INT(lt_idmap_get(&m, keys[wrap_b]), 2);
    /* a miss whose home is the full chain's start stops at an empty slot */
    for (int i = 0; i < 4096; i++) {
        if (homes[i] == cap - 1 && i != wrap_a && i != wrap_b) {
            LT_CHECK_INT(lt_idmap_get(&m, keys[i]), -1);
            break;
        }
    }
    lt_idmap_free(&m);
}

/* Growth from empty keeps the table a power of two, at most half full, and
 * every key findable; after reserve, as many puts do not grow it. */
static void test_growth(void)
{
    static char keys[1000][12];
    lt_idmap m;
    size_t grew = 0, last_cap = 0;
    lt_idmap_init(&m);
    for (int i = 0; i < 1000; i++) {
        snprintf(keys[i], sizeof keys[i], "ent%03d", i);
        LT_CHECK_INT(lt_idmap_put(&m, keys[i], i), -1);
        if (m.cap != last_cap) {
            grew++;
            last_cap = m.cap;
        }
        LT_CHECK((m.cap & (m.cap - 1)) == 0);
        LT_CHECK(m.count * 2 <= m.cap);
    }
    LT_CHECK(grew >= 7); /* 16 -> ... -> 2048 */
    LT_CHECK_INT(m.count, 1000);
    for (int i = 0; i < 1000; i++) {
        LT_CHECK_INT(lt_idmap_get(&m, keys[i]), i);
    }
    lt_idmap_free(&m);

    lt_idmap_init(&m);
    LT_CHECK(lt_idmap_reserve(&m, 1000));
    {
        const lt_idmap_slot *slots = m.slots;
        size_t cap = m.cap;
        LT_CHECK(cap >= 2000);
        for (int i = 0; i < 1000; i++) {
            lt_idmap_put(&m, keys[i], i);
        }
        LT_CHECK(m.slots == slots && m.cap == cap);
        LT_CHECK(lt_idmap_reserve(&m, 10)); /* never shrinks */
        LT_CHECK(m.cap == cap);
    }
    for (int i = 0; i < 1000; i++) {
        LT_CHECK_INT(lt_idmap_get(&m, keys[i]), i);
    }
    LT_CHECK(lt_idmap_reserve(&m, 5000)); /* growing a filled map keeps its keys */
    LT_CHECK(m.cap >= 10000);
    for (int i = 0; i < 1000; i++) {
        LT_CHECK_INT(lt_idmap_get(&m, keys[i]), i);
    }
    lt_idmap_free(&m);
}

/* 100,000 generated ids, each put twice; absent ids that share prefixes miss. */
static void test_many(void)
{
    char (*keys)[12] = malloc((size_t)MANY * sizeof *keys);
    char probe[16];
    lt_idmap m;
    int bad = 0, repeats = 0;
    LT_CHECK(keys != NULL);
    if (!keys) {
        return;
    }
    lt_idmap_init(&m);
    for (int i = 0; i < MANY; i++) {
        snprintf(keys[i], sizeof keys[i], "ev%06d", i);
        bad += lt_idmap_put(&m, keys[i], i) != -1;
    }
    for (int i = 0; i < MANY; i++) {
        snprintf(probe, sizeof probe, "ev%06d", i);
        repeats += lt_idmap_put(&m, probe, MANY + i) == i; /* the copy is not kept */
        bad += lt_idmap_get(&m, probe) != i;
        snprintf(probe, sizeof probe, "ev%06dx", i);
        bad += lt_idmap_get(&m, probe) != -1;
        snprintf(probe, sizeof probe, "Ev%06d", i);
        bad += lt_idmap_get(&m, probe) != -1;
    }
    LT_CHECK_INT(bad, 0);
    LT_CHECK_INT(repeats, MANY);
    LT_CHECK_INT(m.count, MANY);
    LT_CHECK(!m.failed);
    lt_idmap_free(&m);
    free(keys);
}

int main(void)
{
    test_basics();
    test_collisions();
    test_growth();
    test_many();
    return LT_TEST_END();
}
