/* lt_pack.h: the pack model (entities, events, levels) and its loader.
 * A pack is a folder with pack.yaml (or one .yaml file) read with libcyaml.
 * Depends on: lt_date.h. No SDL. */
#ifndef LT_PACK_H
#define LT_PACK_H

#include <stdbool.h>
#include <stddef.h>

#include "lt_date.h"

typedef enum lt_lang { LT_LANG_RU = 0, LT_LANG_EN = 1, LT_LANG_COUNT } lt_lang;

/* "ru" / "en"; lt_lang_parse returns -1 for anything else. */
const char *lt_lang_code(lt_lang lang);
int lt_lang_parse(const char *code);

/* A string per language; a missing language is NULL. */
typedef struct lt_text {
    const char *s[LT_LANG_COUNT];
} lt_text;

/* The text in `lang`, else in any other language, else "". Never NULL. */
const char *lt_text_get(const lt_text *t, lt_lang lang);

typedef enum lt_entity_kind {
    LT_ENT_PERSON = 0,
    LT_ENT_PLACE,
    LT_ENT_BODY,
    LT_ENT_DOCUMENT,
    LT_ENT_KIND_COUNT
} lt_entity_kind;

const char *lt_entity_kind_name(lt_entity_kind k); /* "person", ... */

typedef struct lt_entity {
    const char *id;
    lt_entity_kind kind;
    lt_text name;    /* full name: "Итиро Хатояма" */
    lt_text short_name; /* as used in options: "Хатояма"; falls back to name */
    lt_text role;    /* "премьер-министр Японии"; may be empty */
    const char **aliases; /* other accepted spellings, any language */
    size_t n_aliases;
    bool external;   /* known from outside the pack's source text */
    int line, col;   /* where it is defined in the pack file */
} lt_entity;

/* The role a person plays in an event; drives the "who" question wording. */
typedef enum lt_role {
    LT_ROLE_PARTICIPANT = 0, /* took part */
    LT_ROLE_SIGNATORY,       /* signed the document */
    LT_ROLE_DELEGATE,        /* represented a side at talks */
    LT_ROLE_SPEAKER,         /* made the statement */
    LT_ROLE_ADDRESSEE,       /* the statement was made to them */
    LT_ROLE_INITIATOR,       /* proposed or decided it */
    LT_ROLE_COUNT
} lt_role;

const char *lt_role_name(lt_role r); /* "participant", "signatory", ... */

typedef struct lt_person_ref {
    size_t entity; /* index into lt_pack.entities */
    lt_role role;
    const char *side; /* optional: "ussr", "japan", "usa" or NULL */
} lt_person_ref;

enum {
    LT_PERSP_USSR = 1u << 0,
    LT_PERSP_JAPAN = 1u << 1,
    LT_PERSP_USA = 1u << 2
};

/* Question types (the facet says what is asked, the type how). */
typedef enum lt_qtype {
    LT_Q_CHOICE = 0,   /* one right option of four */
    LT_Q_MULTI,        /* several right options ("who signed for Japan?") */
    LT_Q_TRUEFALSE,    /* a statement, true or false */
    LT_Q_TYPED,        /* typed answer, checked leniently */
    LT_Q_DATE,         /* pick year / month / day at the fact's precision */
    LT_Q_ORDER,        /* put 3-5 events in time order */
    LT_Q_MATCH,        /* four pairs: people and roles, documents and dates */
    LT_Q_CLOZE,        /* a key word missing from the fact's sentence */
    LT_Q_TYPE_COUNT
} lt_qtype;

const char *lt_qtype_name(lt_qtype t); /* "choice", "multi", "truefalse", ... */
int lt_qtype_parse(const char *name);  /* -1 when unknown */

/* An image shown with a fact or a question (`image:` and `image_alt:`),
 * checked on load: PNG or JPEG, inside the pack folder, within the limits
 * of docs/pack-format.md. `file` is NULL when there is none. */
typedef struct lt_image {
    const char *file;      /* as written, relative to the pack folder; NULL = no image */
    const char *path;      /* the file to open (the resolved real path) */
    int width, height;     /* pixels, from the file's header */
    bool jpeg;             /* JPEG, else PNG (by the file's first bytes) */
    lt_text alt;           /* image_alt: caption, and the text shown when it cannot be drawn */
} lt_image;

/* Why an option tempts: shown after the answer when this option was offered
 * as a wrong one for the event that declares it. */
typedef struct lt_confusion {
    int event;             /* event index the wrong option comes from, or -1 */
    int entity;            /* entity index the wrong option names, or -1 */
    lt_text note;
} lt_confusion;

typedef struct lt_event {
    const char *id;
    lt_date date;          /* as the source text gives it; prec NONE when undated */
    lt_date exact;         /* a finer date known from elsewhere; prec NONE if none */
    lt_text title;         /* short noun phrase for cards and questions */
    lt_text text;          /* one or two sentences: the fact itself */
    lt_person_ref *people;
    size_t n_people;
    size_t *places;        /* entity indices, kind PLACE */
    size_t n_places;
    size_t *bodies;        /* entity indices, kind BODY */
    size_t n_bodies;
    size_t *documents;     /* entity indices, kind DOCUMENT */
    size_t n_documents;
    unsigned perspective;  /* LT_PERSP_* bits */
    size_t *causes;        /* event indices */
    size_t n_causes;
    const char **tags;
    size_t n_tags;
    const char *kind;      /* icon kind: talks, document, decree, un, us-pressure, ratification, ... or NULL */
    int source;            /* index into lt_pack.sources, -1 when none */
    int paragraph;         /* 1-based paragraph (line) of that source, 0 when none */
    bool external;         /* fact from outside the source text */
    lt_confusion *confusions; /* notes on tempting wrong options */
    size_t n_confusions;
    int line, col;
    lt_image image;        /* optional picture of the fact (image.file NULL = none) */
} lt_event;

typedef struct lt_level {
    const char *id;
    lt_text title;
    size_t *events;        /* event indices */
    size_t n_events;
    unsigned types;        /* bit (1 << lt_qtype) per allowed type; 0 = all */
    int time_limit_s;      /* seconds per question; 0 = the game's default */
    double pass_mark;      /* share of right answers to pass, 0..1; 0 = 0.8 */
    bool exam;             /* a final exam over the listed (or all) events */
} lt_level;

/* One option of a hand-written question. For LT_Q_ORDER the options are in
 * the right order; for LT_Q_MATCH `match` is the right-hand side. */
typedef struct lt_hand_option {
    lt_text text;
    bool correct;
    lt_text match;         /* LT_Q_MATCH only */
    lt_text note;          /* why this wrong option tempts; may be empty */
} lt_hand_option;

/* A question written by hand (or imported), scheduled like a fact. */
typedef struct lt_hand_question {
    const char *id;
    lt_qtype type;
    lt_text prompt;
    lt_hand_option *options;
    size_t n_options;
    const char **answers;  /* LT_Q_TYPED / LT_Q_CLOZE: accepted answers, any language */
    size_t n_answers;
    lt_text explanation;
    int event;             /* the event it is about, or -1 */
    int level;             /* level index, or -1 */
    int line, col;
    lt_image image;        /* optional picture (image.file NULL = none; the event's may apply) */
} lt_hand_question;

typedef struct lt_source {
    const char *id;
    const char *file;      /* relative to the pack folder */
    const char *lang;      /* "ru", "en" */
    lt_text title;
    char **paragraphs;     /* the loaded text split into lines; may be NULL */
    size_t n_paragraphs;
} lt_source;

typedef struct lt_pack {
    const char *id;
    int version;
    lt_text title;
    lt_text description;
    const char **languages;
    size_t n_languages;
    const char **authors;
    size_t n_authors;
    const char *license;
    char *dir;             /* folder the pack was loaded from */
    char *file;            /* the YAML file */
    lt_source *sources;
    size_t n_sources;
    lt_entity *entities;
    size_t n_entities;
    lt_event *events;
    size_t n_events;
    lt_level *levels;
    size_t n_levels;
    lt_hand_question *questions;
    size_t n_questions;
    void *priv;            /* owned storage (libcyaml data, arena) */
} lt_pack;

typedef enum lt_severity { LT_SEV_ERROR = 0, LT_SEV_WARNING } lt_severity;

/* What kind of problem a diagnostic reports (for tests and tools). */
typedef enum lt_diag_code {
    LT_DIAG_OTHER = 0,
    LT_DIAG_IO,            /* a file cannot be opened or read */
    LT_DIAG_UTF8,          /* invalid UTF-8; position of the bad byte */
    LT_DIAG_SYNTAX,        /* YAML syntax error */
    LT_DIAG_UNKNOWN_KEY,   /* a key the format does not have */
    LT_DIAG_MISSING_FIELD, /* a required key is absent; position of its mapping */
    LT_DIAG_DUP_KEY,       /* the same key twice in one mapping */
    LT_DIAG_BAD_TYPE,      /* a list where a map belongs, text for a number, ... */
    LT_DIAG_BAD_VALUE,     /* a malformed id, an empty text, ... */
    LT_DIAG_BAD_DATE,      /* lt_date_parse refused the date */
    LT_DIAG_DUP_ID,        /* an id used twice (entities, events, sources, levels) */
    LT_DIAG_UNKNOWN_REF,   /* a reference to an id that is not defined */
    LT_DIAG_WRONG_KIND,    /* a reference to an entity of the wrong kind */
    LT_DIAG_BAD_ENUM,      /* a word outside its list (kind, role, side, ...) */
    LT_DIAG_SOURCE_MISSING,/* a source text or image file that does not exist */
    LT_DIAG_PATH_OUTSIDE,  /* a path that leaves the pack folder */
    LT_DIAG_PARAGRAPH,     /* a paragraph beyond the source text */
    LT_DIAG_FORMAT,        /* format is not 1 */
    LT_DIAG_EMPTY,         /* the file holds no document */
    LT_DIAG_NOMEM,         /* out of memory */
    LT_DIAG_IMAGE          /* an image that is not PNG/JPEG, broken, or over a limit */
} lt_diag_code;

/* Short stable name of a code: "unknown-key", "bad-date", ... */
const char *lt_diag_code_name(lt_diag_code c);

typedef struct lt_diag {
    lt_severity severity;
    char *file;
    int line, col;         /* 1-based; 0 when unknown */
    char *message;         /* what is wrong, in plain words */
    char *hint;            /* how to fix it; may be NULL */
    lt_diag_code code;     /* what kind of problem */
} lt_diag;

typedef struct lt_diags {
    lt_diag *items;
    size_t count, cap;
    size_t n_errors, n_warnings;
} lt_diags;

void lt_diags_free(lt_diags *d);

/* Appends a diagnostic: message from the printf-style fmt, file and hint are
 * copied (hint may be NULL). Counts errors and warnings. Silently drops it
 * when out of memory, and does nothing when d is NULL. */
void lt_diags_addf(lt_diags *d, lt_severity sev, lt_diag_code code, const char *file,
                   int line, int col, const char *hint, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 9)))
#endif
    ;
/* Formats one diagnostic as "file:line:col: error: message (hint)". Caller frees. */
char *lt_diag_format(const lt_diag *d);

/* Loads the pack at `path` (a folder holding pack.yaml, or a .yaml file).
 * Returns a pack the caller frees with lt_pack_free, or NULL when there
 * were errors; every problem found is appended to `diags` (which may be NULL).
 * Never aborts on bad input. */
lt_pack *lt_pack_load(const char *path, lt_diags *diags);
void lt_pack_free(lt_pack *pack);

/* Like lt_pack_load, from a buffer holding the YAML text: `file` names it in
 * diagnostics, source texts are looked up in `dir` (NULL means "."). The
 * buffer is copied; it need not be NUL-terminated. */
lt_pack *lt_pack_load_mem(const char *data, size_t len, const char *file, const char *dir,
                          lt_diags *diags);

/* Lookups by id; return -1 when absent. */
int lt_pack_find_entity(const lt_pack *pack, const char *id);
int lt_pack_find_event(const lt_pack *pack, const char *id);

/* The entity's display name for options: short name, else name. */
const char *lt_entity_label(const lt_entity *e, lt_lang lang);

/* The source paragraph text of an event, or NULL. */
const char *lt_event_source_text(const lt_pack *pack, const lt_event *ev);

/* Writes the pack as JSON (see `letopis-pack dump --json`). Caller frees. */
char *lt_pack_to_json(const lt_pack *pack);

/* Appends warnings on a loaded pack to `d` (lt_pack_warn.c): undated facts,
 * missing translations, facets without three distractors, answers that
 * normalise to nothing, duplicate facts. Each has the event's or question's
 * position and a hint. */
void lt_pack_warnings(const lt_pack *pack, lt_diags *d);

#endif
