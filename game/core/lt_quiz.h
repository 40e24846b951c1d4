/* lt_quiz.h: questions of every type (lt_qtype) generated from a pack's
 * facts or written by hand, the rounds built from them, and judging answers.
 * Depends on: lt_pack.h, lt_rng.h, lt_norm.h. No SDL. */
#ifndef LT_QUIZ_H
#define LT_QUIZ_H

#include <stdbool.h>
#include <stdint.h>

#include "lt_norm.h"
#include "lt_pack.h"
#include "lt_rng.h"

#define LT_QUIZ_OPTIONS 4        /* options of a choice question (the play scene's buttons) */
#define LT_QUIZ_OPTIONS_MAX 8    /* options any question carries (hand-written: up to 8) */
#define LT_QUIZ_MULTI_MAX 6      /* options of a generated multi-select */
#define LT_QUIZ_ORDER_MIN 3
#define LT_QUIZ_ORDER_MAX 5      /* events in an order question */
#define LT_QUIZ_MATCH_PAIRS 4    /* pairs in a generated match question */
#define LT_QUIZ_MATCH_MAX 8      /* pairs a match question can carry (hand-written) */
#define LT_QUIZ_ANSWERS_MAX 24   /* accepted typed answers */
#define LT_QUIZ_ANSWER_LEN 128
#define LT_QUIZ_NOTE_MAX 384
#define LT_QUIZ_ROUND_LEN 10
#define LT_QUIZ_TEXT_MAX 640
#define LT_QUIZ_OPTION_MAX 192
#define LT_QUIZ_TIME_LIMIT_MS 20000.0 /* T in the speed-points formula */
#define LT_QUIZ_NO_EVENT ((size_t)-1)  /* lt_question.event of a hand question about no event */
#define LT_QUIZ_BLANK "_____"          /* the gap in a cloze text */

/* What a card asks about a fact (DESIGN.md "Card"). The first four are the
 * classic facets of lt_quiz_round; WHY asks for a cause, WHAT for a key word
 * of the fact's text (cloze), HAND stands for a hand-written question. */
typedef enum lt_facet {
    LT_FACET_WHEN = 0,
    LT_FACET_WHO,
    LT_FACET_WHERE,
    LT_FACET_DOCUMENT,
    LT_FACET_WHY,
    LT_FACET_WHAT,
    LT_FACET_HAND,
    LT_FACET_COUNT
} lt_facet;
#define LT_FACET_CLASSIC 4 /* when / who / where / document: lt_quiz_round's facets */

const char *lt_facet_name(lt_facet f); /* "when", "who", "where", "document", "why", "what", "hand" */
const char *lt_quiz_type_name(lt_qtype t); /* "choice", "multi", ... (no pack code needed) */

/* What an option stands for, so tests can check distractors are of one kind. */
typedef enum lt_option_kind {
    LT_OPT_DATE = 0,   /* option_ref: event index whose date it is, -1 synthesised */
    LT_OPT_PERSON,     /* option_ref: entity index */
    LT_OPT_PLACE,
    LT_OPT_DOCUMENT,
    LT_OPT_EVENT,      /* option_ref: event index (why, order, match of events) */
    LT_OPT_TEXT        /* free text (hand-written questions, roles) */
} lt_option_kind;

/* One question of any type. Fields common to all types come first; each
 * type then uses the fields listed under it (others stay zero).
 *
 * CHOICE     options[0..n_options) (4), correct; notes[] on wrong options.
 * MULTI      options[0..n_options) (3..6; hand-written 2..8), correct_mask (>= 2 bits, >= 1
 *            clear); correct = first right index; notes[].
 * TRUEFALSE  prompt is the statement; options = {"Верно"/"True",
 *            "Неверно"/"False"}, correct = truth ? 0 : 1; truth; tf_value is
 *            the value shown in the statement, tf_right the fact's value
 *            (equal when true); option_ref[1] = ref of the swapped-in value;
 *            note says why a false value tempts (a confusion), may be "".
 *            On the when facet: date = the fact's date, item_date[0] = the
 *            date shown.
 * TYPED      answers[0..n_answers): accepted answers (answers[0] is shown as
 *            the answer); judged with lt_norm_match.
 * DATE       date: the fact's date; date_prec: precision the pickers offer
 *            (year / month / part / day); judged by lt_quiz_judge_date.
 * ORDER      options[0..n_options) (3..5): event titles in shown order;
 *            option_ref = event; item_date[] their dates; order[] one right
 *            order (option indices, earliest first); before[i][j] = -1 when
 *            i must come before j, 1 when after, 0 when either (equal at
 *            their precision). Judged by lt_quiz_judge_order.
 * MATCH      options[0..n): left items (people / documents / events; n = 4,
 *            hand-written 2..8), match[0..n): right items (roles / dates) in shown order,
 *            match_answer[i] = the index in match[] paired with options[i].
 *            Right items with equal text are interchangeable.
 * CLOZE      cloze: the fact's text with the key word replaced by
 *            LT_QUIZ_BLANK (also inside prompt); answers[] as for TYPED
 *            (answers[0] is the word as the text has it).
 * For every type `answer` holds the right answer in words (for results). */
typedef struct lt_question {
    lt_qtype type;
    size_t event;                 /* index into pack->events, LT_QUIZ_NO_EVENT for none */
    lt_facet facet;
    int hand;                     /* index into pack->questions, -1 when generated */
    lt_option_kind option_kind;
    char prompt[LT_QUIZ_TEXT_MAX];
    char options[LT_QUIZ_OPTIONS_MAX][LT_QUIZ_OPTION_MAX];
    int option_ref[LT_QUIZ_OPTIONS_MAX]; /* entity index, or event index for dates/events; -1 synthesised */
    int n_options;
    int correct;                  /* index of the right option (CHOICE, TRUEFALSE; first right for MULTI) */
    unsigned correct_mask;        /* bit i: options[i] is right (CHOICE, MULTI, TRUEFALSE) */
    char notes[LT_QUIZ_OPTIONS_MAX][LT_QUIZ_NOTE_MAX]; /* why a wrong option tempts; "" when no note */
    char note[LT_QUIZ_NOTE_MAX];  /* a note for the whole question (TRUEFALSE swap), may be "" */
    char answer[LT_QUIZ_TEXT_MAX]; /* the right answer in words */
    char explanation[LT_QUIZ_TEXT_MAX]; /* the fact in one or two sentences */
    int paragraph;                /* source paragraph, 0 when none */
    bool external;                /* fact from outside the source text */
    /* TRUEFALSE */
    bool truth;
    char tf_value[LT_QUIZ_OPTION_MAX];
    char tf_right[LT_QUIZ_OPTION_MAX];
    /* TYPED, CLOZE */
    char answers[LT_QUIZ_ANSWERS_MAX][LT_QUIZ_ANSWER_LEN];
    int n_answers;
    char cloze[LT_QUIZ_TEXT_MAX];
    /* DATE */
    lt_date date;
    lt_prec date_prec;
    /* ORDER */
    lt_date item_date[LT_QUIZ_OPTIONS_MAX];
    int order[LT_QUIZ_OPTIONS_MAX];
    signed char before[LT_QUIZ_OPTIONS_MAX][LT_QUIZ_OPTIONS_MAX];
    /* MATCH */
    char match[LT_QUIZ_MATCH_MAX][LT_QUIZ_OPTION_MAX];
    int match_answer[LT_QUIZ_MATCH_MAX];
} lt_question;

/* Builds one choice question on (event, facet) in `lang`, drawing
 * distractors with `rng` (when / who / where / document as before; WHY asks
 * for a cause among other events' titles). Returns false when the fact has
 * nothing to ask for that facet or the pack has fewer than three distractors
 * of the same kind. Wrong options named in the event's confusions carry
 * their note in notes[] (the options themselves are as before). */
bool lt_quiz_make(const lt_pack *pack, size_t event, lt_facet facet, lt_lang lang,
                  lt_rng *rng, lt_question *out);

/* True when (event, facet) can be asked (lt_quiz_make would succeed). */
bool lt_quiz_can_ask(const lt_pack *pack, size_t event, lt_facet facet);

/* Fills up to `n` questions for a round from `seed`: distinct facts, facets
 * interleaved so each of when / who / where / document appears when the
 * pack allows. Returns how many were made (0 when the pack has no askable
 * facts). The same (pack, lang, seed) always gives the same round. */
int lt_quiz_round(const lt_pack *pack, lt_lang lang, uint64_t seed, lt_question *out, int n);

/* ---- every question type ------------------------------------------------ */

/* Which (facet, type) pairs the generator knows:
 *   CHOICE     when, who, where, document, why
 *   MULTI      who (all people of one role and side), where, document
 *   TRUEFALSE  when, who, where, document (false: the value swapped for a
 *              confusable one that is surely not true of the fact)
 *   TYPED      who, where, document
 *   DATE       when (not for "before X" dates)
 *   ORDER      when (the fact among 2-4 others near it in time)
 *   MATCH      who (people and their posts), document (documents and the
 *              dates they were signed), when (events and dates)
 *   CLOZE      what (an entity named in the fact's text, found by stem)
 * Distractors are of the same kind, confusable first: the pack's confusion
 * notes for the fact, then same side / same precision and near in time;
 * never equal to the answer after lt_norm. A wrong option named in the
 * fact's `confusions` carries its note in notes[] (or note for TRUEFALSE). */
bool lt_quiz_make_typed(const lt_pack *pack, size_t event, lt_facet facet, lt_qtype type, lt_lang lang,
                        lt_rng *rng, lt_question *out);

/* True when lt_quiz_make_typed succeeds for (event, facet, type) in every
 * language (checked without randomness). */
bool lt_quiz_can_ask_type(const lt_pack *pack, size_t event, lt_facet facet, lt_qtype type);

/* A hand-written question (pack->questions[hand]) as an lt_question of its
 * type, with its notes; choice and multi options shuffled with `rng` (may
 * be NULL). False when it cannot be shown (no options, no right option,
 * too many options, a date that does not parse...). */
bool lt_quiz_make_hand(const lt_pack *pack, size_t hand, lt_lang lang, lt_rng *rng, lt_question *out);

/* A fact a card stands for: (event, facet), or a hand-written question
 * (facet HAND, hand >= 0, event = its event or -1), with the types that can
 * ask it (bit 1 << lt_qtype). */
typedef struct lt_quiz_fact {
    int event;
    int hand;
    lt_facet facet;
    unsigned types;
} lt_quiz_fact;

/* Lists the pack's askable facts into out[0..cap) in a stable order (events
 * in pack order, facets in enum order, then hand questions) and returns how
 * many there are (may exceed cap; pass out NULL to count). Costly: call once
 * per pack and keep the list. */
size_t lt_quiz_facts(const lt_pack *pack, lt_quiz_fact *out, size_t cap);

/* Makes the question for a fact with a given type (one of fact->types). */
bool lt_quiz_make_fact(const lt_pack *pack, const lt_quiz_fact *fact, lt_qtype type, lt_lang lang,
                       lt_rng *rng, lt_question *out);

#define LT_QUIZ_ALL_TYPES ((1u << LT_Q_TYPE_COUNT) - 1u)

/* A round mixing the types in `types_mask` (bits 1 << lt_qtype; 0 = all):
 * distinct facts where possible, never the same event twice in a row, types
 * interleaved. Hand-written questions of those types take part. Returns how
 * many were made. Deterministic in (pack, lang, seed, mask). lt_quiz_round
 * is unchanged (classic choice facets only) and is not this with CHOICE. */
int lt_quiz_round_types(const lt_pack *pack, lt_lang lang, uint64_t seed, unsigned types_mask, lt_question *out,
                        int n);

/* lt_quiz_round_types over a fact list made once with lt_quiz_facts (the
 * same output as lt_quiz_round_types for the full list; cheap to call). */
int lt_quiz_round_from(const lt_pack *pack, const lt_quiz_fact *facts, size_t n_facts, lt_lang lang, uint64_t seed,
                       unsigned types_mask, lt_question *out, int n);

/* ---- judging ------------------------------------------------------------- */

/* A player's answer; fill the field of the question's type. */
typedef struct lt_answer {
    int choice;                      /* CHOICE, TRUEFALSE: option index */
    unsigned mask;                   /* MULTI: bit i = options[i] ticked */
    const char *text;                /* TYPED, CLOZE */
    lt_datept date;                  /* DATE: the pick, prec = what was picked */
    int perm[LT_QUIZ_OPTIONS_MAX];   /* ORDER: option index at each position, earliest first;
                                        MATCH: match[] index chosen for each options[i] */
    int n_perm;
} lt_answer;

typedef struct lt_judgement {
    lt_verdict verdict;
    int n_right, n_total;   /* parts right: options (MULTI), positions (ORDER), pairs (MATCH) */
    lt_norm_result typed;   /* TYPED, CLOZE: the comparison and its diff */
} lt_judgement;

/* Judges any answer. CLOSE means: TYPED/CLOZE a forgiven typo; MULTI one
 * option off; DATE the right month with a wrong day or part of it, or (for
 * month dates) a neighbouring month, nothing at year precision; ORDER one
 * swap of neighbours from a right order; MATCH one swap of two pairs from
 * right. `out` may be NULL. */
lt_verdict lt_quiz_judge(const lt_question *q, const lt_answer *a, lt_judgement *out);

/* DATE: right when the pick (at any precision not coarser than the fact's)
 * lies within the fact's date or range (or on its exact date); close as
 * above. */
lt_verdict lt_quiz_judge_date(const lt_question *q, const lt_datept *pick);

/* ORDER: right when perm (n option indices, each once) keeps every pair the
 * dates order; items equal at their precision may go either way. */
lt_verdict lt_quiz_judge_order(const lt_question *q, const int *perm, int n);

/* MATCH: pick[i] is the match[] index chosen for options[i]. */
lt_verdict lt_quiz_judge_match(const lt_question *q, const int *pick, int n);

/* MULTI: mask of ticked options. */
lt_verdict lt_quiz_judge_multi(const lt_question *q, unsigned mask);

/* TYPED / CLOZE: lenient comparison with every accepted answer. */
lt_verdict lt_quiz_judge_typed(const lt_question *q, const char *text, lt_norm_result *res);

/* Speed points as classroom quiz games give them: round(1000 * (1 - t/T/2))
 * for a right answer within the limit T, else 0. Times in milliseconds. */
int lt_score_speed(double answer_ms, double limit_ms, bool right);

#endif
