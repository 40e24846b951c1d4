/* test_kiosk_words.c: leaderboard initials: every capital Latin and Cyrillic
 * letter in every place is accepted; lower case, digits, other scripts and
 * 2 or 4 letters are refused; the ru+en blocklist holds with any case and
 * with look-alike Latin/Cyrillic letters mixed.
 * Depends on: lt_kiosk.h, lt_utf8.h. */
#include <stdio.h>
#include <string.h>

#include "../core/lt_test.h"
#include "lt_kiosk.h"
#include "lt_utf8.h"

/* Three code points into UTF-8. */
static void make3(char *out, int32_t a, int32_t b, int32_t c)
{
    size_t n = 0;
    char tmp[4];
    int32_t cps[3] = { a, b, c };
    for (int i = 0; i < 3; i++) {
        size_t k = lt_utf8_encode(cps[i], tmp);
        memcpy(out + n, tmp, k);
        n += k;
    }
    out[n] = '\0';
}

static void check_letter(int32_t c, int32_t filler)
{
    char s[16];
    make3(s, c, filler, filler);
    if (!lt_initials_ok(s)) {
        fprintf(stderr, "refused: %s (U+%04X first)\n", s, (unsigned)c);
    }
    LT_CHECK(lt_initials_ok(s));
    make3(s, filler, c, filler);
    LT_CHECK(lt_initials_ok(s));
    make3(s, filler, filler, c);
    LT_CHECK(lt_initials_ok(s));
}

int main(void)
{
    /* All capitals, in each place (Q and Ю never start a blocked word). */
    for (int32_t c = 'A'; c <= 'Z'; c++) {
        check_letter(c, 'Q');
    }
    for (int32_t c = 0x0410; c <= 0x042F; c++) {
        check_letter(c, 0x042E);
    }
    check_letter(0x0401, 0x042E); /* Ё */
    LT_CHECK(lt_initials_ok("ANN"));
    LT_CHECK(lt_initials_ok("ЮЛЯ"));
    LT_CHECK(lt_initials_ok("JFK"));
    LT_CHECK(lt_initials_ok("AЯZ")); /* mixed alphabets are fine when clean */

    /* Refused shapes. */
    LT_CHECK(!lt_initials_ok(NULL));
    LT_CHECK(!lt_initials_ok(""));
    LT_CHECK(!lt_initials_ok("ab"));
    LT_CHECK(!lt_initials_ok("abc"));
    LT_CHECK(!lt_initials_ok("Abc"));
    LT_CHECK(!lt_initials_ok("юля"));
    LT_CHECK(!lt_initials_ok("ЮЛя"));
    LT_CHECK(!lt_initials_ok("AB1"));
    LT_CHECK(!lt_initials_ok("007"));
    LT_CHECK(!lt_initials_ok("AB"));
    LT_CHECK(!lt_initials_ok("ЮЛ"));
    LT_CHECK(!lt_initials_ok("ABCD"));
    LT_CHECK(!lt_initials_ok("ЮЛЯЯ"));
    LT_CHECK(!lt_initials_ok("A B"));
    LT_CHECK(!lt_initials_ok("A-B"));
    LT_CHECK(!lt_initials_ok("ÀBC"));  /* Latin with an accent */
    LT_CHECK(!lt_initials_ok("ΑΒΓ"));  /* Greek */
    LT_CHECK(!lt_initials_ok("ЇЖИ"));  /* Ukrainian Ї is not in А-Я */
    LT_CHECK(!lt_initials_ok("A\xff" "B"));
    LT_CHECK(!lt_initials_ok("AB\xd0")); /* cut UTF-8 */

    /* The blocklist: whole words, word starts, any case. */
    LT_CHECK(lt_initials_blocked("ASS"));
    LT_CHECK(lt_initials_blocked("ass"));
    LT_CHECK(!lt_initials_ok("ASS"));
    LT_CHECK(lt_initials_blocked("FUC"));
    LT_CHECK(lt_initials_blocked("fuck"));
    LT_CHECK(lt_initials_blocked("ХУЙ"));
    LT_CHECK(!lt_initials_blocked("ЕВА")); /* a name, though its look-alikes spell EBA */
    LT_CHECK(lt_initials_blocked("ЕБА"));
    LT_CHECK(lt_initials_ok("ЕВА"));
    LT_CHECK(lt_initials_blocked("хуй"));
    LT_CHECK(lt_initials_blocked("БЛЯ"));
    LT_CHECK(lt_initials_blocked("блядь"));
    LT_CHECK(lt_initials_blocked("ПИЗ"));
    LT_CHECK(lt_initials_blocked("HUY"));
    LT_CHECK(!lt_initials_ok("ХУЙ"));
    LT_CHECK(!lt_initials_ok("ЖОП"));
    /* Look-alikes: Latin X, Y with Cyrillic Й; Cyrillic С,У with Latin K. */
    LT_CHECK(lt_initials_blocked("XYЙ"));
    LT_CHECK(!lt_initials_ok("XYЙ"));
    LT_CHECK(lt_initials_blocked("CYK"));      /* all Latin, reads СУК */
    LT_CHECK(lt_initials_blocked("СУK"));      /* Cyrillic С, У + Latin K */
    LT_CHECK(lt_initials_blocked("EБA"));      /* Latin E, A around Cyrillic Б */
    LT_CHECK(lt_initials_blocked("ЁБА"));      /* Ё folds with Е */
    LT_CHECK(lt_initials_blocked("ХХХ"));      /* Cyrillic, reads XXX */
    LT_CHECK(lt_initials_blocked("ККК"));
    LT_CHECK(lt_initials_blocked("АSS"));      /* Cyrillic А */
    LT_CHECK(lt_initials_blocked("xер"));      /* Latin x, Cyrillic ер, lower case */
    /* Clean ones stay clean. */
    LT_CHECK(!lt_initials_blocked("ABC"));
    LT_CHECK(!lt_initials_blocked("ИВА"));
    LT_CHECK(!lt_initials_blocked("ПАВ"));
    LT_CHECK(!lt_initials_blocked("MAX"));
    LT_CHECK(!lt_initials_blocked("AS"));
    LT_CHECK(!lt_initials_blocked(""));
    LT_CHECK(!lt_initials_blocked(NULL));
    return LT_TEST_END();
}
