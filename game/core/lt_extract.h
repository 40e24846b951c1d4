/* lt_extract.h: a draft pack from a plain text (ru/en): dated events, people,
 * places and documents found by rules, each with its sentence and paragraph.
 * Depends on: lt_date.h, lt_utf8.h (libc only, no SDL, no YAML library). */
#ifndef LT_EXTRACT_H
#define LT_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>

#include "lt_date.h"

typedef enum lt_ex_lang { LT_EX_RU = 0, LT_EX_EN = 1 } lt_ex_lang;

typedef enum lt_ex_kind { LT_EX_PERSON = 0, LT_EX_PLACE, LT_EX_DOCUMENT } lt_ex_kind;

/* Largest text accepted (bytes); longer input is refused. */
#define LT_EX_MAX_TEXT (4u * 1024u * 1024u)
#define LT_EX_MAX_LINKS 16
/* At most this many distinct entities are kept (a bound on work). */
#define LT_EX_MAX_ENTITIES 1000

typedef struct lt_ex_event {
    lt_date date;
    char date_text[48];   /* pack form: "1956-10-19", "1956-04/1956-05", ... */
    int paragraph;        /* line of the text, from 1 */
    char *sentence;       /* the sentence(s) the event came from */
    bool carried;         /* the sentence has no date: it was carried from ... */
    int carried_from;     /* ... this paragraph's last date (0 when not carried) */
    size_t links[LT_EX_MAX_LINKS]; /* entities mentioned in the sentence(s) */
    size_t n_links;
} lt_ex_event;

typedef struct lt_ex_entity {
    lt_ex_kind kind;
    char *id;             /* transliterated, [a-z0-9-], unique */
    char *name;           /* as found (documents: the title; quotes dropped) */
    char *role;           /* title word of a person, document word; may be NULL */
    int paragraph;        /* first mention */
    char *sentence;       /* sentence of the first mention */
    int mentions;
} lt_ex_entity;

typedef struct lt_extract {
    lt_ex_event *events;
    size_t n_events;
    lt_ex_entity *entities;
    size_t n_entities;
    int n_paragraphs;
} lt_extract;

/* Runs every rule over text[0..len) (UTF-8; invalid bytes are skipped).
 * Returns NULL only when out of memory or the text is over LT_EX_MAX_TEXT. */
lt_extract *lt_extract_run(const char *text, size_t len, lt_ex_lang lang);
void lt_extract_free(lt_extract *x);

/* The draft pack.yaml (malloc'd, NUL-terminated) citing `source_file` as
 * source `main`; `pack_id` must be [a-z0-9-]+. NULL when out of memory. */
char *lt_extract_yaml(const lt_extract *x, lt_ex_lang lang, const char *pack_id,
                      const char *source_file);

/* Lower-case Latin transliteration of a ru/en name into an id:
 * letters and digits kept, everything else one '-', at most outlen-1 bytes.
 * Returns the length written. */
size_t lt_extract_translit(const char *s, char *out, size_t outlen);

#endif
