/* lt_watch.h: notices when files change, by polling: size, mtime and
 * ctime (ns), inode, and a content hash to tell a real edit from a touch. No inotify,
 * no threads; the caller drives it with its own (logical) time.
 * Depends on: libc (POSIX stat). No SDL. */
#ifndef LT_WATCH_H
#define LT_WATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Files watched at most (a pack file, its source texts and images). */
#ifndef LT_WATCH_MAX
#define LT_WATCH_MAX 256
#endif
/* Default time between two polls, ms. */
#ifndef LT_WATCH_INTERVAL_MS
#define LT_WATCH_INTERVAL_MS 250.0
#endif
/* Files larger than this are not hashed: stat alone tells their changes. */
#ifndef LT_WATCH_HASH_MAX
#define LT_WATCH_HASH_MAX (32u * 1024u * 1024u)
#endif
/* A file modified less than this long before it was looked at may be
 * rewritten again within the same file-system timestamp step (coarse kernel
 * clocks, 2 s on FAT); until it is older, an unchanged stat is confirmed by
 * its content hash. */
#ifndef LT_WATCH_RACY_NS
#define LT_WATCH_RACY_NS 3000000000LL
#endif

/* What is known about one file. */
typedef struct lt_watch_stamp {
    bool exists;
    int64_t size;
    int64_t mtime_ns;      /* seconds * 1e9 + nanoseconds */
    int64_t ctime_ns;      /* status change: moves on every write, and cannot be set back */
    uint64_t ino, dev;
    bool hashed;           /* hash holds the content's FNV-1a (the file was small enough) */
    uint64_t hash;
    bool racy;             /* modified recently: confirm an unchanged stat by the hash */
} lt_watch_stamp;

typedef struct lt_watch {
    char *paths[LT_WATCH_MAX];
    lt_watch_stamp stamps[LT_WATCH_MAX];
    size_t n;
    double interval_ms;    /* between polls in lt_watch_tick */
    double since_ms;       /* time since the last poll */
} lt_watch;

/* Starts an empty watch; interval_ms <= 0 means LT_WATCH_INTERVAL_MS. */
void lt_watch_init(lt_watch *w, double interval_ms);

/* Watches `path` from its state now (a missing file is a state too: its
 * appearance is a change). A path already watched is not added twice.
 * False when LT_WATCH_MAX files are watched or out of memory. */
bool lt_watch_add(lt_watch *w, const char *path);

/* Forgets every file (the interval is kept). */
void lt_watch_clear(lt_watch *w);

/* Frees the paths; the watch may be initialised again. */
void lt_watch_free(lt_watch *w);

/* Looks at every file now. Returns true when one of them changed since it
 * was recorded: created, deleted, or its content differs (also a rewrite of
 * the same size within one timestamp step). A touch that leaves the content
 * as it was is not a change. The new states are recorded, so one change is
 * reported once. */
bool lt_watch_poll(lt_watch *w);

/* Advances the watch's clock by dt_ms and polls when interval_ms has passed
 * since the last poll. Returns what that poll returned (false when none). */
bool lt_watch_tick(lt_watch *w, double dt_ms);

/* The state of `path` now (exported for tests). */
lt_watch_stamp lt_watch_stamp_of(const char *path);

#endif
