/* lt_rng.h: a small seeded random generator (PCG32) for deterministic rounds.
 * The same seed gives the same questions and the same replays everywhere.
 * Depends on: nothing but libc. */
#ifndef LT_RNG_H
#define LT_RNG_H

#include <stddef.h>
#include <stdint.h>

typedef struct lt_rng {
    uint64_t state;
    uint64_t inc;
} lt_rng;

void lt_rng_seed(lt_rng *r, uint64_t seed);
uint32_t lt_rng_next(lt_rng *r);
/* Uniform integer in [0, n); 0 when n == 0. */
uint32_t lt_rng_below(lt_rng *r, uint32_t n);
/* Shuffles n elements of `size` bytes in place (Fisher-Yates). */
void lt_rng_shuffle(lt_rng *r, void *base, size_t n, size_t size);

#endif
