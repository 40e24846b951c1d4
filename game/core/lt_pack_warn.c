/* lt_pack_warn.c: warnings on a loaded pack (undated facts, missing translations,
 * facets without three distractors, answers that normalise to nothing, duplicate facts).
 * Depends on: lt_pack.h, lt_quiz.h (lt_quiz_int.h), lt_norm.h. No SDL. */
#include "lt_pack.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_norm.h"
#include "lt_quiz.h"
#include "lt_quiz_int.h"

#define LT_WARN_NORM_MAX 1024

static const char *warn_file(const lt_pack *pack)
{
    return pack->file ? pack->file : "";
}

/* Appends "name" to `list` (comma separated) when the text lacks `lang` but has another. */
static void warn_missing(const lt_text *t, lt_lang lang, const char *name, char *list, size_t cap)
{
    bool any = false;
    size_t len;
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        any = any || (t->s[l] != NULL && t->s[l][0] != '\0');
    }
    if (!any || (t->s[lang] != NULL && t->s[lang][0] != '\0')) {
        return;
    }
    len = strlen(list);
    if (strstr(list, name) == NULL && len + strlen(name) + 3 < cap) {
        snprintf(list + len, cap - len, "%s%s", len ? ", " : "", name);
    }
}

static void warn_translation(const lt_pack *pack, lt_diags *d, lt_lang lang, const char *owner,
                             int line, int col, const char *list)
{
    char hint[160];
    if (list[0] == '\0') {
        return;
    }
    snprintf(hint, sizeof hint, "add the '%s' text, or drop '%s' from the pack's languages",
             lt_lang_code(lang), lt_lang_code(lang));
    lt_diags_addf(d, LT_SEV_WARNING, LT_DIAG_MISSING_FIELD, warn_file(pack), line, col, hint,
                  "missing translation: %s has no '%s' text for %s", owner, lt_lang_code(lang), list);
}

static void warn_translations(const lt_pack *pack, lt_diags *d, lt_lang lang)
{
    char list[256], owner[160];

    list[0] = '\0';
    warn_missing(&pack->title, lang, "title", list, sizeof list);
    warn_missing(&pack->description, lang, "description", list, sizeof list);
    for (size_t i = 0; i < pack->n_sources; i++) {
        warn_missing(&pack->sources[i].title, lang, "a source title", list, sizeof list);
    }
    for (size_t i = 0; i < pack->n_levels; i++) {
        warn_missing(&pack->levels[i].title, lang, "a level title", list, sizeof list);
    }
    warn_translation(pack, d, lang, "the pack", 1, 1, list);
    for (size_t i = 0; i < pack->n_entities; i++) {
        const lt_entity *e = &pack->entities[i];
        list[0] = '\0';
        warn_missing(&e->name, lang, "name", list, sizeof list);
        warn_missing(&e->short_name, lang, "short", list, sizeof list);
        warn_missing(&e->role, lang, "role", list, sizeof list);
        snprintf(owner, sizeof owner, "entity '%s'", e->id);
        warn_translation(pack, d, lang, owner, e->line, e->col, list);
    }
    for (size_t i = 0; i < pack->n_events; i++) {
        const lt_event *ev = &pack->events[i];
        list[0] = '\0';
        warn_missing(&ev->title, lang, "title", list, sizeof list);
        warn_missing(&ev->text, lang, "text", list, sizeof list);
        for (size_t c = 0; c < ev->n_confusions; c++) {
            warn_missing(&ev->confusions[c].note, lang, "a confusion note", list, sizeof list);
        }
        warn_missing(&ev->image.alt, lang, "image_alt", list, sizeof list);
        snprintf(owner, sizeof owner, "event '%s'", ev->id);
        warn_translation(pack, d, lang, owner, ev->line, ev->col, list);
    }
    for (size_t i = 0; i < pack->n_questions; i++) {
        const lt_hand_question *q = &pack->questions[i];
        list[0] = '\0';
        warn_missing(&q->prompt, lang, "prompt", list, sizeof list);
        warn_missing(&q->explanation, lang, "explanation", list, sizeof list);
        warn_missing(&q->image.alt, lang, "image_alt", list, sizeof list);
        for (size_t o = 0; o < q->n_options; o++) {
            warn_missing(&q->options[o].text, lang, "an option", list, sizeof list);
            warn_missing(&q->options[o].match, lang, "a match", list, sizeof list);
            warn_missing(&q->options[o].note, lang, "an option note", list, sizeof list);
        }
        snprintf(owner, sizeof owner, "question '%s'", q->id);
        warn_translation(pack, d, lang, owner, q->line, q->col, list);
    }
}

/* Entities of `kind` in the pack that the event itself does not name. */
static size_t warn_other_entities(const lt_pack *pack, const lt_event *ev, lt_entity_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < pack->n_entities; i++) {
        bool own = false;
        if (pack->entities[i].kind != kind) {
            continue;
        }
        for (size_t k = 0; k < ev->n_people && !own; k++) {
            own = ev->people[k].entity == i;
        }
        for (size_t k = 0; k < ev->n_places && !own; k++) {
            own = ev->places[k] == i;
        }
        for (size_t k = 0; k < ev->n_documents && !own; k++) {
            own = ev->documents[k] == i;
        }
        n += own ? 0 : 1;
    }
    return n;
}

/* True when, in some language, the event's title names every possible answer
 * of the facet (the quiz then refuses to ask it). */
static bool warn_title_gives_away(const lt_pack *pack, const lt_event *ev, lt_facet f)
{
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        const char *title = lt_text_get(&ev->title, (lt_lang)l);
        size_t n = f == LT_FACET_WHO ? ev->n_people : f == LT_FACET_WHERE ? ev->n_places : ev->n_documents;
        size_t given = 0;
        for (size_t k = 0; k < n; k++) {
            size_t ent = f == LT_FACET_WHO ? ev->people[k].entity
                         : f == LT_FACET_WHERE ? ev->places[k] : ev->documents[k];
            given += lt_quiz_gives_away(title, lt_entity_label(&pack->entities[ent], (lt_lang)l));
        }
        if (n > 0 && given == n) {
            return true;
        }
    }
    return false;
}

static void warn_distractors(const lt_pack *pack, lt_diags *d)
{
    static const char *const what[] = { "when", "who", "where", "document", "why" };
    static const char *const kinds[] = { "dated events", "people", "places", "documents",
                                         "events" };
    for (size_t e = 0; e < pack->n_events; e++) {
        const lt_event *ev = &pack->events[e];
        for (int f = 0; f <= LT_FACET_WHY; f++) {
            size_t others = 0;
            bool has, ok;
            char hint[200];
            switch ((lt_facet)f) {
            case LT_FACET_WHEN:
                has = ev->date.from.prec != LT_PREC_NONE;
                for (size_t k = 0; k < pack->n_events; k++) {
                    others += k != e && pack->events[k].date.from.prec != LT_PREC_NONE;
                }
                break;
            case LT_FACET_WHO:
                has = ev->n_people > 0;
                others = warn_other_entities(pack, ev, LT_ENT_PERSON);
                break;
            case LT_FACET_WHERE:
                has = ev->n_places > 0;
                others = warn_other_entities(pack, ev, LT_ENT_PLACE);
                break;
            case LT_FACET_DOCUMENT:
                has = ev->n_documents > 0;
                others = warn_other_entities(pack, ev, LT_ENT_DOCUMENT);
                break;
            default:
                has = ev->n_causes > 0;
                others = pack->n_events > ev->n_causes + 1 ? pack->n_events - ev->n_causes - 1 : 0;
                break;
            }
            if (!has) {
                continue;
            }
            ok = f == LT_FACET_WHY ? lt_quiz_can_ask_type(pack, e, LT_FACET_WHY, LT_Q_CHOICE)
                                   : lt_quiz_can_ask(pack, e, (lt_facet)f);
            if (ok) {
                continue;
            }
            snprintf(hint, sizeof hint,
                     "add %s to the pack (a wrong option needs its text in every language "
                     "and must differ from the answer after normalisation)", kinds[f]);
            if (f >= LT_FACET_WHO && f <= LT_FACET_DOCUMENT && warn_title_gives_away(pack, ev, (lt_facet)f)) {
                lt_diags_addf(d, LT_SEV_WARNING, LT_DIAG_OTHER, warn_file(pack), ev->line, ev->col,
                              "reword the title so it does not name the answer",
                              "event '%s' cannot be asked '%s': its title names the answer",
                              ev->id, what[f]);
            } else if (others < 3) {
                lt_diags_addf(d, LT_SEV_WARNING, LT_DIAG_OTHER, warn_file(pack), ev->line, ev->col,
                              hint,
                              "event '%s' cannot be asked '%s': fewer than three distractor "
                              "candidates (%zu other %s in the pack)", ev->id, what[f], others,
                              kinds[f]);
            } else {
                lt_diags_addf(d, LT_SEV_WARNING, LT_DIAG_OTHER, warn_file(pack), ev->line, ev->col,
                              hint,
                              "event '%s' cannot be asked '%s': fewer than three usable distractor "
                              "candidates (%zu other %s, but their labels repeat the answer or "
                              "each other, or lack a language)", ev->id, what[f], others, kinds[f]);
            }
        }
    }
}

static void warn_empty(const lt_pack *pack, lt_diags *d, const lt_hand_question *q,
                       const char *what, const char *s)
{
    if (s == NULL || !lt_norm_is_empty(s)) {
        return;
    }
    lt_diags_addf(d, LT_SEV_WARNING, LT_DIAG_BAD_VALUE, warn_file(pack), q->line, q->col,
                  "write it with at least one letter or digit; punctuation and spaces are "
                  "ignored when answers are compared",
                  "question '%s': %s '%s' normalises to nothing, so no typed answer can match it",
                  q->id, what, s);
}

static void warn_empty_answers(const lt_pack *pack, lt_diags *d)
{
    for (size_t i = 0; i < pack->n_questions; i++) {
        const lt_hand_question *q = &pack->questions[i];
        for (size_t a = 0; a < q->n_answers; a++) {
            warn_empty(pack, d, q, "answer", q->answers[a]);
        }
        for (size_t o = 0; o < q->n_options; o++) {
            for (int l = 0; l < LT_LANG_COUNT; l++) {
                warn_empty(pack, d, q, "option", q->options[o].text.s[l]);
                warn_empty(pack, d, q, "match", q->options[o].match.s[l]);
            }
        }
    }
}

/* Normalised title and text of every event, per language ("" when absent). */
static char *warn_norms(const lt_pack *pack)
{
    size_t per = (size_t)LT_LANG_COUNT * 2u * LT_WARN_NORM_MAX;
    char *buf = calloc(pack->n_events ? pack->n_events : 1, per);
    if (buf == NULL) {
        return NULL;
    }
    for (size_t e = 0; e < pack->n_events; e++) {
        for (int l = 0; l < LT_LANG_COUNT; l++) {
            char *t = buf + e * per + (size_t)l * 2u * LT_WARN_NORM_MAX;
            const char *title = pack->events[e].title.s[l], *text = pack->events[e].text.s[l];
            if (title) {
                lt_norm(title, t, LT_WARN_NORM_MAX);
            }
            if (text) {
                lt_norm(text, t + LT_WARN_NORM_MAX, LT_WARN_NORM_MAX);
            }
        }
    }
    return buf;
}

static void warn_duplicates(const lt_pack *pack, lt_diags *d)
{
    size_t per = (size_t)LT_LANG_COUNT * 2u * LT_WARN_NORM_MAX;
    char *norm = warn_norms(pack);
    if (norm == NULL) {
        return;
    }
    for (size_t b = 1; b < pack->n_events; b++) {
        const lt_event *eb = &pack->events[b];
        bool found = false;
        for (size_t a = 0; a < b && !found; a++) {
            for (int l = 0; l < LT_LANG_COUNT && !found; l++) {
                for (int part = 0; part < 2 && !found; part++) {
                    const char *x = norm + a * per + ((size_t)l * 2u + (size_t)part) * LT_WARN_NORM_MAX;
                    const char *y = norm + b * per + ((size_t)l * 2u + (size_t)part) * LT_WARN_NORM_MAX;
                    const lt_text *tb = part ? &eb->text : &eb->title;
                    const lt_text *ta = part ? &pack->events[a].text : &pack->events[a].title;
                    /* lt_norm keeps LT_NORM_MAX_CPS code points: a long text may be cut, so
                     * then only the same text as written counts. */
                    if (x[0] == '\0' || strcmp(x, y) != 0 ||
                        (strlen(x) >= 300 && strcmp(ta->s[l], tb->s[l]) != 0)) {
                        continue;
                    }
                    found = true;
                    lt_diags_addf(d, LT_SEV_WARNING, LT_DIAG_DUP_ID, warn_file(pack), eb->line,
                                  eb->col,
                                  "merge the two events, or reword one so they can be told apart",
                                  "duplicate fact: event '%s' has the same %s (%s) as event '%s' "
                                  "(line %d)", eb->id, part ? "text" : "title",
                                  lt_lang_code((lt_lang)l), pack->events[a].id, pack->events[a].line);
                }
            }
        }
    }
    free(norm);
}

void lt_pack_warnings(const lt_pack *pack, lt_diags *d)
{
    if (pack == NULL || d == NULL) {
        return;
    }
    for (size_t e = 0; e < pack->n_events; e++) {
        const lt_event *ev = &pack->events[e];
        if (ev->date.from.prec == LT_PREC_NONE) {
            lt_diags_addf(d, LT_SEV_WARNING, LT_DIAG_MISSING_FIELD, warn_file(pack), ev->line,
                          ev->col,
                          "add a date (\"1956\", \"1956-10\", \"1956-10-19\", ...) if the fact has one",
                          "event '%s' has no date: it cannot go on the timeline or be asked 'when'",
                          ev->id);
        }
    }
    for (size_t i = 0; i < pack->n_languages; i++) {
        int lang = lt_lang_parse(pack->languages[i]);
        if (lang >= 0) {
            warn_translations(pack, d, (lt_lang)lang);
        }
    }
    warn_distractors(pack, d);
    warn_empty_answers(pack, d);
    warn_duplicates(pack, d);
}
