/* lt_norm.h: lenient comparison of typed answers: normalisation (case, ё/е,
 * diacritics, punctuation, Latin/Cyrillic look-alikes), typo tolerance and a
 * diff the UI can draw. Depends on: nothing but libc (lt_utf8). No SDL. */
#ifndef LT_NORM_H
#define LT_NORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A verdict on an answer of any kind. For typed answers RIGHT means exact
 * after normalisation; CLOSE means a typo was forgiven. */
typedef enum lt_verdict {
    LT_VERDICT_WRONG = 0,
    LT_VERDICT_CLOSE,
    LT_VERDICT_RIGHT
} lt_verdict;
#define LT_VERDICT_EXACT LT_VERDICT_RIGHT

const char *lt_verdict_name(lt_verdict v); /* "wrong", "close", "right" */

#define LT_NORM_MAX_CPS 160   /* code points compared; longer input is cut */
#define LT_NORM_TEXT_MAX 256  /* bytes kept of the expected and given strings */
#define LT_NORM_OPS_MAX 64    /* diff spans kept (merged runs) */

/* Normalises `in` into `out` (UTF-8, NUL-terminated, cut to fit):
 *  - case folded (Latin, Latin-1/Extended-A, Cyrillic), ё/Ё -> е;
 *  - diacritics removed (ō -> o, é -> e; combining marks dropped);
 *  - apostrophes removed ("Shun'ichi" -> "shunichi");
 *  - every other non-letter, non-digit (quotes, dashes, dots, commas, ...)
 *    becomes a separator; runs of separators become one space; no space at
 *    either end;
 *  - Latin look-alikes folded into Cyrillic: a e o p c x y k m t h b ->
 *    а е о р с х у к м т н в, so a word typed in mixed keyboard layouts
 *    compares equal (the form is canonical, not meant for display).
 * Malformed UTF-8 bytes are dropped. Returns the length of `out` in bytes. */
size_t lt_norm(const char *in, char *out, size_t outlen);

/* True when a and b normalise to the same non-empty string. */
bool lt_norm_equal(const char *a, const char *b);

/* True when `s` normalises to the empty string (only punctuation/spaces). */
bool lt_norm_is_empty(const char *s);

/* Edits forgiven for an expected answer with `letters` letters (digits and
 * spaces not counted): (letters + 1) / 6, so 1 from five letters, 2 from
 * eleven, 0 for four letters or fewer. */
int lt_norm_allowed_edits(int letters);

/* One span of the diff, in bytes of the ORIGINAL strings (expected as
 * written in the pack, got as the player typed it). */
typedef enum lt_diff_kind {
    LT_DIFF_SAME = 0, /* equal after normalisation */
    LT_DIFF_SUB,      /* expected text [e] where the player typed [g] */
    LT_DIFF_MISSING,  /* expected text [e] the player left out (g empty) */
    LT_DIFF_EXTRA,    /* player typed [g] that is not expected (e empty, at e_off) */
    LT_DIFF_SWAP      /* two neighbouring letters swapped */
} lt_diff_kind;

typedef struct lt_diff_op {
    lt_diff_kind kind;
    int e_off, e_len; /* span in `expected` */
    int g_off, g_len; /* span in `got` */
} lt_diff_op;

/* The result of comparing an answer with its alternatives. */
typedef struct lt_norm_result {
    lt_verdict verdict;
    int distance;   /* edits between normalised forms (>= LT_NORM_DIGIT_COST
                       when digits differ: never forgiven) */
    int allowed;    /* edits forgiven for the alternative compared */
    int alt;        /* index of the alternative compared (closest), -1 none */
    char expected[LT_NORM_TEXT_MAX]; /* that alternative, as written */
    char got[LT_NORM_TEXT_MAX];      /* the answer, as typed */
    lt_diff_op ops[LT_NORM_OPS_MAX]; /* spans in order along both strings */
    int n_ops;
} lt_norm_result;

#define LT_NORM_DIGIT_COST 1000

/* Compares `got` with one expected answer. An answer that normalises to
 * empty is WRONG. Fills `res` (may be NULL). */
lt_verdict lt_norm_compare(const char *expected, const char *got, lt_norm_result *res);

/* Compares `got` with every alternative (NULL or empty entries skipped) and
 * keeps the best: RIGHT over CLOSE over WRONG, then the fewest edits, then
 * the first. `res` gets the diff against that alternative. */
lt_verdict lt_norm_match(const char *const *alts, size_t n, const char *got, lt_norm_result *res);

/* Writes the expected string with differences marked, for logs, tests and
 * plain-text UIs: "Хат[о→а]яма" (typed а for о), "Хатоя[+м]а" (left out),
 * "Хатоя[-х]ма" (typed extra), "Ха[то↔от]яма" (swapped). Returns the bytes
 * written (cut to fit, NUL-terminated). */
size_t lt_norm_render(const lt_norm_result *res, char *buf, size_t len);

#endif
