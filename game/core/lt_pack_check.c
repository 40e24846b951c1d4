/* lt_pack_check.c: builds the lt_pack model from libcyaml's raw data and
 * checks every rule of the format on the way (ids, dates, references,
 * enumerations, source files), reporting all problems found, not the first.
 * Depends on: lt_pack_int.h, lt_date.h, lt_utf8.h. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "lt_pack_int.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_utf8.h"

static const char *const lt_kinds_event[] = {
    "talks", "document", "decree", "un", "us-pressure", "ratification", "statement", "other", NULL
};
static const char *const lt_kinds_entity[] = { "person", "place", "body", "document", NULL };
static const char *const lt_roles[] = {
    "participant", "signatory", "delegate", "speaker", "addressee", "initiator", NULL
};
static const char *const lt_sides[] = { "ussr", "japan", "usa", NULL };
static const char *const lt_langs[] = { "ru", "en", NULL };

const char *lt_bpath(char *buf, size_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, len, fmt, ap);
    va_end(ap);
    return buf;
}

static int node_line(const lt_build *b, const char *path)
{
    int n = lt_posidx_find(&b->ld->ix, path);
    return n >= 0 ? b->ld->ix.nodes[n].line : 0;
}

void lt_build_pos(const lt_build *b, const char *path, int *line, int *col)
{
    int n = lt_posidx_find(&b->ld->ix, path);
    *line = n >= 0 ? b->ld->ix.nodes[n].line : 0;
    *col = n >= 0 ? b->ld->ix.nodes[n].col : 0;
}

bool lt_build_has(const lt_build *b, const char *path)
{
    return lt_posidx_find(&b->ld->ix, path) >= 0;
}

void lt_build_text_len(lt_build *b, const lt_text *t, const char *path, size_t max,
                       const char *what)
{
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        size_t n;
        char sub[200], hint[160];
        if (!t->s[l]) {
            continue;
        }
        n = lt_utf8_count(t->s[l], strlen(t->s[l]));
        if (n <= max) {
            continue;
        }
        snprintf(hint, sizeof hint,
                 "shorten it to %zu characters or fewer, or it may not fit on the question card", max);
        lt_load_warn(b->ld, LT_DIAG_BAD_VALUE,
                     lt_bpath(sub, sizeof sub, "%s.%s", path, lt_lang_code((lt_lang)l)), hint,
                     "the %s (%s) is %zu characters long; the limit is %zu", what,
                     lt_lang_code((lt_lang)l), n, max);
    }
}

/* Index of s in a NULL-ended list, or -1 after reporting a bad-enum error. */
int lt_build_enum(lt_build *b, const char *s, const char *const *list, const char *path,
                      const char *what)
{
    char hint[300];
    size_t used = 0;
    const char *near = NULL;
    int best = 99;
    for (int i = 0; list[i]; i++) {
        int d;
        if (strcmp(s, list[i]) == 0) {
            return i;
        }
        d = lt_edit_distance(s, list[i]);
        if (d < best) {
            best = d;
            near = list[i];
        }
    }
    if (near && best <= 2 && best < (int)strlen(near)) {
        used = (size_t)snprintf(hint, sizeof hint, "did you mean '%s'? ", near);
    }
    snprintf(hint + used, sizeof hint - used, "use one of:");
    for (int i = 0; list[i]; i++) {
        size_t u = strlen(hint);
        snprintf(hint + u, sizeof hint - u, "%s %s", i ? "," : "", list[i]);
    }
    lt_load_err(b->ld, LT_DIAG_BAD_ENUM, path, false, hint, "unknown %s '%.60s'", what, s);
    return -1;
}

static bool valid_id(const char *s)
{
    size_t n = 0;
    if (!s || !*s) {
        return false;
    }
    for (; s[n]; n++) {
        char c = s[n];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_')) {
            return false;
        }
    }
    return n <= 64;
}

void lt_build_id(lt_build *b, const char *id, const char *path, const char *what)
{
    if (!valid_id(id)) {
        lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false,
                    "use up to 64 letters a-z, digits, '-' and '_', e.g. hatoyama or F16",
                    "'%.60s' is not a valid %s id", id ? id : "", what);
    }
}

lt_text lt_build_text(lt_build *b, const lt_raw_text *rt, const char *path, bool required)
{
    lt_text t;
    memset(&t, 0, sizeof t);
    if (rt) {
        if (rt->ru && rt->ru[0]) {
            t.s[LT_LANG_RU] = lt_arena_strdup(b->a, rt->ru);
        }
        if (rt->en && rt->en[0]) {
            t.s[LT_LANG_EN] = lt_arena_strdup(b->a, rt->en);
        }
    }
    if (required && !t.s[LT_LANG_RU] && !t.s[LT_LANG_EN]) {
        lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false,
                    "write a text per language: {ru: \"...\", en: \"...\"}",
                    "'%s' has no text in any language", strrchr(path, '.') ? strrchr(path, '.') + 1 : path);
    }
    return t;
}

static const char **conv_strings(lt_build *b, char **in, unsigned n, size_t *out_n)
{
    const char **out = lt_arena_array(b->a, n, sizeof *out);
    *out_n = out ? n : 0;
    for (unsigned i = 0; out && i < n; i++) {
        out[i] = lt_arena_strdup(b->a, in[i] ? in[i] : "");
    }
    return out;
}

/* The id among `n` candidates closest to `id`, when close enough. */
const char *lt_closest_id(const char *id, const char *const *ids, size_t n)
{
    const char *best = NULL;
    int best_d = 99, limit = (int)strlen(id) / 3 + 1;
    for (size_t i = 0; i < n; i++) {
        int d = lt_edit_distance(id, ids[i]);
        if (d < best_d) {
            best_d = d;
            best = ids[i];
        }
    }
    return best_d <= (limit > 3 ? 3 : limit) ? best : NULL;
}

int lt_build_index(lt_build *b, lt_idmap *map, const char *id, size_t i)
{
    int first = lt_idmap_put(map, id, (int)i);
    if (first == LT_IDMAP_NOMEM) {
        b->a->failed = true;
        return -1;
    }
    return first;
}

/* ---- sources ---- */

bool lt_path_inside(const char *rel)
{
    const char *p = rel;
    if (!rel[0] || rel[0] == '/' || rel[0] == '\\' || (rel[0] && rel[1] == ':')) {
        return false;
    }
    while (*p) {
        size_t n = strcspn(p, "/\\");
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            return false;
        }
        p += n;
        if (*p) {
            p++;
        }
    }
    return true;
}

static void load_source_text(lt_build *b, lt_source *src, const char *path)
{
    char full[4096], rdir[PATH_MAX], rfile[PATH_MAX];
    char *data;
    size_t len = 0, bad = 0, dl;
    int err = 0;

    if (!lt_path_inside(src->file)) {
        lt_load_err(b->ld, LT_DIAG_PATH_OUTSIDE, path, false,
                    "put the text inside the pack folder and give its path relative to it, "
                    "e.g. file: source.txt",
                    "the source file '%.200s' is outside the pack folder", src->file);
        return;
    }
    snprintf(full, sizeof full, "%s/%s", b->pack->dir, src->file);
    if (!realpath(full, rfile)) {
        lt_load_err(b->ld, LT_DIAG_SOURCE_MISSING, path, false,
                    "put the text file in the pack folder, or fix the name after 'file:'",
                    "the source file '%.200s' does not exist", src->file);
        return;
    }
    if (!realpath(b->pack->dir, rdir)) {
        return;
    }
    dl = strlen(rdir);
    if (strncmp(rfile, rdir, dl) != 0 || (rfile[dl] != '/' && strcmp(rdir, "/") != 0)) {
        lt_load_err(b->ld, LT_DIAG_PATH_OUTSIDE, path, false,
                    "copy the text into the pack folder instead of linking to it",
                    "the source file '%.200s' leads outside the pack folder (through a link)",
                    src->file);
        return;
    }
    data = lt_pack_read_file(full, &len, &err);
    if (!data) {
        lt_load_err(b->ld, LT_DIAG_IO, path, false, "check that the file can be read",
                    "cannot read the source file '%.200s': %s", src->file, strerror(err));
        return;
    }
    if (!lt_utf8_valid(data, len, &bad)) {
        int line, col;
        lt_offset_position(data, len, bad, &line, &col);
        lt_diags_addf(b->ld->diags, LT_SEV_ERROR, LT_DIAG_UTF8, full, line, col,
                      "save the text as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
                      "the source text is not valid UTF-8: byte 0x%02X here does not start a valid character",
                      (unsigned)(unsigned char)data[bad]);
        b->ld->n_errors++;
        free(data);
        return;
    }
    {
        size_t n = 0, start = 0;
        for (size_t i = 0; i < len; i++) {
            n += data[i] == '\n';
        }
        if (len > 0 && data[len - 1] != '\n') {
            n++;
        }
        src->paragraphs = lt_arena_array(b->a, n, sizeof *src->paragraphs);
        for (size_t i = 0, k = 0; src->paragraphs && i <= len && k < n; i++) {
            if (i == len || data[i] == '\n') {
                size_t end = i;
                if (end > start && data[end - 1] == '\r') {
                    end--;
                }
                src->paragraphs[k++] = lt_arena_strndup(b->a, data + start, end - start);
                start = i + 1;
            }
        }
        src->n_paragraphs = src->paragraphs ? n : 0;
    }
    free(data);
}

static void build_sources(lt_build *b)
{
    const lt_raw_pack *raw = b->raw;
    char path[128];
    b->pack->sources = lt_arena_array(b->a, raw->n_sources, sizeof *b->pack->sources);
    if (!b->pack->sources) {
        return;
    }
    b->pack->n_sources = raw->n_sources;
    lt_idmap_reserve(&b->sources, raw->n_sources);
    for (unsigned i = 0; i < raw->n_sources; i++) {
        const lt_raw_source *rs = &raw->sources[i];
        lt_source *src = &b->pack->sources[i];
        src->id = lt_arena_strdup(b->a, rs->id);
        src->file = lt_arena_strdup(b->a, rs->file);
        src->lang = lt_arena_strdup(b->a, rs->lang);
        src->title = lt_build_text(b, rs->title, lt_bpath(path, sizeof path, "sources[%u].title", i), false);
        lt_build_id(b, src->id, lt_bpath(path, sizeof path, "sources[%u].id", i), "source");
        {
            int j = lt_build_index(b, &b->sources, src->id, i);
            if (j >= 0) {
                char hint[128], first[64];
                snprintf(hint, sizeof hint, "rename one of them; the first is at line %d",
                         node_line(b, lt_bpath(first, sizeof first, "sources[%d].id", j)));
                lt_load_err(b->ld, LT_DIAG_DUP_ID, lt_bpath(path, sizeof path, "sources[%u].id", i), false,
                            hint, "duplicate source id '%.60s' (first used at line %d)", src->id,
                            node_line(b, first));
            }
        }
        if (src->lang) {
            lt_build_enum(b, src->lang, lt_langs, lt_bpath(path, sizeof path, "sources[%u].lang", i), "language");
        }
        load_source_text(b, src, lt_bpath(path, sizeof path, "sources[%u].file", i));
    }
}

/* ---- entities ---- */

static void build_entities(lt_build *b)
{
    const lt_raw_pack *raw = b->raw;
    char path[128];
    b->pack->entities = lt_arena_array(b->a, raw->n_entities, sizeof *b->pack->entities);
    if (!b->pack->entities) {
        return;
    }
    b->pack->n_entities = raw->n_entities;
    lt_idmap_reserve(&b->priv->entities, raw->n_entities);
    for (unsigned i = 0; i < raw->n_entities; i++) {
        const lt_raw_entity *re = &raw->entities[i];
        lt_entity *e = &b->pack->entities[i];
        int k;
        e->id = lt_arena_strdup(b->a, re->id);
        lt_build_id(b, e->id, lt_bpath(path, sizeof path, "entities[%u].id", i), "entity");
        {
            int j = lt_build_index(b, &b->priv->entities, e->id, i);
            if (j >= 0) {
                char hint[160];
                snprintf(hint, sizeof hint,
                         "give each entity its own id; rename this one or merge it with the one at line %d",
                         b->pack->entities[j].line);
                lt_load_err(b->ld, LT_DIAG_DUP_ID, path, false, hint,
                            "duplicate entity id '%.60s' (first defined at line %d)", e->id,
                            b->pack->entities[j].line);
            }
        }
        k = lt_build_enum(b, re->kind, lt_kinds_entity, lt_bpath(path, sizeof path, "entities[%u].kind", i),
                       "entity kind");
        e->kind = k < 0 ? LT_ENT_PERSON : (lt_entity_kind)k;
        e->name = lt_build_text(b, re->name, lt_bpath(path, sizeof path, "entities[%u].name", i), true);
        e->short_name = lt_build_text(b, re->short_name, "", false);
        e->role = lt_build_text(b, re->role, "", false);
        e->aliases = conv_strings(b, re->aliases, re->n_aliases, &e->n_aliases);
        e->external = re->external;
        lt_build_pos(b, lt_bpath(path, sizeof path, "entities[%u]", i), &e->line, &e->col);
    }
}

/* ---- events ---- */

static void parse_date(lt_build *b, const char *s, lt_date *out, const char *path)
{
    char reason[256];
    memset(out, 0, sizeof *out);
    if (!s) {
        return;
    }
    if (!lt_date_parse_reason(s, out, reason, sizeof reason)) {
        memset(out, 0, sizeof *out);
        lt_load_err(b->ld, LT_DIAG_BAD_DATE, path, false, "write the date as one of: " LT_DATE_FORMS,
                    "bad date: %s", reason);
    }
}

/* The index of entity `id` of the given kind, or -1 after reporting an
 * unknown id or a wrong kind at `path`. `field` names the list. */
static int resolve_entity(lt_build *b, const char *id, lt_entity_kind kind, const char *field,
                          const char *path)
{
    static const char *const lists[LT_ENT_KIND_COUNT] = { "people", "places", "bodies", "documents" };
    int e = lt_pack_find_entity(b->pack, id);
    char hint[200];
    if (e < 0) {
        const char **cands = lt_arena_array(b->a, b->pack->n_entities, sizeof *cands);
        size_t nc = 0;
        const char *near;
        for (size_t k = 0; cands && k < b->pack->n_entities; k++) {
            if (b->pack->entities[k].kind == kind) {
                cands[nc++] = b->pack->entities[k].id;
            }
        }
        near = lt_closest_id(id, cands, nc);
        if (near) {
            snprintf(hint, sizeof hint, "did you mean '%s'?", near);
        } else {
            snprintf(hint, sizeof hint, "define it under entities: with kind: %s",
                     lt_entity_kind_name(kind));
        }
        lt_load_err(b->ld, LT_DIAG_UNKNOWN_REF, path, false, hint,
                    "unknown %s '%.60s' in %s: no entity has this id", lt_entity_kind_name(kind), id,
                    field);
        return -1;
    }
    if (b->pack->entities[e].kind != kind) {
        lt_entity_kind has = b->pack->entities[e].kind;
        snprintf(hint, sizeof hint, "list it under %s: instead, or change its kind in entities:",
                 lists[(unsigned)has < LT_ENT_KIND_COUNT ? has : 0]);
        lt_load_err(b->ld, LT_DIAG_WRONG_KIND, path, false, hint,
                    "'%.60s' is a %s, but %s: lists only entities of kind %s", id,
                    lt_entity_kind_name(has), field, lt_entity_kind_name(kind));
        return -1;
    }
    return e;
}

/* Resolves a list of entity ids of one kind into indices; bad ones are
 * reported and left out. */
static size_t *resolve_entities(lt_build *b, char **ids, unsigned n, lt_entity_kind kind,
                                const char *field, unsigned ev, size_t *out_n)
{
    size_t *out = lt_arena_array(b->a, n, sizeof *out);
    size_t count = 0;
    char path[128];
    for (unsigned i = 0; i < n; i++) {
        int e = resolve_entity(b, ids[i], kind, field,
                               lt_bpath(path, sizeof path, "events[%u].%s[%u]", ev, field, i));
        if (e >= 0 && out) {
            out[count++] = (size_t)e;
        }
    }
    *out_n = count;
    return out;
}

int lt_build_event_ref(lt_build *b, const char *id, const char *path)
{
    int e = lt_pack_find_event(b->pack, id);
    if (e < 0) {
        char hint[200];
        const char **cands = lt_arena_array(b->a, b->pack->n_events, sizeof *cands);
        const char *near;
        for (size_t k = 0; cands && k < b->pack->n_events; k++) {
            cands[k] = b->pack->events[k].id;
        }
        near = cands ? lt_closest_id(id, cands, b->pack->n_events) : NULL;
        if (near) {
            snprintf(hint, sizeof hint, "did you mean '%s'?", near);
        } else {
            snprintf(hint, sizeof hint, "use the id of an event defined under events:");
        }
        lt_load_err(b->ld, LT_DIAG_UNKNOWN_REF, path, false, hint,
                    "unknown event '%.60s': no event has this id", id);
    }
    return e;
}

static size_t *resolve_events(lt_build *b, char **ids, unsigned n, const char *base, const char *self,
                              size_t *out_n)
{
    size_t *out = lt_arena_array(b->a, n, sizeof *out);
    size_t count = 0;
    char path[160];
    for (unsigned i = 0; i < n; i++) {
        int e;
        lt_bpath(path, sizeof path, "%s[%u]", base, i);
        e = lt_build_event_ref(b, ids[i], path);
        if (e < 0) {
            continue;
        }
        if (self && strcmp(self, ids[i]) == 0) {
            lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false, "remove it from causes:",
                        "event '%.60s' cannot be its own cause", ids[i]);
            continue;
        }
        if (out) {
            out[count++] = (size_t)e;
        }
    }
    *out_n = count;
    return out;
}

/* An event's confusions: each `with` names an event or, failing that, an
 * entity; unknown ids, the event itself and repeats are errors. */
static void build_confusions(lt_build *b, unsigned i)
{
    const lt_raw_event *re = &b->raw->events[i];
    lt_event *ev = &b->pack->events[i];
    char path[128];

    ev->confusions = lt_arena_array(b->a, re->n_confusions, sizeof *ev->confusions);
    if (!ev->confusions) {
        return;
    }
    for (unsigned k = 0; k < re->n_confusions; k++) {
        const lt_raw_confusion *rc = &re->confusions[k];
        lt_confusion *c = &ev->confusions[ev->n_confusions];
        int e = lt_pack_find_event(b->pack, rc->with);
        int n = e < 0 ? lt_pack_find_entity(b->pack, rc->with) : -1;
        bool dup = false;

        lt_bpath(path, sizeof path, "events[%u].confusions[%u].with", i, k);
        if (e < 0 && n < 0) {
            size_t nc = b->pack->n_events + b->pack->n_entities;
            const char **cands = lt_arena_array(b->a, nc, sizeof *cands);
            const char *near = NULL;
            char hint[200];
            for (size_t j = 0; cands && j < b->pack->n_events; j++) {
                cands[j] = b->pack->events[j].id;
            }
            for (size_t j = 0; cands && j < b->pack->n_entities; j++) {
                cands[b->pack->n_events + j] = b->pack->entities[j].id;
            }
            if (cands) {
                near = lt_closest_id(rc->with, cands, nc);
            }
            if (near) {
                snprintf(hint, sizeof hint, "did you mean '%s'?", near);
            } else {
                snprintf(hint, sizeof hint,
                         "'with:' takes the id of an event (e.g. F23) or of an entity (e.g. moscow)");
            }
            lt_load_err(b->ld, LT_DIAG_UNKNOWN_REF, path, false, hint,
                        "unknown id '%.60s' in confusions: no event or entity has this id",
                        rc->with);
            continue;
        }
        if (e >= 0 && (unsigned)e == i) {
            lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false,
                        "name the event or entity that is mistaken for this one",
                        "event '%.60s' cannot be confused with itself", rc->with);
            continue;
        }
        for (size_t j = 0; j < ev->n_confusions; j++) {
            if ((e >= 0 && ev->confusions[j].event == e) || (n >= 0 && ev->confusions[j].entity == n)) {
                dup = true;
                break;
            }
        }
        if (dup) {
            lt_load_err(b->ld, LT_DIAG_DUP_ID, path, false,
                        "keep one note per tempting option: merge the two notes",
                        "event '%.60s' already has a confusion with '%.60s'", ev->id, rc->with);
            continue;
        }
        c->event = e;
        c->entity = n;
        c->note = lt_build_text(b, rc->note,
                                lt_bpath(path, sizeof path, "events[%u].confusions[%u].note", i, k),
                                true);
        lt_build_text_len(b, &c->note, path, LT_PACK_NOTE_WARN, "note");
        ev->n_confusions++;
    }
}

static void build_event(lt_build *b, unsigned i)
{
    const lt_raw_event *re = &b->raw->events[i];
    lt_event *ev = &b->pack->events[i];
    char path[128];

    parse_date(b, re->date, &ev->date, lt_bpath(path, sizeof path, "events[%u].date", i));
    parse_date(b, re->exact, &ev->exact, lt_bpath(path, sizeof path, "events[%u].exact", i));
    if (ev->date.from.prec != LT_PREC_NONE && ev->exact.from.prec != LT_PREC_NONE) {
        long df, dl, xf, xl;
        lt_date_span(&ev->date, &df, &dl);
        lt_date_span(&ev->exact, &xf, &xl);
        if (xf < df || xl > dl) {
            char a[80], x[80];
            lt_date_to_string(&ev->date, a, sizeof a);
            lt_date_to_string(&ev->exact, x, sizeof x);
            lt_load_warn(b->ld, LT_DIAG_BAD_DATE, path, "'exact' should fall inside 'date'",
                         "exact date %s is outside the date %s", x, a);
        }
    } else if (ev->exact.from.prec != LT_PREC_NONE && !re->date) {
        lt_load_warn(b->ld, LT_DIAG_BAD_DATE, path, "add the date as the source text gives it",
                     "the event has 'exact' but no 'date'");
    }
    if (re->kind) {
        ev->kind = lt_build_enum(b, re->kind, lt_kinds_event, lt_bpath(path, sizeof path, "events[%u].kind", i),
                              "event kind") >= 0 ? lt_arena_strdup(b->a, re->kind) : NULL;
    }
    ev->title = lt_build_text(b, re->title, lt_bpath(path, sizeof path, "events[%u].title", i), true);
    ev->text = lt_build_text(b, re->text, lt_bpath(path, sizeof path, "events[%u].text", i), true);

    ev->people = lt_arena_array(b->a, re->n_people, sizeof *ev->people);
    for (unsigned k = 0; k < re->n_people; k++) {
        const lt_raw_person *rp = &re->people[k];
        int role = LT_ROLE_PARTICIPANT;
        int e = resolve_entity(b, rp->id, LT_ENT_PERSON, "people",
                               lt_bpath(path, sizeof path, "events[%u].people[%u].id", i, k));
        if (rp->role) {
            role = lt_build_enum(b, rp->role, lt_roles, lt_bpath(path, sizeof path, "events[%u].people[%u].role", i, k),
                              "role");
        }
        if (rp->side) {
            lt_build_enum(b, rp->side, lt_sides, lt_bpath(path, sizeof path, "events[%u].people[%u].side", i, k),
                       "side");
        }
        if (e >= 0 && ev->people && role >= 0) {
            lt_person_ref *pr = &ev->people[ev->n_people++];
            pr->entity = (size_t)e;
            pr->role = (lt_role)role;
            pr->side = lt_arena_strdup(b->a, rp->side);
        }
    }
    ev->places = resolve_entities(b, re->places, re->n_places, LT_ENT_PLACE, "places", i, &ev->n_places);
    ev->bodies = resolve_entities(b, re->bodies, re->n_bodies, LT_ENT_BODY, "bodies", i, &ev->n_bodies);
    ev->documents = resolve_entities(b, re->documents, re->n_documents, LT_ENT_DOCUMENT, "documents",
                                     i, &ev->n_documents);
    for (unsigned k = 0; k < re->n_perspective; k++) {
        int p = lt_build_enum(b, re->perspective[k], lt_sides,
                           lt_bpath(path, sizeof path, "events[%u].perspective[%u]", i, k), "perspective");
        if (p >= 0) {
            ev->perspective |= 1u << p;
        }
    }
    ev->causes = resolve_events(b, re->causes, re->n_causes, lt_bpath(path, sizeof path, "events[%u].causes", i),
                                ev->id, &ev->n_causes);
    ev->tags = conv_strings(b, re->tags, re->n_tags, &ev->n_tags);
    ev->source = -1;
    if (re->source) {
        ev->source = lt_idmap_get(&b->sources, re->source->text);
        if (ev->source < 0) {
            char hint[160];
            if (b->pack->n_sources > 0) {
                snprintf(hint, sizeof hint, "use the id of a source listed under sources:, e.g. '%s'",
                         b->pack->sources[0].id);
            } else {
                snprintf(hint, sizeof hint, "add the text under sources: (id, file)");
            }
            lt_load_err(b->ld, LT_DIAG_UNKNOWN_REF, lt_bpath(path, sizeof path, "events[%u].source.text", i),
                        false, hint, "unknown source '%.60s'", re->source->text);
        } else {
            const lt_source *src = &b->pack->sources[ev->source];
            int para = re->source->paragraph;
            lt_bpath(path, sizeof path, "events[%u].source.paragraph", i);
            if (para < 1) {
                lt_load_err(b->ld, LT_DIAG_PARAGRAPH, path, false,
                            "paragraphs are the lines of the text file, counted from 1",
                            "paragraph %d does not exist: paragraphs count from 1", para);
            } else if (src->paragraphs && (size_t)para > src->n_paragraphs) {
                char hint[200];
                snprintf(hint, sizeof hint,
                         "paragraphs are the lines of '%.100s', counted from 1; the last is %zu",
                         src->file, src->n_paragraphs);
                lt_load_err(b->ld, LT_DIAG_PARAGRAPH, path, false, hint,
                            "paragraph %d is beyond the end of source '%.60s', which has %zu paragraphs",
                            para, src->id, src->n_paragraphs);
            } else {
                ev->paragraph = para;
            }
        }
    }
    if (ev->source < 0) {
        ev->paragraph = 0;
    }
    ev->external = re->external;
    build_confusions(b, i);
    lt_build_image(b, re->image, re->image_alt, lt_bpath(path, sizeof path, "events[%u]", i),
                   &ev->image);
}

static void build_events(lt_build *b)
{
    const lt_raw_pack *raw = b->raw;
    char path[128];
    b->pack->events = lt_arena_array(b->a, raw->n_events, sizeof *b->pack->events);
    if (!b->pack->events) {
        return;
    }
    /* ids first, so causes may point forward */
    lt_idmap_reserve(&b->priv->events, raw->n_events);
    for (unsigned i = 0; i < raw->n_events; i++) {
        lt_event *ev = &b->pack->events[i];
        ev->id = lt_arena_strdup(b->a, raw->events[i].id);
        ev->source = -1;
        lt_build_pos(b, lt_bpath(path, sizeof path, "events[%u]", i), &ev->line, &ev->col);
        lt_build_id(b, ev->id, lt_bpath(path, sizeof path, "events[%u].id", i), "event");
        {
            int j = lt_build_index(b, &b->priv->events, ev->id, i);
            if (j >= 0) {
                char hint[160];
                snprintf(hint, sizeof hint,
                         "give each event its own id; rename this one or merge it with the one at line %d",
                         b->pack->events[j].line);
                lt_load_err(b->ld, LT_DIAG_DUP_ID, path, false, hint,
                            "duplicate event id '%.60s' (first defined at line %d)", ev->id,
                            b->pack->events[j].line);
            }
        }
    }
    b->pack->n_events = raw->n_events;
    for (unsigned i = 0; i < raw->n_events; i++) {
        build_event(b, i);
    }
}

/* ---- levels and the pack ---- */

static void build_levels(lt_build *b)
{
    const lt_raw_pack *raw = b->raw;
    char path[128];
    b->pack->levels = lt_arena_array(b->a, raw->n_levels, sizeof *b->pack->levels);
    if (!b->pack->levels) {
        return;
    }
    b->pack->n_levels = raw->n_levels;
    lt_idmap_reserve(&b->levels, raw->n_levels);
    for (unsigned i = 0; i < raw->n_levels; i++) {
        const lt_raw_level *rl = &raw->levels[i];
        lt_level *lv = &b->pack->levels[i];
        lv->id = lt_arena_strdup(b->a, rl->id);
        lt_build_id(b, lv->id, lt_bpath(path, sizeof path, "levels[%u].id", i), "level");
        {
            int j = lt_build_index(b, &b->levels, lv->id, i);
            if (j >= 0) {
                char first[64];
                int fl = node_line(b, lt_bpath(first, sizeof first, "levels[%d].id", j));
                lt_load_err(b->ld, LT_DIAG_DUP_ID, path, false, "rename one of the two levels",
                            "duplicate level id '%.60s' (first defined at line %d)", lv->id, fl);
            }
        }
        lv->title = lt_build_text(b, rl->title, lt_bpath(path, sizeof path, "levels[%u].title", i), true);
        lv->exam = rl->exam;
        if (lt_build_has(b, lt_bpath(path, sizeof path, "levels[%u].events", i))) {
            lv->events = resolve_events(b, rl->events, rl->n_events, path, NULL, &lv->n_events);
        } else if (lv->exam) {
            /* an exam without a list covers every event */
            lv->events = lt_arena_array(b->a, b->pack->n_events, sizeof *lv->events);
            for (size_t k = 0; lv->events && k < b->pack->n_events; k++) {
                lv->events[lv->n_events++] = k;
            }
        } else {
            lt_load_err(b->ld, LT_DIAG_MISSING_FIELD, lt_bpath(path, sizeof path, "levels[%u]", i),
                        false,
                        "add 'events: [...]' with the level's event ids, or 'exam: true' for an "
                        "exam over all events",
                        "level '%.60s' has no 'events'", lv->id ? lv->id : "");
        }
        if (lt_build_has(b, lt_bpath(path, sizeof path, "levels[%u].types", i)) && rl->n_types == 0) {
            lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false,
                        "list the allowed question types, e.g. [choice, truefalse], or remove "
                        "'types:' to allow all",
                        "'types' is empty: the level would have no questions");
        }
        for (unsigned k = 0; k < rl->n_types; k++) {
            int t = lt_build_enum(b, rl->types[k], lt_qtype_names,
                                  lt_bpath(path, sizeof path, "levels[%u].types[%u]", i, k),
                                  "question type");
            if (t >= 0) {
                lv->types |= 1u << t;
            }
        }
        if (lt_build_has(b, lt_bpath(path, sizeof path, "levels[%u].time", i))) {
            if (rl->time < LT_PACK_TIME_MIN || rl->time > LT_PACK_TIME_MAX) {
                char hint[160];
                snprintf(hint, sizeof hint,
                         "give the seconds per question, from %d to %d (e.g. time: 20); "
                         "remove 'time:' for the game's default",
                         LT_PACK_TIME_MIN, LT_PACK_TIME_MAX);
                lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false, hint,
                            "time %d s per question is out of range (%d to %d seconds)", rl->time,
                            LT_PACK_TIME_MIN, LT_PACK_TIME_MAX);
            } else {
                lv->time_limit_s = rl->time;
            }
        }
        if (lt_build_has(b, lt_bpath(path, sizeof path, "levels[%u].pass", i))) {
            if (!(rl->pass > 0.0 && rl->pass <= 1.0)) {
                char hint[160];
                if (rl->pass > 1.0 && rl->pass <= 100.0) {
                    snprintf(hint, sizeof hint,
                             "the pass mark is a share of right answers: write %g for %g%%",
                             rl->pass / 100.0, rl->pass);
                } else {
                    snprintf(hint, sizeof hint,
                             "write the share of right answers needed to pass, above 0 and at "
                             "most 1, e.g. pass: 0.8");
                }
                lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false, hint,
                            "pass mark %g is out of range (above 0, at most 1)", rl->pass);
            } else {
                lv->pass_mark = rl->pass;
            }
        }
    }
}

void lt_pack_build(lt_load *ld, const lt_raw_pack *raw, lt_pack *pack)
{
    lt_build b;
    char path[64];
    memset(&b, 0, sizeof b);
    b.ld = ld;
    b.a = ld->arena;
    b.raw = raw;
    b.pack = pack;
    b.priv = pack->priv;

    if (raw->format != 1) {
        lt_load_err(ld, LT_DIAG_FORMAT, "format", false,
                    "write 'format: 1'; this version of Letopis reads format 1 only",
                    "unsupported pack format %d", raw->format);
    }
    pack->id = lt_arena_strdup(b.a, raw->id);
    lt_build_id(&b, pack->id, "id", "pack");
    pack->version = raw->version;
    pack->title = lt_build_text(&b, raw->title, "title", true);
    pack->description = lt_build_text(&b, raw->description, "description", false);
    pack->languages = conv_strings(&b, raw->languages, raw->n_languages, &pack->n_languages);
    for (unsigned i = 0; i < raw->n_languages; i++) {
        lt_build_enum(&b, raw->languages[i], lt_langs, lt_bpath(path, sizeof path, "languages[%u]", i), "language");
    }
    pack->authors = conv_strings(&b, raw->authors, raw->n_authors, &pack->n_authors);
    pack->license = lt_arena_strdup(b.a, raw->license);
    build_sources(&b);
    build_entities(&b);
    if (!lt_build_has(&b, "events") && !lt_build_has(&b, "questions")) {
        lt_load_err(ld, LT_DIAG_MISSING_FIELD, "", false,
                    "add 'events: [...]' (may be []), or 'questions: [...]' for a pack of "
                    "questions only",
                    "'events' is missing");
    }
    build_events(&b);
    build_levels(&b);
    lt_build_questions(&b);
    lt_idmap_free(&b.sources);
    lt_idmap_free(&b.levels);
    lt_idmap_free(&b.images);
}
