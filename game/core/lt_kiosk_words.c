/* lt_kiosk_words.c: the rules for leaderboard initials (three capital
 * Latin or Cyrillic letters) and the short ru+en blocklist that keeps rude
 * words off a public screen, with look-alike Latin/Cyrillic letters folded
 * so that mixing alphabets does not get round it.
 * Depends on: lt_kiosk.h, lt_utf8.h. */
#include "lt_kiosk.h"

#include <string.h>

#include "lt_utf8.h"

/* Word starts that must not appear as initials on an exhibition screen:
 * each is a rude word of three letters or the first three letters of one,
 * in English, in Russian, and in Russian spelt with Latin letters. They are
 * compared after case and look-alike folding, so "ХУЙ", "XYЙ" and "хуй" are
 * one entry; an entry also blocks any longer text it starts. Keep entries to
 * three letters: the initials are three letters, and a stem is all it takes. */
static const char *const lt_blocked_starts[] = {
    /* English */
    "ASS", "COC", "CUM", "CUN", "DIK", "FAG", "FCK", "FUC", "FUK", "JIZ", "KKK", "NIG", "SEX", "SHT",
    "TIT", "WTF", "XXX",
    /* Russian in Latin letters ("EBA" is left out: folded, it is also the
       Cyrillic name ЕВА, Eva) */
    "BLJ", "BLY", "EBI", "EBL", "HUI", "HUJ", "HUY", "PDR", "PIZ", "PZD", "SUK", "XUI", "XUJ",
    "XUY", "XYE", "XYI",
    /* Russian */
    "БЛЯ", "ГОВ", "ЕБА", "ЕБЕ", "ЕБИ", "ЕБЛ", "ЕБУ", "ЖОП", "ЛОХ", "МУД", "НАХ", "ПЗД", "ПИД",
    "ПИЗ", "ССЫ", "СУК", "СУЧ", "УЕБ", "ХЕР", "ХУЕ", "ХУИ", "ХУЙ", "ХУЯ", "ЧМО", "ШЛЮ",
};
#define LT_N_BLOCKED (sizeof lt_blocked_starts / sizeof lt_blocked_starts[0])

#define LT_CYR_A 0x0410  /* А */
#define LT_CYR_YA 0x042F /* Я */
#define LT_CYR_YO 0x0401 /* Ё */

/* Capital form of a Latin or Cyrillic letter; other code points unchanged. */
static int32_t upper(int32_t c)
{
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 'A';
    }
    if (c >= 0x0430 && c <= 0x044F) { /* а-я */
        return c - 0x20;
    }
    if (c == 0x0451) { /* ё */
        return LT_CYR_YO;
    }
    return c;
}

/* Cyrillic capitals that look like Latin ones, folded to the Latin letter
 * (Ё with Е: the dots are often left off). */
static int32_t fold(int32_t c)
{
    static const struct {
        int32_t cyr;
        char lat;
    } pairs[] = {
        { 0x0410, 'A' }, { 0x0412, 'B' }, { 0x0415, 'E' }, { 0x0401, 'E' }, { 0x041A, 'K' },
        { 0x041C, 'M' }, { 0x041D, 'H' }, { 0x041E, 'O' }, { 0x0420, 'P' }, { 0x0421, 'C' },
        { 0x0422, 'T' }, { 0x0425, 'X' }, { 0x0423, 'Y' },
    };
    c = upper(c);
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        if (pairs[i].cyr == c) {
            return pairs[i].lat;
        }
    }
    return c;
}

/* The folded code points of s, at most max; returns how many, -1 when s is
 * not valid UTF-8. */
static int skeleton(const char *s, int32_t *out, int max)
{
    size_t len = strlen(s), pos = 0;
    int n = 0;
    if (!lt_utf8_valid(s, len, NULL)) {
        return -1;
    }
    while (pos < len && n < max) {
        out[n++] = fold(lt_utf8_next(s, len, &pos));
    }
    return n;
}

bool lt_initials_blocked(const char *initials)
{
    int32_t in[64], word[8];
    if (initials == NULL) {
        return false;
    }
    int n = skeleton(initials, in, 64);
    if (n <= 0) {
        return false;
    }
    for (size_t i = 0; i < LT_N_BLOCKED; i++) {
        int m = skeleton(lt_blocked_starts[i], word, 8);
        if (m > 0 && m <= n && memcmp(in, word, (size_t)m * sizeof word[0]) == 0) {
            return true;
        }
    }
    return false;
}

bool lt_initials_ok(const char *initials)
{
    if (initials == NULL) {
        return false;
    }
    size_t len = strlen(initials), pos = 0;
    int n = 0;
    if (len >= LT_INITIALS_MAX || !lt_utf8_valid(initials, len, NULL)) {
        return false;
    }
    while (pos < len) {
        int32_t c = lt_utf8_next(initials, len, &pos);
        bool latin = c >= 'A' && c <= 'Z';
        bool cyrillic = (c >= LT_CYR_A && c <= LT_CYR_YA) || c == LT_CYR_YO;
        if (!latin && !cyrillic) {
            return false;
        }
        n++;
    }
    return n == LT_INITIALS_CHARS && !lt_initials_blocked(initials);
}
