/* test_json.c: the strict JSON reader: valid documents, a table of malformed ones
 * (each refused with a position), random mutations (no crash, no leak), and the writers.
 * Depends on: lt_json.h (core), tests/core/lt_test.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_json.h"
#include "lt_test.h"

static int parse_ok(const char *text)
{
    lt_json_doc doc;
    lt_json_error err;
    int rc = lt_json_parse(&doc, text, strlen(text), &err);
    if (rc == 0) {
        lt_json_doc_free(&doc);
    }
    return rc == 0;
}

static void test_valid(void)
{
    static const char *ok[] = {
        "0", "-0", "1.5e-3", "-12.25E+2", "1E5", "true", "false", "null", "\"\"", " [ ] ",
        "{}", "{\"a\":[1,{\"b\":null}],\"c\":\"x\"}", "\"\\u00e9\\ud83c\\udf93\\n\\\"\\\\\\/\"",
        "\"ключ\"", "[1,2,3]\n", "123456789012345678901234567890", "1e308",
    };
    lt_json_doc doc;
    lt_json_error err;
    const lt_json *v;

    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int good = parse_ok(ok[i]);
        LT_CHECK(good);
        if (!good) {
            fprintf(stderr, "  refused: %s\n", ok[i]);
        }
    }
    {
        const char *text = "{\"id\":\"c\\u00e91\",\"n\":-42,\"f\":2.5,\"reviews\":[1,2]}";
        LT_CHECK_INT(lt_json_parse(&doc, text, strlen(text), &err), 0);
        if (!doc.root) {
            return;
        }
    }
    LT_CHECK_INT(doc.root->type, LT_JSON_OBJECT);
    LT_CHECK_INT(doc.root->len, 4);
    v = lt_json_get(doc.root, "id");
    LT_CHECK(v && v->type == LT_JSON_STRING);
    LT_CHECK_STR(v ? v->str : NULL, "c\xc3\xa9" "1");
    v = lt_json_get(doc.root, "n");
    LT_CHECK(v && v->is_int && v->i == -42);
    v = lt_json_get(doc.root, "f");
    LT_CHECK(v && !v->is_int && v->num == 2.5);
    v = lt_json_get(doc.root, "reviews");
    LT_CHECK(v && v->type == LT_JSON_ARRAY && v->len == 2 && v->child->next->i == 2);
    LT_CHECK(lt_json_get(doc.root, "missing") == NULL);
    LT_CHECK_INT(lt_json_count_key(doc.root, "n"), 1);
    lt_json_doc_free(&doc);

    /* \u0000 keeps its length; int64 limits */
    LT_CHECK_INT(lt_json_parse(&doc, "\"a\\u0000b\"", 10, &err), 0);
    LT_CHECK_INT(doc.root->len, 3);
    lt_json_doc_free(&doc);
    LT_CHECK_INT(lt_json_parse(&doc, "-9223372036854775808", 20, &err), 0);
    LT_CHECK(doc.root->is_int && doc.root->i == INT64_MIN);
    lt_json_doc_free(&doc);
    LT_CHECK_INT(lt_json_parse(&doc, "9223372036854775808", 19, &err), 0);
    LT_CHECK(!doc.root->is_int);
    lt_json_doc_free(&doc);
    LT_CHECK_INT(lt_json_parse(&doc, "{\"a\":1,\"a\":2}", 13, &err), 0);
    LT_CHECK_INT(lt_json_count_key(doc.root, "a"), 2);
    lt_json_doc_free(&doc);
}

static void test_malformed(void)
{
    static const char *bad[] = {
        "", " ", "{", "}", "[", "]", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}",
        "{\"a\":}", "{,}", "[1 2]", "01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN",
        "Infinity", "-Infinity", "1e400", "tru", "nul", "True", "\"abc", "\"\\x\"", "\"\\u12\"",
        "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"a\tb\"", "\"\x01\"", "\"\xff\"",
        "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xe2\x82\"", "1 2",
        "{} x", "[1]]", "// c\n1", "/* c */1", "'a'", "[\"a\",]", "{\"a\":1 \"b\":2}", "\"\\",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        lt_json_doc doc;
        lt_json_error err;
        int rc = lt_json_parse(&doc, bad[i], strlen(bad[i]), &err);
        LT_CHECK_INT(rc, -1);
        if (rc == 0) {
            fprintf(stderr, "  accepted: %s\n", bad[i]);
            lt_json_doc_free(&doc);
        } else {
            LT_CHECK(err.message[0] != '\0');
            LT_CHECK(err.line >= 1 && err.col >= 1);
            LT_CHECK(doc.root == NULL);
        }
    }
    {
        /* a NUL byte inside the text; the position of an error */
        lt_json_doc doc;
        lt_json_error err;
        LT_CHECK_INT(lt_json_parse(&doc, "[1,\0]", 5, &err), -1);
        LT_CHECK_INT(lt_json_parse(&doc, "{\n  \"a\": [1,\n  2,,]}", 20, &err), -1);
        LT_CHECK_INT(err.line, 3);
        LT_CHECK_INT(err.col, 5);
        LT_CHECK_INT(lt_json_parse(&doc, NULL, 0, &err), -1);
        LT_CHECK_INT(lt_json_parse(&doc, "[1", 2, NULL), -1);
    }
    {
        /* nesting: the limit is accepted, one more and 100000 levels are refused */
        size_t n = 100000;
        char *deep = malloc(2 * n + 1);
        lt_json_doc doc;
        lt_json_error err;
        if (!deep) {
            return;
        }
        memset(deep, '[', n);
        memset(deep + n, ']', n);
        deep[2 * n] = '\0';
        LT_CHECK_INT(lt_json_parse(&doc, deep, 2 * n, &err), -1);
        LT_CHECK_INT(lt_json_parse(&doc, deep + n - LT_JSON_MAX_DEPTH, 2 * LT_JSON_MAX_DEPTH, &err), 0);
        lt_json_doc_free(&doc);
        LT_CHECK_INT(lt_json_parse(&doc, deep + n - LT_JSON_MAX_DEPTH - 1,
                                   2 * LT_JSON_MAX_DEPTH + 2, &err), -1);
        free(deep);
    }
}

/* Random byte edits of valid documents: whatever happens, no crash and no leak
 * (the sanitizers watch), and an accepted document is walkable. */
static size_t walk(const lt_json *v)
{
    size_t n = 1;
    for (const lt_json *c = v->child; c; c = c->next) {
        n += walk(c);
    }
    return n;
}

static void test_mutations(void)
{
    static const char *seeds[] = {
        "{\"id\":\"c1\",\"reviews\":[{\"t\":\"2026-01-05T10:00:00Z\",\"rating\":3}]}",
        "[1,-2.5e3,true,false,null,\"\\u00e9\\ud83c\\udf93\",{\"a\":[[]]}]",
        "\"ключ \\\"q\\\" \\\\ \\n\"",
    };
    static const char alphabet[] = "{}[]\":,\\ -+.eE0123456789tfnu\xd0\xba\xff\x00\n";
    uint32_t x = 2024;
    long accepted = 0;
    for (int round = 0; round < 30000; round++) {
        const char *s = seeds[round % 3];
        size_t len = strlen(s);
        char buf[256];
        int edits;
        lt_json_doc doc;
        memcpy(buf, s, len);
        x = x * 1664525u + 1013904223u;
        edits = 1 + (int)((x >> 24) % 4);
        for (int e = 0; e < edits; e++) {
            size_t at;
            x = x * 1664525u + 1013904223u;
            at = len ? (x >> 8) % len : 0;
            switch ((x >> 4) % 3) {
            case 0: /* replace */
                if (len) {
                    buf[at] = alphabet[(x >> 20) % (sizeof alphabet - 1)];
                }
                break;
            case 1: /* delete */
                if (len) {
                    memmove(buf + at, buf + at + 1, len - at - 1);
                    len--;
                }
                break;
            default: /* insert */
                if (len < sizeof buf - 1) {
                    memmove(buf + at + 1, buf + at, len - at);
                    buf[at] = alphabet[(x >> 20) % (sizeof alphabet - 1)];
                    len++;
                }
                break;
            }
        }
        if (lt_json_parse(&doc, buf, len, NULL) == 0) {
            accepted++;
            LT_CHECK(walk(doc.root) >= 1);
            lt_json_doc_free(&doc);
        }
    }
    LT_CHECK(accepted > 0);
}

static void test_writers(void)
{
    static const struct {
        double v;
        const char *js; /* String(v) in node */
    } nums[] = {
        { 0.1, "0.1" },
        { 1e21, "1e+21" },
        { 1e-7, "1e-7" },
        { 123456789012345680000.0, "123456789012345680000" },
        { 5e-324, "5e-324" },
        { -0.0, "0" },
        { 2.3065, "2.3065" },
        { 1.0 / 3.0, "0.3333333333333333" },
        { 0.000001, "0.000001" },
        { 1.7976931348623157e308, "1.7976931348623157e+308" },
        { -1.5e-10, "-1.5e-10" },
        { 100, "100" },
        { 36500, "36500" },
        { 0.30000000000000004, "0.30000000000000004" },
        { 2.1043314, "2.1043314" },
        { 9.999999999999999e20, "999999999999999900000" },
    };
    char buf[64];
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        lt_json_format_number(buf, sizeof buf, nums[i].v);
        LT_CHECK_STR(buf, nums[i].js);
    }
    lt_json_format_number(buf, sizeof buf, NAN);
    LT_CHECK_STR(buf, "null");
    LT_CHECK_INT(lt_json_format_number(buf, 3, 12345.5), 7);
    LT_CHECK_STR(buf, "12");

    LT_CHECK_INT(lt_json_escape(buf, sizeof buf, "a\"b\\c\n\x01", 7), 17);
    LT_CHECK_STR(buf, "\"a\\\"b\\\\c\\n\\u0001\"");
    LT_CHECK_INT(lt_json_escape(NULL, 0, "abc", 3), 5);
    LT_CHECK_INT(lt_json_escape(buf, 3, "abc", 3), 5);
    LT_CHECK_STR(buf, "\"a");
}

int main(void)
{
    test_valid();
    test_malformed();
    test_mutations();
    test_writers();
    return LT_TEST_END();
}
