/* lt_arena.c: a bump allocator that owns many small blocks freed at once.
 * Chunks grow geometrically; big requests get a chunk of their own.
 * Depends on: lt_arena.h. */
#include "lt_arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LT_ARENA_MIN_CHUNK 4096u

struct lt_arena_chunk {
    lt_arena_chunk *next;
    size_t used, cap;
    alignas(max_align_t) unsigned char data[];
};

void *lt_arena_alloc(lt_arena *a, size_t size)
{
    const size_t align = alignof(max_align_t);
    lt_arena_chunk *c = a->head;
    size_t need;

    if (size == 0) {
        return NULL;
    }
    if (size > SIZE_MAX / 2) {
        a->failed = true;
        return NULL;
    }
    need = (size + align - 1) & ~(align - 1);
    if (!c || c->cap - c->used < need) {
        size_t cap = c ? c->cap * 2 : LT_ARENA_MIN_CHUNK;
        if (cap < need) {
            cap = need;
        }
        c = malloc(sizeof *c + cap);
        if (!c) {
            a->failed = true;
            return NULL;
        }
        c->used = 0;
        c->cap = cap;
        c->next = a->head;
        a->head = c;
    }
    {
        void *p = c->data + c->used;
        c->used += need;
        memset(p, 0, size);
        return p;
    }
}

void *lt_arena_array(lt_arena *a, size_t n, size_t elem)
{
    if (n == 0 || elem == 0) {
        return NULL;
    }
    if (n > SIZE_MAX / elem) {
        a->failed = true;
        return NULL;
    }
    return lt_arena_alloc(a, n * elem);
}

char *lt_arena_strndup(lt_arena *a, const char *s, size_t n)
{
    static char empty[1];
    char *p;
    if (!s) {
        return NULL;
    }
    p = lt_arena_alloc(a, n + 1);
    if (!p) {
        empty[0] = '\0';
        return empty;
    }
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *lt_arena_strdup(lt_arena *a, const char *s)
{
    return s ? lt_arena_strndup(a, s, strlen(s)) : NULL;
}

void lt_arena_free(lt_arena *a)
{
    lt_arena_chunk *c = a->head;
    while (c) {
        lt_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->failed = false;
}
