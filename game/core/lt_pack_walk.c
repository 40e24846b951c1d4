/* lt_pack_walk.c: checks the YAML node tree of a pack against the libcyaml
 * schema before loading, so that every unknown key, missing key and wrongly
 * shaped value is reported at once with its position.
 * Depends on: lt_pack_int.h. */
#include "lt_pack_int.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *shape_name(lt_pkind k)
{
    switch (k) {
    case LT_PN_MAP:
        return "a map ({key: value, ...})";
    case LT_PN_SEQ:
        return "a list ([a, b, ...])";
    case LT_PN_ALIAS:
        return "an alias";
    default:
        return "a single value";
    }
}

/* A noun for the mapping at node n: "event 'F03'", "entity 'moscow'", ... */
static void describe(const lt_posidx *ix, int n, char *buf, size_t len)
{
    const lt_pnode *node = &ix->nodes[n];
    const char *noun = "this map";
    const char *id = NULL;
    if (node->parent < 0) {
        snprintf(buf, len, "the pack");
        return;
    }
    {
        const lt_pnode *par = &ix->nodes[node->parent];
        const char *key = par->kind == LT_PN_SEQ ? par->key : node->key;
        if (key) {
            if (strcmp(key, "events") == 0) {
                noun = "event";
            } else if (strcmp(key, "entities") == 0) {
                noun = "entity";
            } else if (strcmp(key, "sources") == 0) {
                noun = "source";
            } else if (strcmp(key, "levels") == 0) {
                noun = "level";
            } else if (strcmp(key, "people") == 0) {
                noun = "person reference";
            } else if (strcmp(key, "source") == 0) {
                noun = "source reference";
            } else if (strcmp(key, "confusions") == 0) {
                noun = "confusion";
            } else if (strcmp(key, "questions") == 0) {
                noun = "question";
            } else if (strcmp(key, "options") == 0) {
                noun = "option";
            } else {
                snprintf(buf, len, "'%s'", key);
                return;
            }
        }
    }
    for (int c = node->first_child; c >= 0; c = ix->nodes[c].next_sibling) {
        if (ix->nodes[c].key && strcmp(ix->nodes[c].key, "id") == 0 && ix->nodes[c].value) {
            id = ix->nodes[c].value;
            break;
        }
    }
    if (id) {
        snprintf(buf, len, "%s '%.60s'", noun, id);
    } else {
        snprintf(buf, len, "%s at line %d", noun, node->line);
    }
}

static bool parse_int(const char *s)
{
    char *end;
    long v;
    if (!s || !*s) {
        return false;
    }
    errno = 0;
    v = strtol(s, &end, 10);
    return errno == 0 && *end == '\0' && v >= INT_MIN && v <= INT_MAX;
}

static bool parse_float(const char *s)
{
    char *end;
    double v;
    if (!s || !*s) {
        return false;
    }
    errno = 0;
    v = strtod(s, &end);
    return errno == 0 && *end == '\0' && isfinite(v);
}

static bool parse_bool(const char *s)
{
    static const char *const words[] = { "true", "false", "yes", "no", "on", "off", "1", "0" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (s && strcasecmp(s, words[i]) == 0) {
            return true;
        }
    }
    return false;
}

static const char *field_name(const lt_pnode *n)
{
    if (n->key) {
        return n->key;
    }
    return n->path[0] ? n->path : "the top level of the file";
}

static void walk(lt_load *ld, int n, const cyaml_schema_value_t *s, int depth);

static void walk_map(lt_load *ld, int n, const cyaml_schema_value_t *s, int depth)
{
    const lt_posidx *ix = &ld->ix;
    char what[128];

    for (int c = ix->nodes[n].first_child; c >= 0; c = ix->nodes[c].next_sibling) {
        const lt_pnode *child = &ix->nodes[c];
        const char *key = child->key ? child->key : "?";
        const cyaml_schema_field_t *f = lt_schema_field(s, key);
        int first = -1;

        for (int o = ix->nodes[n].first_child; o != c; o = ix->nodes[o].next_sibling) {
            if (ix->nodes[o].key && strcmp(ix->nodes[o].key, key) == 0) {
                first = o;
                break;
            }
        }
        if (first >= 0) {
            char hint[128];
            snprintf(hint, sizeof hint, "keep one '%.40s' (the first is at line %d) and delete the other",
                     key, ix->nodes[first].key_line);
            /* the index maps a path to its first node; report this one by its own marks */
            lt_diags_addf(ld->diags, LT_SEV_ERROR, LT_DIAG_DUP_KEY, ld->file, child->key_line,
                          child->key_col, hint, "'%.60s' is given twice in the same map", key);
            ld->n_errors++;
            continue;
        }
        if (!f) {
            char keys[512], hint[700];
            const char *near = lt_schema_closest(s, key);
            lt_schema_keys(s, keys, sizeof keys);
            if (near) {
                snprintf(hint, sizeof hint, "did you mean '%s'? allowed keys here: %s", near, keys);
            } else {
                snprintf(hint, sizeof hint, "allowed keys here: %s", keys);
            }
            describe(ix, n, what, sizeof what);
            lt_load_err(ld, LT_DIAG_UNKNOWN_KEY, child->path, true, hint,
                        "unknown key '%.60s' in %s", key, what);
            continue;
        }
        walk(ld, c, &f->value, depth + 1);
    }
    for (const cyaml_schema_field_t *f = s->mapping.fields; f && f->key; f++) {
        bool found = false;
        if (f->value.flags & CYAML_FLAG_OPTIONAL) {
            continue;
        }
        for (int c = ix->nodes[n].first_child; c >= 0; c = ix->nodes[c].next_sibling) {
            if (ix->nodes[c].key && strcmp(ix->nodes[c].key, f->key) == 0) {
                found = true;
                break;
            }
        }
        /* a misspelt key was already reported with "did you mean" this one */
        for (int c = ix->nodes[n].first_child; c >= 0 && !found; c = ix->nodes[c].next_sibling) {
            const char *key = ix->nodes[c].key;
            if (key && !lt_schema_field(s, key)) {
                const char *near = lt_schema_closest(s, key);
                found = near && strcmp(near, f->key) == 0;
            }
        }
        if (!found) {
            char hint[128];
            snprintf(hint, sizeof hint, "add '%s:' to it (it is required; see docs/pack-format.md)",
                     f->key);
            describe(ix, n, what, sizeof what);
            lt_load_err(ld, LT_DIAG_MISSING_FIELD, ix->nodes[n].path, false, hint,
                        "%s has no '%s'", what, f->key);
        }
    }
}

static void walk(lt_load *ld, int n, const cyaml_schema_value_t *s, int depth)
{
    const lt_pnode *node = &ld->ix.nodes[n];
    if (depth > 64) {
        return;
    }
    if (node->kind == LT_PN_ALIAS) {
        lt_load_err(ld, LT_DIAG_BAD_TYPE, node->path, false,
                    "write the value out in full instead of '*name'",
                    "YAML aliases are not supported in packs");
        return;
    }
    switch (s->type) {
    case CYAML_MAPPING:
        if (node->kind != LT_PN_MAP) {
            lt_load_err(ld, LT_DIAG_BAD_TYPE, node->path, false,
                        s->mapping.fields == lt_schema_at("title")->mapping.fields
                            ? "write a text per language: {ru: \"...\", en: \"...\"}"
                            : "write it as a map of keys and values, as docs/pack-format.md shows",
                        "'%.60s' must be a map ({key: value, ...}), not %s", field_name(node),
                        shape_name(node->kind));
            return;
        }
        walk_map(ld, n, s, depth);
        return;
    case CYAML_SEQUENCE:
        if (node->kind != LT_PN_SEQ) {
            char hint[160];
            if (node->kind == LT_PN_SCALAR && node->value && node->value[0]) {
                snprintf(hint, sizeof hint, "write it as a list: [%.60s]", node->value);
            } else {
                snprintf(hint, sizeof hint, "write it as a list: [a, b] or lines starting with '- '");
            }
            lt_load_err(ld, LT_DIAG_BAD_TYPE, node->path, false, hint,
                        "'%.60s' must be a list, not %s", field_name(node), shape_name(node->kind));
            return;
        }
        for (int c = node->first_child; c >= 0; c = ld->ix.nodes[c].next_sibling) {
            walk(ld, c, s->sequence.entry, depth + 1);
        }
        return;
    default:
        break;
    }
    if (node->kind != LT_PN_SCALAR) {
        lt_load_err(ld, LT_DIAG_BAD_TYPE, node->path, false,
                    "write a single value here, e.g. key: value",
                    "'%.60s' must be a single value, not %s", field_name(node),
                    shape_name(node->kind));
        return;
    }
    if (s->type == CYAML_INT && !parse_int(node->value)) {
        lt_load_err(ld, LT_DIAG_BAD_TYPE, node->path, false, "write a whole number such as 1",
                    "'%.60s' must be a whole number, not '%.60s'", field_name(node),
                    node->value ? node->value : "");
    } else if (s->type == CYAML_FLOAT && !parse_float(node->value)) {
        lt_load_err(ld, LT_DIAG_BAD_TYPE, node->path, false, "write a number such as 0.8",
                    "'%.60s' must be a number, not '%.60s'", field_name(node),
                    node->value ? node->value : "");
    } else if (s->type == CYAML_BOOL && !parse_bool(node->value)) {
        lt_load_err(ld, LT_DIAG_BAD_TYPE, node->path, false, "write true or false",
                    "'%.60s' must be true or false, not '%.60s'", field_name(node),
                    node->value ? node->value : "");
    }
}

size_t lt_pack_walk(lt_load *ld)
{
    size_t before = ld->n_errors;
    if (ld->ix.count == 0) {
        lt_diags_addf(ld->diags, LT_SEV_ERROR, LT_DIAG_EMPTY, ld->file, 1, 1,
                      "start from the example in docs/pack-format.md",
                      "the file holds no pack (it is empty)");
        ld->n_errors++;
        return ld->n_errors - before;
    }
    if (ld->ix.n_documents > 1) {
        lt_diags_addf(ld->diags, LT_SEV_ERROR, LT_DIAG_SYNTAX, ld->file, ld->ix.doc2_line,
                      ld->ix.doc2_col, "remove the '---' line: a pack is one YAML document",
                      "a second YAML document starts here");
        ld->n_errors++;
    }
    walk(ld, 0, &lt_raw_pack_schema, 0);
    return ld->n_errors - before;
}
