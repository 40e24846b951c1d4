/* lt_json.c: strict recursive-descent JSON reader into an arena, and the writers
 * for numbers (JavaScript style, to match JSON.stringify) and strings.
 * Depends on: lt_json.h, lt_arena.h, libc. */
#include "lt_json.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct jp {
    const char *s;
    size_t len, pos;
    int depth;
    lt_arena *arena;
    lt_json_error *err;
    bool failed;
} jp;

static void jp_fail(jp *p, size_t at, const char *msg)
{
    if (p->failed) {
        return;
    }
    p->failed = true;
    if (p->err) {
        int line = 1, col = 1;
        for (size_t i = 0; i < at && i < p->len; i++) {
            if (p->s[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        p->err->offset = at;
        p->err->line = line;
        p->err->col = col;
        snprintf(p->err->message, sizeof p->err->message, "%s", msg);
    }
}

static void jp_ws(jp *p)
{
    while (p->pos < p->len) {
        char c = p->s[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            break;
        }
        p->pos++;
    }
}

static lt_json *jp_node(jp *p, lt_json_type type)
{
    lt_json *n = lt_arena_alloc(p->arena, sizeof *n);
    if (!n) {
        jp_fail(p, p->pos, "out of memory");
        return NULL;
    }
    n->type = type;
    return n;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/* Reads 4 hex digits at pos; -1 if not. */
static long jp_hex4(jp *p, size_t pos)
{
    long v = 0;
    if (pos + 4 > p->len) {
        return -1;
    }
    for (int i = 0; i < 4; i++) {
        int h = hexval(p->s[pos + (size_t)i]);
        if (h < 0) {
            return -1;
        }
        v = v * 16 + h;
    }
    return v;
}

/* Length of a valid UTF-8 sequence (no overlongs, no surrogates, <= U+10FFFF)
 * at s[0..n), or 0. */
static size_t utf8_valid(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) {
            return 0;
        }
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0)) {
            return 0;
        }
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) {
            return 0;
        }
        if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)) {
            return 0;
        }
        return 4;
    }
    return 0;
}

static size_t put_utf8(char *o, unsigned long cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Parses a string at pos (which holds '"'); the decoded text goes to the arena. */
static bool jp_string(jp *p, const char **out, size_t *out_len)
{
    size_t start = ++p->pos, end = start;
    char *buf, *o;

    /* first pass: find the closing quote, validating as we go */
    for (;;) {
        unsigned char c;
        if (end >= p->len) {
            jp_fail(p, start - 1, "unterminated string");
            return false;
        }
        c = (unsigned char)p->s[end];
        if (c == '"') {
            break;
        }
        if (c < 0x20) {
            jp_fail(p, end, "control character in string (escape it)");
            return false;
        }
        if (c == '\\') {
            char e;
            if (end + 1 >= p->len) {
                jp_fail(p, start - 1, "unterminated string");
                return false;
            }
            e = p->s[end + 1];
            if (e == 'u') {
                long u = jp_hex4(p, end + 2);
                if (u < 0) {
                    jp_fail(p, end, "bad \\u escape: four hex digits expected");
                    return false;
                }
                if (u >= 0xD800 && u <= 0xDBFF) {
                    long lo = -1;
                    if (end + 7 < p->len && p->s[end + 6] == '\\' && p->s[end + 7] == 'u') {
                        lo = jp_hex4(p, end + 8);
                    }
                    if (lo < 0xDC00 || lo > 0xDFFF) {
                        jp_fail(p, end, "lone UTF-16 surrogate in \\u escape");
                        return false;
                    }
                    end += 12;
                } else if (u >= 0xDC00 && u <= 0xDFFF) {
                    jp_fail(p, end, "lone UTF-16 surrogate in \\u escape");
                    return false;
                } else {
                    end += 6;
                }
            } else if (e != '\0' && strchr("\"\\/bfnrt", e)) {
                end += 2;
            } else {
                jp_fail(p, end, "bad escape in string");
                return false;
            }
            continue;
        }
        {
            size_t n = utf8_valid((const unsigned char *)p->s + end, p->len - end);
            if (n == 0) {
                jp_fail(p, end, "invalid UTF-8 in string");
                return false;
            }
            end += n;
        }
    }
    buf = lt_arena_alloc(p->arena, end - start + 1);
    if (!buf) {
        jp_fail(p, start, "out of memory");
        return false;
    }
    /* second pass: decode (the text is known to be valid) */
    o = buf;
    for (size_t i = start; i < end;) {
        char c = p->s[i];
        if (c != '\\') {
            *o++ = c;
            i++;
            continue;
        }
        c = p->s[i + 1];
        switch (c) {
        case 'b': *o++ = '\b'; i += 2; break;
        case 'f': *o++ = '\f'; i += 2; break;
        case 'n': *o++ = '\n'; i += 2; break;
        case 'r': *o++ = '\r'; i += 2; break;
        case 't': *o++ = '\t'; i += 2; break;
        case 'u': {
            unsigned long u = (unsigned long)jp_hex4(p, i + 2);
            if (u >= 0xD800 && u <= 0xDBFF) {
                unsigned long lo = (unsigned long)jp_hex4(p, i + 8);
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 12;
            } else {
                i += 6;
            }
            o += put_utf8(o, u);
            break;
        }
        default: *o++ = c; i += 2; break;
        }
    }
    *o = '\0';
    *out = buf;
    *out_len = (size_t)(o - buf);
    p->pos = end + 1;
    return true;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static void jp_number(jp *p, lt_json *n)
{
    size_t start = p->pos, i = p->pos;
    bool integral = true;
    char *copy;

    if (i < p->len && p->s[i] == '-') {
        i++;
    }
    if (i >= p->len || !is_digit(p->s[i])) {
        jp_fail(p, start, "bad number");
        return;
    }
    if (p->s[i] == '0') {
        i++;
        if (i < p->len && is_digit(p->s[i])) {
            jp_fail(p, start, "bad number: leading zero");
            return;
        }
    } else {
        while (i < p->len && is_digit(p->s[i])) {
            i++;
        }
    }
    if (i < p->len && p->s[i] == '.') {
        integral = false;
        i++;
        if (i >= p->len || !is_digit(p->s[i])) {
            jp_fail(p, start, "bad number: digits expected after '.'");
            return;
        }
        while (i < p->len && is_digit(p->s[i])) {
            i++;
        }
    }
    if (i < p->len && (p->s[i] == 'e' || p->s[i] == 'E')) {
        integral = false;
        i++;
        if (i < p->len && (p->s[i] == '+' || p->s[i] == '-')) {
            i++;
        }
        if (i >= p->len || !is_digit(p->s[i])) {
            jp_fail(p, start, "bad number: digits expected in exponent");
            return;
        }
        while (i < p->len && is_digit(p->s[i])) {
            i++;
        }
    }
    copy = lt_arena_strndup(p->arena, p->s + start, i - start);
    if (p->arena->failed) {
        jp_fail(p, start, "out of memory");
        return;
    }
    {
        /* strtod follows LC_NUMERIC: put the locale's decimal point in the copy */
        const char *dp = localeconv()->decimal_point;
        char *dot = strchr(copy, '.');
        if (dot && dp && dp[0] != '.' && dp[0] != '\0' && dp[1] == '\0') {
            *dot = dp[0];
        }
    }
    n->num = strtod(copy, NULL);
    if (!isfinite(n->num)) {
        jp_fail(p, start, "number out of range");
        return;
    }
    if (integral) {
        /* exact int64 when it fits */
        const char *d = copy + (copy[0] == '-');
        uint64_t v = 0;
        bool fits = true;
        for (; *d; d++) {
            unsigned digit = (unsigned)(*d - '0');
            if (v > (UINT64_MAX - digit) / 10) {
                fits = false;
                break;
            }
            v = v * 10 + digit;
        }
        if (fits && copy[0] == '-' && v <= (uint64_t)INT64_MAX + 1) {
            n->is_int = true;
            n->i = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
        } else if (fits && copy[0] != '-' && v <= (uint64_t)INT64_MAX) {
            n->is_int = true;
            n->i = (int64_t)v;
        }
    }
    p->pos = i;
}

static bool jp_literal(jp *p, const char *word)
{
    size_t n = strlen(word);
    if (p->len - p->pos >= n && memcmp(p->s + p->pos, word, n) == 0) {
        p->pos += n;
        return true;
    }
    return false;
}

static lt_json *jp_value(jp *p);

static lt_json *jp_array(jp *p)
{
    lt_json *arr = jp_node(p, LT_JSON_ARRAY), **tail;
    if (!arr) {
        return NULL;
    }
    tail = &arr->child;
    p->pos++; /* '[' */
    jp_ws(p);
    if (p->pos < p->len && p->s[p->pos] == ']') {
        p->pos++;
        return arr;
    }
    for (;;) {
        lt_json *v = jp_value(p);
        if (!v) {
            return NULL;
        }
        *tail = v;
        tail = &v->next;
        arr->len++;
        jp_ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == ']') {
            p->pos++;
            return arr;
        }
        jp_fail(p, p->pos, p->pos < p->len ? "expected ',' or ']' in array" : "unexpected end of input in array");
        return NULL;
    }
}

static lt_json *jp_object(jp *p)
{
    lt_json *obj = jp_node(p, LT_JSON_OBJECT), **tail;
    if (!obj) {
        return NULL;
    }
    tail = &obj->child;
    p->pos++; /* '{' */
    jp_ws(p);
    if (p->pos < p->len && p->s[p->pos] == '}') {
        p->pos++;
        return obj;
    }
    for (;;) {
        const char *key;
        size_t key_len;
        lt_json *v;
        jp_ws(p);
        if (p->pos >= p->len || p->s[p->pos] != '"') {
            jp_fail(p, p->pos, p->pos < p->len ? "expected a \"key\" in object" : "unexpected end of input in object");
            return NULL;
        }
        if (!jp_string(p, &key, &key_len)) {
            return NULL;
        }
        jp_ws(p);
        if (p->pos >= p->len || p->s[p->pos] != ':') {
            jp_fail(p, p->pos, "expected ':' after key");
            return NULL;
        }
        p->pos++;
        v = jp_value(p);
        if (!v) {
            return NULL;
        }
        v->key = key;
        v->key_len = key_len;
        *tail = v;
        tail = &v->next;
        obj->len++;
        jp_ws(p);
        if (p->pos < p->len && p->s[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->s[p->pos] == '}') {
            p->pos++;
            return obj;
        }
        jp_fail(p, p->pos, p->pos < p->len ? "expected ',' or '}' in object" : "unexpected end of input in object");
        return NULL;
    }
}

static lt_json *jp_value(jp *p)
{
    lt_json *n = NULL;
    char c;
    jp_ws(p);
    if (p->pos >= p->len) {
        jp_fail(p, p->pos, "unexpected end of input: a value expected");
        return NULL;
    }
    c = p->s[p->pos];
    if (c == '{' || c == '[') {
        if (p->depth >= LT_JSON_MAX_DEPTH) {
            jp_fail(p, p->pos, "nested too deeply");
            return NULL;
        }
        p->depth++;
        n = c == '{' ? jp_object(p) : jp_array(p);
        p->depth--;
        return n;
    }
    if (c == '"') {
        n = jp_node(p, LT_JSON_STRING);
        if (n && !jp_string(p, &n->str, &n->len)) {
            return NULL;
        }
        return n;
    }
    if (c == '-' || is_digit(c)) {
        n = jp_node(p, LT_JSON_NUMBER);
        if (n) {
            jp_number(p, n);
        }
        return p->failed ? NULL : n;
    }
    if (jp_literal(p, "null")) {
        return jp_node(p, LT_JSON_NULL);
    }
    if (jp_literal(p, "true")) {
        return jp_node(p, LT_JSON_TRUE);
    }
    if (jp_literal(p, "false")) {
        return jp_node(p, LT_JSON_FALSE);
    }
    jp_fail(p, p->pos, "unexpected character: a value expected");
    return NULL;
}

int lt_json_parse(lt_json_doc *doc, const char *text, size_t len, lt_json_error *err)
{
    jp p;
    lt_json *root;

    memset(doc, 0, sizeof *doc);
    memset(&p, 0, sizeof p);
    p.s = text;
    p.len = len;
    p.arena = &doc->arena;
    p.err = err;
    if (err) {
        memset(err, 0, sizeof *err);
    }
    if (text == NULL && len > 0) {
        jp_fail(&p, 0, "no text");
        return -1;
    }
    if (len > 0 && memchr(text, '\0', len)) {
        jp_fail(&p, (size_t)((const char *)memchr(text, '\0', len) - text), "NUL byte in input");
        return -1;
    }
    root = jp_value(&p);
    if (root && !p.failed) {
        jp_ws(&p);
        if (p.pos < p.len) {
            jp_fail(&p, p.pos, "unexpected text after the value");
        }
    }
    if (!root || p.failed || doc->arena.failed) {
        if (!p.failed) {
            jp_fail(&p, p.pos, "out of memory");
        }
        lt_json_doc_free(doc);
        return -1;
    }
    doc->root = root;
    return 0;
}

void lt_json_doc_free(lt_json_doc *doc)
{
    lt_arena_free(&doc->arena);
    doc->root = NULL;
}

static bool key_is(const lt_json *m, const char *key)
{
    size_t n = strlen(key);
    return m->key && m->key_len == n && memcmp(m->key, key, n) == 0;
}

const lt_json *lt_json_get(const lt_json *obj, const char *key)
{
    if (!obj || obj->type != LT_JSON_OBJECT) {
        return NULL;
    }
    for (const lt_json *m = obj->child; m; m = m->next) {
        if (key_is(m, key)) {
            return m;
        }
    }
    return NULL;
}

size_t lt_json_count_key(const lt_json *obj, const char *key)
{
    size_t n = 0;
    if (!obj || obj->type != LT_JSON_OBJECT) {
        return 0;
    }
    for (const lt_json *m = obj->child; m; m = m->next) {
        n += key_is(m, key);
    }
    return n;
}

/* ---- writers ---- */

/* Shortest decimal digits of v > 0 that read back as v: digits[] and the
 * decimal exponent n with v = 0.d1d2...dk * 10^n (ECMAScript's k and n). */
static int shortest_digits(double v, char digits[20], int *n_out)
{
    char tmp[48];
    int k = 0;
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        if (strtod(tmp, NULL) == v || prec == 17) {
            break;
        }
    }
    /* tmp is "d[<point>ddd]e[+-]xx" in any locale */
    {
        const char *s = tmp;
        const char *e = strchr(tmp, 'e');
        for (; s < e; s++) {
            if (is_digit(*s) && k < 19) {
                digits[k++] = *s;
            }
        }
        while (k > 1 && digits[k - 1] == '0') {
            k--;
        }
        digits[k] = '\0';
        *n_out = atoi(e + 1) + 1;
    }
    return k;
}

size_t lt_json_format_number(char *buf, size_t cap, double v)
{
    char out[40], digits[20];
    size_t o = 0;
    int k, n;

    if (!isfinite(v)) {
        snprintf(out, sizeof out, "null");
    } else if (v == 0.0) {
        snprintf(out, sizeof out, "0");
    } else {
        if (v < 0) {
            out[o++] = '-';
            v = -v;
        }
        k = shortest_digits(v, digits, &n);
        if (k <= n && n <= 21) {
            memcpy(out + o, digits, (size_t)k);
            o += (size_t)k;
            for (int i = 0; i < n - k; i++) {
                out[o++] = '0';
            }
        } else if (0 < n && n <= 21) {
            memcpy(out + o, digits, (size_t)n);
            o += (size_t)n;
            out[o++] = '.';
            memcpy(out + o, digits + n, (size_t)(k - n));
            o += (size_t)(k - n);
        } else if (-6 < n && n <= 0) {
            out[o++] = '0';
            out[o++] = '.';
            for (int i = 0; i < -n; i++) {
                out[o++] = '0';
            }
            memcpy(out + o, digits, (size_t)k);
            o += (size_t)k;
        } else {
            out[o++] = digits[0];
            if (k > 1) {
                out[o++] = '.';
                memcpy(out + o, digits + 1, (size_t)(k - 1));
                o += (size_t)(k - 1);
            }
            o += (size_t)snprintf(out + o, sizeof out - o, "e%c%d", n - 1 >= 0 ? '+' : '-',
                                  n - 1 >= 0 ? n - 1 : 1 - n);
        }
        out[o] = '\0';
    }
    o = strlen(out);
    if (cap > 0) {
        size_t c = o < cap - 1 ? o : cap - 1;
        memcpy(buf, out, c);
        buf[c] = '\0';
    }
    return o;
}

size_t lt_json_escape(char *buf, size_t cap, const char *s, size_t len)
{
    size_t o = 0;
#define LT_JSON_PUT(ch)                                                                          \
    do {                                                                                         \
        if (o + 1 < cap) {                                                                       \
            buf[o] = (ch);                                                                       \
        }                                                                                        \
        o++;                                                                                     \
    } while (0)
    LT_JSON_PUT('"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            LT_JSON_PUT('\\');
            LT_JSON_PUT((char)c);
        } else if (c == '\n') {
            LT_JSON_PUT('\\');
            LT_JSON_PUT('n');
        } else if (c == '\t') {
            LT_JSON_PUT('\\');
            LT_JSON_PUT('t');
        } else if (c == '\r') {
            LT_JSON_PUT('\\');
            LT_JSON_PUT('r');
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            LT_JSON_PUT('\\');
            LT_JSON_PUT('u');
            LT_JSON_PUT('0');
            LT_JSON_PUT('0');
            LT_JSON_PUT(hex[c >> 4]);
            LT_JSON_PUT(hex[c & 15]);
        } else {
            LT_JSON_PUT((char)c);
        }
    }
    LT_JSON_PUT('"');
#undef LT_JSON_PUT
    if (cap > 0) {
        buf[o < cap ? o : cap - 1] = '\0';
    }
    return o;
}
