/* lt_quiz_int.h: helpers shared by the question generator's files (not a
 * public API): text checks, distractor pools, ranking by confusability.
 * Depends on: lt_quiz.h, lt_i18n.h. */
#ifndef LT_QUIZ_INT_H
#define LT_QUIZ_INT_H

#include "lt_i18n.h"
#include "lt_quiz.h"

#define LT_QUIZ_POOL_MAX 256

/* lt_quiz.c */
void lt_quiz_fold(const char *in, char *out, size_t len);
/* True when a word stem of `answer` shows in `text` (gives the answer away). */
bool lt_quiz_gives_away(const char *text, const char *answer);
bool lt_quiz_dates_overlap(const lt_event *a, const lt_event *b);
bool lt_quiz_in(const size_t *list, size_t n, size_t v);
bool lt_quiz_person_excluded(const lt_pack *pack, const lt_event *ev, const lt_person_ref *asked, size_t person);
int lt_quiz_date_distractors(const lt_pack *pack, const lt_event *ev, lt_date *pool, int *refs);
int lt_quiz_date_synth(const lt_date *d, lt_date *pool, int *refs, int n);
void lt_quiz_add_option(lt_question *q, const char *label, int ref);
lt_str lt_quiz_who_prompt(lt_role role);

/* lt_quiz_rank.c */
/* Starts a question: zeroes it, sets event, facet, type, hand = -1. */
void lt_quiz_begin(lt_question *q, size_t event, lt_facet facet, lt_qtype type);
/* Ends a question about `ev`: explanation, paragraph, external. */
void lt_quiz_finish(lt_question *q, const lt_event *ev, lt_lang lang);
/* Puts the note of each wrong option (from ev's confusions) in q->notes. */
void lt_quiz_attach_notes(lt_question *q, const lt_event *ev, lt_lang lang);

/* The note of a confusion of `ev` naming event `ref` (event_ref) or entity
 * `ref`; NULL when there is none. */
const char *lt_quiz_confusion(const lt_event *ev, bool event_ref, int ref, lt_lang lang);
/* True when `label` equals an option of q, or `answer` (may be NULL), after lt_norm. */
bool lt_quiz_norm_taken(const lt_question *q, const char *label, const char *answer);
/* True when an entity's name (any language, short or full) shows in the
 * event's text or title (every word of 4+ letters by stem): it may be true
 * of the fact, so it is no distractor. */
bool lt_quiz_mentioned(const lt_event *ev, const lt_entity *ent);
/* The middle day of a date's span; 0 when undated. */
long lt_quiz_date_mid(const lt_date *d);
/* Wrong entities of `kind` for `ev`, ranked confusable first: named in ev's
 * confusions, then (people) the asked side, then near in time; ties broken
 * with rng. For people `asked` gives the role/side asked (may be NULL).
 * Entities in ev or mentioned in its text are left out. Returns the count. */
int lt_quiz_rank_entities(const lt_pack *pack, const lt_event *ev, lt_entity_kind kind,
                          const lt_person_ref *asked, lt_rng *rng, size_t *pool);
/* Wrong dates for `ev` (other facts' dates and near synthesised ones), none
 * overlapping ev's date, ranked: confusions, same precision, near in time. */
int lt_quiz_rank_dates(const lt_pack *pack, const lt_event *ev, lt_rng *rng, lt_date *pool, int *refs);
/* Other events ranked for `ev` (confusions, earlier or overlapping, near in
 * time), skipping those with exclude[i] set (exclude may be NULL). */
int lt_quiz_rank_events(const lt_pack *pack, const lt_event *ev, const bool *exclude, lt_rng *rng, int *pool);
/* The side of a person: the first side any event gives them, or NULL. */
const char *lt_quiz_person_side(const lt_pack *pack, size_t person);
/* The localised name of a side ("ussr" -> "СССР"), or the code itself. */
const char *lt_quiz_side_name(const char *side, lt_lang lang);
/* Fills q->answers with the entity's accepted spellings (names, short names
 * in every language, aliases) that fit; skips ones already there. */
void lt_quiz_add_entity_answers(lt_question *q, const lt_entity *ent, lt_lang lang);
void lt_quiz_add_answer(lt_question *q, const char *s);
/* The date a document was signed or adopted: the earliest event of kind
 * "document" or "decree" listing it first. False when none. */
bool lt_quiz_document_date(const lt_pack *pack, size_t doc, lt_date *out, int *event);

/* lt_quiz_types.c */
/* Shuffles options with their refs and notes, keeping correct_mask and
 * setting correct to the first right option. No-op without rng. */
void lt_quiz_shuffle_options(lt_question *q, lt_rng *rng);
bool lt_quiz_make_why(const lt_pack *pack, size_t event, lt_lang lang, lt_rng *rng, lt_question *q);
bool lt_quiz_make_multi(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                        lt_question *q);
bool lt_quiz_make_tf(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                     lt_question *q);
bool lt_quiz_make_typed_answer(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                               lt_question *q);
bool lt_quiz_make_date(const lt_pack *pack, size_t event, lt_lang lang, lt_question *q);

/* lt_quiz_order.c */
bool lt_quiz_make_order(const lt_pack *pack, size_t event, lt_lang lang, lt_rng *rng, lt_question *q);
bool lt_quiz_make_match(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang, lt_rng *rng,
                        lt_question *q);
bool lt_quiz_make_cloze(const lt_pack *pack, size_t event, lt_lang lang, lt_rng *rng, lt_question *q);

#endif
