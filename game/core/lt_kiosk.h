/* lt_kiosk.h: what kiosk mode keeps outside the scenes: its configuration
 * file, the kiosk database (anonymous visitor sessions, the leaderboard,
 * health counters), the rude-word blocklist for initials, the daily summary
 * export and the status file a watchdog reads. No personal data: a session
 * row has times, language, counts and why it ended; a leaderboard row has
 * three initials and a score.
 * Depends on: SQLite, libyaml (config), lt_pack.h (lt_lang), lt_pin.h, lt_json.
 * Implemented in lt_kiosk_cfg.c, lt_kstore.c, lt_kiosk_words.c, lt_kiosk_status.c. */
#ifndef LT_KIOSK_H
#define LT_KIOSK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_pack.h"
#include "lt_pin.h"

/* ---- configuration (docs/kiosk.md) -------------------------------------- */

#define LT_KIOSK_PATH_MAX 1024
#define LT_KIOSK_ROUND_MIN 3
#define LT_KIOSK_ROUND_MAX 20

typedef struct lt_kiosk_cfg {
    char pack[LT_KIOSK_PATH_MAX];       /* "" = the default pack */
    bool langs[LT_LANG_COUNT];          /* languages offered; at least one */
    lt_lang default_lang;               /* language after a reset */
    int round_len;                      /* questions per visitor round, default 7 */
    int idle_warn_s;                    /* no touch for this long: "Still there?", default 45 */
    int idle_reset_s;                   /* then this countdown to a full reset, default 15 */
    bool leaderboard;                   /* default true */
    char pin_hash[LT_PIN_HASH_MAX];     /* admin PIN (lt_pin_hash); "" = no admin screen */
    int volume;                         /* 0-100, default 70 */
    char stats_dir[LT_KIOSK_PATH_MAX];  /* where daily exports go; "" = <data dir>/kiosk-stats */
    int status_every_s;                 /* status file period, default 5 */
    char status_path[LT_KIOSK_PATH_MAX];/* "" = <data dir>/kiosk-status.json */
} lt_kiosk_cfg;

/* The defaults above (both languages, ru first, 7 questions, 45 s + 15 s,
 * leaderboard on, no PIN hash, volume 70, status every 5 s). */
void lt_kiosk_cfg_default(lt_kiosk_cfg *cfg);

/* Reads a YAML config (keys as in docs/kiosk.md; unknown keys, bad values
 * and out-of-range numbers are errors with file:line:column in err, one
 * "file:line:col: error: ..." line each, all of them). Keys left out keep
 * their defaults. A relative `pack`, `stats_dir` or `status_path` is taken
 * from the config file's folder. False on any error (cfg then holds the
 * defaults). Without a PIN hash the admin screen cannot be opened and a
 * warning ("file: warning: ...") says so in err while returning true;
 * otherwise err is "" on success. */
bool lt_kiosk_cfg_load(const char *path, lt_kiosk_cfg *cfg, char *err, size_t errlen);

/* Writes cfg back as YAML (admin changes: pack, languages, round length),
 * atomically (temp file + fsync + rename). Every key is written; comments
 * in the old file are not kept. Refuses (false, reason in err) a cfg that
 * load would refuse (a number out of range, no language). */
bool lt_kiosk_cfg_save(const char *path, const lt_kiosk_cfg *cfg, char *err, size_t errlen);

/* The folder for daily exports and the status file's path: cfg's own, or
 * when "" the defaults under data_dir (kiosk-stats, kiosk-status.json). */
void lt_kiosk_cfg_resolve(const lt_kiosk_cfg *cfg, const char *data_dir, char *stats_dir, size_t stats_len,
                          char *status_path, size_t status_len);

/* ---- local days ---------------------------------------------------------- */

/* Days are local calendar days (the TZ of the kiosk). The start of the day
 * holding ms (local midnight, ms since 1970 UTC). */
int64_t lt_kiosk_day_start(int64_t ms);
/* The start of the day after the one starting at day_start_ms (23-25 h later
 * around daylight-saving changes). */
int64_t lt_kiosk_day_next(int64_t day_start_ms);
/* "YYYY-MM-DD" of that day into buf (at least 11 bytes). */
void lt_kiosk_day_name(int64_t day_start_ms, char *buf, size_t len);
/* Parses "YYYY-MM-DD" (a real date) into that day's start; false otherwise. */
bool lt_kiosk_day_parse(const char *text, int64_t *day_start_ms);

/* ---- the kiosk database ---------------------------------------------------- */

#define LT_KIOSK_DB_FILE "kiosk.db"

typedef struct lt_kstore lt_kstore;

/* Why a visitor session ended. */
typedef enum lt_visit_end {
    LT_VISIT_COMPLETED = 0, /* all questions answered */
    LT_VISIT_IDLE,          /* walked away: idle reset */
    LT_VISIT_ADMIN,         /* staff opened admin mid-round */
    LT_VISIT_CRASH,         /* found unfinished at the next start */
    LT_VISIT_STOPPED,       /* the program was stopped (SIGTERM: a service stop, a shutdown) */
    LT_VISIT_END_COUNT
} lt_visit_end;

const char *lt_visit_end_name(lt_visit_end e); /* "completed", "idle", "admin", "crash", "stopped" */

typedef struct lt_visit {
    int64_t id;
    int64_t start_ms, end_ms;   /* ms since 1970 UTC; end 0 while running */
    lt_lang lang;
    int questions;              /* asked so far */
    int right, wrong;
    int score;
    lt_visit_end end;
} lt_visit;

/* Opens (creating) dir/kiosk.db: WAL, synchronous FULL, every write in one
 * transaction, so a power cut never leaves it half-written. A file that is
 * not a database is moved aside (kiosk.db.corrupt-<time>) and a fresh one
 * made. Counts a crash when the last run did not close cleanly, and closes
 * any session left running as LT_VISIT_CRASH (its answers so far kept).
 * NULL only when nothing can be made, with the reason in err. */
lt_kstore *lt_kstore_open(const char *dir, int64_t now_ms, char *err, size_t errlen);
/* For tools reading a kiosk's database while the kiosk may run: opens an
 * existing dir/kiosk.db without counting crashes, touching the running flag
 * or moving anything aside. NULL (reason in err) when there is none or it
 * cannot be read. Writes through it are refused except the export record of
 * lt_kstore_export_pending. */
lt_kstore *lt_kstore_open_reader(const char *dir, char *err, size_t errlen);
/* Marks a clean shutdown and closes. NULL is ignored. */
void lt_kstore_close(lt_kstore *ks);
/* What open had to say ("kiosk.db was damaged; kept as ..."), or "". */
const char *lt_kstore_notice(const lt_kstore *ks);

/* A visitor session: begin returns its id (> 0, 0 on failure); each answer
 * is written at once; end writes the end time and reason. */
int64_t lt_kstore_visit_begin(lt_kstore *ks, int64_t now_ms, lt_lang lang);
bool lt_kstore_visit_answer(lt_kstore *ks, int64_t visit, const char *fact_id, bool right, int score_now);
bool lt_kstore_visit_end(lt_kstore *ks, int64_t visit, int64_t now_ms, lt_visit_end why);
/* Reads one session back (tools, tests). While it runs, end is
 * LT_VISIT_END_COUNT and end_ms 0. False when there is no such session. */
bool lt_kstore_visit_get(lt_kstore *ks, int64_t visit, lt_visit *out);

/* ---- leaderboard ----------------------------------------------------------- */

#define LT_INITIALS_CHARS 3
#define LT_INITIALS_MAX 16 /* bytes with the NUL: 3 code points of up to 4 bytes */

typedef struct lt_board_row {
    char initials[LT_INITIALS_MAX];
    int score;
    int64_t at_ms;
} lt_board_row;

/* True when `initials` are exactly 3 letters, each Latin A-Z or Cyrillic
 * А-Я/Ё (upper case), and do not spell a blocked word. */
bool lt_initials_ok(const char *initials);
/* True when the initials (or a word they start or are) is on the ru+en
 * blocklist of rude words, compared without case, with look-alike
 * Latin/Cyrillic letters folded together (A/А, B/В, E/Е, K/К, M/М, H/Н,
 * O/О, P/Р, C/С, T/Т, X/Х, Y/У). */
bool lt_initials_blocked(const char *initials);

/* Adds a leaderboard entry (refused when the initials are not ok). */
bool lt_kstore_board_add(lt_kstore *ks, const char *initials, int score, int64_t now_ms);
/* Top `max` (<= 10 in the game) by score, ties by earlier time. today_start_ms
 * > 0 limits to entries at or after it (today's board); 0 = all time. */
int lt_kstore_board_top(lt_kstore *ks, int64_t today_start_ms, lt_board_row *out, int max);
/* The place a score would take on a board (1-based), for "you are 3rd",
 * asked before the entry is added: entries with an equal score stay ahead
 * (ties go to the earlier time). */
int lt_kstore_board_rank(lt_kstore *ks, int64_t today_start_ms, int score);
bool lt_kstore_board_wipe(lt_kstore *ks);

/* ---- health and statistics -------------------------------------------------- */

typedef struct lt_kiosk_health {
    int64_t installed_ms;       /* first open of this database */
    int64_t started_ms;         /* this run's start (uptime = now - started) */
    int sessions_today;         /* sessions started since today_start_ms */
    int sessions_total;
    int crashes;                /* unclean shutdowns since install */
    int64_t last_reset_ms;      /* the last idle reset; 0 = none */
    int resets;                 /* idle resets since install */
    int64_t exported_through_ms;/* start of the last day handled by export_pending; 0 = none */
} lt_kiosk_health;

bool lt_kstore_health(lt_kstore *ks, int64_t today_start_ms, lt_kiosk_health *out);
/* Records an idle reset (for health). */
bool lt_kstore_note_reset(lt_kstore *ks, int64_t now_ms);

/* One day's summary of the sessions started that day: sessions started,
 * mean length (s), completion rate (completed / finished), per language
 * counts, the hardest facts (most wrong answers share, at least 3 answers
 * and one wrong; up to 5; ties: more answers first, then fact id).
 * Finished = ended for any reason. The mean length counts sessions ended
 * completed, idle or admin (a crash's end time is only when it was found). */
typedef struct lt_kiosk_day {
    int64_t day_start_ms;
    int sessions;
    int completed;
    double mean_length_s;
    double completion_rate;     /* 0..1; 0 when no session finished */
    int per_lang[LT_LANG_COUNT];
    int hardest_n;
    struct {
        char fact[64];
        int answers;
        double wrong_rate;
        int wrong;
    } hardest[5];
    int finished;               /* sessions ended (any reason) */
    int ended[LT_VISIT_END_COUNT]; /* sessions ended per reason */
    int answers;                /* answers given in the day's sessions */
} lt_kiosk_day;

bool lt_kstore_day_summary(lt_kstore *ks, int64_t day_start_ms, lt_kiosk_day *out);

/* The day's summary as export writes it: a CSV (UTF-8 with BOM, CRLF, a
 * header and one row) or a JSON object (docs/kiosk.md). malloc'ed, the
 * caller frees; NULL when out of memory. */
char *lt_kiosk_day_csv(const lt_kiosk_day *d);
char *lt_kiosk_day_json(const lt_kiosk_day *d);

/* Writes the summary of the day starting at day_start_ms as
 * dir/kiosk-YYYY-MM-DD.csv and .json (atomically; creating dir). Names the
 * written files in `written` ("a.csv, a.json"). */
bool lt_kstore_export_day(lt_kstore *ks, int64_t day_start_ms, const char *dir, char *written, size_t wlen,
                          char *err, size_t errlen);

/* Exports every finished day not exported yet (kept in the database), for
 * the kiosk's daily export at the first session of a new day. Days before
 * today_start_ms with at least one session get files; days without any are
 * passed over. Returns the number of days written, -1 on error. */
int lt_kstore_export_pending(lt_kstore *ks, int64_t today_start_ms, const char *dir, char *err, size_t errlen);

/* ---- status file ------------------------------------------------------------ */

typedef struct lt_kiosk_status {
    const char *state;          /* "attract", "round", "idle_warning", "end", "admin" */
    int64_t now_ms;
    int64_t uptime_s;
    int sessions_today;
    int sessions_total;
    int crashes;
    const char *last_error;     /* "" when none */
    const char *pack;           /* pack id */
    int pid;
} lt_kiosk_status;

/* Writes the status as one JSON object to path atomically (temp file in the
 * same folder, fsync, rename), so a watchdog never reads half a file. NULL
 * strings are written as "". Adds "time" (now_ms as UTC ISO 8601). The
 * folder must exist; false with the reason in err otherwise. */
bool lt_kiosk_status_write(const char *path, const lt_kiosk_status *st, char *err, size_t errlen);

#endif
