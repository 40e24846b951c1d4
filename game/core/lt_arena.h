/* lt_arena.h: a bump allocator that owns many small blocks freed at once.
 * A loaded pack keeps all its strings and arrays in one arena.
 * Depends on: nothing but libc. */
#ifndef LT_ARENA_H
#define LT_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct lt_arena_chunk lt_arena_chunk;

typedef struct lt_arena {
    lt_arena_chunk *head;
    bool failed; /* set once any allocation failed */
} lt_arena;

/* Zeroed memory of `size` bytes aligned for any type, owned by the arena;
 * NULL (and a->failed set) when out of memory. size 0 gives NULL. */
void *lt_arena_alloc(lt_arena *a, size_t size);

/* An array of n zeroed elements; NULL when n is 0, on overflow or out of
 * memory (the latter two set a->failed). */
void *lt_arena_array(lt_arena *a, size_t n, size_t elem);

/* A copy of s owned by the arena. NULL s gives NULL. Out of memory gives ""
 * (a static string, never written) and sets a->failed, so callers may use
 * the result as a string unconditionally. */
char *lt_arena_strdup(lt_arena *a, const char *s);
char *lt_arena_strndup(lt_arena *a, const char *s, size_t n);

/* Frees every block; the arena may be reused after. */
void lt_arena_free(lt_arena *a);

#endif
