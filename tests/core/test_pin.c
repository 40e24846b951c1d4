/* test_pin.c: PIN hashes (salted: two hashes of one PIN differ, both
 * verify), rejection of wrong PINs, malformed hashes and non-digit PINs,
 * and the wrong-PIN lock schedule. Depends on: lt_pin.h, lt_test.h. */
#include "lt_pin.h"
#include "lt_test.h"

int main(void)
{
    LT_CHECK(lt_pin_valid("1234"));
    LT_CHECK(lt_pin_valid("000000000000"));
    LT_CHECK(!lt_pin_valid("123"));
    LT_CHECK(!lt_pin_valid("1234567890123"));
    LT_CHECK(!lt_pin_valid("12a4"));
    LT_CHECK(!lt_pin_valid(""));
    LT_CHECK(!lt_pin_valid(NULL));

    char h1[LT_PIN_HASH_MAX], h2[LT_PIN_HASH_MAX];
    LT_CHECK(lt_pin_hash("2468", h1, sizeof h1));
    LT_CHECK(lt_pin_hash("2468", h2, sizeof h2));
    LT_CHECK(strncmp(h1, "$argon2id$", 10) == 0);
    LT_CHECK(strcmp(h1, h2) != 0); /* a fresh salt each time */
    LT_CHECK(strstr(h1, "2468") == NULL);
    LT_CHECK(lt_pin_verify(h1, "2468"));
    LT_CHECK(lt_pin_verify(h2, "2468"));
    LT_CHECK(!lt_pin_verify(h1, "2469"));
    LT_CHECK(!lt_pin_verify(h1, "24680"));
    LT_CHECK(!lt_pin_verify(h1, ""));
    LT_CHECK(!lt_pin_verify("", "2468"));
    LT_CHECK(!lt_pin_verify("2468", "2468")); /* a PIN stored in clear is not a hash */
    LT_CHECK(!lt_pin_verify("$argon2id$garbage", "2468"));

    char small[16] = "x";
    LT_CHECK(!lt_pin_hash("2468", small, sizeof small));
    LT_CHECK(small[0] == '\0');
    LT_CHECK(!lt_pin_hash("24", h1, sizeof h1));
    LT_CHECK(h1[0] == '\0');

    LT_CHECK_INT(lt_pin_lock_ms(0), 0);
    LT_CHECK_INT(lt_pin_lock_ms(2), 0);
    LT_CHECK_INT(lt_pin_lock_ms(3), 5000);
    LT_CHECK_INT(lt_pin_lock_ms(4), 10000);
    LT_CHECK_INT(lt_pin_lock_ms(5), 20000);
    LT_CHECK_INT(lt_pin_lock_ms(50), 300000);
    return LT_TEST_END();
}
