/* test_csv.c: the CSV/TSV importer: separators, quotes, row numbers, the
 * layouts, broken rows, a golden summary of data/ (test_csv DATA GOLDEN [--update])
 * and the fuzz seed corpus (test_csv --corpus DIR). Depends on: lt_import.h, lt_test.h. */
#include <dirent.h>
#include <stdlib.h>

#include "lt_import.h"
#include "lt_test.h"

/* ---- helpers ---- */

typedef struct sbuf {
    char *s;
    size_t len, cap;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void sb_str(sbuf *b, const char *s)
{
    sb_put(b, s, strlen(s));
}

/* A quoted string with newlines shown as \n. */
static void sb_q(sbuf *b, const char *s)
{
    sb_str(b, "\"");
    for (; s && *s; s++) {
        if (*s == '\n') {
            sb_str(b, "\\n");
        } else {
            sb_put(b, s, 1);
        }
    }
    sb_str(b, "\"");
}

static void sb_fmt(sbuf *b, const char *fmt, long v)
{
    char tmp[64];
    snprintf(tmp, sizeof tmp, fmt, v);
    sb_str(b, tmp);
}

static const char *sep_name(char c)
{
    switch (c) {
    case '\t': return "tab";
    case ';': return "semicolon";
    case ',': return "comma";
    case '|': return "pipe";
    case ' ': return "space";
    default: return "other";
    }
}

/* One line per question, then the diagnostics. */
static void summarise(sbuf *b, const lt_import_result *res)
{
    for (size_t i = 0; i < res->n_questions; i++) {
        const lt_imp_question *q = &res->questions[i];
        sb_fmt(b, "  row %ld ", q->line);
        sb_str(b, lt_qtype_name(q->type));
        sb_str(b, " ");
        sb_q(b, q->prompt);
        if (q->n_options > 0) {
            sb_str(b, " [");
            for (int k = 0; k < q->n_options; k++) {
                sb_str(b, k ? " | " : "");
                sb_str(b, q->options[k].correct ? "*" : "");
                sb_q(b, q->options[k].text);
            }
            sb_str(b, "]");
        }
        for (int k = 0; k < q->n_answers; k++) {
            sb_str(b, " = ");
            sb_q(b, q->answers[k]);
        }
        if (q->time_limit_s > 0) {
            sb_fmt(b, " time %ld", (long)q->time_limit_s);
        }
        if (q->category) {
            sb_str(b, " cat ");
            sb_q(b, q->category);
        }
        if (q->feedback) {
            sb_str(b, " expl ");
            sb_q(b, q->feedback);
        }
        sb_str(b, "\n");
    }
    for (size_t i = 0; i < res->diags.count; i++) {
        char *s = lt_diag_format(&res->diags.items[i]);
        sb_str(b, "  ");
        sb_str(b, s ? s : "(null)");
        sb_str(b, "\n");
        free(s);
    }
}

/* Sanity of every imported question, for any input. */
static void check_invariants(const lt_import_result *res)
{
    for (size_t i = 0; i < res->n_questions; i++) {
        const lt_imp_question *q = &res->questions[i];
        int right = 0;
        LT_CHECK(q->line >= 1);
        LT_CHECK(q->prompt != NULL && q->prompt[0] != '\0');
        LT_CHECK(q->n_options >= 0 && q->n_options <= LT_IMPORT_MAX_OPTIONS);
        for (int k = 0; k < q->n_options; k++) {
            LT_CHECK(q->options[k].text != NULL && q->options[k].text[0] != '\0');
            right += q->options[k].correct;
        }
        if (q->type == LT_Q_CHOICE) {
            LT_CHECK(q->n_options >= 2 && right == 1);
        } else if (q->type == LT_Q_MULTI) {
            LT_CHECK(q->n_options >= 2 && right >= 2 && right < q->n_options);
        } else {
            LT_CHECK_INT(q->type, LT_Q_TYPED);
            LT_CHECK(q->n_answers == 1 && q->answers[0] && q->answers[0][0]);
        }
    }
}

static void import_text(const char *text, char sep, lt_import_result *res)
{
    memset(res, 0, sizeof *res);
    lt_import_csv("t.csv", text, strlen(text), sep, res);
    check_invariants(res);
}

/* ---- unit checks on small texts ---- */

static void test_separators(void)
{
    LT_CHECK_INT(lt_import_csv_separator("a;b\nc;d\n", 8), ';');
    LT_CHECK_INT(lt_import_csv_separator("a,b\nc,d\n", 8), ',');
    LT_CHECK_INT(lt_import_csv_separator("a\tb\nc\td\n", 8), '\t');
    /* commas inside text, semicolons consistent */
    {
        const char *s = "Q;A1;A2;C\nWhat is 2,5 + 1?;3,5;4;1\nx, y or z?;x;y,z;2\n";
        LT_CHECK_INT(lt_import_csv_separator(s, strlen(s)), ';');
    }
    /* semicolons inside quotes do not count */
    {
        const char *s = "q,a\n\"x;y;z\",1\n\"p;q\",2\n";
        LT_CHECK_INT(lt_import_csv_separator(s, strlen(s)), ',');
    }
    /* Anki header wins, by name or character, with a BOM before it */
    {
        const char *s = "\xEF\xBB\xBF#separator:Pipe\na|b;c\n";
        LT_CHECK_INT(lt_import_csv_separator(s, strlen(s)), '|');
        s = "#separator:;\na,b;c\n";
        LT_CHECK_INT(lt_import_csv_separator(s, strlen(s)), ';');
        s = "#separator:space\na b\n";
        LT_CHECK_INT(lt_import_csv_separator(s, strlen(s)), ' ');
    }
    LT_CHECK_INT(lt_import_csv_separator("", 0), '\t');
}

static void test_quotes_and_rows(void)
{
    lt_import_result res;

    /* a quoted field over three lines is one row; the next row is row 4 of
     * the sheet although it starts on line 6 of the text; CR-only lines */
    import_text("Question,Answer\r"
                "\"two\nline\nquestion\",\"an \"\"answer\"\"\"\r\n"
                "\"\",x\n"
                "third,\"a,b\"\n", 0, &res);
    LT_CHECK_INT(res.n_questions, 2);
    if (res.n_questions == 2) {
        LT_CHECK_STR(res.questions[0].prompt, "two\nline\nquestion");
        LT_CHECK_STR(res.questions[0].answers[0], "an \"answer\"");
        LT_CHECK_INT(res.questions[0].line, 2);
        LT_CHECK_STR(res.questions[1].answers[0], "a,b");
        LT_CHECK_INT(res.questions[1].line, 4);
    }
    LT_CHECK_INT(res.skipped, 1);
    LT_CHECK(res.diags.count == 1 && res.diags.items[0].line == 3);
    if (res.diags.count == 1) {
        LT_CHECK(strstr(res.diags.items[0].message, "empty question:") == res.diags.items[0].message);
        LT_CHECK(strstr(res.diags.items[0].message, "line 5 of the text") != NULL);
    }
    lt_import_result_free(&res);

    /* an unclosed quote is read literally (Quizlet exports do not quote) */
    import_text("\"Hello\tgreeting\nBye\tfarewell\n", '\t', &res);
    LT_CHECK_INT(res.n_questions, 2);
    if (res.n_questions == 2) {
        LT_CHECK_STR(res.questions[0].answers[0], "\"Hello");
        LT_CHECK_STR(res.questions[1].prompt, "farewell");
    }
    LT_CHECK_INT(res.skipped, 0);
    LT_CHECK_INT(res.diags.n_warnings, 1); /* a note, not a skip */
    if (res.diags.count > 0) {
        LT_CHECK(lt_import_diag_is_note(&res.diags.items[0]));
    }
    lt_import_result_free(&res);

    /* nothing, blanks, junk */
    import_text("", 0, &res);
    LT_CHECK_INT(res.n_questions + res.skipped + res.diags.count, 0);
    lt_import_result_free(&res);
    import_text("\n\n \n\r\n", 0, &res);
    LT_CHECK_INT(res.n_questions + res.skipped, 0);
    lt_import_result_free(&res);
    import_text("\xEF\xBB\xBF", 0, &res);
    LT_CHECK_INT(res.n_questions + res.skipped, 0);
    lt_import_result_free(&res);
}

static void test_layouts(void)
{
    lt_import_result res;

    /* term/definition: fewer than 4 rows, typed */
    import_text("cat;кошка\ndog;собака\n", 0, &res);
    LT_CHECK_INT(res.n_questions, 2);
    if (res.n_questions == 2) {
        LT_CHECK_INT(res.questions[0].type, LT_Q_TYPED);
        LT_CHECK_STR(res.questions[0].prompt, "кошка");
        LT_CHECK_STR(res.questions[0].answers[0], "cat");
    }
    lt_import_result_free(&res);

    /* 4 rows: choice, distractors are the next rows' terms, cyclically,
     * skipping a term equal to the right one (case-insensitive) */
    import_text("a\t1\nb\t2\nA\t3\nc\t4\nd\t5\n", 0, &res);
    LT_CHECK_INT(res.n_questions, 5);
    if (res.n_questions == 5) {
        const lt_imp_question *q = &res.questions[0];
        LT_CHECK_INT(q->type, LT_Q_CHOICE);
        LT_CHECK_INT(q->n_options, 4);
        LT_CHECK_STR(q->options[0].text, "a");
        LT_CHECK(q->options[0].correct);
        LT_CHECK_STR(q->options[1].text, "b");
        LT_CHECK_STR(q->options[2].text, "c");
        LT_CHECK_STR(q->options[3].text, "d");
        q = &res.questions[4];
        LT_CHECK_STR(q->options[1].text, "a");
        LT_CHECK_STR(q->options[2].text, "b");
        LT_CHECK_STR(q->options[3].text, "c"); /* "A" repeats "a" */
    }
    lt_import_result_free(&res);

    /* 4 rows but only 2 different terms: typed */
    import_text("x,1\nx,2\ny,3\nY,4\n", ',', &res);
    LT_CHECK(res.n_questions == 4 && res.questions[0].type == LT_Q_TYPED);
    lt_import_result_free(&res);

    /* generic header in Russian, no wrong answers: typed */
    import_text("ВОПРОС;ответ;Категория\nСтолица?;Москва;Гео\n", 0, &res);
    LT_CHECK(res.n_questions == 1 && res.questions[0].type == LT_Q_TYPED);
    if (res.n_questions == 1) {
        LT_CHECK_STR(res.questions[0].category, "Гео");
    }
    lt_import_result_free(&res);

    /* "Correct answer" as text when there are no numbered answers */
    import_text("Question\tCorrect answer\tIncorrect answer 1\nQ?\tright\twrong\n", 0, &res);
    LT_CHECK(res.n_questions == 1 && res.questions[0].type == LT_Q_CHOICE);
    lt_import_result_free(&res);

    /* numbered answers without a correct column: every row skipped */
    import_text("Question;Option 1;Option 2\nQ?;a;b\n", 0, &res);
    LT_CHECK_INT(res.n_questions, 0);
    LT_CHECK_INT(res.skipped, 1);
    lt_import_result_free(&res);

    /* Anki #columns naming a quiz header, pipe separator, deck column */
    import_text("#separator:pipe\n#columns:Question|Answer|Deck\n#deck column:3\nQ?|A|History\n", 0, &res);
    LT_CHECK_INT(res.n_questions, 1);
    if (res.n_questions == 1) {
        LT_CHECK_INT(res.questions[0].line, 4);
        LT_CHECK_STR(res.questions[0].category, "History");
    }
    lt_import_result_free(&res);

    /* the file's #separator: wins over the caller's guess from the extension */
    import_text("#separator:semicolon\n#html:false\ncat;кошка\n", '\t', &res);
    LT_CHECK(res.n_questions == 1 && res.questions[0].line == 3);
    if (res.n_questions == 1) {
        LT_CHECK_STR(res.questions[0].answers[0], "cat");
    }
    lt_import_result_free(&res);

    /* a NUL byte and invalid UTF-8 in a cell skip the row only */
    {
        const char text[] = "Question;Answer\nQ1;A\xff\nQ2;A\0B\nQ3;ok\n";
        memset(&res, 0, sizeof res);
        lt_import_csv("t.csv", text, sizeof text - 1, 0, &res);
        check_invariants(&res);
        LT_CHECK_INT(res.n_questions, 1);
        LT_CHECK_INT(res.skipped, 2);
        lt_import_result_free(&res);
    }
}

/* ---- golden summary over data/ ---- */

static const char *const data_files[] = {
    "excel_bom_crlf.csv", "cp1251.csv", "terms.tsv", "quoted_multiline.csv",
    "anki.txt", "quizlet.txt", "kahoot.csv", "broken.csv",
};

static int test_golden(const char *dir, const char *golden, bool update)
{
    sbuf b = { 0 };
    size_t glen = 0;
    char *want;
    int ok;

    for (size_t i = 0; i < sizeof data_files / sizeof data_files[0]; i++) {
        char path[1024];
        size_t len = 0;
        char *data;
        lt_import_result res;
        const char *name = data_files[i];
        lt_import_format fmt = strstr(name, ".csv") ? LT_IMPORT_CSV : LT_IMPORT_TSV;

        snprintf(path, sizeof path, "%s/%s", dir, name);
        data = lt_test_slurp(path, &len);
        LT_CHECK(data != NULL);
        if (!data) {
            continue;
        }
        LT_CHECK(lt_import_buffer(name, data, len, fmt, &res));
        check_invariants(&res);
        sb_str(&b, "== ");
        sb_str(&b, name);
        sb_str(&b, ": ");
        sb_str(&b, lt_import_format_name(res.format));
        sb_str(&b, ", ");
        sb_str(&b, sep_name(lt_import_csv_separator(data, len)));
        sb_str(&b, ", ");
        sb_str(&b, res.encoding);
        sb_str(&b, ", ");
        sb_str(&b, res.lang);
        sb_fmt(&b, ", %ld imported", (long)res.n_questions);
        sb_fmt(&b, ", %ld skipped\n", (long)res.skipped);
        summarise(&b, &res);
        lt_import_result_free(&res);
        free(data);
    }
    if (update) {
        FILE *f = fopen(golden, "wb");
        LT_CHECK(f != NULL);
        if (f) {
            fwrite(b.s, 1, b.len, f);
            fclose(f);
        }
        free(b.s);
        return 0;
    }
    want = lt_test_slurp(golden, &glen);
    ok = want && b.s && glen == b.len && memcmp(want, b.s, glen) == 0;
    LT_CHECK(ok);
    if (!ok) {
        FILE *f = fopen("import_csv_actual.txt", "wb");
        if (f && b.s) {
            fwrite(b.s, 1, b.len, f);
        }
        if (f) {
            fclose(f);
        }
        fprintf(stderr, "golden summary differs: diff %s import_csv_actual.txt "
                        "(update: test_csv DIR GOLDEN --update)\n", golden);
    }
    free(want);
    free(b.s);
    return 0;
}

/* ---- the fuzz seed corpus in the normal build ---- */

static int run_corpus(const char *dir_path)
{
    static const char seps[] = { 0, ',', ';', '\t', '|' };
    DIR *dir = opendir(dir_path);
    struct dirent *de;
    int files = 0;

    LT_CHECK(dir != NULL);
    while (dir && (de = readdir(dir)) != NULL) {
        char path[2048];
        size_t len = 0;
        char *data;
        if (de->d_name[0] == '.') {
            continue;
        }
        snprintf(path, sizeof path, "%s/%s", dir_path, de->d_name);
        data = lt_test_slurp(path, &len);
        LT_CHECK(data != NULL);
        if (!data) {
            continue;
        }
        for (size_t k = 0; k < sizeof seps; k++) {
            lt_import_result res;
            memset(&res, 0, sizeof res);
            lt_import_csv(de->d_name, data, len, seps[k], &res);
            check_invariants(&res);
            lt_import_result_free(&res);
        }
        {
            lt_import_result res;
            (void)lt_import_buffer(de->d_name, data, len, LT_IMPORT_CSV, &res);
            check_invariants(&res);
            lt_import_result_free(&res);
        }
        free(data);
        files++;
    }
    if (dir) {
        closedir(dir);
    }
    fprintf(stderr, "%d corpus files\n", files);
    LT_CHECK(files > 0);
    return LT_TEST_END();
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--corpus") == 0) {
        return run_corpus(argv[2]);
    }
    if (argc < 3) {
        fprintf(stderr, "usage: test_csv DATA_DIR GOLDEN [--update] | test_csv --corpus DIR\n");
        return 2;
    }
    test_separators();
    test_quotes_and_rows();
    test_layouts();
    test_golden(argv[1], argv[2], argc > 3 && strcmp(argv[3], "--update") == 0);
    return LT_TEST_END();
}
