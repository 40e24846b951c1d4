/* lt_rng.c: PCG32 (O'Neill's permuted congruential generator, XSH RR).
 * Chosen for tiny state, good statistics and identical output on every platform.
 * Depends on: lt_rng.h. */
#include "lt_rng.h"

#include <string.h>

void lt_rng_seed(lt_rng *r, uint64_t seed)
{
    r->state = 0;
    r->inc = (seed << 1u) | 1u;
    lt_rng_next(r);
    r->state += seed ^ 0x9E3779B97F4A7C15ull;
    lt_rng_next(r);
}

uint32_t lt_rng_next(lt_rng *r)
{
    uint64_t old = r->state;
    r->state = old * 6364136223846793005ull + r->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
}

uint32_t lt_rng_below(lt_rng *r, uint32_t n)
{
    if (n == 0) {
        return 0;
    }
    /* Rejection keeps the result unbiased. */
    uint32_t threshold = (uint32_t)(-n) % n;
    for (;;) {
        uint32_t x = lt_rng_next(r);
        if (x >= threshold) {
            return x % n;
        }
    }
}

void lt_rng_shuffle(lt_rng *r, void *base, size_t n, size_t size)
{
    unsigned char *b = base;
    unsigned char tmp[256];
    if (n < 2 || size > sizeof tmp) {
        return;
    }
    for (size_t i = n - 1; i > 0; i--) {
        size_t j = lt_rng_below(r, (uint32_t)(i + 1));
        if (j != i) {
            memcpy(tmp, b + i * size, size);
            memcpy(b + i * size, b + j * size, size);
            memcpy(b + j * size, tmp, size);
        }
    }
}
