/* lt_pack_schema.c: the libcyaml schema of pack.yaml (format 1) and lookups
 * into it by node path, used for loading and for diagnostics.
 * Depends on: lt_pack_int.h, libcyaml. */
#include "lt_pack_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OPT CYAML_FLAG_OPTIONAL
#define PTR CYAML_FLAG_POINTER

static const cyaml_schema_value_t lt_str_schema = {
    CYAML_VALUE_STRING(PTR, char, 0, CYAML_UNLIMITED),
};

static const cyaml_schema_field_t lt_text_fields[] = {
    CYAML_FIELD_STRING_PTR("ru", OPT | PTR, lt_raw_text, ru, 0, CYAML_UNLIMITED),
    CYAML_FIELD_STRING_PTR("en", OPT | PTR, lt_raw_text, en, 0, CYAML_UNLIMITED),
    CYAML_FIELD_END
};

#define TEXT_FIELD(key, flags, type, member) \
    CYAML_FIELD_MAPPING_PTR(key, (flags) | PTR, type, member, lt_text_fields)
#define STR_FIELD(key, flags, type, member) \
    CYAML_FIELD_STRING_PTR(key, (flags) | PTR, type, member, 0, CYAML_UNLIMITED)
#define LIST_FIELD(key, type, member, count, entry) \
    CYAML_FIELD_SEQUENCE_COUNT(key, OPT | PTR, type, member, count, entry, 0, CYAML_UNLIMITED)

static const cyaml_schema_field_t lt_source_fields[] = {
    STR_FIELD("id", 0, lt_raw_source, id),
    STR_FIELD("file", 0, lt_raw_source, file),
    STR_FIELD("lang", OPT, lt_raw_source, lang),
    TEXT_FIELD("title", OPT, lt_raw_source, title),
    CYAML_FIELD_END
};
static const cyaml_schema_value_t lt_source_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, lt_raw_source, lt_source_fields),
};

static const cyaml_schema_field_t lt_entity_fields[] = {
    STR_FIELD("id", 0, lt_raw_entity, id),
    STR_FIELD("kind", 0, lt_raw_entity, kind),
    TEXT_FIELD("name", 0, lt_raw_entity, name),
    TEXT_FIELD("short", OPT, lt_raw_entity, short_name),
    TEXT_FIELD("role", OPT, lt_raw_entity, role),
    LIST_FIELD("aliases", lt_raw_entity, aliases, n_aliases, &lt_str_schema),
    CYAML_FIELD_BOOL("external", OPT, lt_raw_entity, external),
    CYAML_FIELD_END
};
static const cyaml_schema_value_t lt_entity_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, lt_raw_entity, lt_entity_fields),
};

static const cyaml_schema_field_t lt_person_fields[] = {
    STR_FIELD("id", 0, lt_raw_person, id),
    STR_FIELD("role", OPT, lt_raw_person, role),
    STR_FIELD("side", OPT, lt_raw_person, side),
    CYAML_FIELD_END
};
static const cyaml_schema_value_t lt_person_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, lt_raw_person, lt_person_fields),
};

static const cyaml_schema_field_t lt_srcref_fields[] = {
    STR_FIELD("text", 0, lt_raw_srcref, text),
    CYAML_FIELD_INT("paragraph", CYAML_FLAG_DEFAULT, lt_raw_srcref, paragraph),
    CYAML_FIELD_END
};

static const cyaml_schema_field_t lt_confusion_fields[] = {
    STR_FIELD("with", 0, lt_raw_confusion, with),
    TEXT_FIELD("note", 0, lt_raw_confusion, note),
    CYAML_FIELD_END
};
static const cyaml_schema_value_t lt_confusion_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, lt_raw_confusion, lt_confusion_fields),
};

static const cyaml_schema_field_t lt_event_fields[] = {
    STR_FIELD("id", 0, lt_raw_event, id),
    STR_FIELD("date", OPT, lt_raw_event, date),
    STR_FIELD("exact", OPT, lt_raw_event, exact),
    STR_FIELD("kind", OPT, lt_raw_event, kind),
    TEXT_FIELD("title", 0, lt_raw_event, title),
    TEXT_FIELD("text", 0, lt_raw_event, text),
    LIST_FIELD("people", lt_raw_event, people, n_people, &lt_person_schema),
    LIST_FIELD("places", lt_raw_event, places, n_places, &lt_str_schema),
    LIST_FIELD("bodies", lt_raw_event, bodies, n_bodies, &lt_str_schema),
    LIST_FIELD("documents", lt_raw_event, documents, n_documents, &lt_str_schema),
    LIST_FIELD("perspective", lt_raw_event, perspective, n_perspective, &lt_str_schema),
    LIST_FIELD("causes", lt_raw_event, causes, n_causes, &lt_str_schema),
    LIST_FIELD("tags", lt_raw_event, tags, n_tags, &lt_str_schema),
    CYAML_FIELD_MAPPING_PTR("source", OPT | PTR, lt_raw_event, source, lt_srcref_fields),
    CYAML_FIELD_BOOL("external", OPT, lt_raw_event, external),
    LIST_FIELD("confusions", lt_raw_event, confusions, n_confusions, &lt_confusion_schema),
    STR_FIELD("image", OPT, lt_raw_event, image),
    TEXT_FIELD("image_alt", OPT, lt_raw_event, image_alt),
    CYAML_FIELD_END
};
static const cyaml_schema_value_t lt_event_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, lt_raw_event, lt_event_fields),
};

static const cyaml_schema_field_t lt_level_fields[] = {
    STR_FIELD("id", 0, lt_raw_level, id),
    TEXT_FIELD("title", 0, lt_raw_level, title),
    /* required unless exam: true; lt_pack_check.c reports it */
    LIST_FIELD("events", lt_raw_level, events, n_events, &lt_str_schema),
    LIST_FIELD("types", lt_raw_level, types, n_types, &lt_str_schema),
    CYAML_FIELD_INT("time", OPT, lt_raw_level, time),
    CYAML_FIELD_FLOAT("pass", OPT, lt_raw_level, pass),
    CYAML_FIELD_BOOL("exam", OPT, lt_raw_level, exam),
    CYAML_FIELD_END
};
static const cyaml_schema_value_t lt_level_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, lt_raw_level, lt_level_fields),
};

static const cyaml_schema_field_t lt_option_fields[] = {
    TEXT_FIELD("text", 0, lt_raw_option, text),
    CYAML_FIELD_BOOL("correct", OPT, lt_raw_option, correct),
    TEXT_FIELD("match", OPT, lt_raw_option, match),
    TEXT_FIELD("note", OPT, lt_raw_option, note),
    CYAML_FIELD_END
};
static const cyaml_schema_value_t lt_option_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, lt_raw_option, lt_option_fields),
};

static const cyaml_schema_field_t lt_question_fields[] = {
    STR_FIELD("id", 0, lt_raw_question, id),
    STR_FIELD("type", 0, lt_raw_question, type),
    TEXT_FIELD("prompt", 0, lt_raw_question, prompt),
    LIST_FIELD("options", lt_raw_question, options, n_options, &lt_option_schema),
    LIST_FIELD("answers", lt_raw_question, answers, n_answers, &lt_str_schema),
    CYAML_FIELD_BOOL("answer", OPT, lt_raw_question, answer),
    TEXT_FIELD("explanation", OPT, lt_raw_question, explanation),
    STR_FIELD("event", OPT, lt_raw_question, event),
    STR_FIELD("level", OPT, lt_raw_question, level),
    STR_FIELD("image", OPT, lt_raw_question, image),
    TEXT_FIELD("image_alt", OPT, lt_raw_question, image_alt),
    CYAML_FIELD_END
};
static const cyaml_schema_value_t lt_question_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, lt_raw_question, lt_question_fields),
};

static const cyaml_schema_field_t lt_pack_fields[] = {
    CYAML_FIELD_INT("format", CYAML_FLAG_DEFAULT, lt_raw_pack, format),
    STR_FIELD("id", 0, lt_raw_pack, id),
    CYAML_FIELD_INT("version", CYAML_FLAG_DEFAULT, lt_raw_pack, version),
    TEXT_FIELD("title", 0, lt_raw_pack, title),
    TEXT_FIELD("description", OPT, lt_raw_pack, description),
    CYAML_FIELD_SEQUENCE_COUNT("languages", PTR, lt_raw_pack, languages, n_languages,
                               &lt_str_schema, 0, CYAML_UNLIMITED),
    LIST_FIELD("authors", lt_raw_pack, authors, n_authors, &lt_str_schema),
    STR_FIELD("license", OPT, lt_raw_pack, license),
    LIST_FIELD("sources", lt_raw_pack, sources, n_sources, &lt_source_schema),
    LIST_FIELD("entities", lt_raw_pack, entities, n_entities, &lt_entity_schema),
    /* optional so that a pack of questions only loads; the builder requires
     * it when there are no questions either */
    LIST_FIELD("events", lt_raw_pack, events, n_events, &lt_event_schema),
    LIST_FIELD("levels", lt_raw_pack, levels, n_levels, &lt_level_schema),
    LIST_FIELD("questions", lt_raw_pack, questions, n_questions, &lt_question_schema),
    CYAML_FIELD_END
};

const cyaml_schema_value_t lt_raw_pack_schema = {
    CYAML_VALUE_MAPPING(PTR, lt_raw_pack, lt_pack_fields),
};

const cyaml_schema_field_t *lt_schema_field(const cyaml_schema_value_t *map, const char *key)
{
    if (!map || map->type != CYAML_MAPPING || !key) {
        return NULL;
    }
    for (const cyaml_schema_field_t *f = map->mapping.fields; f && f->key; f++) {
        if (strcmp(f->key, key) == 0) {
            return f;
        }
    }
    return NULL;
}

const cyaml_schema_value_t *lt_schema_at(const char *path)
{
    const cyaml_schema_value_t *v = &lt_raw_pack_schema;
    const char *p = path;
    char key[64];

    while (v && *p) {
        if (*p == '[') {
            const char *close = strchr(p, ']');
            if (!close || v->type != CYAML_SEQUENCE) {
                return NULL;
            }
            v = v->sequence.entry;
            p = close + 1;
        } else {
            size_t n;
            const cyaml_schema_field_t *f;
            if (*p == '.') {
                p++;
            }
            n = strcspn(p, ".[");
            if (n == 0 || n >= sizeof key) {
                return NULL;
            }
            memcpy(key, p, n);
            key[n] = '\0';
            f = lt_schema_field(v, key);
            if (!f) {
                return NULL;
            }
            v = &f->value;
            p += n;
        }
    }
    return v;
}

void lt_schema_keys(const cyaml_schema_value_t *map, char *buf, size_t len)
{
    size_t used = 0;
    if (!buf || len == 0) {
        return;
    }
    buf[0] = '\0';
    if (!map || map->type != CYAML_MAPPING) {
        return;
    }
    for (const cyaml_schema_field_t *f = map->mapping.fields; f && f->key; f++) {
        int n = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", f->key);
        if (n < 0 || (size_t)n >= len - used) {
            break;
        }
        used += (size_t)n;
    }
}

int lt_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    int row[65];
    if (la > 64 || lb > 64) {
        return 99;
    }
    for (size_t j = 0; j <= lb; j++) {
        row[j] = (int)j;
    }
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] == b[j - 1] ? 0 : 1);
            if (up + 1 < best) {
                best = up + 1;
            }
            if (row[j - 1] + 1 < best) {
                best = row[j - 1] + 1;
            }
            row[j] = best;
            diag = up;
        }
    }
    return row[lb] > 99 ? 99 : row[lb];
}

const char *lt_schema_closest(const cyaml_schema_value_t *map, const char *key)
{
    const char *best = NULL;
    int best_d = 99;
    int limit;
    if (!map || map->type != CYAML_MAPPING || !key) {
        return NULL;
    }
    limit = (int)strlen(key) / 3 + 1;
    if (limit > 3) {
        limit = 3;
    }
    for (const cyaml_schema_field_t *f = map->mapping.fields; f && f->key; f++) {
        int d = lt_edit_distance(key, f->key);
        if (d < best_d) {
            best_d = d;
            best = f->key;
        }
    }
    return best_d <= limit ? best : NULL;
}
