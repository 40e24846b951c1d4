/* lt_watch.c: file change detection by polling stat (size, mtime and ctime
 * in ns, inode) and, where stat cannot tell, an FNV-1a hash of the content.
 * Depends on: lt_watch.h, POSIX stat and clock_gettime. No SDL. */
#include "lt_watch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static int64_t lt_watch_now_ns(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) != 0) {
        return 0;
    }
    return (int64_t)ts.tv_sec * 1000000000LL + (int64_t)ts.tv_nsec;
}

/* The stat part of a stamp; hashed and racy are left false. */
static lt_watch_stamp lt_watch_stat(const char *path)
{
    lt_watch_stamp s;
    struct stat st;
    memset(&s, 0, sizeof s);
    if (path == NULL || stat(path, &st) != 0) {
        return s;
    }
    s.exists = true;
    s.size = (int64_t)st.st_size;
    s.mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000LL + (int64_t)st.st_mtim.tv_nsec;
    s.ctime_ns = (int64_t)st.st_ctim.tv_sec * 1000000000LL + (int64_t)st.st_ctim.tv_nsec;
    s.ino = (uint64_t)st.st_ino;
    s.dev = (uint64_t)st.st_dev;
    return s;
}

/* FNV-1a over the file; false when it cannot be read or is too large. */
static bool lt_watch_hash(const char *path, int64_t size, uint64_t *out)
{
    if (size < 0 || (uint64_t)size > LT_WATCH_HASH_MAX) {
        return false;
    }
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return false;
    }
    uint64_t h = 1469598103934665603ULL;
    unsigned char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        for (size_t i = 0; i < n; i++) {
            h ^= buf[i];
            h *= 1099511628211ULL;
        }
    }
    bool ok = ferror(f) == 0;
    fclose(f);
    if (ok) {
        *out = h;
    }
    return ok;
}

static bool lt_watch_is_racy(const lt_watch_stamp *s)
{
    int64_t last = s->mtime_ns > s->ctime_ns ? s->mtime_ns : s->ctime_ns;
    return s->exists && lt_watch_now_ns() - last < LT_WATCH_RACY_NS;
}

lt_watch_stamp lt_watch_stamp_of(const char *path)
{
    lt_watch_stamp s = lt_watch_stat(path);
    if (s.exists) {
        s.hashed = lt_watch_hash(path, s.size, &s.hash);
        s.racy = lt_watch_is_racy(&s);
    }
    return s;
}

void lt_watch_init(lt_watch *w, double interval_ms)
{
    memset(w, 0, sizeof *w);
    w->interval_ms = interval_ms > 0 ? interval_ms : LT_WATCH_INTERVAL_MS;
}

bool lt_watch_add(lt_watch *w, const char *path)
{
    if (path == NULL || path[0] == '\0') {
        return false;
    }
    for (size_t i = 0; i < w->n; i++) {
        if (strcmp(w->paths[i], path) == 0) {
            return true;
        }
    }
    if (w->n >= LT_WATCH_MAX) {
        return false;
    }
    size_t len = strlen(path);
    char *copy = malloc(len + 1);
    if (copy == NULL) {
        return false;
    }
    memcpy(copy, path, len + 1);
    w->paths[w->n] = copy;
    w->stamps[w->n] = lt_watch_stamp_of(path);
    w->n++;
    return true;
}

void lt_watch_clear(lt_watch *w)
{
    for (size_t i = 0; i < w->n; i++) {
        free(w->paths[i]);
        w->paths[i] = NULL;
    }
    w->n = 0;
    w->since_ms = 0;
}

void lt_watch_free(lt_watch *w)
{
    lt_watch_clear(w);
}

/* Whether file i changed; records its new state either way. */
static bool lt_watch_poll_one(lt_watch *w, size_t i)
{
    lt_watch_stamp *old = &w->stamps[i];
    lt_watch_stamp cur = lt_watch_stat(w->paths[i]);
    if (!cur.exists || !old->exists) {
        bool changed = cur.exists != old->exists;
        if (changed) {
            *old = lt_watch_stamp_of(w->paths[i]);
        }
        return changed;
    }
    bool same_stat = cur.size == old->size && cur.mtime_ns == old->mtime_ns &&
                     cur.ctime_ns == old->ctime_ns && cur.ino == old->ino &&
                     cur.dev == old->dev;
    if (same_stat && !old->racy) {
        return false;
    }
    if (!same_stat && cur.size != old->size) {
        *old = lt_watch_stamp_of(w->paths[i]);
        return true;
    }
    /* Same size: a touch, a rewrite with other bytes, or (racy) a rewrite the
     * timestamp could not show. The content decides. */
    cur.hashed = lt_watch_hash(w->paths[i], cur.size, &cur.hash);
    cur.racy = lt_watch_is_racy(&cur);
    bool changed = cur.hashed && old->hashed ? cur.hash != old->hash : !same_stat;
    if (same_stat && !changed) {
        old->racy = cur.racy;
        return false;
    }
    *old = cur;
    return changed;
}

bool lt_watch_poll(lt_watch *w)
{
    bool changed = false;
    for (size_t i = 0; i < w->n; i++) {
        /* Poll every file, so each records its state once. */
        if (lt_watch_poll_one(w, i)) {
            changed = true;
        }
    }
    w->since_ms = 0;
    return changed;
}

bool lt_watch_tick(lt_watch *w, double dt_ms)
{
    w->since_ms += dt_ms;
    if (w->since_ms + 1e-6 < w->interval_ms) {
        return false;
    }
    return lt_watch_poll(w);
}
