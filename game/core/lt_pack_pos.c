/* lt_pack_pos.c: a pre-pass over libyaml events that records every node of
 * a pack file with its path ("events[3].date") and the line and column of
 * its key and value, since libcyaml reports no positions we can use.
 * Depends on: lt_pack_int.h, lt_utf8.h, libyaml. */
#include "lt_pack_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "lt_utf8.h"

#define LT_POS_MAX_NODES 2000000
#define LT_POS_MAX_DEPTH 256

void lt_offset_position(const char *data, size_t len, size_t offset, int *line, int *col)
{
    size_t start = 0;
    int ln = 1;
    if (offset > len) {
        offset = len;
    }
    for (size_t i = 0; i < offset; i++) {
        if (data[i] == '\n') {
            ln++;
            start = i + 1;
        }
    }
    *line = ln;
    *col = (int)lt_utf8_count(data + start, offset - start) + 1;
}

static unsigned long path_hash(const char *s)
{
    unsigned long h = 5381;
    while (*s) {
        h = h * 33u ^ (unsigned char)*s++;
    }
    return h;
}

static bool table_grow(lt_posidx *ix)
{
    int cap = ix->table_cap ? ix->table_cap * 2 : 256;
    int *t = malloc((size_t)cap * sizeof *t);
    if (!t) {
        return false;
    }
    for (int i = 0; i < cap; i++) {
        t[i] = -1;
    }
    for (int n = 0; n < ix->count; n++) {
        unsigned long h = path_hash(ix->nodes[n].path) % (unsigned long)cap;
        bool seen = false;
        while (t[h] != -1) {
            if (strcmp(ix->nodes[t[h]].path, ix->nodes[n].path) == 0) {
                seen = true; /* keep the first node of a path */
                break;
            }
            h = (h + 1) % (unsigned long)cap;
        }
        if (!seen) {
            t[h] = n;
        }
    }
    free(ix->table);
    ix->table = t;
    ix->table_cap = cap;
    return true;
}

int lt_posidx_find(const lt_posidx *ix, const char *path)
{
    unsigned long h;
    if (!ix->table || !path) {
        return -1;
    }
    h = path_hash(path) % (unsigned long)ix->table_cap;
    while (ix->table[h] != -1) {
        if (strcmp(ix->nodes[ix->table[h]].path, path) == 0) {
            return ix->table[h];
        }
        h = (h + 1) % (unsigned long)ix->table_cap;
    }
    return -1;
}

typedef struct frame {
    int node;          /* the container node */
    int last_child;
    int n_items;       /* entries seen in a sequence */
    bool want_key;     /* mapping: the next node is a key */
    char *key;         /* mapping: the pending key (owned) */
    int key_line, key_col;
} frame;

typedef struct builder {
    lt_posidx *ix;
    frame stack[LT_POS_MAX_DEPTH];
    int depth;
    int skip;          /* > 0 while inside a complex (non-scalar) key */
} builder;

static char *dup_str(const char *s)
{
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n + 1);
    }
    return p;
}

/* Adds a node for a value at the current position in the tree. */
static int add_node(builder *b, lt_pkind kind, const yaml_mark_t *mark, const char *scalar,
                    bool plain)
{
    lt_posidx *ix = b->ix;
    frame *parent = b->depth > 0 ? &b->stack[b->depth - 1] : NULL;
    lt_pnode *n;
    char *path;
    int idx;

    if (ix->count >= LT_POS_MAX_NODES) {
        ix->nomem = true;
        return -1;
    }
    if (ix->count == ix->cap) {
        int cap = ix->cap ? ix->cap * 2 : 64;
        lt_pnode *nodes = realloc(ix->nodes, (size_t)cap * sizeof *nodes);
        if (!nodes) {
            ix->nomem = true;
            return -1;
        }
        ix->nodes = nodes;
        ix->cap = cap;
    }
    if (!parent) {
        path = dup_str("");
    } else {
        const char *pp = ix->nodes[parent->node].path;
        size_t len = strlen(pp) + (parent->key ? strlen(parent->key) : 0) + 24;
        path = malloc(len);
        if (path) {
            if (ix->nodes[parent->node].kind == LT_PN_SEQ) {
                snprintf(path, len, "%s[%d]", pp, parent->n_items);
            } else {
                snprintf(path, len, "%s%s%s", pp, pp[0] ? "." : "",
                         parent->key ? parent->key : "?");
            }
        }
    }
    if (!path) {
        ix->nomem = true;
        return -1;
    }
    idx = ix->count;
    n = &ix->nodes[idx];
    memset(n, 0, sizeof *n);
    n->path = path;
    n->kind = kind;
    n->plain = plain;
    n->parent = parent ? parent->node : -1;
    n->first_child = -1;
    n->next_sibling = -1;
    n->line = (int)mark->line + 1;
    n->col = (int)mark->column + 1;
    n->key_line = n->line;
    n->key_col = n->col;
    if (scalar) {
        n->value = dup_str(scalar);
        if (!n->value) {
            free(path);
            ix->nomem = true;
            return -1;
        }
    }
    if (parent && ix->nodes[parent->node].kind == LT_PN_MAP) {
        n->key = parent->key; /* ownership moves to the node */
        parent->key = NULL;
        n->key_line = parent->key_line;
        n->key_col = parent->key_col;
        parent->want_key = true;
    } else if (parent) {
        parent->n_items++;
    }
    ix->count++;
    if (parent) {
        if (parent->last_child < 0) {
            ix->nodes[parent->node].first_child = idx;
        } else {
            ix->nodes[parent->last_child].next_sibling = idx;
        }
        parent->last_child = idx;
    }
    if ((size_t)ix->count * 2 > (size_t)ix->table_cap) {
        if (!table_grow(ix)) {
            ix->nomem = true;
            return -1;
        }
    } else {
        unsigned long h = path_hash(path) % (unsigned long)ix->table_cap;
        while (ix->table[h] != -1) {
            if (strcmp(ix->nodes[ix->table[h]].path, path) == 0) {
                return idx;
            }
            h = (h + 1) % (unsigned long)ix->table_cap;
        }
        ix->table[h] = idx;
    }
    return idx;
}

static bool push(builder *b, int node)
{
    frame *f;
    if (b->depth >= LT_POS_MAX_DEPTH) {
        return false;
    }
    f = &b->stack[b->depth++];
    memset(f, 0, sizeof *f);
    f->node = node;
    f->last_child = -1;
    f->want_key = b->ix->nodes[node].kind == LT_PN_MAP;
    return true;
}

/* True when the next node of the innermost mapping is a key. */
static bool at_key(const builder *b)
{
    return b->depth > 0 && b->stack[b->depth - 1].want_key &&
           b->ix->nodes[b->stack[b->depth - 1].node].kind == LT_PN_MAP;
}

static void set_key(builder *b, const char *key, const yaml_mark_t *m)
{
    frame *f = &b->stack[b->depth - 1];
    free(f->key);
    f->key = dup_str(key);
    if (!f->key) {
        b->ix->nomem = true;
    }
    f->key_line = (int)m->line + 1;
    f->key_col = (int)m->column + 1;
    f->want_key = false;
}

static bool handle(builder *b, const yaml_event_t *ev)
{
    lt_posidx *ix = b->ix;
    int node;

    if (b->skip > 0) {
        if (ev->type == YAML_MAPPING_START_EVENT || ev->type == YAML_SEQUENCE_START_EVENT) {
            b->skip++;
        } else if (ev->type == YAML_MAPPING_END_EVENT || ev->type == YAML_SEQUENCE_END_EVENT) {
            b->skip--;
        }
        return true;
    }
    switch (ev->type) {
    case YAML_DOCUMENT_START_EVENT:
        ix->n_documents++;
        if (ix->n_documents == 2) {
            ix->doc2_line = (int)ev->start_mark.line + 1;
            ix->doc2_col = (int)ev->start_mark.column + 1;
        }
        return true;
    case YAML_SCALAR_EVENT:
        if (ix->n_documents > 1) {
            return true;
        }
        if (at_key(b)) {
            set_key(b, (const char *)ev->data.scalar.value, &ev->start_mark);
            return !ix->nomem;
        }
        return add_node(b, LT_PN_SCALAR, &ev->start_mark, (const char *)ev->data.scalar.value,
                        ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) >= 0;
    case YAML_ALIAS_EVENT:
        if (ix->n_documents > 1) {
            return true;
        }
        if (at_key(b)) {
            set_key(b, "*", &ev->start_mark);
            return !ix->nomem;
        }
        return add_node(b, LT_PN_ALIAS, &ev->start_mark, NULL, false) >= 0;
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
        if (ix->n_documents > 1) {
            return true;
        }
        if (at_key(b)) {
            set_key(b, "?", &ev->start_mark);
            b->skip = 1;
            return !ix->nomem;
        }
        node = add_node(b, ev->type == YAML_MAPPING_START_EVENT ? LT_PN_MAP : LT_PN_SEQ,
                        &ev->start_mark, NULL, false);
        if (node < 0) {
            return false;
        }
        if (!push(b, node)) {
            snprintf(ix->err_msg, sizeof ix->err_msg, "the nesting is too deep");
            ix->err_line = (int)ev->start_mark.line + 1;
            ix->err_col = (int)ev->start_mark.column + 1;
            return false;
        }
        return true;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
        if (ix->n_documents > 1) {
            return true;
        }
        if (b->depth > 0) {
            b->depth--;
            free(b->stack[b->depth].key);
            b->stack[b->depth].key = NULL;
        }
        return true;
    default:
        return true;
    }
}

bool lt_posidx_build(lt_posidx *ix, const char *data, size_t len)
{
    yaml_parser_t parser;
    builder *b;
    bool ok = true, done = false;

    memset(ix, 0, sizeof *ix);
    b = calloc(1, sizeof *b);
    if (!b || !table_grow(ix)) {
        free(b);
        ix->nomem = true;
        return false;
    }
    b->ix = ix;
    if (!yaml_parser_initialize(&parser)) {
        free(b);
        ix->nomem = true;
        return false;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    while (!done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            if (parser.error == YAML_MEMORY_ERROR) {
                ix->nomem = true;
            } else if (parser.error == YAML_READER_ERROR) {
                lt_offset_position(data, len, parser.problem_offset, &ix->err_line, &ix->err_col);
            } else {
                ix->err_line = (int)parser.problem_mark.line + 1;
                ix->err_col = (int)parser.problem_mark.column + 1;
            }
            if (!ix->nomem) {
                snprintf(ix->err_msg, sizeof ix->err_msg, "%s%s%s",
                         parser.problem ? parser.problem : "the YAML is malformed",
                         parser.context ? " " : "", parser.context ? parser.context : "");
            }
            ok = false;
            break;
        }
        done = ev.type == YAML_STREAM_END_EVENT;
        if (!handle(b, &ev)) {
            ok = false;
            done = true;
        }
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    for (int i = 0; i < b->depth; i++) {
        free(b->stack[i].key);
    }
    free(b);
    if (ix->nomem) {
        ok = false;
    }
    return ok;
}

void lt_posidx_free(lt_posidx *ix)
{
    for (int i = 0; i < ix->count; i++) {
        free(ix->nodes[i].path);
        free(ix->nodes[i].key);
        free(ix->nodes[i].value);
    }
    free(ix->nodes);
    free(ix->table);
    memset(ix, 0, sizeof *ix);
}
