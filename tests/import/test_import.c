/* test_import.c: GIFT and Aiken import (types, lines, numbers, escapes,
 * formats, errors with their lines), decoding and format guess, and the pack
 * writer (YAML escaping, questions-only packs). Depends on: lt_import.h, lt_test.h. */
#include <stdlib.h>
#include <string.h>

#include "lt_import.h"
#include "lt_test.h"

static bool imp(const char *name, const char *text, lt_import_format f, lt_import_result *r)
{
    return lt_import_buffer(name, text, strlen(text), f, r);
}

/* The line of the n-th warning that is not a note (0 when none). */
static int skip_line(const lt_import_result *r, size_t n)
{
    for (size_t i = 0; i < r->diags.count; i++) {
        if (!lt_import_diag_is_note(&r->diags.items[i]) && n-- == 0) {
            return r->diags.items[i].line;
        }
    }
    return 0;
}

static void test_gift_types(void)
{
    lt_import_result r;
    const char *t = "$CATEGORY: $course$/top/Maths\n"
                    "\n"
                    "::T1::Pick {=a ~b ~c}\n"
                    "\n"
                    "Colours {~%50%red ~%50%blue ~%-100%green}\n"
                    "\n"
                    "Sky is blue {TRUE#no#yes####general}\n"
                    "\n"
                    "Name {=x =y}\n"
                    "\n"
                    "Pairs {=a -> 1 =b -> 2}\n"
                    "\n"
                    "Pi {#3.14:0.01}\n"
                    "\n"
                    "Range {#1..3}\n"
                    "\n"
                    "Mid {~x =y} sentence\n"
                    "\n"
                    "Mid typed {=w} end\n"
                    "\n"
                    "{t} is lower case\n"
                    "\n"
                    "$CATEGORY: top/Under\n"
                    "Right under the category {=yes ~no}\n";
    LT_CHECK(imp("t.gift", t, LT_IMPORT_AUTO, &r));
    LT_CHECK_INT(r.format, LT_IMPORT_GIFT);
    LT_CHECK_INT(r.n_questions, 11);
    if (r.n_questions == 11) {
        lt_imp_question *q = r.questions;
        LT_CHECK_INT(q[0].type, LT_Q_CHOICE);
        LT_CHECK_STR(q[0].title, "T1");
        LT_CHECK_STR(q[0].category, "Maths");
        LT_CHECK_INT(q[0].line, 3);
        LT_CHECK_INT(q[1].type, LT_Q_MULTI);
        LT_CHECK(q[1].options[0].weight == 50 && q[1].options[2].weight == -100);
        LT_CHECK(q[1].options[0].correct && q[1].options[1].correct && !q[1].options[2].correct);
        LT_CHECK_INT(q[2].type, LT_Q_TRUEFALSE);
        LT_CHECK(q[2].options[0].correct);
        LT_CHECK_STR(q[2].options[1].feedback, "no");
        LT_CHECK_STR(q[2].options[0].feedback, "yes");
        LT_CHECK_STR(q[2].feedback, "general");
        LT_CHECK_INT(q[3].type, LT_Q_TYPED);
        LT_CHECK_INT(q[3].n_answers, 2);
        LT_CHECK_INT(q[4].type, LT_Q_MATCH);
        LT_CHECK_STR(q[4].options[1].match, "2");
        LT_CHECK(q[5].numeric && q[5].num_value == 3.14 && q[5].num_tolerance == 0.01);
        LT_CHECK_STR(q[5].answers[0], "3.14");
        LT_CHECK(q[6].numeric && q[6].num_min == 1 && q[6].num_max == 3);
        LT_CHECK_INT(q[6].n_answers, 3);
        LT_CHECK_INT(q[7].type, LT_Q_CHOICE);
        LT_CHECK_STR(q[7].prompt, "Mid ___ sentence");
        LT_CHECK_INT(q[8].type, LT_Q_CLOZE);
        LT_CHECK_STR(q[8].prompt, "Mid typed ___ end");
        /* "{t}" in lower case is a short answer, and a block that starts
         * with the answers is a missing word at the start */
        LT_CHECK_INT(q[9].type, LT_Q_CLOZE);
        LT_CHECK_INT(q[9].line, 21);
        LT_CHECK_STR(q[10].category, "Under");
        LT_CHECK_INT(q[10].line, 24);
    }
    LT_CHECK_INT(r.skipped, 0);
    lt_import_result_free(&r);
}

static void test_gift_text(void)
{
    lt_import_result r;
    const char *t = "// comment\n"
                    "::A\\:B::Sign \\{ \\} \\~ \\= \\# \\\\ \\: x\\ny {=ok \\= fine#fb ~bad}\n"
                    "\n"
                    "[html]<p>Is &lt;b&gt; <b>bold</b>&nbsp;&#1046;?</p>{=yes ~no}\n"
                    "\n"
                    "[markdown]A **b** _c_ {=d}\n"
                    "\n"
                    "  Indented\n"
                    "  // comment in the middle\n"
                    "  two lines {=z}\n";
    LT_CHECK(imp("t.gift", t, LT_IMPORT_GIFT, &r));
    LT_CHECK_INT(r.n_questions, 4);
    if (r.n_questions == 4) {
        LT_CHECK_STR(r.questions[0].title, "A:B");
        LT_CHECK_STR(r.questions[0].prompt, "Sign { } ~ = # \\ : x\ny");
        LT_CHECK_INT(r.questions[0].line, 2);
        LT_CHECK_STR(r.questions[0].options[0].text, "ok = fine");
        LT_CHECK_STR(r.questions[0].options[0].feedback, "fb");
        LT_CHECK_STR(r.questions[1].prompt, "Is <b> bold \xD0\x96?");
        LT_CHECK_STR(r.questions[2].prompt, "A b c");
        LT_CHECK_STR(r.questions[3].prompt, "Indented two lines");
        LT_CHECK_INT(r.questions[3].line, 8);
    }
    lt_import_result_free(&r);
}

static void test_gift_errors(void)
{
    lt_import_result r;
    const char *t = "Good {=a ~b}\n"
                    "\n"
                    "Essay {}\n"
                    "\n"
                    "Description only\n"
                    "\n"
                    "Broken { =a ~b\n"
                    "still broken\n"
                    "\n"
                    "Weights {~%x%a =b}\n"
                    "\n"
                    "Numbers {#1..}\n"
                    "\n"
                    "All right {~%50%a ~%50%b}\n"
                    "\n"
                    "Good again {F}\n";
    LT_CHECK(imp("e.gift", t, LT_IMPORT_GIFT, &r));
    LT_CHECK_INT(r.n_questions, 2);
    LT_CHECK_INT(r.skipped, 6);
    LT_CHECK_INT(skip_line(&r, 0), 3);
    LT_CHECK_INT(skip_line(&r, 1), 5);
    LT_CHECK_INT(skip_line(&r, 2), 7);
    LT_CHECK_INT(skip_line(&r, 3), 10);
    LT_CHECK_INT(skip_line(&r, 4), 12);
    LT_CHECK_INT(skip_line(&r, 5), 14);
    if (r.diags.count > 0) {
        char key[48];
        lt_import_diag_reason(&r.diags.items[0], key, sizeof key);
        LT_CHECK_STR(key, "essay");
        LT_CHECK_STR(r.diags.items[0].file, "e.gift");
    }
    if (r.n_questions == 2) {
        LT_CHECK_INT(r.questions[1].line, 16);
    }
    lt_import_result_free(&r);
}

static void test_aiken(void)
{
    lt_import_result r;
    const char *t = "Q one?\nA) x\nB. y\nANSWER: B\n\nQ two?\nA) p\nANSWER: A\n"
                    "Q three?\nA)no space\nB)b\nC)c\nANSWER: C\n";
    LT_CHECK(imp("a.txt", t, LT_IMPORT_AUTO, &r));
    LT_CHECK_INT(r.format, LT_IMPORT_AIKEN);
    LT_CHECK_INT(r.n_questions, 2);
    LT_CHECK_INT(r.skipped, 1);
    LT_CHECK_INT(skip_line(&r, 0), 6);
    if (r.n_questions == 2) {
        LT_CHECK(r.questions[0].options[1].correct && !r.questions[0].options[0].correct);
        LT_CHECK_STR(r.questions[1].options[0].text, "no space");
        LT_CHECK_INT(r.questions[1].line, 9);
        LT_CHECK(r.questions[1].options[2].correct);
    }
    lt_import_result_free(&r);
}

static void test_decoding(void)
{
    lt_import_result r;
    /* "Да? {=да ~нет}" in Windows-1251 */
    const char cp[] = "\xC4\xE0? {=\xE4\xE0 ~\xED\xE5\xF2}";
    LT_CHECK(imp("x.gift", cp, LT_IMPORT_AUTO, &r));
    LT_CHECK_STR(r.encoding, "windows-1251");
    LT_CHECK_STR(r.lang, "ru");
    LT_CHECK_INT(r.n_questions, 1);
    if (r.n_questions == 1) {
        LT_CHECK_STR(r.questions[0].prompt, "\xD0\x94\xD0\xB0?");
        LT_CHECK_STR(r.questions[0].options[0].text, "\xD0\xB4\xD0\xB0");
    }
    lt_import_result_free(&r);
    LT_CHECK(imp("x", "\xEF\xBB\xBFQ?\r\nA) a\r\nB) b\r\nANSWER: A\r\n", LT_IMPORT_AUTO, &r));
    LT_CHECK_STR(r.encoding, "utf-8 with BOM");
    LT_CHECK_STR(r.lang, "en");
    LT_CHECK_INT(r.n_questions, 1);
    lt_import_result_free(&r);
    LT_CHECK(imp("x.txt", "just words", LT_IMPORT_AUTO, &r));
    LT_CHECK_INT(r.diags.n_errors, 1);
    lt_import_result_free(&r);
    LT_CHECK(!lt_import_file("/nonexistent/file.gift", LT_IMPORT_AUTO, &r));
    LT_CHECK_INT(r.diags.n_errors, 1);
    lt_import_result_free(&r);
    {
        size_t big = LT_IMPORT_MAX_BYTES + 1;
        char *buf = malloc(big);
        if (buf) {
            memset(buf, 'a', big);
            LT_CHECK(!lt_import_buffer("big.gift", buf, big, LT_IMPORT_AUTO, &r));
            LT_CHECK_INT(r.diags.n_errors, 1);
            lt_import_result_free(&r);
            free(buf);
        }
    }
    LT_CHECK_INT(lt_import_format_parse("aiken"), LT_IMPORT_AIKEN);
    LT_CHECK_INT(lt_import_format_parse("xml"), -1);
    LT_CHECK_STR(lt_import_format_name(LT_IMPORT_TSV), "tsv");
}

static void test_writer(void)
{
    lt_import_result r;
    char *yaml;
    const char *t = "$CATEGORY: top/Тема \"один\"\n\nSay \"hi\" \\\\ back\\nslash: {=\"q\" ~b\\\\}\n\n"
                    "No category? {#5:0.5}\n";
    LT_CHECK(imp("w.gift", t, LT_IMPORT_GIFT, &r));
    LT_CHECK_INT(r.n_questions, 2);
    lt_import_validate(&r);
    LT_CHECK_INT(r.n_questions, 2);
    yaml = lt_import_pack_yaml(&r, "w", "W \"x\"");
    LT_CHECK(yaml != NULL);
    if (yaml) {
        lt_diags d = { 0 };
        lt_pack *p = lt_pack_load_mem(yaml, strlen(yaml), "w.yaml", NULL, &d);
        LT_CHECK(p != NULL);
        if (p) {
            LT_CHECK_INT(p->n_events, 0);
            LT_CHECK_INT(p->n_levels, 1);
            LT_CHECK_STR(p->levels[0].id, "tema-odin");
            LT_CHECK_STR(p->title.s[LT_LANG_EN], "W \"x\"");
            LT_CHECK_INT(p->n_questions, 2);
            if (p->n_questions == 2) {
                LT_CHECK_STR(p->questions[0].prompt.s[LT_LANG_EN], "Say \"hi\" \\ back\nslash:");
                LT_CHECK_STR(p->questions[0].options[1].text.s[LT_LANG_EN], "b\\");
                LT_CHECK_INT(p->questions[0].level, 0);
                LT_CHECK_INT(p->questions[1].level, 0); /* the category holds on */
                LT_CHECK_INT(p->questions[1].type, LT_Q_TYPED);
                LT_CHECK(strstr(lt_text_get(&p->questions[1].explanation, LT_LANG_EN), "4.5..5.5"));
            }
        }
        for (size_t i = 0; i < d.count; i++) {
            char *m = lt_diag_format(&d.items[i]);
            fprintf(stderr, "%s\n", m ? m : "?");
            free(m);
        }
        lt_pack_free(p);
        lt_diags_free(&d);
        free(yaml);
    }
    lt_import_result_free(&r);
}

/* events: may be left out only when there are questions */
static void test_events_optional(void)
{
    const char *none = "format: 1\nid: x\nversion: 1\ntitle: {en: X}\nlanguages: [en]\n";
    lt_diags d = { 0 };
    lt_pack *p = lt_pack_load_mem(none, strlen(none), "x.yaml", NULL, &d);
    LT_CHECK(p == NULL);
    LT_CHECK(d.count > 0 && strstr(d.items[0].message, "'events' is missing"));
    lt_pack_free(p);
    lt_diags_free(&d);
}

int main(void)
{
    test_events_optional();
    test_gift_types();
    test_gift_text();
    test_gift_errors();
    test_aiken();
    test_decoding();
    test_writer();
    return LT_TEST_END();
}
