/* lt_json.h: a minimal, strict JSON reader (RFC 8259) and number/string writers.
 * Hand-written because the project's dependency list (SDL2, libcyaml, SQLite) has no JSON library.
 * Depends on: lt_arena.h, libc. */
#ifndef LT_JSON_H
#define LT_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lt_arena.h"

/* Nesting deeper than this is refused (keeps recursion bounded on hostile input). */
#define LT_JSON_MAX_DEPTH 64

typedef enum lt_json_type {
    LT_JSON_NULL = 0,
    LT_JSON_FALSE,
    LT_JSON_TRUE,
    LT_JSON_NUMBER,
    LT_JSON_STRING,
    LT_JSON_ARRAY,
    LT_JSON_OBJECT
} lt_json_type;

typedef struct lt_json lt_json;
struct lt_json {
    lt_json_type type;
    double num;          /* NUMBER: the value (always finite) */
    bool is_int;         /* NUMBER: written without fraction or exponent and fits int64 */
    int64_t i;           /* NUMBER: the value when is_int */
    const char *str;     /* STRING: UTF-8, NUL-terminated; may hold NUL bytes from \u0000 */
    size_t len;          /* STRING: byte length; ARRAY/OBJECT: number of children */
    const char *key;     /* member of an OBJECT: its key (UTF-8, NUL-terminated) */
    size_t key_len;
    lt_json *child;      /* ARRAY/OBJECT: first element or member */
    lt_json *next;       /* next sibling */
};

typedef struct lt_json_doc {
    lt_arena arena; /* owns every node and string */
    lt_json *root;
} lt_json_doc;

typedef struct lt_json_error {
    size_t offset; /* byte offset of the problem */
    int line;      /* 1-based */
    int col;       /* 1-based, in bytes */
    char message[96];
} lt_json_error;

/* Parses exactly one JSON value from text[0..len) (whitespace around it is
 * allowed, anything else after it is an error). Strict: no comments, no
 * trailing commas, no NaN/Infinity, no leading zeros, no raw control
 * characters or invalid UTF-8 in strings, no lone surrogates, no NUL bytes in
 * the text, numbers must be finite as doubles, depth <= LT_JSON_MAX_DEPTH.
 * Returns 0 and fills doc (free it with lt_json_doc_free), or -1 with err
 * filled (err may be NULL) and doc empty. */
int lt_json_parse(lt_json_doc *doc, const char *text, size_t len, lt_json_error *err);

void lt_json_doc_free(lt_json_doc *doc);

/* The first member of object `obj` named `key`; NULL if absent or obj is not an object. */
const lt_json *lt_json_get(const lt_json *obj, const char *key);

/* How many members of object `obj` are named `key` (to refuse duplicates). */
size_t lt_json_count_key(const lt_json *obj, const char *key);

/* Writes v as JavaScript's Number.prototype.toString (= JSON.stringify) does:
 * the shortest digits that read back as v, "1e+21" style beyond 1e21 or below
 * 1e-6; "null" for NaN or infinities; -0 as "0". Always NUL-terminates when
 * cap > 0; returns the length it needed (< 32). */
size_t lt_json_format_number(char *buf, size_t cap, double v);

/* Writes s[0..len) as a quoted JSON string (escaping '"', '\\' and control
 * characters) into buf; returns the length needed (excluding the NUL), like
 * snprintf; at most 6 * len + 2. */
size_t lt_json_escape(char *buf, size_t cap, const char *s, size_t len);

#endif
