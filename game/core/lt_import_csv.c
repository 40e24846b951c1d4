/* lt_import_csv.c: CSV/TSV from spreadsheets, Anki and Quizlet into imported
 * questions: separator sniffing, Anki #headers, RFC 4180 quotes, three layouts
 * (term/definition, classroom quiz, generic). Depends on: lt_import.h, lt_utf8.h. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_import.h"
#include "lt_utf8.h"

/* Rules (for the CSV section of docs/pack-format.md):
 * - Rows are counted as a spreadsheet shows them: row 1 is the first line of
 *   the file (Anki #header lines and the header row included), a quoted field
 *   that spans several lines is one row, blank rows count. q->line = row.
 * - Separator: an Anki `#separator:` line, else the caller's `sep`, else the
 *   one of tab, semicolon, comma (in that order of preference on a tie) that
 *   splits the first 20 rows (quotes respected) into the same number >= 2 of
 *   fields most often.
 * - Layout: the first of the first 20 rows whose cells name a question
 *   column and answer columns (English or Russian, any case; or Anki's
 *   #columns:) is the header; rows above it are ignored (the classroom-quiz
 *   template has its header on row 8). "Answer 1..N" columns with a
 *   "Correct answer(s)" column of numbers ("1", "1,3", "2.0") give choice or
 *   multi; "Answer" (or a "Correct" column holding text) with "Wrong 1..n"
 *   gives choice, without wrong ones typed. Without such a header every row
 *   is term;definition (a Front/Back or Term/Definition header row is
 *   skipped): the prompt is the definition and the term is the answer,
 *   typed; with 4 or more usable rows a choice of the row's term and the
 *   terms of the next usable rows, cyclically, skipping repeats, until there
 *   are 3 wrong ones (typed when fewer than 3 different terms exist).
 * - A row that cannot be used is a warning "file:row: REASON: detail" (as
 *   lt_import_skipf writes it) and counts in res->skipped; rows blank in every
 *   named column are ignored. Limits: 64 columns, 1000 characters a cell,
 *   LT_IMPORT_MAX_OPTIONS answers. A quote never closed: that row and the rest
 *   are read with quotes as text (a note, code LT_DIAG_BAD_VALUE). */

#define CSV_MAX_FIELDS 64
#define CSV_SAMPLE_ROWS 20
#define CSV_MAX_TEXT 1000  /* code points per cell */

/* ---- the record reader ------------------------------------------------ */

typedef struct csv_rec {
    char *buf;             /* unescaped fields, each NUL-terminated */
    size_t len, cap;
    size_t off[CSV_MAX_FIELDS];
    int n;                 /* fields stored (at most CSV_MAX_FIELDS) */
    int total;             /* fields seen */
    int row, line;         /* spreadsheet row, text line where it starts */
    bool has_nul, literal_quote, oom;
} csv_rec;

typedef struct csv_reader {
    const char *s;
    size_t len, pos;
    char sep;
    int row, line;
    bool literal;          /* a quote was never closed: quotes are text from there on */
} csv_reader;

static void rec_put(csv_rec *r, char c)
{
    if (r->oom) {
        return;
    }
    if (r->len + 1 >= r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 128;
        char *b = realloc(r->buf, cap);
        if (!b) {
            r->oom = true;
            return;
        }
        r->buf = b;
        r->cap = cap;
    }
    r->buf[r->len++] = c;
}

static bool rec_storing(const csv_rec *r)
{
    return r->total <= CSV_MAX_FIELDS;
}

static void rec_begin_field(csv_rec *r)
{
    r->total++;
    if (rec_storing(r)) {
        r->off[r->n++] = r->len;
    }
}

static void rec_end_field(csv_rec *r)
{
    if (rec_storing(r)) {
        rec_put(r, '\0');
    }
}

static void rec_char(csv_rec *r, char c)
{
    if (c == '\0') {
        r->has_nul = true;
        return;
    }
    if (rec_storing(r)) {
        rec_put(r, c);
    }
}

static const char *rec_field(const csv_rec *r, int i)
{
    if (i < 0 || i >= r->n || r->oom || !r->buf) {
        return "";
    }
    return r->buf + r->off[i];
}

static void rec_reset(csv_rec *r)
{
    r->len = 0;
    r->n = r->total = 0;
    r->has_nul = r->literal_quote = r->oom = false;
}

/* Reads one record; false at the end of the text. A quote that is never
 * closed makes the record (and the rest of the text) read again with quotes
 * taken as text. */
static bool csv_read(csv_reader *rd, csv_rec *r)
{
    size_t start = rd->pos;
    int start_line = rd->line;
    bool quotes = !rd->literal;

    if (rd->pos >= rd->len) {
        return false;
    }
    rec_reset(r);
    r->row = ++rd->row;
    r->line = rd->line;
again:
    rec_begin_field(r);
    {
        bool fresh = true;     /* only spaces so far in this field */
        size_t field_start = r->len;
        while (rd->pos < rd->len) {
            char c = rd->s[rd->pos];
            if (c == rd->sep) {
                rd->pos++;
                rec_end_field(r);
                rec_begin_field(r);
                fresh = true;
                field_start = r->len;
                continue;
            }
            if (c == '\r' || c == '\n') {
                rd->pos++;
                if (c == '\r' && rd->pos < rd->len && rd->s[rd->pos] == '\n') {
                    rd->pos++;
                }
                rd->line++;
                break;
            }
            if (c == '"' && fresh && quotes) {
                bool closed = false;
                if (rec_storing(r)) {
                    r->len = field_start; /* drop the spaces before the quote */
                }
                rd->pos++;
                while (rd->pos < rd->len) {
                    c = rd->s[rd->pos++];
                    if (c == '"') {
                        if (rd->pos < rd->len && rd->s[rd->pos] == '"') {
                            rd->pos++;
                            rec_char(r, '"');
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == '\r' || c == '\n') {
                        if (c == '\r' && rd->pos < rd->len && rd->s[rd->pos] == '\n') {
                            rd->pos++;
                        }
                        rd->line++;
                        rec_char(r, '\n');
                        continue;
                    }
                    rec_char(r, c);
                }
                if (!closed) {
                    rd->pos = start;
                    rd->line = start_line;
                    rec_reset(r);
                    r->literal_quote = true;
                    rd->literal = true; /* rescanning to the end for each row would be quadratic */
                    quotes = false;
                    goto again;
                }
                fresh = false;
                continue;
            }
            if (c != ' ') {
                fresh = false;
            }
            rec_char(r, c);
            rd->pos++;
        }
    }
    rec_end_field(r);
    return true;
}

static bool rec_blank(const csv_rec *r)
{
    for (int i = 0; i < r->n; i++) {
        for (const char *p = rec_field(r, i); *p; p++) {
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
                return false;
            }
        }
    }
    return true;
}

/* ---- text helpers ----------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* A trimmed copy (len bytes of s), or NULL when out of memory. */
static char *dup_trim(const char *s, size_t len)
{
    char *out;
    while (len > 0 && is_space(*s)) {
        s++;
        len--;
    }
    while (len > 0 && is_space(s[len - 1])) {
        len--;
    }
    out = malloc(len + 1);
    if (out) {
        memcpy(out, s, len);
        out[len] = '\0';
    }
    return out;
}

/* Lower case for ASCII and Russian letters, spaces collapsed, trimmed. */
static void fold(const char *s, char *out, size_t cap)
{
    size_t len = strlen(s), pos = 0, o = 0;
    bool space = false;
    while (pos < len && o + 5 < cap) {
        int32_t cp = lt_utf8_next(s, len, &pos);
        char enc[4];
        size_t n;
        if (cp == LT_UTF8_BAD) {
            continue;
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
            space = o > 0;
            continue;
        }
        if (space) {
            out[o++] = ' ';
            space = false;
        }
        if (cp >= 'A' && cp <= 'Z') {
            cp += 32;
        } else if (cp >= 0x410 && cp <= 0x42F) {
            cp += 32;
        } else if (cp == 0x401 || cp == 0x451) {
            cp = 0x435; /* Ё, ё -> е */
        }
        n = lt_utf8_encode(cp, enc);
        memcpy(out + o, enc, n);
        o += n;
    }
    out[o] = '\0';
}

/* After `word` at the start of s, when it ends there; NULL otherwise. */
static const char *starts_word(const char *s, const char *word)
{
    size_t n = strlen(word);
    unsigned char c;
    if (strncmp(s, word, n) != 0) {
        return NULL;
    }
    c = (unsigned char)s[n];
    if ((c >= 'a' && c <= 'z') || c >= 0x80) {
        return NULL;
    }
    return s + n;
}

static const char *starts_any(const char *s, const char *const *words)
{
    for (size_t i = 0; words[i]; i++) {
        const char *rest = starts_word(s, words[i]);
        if (rest) {
            return rest;
        }
    }
    return NULL;
}

/* A number right after the label ("Answer 1", "Ответ №2", "option-3"). */
static int label_number(const char *rest)
{
    int v = 0;
    while (*rest == ' ' || *rest == '-' || *rest == '#' || *rest == '_' || *rest == '.') {
        rest++;
    }
    if (strncmp(rest, "\xE2\x84\x96", 3) == 0) { /* № */
        rest += 3;
        while (*rest == ' ') {
            rest++;
        }
    }
    if (*rest < '0' || *rest > '9') {
        return 0;
    }
    while (*rest >= '0' && *rest <= '9' && v < 1000) {
        v = v * 10 + (*rest++ - '0');
    }
    return v;
}

/* Plain text from Anki's HTML fields, in place. */
static void html_to_text(char *s)
{
    char *w = s;
    const char *r = s;
    while (*r) {
        if (*r == '<') {
            const char *e = strchr(r, '>');
            if (e) {
                char tag[8];
                size_t k = 0;
                const char *t = r + 1;
                if (*t == '/') {
                    t++;
                }
                while (k + 1 < sizeof tag && ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z'))) {
                    tag[k++] = (char)(*t >= 'A' && *t <= 'Z' ? *t + 32 : *t);
                    t++;
                }
                tag[k] = '\0';
                if (strcmp(tag, "br") == 0 || strcmp(tag, "div") == 0 || strcmp(tag, "p") == 0 ||
                    strcmp(tag, "li") == 0) {
                    if (w > s && w[-1] != '\n') {
                        *w++ = '\n';
                    }
                }
                r = e + 1;
                continue;
            }
        } else if (*r == '&') {
            static const struct { const char *name; const char *text; } ents[] = {
                { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
                { "&#39;", "'" }, { "&apos;", "'" }, { "&nbsp;", " " },
            };
            bool done = false;
            for (size_t i = 0; i < sizeof ents / sizeof ents[0]; i++) {
                size_t n = strlen(ents[i].name);
                if (strncmp(r, ents[i].name, n) == 0) {
                    *w++ = ents[i].text[0];
                    r += n;
                    done = true;
                    break;
                }
            }
            if (!done && r[1] == '#') {
                const char *t = r + 2;
                long v = 0;
                int base = 10, digits = 0;
                if (*t == 'x' || *t == 'X') {
                    base = 16;
                    t++;
                }
                for (;; t++, digits++) {
                    int d;
                    if (*t >= '0' && *t <= '9') {
                        d = *t - '0';
                    } else if (base == 16 && *t >= 'a' && *t <= 'f') {
                        d = *t - 'a' + 10;
                    } else if (base == 16 && *t >= 'A' && *t <= 'F') {
                        d = *t - 'A' + 10;
                    } else {
                        break;
                    }
                    if (v < 0x110000) {
                        v = v * base + d;
                    }
                }
                if (*t == ';' && digits > 0 && digits <= 7) {
                    char enc[4];
                    size_t n = v > 0 && v < 0x110000 ? lt_utf8_encode((int32_t)v, enc) : 0;
                    if (n > 0 && (size_t)(t + 1 - r) >= n) {
                        memcpy(w, enc, n);
                        w += n;
                        r = t + 1;
                        done = true;
                    }
                }
            }
            if (done) {
                continue;
            }
        }
        *w++ = *r++;
    }
    *w = '\0';
}

/* ---- the import ------------------------------------------------------- */

enum csv_role {
    COL_NONE = 0, COL_QUESTION, COL_OPTION, COL_ANSWER, COL_CORRECT, COL_WRONG, COL_TIME,
    COL_CATEGORY, COL_EXPLAIN, COL_TERM, COL_DEF, COL_IGNORE
};

/* Blank in every column the header names (the classroom-quiz template
 * numbers its 100 rows in column A, most of them otherwise empty). */
static bool rec_blank_in(const csv_rec *r, const int *role)
{
    for (int i = 0; i < r->n; i++) {
        if (role[i] == COL_NONE || role[i] == COL_IGNORE) {
            continue;
        }
        for (const char *p = rec_field(r, i); *p; p++) {
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
                return false;
            }
        }
    }
    return true;
}

typedef struct csv_map {
    int role[CSV_MAX_FIELDS];
    int num[CSV_MAX_FIELDS];   /* the N of "Answer N" */
    int question, answer, correct, time, category, explain, term, def;
    int n_opt;
} csv_map;

typedef struct csv_ctx {
    const char *name;
    lt_import_result *res;
    bool html;
    char *deck;                /* Anki #deck: for every row, may be NULL */
    int deck_col;              /* Anki #deck column: (0-based), -1 */
} csv_ctx;

static int col_role(const char *cell, int *num)
{
    static const char *const correct[] = { "correct answers", "correct answer(s)", "correct answer",
        "correct", "right answer", "answer key", "правильные ответы", "правильный ответ", "правильный",
        "верные ответы", "верный ответ", "верный", NULL };
    static const char *const wrong[] = { "wrong answer", "wrong", "incorrect answer", "incorrect",
        "distractor", "неверный ответ", "неверный", "неправильный ответ", "неправильный",
        "дистрактор", NULL };
    static const char *const time[] = { "time limit", "time", "время", "лимит времени",
        "ограничение времени", NULL };
    static const char *const question[] = { "question text", "question", "текст вопроса", "вопрос",
        NULL };
    static const char *const option[] = { "answer", "option", "choice", "ответ", "вариант ответа",
        "вариант", NULL };
    static const char *const category[] = { "category", "topic", "level", "deck", "категория",
        "тема", "уровень", "раздел", NULL };
    static const char *const explain[] = { "explanation", "feedback", "comment", "пояснение",
        "объяснение", "комментарий", "обратная связь", NULL };
    static const char *const term[] = { "term", "front", "word", "термин", "лицевая сторона",
        "слово", NULL };
    static const char *const def[] = { "definition", "back", "meaning", "определение",
        "оборотная сторона", "значение", NULL };
    static const char *const ignore[] = { "tags", "теги", "guid", "notetype", "#", "№", "no", NULL };
    char f[256];
    const char *rest;

    fold(cell, f, sizeof f);
    *num = 0;
    if (f[0] == '\0') {
        return COL_NONE;
    }
    if (starts_any(f, correct)) {
        return COL_CORRECT;
    }
    if ((rest = starts_any(f, wrong)) != NULL) {
        *num = label_number(rest);
        return COL_WRONG;
    }
    if (starts_any(f, time)) {
        return COL_TIME;
    }
    if (starts_any(f, question)) {
        return COL_QUESTION;
    }
    if ((rest = starts_any(f, option)) != NULL) {
        *num = label_number(rest);
        return *num > 0 ? COL_OPTION : COL_ANSWER;
    }
    if (starts_any(f, category)) {
        return COL_CATEGORY;
    }
    if (starts_any(f, explain)) {
        return COL_EXPLAIN;
    }
    if (starts_any(f, term)) {
        return COL_TERM;
    }
    if (starts_any(f, def)) {
        return COL_DEF;
    }
    if (starts_any(f, ignore)) {
        return COL_IGNORE;
    }
    return COL_NONE;
}

/* Fills map from a header record; true when it is a quiz header (question
 * plus answers); *pair set when it is a term/definition header. */
static bool map_header(const csv_rec *r, csv_map *m, bool *pair)
{
    memset(m, 0, sizeof *m);
    m->question = m->answer = m->correct = m->time = m->category = m->explain = m->term = m->def = -1;
    for (int i = 0; i < r->n; i++) {
        int num = 0, role = col_role(rec_field(r, i), &num);
        int *slot = NULL;
        m->role[i] = role;
        m->num[i] = num;
        switch (role) {
        case COL_QUESTION: slot = &m->question; break;
        case COL_ANSWER: slot = &m->answer; break;
        case COL_CORRECT: slot = &m->correct; break;
        case COL_TIME: slot = &m->time; break;
        case COL_CATEGORY: slot = &m->category; break;
        case COL_EXPLAIN: slot = &m->explain; break;
        case COL_TERM: slot = &m->term; break;
        case COL_DEF: slot = &m->def; break;
        case COL_OPTION: m->n_opt++; break;
        default: break;
        }
        if (slot) {
            if (*slot < 0) {
                *slot = i;
            } else {
                m->role[i] = COL_NONE; /* a second "Question" column is ignored */
            }
        }
    }
    *pair = m->term >= 0 && m->def >= 0;
    return m->question >= 0 && (m->n_opt >= 2 || m->answer >= 0 || m->correct >= 0);
}

/* "A".."Z", "AA".. for a 0-based column. */
static void col_name(int i, char out[4])
{
    if (i < 26) {
        out[0] = (char)('A' + i);
        out[1] = '\0';
    } else {
        out[0] = (char)('A' + i / 26 - 1);
        out[1] = (char)('A' + i % 26);
        out[2] = '\0';
    }
}

static void skip_row(csv_ctx *c, const csv_rec *r, const char *reason, const char *hint, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static void skip_row(csv_ctx *c, const csv_rec *r, const char *reason, const char *hint, const char *fmt, ...)
{
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* "REASON: detail" as lt_import_skipf writes it (the summary groups by
     * REASON); the code is not LT_DIAG_BAD_VALUE, which marks notes */
    if (r->line != r->row) {
        lt_diags_addf(&c->res->diags, LT_SEV_WARNING, LT_DIAG_OTHER, c->name, r->row, 0, hint,
                      "%s: %s (row %d starts on line %d of the text)", reason, msg, r->row, r->line);
    } else {
        lt_diags_addf(&c->res->diags, LT_SEV_WARNING, LT_DIAG_OTHER, c->name, r->row, 0, hint,
                      "%s: %s", reason, msg);
    }
    c->res->skipped++;
}

/* A cell's text for a question: trimmed, HTML removed when the file says
 * so. Returns false (row skipped, reason given) when it cannot be used;
 * *out is NULL for an empty or absent cell. */
static bool cell_text(csv_ctx *c, const csv_rec *r, int col, char **out)
{
    const char *s = rec_field(r, col);
    size_t len = strlen(s), bad = 0, n;
    char cn[4];
    char *t;

    *out = NULL;
    if (col < 0 || col >= r->n) {
        return true;
    }
    col_name(col, cn);
    if (!lt_utf8_valid(s, len, &bad)) {
        skip_row(c, r, "invalid utf-8", "save the file as UTF-8 (\"CSV UTF-8\" in Excel)",
                 "column %s is not valid UTF-8 (byte %zu)", cn, bad + 1);
        return false;
    }
    t = dup_trim(s, len);
    if (!t) {
        skip_row(c, r, "out of memory", NULL, "out of memory");
        return false;
    }
    if (c->html) {
        char *u;
        html_to_text(t);
        u = dup_trim(t, strlen(t));
        free(t);
        if (!u) {
            skip_row(c, r, "out of memory", NULL, "out of memory");
            return false;
        }
        t = u;
    }
    n = lt_utf8_count(t, strlen(t));
    if (n > CSV_MAX_TEXT) {
        free(t);
        skip_row(c, r, "too long", "shorten the text or split the question",
                 "column %s is %zu characters long, more than %d", cn, n, CSV_MAX_TEXT);
        return false;
    }
    if (t[0] == '\0') {
        free(t);
        t = NULL;
    }
    *out = t;
    return true;
}

static bool add_option(lt_imp_question *q, char *text, bool correct)
{
    lt_imp_option *o;
    if (q->n_options >= LT_IMPORT_MAX_OPTIONS) {
        free(text);
        return false;
    }
    o = &q->options[q->n_options++];
    memset(o, 0, sizeof *o);
    o->text = text;
    o->correct = correct;
    o->weight = correct ? 100.0 : 0.0;
    return true;
}

/* Leading number of a cell ("20", "20.0", " 30 s"); -1 when none. */
static double cell_number(const char *s)
{
    char buf[32];
    size_t k = 0;
    while (is_space(*s)) {
        s++;
    }
    if (*s < '0' || *s > '9') {
        return -1.0;
    }
    while (k + 1 < sizeof buf && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == ',')) {
        buf[k] = s[k] == ',' ? '.' : s[k]; /* "20,5" from a Russian Excel */
        k++;
    }
    buf[k] = '\0';
    return strtod(buf, NULL);
}

/* Category, explanation and time limit from their columns. */
static bool row_extras(csv_ctx *c, const csv_rec *r, const csv_map *m, lt_imp_question *q)
{
    int cat = m ? m->category : -1;
    if (cat < 0 && c->deck_col >= 0) {
        cat = c->deck_col;
    }
    if (cat >= 0 && !cell_text(c, r, cat, &q->category)) {
        return false;
    }
    if (!q->category && c->deck) {
        q->category = dup_trim(c->deck, strlen(c->deck));
    }
    if (m && m->explain >= 0 && !cell_text(c, r, m->explain, &q->feedback)) {
        return false;
    }
    if (m && m->time >= 0) {
        const char *t = rec_field(r, m->time);
        double v = cell_number(t);
        if (v > 0 && v <= 3600) {
            q->time_limit_s = v;
        } else if (t[0] != '\0' && v != 0) {
            char cn[4];
            col_name(m->time, cn);
            lt_diags_addf(&c->res->diags, LT_SEV_WARNING, LT_DIAG_BAD_VALUE, c->name, r->row, 0,
                          "give the time in seconds, e.g. 20",
                          "time limit '%.20s' in column %s is not 1..3600 seconds; ignored", t, cn);
        }
    }
    return true;
}

static void commit(csv_ctx *c, lt_imp_question *q)
{
    /* lt_import_add owns the strings from here, also when it fails */
    if (!lt_import_add(c->res, q)) {
        lt_diags_addf(&c->res->diags, LT_SEV_ERROR, LT_DIAG_NOMEM, c->name, q->line, 0, NULL,
                      "row %d: out of memory", q->line);
    }
    memset(q, 0, sizeof *q);
}

/* Layout (b): "Answer 1..N" columns and the numbers of the right ones. */
static void row_numbered(csv_ctx *c, const csv_rec *r, const csv_map *m, lt_imp_question *q)
{
    int slot[CSV_MAX_FIELDS + 1];  /* option number -> index in q->options, -1 */
    int max_num = 0, n_right = 0;
    const char *cs;
    char cn[4];

    for (int i = 0; i <= CSV_MAX_FIELDS; i++) {
        slot[i] = -1;
    }
    for (int i = 0; i < r->n && i < CSV_MAX_FIELDS; i++) {
        char *t;
        int num = m->num[i];
        if (m->role[i] != COL_OPTION || num > CSV_MAX_FIELDS || slot[num] >= 0) {
            continue;
        }
        if (!cell_text(c, r, i, &t)) {
            return;
        }
        if (num > max_num) {
            max_num = num;
        }
        if (!t) {
            continue;
        }
        if (!add_option(q, t, false)) {
            skip_row(c, r, "too many answers", NULL, "more than %d answers", LT_IMPORT_MAX_OPTIONS);
            return;
        }
        slot[num] = q->n_options - 1;
    }
    if (q->n_options < 2) {
        skip_row(c, r, "too few answers", "give at least two answers",
                 "%d filled; a question needs at least 2", q->n_options);
        return;
    }
    if (m->correct < 0) {
        skip_row(c, r, "no correct column", "add a \"Correct answer(s)\" column with answer numbers",
                 "no correct-answer column");
        return;
    }
    col_name(m->correct, cn);
    cs = rec_field(r, m->correct);
    for (const char *p = cs; *p;) {
        long v;
        char *end;
        if (*p < '0' || *p > '9') {
            if (*p == ',' || *p == ';' || *p == ' ' || *p == '\t' || *p == '/' || *p == '\n' || *p == '\r') {
                p++;
                continue;
            }
            skip_row(c, r, "bad correct answer", "write the numbers of the right answers, e.g. 1 or 1,3",
                     "'%.20s' in column %s is not a list of answer numbers", cs, cn);
            return;
        }
        v = strtol(p, &end, 10);
        p = end;
        if (*p == '.' && p[1] == '0') { /* "2.0" from spreadsheet exports */
            p++;
            while (*p == '0') {
                p++;
            }
        }
        if (v < 1 || v > max_num || slot[v] < 0) {
            skip_row(c, r, "correct out of range", "the number names one of the filled answer columns",
                     "answer %ld is not one of the filled answers 1-%d", v, max_num);
            return;
        }
        if (!q->options[slot[v]].correct) {
            q->options[slot[v]].correct = true;
            q->options[slot[v]].weight = 100.0;
            n_right++;
        }
    }
    if (n_right == 0) {
        skip_row(c, r, "no correct answer", "write the number of the right answer, e.g. 2",
                 "column %s is empty", cn);
        return;
    }
    if (n_right == q->n_options) {
        skip_row(c, r, "all answers correct", "leave at least one answer wrong",
                 "every answer is marked correct");
        return;
    }
    q->type = n_right > 1 ? LT_Q_MULTI : LT_Q_CHOICE;
    if (row_extras(c, r, m, q)) {
        commit(c, q);
    }
}

/* Layout (c): the right answer as text, optional wrong ones. */
static void row_generic(csv_ctx *c, const csv_rec *r, const csv_map *m, lt_imp_question *q)
{
    int acol = m->answer >= 0 ? m->answer : m->correct;
    char *right;

    if (!cell_text(c, r, acol, &right)) {
        return;
    }
    if (!right) {
        skip_row(c, r, "empty answer", "write the right answer", "the answer column is empty");
        return;
    }
    for (int i = 0; i < r->n && i < CSV_MAX_FIELDS; i++) {
        char *t;
        if (m->role[i] != COL_WRONG) {
            continue;
        }
        if (!cell_text(c, r, i, &t)) {
            free(right);
            return;
        }
        if (t && q->n_options == 0) {
            add_option(q, right, true);
            right = NULL;
        }
        if (t && !add_option(q, t, false)) {
            skip_row(c, r, "too many answers", NULL, "more than %d options", LT_IMPORT_MAX_OPTIONS);
            return;
        }
    }
    if (q->n_options >= 2) {
        q->type = LT_Q_CHOICE;
    } else {
        q->type = LT_Q_TYPED;
        q->answers[0] = right;
        q->n_answers = 1;
    }
    if (row_extras(c, r, m, q)) {
        commit(c, q);
    }
}

typedef struct csv_card {
    char *term, *def, *cat;
    int row;
} csv_card;

typedef struct csv_cards {
    csv_card *v;
    size_t n, cap;
} csv_cards;

/* Layout (a): one term;definition row kept until all rows are known. */
static void pairs_add(csv_ctx *c, csv_cards *cs, const csv_rec *r, int tcol, int dcol)
{
    char *t, *d;
    lt_imp_question tmp;
    if (!cell_text(c, r, tcol, &t)) {
        return;
    }
    if (!cell_text(c, r, dcol, &d)) {
        free(t);
        return;
    }
    if (!t || !d) {
        char cn[4];
        col_name(t ? dcol : tcol, cn);
        skip_row(c, r, "incomplete card", "each row needs a term and its definition",
                 "the %s in column %s is empty", t ? "definition" : "term", cn);
        free(t);
        free(d);
        return;
    }
    memset(&tmp, 0, sizeof tmp);
    if (!row_extras(c, r, NULL, &tmp)) {
        free(t);
        free(d);
        return;
    }
    if (cs->n == cs->cap) {
        size_t cap = cs->cap ? cs->cap * 2 : 64;
        csv_card *v = realloc(cs->v, cap * sizeof *v);
        if (!v) {
            free(t);
            free(d);
            free(tmp.category);
            skip_row(c, r, "out of memory", NULL, "out of memory");
            return;
        }
        cs->v = v;
        cs->cap = cap;
    }
    cs->v[cs->n].term = t;
    cs->v[cs->n].def = d;
    cs->v[cs->n].cat = tmp.category;
    cs->v[cs->n].row = r->row;
    cs->n++;
}

/* Layout (a): the questions, once every card is known. The search for
 * three different wrong terms looks at most 64 rows ahead. */
static void pairs_finish(csv_ctx *c, csv_cards *cs)
{
    csv_card *cards = cs->v;
    size_t nc = cs->n;

    for (size_t i = 0; i < nc; i++) {
        lt_imp_question q;
        char fi[256];
        size_t picked[3];
        int np = 0;

        memset(&q, 0, sizeof q);
        q.line = cards[i].row;
        q.prompt = cards[i].def;
        q.category = cards[i].cat;
        fold(cards[i].term, fi, sizeof fi);
        for (size_t k = 1; nc >= 4 && k < nc && k <= 64 && np < 3; k++) {
            size_t j = (i + k) % nc;
            char fj[256];
            bool dup = false;
            fold(cards[j].term, fj, sizeof fj);
            dup = strcmp(fi, fj) == 0;
            for (int p = 0; p < np && !dup; p++) {
                char fp[256];
                fold(cards[picked[p]].term, fp, sizeof fp);
                dup = strcmp(fp, fj) == 0;
            }
            if (!dup) {
                picked[np++] = j;
            }
        }
        if (np == 3) {
            q.type = LT_Q_CHOICE;
            add_option(&q, cards[i].term, true);
            for (int p = 0; p < np; p++) {
                const char *s = cards[picked[p]].term;
                add_option(&q, dup_trim(s, strlen(s)), false);
            }
            if (!q.options[1].text || !q.options[2].text || !q.options[3].text) {
                lt_imp_question_free(&q);
                lt_diags_addf(&c->res->diags, LT_SEV_ERROR, LT_DIAG_NOMEM, c->name, cards[i].row, 0,
                              NULL, "out of memory");
                continue;
            }
        } else {
            q.type = LT_Q_TYPED;
            q.answers[0] = cards[i].term;
            q.n_answers = 1;
        }
        commit(c, &q);
    }
    free(cards);
    memset(cs, 0, sizeof *cs);
}

/* ---- separator and headers -------------------------------------------- */

static int sep_score(const char *text, size_t len, char sep, int *fields)
{
    csv_reader rd = { text, len, 0, sep, 0, 1, false };
    csv_rec r;
    int counts[CSV_SAMPLE_ROWS], nrows = 0, best = 0, best_n = 0;

    memset(&r, 0, sizeof r);
    while (nrows < CSV_SAMPLE_ROWS && rd.pos < 65536 && csv_read(&rd, &r)) {
        if (!rec_blank(&r)) {
            counts[nrows++] = r.total;
        }
    }
    free(r.buf);
    for (int i = 0; i < nrows; i++) {
        int same = 0;
        for (int j = 0; j < nrows; j++) {
            same += counts[j] == counts[i];
        }
        if (counts[i] >= 2 && (same > best || (same == best && counts[i] > best_n))) {
            best = same;
            best_n = counts[i];
        }
    }
    *fields = best_n;
    return best;
}

static char sep_detect(const char *text, size_t len)
{
    static const char cands[] = { '\t', ';', ',' };
    char best = 0;
    int best_score = 0;
    for (size_t i = 0; i < sizeof cands; i++) {
        int fields, score = sep_score(text, len, cands[i], &fields);
        if (score > best_score) { /* a tie keeps the earlier: tab, ';', ',' */
            best = cands[i];
            best_score = score;
        }
    }
    if (best) {
        return best;
    }
    for (size_t i = 0; i < sizeof cands; i++) {
        if (memchr(text, cands[i], len < 65536 ? len : 65536)) {
            return cands[i];
        }
    }
    return '\t';
}

static char sep_from_name(const char *v, size_t n)
{
    static const struct { const char *name; char c; } names[] = {
        { "tab", '\t' }, { "comma", ',' }, { "semicolon", ';' }, { "pipe", '|' },
        { "space", ' ' }, { "colon", ':' },
    };
    while (n > 0 && is_space(*v)) {
        v++;
        n--;
    }
    while (n > 0 && (v[n - 1] == '\r' || v[n - 1] == '\n' || (n > 1 && is_space(v[n - 1])))) {
        n--;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t k = strlen(names[i].name);
        if (n == k) {
            size_t j = 0;
            while (j < k && (v[j] | 0x20) == names[i].name[j]) {
                j++;
            }
            if (j == k) {
                return names[i].c;
            }
        }
    }
    if (n == 1 && (*v == '\t' || *v == ',' || *v == ';' || *v == '|' || *v == ' ' || *v == ':')) {
        return *v;
    }
    return 0;
}

typedef struct csv_head {
    char sep;
    const char *columns;       /* Anki #columns: value, in the text */
    size_t columns_len;
    int columns_row;
    bool html;
    char *deck;
    int deck_col, skip_cols[4];
    int n_skip;
} csv_head;

/* Anki header lines at the top: "#key:value". Returns the offset of the
 * first other line; *rows counts the lines read. */
static size_t read_anki_header(const char *text, size_t len, csv_head *h, int *rows)
{
    size_t pos = 0;
    while (pos < len && text[pos] == '#') {
        const char *line = text + pos, *colon, *nl = memchr(line, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - line) : len - pos;
        char key[32];
        size_t k = 0;
        const char *v;
        size_t vn;

        colon = memchr(line, ':', ll);
        pos += ll + (nl ? 1 : 0);
        ++*rows;
        if (!colon) {
            continue; /* a comment */
        }
        for (const char *p = line + 1; p < colon && k + 1 < sizeof key; p++) {
            key[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        }
        key[k] = '\0';
        v = colon + 1;
        vn = ll - (size_t)(colon + 1 - line);
        if (vn > 0 && v[vn - 1] == '\r') {
            vn--;
        }
        if (strcmp(key, "separator") == 0) {
            h->sep = sep_from_name(v, vn);
        } else if (strcmp(key, "columns") == 0) {
            h->columns = v;
            h->columns_len = vn;
            h->columns_row = *rows;
        } else if (strcmp(key, "html") == 0) {
            h->html = vn >= 4 && (v[0] | 0x20) == 't' && (v[1] | 0x20) == 'r';
        } else if (strcmp(key, "deck") == 0) {
            free(h->deck);
            h->deck = dup_trim(v, vn);
        } else if (strcmp(key, "deck column") == 0 || strcmp(key, "tags column") == 0 ||
                   strcmp(key, "notetype column") == 0 || strcmp(key, "guid column") == 0) {
            char num[12];
            size_t n = vn < sizeof num - 1 ? vn : sizeof num - 1;
            int col;
            memcpy(num, v, n);
            num[n] = '\0';
            col = atoi(num) - 1;
            if (col >= 0 && col < CSV_MAX_FIELDS) {
                if (key[0] == 'd') {
                    h->deck_col = col;
                }
                if (h->n_skip < 4) {
                    h->skip_cols[h->n_skip++] = col;
                }
            }
        }
        /* #notetype:, #tags:, #match scope:, #if matches: and unknown keys
         * change nothing for a quiz */
    }
    return pos;
}

char lt_import_csv_separator(const char *text, size_t len)
{
    csv_head h;
    size_t pos;
    int rows = 0;
    if (!text) {
        return '\t';
    }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    memset(&h, 0, sizeof h);
    pos = read_anki_header(text, len, &h, &rows);
    free(h.deck);
    return h.sep ? h.sep : sep_detect(text + pos, len - pos);
}

void lt_import_csv(const char *name, const char *text, size_t len, char sep, lt_import_result *res)
{
    csv_head h;
    csv_ctx c;
    csv_reader rd;
    csv_rec rec;
    csv_cards cards = { NULL, 0, 0 };
    size_t pos;
    csv_map map;
    bool have_map = false, pair_header = false;
    int rows = 0, header_row = 0, tcol = 0, dcol = 1;

    if (!res || !text) {
        return;
    }
    if (!name) {
        name = "(csv)";
    }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
        if (res->encoding[0] == '\0') {
            snprintf(res->encoding, sizeof res->encoding, "utf-8 with BOM");
        }
    }
    memset(&h, 0, sizeof h);
    memset(&rec, 0, sizeof rec);
    memset(&map, 0, sizeof map);
    h.deck_col = -1;
    pos = read_anki_header(text, len, &h, &rows);
    if (h.sep) {
        sep = h.sep;   /* the file's own #separator: wins over the caller's guess */
    } else if (sep == 0) {
        sep = sep_detect(text + pos, len - pos);
    }
    if (res->format == LT_IMPORT_AUTO) {
        res->format = sep == '\t' ? LT_IMPORT_TSV : LT_IMPORT_CSV;
    }
    memset(&c, 0, sizeof c);
    c.name = name;
    c.res = res;
    c.html = h.html;
    c.deck = h.deck;
    c.deck_col = h.deck_col;

    /* the header: Anki #columns:, else one of the first rows */
    if (h.columns) {
        csv_reader cr = { h.columns, h.columns_len, 0, sep, 0, 1, false };
        memset(&rec, 0, sizeof rec);
        if (csv_read(&cr, &rec)) {
            have_map = map_header(&rec, &map, &pair_header);
        }
    } else {
        csv_reader sr = { text, len, pos, sep, rows, rows + 1, false };
        int seen = 0;
        for (int i = 0; !have_map && i < CSV_SAMPLE_ROWS && csv_read(&sr, &rec); i++) {
            bool pair = false;
            csv_map tmp;
            if (rec_blank(&rec)) {
                continue;
            }
            if (map_header(&rec, &tmp, &pair)) {
                map = tmp;
                have_map = true;
                header_row = rec.row;
            } else if (pair && seen == 0) {
                map = tmp;     /* Front/Back, Term/Definition: a header row */
                pair_header = true;
                header_row = rec.row;
            }
            seen++;
        }
    }
    if (!have_map) {
        if (pair_header) {
            tcol = map.term;
            dcol = map.def;
        } else {
            /* the first two columns that Anki does not use for tags, deck, ... */
            int found = 0;
            for (int col = 0; col < CSV_MAX_FIELDS && found < 2; col++) {
                bool skip = false;
                for (int k = 0; k < h.n_skip; k++) {
                    skip = skip || h.skip_cols[k] == col;
                }
                if (!skip) {
                    *(found == 0 ? &tcol : &dcol) = col;
                    found++;
                }
            }
        }
    }

    /* every row, one at a time */
    rd.s = text;
    rd.len = len;
    rd.pos = pos;
    rd.sep = sep;
    rd.row = rows;
    rd.line = rows + 1;
    rd.literal = false;
    while (csv_read(&rd, &rec)) {
        csv_rec *r = &rec;
        lt_imp_question q;
        if (r->literal_quote) {
            lt_diags_addf(&res->diags, LT_SEV_WARNING, LT_DIAG_BAD_VALUE, name, r->row, 0,
                          "close the quote with \" or double a quote inside a quoted field",
                          "a quote is never closed; quotes are read as text from this row on");
        }
        if (r->row <= header_row) {
            continue;
        }
        if (r->total > CSV_MAX_FIELDS) {
            lt_diags_addf(&res->diags, LT_SEV_WARNING, LT_DIAG_BAD_VALUE, name, r->row, 0, NULL,
                          "%d columns; only the first %d are read", r->total, CSV_MAX_FIELDS);
        }
        if (r->oom) {
            skip_row(&c, r, "out of memory", NULL, "out of memory");
            continue;
        }
        if (have_map ? rec_blank_in(r, map.role) : rec_blank(r)) {
            continue;
        }
        if (r->has_nul) {
            skip_row(&c, r, "nul byte", "save the file as text", "a NUL byte in the row");
            continue;
        }
        if (!have_map) {
            pairs_add(&c, &cards, r, tcol, dcol);
            continue;
        }
        memset(&q, 0, sizeof q);
        q.line = r->row;
        if (!cell_text(&c, r, map.question, &q.prompt)) {
            continue;
        }
        if (!q.prompt) {
            char cn[4];
            col_name(map.question, cn);
            skip_row(&c, r, "empty question", "write the question or delete the row",
                     "column %s is empty", cn);
            continue;
        }
        if (map.n_opt >= 2) {
            row_numbered(&c, r, &map, &q);
        } else {
            row_generic(&c, r, &map, &q);
        }
        lt_imp_question_free(&q); /* empty after commit; frees a skipped row's strings */
    }
    pairs_finish(&c, &cards);
    free(rec.buf);
    free(h.deck);
}
