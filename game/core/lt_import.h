/* lt_import.h: questions from teachers' files (Moodle GIFT, Aiken, CSV/TSV
 * from spreadsheets) into a native pack of hand-written questions. Import is
 * per question: what cannot be imported is listed with file:line and why.
 * Depends on: lt_pack.h (lt_diags, lt_qtype). No SDL. */
#ifndef LT_IMPORT_H
#define LT_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "lt_pack.h"

typedef enum lt_import_format {
    LT_IMPORT_AUTO = 0,    /* by extension, then by content */
    LT_IMPORT_GIFT,
    LT_IMPORT_AIKEN,
    LT_IMPORT_CSV,
    LT_IMPORT_TSV
} lt_import_format;

const char *lt_import_format_name(lt_import_format f); /* "gift", "aiken", "csv", "tsv" */
int lt_import_format_parse(const char *name);          /* -1 when unknown */

#define LT_IMPORT_MAX_OPTIONS 8
#define LT_IMPORT_MAX_ANSWERS 16

/* One option as the source gives it. */
typedef struct lt_imp_option {
    char *text;            /* plain UTF-8 (html/markdown turned to text) */
    double weight;         /* GIFT weights in percent (100 = right); others 100 or 0 */
    bool correct;
    char *match;           /* matching: the right-hand side */
    char *feedback;        /* per-option feedback, may be NULL */
} lt_imp_option;

/* One imported question, in the source's one language. */
typedef struct lt_imp_question {
    lt_qtype type;         /* choice, multi, truefalse, typed, match, cloze, ... */
    char *title;           /* GIFT ::title::, may be NULL */
    char *prompt;          /* cloze: with "___" where the gap is */
    lt_imp_option options[LT_IMPORT_MAX_OPTIONS];
    int n_options;
    char *answers[LT_IMPORT_MAX_ANSWERS]; /* typed / cloze / numerical as text */
    int n_answers;
    bool numeric;          /* numerical: answers are numbers */
    double num_value, num_tolerance; /* numerical: value and tolerance */
    double num_min, num_max;         /* numerical range (min == max when none) */
    double time_limit_s;   /* classroom-quiz layout: seconds, 0 = none */
    char *category;        /* becomes a level; may be NULL */
    char *feedback;        /* general feedback -> explanation; may be NULL */
    int line;              /* 1-based line in the source (spreadsheet row number) */
} lt_imp_question;

typedef struct lt_import_result {
    lt_import_format format;
    char *file;
    lt_imp_question *questions;
    size_t n_questions, cap;
    lt_diags diags;        /* skipped questions (warnings with reasons) and errors */
    size_t skipped;        /* questions not imported */
    char lang[8];          /* "ru" or "en": detected from the text (Cyrillic share) */
    char encoding[24];     /* "utf-8", "utf-8 with BOM", "windows-1251" */
} lt_import_result;

/* Reads `path` (format AUTO = guess). Returns false only when the file
 * cannot be read at all (diagnostic added); otherwise every question that
 * could be understood is in res->questions and every one that could not is a
 * warning in res->diags with its line and the reason. Never crashes. */
bool lt_import_file(const char *path, lt_import_format fmt, lt_import_result *res);
/* The same over a buffer (fuzzing, tests); `name` is used in diagnostics. */
bool lt_import_buffer(const char *name, const char *data, size_t len, lt_import_format fmt, lt_import_result *res);
void lt_import_result_free(lt_import_result *res);

/* Parsers, called by lt_import_buffer after decoding to UTF-8. */
void lt_import_gift(const char *name, const char *text, size_t len, lt_import_result *res);
void lt_import_aiken(const char *name, const char *text, size_t len, lt_import_result *res);
void lt_import_csv(const char *name, const char *text, size_t len, char sep, lt_import_result *res);

/* Appends a question (copies nothing: takes ownership of its strings). */
bool lt_import_add(lt_import_result *res, const lt_imp_question *q);

/* Writes a native pack folder `dir` (created) with pack.yaml holding the
 * questions as hand-written questions (categories as levels) in res->lang,
 * id and title given; checks that it loads with lt_pack_load. False with a
 * reason in err. */
bool lt_import_write_pack(const lt_import_result *res, const char *dir, const char *id, const char *title,
                          char *err, size_t errlen);

/* ---- added by the GIFT/Aiken importer ---- */

/* Largest file lt_import_file reads (bigger: an error, nothing imported). */
#define LT_IMPORT_MAX_BYTES (8u * 1024u * 1024u)

/* Records a question that cannot be imported: a warning at `line` whose
 * message is "REASON: detail" (REASON is a short key such as "essay",
 * grouped in the summary), and counts it in res->skipped. */
void lt_import_skipf(lt_import_result *res, int line, const char *reason, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* A question imported with a loss (tolerance, partial credit, ...): a warning
 * with code LT_DIAG_BAD_VALUE, not counted as skipped. */
void lt_import_notef(lt_import_result *res, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* True for the warnings lt_import_notef adds (imported anyway). */
bool lt_import_diag_is_note(const lt_diag *d);
/* The reason key of a skip warning ("essay", ...) into out. */
void lt_import_diag_reason(const lt_diag *d, char *out, size_t outlen);

/* Frees the strings of one question (not the struct itself). */
void lt_imp_question_free(lt_imp_question *q);
/* strdup of s[0..n) (NULL when out of memory). */
char *lt_imp_strndup(const char *s, size_t n);

/* Checks every question by loading it alone as a pack; a question the
 * loader refuses is removed and recorded as skipped ("invalid"). */
void lt_import_validate(lt_import_result *res);

/* Writes the pack YAML text (caller frees), as lt_import_write_pack does. */
char *lt_import_pack_yaml(const lt_import_result *res, const char *id, const char *title);

/* ---- csv: helpers of lt_import_csv.c ---- */
/* The separator lt_import_csv would use for `text` when given sep 0: an Anki
 * "#separator:" line, else tab, ';' or ',' by consistent field counts over
 * the first 20 rows (quotes respected). A UTF-8 BOM is skipped. */
char lt_import_csv_separator(const char *text, size_t len);
/* ---- end csv ---- */

#endif
