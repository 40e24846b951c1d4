/* lt_kiosk_int.h: what the kiosk's core files share: atomic file writes,
 * folder creation and small JSON/CSV writers over lt_strbuf. Not for use
 * outside game/core.
 * Depends on: lt_strbuf.h. */
#ifndef LT_KIOSK_INT_H
#define LT_KIOSK_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_strbuf.h"

/* Writes data[0..len) to path so that readers see the old file or the new
 * one, never a part: a temp file in the same folder, fsync, rename, fsync of
 * the folder. False with the reason in err (the old file is left as it was). */
bool lt_kiosk_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);

/* Creates dir and its parents (0755); 0 on success, -1 with errno set. */
int lt_kiosk_mkdirs(const char *dir);

/* Appends s as a quoted JSON string. */
void lt_kiosk_json_str(lt_strbuf *b, const char *s);
/* Appends v the way JSON.stringify writes numbers. */
void lt_kiosk_json_num(lt_strbuf *b, double v);
/* Appends a whole number. */
void lt_kiosk_json_int(lt_strbuf *b, int64_t v);

#endif
