/* lt_extract.c: rule-based extraction of dated events, people, places and
 * documents from a ru/en plain text, and the draft pack.yaml written from them.
 * Depends on: lt_extract.h, lt_date.h, lt_utf8.h.
 *
 * Heuristics and their limits (the teacher reviews every item):
 * - Paragraph = line. Sentences end at . ! ? … before spaces and a capital,
 *   digit or opening quote; not after a one-letter word (initials "Н. А.",
 *   "т. е."), listed abbreviations ("о-ва", "ст", "Mr"), or "г."/"гг." that
 *   does not follow a year (a year's "г." before a capital does end one).
 * - Dates: a month word (any case form), with a day number before it, a part
 *   word ("в начале/середине/конце", early/mid/late, "end of") or a range
 *   ("апреле - мае", "April–May"), then a year, else the last year met in the
 *   text; seasons give month ranges; "в 1956 г." gives a year. Leading
 *   sentences of a paragraph without a date become one event whose date is
 *   carried from the previous date of the text (marked `carried`).
 * - People: a title word (министр, секретарь, Minister, Secretary, ...) and
 *   the next capitalised words, skipping lower-case words, all-caps
 *   abbreviations, places and title vocabulary, within the clause. Russian
 *   surnames are kept in the case found (a declined surname is not lemmatised).
 * - Places: a small gazetteer (stems) plus a capitalised word after
 *   "в/во/из/до" (in/at/from/to): locative/genitive endings stemmed (-е after a
 *   consonant cluster, -у, -ы, -и -> -а; -ии/-ию -> -ия; -а after из/до ->
 *   stem). Countries and institutions are skipped. Irregular stems are wrong
 *   ("в Праге" gives "Праг" unless another form is in the text).
 * - Documents: a text in quotes «…» / "…" of two or more words or after a
 *   document word; a document word (декларация, конвенция, ..., treaty) with
 *   the adjectives before it and an "о/об/по" / capitalised tail after it.
 * - Bounds: a sentence is read up to its first 512 tokens; at most
 *   LT_EX_MAX_ENTITIES entities; texts over LT_EX_MAX_TEXT are refused. */
#include "lt_extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_strbuf.h"
#include "lt_utf8.h"

/* ------------------------------------------------------------------ text */

typedef lt_strbuf ex_buf;

static void buf_add(ex_buf *b, const char *s, size_t n) { lt_strbuf_put(b, s, n); }
static void buf_str(ex_buf *b, const char *s) { lt_strbuf_str(b, s); }

static void buf_fmt(ex_buf *b, const char *fmt, int v)
{
    char tmp[256];
    int n = snprintf(tmp, sizeof tmp, fmt, v);
    if (n > 0) {
        buf_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
    }
}

static char *dupn(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

static int32_t lower_cp(int32_t c)
{
    if (c >= 'A' && c <= 'Z') {
        return c + 32;
    }
    if (c >= 0x410 && c <= 0x42F) {
        return c + 0x20;
    }
    if (c >= 0x400 && c <= 0x40F) {
        return c + 0x50;
    }
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
        return c + 0x20;
    }
    return c;
}

static bool is_upper_cp(int32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x42F) ||
           (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

static bool is_letter_cp(int32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 &&
           c != 0xF7) || (c >= 0x400 && c <= 0x4FF);
}

static bool is_digit_cp(int32_t c) { return c >= '0' && c <= '9'; }

static bool is_space_cp(int32_t c)
{
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == '\r' || c == '\n';
}

static bool is_dash(const char *s)
{
    return strcmp(s, "-") == 0 || strcmp(s, "\xE2\x80\x93") == 0 || strcmp(s, "\xE2\x80\x94") == 0;
}

static bool is_open_quote(const char *s)
{
    return strcmp(s, "\xC2\xAB") == 0 || strcmp(s, "\xE2\x80\x9E") == 0 ||
           strcmp(s, "\xE2\x80\x9C") == 0 || strcmp(s, "\"") == 0;
}

static bool is_close_quote(const char *s)
{
    return strcmp(s, "\xC2\xBB") == 0 || strcmp(s, "\xE2\x80\x9C") == 0 ||
           strcmp(s, "\xE2\x80\x9D") == 0 || strcmp(s, "\"") == 0;
}

static bool starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool ends(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static bool in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++) {
        if (strcmp(s, list[i]) == 0) {
            return true;
        }
    }
    return false;
}

static bool prefix_in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++) {
        if (starts(s, list[i])) {
            return true;
        }
    }
    return false;
}

/* ---------------------------------------------------------------- tokens */

enum { TK_WORD, TK_NUM, TK_PUNCT };
#define EX_TOKLEN 96
#define EX_MAXTOK 512

typedef struct ex_tok {
    size_t off, len;      /* bytes in the whole text */
    int kind;
    bool cap, allcaps;
    long num;
    char low[EX_TOKLEN];  /* lower case, cut to fit */
} ex_tok;

typedef struct ex_toks {
    ex_tok t[EX_MAXTOK];
    size_t n;
} ex_toks;

static void tok_lower(const char *s, size_t len, char *out, size_t cap)
{
    size_t pos = 0, o = 0;
    while (pos < len) {
        int32_t c = lt_utf8_next(s, len, &pos);
        char enc[4];
        size_t n;
        if (c == LT_UTF8_BAD) {
            continue;
        }
        n = lt_utf8_encode(lower_cp(c), enc);
        if (o + n + 1 > cap) {
            break;
        }
        memcpy(out + o, enc, n);
        o += n;
    }
    out[o] = '\0';
}

/* Splits text[a..b) into words (letters with inner hyphens/apostrophes),
 * numbers and single punctuation marks. */
static void tokenize(const char *text, size_t a, size_t b, ex_toks *tk)
{
    size_t pos = a;
    tk->n = 0;
    while (pos < b && tk->n < EX_MAXTOK) {
        size_t start = pos;
        int32_t c = lt_utf8_next(text, b, &pos);
        ex_tok *t;
        if (c == LT_UTF8_BAD || is_space_cp(c)) {
            continue;
        }
        t = &tk->t[tk->n++];
        memset(t, 0, sizeof *t);
        t->off = start;
        if (is_letter_cp(c)) {
            bool all = true;
            int letters = 0;
            t->kind = TK_WORD;
            t->cap = is_upper_cp(c);
            for (size_t p = start; p < b;) {
                size_t q = p;
                int32_t d = lt_utf8_next(text, b, &q);
                if (is_letter_cp(d)) {
                    letters++;
                    all = all && is_upper_cp(d);
                    p = q;
                    pos = q;
                } else if ((d == '-' || d == '\'' || d == 0x2019) && q < b) {
                    size_t r = q;
                    int32_t e = lt_utf8_next(text, b, &r);
                    if (!is_letter_cp(e)) {
                        break;
                    }
                    p = q;
                } else {
                    break;
                }
            }
            t->allcaps = all && letters >= 2;
        } else if (is_digit_cp(c)) {
            t->kind = TK_NUM;
            t->num = c - '0';
            while (pos < b && text[pos] >= '0' && text[pos] <= '9') {
                if (t->num < 100000) {
                    t->num = t->num * 10 + (text[pos] - '0');
                }
                pos++;
            }
        } else {
            t->kind = TK_PUNCT;
        }
        t->len = pos - start;
        tok_lower(text + start, t->len, t->low, sizeof t->low);
    }
}

/* ----------------------------------------------------------- vocabularies */

static const char *const ru_months[12][3] = {
    { "январь", "января", "январе" },     { "февраль", "февраля", "феврале" },
    { "март", "марта", "марте" },         { "апрель", "апреля", "апреле" },
    { "май", "мая", "мае" },              { "июнь", "июня", "июне" },
    { "июль", "июля", "июле" },           { "август", "августа", "августе" },
    { "сентябрь", "сентября", "сентябре" }, { "октябрь", "октября", "октябре" },
    { "ноябрь", "ноября", "ноябре" },     { "декабрь", "декабря", "декабре" },
};
static const char *const en_months[12] = { "january", "february", "march", "april", "may", "june",
                                           "july", "august", "september", "october",
                                           "november", "december" };

static int month_of(const ex_tok *t, lt_ex_lang lang)
{
    if (t->kind != TK_WORD) {
        return 0;
    }
    for (int m = 0; m < 12; m++) {
        if (lang == LT_EX_RU) {
            for (int f = 0; f < 3; f++) {
                if (strcmp(t->low, ru_months[m][f]) == 0) {
                    return m + 1;
                }
            }
        } else if (t->cap && (strcmp(t->low, en_months[m]) == 0 ||
                              (m != 4 && strlen(t->low) == 3 && starts(en_months[m], t->low) &&
                               m != 2))) {
            return m + 1;
        }
    }
    return 0;
}

static lt_part part_of(const char *low)
{
    static const char *const early[] = { "начале", "начала", "early", "beginning", "start", NULL };
    static const char *const mid[] = { "середине", "середины", "mid", "middle", NULL };
    static const char *const late[] = { "конце", "конца", "late", "end", NULL };
    if (in_list(low, early)) {
        return LT_PART_EARLY;
    }
    if (in_list(low, mid)) {
        return LT_PART_MID;
    }
    if (in_list(low, late)) {
        return LT_PART_LATE;
    }
    return LT_PART_NONE;
}

static bool is_year(const ex_tok *t)
{
    return t->kind == TK_NUM && t->len == 4 && t->num >= 1000 && t->num <= 2999;
}

/* Countries are sides, not places: skipped by the place rules. */
static const char *const ru_countries[] = { "япони", "ссср", "сша", "росси", "кита", "англи",
                                            "франци", "германи", "америк", "коре", "итали",
                                            "велико", "советск", NULL };
static const char *const en_countries[] = { "japan", "ussr", "usa", "us", "u", "russia", "china",
                                            "britain", "england", "france", "germany",
                                            "america", "korea", "italy", "soviet", NULL };
/* Institutions and document words that look like places after "в". */
static const char *const ru_bodies[] = { "организац", "совет", "палат", "министерств", "комитет",
                                         "ассамбле", "парти", "правительств", "департамент",
                                         "деклараци", "конвенци", "соглашени", "договор", "протокол",
                                         "постановлени", "устав", "союз", "оон", "лдп", NULL };
static const char *const en_bodies[] = { "organization", "organisation", "council", "assembly", "house",
                                         "ministry", "committee", "party", "government", "department",
                                         "declaration", "convention", "agreement", "treaty", "protocol",
                                         "charter", "union", "the", "a", "an", "this", "that", "its",
                                         "his", "her", "their", "spring", "summer", "autumn", "winter",
                                         "fall", "late", "early", "mid", "order", "addition", "return",
                                         "response", "turn", "fact", "general", "particular", NULL };

typedef struct ex_gaz {
    const char *stem;     /* lower-case prefix of the word */
    const char *name;     /* the place's name */
    int lang;
} ex_gaz;

static const ex_gaz gazetteer[] = {
    { "москв", "Москва", 0 },       { "лондон", "Лондон", 0 },      { "токио", "Токио", 0 },
    { "нью-йорк", "Нью-Йорк", 0 },   { "вашингтон", "Вашингтон", 0 }, { "камчатк", "Камчатка", 0 },
    { "курильск", "Курильские острова", 0 }, { "сахалин", "Сахалин", 0 },
    { "рюкю", "острова Рюкю", 0 },   { "хабома", "Хабомаи", 0 },     { "шикотан", "Шикотан", 0 },
    { "пекин", "Пекин", 0 },         { "париж", "Париж", 0 },         { "берлин", "Берлин", 0 },
    { "женев", "Женева", 0 },        { "хоккайдо", "Хоккайдо", 0 },   { "ялта", "Ялта", 0 },  { "ялте", "Ялта", 0 },
    { "moscow", "Moscow", 1 },       { "london", "London", 1 },       { "tokyo", "Tokyo", 1 },
    { "washington", "Washington", 1 }, { "kamchatka", "Kamchatka", 1 },
    { "kuril", "Kuril Islands", 1 }, { "sakhalin", "Sakhalin", 1 },   { "ryukyu", "Ryukyu Islands", 1 },
    { "habomai", "Habomai", 1 },     { "shikotan", "Shikotan", 1 },   { "beijing", "Beijing", 1 },
    { "paris", "Paris", 1 },         { "berlin", "Berlin", 1 },       { "geneva", "Geneva", 1 },
    { "hokkaido", "Hokkaido", 1 },   { "yalta", "Yalta", 1 },
};

static const char *const ru_titles[] = { "премьер", "министр", "секретар", "госсекретар", "президент",
                                         "председател", "канцлер", "генерал", "маршал", "император",
                                         "корол", "посол", "посла", "послу", "послом", "депутат",
                                         "генсек", NULL };
/* Nominative of a Russian title word found by its prefix (same order). */
static const char *const ru_titles_nom[] = { "премьер", "министр", "секретарь", "госсекретарь",
                                             "президент", "председатель", "канцлер", "генерал",
                                             "маршал", "император", "король", "посол", "посол",
                                             "посол", "посол", "депутат", "генсек", NULL };
static const char *const en_titles[] = { "minister", "secretary", "president", "premier", "ambassador",
                                         "chancellor", "chairman", "emperor", "king", "general",
                                         "marshal", "senator", NULL };
/* Capitalised words inside English titles ("Minister of Agriculture Kono"). */
static const char *const en_vocab[] = { "of", "the", "and", "for", "state", "foreign", "affairs",
                                        "agriculture", "forestry", "prime", "minister", "secretary",
                                        "trade", "defence", "defense", "interior", "finance",
                                        "general", "deputy", "first", "fisheries", "council",
                                        "ministers", "chairman", "president", "japan's", "soviet",
                                        "us", "u.s", NULL };

static const char *const ru_docs[] = { "деклараци", "конвенци", "соглашени", "протокол",
                                       "постановлени", "договор", "устав", "пакт", "харти",
                                       "меморандум", "коммюнике", "записк", NULL };
static const char *const ru_docs_nom[] = { "декларация", "конвенция", "соглашение", "протокол",
                                           "постановление", "договор", "устав", "пакт", "хартия",
                                           "меморандум", "коммюнике", "записка", NULL };
static const char *const en_docs[] = { "declaration", "convention", "agreement", "protocol", "decree",
                                       "treaty", "charter", "pact", "memorandum", "aide-memoire",
                                       "aide-mémoire", "resolution", NULL };

/* The nominative of a Russian document word (English: the word itself). */
static const char *doc_role(const char *low, lt_ex_lang lang)
{
    if (lang == LT_EX_RU) {
        for (size_t k = 0; ru_docs[k]; k++) {
            if (starts(low, ru_docs[k])) {
                return ru_docs_nom[k];
            }
        }
    }
    return low;
}

static bool is_doc_word(const ex_toks *tk, size_t i, lt_ex_lang lang)
{
    const ex_tok *t = &tk->t[i];
    if (t->kind != TK_WORD) {
        return false;
    }
    if (lang == LT_EX_EN) {
        for (size_t k = 0; en_docs[k]; k++) {
            if (starts(t->low, en_docs[k]) && strlen(t->low) <= strlen(en_docs[k]) + 1) {
                return true;
            }
        }
        return false;
    }
    if (starts(t->low, "записк")) {
        return i > 0 && starts(tk->t[i - 1].low, "памятн");
    }
    if (starts(t->low, "договор") && (starts(t->low, "договорил") || starts(t->low, "договори"))) {
        return starts(t->low, "договоров") || strcmp(t->low, "договора") == 0;
    }
    return prefix_in_list(t->low, ru_docs);
}

static bool is_adjective(const ex_tok *t, lt_ex_lang lang)
{
    static const char *const ru_adj[] = { "ая", "ое", "ый", "ий", "ой", "ого", "ую", "ей", "ых", "их",
                                          "ым", "им", "ому", "ему", "ыми", "ими", "ее", "ие", "ые",
                                          NULL };
    if (t->kind != TK_WORD) {
        return false;
    }
    if (lang == LT_EX_EN) {
        return t->cap && !in_list(t->low, en_vocab) && !in_list(t->low, en_bodies);
    }
    for (size_t k = 0; ru_adj[k]; k++) {
        if (ends(t->low, ru_adj[k]) && strlen(t->low) > strlen(ru_adj[k]) + 4 &&
            !ends(t->low, "ние") && !ends(t->low, "тие")) {
            return !in_list(t->low, (const char *const[]){ "этой", "этого", "которой", "которые",
                                                           "такие", "такой", "своей", "своего",
                                                           "всей", "всего", "оба", NULL });
        }
    }
    return false;
}

/* ------------------------------------------------------------- sentences */

typedef struct ex_date {
    char text[48];
} ex_date;

#define EX_MAXDATES 8

typedef struct ex_sent {
    size_t a, b;          /* bytes of the whole text */
    int para;
    ex_date dates[EX_MAXDATES];
    int n_dates;
    size_t m1a, m1b;      /* its mentions from the first pass ... */
    size_t m2a, m2b;      /* ... and from the known-people pass */
} ex_sent;

static bool abbrev_before(const char *text, size_t line_a, size_t dot)
{
    static const char *const abbr[] = { "о-ва", "о-в", "ст", "стр", "см", "им", "ул", "пр", "др",
                                        "тыс", "млн", "млрд", "руб", "mr", "mrs", "ms", "dr", "st",
                                        "no", "vs", "jr", "sr", "gen", "col", "prof", "u.s", NULL };
    size_t s = dot, pos;
    char word[64];
    int32_t c;
    while (s > line_a && dot - s < 32 && !is_space_cp((unsigned char)text[s - 1]) &&
           text[s - 1] != '(') {
        s--;
    }
    if (dot - s == 0 || dot - s >= 32) {
        return false;
    }
    tok_lower(text + s, dot - s, word, sizeof word);
    if (in_list(word, abbr)) {
        return true;
    }
    if (strcmp(word, "г") == 0 || strcmp(word, "гг") == 0) {
        /* "1956 г. Для ..." ends a sentence; "г. Москва" (город) does not */
        size_t p = s;
        while (p > line_a && is_space_cp((unsigned char)text[p - 1])) {
            p--;
        }
        return !(p > line_a && text[p - 1] >= '0' && text[p - 1] <= '9');
    }
    pos = s;
    c = lt_utf8_next(text, dot, &pos);
    return pos == dot && is_letter_cp(c); /* initials "Н. А.", "т. е." */
}

static bool add_sent(ex_sent **v, size_t *n, size_t *cap, size_t a, size_t b, int para,
                     const char *text)
{
    while (a < b && is_space_cp((unsigned char)text[a])) {
        a++;
    }
    while (b > a && is_space_cp((unsigned char)text[b - 1])) {
        b--;
    }
    if (a >= b) {
        return true;
    }
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        ex_sent *p = realloc(*v, nc * sizeof *p);
        if (!p) {
            return false;
        }
        *v = p;
        *cap = nc;
    }
    memset(&(*v)[*n], 0, sizeof **v);
    (*v)[*n].a = a;
    (*v)[*n].b = b;
    (*v)[*n].para = para;
    (*n)++;
    return true;
}

static bool split_line(const char *text, size_t la, size_t lb, int para, ex_sent **v, size_t *n,
                       size_t *cap)
{
    size_t start = la, pos = la;
    while (pos < lb) {
        size_t at = pos;
        int32_t c = lt_utf8_next(text, lb, &pos);
        if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
            size_t q = pos, r;
            int32_t d;
            bool space = false;
            /* closing quotes and brackets stay with the sentence */
            while (q < lb) {
                bool guil = q + 1 < lb && (unsigned char)text[q] == 0xC2 &&
                            (unsigned char)text[q + 1] == 0xBB;
                if (!(guil || text[q] == '"' || text[q] == ')' || text[q] == '.' ||
                      text[q] == '!' || text[q] == '?')) {
                    break;
                }
                q += guil ? 2 : 1;
            }
            while (q < lb) {
                r = q;
                d = lt_utf8_next(text, lb, &r);
                if (!is_space_cp(d)) {
                    break;
                }
                space = true;
                q = r;
            }
            if (!space || q >= lb) {
                pos = q > pos ? q : pos; /* a run of dots is looked at once */
                continue;
            }
            r = q;
            d = lt_utf8_next(text, lb, &r);
            if (!(is_upper_cp(d) || is_digit_cp(d) || d == 0xAB || d == '"' || d == 0x201E ||
                  d == 0x201C)) {
                continue;
            }
            if (c == '.' && abbrev_before(text, la, at)) {
                continue;
            }
            if (!add_sent(v, n, cap, start, q, para, text)) {
                return false;
            }
            start = q;
            pos = q;
        }
    }
    return add_sent(v, n, cap, start, lb, para, text);
}

/* ----------------------------------------------------------------- model */

typedef struct ex_mention {
    size_t ent;
    size_t sent;
} ex_mention;

typedef struct ex_ctx {
    const char *text;
    size_t len;
    lt_ex_lang lang;
    lt_extract *x;
    size_t ent_cap, ev_cap;
    char **keys;            /* dedup key per entity */
    bool *nominative;       /* document name is in the nominative */
    ex_mention *men;
    size_t n_men, men_cap;
    int year;               /* last year met */
    const ex_sent *sv;      /* the sentences */
    size_t *persons;        /* indices of person entities (known-people pass) */
    size_t n_persons;
    bool oom;
} ex_ctx;

static size_t find_entity(ex_ctx *c, lt_ex_kind kind, const char *key)
{
    for (size_t i = 0; i < c->x->n_entities; i++) {
        if (c->x->entities[i].kind == kind && strcmp(c->keys[i], key) == 0) {
            return i;
        }
    }
    return (size_t)-1;
}

static void add_mention(ex_ctx *c, size_t ent, size_t sent)
{
    if (c->n_men == c->men_cap) {
        size_t nc = c->men_cap ? c->men_cap * 2 : 64;
        ex_mention *p = realloc(c->men, nc * sizeof *p);
        if (!p) {
            c->oom = true;
            return;
        }
        c->men = p;
        c->men_cap = nc;
    }
    c->men[c->n_men].ent = ent;
    c->men[c->n_men].sent = sent;
    c->n_men++;
}

/* Adds (or finds) an entity; returns its index or (size_t)-1. */
static size_t add_entity(ex_ctx *c, lt_ex_kind kind, const char *name, size_t name_len,
                         const char *key, const char *role, const ex_sent *s, size_t sent,
                         bool nominative)
{
    size_t i = find_entity(c, kind, key);
    lt_ex_entity *e;
    if (i != (size_t)-1) {
        e = &c->x->entities[i];
        e->mentions++;
        if (kind == LT_EX_DOCUMENT && nominative && !c->nominative[i]) {
            char *nn = dupn(name, name_len);
            if (nn) {
                free(e->name);
                e->name = nn;
                c->nominative[i] = true;
            }
        }
        add_mention(c, i, sent);
        return i;
    }
    if (c->x->n_entities >= LT_EX_MAX_ENTITIES) {
        return (size_t)-1; /* a bound on work for huge texts */
    }
    if (c->x->n_entities == c->ent_cap) {
        size_t nc = c->ent_cap ? c->ent_cap * 2 : 32;
        lt_ex_entity *p = realloc(c->x->entities, nc * sizeof *p);
        char **k;
        bool *nom;
        if (!p) {
            c->oom = true;
            return (size_t)-1;
        }
        c->x->entities = p;
        k = realloc(c->keys, nc * sizeof *k);
        if (!k) {
            c->oom = true;
            return (size_t)-1;
        }
        c->keys = k;
        nom = realloc(c->nominative, nc * sizeof *nom);
        if (!nom) {
            c->oom = true;
            return (size_t)-1;
        }
        c->nominative = nom;
        c->ent_cap = nc;
    }
    i = c->x->n_entities;
    e = &c->x->entities[i];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->name = dupn(name, name_len);
    e->role = role ? dupn(role, strlen(role)) : NULL;
    e->paragraph = s->para;
    e->sentence = dupn(c->text + s->a, s->b - s->a);
    e->mentions = 1;
    c->keys[i] = dupn(key, strlen(key));
    c->nominative[i] = nominative;
    if (!e->name || !e->sentence || !c->keys[i] || (role && !e->role)) {
        free(e->name);
        free(e->role);
        free(e->sentence);
        free(c->keys[i]);
        c->oom = true;
        return (size_t)-1;
    }
    c->x->n_entities++;
    add_mention(c, i, sent);
    return i;
}

/* ----------------------------------------------------------------- dates */

static void sent_add_date(ex_sent *s, const char *d)
{
    lt_date dt;
    char err[160];
    if (!lt_date_parse(d, &dt, err, sizeof err)) {
        return; /* "31 февраля": not a date */
    }
    for (int i = 0; i < s->n_dates; i++) {
        if (strcmp(s->dates[i].text, d) == 0) {
            return;
        }
    }
    if (s->n_dates < EX_MAXDATES) {
        snprintf(s->dates[s->n_dates++].text, sizeof s->dates[0].text, "%s", d);
    }
}

static bool year_after(const ex_toks *tk, size_t j, long *year, size_t *used)
{
    if (j < tk->n && strcmp(tk->t[j].low, ",") == 0 && j + 1 < tk->n && is_year(&tk->t[j + 1])) {
        j++;
    }
    if (j + 1 < tk->n && strcmp(tk->t[j].low, "of") == 0 && is_year(&tk->t[j + 1])) {
        j++;
    }
    if (j < tk->n && is_year(&tk->t[j])) {
        *year = tk->t[j].num;
        *used = j;
        return true;
    }
    return false;
}

static void find_dates(ex_ctx *c, ex_sent *s, const ex_toks *tk)
{
    bool used[EX_MAXTOK] = { false };
    for (size_t i = 0; i < tk->n; i++) {
        const ex_tok *t = &tk->t[i];
        int m = month_of(t, c->lang);
        lt_part part = LT_PART_NONE;
        char d[48];
        if (used[i]) {
            continue;
        }
        if (m == 0 && c->lang == LT_EX_EN && t->kind == TK_WORD && starts(t->low, "mid-")) {
            ex_tok sub = *t;
            memmove(sub.low, sub.low + 4, strlen(sub.low + 4) + 1);
            sub.cap = true;
            m = month_of(&sub, c->lang);
            part = LT_PART_MID;
        }
        if (m > 0) {
            int day = 0, day_from = 0, m2 = 0, day2 = 0;
            long year = 0;
            size_t last = i, yused;
            if (i > 0 && tk->t[i - 1].kind == TK_NUM && tk->t[i - 1].len <= 2 &&
                tk->t[i - 1].num >= 1 && tk->t[i - 1].num <= 31) {
                day = (int)tk->t[i - 1].num;
                if (i > 2 && is_dash(tk->t[i - 2].low) && tk->t[i - 3].kind == TK_NUM &&
                    tk->t[i - 3].num >= 1 && tk->t[i - 3].num < day) {
                    day_from = (int)tk->t[i - 3].num;
                }
            } else if (part == LT_PART_NONE && i > 0) {
                part = part_of(tk->t[i - 1].low);
                if (part == LT_PART_NONE && i > 1 && strcmp(tk->t[i - 1].low, "of") == 0) {
                    part = part_of(tk->t[i - 2].low);
                }
                if (part == LT_PART_NONE && i > 1 && is_dash(tk->t[i - 1].low) &&
                    strcmp(tk->t[i - 2].low, "mid") == 0) {
                    part = LT_PART_MID;
                }
            }
            if (!day && c->lang == LT_EX_EN && i + 1 < tk->n && tk->t[i + 1].kind == TK_NUM &&
                tk->t[i + 1].len <= 2 && tk->t[i + 1].num >= 1 && tk->t[i + 1].num <= 31) {
                day = (int)tk->t[i + 1].num; /* October 19, 1956 */
                last = i + 1;
            }
            if (!day && part == LT_PART_NONE && i + 2 < tk->n && is_dash(tk->t[i + 1].low)) {
                m2 = month_of(&tk->t[i + 2], c->lang);
                if (m2 > 0) {
                    last = i + 2;
                    used[i + 2] = true;
                }
            }
            if (year_after(tk, last + 1, &year, &yused)) {
                used[yused] = true;
                c->year = (int)year;
            } else {
                year = c->year;
            }
            if (year <= 0) {
                continue;
            }
            if (day && day_from) {
                snprintf(d, sizeof d, "%04ld-%02d-%02d/%04ld-%02d-%02d", year, m, day_from, year, m, day);
            } else if (day) {
                snprintf(d, sizeof d, "%04ld-%02d-%02d", year, m, day);
            } else if (part != LT_PART_NONE) {
                snprintf(d, sizeof d, "%04ld-%02d-%s", year, m,
                         part == LT_PART_EARLY ? "early" : part == LT_PART_MID ? "mid" : "late");
            } else if (m2 > m) {
                snprintf(d, sizeof d, "%04ld-%02d/%04ld-%02d", year, m, year, m2);
            } else {
                snprintf(d, sizeof d, "%04ld-%02d", year, m);
            }
            (void)day2;
            sent_add_date(s, d);
            continue;
        }
        if (t->kind == TK_WORD) {
            static const char *const ru_seasons[] = { "весной", "летом", "осенью", "зимой", NULL };
            static const char *const en_seasons[] = { "spring", "summer", "autumn", "fall", "winter", NULL };
            int k = -1;
            long year = 0;
            size_t yused;
            const char *const *list = c->lang == LT_EX_RU ? ru_seasons : en_seasons;
            for (int q = 0; list[q]; q++) {
                if (strcmp(t->low, list[q]) == 0) {
                    k = q;
                }
            }
            if (c->lang == LT_EX_EN && k >= 3) {
                k = k == 3 ? 2 : 3;
            }
            if (k < 0) {
                continue;
            }
            if (year_after(tk, i + 1, &year, &yused)) {
                used[yused] = true;
                c->year = (int)year;
            } else if (c->lang == LT_EX_RU && c->year > 0) {
                year = c->year;
            } else {
                continue;
            }
            if (k == 3) {
                snprintf(d, sizeof d, "%04ld-12/%04ld-02", year, year + 1);
            } else {
                snprintf(d, sizeof d, "%04ld-%02d/%04ld-%02d", year, 3 + 3 * k, year, 5 + 3 * k);
            }
            sent_add_date(s, d);
            continue;
        }
        if (is_year(t)) {
            bool marked = (i + 1 < tk->n && (strcmp(tk->t[i + 1].low, "г") == 0 ||
                                             starts(tk->t[i + 1].low, "год"))) ||
                          (i > 0 && (strcmp(tk->t[i - 1].low, "в") == 0 ||
                                     strcmp(tk->t[i - 1].low, "in") == 0));
            c->year = (int)t->num;
            if (marked) {
                snprintf(d, sizeof d, "%04ld", t->num);
                sent_add_date(s, d);
            }
        }
    }
}

/* ---------------------------------------------------------------- people */

static bool is_place_word(const ex_ctx *c, const ex_tok *t)
{
    for (size_t g = 0; g < sizeof gazetteer / sizeof gazetteer[0]; g++) {
        if (gazetteer[g].lang == (int)c->lang && starts(t->low, gazetteer[g].stem)) {
            return true;
        }
    }
    if (c->lang == LT_EX_RU) {
        return prefix_in_list(t->low, ru_countries) || ends(t->low, "ии") || ends(t->low, "ия");
    }
    return in_list(t->low, en_countries) || ends(t->low, "'s");
}

static void find_people(ex_ctx *c, const ex_sent *s, size_t si, const ex_toks *tk)
{
    for (size_t i = 0; i < tk->n; i++) {
        const ex_tok *t = &tk->t[i];
        bool title = t->kind == TK_WORD &&
                     (c->lang == LT_EX_RU ? prefix_in_list(t->low, ru_titles)
                                          : prefix_in_list(t->low, en_titles)) &&
                     !starts(t->low, "генеральн") && !starts(t->low, "secretariat");
        if (!title) {
            continue;
        }
        for (size_t j = i + 1; j < tk->n && j <= i + 8; j++) {
            const ex_tok *u = &tk->t[j];
            size_t k = j;
            char key[EX_TOKLEN];
            if (u->kind != TK_WORD) {
                break;
            }
            if (u->cap && (c->lang == LT_EX_RU ? prefix_in_list(u->low, ru_bodies)
                                               : in_list(u->low, en_bodies))) {
                break; /* "General Assembly", "Совет Министров": a body, not a person */
            }
            if (!u->cap || u->allcaps || is_place_word(c, u) || month_of(u, c->lang) ||
                (c->lang == LT_EX_EN && in_list(u->low, en_vocab)) ||
                (c->lang == LT_EX_RU ? prefix_in_list(u->low, ru_titles)
                                     : prefix_in_list(u->low, en_titles))) {
                continue;
            }
            while (k + 1 < tk->n && k < j + 2 && tk->t[k + 1].kind == TK_WORD && tk->t[k + 1].cap &&
                   !tk->t[k + 1].allcaps && !is_place_word(c, &tk->t[k + 1]) &&
                   !(c->lang == LT_EX_EN && in_list(tk->t[k + 1].low, en_vocab))) {
                k++;
            }
            /* the surname (last word) is the key; the name is the whole run */
            snprintf(key, sizeof key, "%s", tk->t[k].low);
            {
                char role[EX_TOKLEN];
                snprintf(role, sizeof role, "%s", t->low);
                if (c->lang == LT_EX_RU && !starts(t->low, "премьер-министр")) {
                    for (size_t r = 0; ru_titles[r]; r++) {
                        if (starts(t->low, ru_titles[r])) {
                            snprintf(role, sizeof role, "%s", ru_titles_nom[r]);
                        }
                    }
                } else if (c->lang == LT_EX_RU) {
                    snprintf(role, sizeof role, "премьер-министр");
                }
                (void)add_entity(c, LT_EX_PERSON, c->text + u->off,
                                 tk->t[k].off + tk->t[k].len - u->off, key, role, s, si, true);
            }
            i = k;
            break;
        }
    }
}

/* Bare mentions of a person already known by surname. */
static void find_known_people(ex_ctx *c, size_t si, const ex_toks *tk)
{
    const ex_sent *s = &c->sv[si];
    size_t m2a = c->n_men;
    for (size_t i = 0; i < tk->n; i++) {
        if (tk->t[i].kind != TK_WORD || !tk->t[i].cap) {
            continue;
        }
        for (size_t pi = 0; pi < c->n_persons; pi++) {
            size_t e = c->persons[pi];
            if (strcmp(c->keys[e], tk->t[i].low) == 0) {
                bool seen = false;
                for (size_t m = s->m1a; m < s->m1b; m++) {
                    seen = seen || c->men[m].ent == e;
                }
                for (size_t m = m2a; m < c->n_men; m++) {
                    seen = seen || c->men[m].ent == e;
                }
                if (!seen) {
                    add_mention(c, e, si);
                }
            }
        }
    }
}

/* ---------------------------------------------------------------- places */

static bool is_vowel_cp(int32_t c)
{
    static const int32_t v[] = { 0x430, 0x435, 0x451, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E,
                                 0x44F, 0x439, 0x44C, 0x44A };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        if (c == v[i]) {
            return true;
        }
    }
    return false;
}

/* Last two code points of s (0 when absent). */
static void last_two(const char *s, int32_t *a, int32_t *b)
{
    size_t pos = 0, n = strlen(s);
    *a = *b = 0;
    while (pos < n) {
        int32_t c = lt_utf8_next(s, n, &pos);
        *a = *b;
        *b = c;
    }
}

static bool text_has_word(const ex_ctx *c, const char *word)
{
    size_t n = strlen(word);
    const char *p = c->text, *end = c->text + c->len;
    while (p < end) {
        const char *q = memchr(p, word[0], (size_t)(end - p));
        if (!q) {
            return false;
        }
        if ((size_t)(end - q) >= n && memcmp(q, word, n) == 0 &&
            (q + n == end || !((unsigned char)q[n] >= 0xD0 || (q[n] >= 'a' && q[n] <= 'z')))) {
            return true;
        }
        p = q + 1;
    }
    return false;
}

/* The nominative of a Russian place name after a preposition (see the banner). */
static void ru_place_lemma(const ex_ctx *c, const char *word, size_t wlen, const char *prep,
                           char *out, size_t cap)
{
    char w[EX_TOKLEN], stem[EX_TOKLEN], probe[EX_TOKLEN + 8];
    int32_t a, b;
    size_t n = wlen < sizeof w - 1 ? wlen : sizeof w - 1;
    memcpy(w, word, n);
    w[n] = '\0';
    snprintf(out, cap, "%s", w);
    if (ends(w, "ии") || ends(w, "ию")) {
        w[n - 2] = '\0';
        snprintf(out, cap, "%sия", w);
        return;
    }
    if (n < 6) {
        return; /* short or indeclinable */
    }
    snprintf(stem, sizeof stem, "%.*s", (int)(n - 2), w);
    last_two(stem, &a, &b);
    if (ends(w, "е")) {
        bool fem = (!is_vowel_cp(lower_cp(a)) && !is_vowel_cp(lower_cp(b)));
        if (c->len <= 256u * 1024u) { /* look for another form ("Прагу") in small texts */
            snprintf(probe, sizeof probe, "%sу", stem);
            fem = fem || text_has_word(c, probe);
            snprintf(probe, sizeof probe, "%sы", stem);
            fem = fem || text_has_word(c, probe);
        }
        snprintf(out, cap, fem ? "%sа" : "%s", stem);
    } else if (ends(w, "у") || ends(w, "ы")) {
        snprintf(out, cap, "%sа", stem);
    } else if (ends(w, "и") && (b == 0x433 || b == 0x43A || b == 0x445)) {
        snprintf(out, cap, "%sа", stem);
    } else if (ends(w, "а") && (strcmp(prep, "из") == 0 || strcmp(prep, "до") == 0)) {
        snprintf(out, cap, "%s", stem);
    }
}

static void find_places(ex_ctx *c, const ex_sent *s, size_t si, const ex_toks *tk)
{
    for (size_t i = 0; i < tk->n; i++) {
        const ex_tok *t = &tk->t[i];
        char name[EX_TOKLEN * 3], key[EX_TOKLEN * 3];
        bool found = false;
        if (t->kind != TK_WORD || !t->cap) {
            continue;
        }
        for (size_t g = 0; g < sizeof gazetteer / sizeof gazetteer[0] && !found; g++) {
            if (gazetteer[g].lang == (int)c->lang && starts(t->low, gazetteer[g].stem)) {
                snprintf(name, sizeof name, "%s", gazetteer[g].name);
                found = true;
            }
        }
        if (!found && c->lang == LT_EX_EN && strcmp(t->low, "new") == 0 && i + 1 < tk->n &&
            strcmp(tk->t[i + 1].low, "york") == 0) {
            snprintf(name, sizeof name, "New York");
            found = true;
            i++;
        }
        if (!found && i > 0 && !t->allcaps && !month_of(t, c->lang)) {
            const char *p = tk->t[i - 1].low;
            if (c->lang == LT_EX_RU && (strcmp(p, "в") == 0 || strcmp(p, "во") == 0 ||
                                        strcmp(p, "из") == 0 || strcmp(p, "до") == 0)) {
                if (!prefix_in_list(t->low, ru_countries) && !prefix_in_list(t->low, ru_bodies)) {
                    ru_place_lemma(c, c->text + t->off, t->len, p, name, sizeof name);
                    found = true;
                }
            } else if (c->lang == LT_EX_EN &&
                       (strcmp(p, "in") == 0 || strcmp(p, "at") == 0 || strcmp(p, "from") == 0 ||
                        strcmp(p, "to") == 0)) {
                if (!in_list(t->low, en_countries) && !in_list(t->low, en_bodies) &&
                    !in_list(t->low, en_vocab) && !prefix_in_list(t->low, en_titles)) {
                    size_t k = i;
                    while (k + 1 < tk->n && k < i + 2 && tk->t[k + 1].kind == TK_WORD &&
                           tk->t[k + 1].cap && !in_list(tk->t[k + 1].low, en_vocab)) {
                        k++;
                    }
                    snprintf(name, sizeof name, "%.*s", (int)(tk->t[k].off + tk->t[k].len - t->off),
                             c->text + t->off);
                    found = true;
                    i = k;
                }
            }
        }
        if (found) {
            tok_lower(name, strlen(name), key, sizeof key);
            (void)add_entity(c, LT_EX_PLACE, name, strlen(name), key, NULL, s, si, true);
        }
    }
}

/* ------------------------------------------------------------- documents */

static void doc_key(const ex_toks *tk, size_t a, size_t b, char *key, size_t cap)
{
    size_t o = 0;
    key[0] = '\0';
    for (size_t i = a; i <= b; i++) {
        const char *w = tk->t[i].low;
        size_t pos = 0, n = strlen(w), cut = 0;
        int cps = 0;
        while (pos < n && cps < 4) {
            (void)lt_utf8_next(w, n, &pos);
            cps++;
            cut = pos;
        }
        if (o + cut + 2 >= cap) {
            break;
        }
        if (o) {
            key[o++] = ' ';
        }
        memcpy(key + o, w, cut);
        o += cut;
        key[o] = '\0';
    }
}

static void find_documents(ex_ctx *c, const ex_sent *s, size_t si, const ex_toks *tk)
{
    /* texts in quotes */
    for (size_t i = 0; i < tk->n; i++) {
        size_t j, words = 0;
        if (tk->t[i].kind != TK_PUNCT || !is_open_quote(tk->t[i].low)) {
            continue;
        }
        for (j = i + 1; j < tk->n && !(tk->t[j].kind == TK_PUNCT && is_close_quote(tk->t[j].low));
             j++) {
            words += tk->t[j].kind == TK_WORD;
        }
        if (j >= tk->n || j == i + 1) {
            break;
        }
        if (words >= 2 || (i > 0 && is_doc_word(tk, i - 1, c->lang))) {
            char key[EX_TOKLEN * 4], role[EX_TOKLEN];
            size_t a = tk->t[i].off + tk->t[i].len, b = tk->t[j].off;
            tok_lower(c->text + a, b - a, key, sizeof key);
            role[0] = '\0';
            if (i > 0 && is_doc_word(tk, i - 1, c->lang)) {
                snprintf(role, sizeof role, "%s", doc_role(tk->t[i - 1].low, c->lang));
            }
            (void)add_entity(c, LT_EX_DOCUMENT, c->text + a, b - a, key, role[0] ? role : NULL, s,
                             si, true);
        }
        i = j;
    }
    /* document words with their adjectives and tail */
    for (size_t i = 0; i < tk->n; i++) {
        size_t a = i, b = i;
        char key[EX_TOKLEN * 4];
        bool tail = false, nom;
        if (!is_doc_word(tk, i, c->lang)) {
            continue;
        }
        if (i + 1 < tk->n && tk->t[i + 1].kind == TK_PUNCT && is_open_quote(tk->t[i + 1].low)) {
            continue; /* named in quotes: done above */
        }
        while (a > 0 && a + 3 > i && is_adjective(&tk->t[a - 1], c->lang)) {
            a--;
        }
        if (i + 1 < tk->n) {
            const ex_tok *n1 = &tk->t[i + 1];
            static const char *const ru_pre[] = { "о", "об", "по", NULL };
            static const char *const en_pre[] = { "on", "of", "for", NULL };
            bool pre = n1->kind == TK_WORD && in_list(n1->low, c->lang == LT_EX_RU ? ru_pre : en_pre);
            bool caps = n1->kind == TK_WORD && n1->cap && !month_of(n1, c->lang);
            if (pre || caps) {
                size_t k = i + 1;
                while (k < tk->n && k < i + 12 && tk->t[k].kind == TK_WORD && !is_doc_word(tk, k, c->lang)) {
                    const ex_tok *w = &tk->t[k];
                    bool conj = in_list(w->low, (const char *const[]){ "и", "или", "and", "or", NULL });
                    static const char *const stop[] = { "was", "were", "is", "are", "had", "has",
                                                        "have", "would", "will", "which", "that",
                                                        "who", "был", "была", "было", "были",
                                                        "который", "которая", "которое", "которые",
                                                        "что", NULL };
                    if (in_list(w->low, stop)) {
                        break;
                    }
                    if (caps && !pre && !w->cap && !conj) {
                        break;
                    }
                    if (conj && (k + 1 >= tk->n || is_doc_word(tk, k + 1, c->lang) ||
                                 (caps && !pre && !tk->t[k + 1].cap))) {
                        break;
                    }
                    if (!pre && caps && c->lang == LT_EX_EN && in_list(w->low, en_vocab) && !conj) {
                        break;
                    }
                    b = k;
                    k++;
                }
                while (b > i && in_list(tk->t[b].low, (const char *const[]){ "и", "или", "and", "or",
                                                                         "the", "of", NULL })) {
                    b--;
                }
                tail = b > i;
            }
        }
        if (a == i && !tail) {
            continue;
        }
        doc_key(tk, a, i, key, sizeof key);
        nom = c->lang == LT_EX_EN || in_list(tk->t[i].low, ru_docs_nom);
        (void)add_entity(c, LT_EX_DOCUMENT, c->text + tk->t[a].off,
                         tk->t[b].off + tk->t[b].len - tk->t[a].off, key, doc_role(tk->t[i].low, c->lang), s, si, nom);
        i = b;
    }
}

/* ---------------------------------------------------------------- events */

static bool add_event(ex_ctx *c, const char *date, int para, size_t sa, size_t sb, size_t s_first,
                      size_t s_last, int carried_from)
{
    lt_ex_event *e;
    char err[160];
    if (c->x->n_events == c->ev_cap) {
        size_t nc = c->ev_cap ? c->ev_cap * 2 : 32;
        lt_ex_event *p = realloc(c->x->events, nc * sizeof *p);
        if (!p) {
            return false;
        }
        c->x->events = p;
        c->ev_cap = nc;
    }
    e = &c->x->events[c->x->n_events];
    memset(e, 0, sizeof *e);
    snprintf(e->date_text, sizeof e->date_text, "%s", date);
    if (!lt_date_parse(date, &e->date, err, sizeof err)) {
        return true;
    }
    e->paragraph = para;
    e->carried = carried_from > 0;
    e->carried_from = carried_from;
    e->sentence = dupn(c->text + sa, sb - sa);
    if (!e->sentence) {
        return false;
    }
    for (size_t si = s_first; si <= s_last; si++) {
        for (int pass = 0; pass < 2; pass++) {
            size_t ma = pass ? c->sv[si].m2a : c->sv[si].m1a;
            size_t mb = pass ? c->sv[si].m2b : c->sv[si].m1b;
            for (size_t m = ma; m < mb; m++) {
                bool dup = false;
                for (size_t k = 0; k < e->n_links; k++) {
                    dup = dup || e->links[k] == c->men[m].ent;
                }
                if (!dup && e->n_links < LT_EX_MAX_LINKS) {
                    e->links[e->n_links++] = c->men[m].ent;
                }
            }
        }
    }
    c->x->n_events++;
    return true;
}

static bool build_events(ex_ctx *c, const ex_sent *sv, size_t ns)
{
    const char *last_date = NULL;
    int last_para = 0;
    size_t i = 0;
    while (i < ns) {
        int para = sv[i].para;
        size_t j = i;
        /* leading sentences of the paragraph without a date */
        while (j < ns && sv[j].para == para && sv[j].n_dates == 0) {
            j++;
        }
        if (j > i && last_date) {
            size_t end = j - 1 < i + 2 ? j - 1 : i + 2; /* at most three sentences */
            if (!add_event(c, last_date, para, sv[i].a, sv[end].b, i, end, last_para)) {
                return false;
            }
        }
        for (; j < ns && sv[j].para == para; j++) {
            for (int d = 0; d < sv[j].n_dates; d++) {
                if (!add_event(c, sv[j].dates[d].text, para, sv[j].a, sv[j].b, j, j, 0)) {
                    return false;
                }
                last_date = sv[j].dates[d].text;
                last_para = para;
            }
        }
        i = j;
    }
    return true;
}

/* ------------------------------------------------------------------- ids */

size_t lt_extract_translit(const char *s, char *out, size_t outlen)
{
    static const char *const ru[] = { "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l",
                                      "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch",
                                      "sh", "shch", "", "y", "", "e", "yu", "ya" };
    size_t pos = 0, n = strlen(s), o = 0;
    bool dash = false;
    if (outlen == 0) {
        return 0;
    }
    while (pos < n) {
        int32_t c = lower_cp(lt_utf8_next(s, n, &pos));
        const char *rep = NULL;
        char one[2] = { 0, 0 };
        if (c >= 0x430 && c <= 0x44F) {
            rep = ru[c - 0x430];
        } else if (c == 0x451) {
            rep = "e";
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            one[0] = (char)c;
            rep = one;
        } else if (c >= 0xE0 && c <= 0xFF) {
            static const char lat1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
            one[0] = lat1[c - 0xE0];
            rep = one[0] == '/' ? NULL : one;
        } else if (c == 0x14D || c == 0x16B || c == 0x101) {
            one[0] = c == 0x14D ? 'o' : c == 0x16B ? 'u' : 'a';
            rep = one;
        }
        if (rep && *rep) {
            size_t k = strlen(rep);
            if (dash && o > 0 && o + 1 < outlen) {
                out[o++] = '-';
            }
            dash = false;
            if (o + k >= outlen) {
                break;
            }
            memcpy(out + o, rep, k);
            o += k;
        } else if (!rep) {
            dash = true;
        }
    }
    out[o] = '\0';
    return o;
}

static bool assign_ids(lt_extract *x)
{
    for (size_t i = 0; i < x->n_entities; i++) {
        char id[64], base[48];
        int n = 1;
        if (lt_extract_translit(x->entities[i].name, base, sizeof base) == 0) {
            snprintf(base, sizeof base, "%s",
                     x->entities[i].kind == LT_EX_PERSON ? "person"
                     : x->entities[i].kind == LT_EX_PLACE ? "place" : "document");
        }
        snprintf(id, sizeof id, "%s", base);
        for (;;) {
            bool taken = false;
            for (size_t k = 0; k < i; k++) {
                taken = taken || strcmp(x->entities[k].id, id) == 0;
            }
            if (!taken) {
                break;
            }
            snprintf(id, sizeof id, "%s-%d", base, ++n);
        }
        x->entities[i].id = dupn(id, strlen(id));
        if (!x->entities[i].id) {
            return false;
        }
    }
    return true;
}

/* ------------------------------------------------------------------- run */

void lt_extract_free(lt_extract *x)
{
    if (!x) {
        return;
    }
    for (size_t i = 0; i < x->n_events; i++) {
        free(x->events[i].sentence);
    }
    for (size_t i = 0; i < x->n_entities; i++) {
        free(x->entities[i].id);
        free(x->entities[i].name);
        free(x->entities[i].role);
        free(x->entities[i].sentence);
    }
    free(x->events);
    free(x->entities);
    free(x);
}

lt_extract *lt_extract_run(const char *text, size_t len, lt_ex_lang lang)
{
    ex_ctx c;
    ex_sent *sv = NULL;
    size_t ns = 0, scap = 0, la = 0;
    ex_toks *tk;
    int para = 0;
    bool ok = true;

    if (len > LT_EX_MAX_TEXT) {
        return NULL;
    }
    memset(&c, 0, sizeof c);
    c.text = text;
    c.len = len;
    c.lang = lang;
    c.x = calloc(1, sizeof *c.x);
    tk = malloc(sizeof *tk);
    if (!c.x || !tk) {
        free(c.x);
        free(tk);
        return NULL;
    }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        la = 3;
    }
    while (la < len || (la == len && para == 0 && len == 0)) {
        const char *nl = memchr(text + la, '\n', len - la);
        size_t lb = nl ? (size_t)(nl - text) : len;
        para++;
        if (!split_line(text, la, lb, para, &sv, &ns, &scap)) {
            ok = false;
            break;
        }
        if (!nl) {
            break;
        }
        la = lb + 1;
    }
    c.x->n_paragraphs = para;
    c.sv = sv;
    for (size_t i = 0; ok && i < ns; i++) {
        tokenize(text, sv[i].a, sv[i].b, tk);
        sv[i].m1a = c.n_men;
        find_dates(&c, &sv[i], tk);
        find_people(&c, &sv[i], i, tk);
        find_places(&c, &sv[i], i, tk);
        find_documents(&c, &sv[i], i, tk);
        sv[i].m1b = c.n_men;
    }
    c.persons = malloc((c.x->n_entities + 1) * sizeof *c.persons);
    ok = ok && c.persons != NULL;
    for (size_t i = 0; ok && i < c.x->n_entities; i++) {
        if (c.x->entities[i].kind == LT_EX_PERSON) {
            c.persons[c.n_persons++] = i;
        }
    }
    for (size_t i = 0; ok && i < ns && c.n_persons > 0; i++) {
        tokenize(text, sv[i].a, sv[i].b, tk);
        sv[i].m2a = c.n_men;
        find_known_people(&c, i, tk);
        sv[i].m2b = c.n_men;
    }
    ok = ok && !c.oom && build_events(&c, sv, ns) && assign_ids(c.x);
    for (size_t i = 0; i < c.x->n_entities; i++) {
        free(c.keys[i]);
    }
    free(c.keys);
    free(c.nominative);
    free(c.men);
    free(c.persons);
    free(sv);
    free(tk);
    if (!ok) {
        lt_extract_free(c.x);
        return NULL;
    }
    return c.x;
}

/* ------------------------------------------------------------------ yaml */

static void yaml_str(ex_buf *b, const char *s)
{
    size_t n = strlen(s), pos = 0;
    buf_str(b, "\"");
    while (pos < n) {
        size_t at = pos;
        int32_t c = lt_utf8_next(s, n, &pos);
        if (c == LT_UTF8_BAD) {
            buf_str(b, "\xEF\xBF\xBD"); /* U+FFFD for a byte that is not UTF-8 */
        } else if (c == '"' || c == '\\') {
            buf_add(b, "\\", 1);
            buf_add(b, s + at, 1);
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF ||
                   c == 0x2028 || c == 0x2029) {
            buf_add(b, " ", 1);
        } else {
            buf_add(b, s + at, pos - at);
        }
    }
    buf_str(b, "\"");
}

static void yaml_text(ex_buf *b, lt_ex_lang lang, const char *s)
{
    buf_str(b, lang == LT_EX_RU ? "{ru: " : "{en: ");
    yaml_str(b, s);
    buf_str(b, "}");
}

/* A short cut of the sentence: up to ~60 characters at a word boundary. */
static void event_title(const char *s, char *out, size_t cap)
{
    size_t n = strlen(s), pos = 0, cut = 0;
    int cps = 0;
    while (pos < n) {
        int32_t c = lt_utf8_next(s, n, &pos);
        cps++;
        if (c == ' ' && cps > 20) {
            cut = pos - 1;
        }
        if (cps >= 60) {
            break;
        }
    }
    if (pos >= n) {
        snprintf(out, cap, "%s", s);
        if (n > 0 && out[strlen(out) - 1] == '.') {
            out[strlen(out) - 1] = '\0';
        }
        return;
    }
    if (cut == 0) {
        cut = pos;
    }
    while (cut > 0 && (s[cut - 1] == ',' || s[cut - 1] == ' ')) {
        cut--;
    }
    snprintf(out, cap, "%.*s\xE2\x80\xA6", (int)cut, s);
}

char *lt_extract_yaml(const lt_extract *x, lt_ex_lang lang, const char *pack_id,
                      const char *source_file)
{
    static const char *const kinds[] = { "person", "place", "document" };
    ex_buf b = { 0 };
    const char *lc = lang == LT_EX_RU ? "ru" : "en";
    buf_str(&b, "# Draft made by letopis-pack extract: review every event before use\n");
    buf_str(&b, "# (dates marked 'carried' were not in their sentence; names are as found)\n");
    buf_str(&b, "format: 1\nid: ");
    buf_str(&b, pack_id);
    buf_str(&b, "\nversion: 1\ntitle: ");
    {
        char t[600];
        snprintf(t, sizeof t, lang == LT_EX_RU ? "Черновик: %s" : "Draft: %s", source_file);
        yaml_text(&b, lang, t);
    }
    buf_str(&b, "\nlanguages: [");
    buf_str(&b, lc);
    buf_str(&b, "]\nsources:\n  - id: main\n    file: ");
    yaml_str(&b, source_file);
    buf_str(&b, "\n    lang: ");
    buf_str(&b, lc);
    buf_str(&b, "\nentities:");
    if (x->n_entities == 0) {
        buf_str(&b, " []");
    }
    buf_str(&b, "\n");
    for (size_t i = 0; i < x->n_entities; i++) {
        const lt_ex_entity *e = &x->entities[i];
        buf_str(&b, "  - id: ");
        buf_str(&b, e->id);
        buf_str(&b, "\n    kind: ");
        buf_str(&b, kinds[e->kind]);
        buf_str(&b, "\n    name: ");
        yaml_text(&b, lang, e->name);
        if (e->role && e->role[0]) {
            buf_str(&b, "\n    role: ");
            yaml_text(&b, lang, e->role);
        }
        buf_fmt(&b, "   # first in paragraph %d", e->paragraph);
        buf_fmt(&b, ", %d mention(s)\n", e->mentions);
    }
    buf_str(&b, "events:");
    if (x->n_events == 0) {
        buf_str(&b, " []");
    }
    buf_str(&b, "\n");
    for (size_t i = 0; i < x->n_events; i++) {
        const lt_ex_event *e = &x->events[i];
        char title[400];
        const char *lists[3] = { "people", "places", "documents" };
        buf_fmt(&b, "  - id: E%d\n", (int)i + 1);
        if (e->carried) {
            buf_fmt(&b, "    # date carried from paragraph %d: the sentence gives none, check it\n",
                    e->carried_from);
        }
        buf_str(&b, "    date: \"");
        buf_str(&b, e->date_text);
        buf_str(&b, "\"\n    title: ");
        event_title(e->sentence, title, sizeof title);
        yaml_text(&b, lang, title);
        buf_str(&b, "\n    text: ");
        yaml_text(&b, lang, e->sentence);
        buf_str(&b, "\n");
        for (int k = 0; k < 3; k++) {
            bool any = false;
            for (size_t l = 0; l < e->n_links; l++) {
                const lt_ex_entity *en = &x->entities[e->links[l]];
                if ((int)en->kind != k) {
                    continue;
                }
                buf_str(&b, any ? ", " : "    ");
                if (!any) {
                    buf_str(&b, lists[k]);
                    buf_str(&b, ": [");
                }
                any = true;
                if (k == LT_EX_PERSON) {
                    buf_str(&b, "{id: ");
                    buf_str(&b, en->id);
                    buf_str(&b, ", role: participant}");
                } else {
                    buf_str(&b, en->id);
                }
            }
            if (any) {
                buf_str(&b, "]\n");
            }
        }
        buf_fmt(&b, "    source: {text: main, paragraph: %d}\n", e->paragraph);
    }
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}
