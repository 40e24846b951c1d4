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

int lt_posidx_find(const lt_posidx *ix, const char *path)
{
    return lt_idmap_get(&ix->paths, path);
}

typedef struct frame {
    int node;          /* the container node */
    int last_child;
    int n_items;       /* entries seen in a sequence */
    bool want_key;     /* mapping: the next node is a key */
    char *key;         /* mapping: the pending key (in ix->strings) */
    int key_line, key_col;
} frame;

typedef struct builder {
    lt_posidx *ix;
    frame stack[LT_POS_MAX_DEPTH];
    int depth;
    int skip;          /* > 0 while inside a complex (non-scalar) key */
} builder;

/* A copy of s in ix->strings, or NULL (ix->nomem set) when out of memory. */
static char *dup_str(lt_posidx *ix, const char *s, size_t n)
{
    char *p = lt_arena_strndup(&ix->strings, s, n);
    if (ix->strings.failed) {
        ix->nomem = true;
        return NULL;
    }
    return p;
}

/* The path of a child of the node with path pp: "pp[i]" in a sequence,
 * "pp.key" (or "key" under the root) in a mapping. */
static char *child_path(lt_posidx *ix, const char *pp, bool seq, int item, const char *key)
{
    size_t pl = strlen(pp), kl, n;
    char num[16], *p;
    if (seq) {
        /* the digits of item, written backwards then copied in order */
        unsigned v = item < 0 ? 0u : (unsigned)item;
        size_t d = 0;
        char rev[12];
        do {
            rev[d++] = (char)('0' + v % 10u);
            v /= 10u;
        } while (v);
        num[0] = '[';
        for (size_t i = 0; i < d; i++) {
            num[1 + i] = rev[d - 1 - i];
        }
        num[1 + d] = ']';
        key = num;
        kl = d + 2;
    } else {
        key = key ? key : "?";
        kl = strlen(key);
    }
    n = pl + (!seq && pl ? 1 : 0) + kl;
    p = lt_arena_alloc(&ix->strings, n + 1);
    if (!p) {
        ix->nomem = true;
        return NULL;
    }
    memcpy(p, pp, pl);
    if (!seq && pl) {
        p[pl++] = '.';
    }
    memcpy(p + pl, key, kl);
    p[pl + kl] = '\0';
    return p;
}

/* Adds a node for a value at the current position in the tree. */
static int add_node(builder *b, lt_pkind kind, const yaml_mark_t *mark, const char *scalar,
                    size_t scalar_len, bool plain)
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
        path = dup_str(ix, "", 0);
    } else {
        path = child_path(ix, ix->nodes[parent->node].path,
                          ix->nodes[parent->node].kind == LT_PN_SEQ, parent->n_items, parent->key);
    }
    if (!path) {
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
        n->value = dup_str(ix, scalar, scalar_len);
        if (!n->value) {
            return -1;
        }
    }
    if (parent && ix->nodes[parent->node].kind == LT_PN_MAP) {
        n->key = parent->key; /* the node takes the pending key */
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
    /* a repeated path (a key given twice) keeps its first node */
    if (lt_idmap_put(&ix->paths, path, idx) == LT_IDMAP_NOMEM) {
        ix->nomem = true;
        return -1;
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

static void set_key(builder *b, const char *key, size_t len, const yaml_mark_t *m)
{
    frame *f = &b->stack[b->depth - 1];
    f->key = dup_str(b->ix, key, len);
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
            set_key(b, (const char *)ev->data.scalar.value, strlen((const char *)ev->data.scalar.value),
                    &ev->start_mark);
            return !ix->nomem;
        }
        return add_node(b, LT_PN_SCALAR, &ev->start_mark, (const char *)ev->data.scalar.value,
                        strlen((const char *)ev->data.scalar.value),
                        ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) >= 0;
    case YAML_ALIAS_EVENT:
        if (ix->n_documents > 1) {
            return true;
        }
        if (at_key(b)) {
            set_key(b, "*", 1, &ev->start_mark);
            return !ix->nomem;
        }
        return add_node(b, LT_PN_ALIAS, &ev->start_mark, NULL, 0, false) >= 0;
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
        if (ix->n_documents > 1) {
            return true;
        }
        if (at_key(b)) {
            set_key(b, "?", 1, &ev->start_mark);
            b->skip = 1;
            return !ix->nomem;
        }
        node = add_node(b, ev->type == YAML_MAPPING_START_EVENT ? LT_PN_MAP : LT_PN_SEQ,
                        &ev->start_mark, NULL, 0, false);
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
    if (!b || !lt_idmap_reserve(&ix->paths, 256)) {
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
    free(b);
    if (ix->nomem) {
        ok = false;
    }
    return ok;
}

void lt_posidx_free(lt_posidx *ix)
{
    free(ix->nodes);
    lt_arena_free(&ix->strings);
    lt_idmap_free(&ix->paths);
    memset(ix, 0, sizeof *ix);
}
