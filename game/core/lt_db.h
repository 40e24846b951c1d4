/* lt_db.h: what the player's database (lt_store) and the kiosk database
 * (lt_kstore) share about opening an SQLite file: open, a quick integrity
 * check that tells a damaged file from other failures, and the schema
 * version. Depends on: SQLite. */
#ifndef LT_DB_H
#define LT_DB_H

#include <stddef.h>

#include <sqlite3.h>

/* Opens `path` with `flags` (sqlite3_open_v2) into *db, sets a 2 s busy
 * timeout and runs PRAGMA quick_check. Returns SQLITE_OK; SQLITE_CORRUPT or
 * SQLITE_NOTADB when the file is damaged (also when the damage shows as
 * another error whose extended code says so); or another code for other
 * failures, with the reason in why. *db may be set even on failure (the
 * caller closes it). */
int lt_db_open_checked(const char *path, int flags, sqlite3 **db, char *why, size_t whylen);

/* PRAGMA user_version, or -1 when it cannot be read. */
int lt_db_user_version(sqlite3 *db);

#endif
