/* lt_import_aiken.c: the Aiken format as Moodle reads it: a question line,
 * choices "A) " / "A. ", then "ANSWER: B"; errors per question with a line.
 * Depends on: lt_import.h. */
#include "lt_import.h"

#include <stdlib.h>
#include <string.h>

typedef struct aq {
    lt_imp_question q;
    bool open;
    int letters;           /* choices seen */
    bool broken;           /* reported already: skip until the next question */
} aq;

static void drop(aq *a)
{
    lt_imp_question_free(&a->q);
    memset(a, 0, sizeof *a);
}

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t' || **s == '\r' || **s == '\f' || **s == '\v')) {
        (*s)++;
        (*n)--;
    }
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r')) {
        (*n)--;
    }
}

void lt_import_aiken(const char *name, const char *text, size_t len, lt_import_result *res)
{
    aq a;
    size_t i = 0;
    int line = 0;
    char eol = memchr(text, '\r', len) && !memchr(text, '\n', len) ? '\r' : '\n';
    (void)name;
    memset(&a, 0, sizeof a);
    while (i < len) {
        const char *ls = text + i, *le = memchr(ls, eol, len - i);
        size_t ln = le ? (size_t)(le - ls) : len - i;
        i += ln + 1;
        line++;
        trim(&ls, &ln);
        if (ln < 2) {
            continue;
        }
        if (ln >= 7 && memcmp(ls, "ANSWER:", 7) == 0) {
            const char *p = ls + 7;
            size_t pn = ln - 7;
            int k;
            trim(&p, &pn);
            if (!a.open) {
                lt_import_skipf(res, line, "answer without question",
                                "'ANSWER:' with no question before it");
                continue;
            }
            if (a.broken) {
                drop(&a);
                continue;
            }
            k = pn ? p[0] - 'A' : -1;
            if (a.q.n_options < 2) {
                lt_import_skipf(res, a.q.line, "too few answers",
                                "the question has %d choice%s; at least 2 are needed",
                                a.q.n_options, a.q.n_options == 1 ? "" : "s");
                drop(&a);
                continue;
            }
            if (k < 0 || k >= a.q.n_options || p[0] < 'A' || p[0] > 'Z') {
                lt_import_skipf(res, line, "bad answer", "'ANSWER: %.*s' names no choice of the "
                                                         "question at line %d",
                                (int)(pn > 20 ? 20 : pn), p, a.q.line);
                drop(&a);
                continue;
            }
            a.q.options[k].correct = true;
            a.q.options[k].weight = 100;
            a.q.type = LT_Q_CHOICE;
            lt_import_add(res, &a.q);
            memset(&a, 0, sizeof a);
            continue;
        }
        if (ln >= 2 && ls[0] >= 'A' && ls[0] <= 'Z' && (ls[1] == ')' || ls[1] == '.')) {
            const char *t = ls + 2;
            size_t tn = ln - 2;
            trim(&t, &tn);
            if (!a.open) {
                lt_import_skipf(res, line, "choice without question",
                                "a choice with no question before it");
                a.open = true;
                a.broken = true;
                a.q.line = line;
                continue;
            }
            if (a.broken) {
                continue;
            }
            if (ls[0] - 'A' != a.q.n_options) {
                lt_import_skipf(res, line, "bad choice letter", "choice '%c' where '%c' was "
                                                                "expected",
                                ls[0], 'A' + a.q.n_options);
                a.broken = true;
                continue;
            }
            if (a.q.n_options >= LT_IMPORT_MAX_OPTIONS) {
                lt_import_skipf(res, a.q.line, "too many answers", "more than %d choices",
                                LT_IMPORT_MAX_OPTIONS);
                a.broken = true;
                continue;
            }
            for (int k = 0; k < a.q.n_options; k++) {
                if (strlen(a.q.options[k].text) == tn && memcmp(a.q.options[k].text, t, tn) == 0) {
                    lt_import_skipf(res, line, "duplicate answers", "choice %c repeats choice %c",
                                    ls[0], 'A' + k);
                    a.broken = true;
                    break;
                }
            }
            if (a.broken) {
                continue;
            }
            if (tn == 0) {
                lt_import_skipf(res, line, "empty answer", "choice %c has no text", ls[0]);
                a.broken = true;
                continue;
            }
            a.q.options[a.q.n_options].text = lt_imp_strndup(t, tn);
            a.q.n_options++;
            continue;
        }
        /* a question line */
        if (a.open && !a.broken) {
            lt_import_skipf(res, a.q.line, "no answer line", "a new question starts at line %d "
                                                             "before 'ANSWER:'",
                            line);
        }
        drop(&a);
        a.open = true;
        a.q.line = line;
        a.q.prompt = lt_imp_strndup(ls, ln);
    }
    if (a.open && !a.broken) {
        lt_import_skipf(res, a.q.line, "no answer line", "the file ends before 'ANSWER:'");
    }
    drop(&a);
}
