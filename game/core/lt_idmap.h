/* lt_idmap.h: a small open-addressing hash table from string ids to indices,
 * hand-written because C's standard library has no hash table and the
 * project avoids new dependencies. Depends on: nothing but libc. */
#ifndef LT_IDMAP_H
#define LT_IDMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Returned by lt_idmap_put when the table could not grow. */
#define LT_IDMAP_NOMEM (-2)

typedef struct lt_idmap_slot {
    const char *key;   /* borrowed; NULL marks an empty slot */
    uint32_t hash;
    int value;
} lt_idmap_slot;

/* Linear probing over a power-of-two table kept at most half full. Keys are
 * borrowed (they must outlive the map) and never removed. Zero-initialised
 * (or lt_idmap_init) is an empty map. */
typedef struct lt_idmap {
    lt_idmap_slot *slots;
    size_t cap;        /* 0 or a power of two */
    size_t count;
    bool failed;       /* an allocation failed: some keys may be missing */
} lt_idmap;

void lt_idmap_init(lt_idmap *m);

/* Makes room for n keys in all, so that as many puts need no growth.
 * False (and m->failed set) when out of memory. */
bool lt_idmap_reserve(lt_idmap *m, size_t n);

/* Maps key to value (>= 0) unless key is already there: returns -1 when it
 * was added, the value given first when it was present (the map keeps the
 * first), LT_IDMAP_NOMEM when out of memory. A NULL key is never stored. */
int lt_idmap_put(lt_idmap *m, const char *key, int value);

/* The value of key, or -1 when absent (or key is NULL). */
int lt_idmap_get(const lt_idmap *m, const char *key);

/* Frees the table; the map is empty and reusable after. */
void lt_idmap_free(lt_idmap *m);

#endif
