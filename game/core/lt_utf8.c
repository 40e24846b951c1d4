/* lt_utf8.c: strict UTF-8 validation, decoding and counting.
 * Follows the well-formed byte sequences table of Unicode (chapter 3).
 * Depends on: lt_utf8.h. */
#include "lt_utf8.h"

/* Decodes one sequence at s[pos]; returns its length (1-4) and the code
 * point, or 0 when malformed. pos < len is required. */
static size_t utf8_decode(const unsigned char *s, size_t len, size_t pos, int32_t *cp)
{
    unsigned char b0 = s[pos];
    size_t need;
    int32_t v;
    unsigned char lo = 0x80, hi = 0xBF;

    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        v = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        v = b0 & 0x0F;
        if (b0 == 0xE0) {
            lo = 0xA0; /* no overlong forms */
        } else if (b0 == 0xED) {
            hi = 0x9F; /* no surrogates */
        }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        v = b0 & 0x07;
        if (b0 == 0xF0) {
            lo = 0x90;
        } else if (b0 == 0xF4) {
            hi = 0x8F; /* nothing above U+10FFFF */
        }
    } else {
        return 0;
    }
    if (len - pos - 1 < need) {
        return 0;
    }
    for (size_t i = 1; i <= need; i++) {
        unsigned char b = s[pos + i];
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
            return 0;
        }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need + 1;
}

bool lt_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t pos = 0;
    while (pos < len) {
        int32_t cp;
        size_t n;
        if (u[pos] < 0x80) {
            pos++;
            continue;
        }
        n = utf8_decode(u, len, pos, &cp);
        if (n == 0) {
            if (bad_offset) {
                *bad_offset = pos;
            }
            return false;
        }
        pos += n;
    }
    return true;
}

int32_t lt_utf8_next(const char *s, size_t len, size_t *pos)
{
    int32_t cp;
    size_t n;
    if (*pos >= len) {
        return LT_UTF8_BAD;
    }
    n = utf8_decode((const unsigned char *)s, len, *pos, &cp);
    if (n == 0) {
        *pos += 1;
        return LT_UTF8_BAD;
    }
    *pos += n;
    return cp;
}

size_t lt_utf8_count(const char *s, size_t len)
{
    size_t pos = 0, n = 0;
    while (pos < len) {
        (void)lt_utf8_next(s, len, &pos);
        n++;
    }
    return n;
}

size_t lt_utf8_encode(int32_t cp, char out[4])
{
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
