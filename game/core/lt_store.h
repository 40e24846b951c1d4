/* lt_store.h: the player's database (SQLite): settings now, profiles, cards
 * and the review log as later schema versions add them. WAL, migrations by
 * PRAGMA user_version, a corrupt file moved aside. Depends on: SQLite. */
#ifndef LT_STORE_H
#define LT_STORE_H

#include <stdbool.h>
#include <stddef.h>

#define LT_STORE_FILE "letopis.db"
#define LT_STORE_SCHEMA_VERSION 1

typedef struct lt_store lt_store;

/* Opens (creating when missing, with parent folders) `dir`/letopis.db.
 * A file that is not a valid database is renamed to
 * letopis.db.corrupt-<unix time> and a fresh one made; lt_store_notice()
 * then tells the player. Returns NULL only when no database can be made at
 * all, with the reason in `err`. */
lt_store *lt_store_open(const char *dir, char *err, size_t errlen);
void lt_store_close(lt_store *s);

/* A message for the player about what happened at open ("" when nothing). */
const char *lt_store_notice(const lt_store *s);
const char *lt_store_path(const lt_store *s);

/* Settings: string values by key. get copies into buf and returns true when
 * the key exists; set writes in its own transaction and returns success. */
bool lt_store_get(lt_store *s, const char *key, char *buf, size_t len);
bool lt_store_set(lt_store *s, const char *key, const char *value);
int lt_store_get_int(lt_store *s, const char *key, int fallback);
bool lt_store_set_int(lt_store *s, const char *key, int value);

/* The default data folder: $XDG_DATA_HOME/letopis, else ~/.local/share/letopis,
 * else ./letopis-data. Writes into buf. */
void lt_store_default_dir(char *buf, size_t len);

#endif
