/* test_norm.c: tables of typed answers in Russian and English against
 * lenient comparison (case, ё, punctuation, look-alikes, typos, digits),
 * and the rendered diffs. Depends on: lt_norm.h. */
#include <stdio.h>
#include <string.h>

#include "lt_norm.h"
#include "qt.h"

typedef struct norm_case {
    const char *alts[6];  /* accepted answers, NULL-terminated */
    const char *got;
    lt_verdict want;
    const char *diff;     /* expected rendering, or NULL to skip */
} norm_case;

static const char *const hatoyama[] = {"Хатояма", "Итиро Хатояма", "Хатояма Итиро", "Hatoyama",
                                       "Ichirō Hatoyama", NULL};

static const norm_case ru_cases[] = {
    {{"Хатояма"}, "Хатояма", LT_VERDICT_RIGHT, "Хатояма"},
    {{"Хатояма"}, "хатояма", LT_VERDICT_RIGHT, NULL},
    {{"Хатояма"}, "  ХАТОЯМА ", LT_VERDICT_RIGHT, NULL},
    {{"Хатояма"}, "Хатоямa", LT_VERDICT_RIGHT, NULL},          /* Latin a typed */
    {{"Хатояма"}, "XATOЯMA", LT_VERDICT_RIGHT, NULL},          /* Latin X, T, M, A */
    {{"Хатояма"}, "Хотояма", LT_VERDICT_CLOSE, "Х[а→о]тояма"},
    {{"Хатояма"}, "Хатоям", LT_VERDICT_CLOSE, "Хатоям[+а]"},
    {{"Хатояма"}, "Хаотяма", LT_VERDICT_CLOSE, "Ха[то↔от]яма"},
    {{"Хатояма"}, "Хатояммма", LT_VERDICT_WRONG, NULL},         /* two extra letters */
    {{"Хатояма"}, "Хтоям", LT_VERDICT_WRONG, NULL},
    {{"Хатояма"}, "Хрущёв", LT_VERDICT_WRONG, NULL},
    {{"Хрущёв"}, "хрущев", LT_VERDICT_RIGHT, NULL},             /* ё = е */
    {{"Хрущев"}, "ХРУЩЁВ", LT_VERDICT_RIGHT, NULL},
    {{"Итиро Хатояма"}, "  итиро    хатояма  ", LT_VERDICT_RIGHT, NULL},
    {{"Итиро Хатояма"}, "Итиро-Хатояма", LT_VERDICT_RIGHT, NULL},
    {{"Итиро Хатояма"}, "ИтироХатояма", LT_VERDICT_CLOSE, "Итиро[+ ]Хатояма"},
    {{"Москва"}, "«Москва»!", LT_VERDICT_RIGHT, NULL},
    {{"Москва"}, "Моска", LT_VERDICT_CLOSE, "Моск[+в]а"},
    {{"Москва"}, "Мск", LT_VERDICT_WRONG, NULL},
    {{"Коно"}, "Кона", LT_VERDICT_WRONG, NULL},                 /* four letters: no typo forgiven */
    {{"Токио"}, "Токоо", LT_VERDICT_CLOSE, NULL},
    {{"Нью-Йорк"}, "нью йорк", LT_VERDICT_RIGHT, NULL},
    {{"Нью-Йорк"}, "НьюЙорк", LT_VERDICT_CLOSE, NULL},
    {{"Совет Министров СССР"}, "совет министров сср", LT_VERDICT_CLOSE, "Совет Министров [+С]ССР"},
    {{"Совет Министров СССР"}, "совет министерств", LT_VERDICT_WRONG, NULL},
    {{"Президиум Верховного Совета"}, "президиум верховного совета!!", LT_VERDICT_RIGHT, NULL},
    {{"Президиум Верховного Совета"}, "призидиум верховнова совета", LT_VERDICT_CLOSE, NULL},
    {{"Ёлка"}, "елка", LT_VERDICT_RIGHT, NULL},
    {{"19 октября 1956"}, "19 октября 1956", LT_VERDICT_RIGHT, NULL},
    {{"19 октября 1956"}, "19 октебря 1956", LT_VERDICT_CLOSE, NULL},
    {{"19 октября 1956"}, "18 октября 1956", LT_VERDICT_WRONG, "1[9→8] октября 1956"},
    {{"19 октября 1956"}, "19 октября 1965", LT_VERDICT_WRONG, NULL}, /* no swaps of digits */
    {{"19 октября 1956"}, "19 октября", LT_VERDICT_WRONG, NULL},
    {{"Статья 9"}, "статья 8", LT_VERDICT_WRONG, NULL},
    {{"Статья 9"}, "статя 9", LT_VERDICT_CLOSE, NULL},
    {{"Хатояма"}, "", LT_VERDICT_WRONG, NULL},
    {{"Хатояма"}, "  —  «»  ", LT_VERDICT_WRONG, NULL},
    {{"—"}, "—", LT_VERDICT_WRONG, NULL},                       /* empty after normalisation */
    {{"Сигэмицу", "Сигемицу", "Шигемицу"}, "шигемицу", LT_VERDICT_RIGHT, NULL},
    {{"Сигэмицу", "Сигемицу", "Шигемицу"}, "Сигемицы", LT_VERDICT_CLOSE, NULL},
};

static const norm_case en_cases[] = {
    {{"London"}, "london", LT_VERDICT_RIGHT, NULL},
    {{"London"}, "LONDON.", LT_VERDICT_RIGHT, NULL},
    {{"London"}, "Londn", LT_VERDICT_CLOSE, "Lond[+o]n"},
    {{"London"}, "Lodnon", LT_VERDICT_CLOSE, "Lo[nd↔dn]on"},
    {{"London"}, "Paris", LT_VERDICT_WRONG, NULL},
    {{"Kuril Islands"}, "kuril islands", LT_VERDICT_RIGHT, NULL},
    {{"Kuril Islands"}, "Kurile Islands", LT_VERDICT_CLOSE, NULL},
    {{"Kuril Islands"}, "Kurile Iselands", LT_VERDICT_CLOSE, NULL}, /* 12 letters: two typos */
    {{"Kuril Islands"}, "Kurile Iselandz", LT_VERDICT_WRONG, NULL},
    {{"Kōno"}, "Kono", LT_VERDICT_RIGHT, NULL},                 /* diacritics */
    {{"Ryūkyū Islands"}, "ryukyu islands", LT_VERDICT_RIGHT, NULL},
    {{"Shun'ichi Matsumoto"}, "Shunichi Matsumoto", LT_VERDICT_RIGHT, NULL},
    {{"Shun'ichi Matsumoto"}, "Shun’ichi Matsumoto", LT_VERDICT_RIGHT, NULL},
    {{"Kono"}, "Kоno", LT_VERDICT_RIGHT, NULL},                 /* Cyrillic о typed */
    {{"J. F. Dulles"}, "J.F. Dulles", LT_VERDICT_RIGHT, NULL},
    {{"J. F. Dulles"}, "JF Dulles", LT_VERDICT_CLOSE, NULL},
    {{"UN Charter"}, "the UN Charter", LT_VERDICT_WRONG, NULL},
    {{"Gromyko"}, "Gromko", LT_VERDICT_CLOSE, NULL},
    {{"Gromyko"}, "Gromyko!", LT_VERDICT_RIGHT, NULL},
    {{"1956"}, "1956", LT_VERDICT_RIGHT, NULL},
    {{"1956"}, "1955", LT_VERDICT_WRONG, NULL},
    {{"1956"}, "1965", LT_VERDICT_WRONG, NULL},
    {{"Article 9"}, "Artcle 9", LT_VERDICT_CLOSE, NULL},
    {{"Article 9"}, "Article 6", LT_VERDICT_WRONG, NULL},
    {{"Washington, D.C."}, "washington d.c", LT_VERDICT_RIGHT, NULL},
    {{"Washington, D.C."}, "washington dc", LT_VERDICT_CLOSE, NULL},
    {{"Zürich"}, "ZURICH", LT_VERDICT_RIGHT, NULL},
    {{"Straße"}, "strasse", LT_VERDICT_RIGHT, NULL},
    {{"London"}, "", LT_VERDICT_WRONG, NULL},
    {{"London"}, "?!", LT_VERDICT_WRONG, NULL},
};

static int alt_count(const char *const *alts)
{
    int n = 0;
    while (n < 6 && alts[n] != NULL) {
        n++;
    }
    return n;
}

static void run_table(const char *name, const norm_case *cases, size_t n, int *tally)
{
    for (size_t i = 0; i < n; i++) {
        const norm_case *c = &cases[i];
        lt_norm_result r;
        lt_verdict v = lt_norm_match(c->alts, (size_t)alt_count(c->alts), c->got, &r);
        QT_CHECK(v == c->want, "%s case %zu: '%s' against '%s': %s (distance %d, allowed %d), want %s", name, i, c->got,
                 c->alts[0], lt_verdict_name(v), r.distance, r.allowed, lt_verdict_name(c->want));
        tally[v]++;
        if (c->diff != NULL) {
            char buf[512];
            lt_norm_render(&r, buf, sizeof buf);
            QT_CHECK(strcmp(buf, c->diff) == 0, "%s case %zu: diff '%s', want '%s'", name, i, buf, c->diff);
        }
    }
}

int main(void)
{
    int tally[3] = {0};
    run_table("ru", ru_cases, sizeof ru_cases / sizeof ru_cases[0], tally);
    run_table("en", en_cases, sizeof en_cases / sizeof en_cases[0], tally);

    /* Alternatives in both languages. */
    static const struct {
        const char *got;
        lt_verdict want;
        int alt;
    } alts[] = {
        {"Хатояма", LT_VERDICT_RIGHT, 0},        {"Итиро Хатояма", LT_VERDICT_RIGHT, 1},
        {"хатояма итиро", LT_VERDICT_RIGHT, 2},  {"Hatoyama", LT_VERDICT_RIGHT, 3},
        {"Ichiro Hatoyama", LT_VERDICT_RIGHT, 4}, {"Hatojama", LT_VERDICT_CLOSE, 3},
        {"Итиро Хатаяма", LT_VERDICT_CLOSE, 1},  {"Коно", LT_VERDICT_WRONG, -2},
    };
    for (size_t i = 0; i < sizeof alts / sizeof alts[0]; i++) {
        lt_norm_result r;
        lt_verdict v = lt_norm_match(hatoyama, 5, alts[i].got, &r);
        QT_CHECK(v == alts[i].want, "alternatives: '%s' is %s", alts[i].got, lt_verdict_name(v));
        QT_CHECK(alts[i].alt == -2 || r.alt == alts[i].alt, "alternatives: '%s' matched #%d, want #%d", alts[i].got,
                 r.alt, alts[i].alt);
    }

    /* The normal form itself. */
    char out[128];
    lt_norm("  «Итиро —  Хатояма»! ", out, sizeof out);
    QT_CHECK(strcmp(out, "итиро хатояма") == 0, "normal form '%s'", out);
    char a[64], b[64];
    lt_norm("Hatoyama", a, sizeof a);
    lt_norm("НАТОУАМА", b, sizeof b);
    QT_CHECK(strcmp(a, b) == 0, "look-alikes fold to one script: '%s' vs '%s'", a, b);
    QT_CHECK(lt_norm_equal("Kōno", "KONO"), "Kōno = KONO");
    QT_CHECK(!lt_norm_equal("", ""), "two empty strings are not an answer");
    QT_CHECK(lt_norm_is_empty(" - «» ... "), "punctuation only is empty");
    QT_CHECK(lt_norm_allowed_edits(4) == 0 && lt_norm_allowed_edits(5) == 1 && lt_norm_allowed_edits(10) == 1 &&
                 lt_norm_allowed_edits(11) == 2 && lt_norm_allowed_edits(17) == 3,
             "allowed edits per letters");
    /* Malformed UTF-8 never breaks it. */
    QT_CHECK(lt_norm_compare("Москва", "Мос\xff\xfeква", NULL) == LT_VERDICT_RIGHT, "bad bytes are dropped");
    /* A diff of an extra letter, rendered against the expected spelling. */
    lt_norm_result r;
    lt_norm_compare("Хатояма", "Хатояхма", &r);
    char buf[256];
    lt_norm_render(&r, buf, sizeof buf);
    QT_CHECK(r.verdict == LT_VERDICT_CLOSE && strcmp(buf, "Хатоя[-х]ма") == 0, "extra letter: '%s'", buf);
    printf("norm: %zu ru + %zu en cases: %d right, %d close, %d wrong\n", sizeof ru_cases / sizeof ru_cases[0],
           sizeof en_cases / sizeof en_cases[0], tally[LT_VERDICT_RIGHT], tally[LT_VERDICT_CLOSE],
           tally[LT_VERDICT_WRONG]);
    return QT_DONE();
}
