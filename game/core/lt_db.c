/* lt_db.c: opening an SQLite file with an integrity check, and its schema
 * version. Depends on: lt_db.h, SQLite. */
#include "lt_db.h"

#include <stdio.h>
#include <string.h>

int lt_db_user_version(sqlite3 *db)
{
    sqlite3_stmt *st = NULL;
    int v = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version;", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        v = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    return v;
}

int lt_db_open_checked(const char *path, int flags, sqlite3 **db, char *why, size_t whylen)
{
    int rc = sqlite3_open_v2(path, db, flags, NULL);
    if (rc != SQLITE_OK) {
        snprintf(why, whylen, "%s", *db ? sqlite3_errmsg(*db) : sqlite3_errstr(rc));
        return rc;
    }
    sqlite3_busy_timeout(*db, 2000);
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(*db, "PRAGMA quick_check;", -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            const char *res = (const char *)sqlite3_column_text(st, 0);
            rc = (res != NULL && strcmp(res, "ok") == 0) ? SQLITE_OK : SQLITE_CORRUPT;
        }
    }
    if (rc != SQLITE_OK) {
        snprintf(why, whylen, "%s", sqlite3_errmsg(*db));
        /* Errors reading a damaged header come back as other codes too. */
        int ext = sqlite3_extended_errcode(*db) & 0xff;
        if (rc != SQLITE_CORRUPT && rc != SQLITE_NOTADB && (ext == SQLITE_CORRUPT || ext == SQLITE_NOTADB)) {
            rc = ext;
        }
    }
    sqlite3_finalize(st);
    return rc;
}
