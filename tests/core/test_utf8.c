/* test_utf8.c: validation offsets, decoding and counting of lt_utf8.
 * Every malformed class: stray continuation, overlong, surrogate, too big, truncated.
 * Depends on: lt_utf8.h, lt_test.h. */
#include "lt_test.h"
#include "lt_utf8.h"

static size_t bad_at(const char *s)
{
    size_t off = 999;
    if (lt_utf8_valid(s, strlen(s), &off)) {
        return (size_t)-1;
    }
    return off;
}

int main(void)
{
    size_t pos = 0;
    const char *ru = "Мир";
    char enc[4];

    LT_CHECK(lt_utf8_valid("", 0, NULL));
    LT_CHECK(lt_utf8_valid("ascii", 5, NULL));
    LT_CHECK(lt_utf8_valid("Совместная декларация – 1956", strlen("Совместная декларация – 1956"), NULL));
    LT_CHECK(lt_utf8_valid("\xF0\x9F\x98\x80", 4, NULL));
    LT_CHECK_INT(bad_at("ab\x80"), 2);            /* stray continuation */
    LT_CHECK_INT(bad_at("a\xC0\xAF"), 1);         /* overlong '/' */
    LT_CHECK_INT(bad_at("\xE0\x80\xAF"), 0);      /* overlong 3-byte */
    LT_CHECK_INT(bad_at("xy\xED\xA0\x80"), 2);    /* surrogate */
    LT_CHECK_INT(bad_at("\xF4\x90\x80\x80"), 0);  /* above U+10FFFF */
    LT_CHECK_INT(bad_at("ok\xD0"), 2);            /* truncated */
    LT_CHECK_INT(bad_at("Ма\xFF"), 4);
    LT_CHECK_INT(bad_at("\xF5\x80\x80\x80"), 0);

    LT_CHECK_INT(lt_utf8_next(ru, strlen(ru), &pos), 0x41C);
    LT_CHECK_INT(pos, 2);
    LT_CHECK_INT(lt_utf8_next(ru, strlen(ru), &pos), 0x438);
    LT_CHECK_INT(lt_utf8_next(ru, strlen(ru), &pos), 0x440);
    LT_CHECK_INT(lt_utf8_next(ru, strlen(ru), &pos), LT_UTF8_BAD);
    LT_CHECK_INT(pos, 6);
    pos = 0;
    LT_CHECK_INT(lt_utf8_next("\xFFz", 2, &pos), LT_UTF8_BAD);
    LT_CHECK_INT(pos, 1);
    LT_CHECK_INT(lt_utf8_next("\xFFz", 2, &pos), 'z');

    LT_CHECK_INT(lt_utf8_count("", 0), 0);
    LT_CHECK_INT(lt_utf8_count(ru, strlen(ru)), 3);
    LT_CHECK_INT(lt_utf8_count("a\xFF\xFE" "b", 4), 4);

    LT_CHECK_INT(lt_utf8_encode(0x41C, enc), 2);
    LT_CHECK(memcmp(enc, "М", 2) == 0);
    LT_CHECK_INT(lt_utf8_encode(0x1F600, enc), 4);
    LT_CHECK_INT(lt_utf8_encode(0xD800, enc), 0);
    return LT_TEST_END();
}
