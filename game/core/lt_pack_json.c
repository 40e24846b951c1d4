/* lt_pack_json.c: writes a loaded pack as JSON (letopis-pack dump --json),
 * for tools and tests that read packs from other languages.
 * Depends on: lt_pack.h, lt_date.h. */
#include "lt_pack.h"
#include "lt_strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef lt_strbuf jbuf;

static void jb_raw(jbuf *b, const char *s, size_t n)
{
    lt_strbuf_put(b, s, n);
}

static void jb_lit(jbuf *b, const char *s)
{
    lt_strbuf_str(b, s);
}

static void jb_fmt(jbuf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) {
        jb_raw(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
    }
}

/* A JSON string, or null for NULL. UTF-8 passes through unchanged. */
static void jb_str(jbuf *b, const char *s)
{
    const char *run;
    if (!s) {
        jb_lit(b, "null");
        return;
    }
    jb_lit(b, "\"");
    run = s;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        const char *esc = NULL;
        char u[8];
        if (c == '"') {
            esc = "\\\"";
        } else if (c == '\\') {
            esc = "\\\\";
        } else if (c == '\n') {
            esc = "\\n";
        } else if (c == '\r') {
            esc = "\\r";
        } else if (c == '\t') {
            esc = "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            snprintf(u, sizeof u, "\\u%04x", c);
            esc = u;
        }
        if (esc) {
            jb_raw(b, run, (size_t)(s - run));
            jb_lit(b, esc);
            run = s + 1;
        }
    }
    jb_raw(b, run, (size_t)(s - run));
    jb_lit(b, "\"");
}

static void jb_key(jbuf *b, const char *key, bool first)
{
    if (!first) {
        jb_lit(b, ",");
    }
    jb_str(b, key);
    jb_lit(b, ":");
}

static void jb_text(jbuf *b, const lt_text *t)
{
    bool first = true;
    jb_lit(b, "{");
    for (int i = 0; i < LT_LANG_COUNT; i++) {
        if (t->s[i]) {
            jb_key(b, lt_lang_code((lt_lang)i), first);
            jb_str(b, t->s[i]);
            first = false;
        }
    }
    jb_lit(b, "}");
}

static void jb_strings(jbuf *b, const char *const *s, size_t n)
{
    jb_lit(b, "[");
    for (size_t i = 0; i < n; i++) {
        if (i) {
            jb_lit(b, ",");
        }
        jb_str(b, s[i]);
    }
    jb_lit(b, "]");
}

static void jb_entity_ids(jbuf *b, const lt_pack *p, const size_t *idx, size_t n)
{
    jb_lit(b, "[");
    for (size_t i = 0; i < n; i++) {
        if (i) {
            jb_lit(b, ",");
        }
        jb_str(b, idx[i] < p->n_entities ? p->entities[idx[i]].id : NULL);
    }
    jb_lit(b, "]");
}

static void jb_event_ids(jbuf *b, const lt_pack *p, const size_t *idx, size_t n)
{
    jb_lit(b, "[");
    for (size_t i = 0; i < n; i++) {
        if (i) {
            jb_lit(b, ",");
        }
        jb_str(b, idx[i] < p->n_events ? p->events[idx[i]].id : NULL);
    }
    jb_lit(b, "]");
}

static void jb_date(jbuf *b, const lt_date *d)
{
    static const char *const precs[] = { "none", "year", "month", "part", "day" };
    static const char *const parts[] = { NULL, "early", "mid", "late" };
    char text[80];
    unsigned prec = (unsigned)d->from.prec;
    unsigned part = (unsigned)d->from.part;
    lt_date_to_string(d, text, sizeof text);
    jb_lit(b, "{\"text\":");
    jb_str(b, text);
    jb_fmt(b, ",\"year\":%d,\"month\":%d,\"day\":%d,\"precision\":", d->from.year, d->from.month,
           d->from.day);
    jb_str(b, precs[prec < 5 ? prec : 0]);
    jb_lit(b, ",\"part\":");
    jb_str(b, part < 4 ? parts[part] : NULL);
    jb_fmt(b, ",\"range\":%s,\"to\":", d->range ? "true" : "false");
    if (d->range) {
        jb_fmt(b, "{\"year\":%d,\"month\":%d,\"day\":%d", d->to.year, d->to.month, d->to.day);
        jb_lit(b, ",\"part\":");
        jb_str(b, (unsigned)d->to.part < 4 ? parts[d->to.part] : NULL);
        jb_lit(b, "}");
    } else {
        jb_lit(b, "null");
    }
    jb_fmt(b, ",\"before\":%s}", d->before ? "true" : "false");
}

/* ,"image":{"file","width","height","format","alt"} when there is an image;
 * nothing otherwise, so dumps of packs without images stay as they were. */
static void jb_image(jbuf *b, const lt_image *im)
{
    if (!im->file) {
        return;
    }
    jb_lit(b, ",\"image\":{\"file\":");
    jb_str(b, im->file);
    jb_fmt(b, ",\"width\":%d,\"height\":%d,\"format\":\"%s\",\"alt\":", im->width, im->height,
           im->jpeg ? "jpeg" : "png");
    jb_text(b, &im->alt);
    jb_lit(b, "}");
}

static void jb_event(jbuf *b, const lt_pack *p, const lt_event *ev)
{
    jb_lit(b, "{\"id\":");
    jb_str(b, ev->id);
    jb_lit(b, ",\"date\":");
    jb_date(b, &ev->date);
    jb_lit(b, ",\"exact\":");
    if (ev->exact.from.prec != LT_PREC_NONE) {
        jb_date(b, &ev->exact);
    } else {
        jb_lit(b, "null");
    }
    jb_lit(b, ",\"title\":");
    jb_text(b, &ev->title);
    jb_lit(b, ",\"text\":");
    jb_text(b, &ev->text);
    jb_image(b, &ev->image);
    jb_lit(b, ",\"people\":[");
    for (size_t i = 0; i < ev->n_people; i++) {
        const lt_person_ref *pr = &ev->people[i];
        jb_lit(b, i ? ",{\"id\":" : "{\"id\":");
        jb_str(b, pr->entity < p->n_entities ? p->entities[pr->entity].id : NULL);
        jb_lit(b, ",\"role\":");
        jb_str(b, lt_role_name(pr->role));
        jb_lit(b, ",\"side\":");
        jb_str(b, pr->side);
        jb_lit(b, "}");
    }
    jb_lit(b, "],\"places\":");
    jb_entity_ids(b, p, ev->places, ev->n_places);
    jb_lit(b, ",\"bodies\":");
    jb_entity_ids(b, p, ev->bodies, ev->n_bodies);
    jb_lit(b, ",\"documents\":");
    jb_entity_ids(b, p, ev->documents, ev->n_documents);
    jb_lit(b, ",\"perspective\":[");
    {
        static const char *const names[] = { "ussr", "japan", "usa" };
        bool first = true;
        for (unsigned k = 0; k < 3; k++) {
            if (ev->perspective & (1u << k)) {
                if (!first) {
                    jb_lit(b, ",");
                }
                jb_str(b, names[k]);
                first = false;
            }
        }
    }
    jb_lit(b, "],\"causes\":");
    jb_event_ids(b, p, ev->causes, ev->n_causes);
    jb_lit(b, ",\"tags\":");
    jb_strings(b, ev->tags, ev->n_tags);
    jb_lit(b, ",\"kind\":");
    jb_str(b, ev->kind);
    jb_lit(b, ",\"source\":");
    if (ev->source >= 0 && (size_t)ev->source < p->n_sources) {
        jb_lit(b, "{\"text\":");
        jb_str(b, p->sources[ev->source].id);
        jb_fmt(b, ",\"paragraph\":%d}", ev->paragraph);
    } else {
        jb_lit(b, "null");
    }
    jb_fmt(b, ",\"external\":%s,\"confusions\":[", ev->external ? "true" : "false");
    for (size_t i = 0; i < ev->n_confusions; i++) {
        const lt_confusion *c = &ev->confusions[i];
        jb_lit(b, i ? ",{\"event\":" : "{\"event\":");
        jb_str(b, c->event >= 0 && (size_t)c->event < p->n_events ? p->events[c->event].id : NULL);
        jb_lit(b, ",\"entity\":");
        jb_str(b, c->entity >= 0 && (size_t)c->entity < p->n_entities ? p->entities[c->entity].id
                                                                       : NULL);
        jb_lit(b, ",\"note\":");
        jb_text(b, &c->note);
        jb_lit(b, "}");
    }
    jb_lit(b, "]}");
}

static void jb_question(jbuf *b, const lt_pack *p, const lt_hand_question *q)
{
    jb_lit(b, "{\"id\":");
    jb_str(b, q->id);
    jb_lit(b, ",\"type\":");
    jb_str(b, lt_qtype_name(q->type));
    jb_lit(b, ",\"prompt\":");
    jb_text(b, &q->prompt);
    jb_image(b, &q->image);
    jb_lit(b, ",\"options\":[");
    for (size_t i = 0; i < q->n_options; i++) {
        const lt_hand_option *o = &q->options[i];
        jb_lit(b, i ? ",{\"text\":" : "{\"text\":");
        jb_text(b, &o->text);
        jb_fmt(b, ",\"correct\":%s,\"match\":", o->correct ? "true" : "false");
        jb_text(b, &o->match);
        jb_lit(b, ",\"note\":");
        jb_text(b, &o->note);
        jb_lit(b, "}");
    }
    jb_lit(b, "],\"answers\":");
    jb_strings(b, q->answers, q->n_answers);
    jb_lit(b, ",\"explanation\":");
    jb_text(b, &q->explanation);
    jb_lit(b, ",\"event\":");
    jb_str(b, q->event >= 0 && (size_t)q->event < p->n_events ? p->events[q->event].id : NULL);
    jb_lit(b, ",\"level\":");
    jb_str(b, q->level >= 0 && (size_t)q->level < p->n_levels ? p->levels[q->level].id : NULL);
    jb_lit(b, "}");
}

char *lt_pack_to_json(const lt_pack *p)
{
    jbuf b = { NULL, 0, 0, false };
    if (!p) {
        return NULL;
    }
    jb_lit(&b, "{\"id\":");
    jb_str(&b, p->id);
    jb_fmt(&b, ",\"version\":%d,\"title\":", p->version);
    jb_text(&b, &p->title);
    jb_lit(&b, ",\"description\":");
    jb_text(&b, &p->description);
    jb_lit(&b, ",\"languages\":");
    jb_strings(&b, p->languages, p->n_languages);
    jb_lit(&b, ",\"authors\":");
    jb_strings(&b, p->authors, p->n_authors);
    jb_lit(&b, ",\"license\":");
    jb_str(&b, p->license);
    jb_lit(&b, ",\"sources\":[");
    for (size_t i = 0; i < p->n_sources; i++) {
        const lt_source *s = &p->sources[i];
        jb_lit(&b, i ? ",{\"id\":" : "{\"id\":");
        jb_str(&b, s->id);
        jb_lit(&b, ",\"file\":");
        jb_str(&b, s->file);
        jb_lit(&b, ",\"lang\":");
        jb_str(&b, s->lang);
        jb_lit(&b, ",\"title\":");
        jb_text(&b, &s->title);
        jb_fmt(&b, ",\"paragraphs\":%zu}", s->n_paragraphs);
    }
    jb_lit(&b, "],\"entities\":[");
    for (size_t i = 0; i < p->n_entities; i++) {
        const lt_entity *e = &p->entities[i];
        jb_lit(&b, i ? ",{\"id\":" : "{\"id\":");
        jb_str(&b, e->id);
        jb_lit(&b, ",\"kind\":");
        jb_str(&b, lt_entity_kind_name(e->kind));
        jb_lit(&b, ",\"name\":");
        jb_text(&b, &e->name);
        jb_lit(&b, ",\"short\":");
        jb_text(&b, &e->short_name);
        jb_lit(&b, ",\"role\":");
        jb_text(&b, &e->role);
        jb_lit(&b, ",\"aliases\":");
        jb_strings(&b, e->aliases, e->n_aliases);
        jb_fmt(&b, ",\"external\":%s}", e->external ? "true" : "false");
    }
    jb_lit(&b, "],\"events\":[");
    for (size_t i = 0; i < p->n_events; i++) {
        if (i) {
            jb_lit(&b, ",");
        }
        jb_event(&b, p, &p->events[i]);
    }
    jb_lit(&b, "],\"levels\":[");
    for (size_t i = 0; i < p->n_levels; i++) {
        const lt_level *l = &p->levels[i];
        jb_lit(&b, i ? ",{\"id\":" : "{\"id\":");
        jb_str(&b, l->id);
        jb_lit(&b, ",\"title\":");
        jb_text(&b, &l->title);
        jb_lit(&b, ",\"events\":");
        jb_event_ids(&b, p, l->events, l->n_events);
        jb_lit(&b, ",\"types\":");
        if (l->types == 0) {
            jb_lit(&b, "null");
        } else {
            bool first = true;
            jb_lit(&b, "[");
            for (unsigned t = 0; t < LT_Q_TYPE_COUNT; t++) {
                if (l->types & (1u << t)) {
                    if (!first) {
                        jb_lit(&b, ",");
                    }
                    jb_str(&b, lt_qtype_name((lt_qtype)t));
                    first = false;
                }
            }
            jb_lit(&b, "]");
        }
        jb_lit(&b, ",\"time\":");
        if (l->time_limit_s > 0) {
            jb_fmt(&b, "%d", l->time_limit_s);
        } else {
            jb_lit(&b, "null");
        }
        jb_lit(&b, ",\"pass\":");
        if (l->pass_mark > 0) {
            jb_fmt(&b, "%.6g", l->pass_mark);
        } else {
            jb_lit(&b, "null");
        }
        jb_fmt(&b, ",\"exam\":%s}", l->exam ? "true" : "false");
    }
    jb_lit(&b, "],\"questions\":[");
    for (size_t i = 0; i < p->n_questions; i++) {
        if (i) {
            jb_lit(&b, ",");
        }
        jb_question(&b, p, &p->questions[i]);
    }
    jb_lit(&b, "]}\n");
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}
