/* lt_idmap.c: the id -> index hash table (FNV-1a with a final mix, linear
 * probing); the pack loader uses it for duplicate ids and references.
 * Depends on: lt_idmap.h. */
#include "lt_idmap.h"

#include <stdlib.h>
#include <string.h>

#define LT_IDMAP_MIN_CAP 16u

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    /* fmix32: spreads ids that differ in their last characters over the
     * low bits the table uses */
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

void lt_idmap_init(lt_idmap *m)
{
    memset(m, 0, sizeof *m);
}

static bool rehash(lt_idmap *m, size_t cap)
{
    lt_idmap_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) {
        m->failed = true;
        return false;
    }
    for (size_t i = 0; i < m->cap; i++) {
        const lt_idmap_slot *s = &m->slots[i];
        size_t h;
        if (!s->key) {
            continue;
        }
        h = s->hash & (cap - 1);
        while (slots[h].key) {
            h = (h + 1) & (cap - 1);
        }
        slots[h] = *s;
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

bool lt_idmap_reserve(lt_idmap *m, size_t n)
{
    size_t cap = m->cap ? m->cap : LT_IDMAP_MIN_CAP;
    if (n > SIZE_MAX / 4 / sizeof(lt_idmap_slot)) {
        m->failed = true;
        return false;
    }
    while (cap < n * 2) {
        cap *= 2;
    }
    return cap == m->cap || rehash(m, cap);
}

int lt_idmap_put(lt_idmap *m, const char *key, int value)
{
    uint32_t hash;
    size_t h;
    if (!key) {
        return -1;
    }
    if ((m->count + 1) * 2 > m->cap && !lt_idmap_reserve(m, m->count + 1)) {
        return LT_IDMAP_NOMEM;
    }
    hash = hash_str(key);
    h = hash & (m->cap - 1);
    while (m->slots[h].key) {
        if (m->slots[h].hash == hash && strcmp(m->slots[h].key, key) == 0) {
            return m->slots[h].value;
        }
        h = (h + 1) & (m->cap - 1);
    }
    m->slots[h].key = key;
    m->slots[h].hash = hash;
    m->slots[h].value = value;
    m->count++;
    return -1;
}

int lt_idmap_get(const lt_idmap *m, const char *key)
{
    uint32_t hash;
    size_t h;
    if (!key || m->cap == 0) {
        return -1;
    }
    hash = hash_str(key);
    h = hash & (m->cap - 1);
    while (m->slots[h].key) {
        if (m->slots[h].hash == hash && strcmp(m->slots[h].key, key) == 0) {
            return m->slots[h].value;
        }
        h = (h + 1) & (m->cap - 1);
    }
    return -1;
}

void lt_idmap_free(lt_idmap *m)
{
    free(m->slots);
    lt_idmap_init(m);
}
