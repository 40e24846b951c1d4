/* lt_pin.c: PIN hashes through libsodium's crypto_pwhash_str (Argon2id)
 * and the lock-out schedule. Depends on: lt_pin.h, libsodium. */
#include "lt_pin.h"

#include <sodium.h>
#include <string.h>

_Static_assert(LT_PIN_HASH_MAX >= crypto_pwhash_STRBYTES, "PIN hash buffer too small");

static bool lt_pin_ready(void)
{
    static int state; /* 0 unknown, 1 ready, -1 failed */
    if (state == 0) {
        state = sodium_init() >= 0 ? 1 : -1;
    }
    return state == 1;
}

bool lt_pin_valid(const char *pin)
{
    if (pin == NULL) {
        return false;
    }
    size_t n = strlen(pin);
    if (n < LT_PIN_MIN_DIGITS || n > LT_PIN_MAX_DIGITS) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (pin[i] < '0' || pin[i] > '9') {
            return false;
        }
    }
    return true;
}

bool lt_pin_hash(const char *pin, char *out, size_t outlen)
{
    if (out != NULL && outlen > 0) {
        out[0] = '\0';
    }
    if (out == NULL || outlen < crypto_pwhash_STRBYTES || !lt_pin_valid(pin) || !lt_pin_ready()) {
        return false;
    }
    char buf[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(buf, pin, strlen(pin), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return false;
    }
    memcpy(out, buf, strlen(buf) + 1);
    return true;
}

bool lt_pin_verify(const char *stored_hash, const char *pin)
{
    if (stored_hash == NULL || pin == NULL || !lt_pin_ready()) {
        return false;
    }
    size_t n = strnlen(stored_hash, crypto_pwhash_STRBYTES);
    if (n == 0 || n >= crypto_pwhash_STRBYTES || strncmp(stored_hash, "$argon2", 7) != 0) {
        return false;
    }
    if (!lt_pin_valid(pin)) {
        return false;
    }
    return crypto_pwhash_str_verify(stored_hash, pin, strlen(pin)) == 0;
}

int64_t lt_pin_lock_ms(int failures)
{
    if (failures < 3) {
        return 0;
    }
    int64_t ms = 5000;
    for (int i = 3; i < failures && ms < 300000; i++) {
        ms *= 2;
    }
    return ms < 300000 ? ms : 300000;
}
