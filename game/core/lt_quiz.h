/* lt_quiz.h: multiple-choice questions generated from a pack's facts, and
 * the rounds built from them (when / who / where / which document).
 * Depends on: lt_pack.h, lt_rng.h. No SDL. */
#ifndef LT_QUIZ_H
#define LT_QUIZ_H

#include <stdbool.h>
#include <stdint.h>

#include "lt_pack.h"
#include "lt_rng.h"

#define LT_QUIZ_OPTIONS 4
#define LT_QUIZ_ROUND_LEN 10
#define LT_QUIZ_TEXT_MAX 640
#define LT_QUIZ_OPTION_MAX 192
#define LT_QUIZ_TIME_LIMIT_MS 20000.0 /* T in the speed-points formula */

typedef enum lt_facet {
    LT_FACET_WHEN = 0,
    LT_FACET_WHO,
    LT_FACET_WHERE,
    LT_FACET_DOCUMENT,
    LT_FACET_COUNT
} lt_facet;

const char *lt_facet_name(lt_facet f); /* "when", "who", "where", "document" */

/* What an option stands for, so tests can check distractors are of one kind. */
typedef enum lt_option_kind {
    LT_OPT_DATE = 0,
    LT_OPT_PERSON,
    LT_OPT_PLACE,
    LT_OPT_DOCUMENT
} lt_option_kind;

typedef struct lt_question {
    size_t event;                 /* index into pack->events */
    lt_facet facet;
    lt_option_kind option_kind;
    char prompt[LT_QUIZ_TEXT_MAX];
    char options[LT_QUIZ_OPTIONS][LT_QUIZ_OPTION_MAX];
    int option_ref[LT_QUIZ_OPTIONS]; /* entity index, or event index for dates; -1 synthesised */
    int n_options;
    int correct;                  /* index of the right option */
    char explanation[LT_QUIZ_TEXT_MAX]; /* the fact in one or two sentences */
    int paragraph;                /* source paragraph, 0 when none */
    bool external;                /* fact from outside the source text */
} lt_question;

/* Builds one question on (event, facet) in `lang`, drawing distractors with
 * `rng`. Returns false when the fact has nothing to ask for that facet or the
 * pack has fewer than three distractors of the same kind. */
bool lt_quiz_make(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang,
                  lt_rng *rng, lt_question *out);

/* True when (event, facet) can be asked (lt_quiz_make would succeed). */
bool lt_quiz_can_ask(const lt_pack *pack, size_t event, lt_facet facet);

/* Fills up to `n` questions for a round from `seed`: distinct facts, facets
 * interleaved so each of when / who / where / document appears when the
 * pack allows. Returns how many were made (0 when the pack has no askable
 * facts). The same (pack, lang, seed) always gives the same round. */
int lt_quiz_round(const lt_pack *pack, lt_lang lang, uint64_t seed, lt_question *out, int n);

/* Speed points as classroom quiz games give them: round(1000 * (1 - t/T/2))
 * for a right answer within the limit T, else 0. Times in milliseconds. */
int lt_score_speed(double answer_ms, double limit_ms, bool right);

#endif
