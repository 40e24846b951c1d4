/* lt_pack_quest.c: hand-written questions (the top-level `questions:` list):
 * builds lt_hand_question from the raw data and checks each type's rules
 * (option counts, right answers, match sides, accepted answers, the cloze
 * gap, dates), with a positioned diagnostic and a fix hint for each problem.
 * Depends on: lt_pack_int.h, lt_date.h, lt_utf8.h. */
#include "lt_pack_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_utf8.h"

/* The gap in a cloze prompt. */
#define LT_CLOZE_GAP "___"

typedef struct qctx {
    lt_build *b;
    unsigned i;               /* index in questions: */
    const lt_raw_question *rq;
    lt_hand_question *q;
    const char *tname;        /* the type's name for messages */
} qctx;

/* "a" or "an" before a type name. */
static const char *art(const char *word)
{
    return word && (word[0] == 'o' || word[0] == 'a' || word[0] == 'e' || word[0] == 'i' ||
                    word[0] == 'u')
               ? "an"
               : "a";
}

static const char *qpath(const qctx *c, char *buf, size_t len, const char *tail)
{
    return lt_bpath(buf, len, "questions[%u]%s%s", c->i, tail[0] && tail[0] != '[' ? "." : "",
                    tail);
}

static bool qhas(const qctx *c, const char *tail)
{
    char path[128];
    return lt_build_has(c->b, qpath(c, path, sizeof path, tail));
}

/* Equal after trimming spaces, ASCII letters compared without case. */
static bool same_text(const char *a, const char *b)
{
    size_t la, lb;
    while (*a == ' ') {
        a++;
    }
    while (*b == ' ') {
        b++;
    }
    la = strlen(a);
    lb = strlen(b);
    while (la > 0 && a[la - 1] == ' ') {
        la--;
    }
    while (lb > 0 && b[lb - 1] == ' ') {
        lb--;
    }
    if (la != lb) {
        return false;
    }
    for (size_t k = 0; k < la; k++) {
        char x = a[k], y = b[k];
        if (x >= 'A' && x <= 'Z') {
            x = (char)(x - 'A' + 'a');
        }
        if (y >= 'A' && y <= 'Z') {
            y = (char)(y - 'A' + 'a');
        }
        if (x != y) {
            return false;
        }
    }
    return true;
}

/* The first language in which two texts are the same, or -1. */
static int same_in(const lt_text *x, const lt_text *y)
{
    for (int l = 0; l < LT_LANG_COUNT; l++) {
        if (x->s[l] && y->s[l] && same_text(x->s[l], y->s[l])) {
            return l;
        }
    }
    return -1;
}

/* An error when the question has `key` that its type does not take. */
static void refuse_key(qctx *c, const char *key, const char *hint)
{
    char path[128];
    if (!qhas(c, key)) {
        return;
    }
    lt_load_err(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, key), true, hint,
                "%s %s question takes no '%s'", art(c->tname), c->tname, key);
}

static void build_options(qctx *c)
{
    lt_build *b = c->b;
    const lt_raw_question *rq = c->rq;
    lt_hand_question *q = c->q;
    char path[128];

    q->options = lt_arena_array(b->a, rq->n_options, sizeof *q->options);
    if (!q->options) {
        return;
    }
    q->n_options = rq->n_options;
    for (unsigned k = 0; k < rq->n_options; k++) {
        const lt_raw_option *ro = &rq->options[k];
        lt_hand_option *o = &q->options[k];
        char tail[48];
        o->correct = ro->correct;
        snprintf(tail, sizeof tail, "options[%u].text", k);
        o->text = lt_build_text(b, ro->text, qpath(c, path, sizeof path, tail), true);
        lt_build_text_len(b, &o->text, path, LT_PACK_OPTION_WARN, "option text");
        snprintf(tail, sizeof tail, "options[%u].match", k);
        o->match = lt_build_text(b, ro->match, qpath(c, path, sizeof path, tail), false);
        lt_build_text_len(b, &o->match, path, LT_PACK_OPTION_WARN, "match side");
        snprintf(tail, sizeof tail, "options[%u].note", k);
        o->note = lt_build_text(b, ro->note, qpath(c, path, sizeof path, tail), false);
        lt_build_text_len(b, &o->note, path, LT_PACK_NOTE_WARN, "note");
        for (unsigned j = 0; j < k; j++) {
            int l = same_in(&q->options[j].text, &o->text);
            if (l >= 0) {
                char hint[160];
                snprintf(hint, sizeof hint,
                         "each option needs its own text; change or remove one of the two "
                         "(the first is option %u)", j + 1);
                snprintf(tail, sizeof tail, "options[%u].text.%s", k, lt_lang_code((lt_lang)l));
                lt_load_err(b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, tail), false, hint,
                            "option %u repeats the text of option %u: '%.80s'", k + 1, j + 1,
                            o->text.s[l]);
                break;
            }
        }
    }
}

/* Checks the number of options against min..max; false when it is off. */
static bool check_count(qctx *c, size_t min, size_t max, const char *hint)
{
    char path[128];
    size_t n = c->q->n_options;
    if (!qhas(c, "options")) {
        lt_load_err(c->b->ld, LT_DIAG_MISSING_FIELD, qpath(c, path, sizeof path, ""), false, hint,
                    "question '%.60s' has no 'options'", c->q->id ? c->q->id : "");
        return false;
    }
    if (n > max) {
        char tail[32];
        snprintf(tail, sizeof tail, "options[%zu]", max);
        lt_load_err(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, tail), false, hint,
                    "%s %s question has at most %zu options; this one has %zu", art(c->tname),
                    c->tname, max, n);
        return false;
    }
    if (n < min) {
        lt_load_err(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, "options"), false,
                    hint, "%s %s question needs %s%zu options; this one has %zu", art(c->tname),
                    c->tname, min == max ? "" : "at least ", min, n);
        return false;
    }
    return true;
}

static size_t count_correct(const lt_hand_question *q)
{
    size_t n = 0;
    for (size_t k = 0; k < q->n_options; k++) {
        n += q->options[k].correct;
    }
    return n;
}

/* Warns about `correct:` on options where the order or pairs are the answer. */
static void warn_correct(qctx *c)
{
    char path[128], tail[48];
    for (size_t k = 0; k < c->q->n_options; k++) {
        snprintf(tail, sizeof tail, "options[%zu].correct", k);
        if (qhas(c, tail)) {
            lt_load_warn(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, tail),
                         c->q->type == LT_Q_ORDER
                             ? "remove it: list the options in the right order instead"
                             : "remove it: each option's 'match' is its right answer",
                         "'correct' means nothing in %s %s question", art(c->tname), c->tname);
            return;
        }
    }
}

static void check_one_right(qctx *c)
{
    char path[128];
    size_t right = count_correct(c->q);
    if (right != 1) {
        lt_load_err(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, "options"), false,
                    c->q->type == LT_Q_CHOICE
                        ? "mark exactly one option with correct: true; use type: multi when "
                          "several are right"
                        : "mark exactly one of the two options with correct: true, or write "
                          "answer: true / answer: false instead of options",
                    "%s %s question needs exactly one right option (correct: true); this one has %zu",
                    art(c->tname), c->tname, right);
    }
}

static void check_match(qctx *c)
{
    lt_hand_question *q = c->q;
    char path[128], tail[48];
    for (size_t k = 0; k < q->n_options; k++) {
        const lt_hand_option *o = &q->options[k];
        if (!o->match.s[LT_LANG_RU] && !o->match.s[LT_LANG_EN]) {
            snprintf(tail, sizeof tail, "options[%zu]", k);
            lt_load_err(c->b->ld, LT_DIAG_MISSING_FIELD, qpath(c, path, sizeof path, tail), false,
                        "give each pair its right-hand side: match: {ru: \"...\", en: \"...\"}",
                        "option %zu of match question '%.60s' has no 'match'", k + 1,
                        q->id ? q->id : "");
            continue;
        }
        for (size_t j = 0; j < k; j++) {
            int l = same_in(&q->options[j].match, &o->match);
            if (l >= 0) {
                char hint[160];
                snprintf(hint, sizeof hint,
                         "each pair needs its own right-hand side; the first is option %zu", j + 1);
                snprintf(tail, sizeof tail, "options[%zu].match.%s", k, lt_lang_code((lt_lang)l));
                lt_load_err(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, tail), false,
                            hint, "option %zu repeats the match of option %zu: '%.80s'", k + 1,
                            j + 1, o->match.s[l]);
                break;
            }
        }
    }
}

/* Accepted answers of typed, cloze and date questions. */
static void build_answers(qctx *c)
{
    lt_build *b = c->b;
    const lt_raw_question *rq = c->rq;
    lt_hand_question *q = c->q;
    char path[128], tail[48];

    q->answers = lt_arena_array(b->a, rq->n_answers, sizeof *q->answers);
    for (unsigned k = 0; q->answers && k < rq->n_answers; k++) {
        const char *s = rq->answers[k] ? rq->answers[k] : "";
        size_t n = lt_utf8_count(s, strlen(s));
        snprintf(tail, sizeof tail, "answers[%u]", k);
        qpath(c, path, sizeof path, tail);
        if (strspn(s, " \t") == strlen(s)) {
            lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false,
                        "write the answer, or remove the empty entry", "answer %u is empty", k + 1);
            continue;
        }
        if (n > LT_PACK_OPTION_WARN) {
            char hint[120];
            snprintf(hint, sizeof hint, "shorten it to %d characters or fewer", LT_PACK_OPTION_WARN);
            lt_load_warn(b->ld, LT_DIAG_BAD_VALUE, path, hint,
                         "answer %u is %zu characters long; the limit is %d", k + 1, n,
                         LT_PACK_OPTION_WARN);
        }
        for (size_t j = 0; j < q->n_answers; j++) {
            if (same_text(q->answers[j], s)) {
                lt_load_warn(b->ld, LT_DIAG_BAD_VALUE, path, "remove the repeated answer",
                             "answer %u repeats an earlier answer '%.80s'", k + 1, s);
                break;
            }
        }
        q->answers[q->n_answers++] = lt_arena_strdup(b->a, s);
    }
    if (rq->n_answers > LT_PACK_MAX_ANSWERS) {
        snprintf(tail, sizeof tail, "answers[%d]", LT_PACK_MAX_ANSWERS);
        lt_load_err(b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, tail), false,
                    "keep the likeliest spellings; typed answers are checked leniently anyway",
                    "a question has at most %d accepted answers; this one has %u",
                    LT_PACK_MAX_ANSWERS, rq->n_answers);
    }
}

static void check_typed(qctx *c)
{
    char path[128];
    refuse_key(c, "options", "write the accepted answers as answers: [\"...\", \"...\"]");
    if (c->q->n_answers == 0 && !qhas(c, "answers[0]")) {
        lt_load_err(c->b->ld, LT_DIAG_MISSING_FIELD,
                    qpath(c, path, sizeof path, qhas(c, "answers") ? "answers" : ""), false,
                    "add answers: [\"...\"] with every spelling to accept, in any language",
                    "%s question '%.60s' has no answers", c->tname, c->q->id ? c->q->id : "");
    }
    if (c->q->type == LT_Q_CLOZE) {
        for (int l = 0; l < LT_LANG_COUNT; l++) {
            const char *s = c->q->prompt.s[l];
            char tail[32];
            if (!s || strstr(s, LT_CLOZE_GAP)) {
                continue;
            }
            snprintf(tail, sizeof tail, "prompt.%s", lt_lang_code((lt_lang)l));
            lt_load_err(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, tail), false,
                        "write the sentence with " LT_CLOZE_GAP " where the missing word goes",
                        "the cloze prompt (%s) has no gap '" LT_CLOZE_GAP "'",
                        lt_lang_code((lt_lang)l));
        }
    }
}

static void check_date(qctx *c)
{
    lt_build *b = c->b;
    lt_hand_question *q = c->q;
    char path[128];
    refuse_key(c, "options", "give the date as answers: [\"1956-10-19\"] (or point event: at a "
                             "dated event)");
    if (q->n_answers == 0) {
        const lt_event *ev = q->event >= 0 ? &b->pack->events[q->event] : NULL;
        if (ev && ev->date.from.prec != LT_PREC_NONE) {
            char text[80];
            q->answers = lt_arena_array(b->a, 1, sizeof *q->answers);
            if (q->answers) {
                lt_date_to_string(&ev->date, text, sizeof text);
                q->answers[0] = lt_arena_strdup(b->a, text);
                q->n_answers = 1;
            }
        } else if (!qhas(c, "answers[0]")) {
            lt_load_err(b->ld, LT_DIAG_MISSING_FIELD,
                        qpath(c, path, sizeof path, qhas(c, "answers") ? "answers" : ""), false,
                        "add answers: [\"1956-10-19\"], or event: with the id of a dated event",
                        "date question '%.60s' has no date to ask for", q->id ? q->id : "");
        }
        return;
    }
    if (q->n_answers > 1) {
        lt_load_err(b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, "answers[1]"), false,
                    "a date question has one right date; keep one", "a date question takes one "
                                                                   "answer; this one has %zu",
                    q->n_answers);
    }
    {
        char reason[256];
        lt_date d;
        if (!lt_date_parse_reason(q->answers[0], &d, reason, sizeof reason)) {
            lt_load_err(b->ld, LT_DIAG_BAD_DATE, qpath(c, path, sizeof path, "answers[0]"), false,
                        "write the date as one of: " LT_DATE_FORMS, "bad date: %s", reason);
        }
    }
}

static void check_truefalse(qctx *c)
{
    lt_build *b = c->b;
    lt_hand_question *q = c->q;
    char path[128];
    if (qhas(c, "answer")) {
        static const char *const words[2][LT_LANG_COUNT] = { { "Верно", "True" },
                                                             { "Неверно", "False" } };
        if (qhas(c, "options")) {
            lt_load_err(b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, "answer"), true,
                        "keep 'answer: true|false' and remove 'options:', or the other way round",
                        "give either 'answer' or 'options' in a truefalse question, not both");
            return;
        }
        q->options = lt_arena_array(b->a, 2, sizeof *q->options);
        if (!q->options) {
            return;
        }
        q->n_options = 2;
        for (int k = 0; k < 2; k++) {
            for (int l = 0; l < LT_LANG_COUNT; l++) {
                q->options[k].text.s[l] = words[k][l];
            }
        }
        q->options[0].correct = c->rq->answer;
        q->options[1].correct = !c->rq->answer;
        return;
    }
    if (!qhas(c, "options")) {
        lt_load_err(b->ld, LT_DIAG_MISSING_FIELD, qpath(c, path, sizeof path, ""), false,
                    "add answer: true (the statement in the prompt is true) or answer: false",
                    "truefalse question '%.60s' has no 'answer'", q->id ? q->id : "");
        return;
    }
    if (check_count(c, 2, 2, "give two options, one with correct: true, or write answer: true|false")) {
        check_one_right(c);
    }
}

static void check_type(qctx *c)
{
    lt_hand_question *q = c->q;
    char path[128];
    if (q->type != LT_Q_TRUEFALSE && qhas(c, "answer")) {
        lt_load_err(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, "answer"), true,
                    q->type == LT_Q_TYPED || q->type == LT_Q_CLOZE || q->type == LT_Q_DATE
                        ? "write the accepted answers as answers: [...]"
                        : "mark the right options with correct: true",
                    "'answer: true|false' is for truefalse questions, not %s", c->tname);
    }
    switch (q->type) {
    case LT_Q_CHOICE:
        refuse_key(c, "answers", "write the options with correct: true on the right one");
        if (check_count(c, 2, LT_PACK_MAX_OPTIONS,
                        "give 2 to 8 options (4 is usual), exactly one with correct: true")) {
            check_one_right(c);
        }
        break;
    case LT_Q_MULTI:
        refuse_key(c, "answers", "write the options with correct: true on each right one");
        if (check_count(c, 2, LT_PACK_MAX_OPTIONS,
                        "give 2 to 8 options, some with correct: true and at least one without")) {
            size_t right = count_correct(q);
            if (right == 0 || right == q->n_options) {
                lt_load_err(c->b->ld, LT_DIAG_BAD_VALUE, qpath(c, path, sizeof path, "options"),
                            false,
                            right == 0 ? "mark each right option with correct: true"
                                       : "add at least one wrong option (without correct: true)",
                            "a multi question needs at least one right and one wrong option; "
                            "this one has %zu right and %zu wrong",
                            right, q->n_options - right);
            }
        }
        break;
    case LT_Q_TRUEFALSE:
        refuse_key(c, "answers", "write answer: true or answer: false");
        check_truefalse(c);
        break;
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        check_typed(c);
        break;
    case LT_Q_DATE:
        check_date(c);
        break;
    case LT_Q_ORDER:
        refuse_key(c, "answers", "list the options in the right order instead");
        check_count(c, 3, 6, "give 3 to 6 options, listed in the right (time) order");
        warn_correct(c);
        break;
    case LT_Q_MATCH:
        refuse_key(c, "answers", "give each option a 'match:' (its right-hand side)");
        if (check_count(c, 2, LT_PACK_MAX_OPTIONS,
                        "give 2 to 8 options (4 is usual), each with text: and match:")) {
            check_match(c);
        }
        warn_correct(c);
        break;
    default:
        break;
    }
}

static void resolve_level(qctx *c)
{
    lt_build *b = c->b;
    char path[128];
    const char *id = c->rq->level;
    c->q->level = -1;
    if (!id) {
        return;
    }
    c->q->level = lt_idmap_get(&b->levels, id);
    if (c->q->level >= 0) {
        return;
    }
    {
        char hint[200];
        const char **cands = lt_arena_array(b->a, b->pack->n_levels, sizeof *cands);
        const char *near = NULL;
        for (size_t k = 0; cands && k < b->pack->n_levels; k++) {
            cands[k] = b->pack->levels[k].id ? b->pack->levels[k].id : "";
        }
        if (cands) {
            near = lt_closest_id(id, cands, b->pack->n_levels);
        }
        if (near) {
            snprintf(hint, sizeof hint, "did you mean '%s'?", near);
        } else {
            snprintf(hint, sizeof hint, "use the id of a level defined under levels:, or remove 'level:'");
        }
        lt_load_err(b->ld, LT_DIAG_UNKNOWN_REF, qpath(c, path, sizeof path, "level"), false, hint,
                    "unknown level '%.60s': no level has this id", id);
    }
}

void lt_build_questions(lt_build *b)
{
    const lt_raw_pack *raw = b->raw;
    char path[128];
    lt_idmap ids; /* question id -> index, for duplicates */

    b->pack->questions = lt_arena_array(b->a, raw->n_questions, sizeof *b->pack->questions);
    if (!b->pack->questions) {
        return;
    }
    b->pack->n_questions = raw->n_questions;
    lt_idmap_init(&ids);
    lt_idmap_reserve(&ids, raw->n_questions);
    for (unsigned i = 0; i < raw->n_questions; i++) {
        int j;
        qctx c;
        int t;
        c.b = b;
        c.i = i;
        c.rq = &raw->questions[i];
        c.q = &b->pack->questions[i];
        c.q->id = lt_arena_strdup(b->a, c.rq->id);
        c.q->event = -1;
        c.q->level = -1;
        lt_build_pos(b, qpath(&c, path, sizeof path, ""), &c.q->line, &c.q->col);
        lt_build_id(b, c.q->id, qpath(&c, path, sizeof path, "id"), "question");
        j = lt_build_index(b, &ids, c.q->id, i);
        if (j >= 0) {
            char hint[160];
            snprintf(hint, sizeof hint,
                     "give each question its own id; rename this one or merge it with the one "
                     "at line %d",
                     b->pack->questions[j].line);
            lt_load_err(b->ld, LT_DIAG_DUP_ID, path, false, hint,
                        "duplicate question id '%.60s' (first defined at line %d)", c.q->id,
                        b->pack->questions[j].line);
        }
        t = lt_build_enum(b, c.rq->type, lt_qtype_names, qpath(&c, path, sizeof path, "type"),
                          "question type");
        c.q->type = t < 0 ? LT_Q_CHOICE : (lt_qtype)t;
        c.tname = t < 0 ? "question" : lt_qtype_names[t];
        c.q->prompt = lt_build_text(b, c.rq->prompt, qpath(&c, path, sizeof path, "prompt"), true);
        lt_build_text_len(b, &c.q->prompt, path, LT_PACK_PROMPT_WARN, "prompt");
        c.q->explanation = lt_build_text(b, c.rq->explanation,
                                         qpath(&c, path, sizeof path, "explanation"), false);
        lt_build_text_len(b, &c.q->explanation, path, LT_PACK_EXPLAIN_WARN, "explanation");
        if (c.rq->event) {
            c.q->event = lt_build_event_ref(b, c.rq->event, qpath(&c, path, sizeof path, "event"));
        }
        resolve_level(&c);
        lt_build_image(b, c.rq->image, c.rq->image_alt, qpath(&c, path, sizeof path, ""),
                       &c.q->image);
        build_options(&c);
        build_answers(&c);
        if (t >= 0) {
            check_type(&c);
        }
    }
    lt_idmap_free(&ids);
}
