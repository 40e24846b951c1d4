/* lt_utf8.h: strict UTF-8 validation, decoding and counting.
 * Used by the pack loader (positions of bad bytes, columns) and text code.
 * Depends on: nothing but libc. */
#ifndef LT_UTF8_H
#define LT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Returned by lt_utf8_next for a malformed sequence. */
#define LT_UTF8_BAD ((int32_t)-1)

/* True when s[0..len) is well-formed UTF-8 (no overlong forms, no
 * surrogates, nothing above U+10FFFF; NUL bytes are allowed). On false,
 * *bad_offset (when not NULL) receives the byte offset of the first byte of
 * the first malformed sequence. */
bool lt_utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* Decodes the code point at s[*pos] (with *pos < len) and advances *pos past
 * it. A malformed sequence returns LT_UTF8_BAD and advances *pos by one byte,
 * so a loop over any input always ends. At *pos >= len returns LT_UTF8_BAD
 * and leaves *pos alone. */
int32_t lt_utf8_next(const char *s, size_t len, size_t *pos);

/* Number of code points in s[0..len); each malformed byte counts as one. */
size_t lt_utf8_count(const char *s, size_t len);

/* Writes the UTF-8 form of code point cp into out (4 bytes room needed) and
 * returns its length, or 0 when cp is not a Unicode scalar value. */
size_t lt_utf8_encode(int32_t cp, char out[4]);

#endif
