/* lt_store_int.h: what the store's source files (and lt_report.c) share: the
 * handle and its cached prepared statements. Not for use elsewhere.
 * Depends on: sqlite3, lt_store.h. */
#ifndef LT_STORE_INT_H
#define LT_STORE_INT_H

#include <sqlite3.h>

#include "lt_store.h"

/* Statements prepared once and reused (an answer's commit is the hot path). */
enum {
    LT_ST_BEGIN = 0,
    LT_ST_COMMIT,
    LT_ST_ROLLBACK,
    LT_ST_CARD_UPDATE,
    LT_ST_CARD_INSERT,
    LT_ST_LOG_INSERT,
    LT_ST_COUNT
};

struct lt_store {
    sqlite3 *db;
    char path[1024];
    char notice[1200];
    sqlite3_stmt *st[LT_ST_COUNT];
};

/* The cached statement `which`, prepared on first use and reset; NULL (with a
 * message on stderr) when it cannot be prepared. */
sqlite3_stmt *lt_store_stmt(lt_store *s, int which);

/* Runs sql (no results) and reports a failure on stderr with `what`. */
bool lt_store_exec(lt_store *s, const char *sql, const char *what);

/* The columns of a card after "SELECT id, fact, " ... in this order, and the
 * reader filling an lt_card_rec from a row whose first column is `col`. */
#define LT_STORE_CARD_COLS                                                                 \
    "stability, difficulty, state, step, due_ms, last_review_ms, elapsed_days, "           \
    "scheduled_days, reps, lapses"
void lt_store_read_card(sqlite3_stmt *st, int col, lt_fsrs_card *c);

#endif
