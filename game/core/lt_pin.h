/* lt_pin.h: staff PINs kept as salted, slow hashes (libsodium's Argon2id
 * string format, which carries its own salt and cost), and the growing delay
 * after wrong PINs. Used by the teacher screen and the kiosk's admin.
 * Depends on: libsodium. */
#ifndef LT_PIN_H
#define LT_PIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LT_PIN_HASH_MAX 128 /* bytes with the NUL (crypto_pwhash_STRBYTES) */
#define LT_PIN_MIN_DIGITS 4
#define LT_PIN_MAX_DIGITS 12

/* True when `pin` is LT_PIN_MIN_DIGITS..LT_PIN_MAX_DIGITS ASCII digits. */
bool lt_pin_valid(const char *pin);

/* Hashes a valid PIN into out ("$argon2id$v=19$m=...,t=...,p=1$salt$hash").
 * False (out = "") for an invalid PIN or when hashing fails. */
bool lt_pin_hash(const char *pin, char *out, size_t outlen);

/* True when `pin` matches a hash made by lt_pin_hash. A malformed stored
 * hash never matches. Takes time on purpose (about 0.1 s). */
bool lt_pin_verify(const char *stored_hash, const char *pin);

/* Wrong-PIN delay: after `failures` wrong PINs in a row, how long the pad
 * stays locked before the next try: none for the first 2, then 5 s doubling
 * per failure up to 5 minutes. */
int64_t lt_pin_lock_ms(int failures);

#endif
