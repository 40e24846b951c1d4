/* lt_strbuf.c: the growable buffer of lt_strbuf.h; capacity doubles so
 * appends are amortised O(1). Depends on: lt_strbuf.h, libc. */
#include "lt_strbuf.h"

#include <stdlib.h>
#include <string.h>

void lt_strbuf_put(lt_strbuf *b, const char *s, size_t n)
{
    if (b->failed) {
        return;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *ns = realloc(b->s, cap);
        if (ns == NULL) {
            b->failed = true;
            return;
        }
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void lt_strbuf_str(lt_strbuf *b, const char *s)
{
    lt_strbuf_put(b, s, strlen(s));
}

void lt_strbuf_ch(lt_strbuf *b, char c)
{
    lt_strbuf_put(b, &c, 1);
}
