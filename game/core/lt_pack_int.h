/* lt_pack_int.h: internals shared by the pack loader's files: the raw
 * structs libcyaml fills, the schema, the YAML position index.
 * Depends on: lt_pack.h, lt_arena.h, cyaml/cyaml.h. Not for use outside core. */
#ifndef LT_PACK_INT_H
#define LT_PACK_INT_H

#include <cyaml/cyaml.h>

#include "lt_arena.h"
#include "lt_idmap.h"
#include "lt_pack.h"

/* ---- raw data as libcyaml loads it (lt_pack_schema.c) ---- */

typedef struct lt_raw_text {
    char *ru;
    char *en;
} lt_raw_text;

typedef struct lt_raw_source {
    char *id;
    char *file;
    char *lang;
    lt_raw_text *title;
} lt_raw_source;

typedef struct lt_raw_entity {
    char *id;
    char *kind;
    lt_raw_text *name;
    lt_raw_text *short_name;
    lt_raw_text *role;
    char **aliases;
    unsigned n_aliases;
    bool external;
} lt_raw_entity;

typedef struct lt_raw_person {
    char *id;
    char *role;
    char *side;
} lt_raw_person;

typedef struct lt_raw_srcref {
    char *text;
    int paragraph;
} lt_raw_srcref;

typedef struct lt_raw_confusion {
    char *with;
    lt_raw_text *note;
} lt_raw_confusion;

typedef struct lt_raw_event {
    char *id;
    char *date;
    char *exact;
    char *kind;
    lt_raw_text *title;
    lt_raw_text *text;
    lt_raw_person *people;
    unsigned n_people;
    char **places;
    unsigned n_places;
    char **bodies;
    unsigned n_bodies;
    char **documents;
    unsigned n_documents;
    char **perspective;
    unsigned n_perspective;
    char **causes;
    unsigned n_causes;
    char **tags;
    unsigned n_tags;
    lt_raw_srcref *source;
    bool external;
    lt_raw_confusion *confusions;
    unsigned n_confusions;
    char *image;
    lt_raw_text *image_alt;
} lt_raw_event;

typedef struct lt_raw_level {
    char *id;
    lt_raw_text *title;
    char **events;     /* absent (NULL) is allowed for an exam level */
    unsigned n_events;
    char **types;
    unsigned n_types;
    int time;          /* 0 when absent; presence is looked up in the index */
    double pass;
    bool exam;
} lt_raw_level;

typedef struct lt_raw_option {
    lt_raw_text *text;
    bool correct;
    lt_raw_text *match;
    lt_raw_text *note;
} lt_raw_option;

typedef struct lt_raw_question {
    char *id;
    char *type;
    lt_raw_text *prompt;
    lt_raw_option *options;
    unsigned n_options;
    char **answers;
    unsigned n_answers;
    bool answer;       /* truefalse shorthand; presence looked up in the index */
    lt_raw_text *explanation;
    char *event;
    char *level;
    char *image;
    lt_raw_text *image_alt;
} lt_raw_question;

typedef struct lt_raw_pack {
    int format;
    char *id;
    int version;
    lt_raw_text *title;
    lt_raw_text *description;
    char **languages;
    unsigned n_languages;
    char **authors;
    unsigned n_authors;
    char *license;
    lt_raw_source *sources;
    unsigned n_sources;
    lt_raw_entity *entities;
    unsigned n_entities;
    lt_raw_event *events;
    unsigned n_events;
    lt_raw_level *levels;
    unsigned n_levels;
    lt_raw_question *questions;
    unsigned n_questions;
} lt_raw_pack;

/* The schema of a whole pack file (top-level value). */
extern const cyaml_schema_value_t lt_raw_pack_schema;

/* The schema of the value at `path` ("events[3].people[0]"), or NULL when
 * the path leads outside the schema. */
const cyaml_schema_value_t *lt_schema_at(const char *path);

/* The field named `key` of a mapping schema, or NULL. */
const cyaml_schema_field_t *lt_schema_field(const cyaml_schema_value_t *map, const char *key);

/* The keys of a mapping schema joined by ", " into buf. */
void lt_schema_keys(const cyaml_schema_value_t *map, char *buf, size_t len);

/* The key of a mapping schema closest to `key` by edit distance, when close
 * enough to be a likely typo; else NULL. */
const char *lt_schema_closest(const cyaml_schema_value_t *map, const char *key);

/* Levenshtein distance of two byte strings (capped at 99). */
int lt_edit_distance(const char *a, const char *b);

/* ---- YAML position index (lt_pack_pos.c) ---- */

typedef enum lt_pkind { LT_PN_SCALAR = 0, LT_PN_MAP, LT_PN_SEQ, LT_PN_ALIAS } lt_pkind;

typedef struct lt_pnode {
    char *path;        /* "" for the root, "events[3].date" */
    char *key;         /* key in the parent mapping, NULL in a sequence/root */
    char *value;       /* scalar text, else NULL */
    int parent;        /* node index, -1 for the root */
    int first_child, next_sibling; /* -1 when none */
    lt_pkind kind;
    bool plain;        /* a plain (unquoted) scalar */
    int key_line, key_col; /* 1-based; equal to line/col when no key */
    int line, col;     /* start of the value */
} lt_pnode;

typedef struct lt_posidx {
    lt_pnode *nodes;
    int count, cap;
    lt_arena strings;  /* owns the nodes' path, key and value */
    lt_idmap paths;    /* path -> first node with it */
    int n_documents;
    int doc2_line, doc2_col; /* start of a second document, 0 when none */
    /* a syntax error found by libyaml (err_line 0 when none) */
    int err_line, err_col;
    char err_msg[256];
    bool nomem;
} lt_posidx;

/* Parses data with libyaml and records every node with its path and marks.
 * Returns false on a syntax error (err_* filled) or out of memory. */
bool lt_posidx_build(lt_posidx *ix, const char *data, size_t len);
void lt_posidx_free(lt_posidx *ix);

/* The first node with this path, or -1. */
int lt_posidx_find(const lt_posidx *ix, const char *path);

/* 1-based line/col of a byte offset in data, columns counted in code points. */
void lt_offset_position(const char *data, size_t len, size_t offset, int *line, int *col);

/* Reads a whole file (up to 32 MiB) into a NUL-terminated malloc'd buffer;
 * NULL with *err an errno value on failure. Caller frees. */
char *lt_pack_read_file(const char *path, size_t *len, int *err);

/* ---- a loaded pack's private data (pack->priv) ---- */

/* What pack->priv points to: the arena that owns the model, and id indexes
 * for lt_pack_find_entity/lt_pack_find_event (each id maps to its first
 * definition). Freed by lt_pack_free. */
typedef struct lt_pack_priv {
    lt_arena arena;
    lt_idmap entities;
    lt_idmap events;
} lt_pack_priv;

/* ---- loader context shared by lt_pack.c and lt_pack_check.c ---- */

typedef struct lt_load {
    lt_diags *diags;
    const char *file;  /* for diagnostics */
    lt_posidx ix;
    lt_arena *arena;   /* the pack's (priv->arena) once the model is built */
    size_t n_errors;   /* errors this load added */
} lt_load;

/* Adds an error at the value (or key, when at_key) of `path`; falls back to
 * the nearest ancestor that the index knows. hint may be NULL. */
void lt_load_err(lt_load *ld, lt_diag_code code, const char *path, bool at_key,
                 const char *hint, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
void lt_load_warn(lt_load *ld, lt_diag_code code, const char *path, const char *hint,
                  const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Checks the YAML node tree against the schema: unknown keys, missing
 * required keys, wrong node types, malformed numbers, aliases. Returns the
 * number of errors added (lt_pack_walk.c). */
size_t lt_pack_walk(lt_load *ld);

/* Builds the model from raw data, checking every semantic rule and adding a
 * diagnostic for each problem (lt_pack_check.c). `pack` has dir and file set
 * and its priv is an lt_pack_priv whose arena is ld->arena; the id indexes
 * in it are filled on the way. */
void lt_pack_build(lt_load *ld, const lt_raw_pack *raw, lt_pack *pack);

/* ---- model building helpers shared by lt_pack_check.c and lt_pack_quest.c ---- */

typedef struct lt_build {
    lt_load *ld;
    lt_arena *a;
    const lt_raw_pack *raw;
    lt_pack *pack;
    lt_pack_priv *priv;   /* pack->priv: the entity and event indexes */
    lt_idmap sources;     /* source id -> index, during the build only */
    lt_idmap levels;      /* level id -> index, during the build only */
    /* images (lt_pack_image.c): distinct files seen so far and their bytes */
    lt_idmap images;      /* real path -> first owner, during the build only */
    size_t n_images;
    unsigned long long image_bytes;
} lt_build;

/* Names of lt_qtype in order, NULL-ended (lt_pack.c). */
extern const char *const lt_qtype_names[];

/* Limits of the format (docs/pack-format.md, "Limits"). Above a soft limit
 * (_WARN) the checker warns; above a hard one it reports an error. */
#define LT_PACK_PROMPT_WARN 400      /* characters in a question prompt */
#define LT_PACK_OPTION_WARN 120      /* characters in an option, match side or answer */
#define LT_PACK_NOTE_WARN 300        /* characters in a confusion or option note */
#define LT_PACK_EXPLAIN_WARN 600     /* characters in an explanation */
#define LT_PACK_MAX_OPTIONS 8        /* options in one question */
#define LT_PACK_MAX_ANSWERS 20       /* accepted answers of one question */
#define LT_PACK_TIME_MIN 5           /* level time per question, seconds */
#define LT_PACK_TIME_MAX 300
#define LT_PACK_IMAGE_MAX_BYTES (4u * 1024u * 1024u)   /* one image file */
#define LT_PACK_IMAGE_MAX_SIDE 4096                    /* pixels, width and height */
#define LT_PACK_IMAGES_MAX 200                         /* distinct image files in a pack */
#define LT_PACK_IMAGES_MAX_BYTES (64u * 1024u * 1024u) /* their sizes added up */
#define LT_PACK_ALT_WARN 200                           /* characters in an image_alt */

/* A node path built with printf into buf; returns buf. */
const char *lt_bpath(char *buf, size_t len, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Whether the YAML had a node at `path` (an optional key that was given). */
bool lt_build_has(const lt_build *b, const char *path);
/* Line and column of the node at path (0 when absent). */
void lt_build_pos(const lt_build *b, const char *path, int *line, int *col);
/* Index of s in a NULL-ended list, or -1 after a bad-enum error at path. */
int lt_build_enum(lt_build *b, const char *s, const char *const *list, const char *path,
                  const char *what);
/* Reports a malformed id at path. */
void lt_build_id(lt_build *b, const char *id, const char *path, const char *what);
/* Copies a raw text; reports an empty one at path when required. */
lt_text lt_build_text(lt_build *b, const lt_raw_text *rt, const char *path, bool required);
/* Warns when a language of t is longer than max characters (path.ru/.en). */
void lt_build_text_len(lt_build *b, const lt_text *t, const char *path, size_t max,
                       const char *what);
/* The id among `n` candidates closest to `id`, when close enough; else NULL. */
const char *lt_closest_id(const char *id, const char *const *ids, size_t n);
/* Adds id (the i-th of its list) to map: the index of an earlier equal id,
 * or -1. Out of memory marks the arena failed (the load then fails). */
int lt_build_index(lt_build *b, lt_idmap *map, const char *id, size_t i);
/* Whether a relative path stays inside its folder by its text: not empty,
 * not absolute ("/x", a backslash, "C:"), no ".." part; links are checked with realpath. */
bool lt_path_inside(const char *rel);
/* Event index of id, or -1 after an unknown-ref error (with a hint) at path. */
int lt_build_event_ref(lt_build *b, const char *id, const char *path);

/* Builds and checks pack->questions from raw->questions (lt_pack_quest.c);
 * events and levels must be built first. */
void lt_build_questions(lt_build *b);

/* Checks the `image:` (a path) and `image_alt:` of the map at `owner`
 * ("events[3]", "questions[0]") and fills *out (lt_pack_image.c): the path
 * stays inside the pack folder (also through links), the file exists, is a
 * PNG or JPEG by its first bytes and within the size limits, and the pack's
 * images stay within their count and total. Each problem is an error at the
 * `image:` value; an alt text without an image is a warning. */
void lt_build_image(lt_build *b, const char *file, const lt_raw_text *alt, const char *owner,
                    lt_image *out);

#endif
