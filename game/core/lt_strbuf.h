/* lt_strbuf.h: a growable NUL-terminated string buffer for writers (JSON,
 * YAML, reports). Out of memory is sticky: later appends do nothing and
 * `failed` tells the caller at the end. Depends on: libc. */
#ifndef LT_STRBUF_H
#define LT_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct lt_strbuf {
    char *s;       /* NUL-terminated once anything was appended; caller frees */
    size_t len, cap;
    bool failed;   /* an allocation failed: the text is incomplete */
} lt_strbuf;

/* Appends n bytes of s. */
void lt_strbuf_put(lt_strbuf *b, const char *s, size_t n);
/* Appends a NUL-terminated string. */
void lt_strbuf_str(lt_strbuf *b, const char *s);
/* Appends one byte. */
void lt_strbuf_ch(lt_strbuf *b, char c);

#endif
